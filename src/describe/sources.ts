import { cite } from '../core/cite.js';
import type { SourceRef } from '../core/contracts.js';

/** A map pointer as a source with its file:line (the shared constructor, under the name this folder uses). */
export { mapRef as mapSource } from '../model/index.js';

/** A short human label of a source: `trustmap.yaml:12` for map pointers, the file or id otherwise. */
export function sourceLabel(source: SourceRef): string {
  return cite(source);
}

/**
 * The labels of several sources, with lines of the same file grouped: `trustmap.yaml lines 12, 40, 52`
 * instead of the file name three times. Other labels keep their order after the grouped ones.
 * @example compactLabels(sources) // ['examples/acme-ai/trustmap.yaml lines 20, 236', 'evidence/security-policy.md']
 */
export function compactLabels(sources: readonly SourceRef[]): string[] {
  const lines = new Map<string, number[]>();
  const others: string[] = [];
  for (const label of new Set(sources.map(sourceLabel))) {
    const match = /^(.*):(\d+)$/.exec(label);
    if (match) lines.set(match[1] as string, [...(lines.get(match[1] as string) ?? []), Number(match[2])]);
    else others.push(label);
  }
  const grouped = [...lines].map(([file, numbers]) => {
    const sorted = [...new Set(numbers)].sort((a, b) => a - b);
    return sorted.length === 1 ? `${file}:${sorted[0]}` : `${file} lines ${sorted.join(', ')}`;
  });
  return [...grouped, ...others];
}
