/**
 * mulberry32: a small seeded generator of numbers in [0, 1), the same sequence on every machine, so training,
 * synthetic benchmarks and fixtures are reproducible to the bit. Not for anything secret.
 * @example const next = seededRandom(42); next() // 0.6011…
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Shuffles `items` in place (Fisher-Yates) with `next`, a generator of numbers in [0, 1): the same generator gives
 * the same order.
 * @example shuffleInPlace(order, seededRandom(7))
 */
export function shuffleInPlace<T>(items: T[], next: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
