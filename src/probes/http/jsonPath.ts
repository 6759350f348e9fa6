/**
 * Reads values at a small JSON path: dot-separated keys, `[n]` indexes and `[*]` for every element,
 * e.g. `data.sources[*].id`. Returns every value found (an empty list when the path does not match).
 * @example readJsonPath({ sources: [{ id: 1 }, { id: 2 }] }, 'sources[*].id') // [1, 2]
 */
export function readJsonPath(value: unknown, path: string): unknown[] {
  const steps = path.match(/[^.[\]]+|\[\*\]|\[\d+\]/g) ?? [];
  let current: unknown[] = [value];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const item of current) {
      if (step === '[*]') {
        if (Array.isArray(item)) next.push(...item);
      } else if (step.startsWith('[')) {
        if (Array.isArray(item)) next.push(item[Number(step.slice(1, -1))]);
      } else if (item && typeof item === 'object' && Object.hasOwn(item, step)) {
        next.push((item as Record<string, unknown>)[step]);
      }
    }
    current = next.filter((entry) => entry !== undefined);
  }
  return current;
}
