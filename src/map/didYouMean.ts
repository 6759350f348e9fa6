/** Edit distance with an early exit once it exceeds `limit`; small inputs only (ids, keys). */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `input`, if one is close enough to be a likely typo.
 * @example closest('opeani', ['openai', 'anthropic']) // 'openai'
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(input.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate.includes(input) || input.includes(candidate)) {
      const d = Math.abs(candidate.length - input.length);
      if (d < bestDistance && d <= limit) [best, bestDistance] = [candidate, d];
      continue;
    }
    const d = distance(input.toLowerCase(), candidate.toLowerCase(), limit);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** A hint sentence for an unknown name, or undefined when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const match = closest(input, candidates);
  return match ? `did you mean \`${match}\`?` : undefined;
}
