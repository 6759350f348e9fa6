import type { DiscoveryEvidence } from '../types.js';

/** One piece of evidence for one provider, before merging. `weak` marks lockfile-only proof. */
export interface ProviderHit {
  provider: string;
  evidence: DiscoveryEvidence;
  weak?: boolean;
  /** A manifest entry for a framework integration package, which the framework may load by name from configuration. */
  framework?: boolean;
}

/** 1-based line number of a character index, from precomputed line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function lineAt(starts: readonly number[], index: number): { line: number; col: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= index) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, col: index - starts[low]! + 1 };
}

/** The text of a 1-based line. */
export function lineText(text: string, starts: readonly number[], line: number): string {
  const start = starts[line - 1] ?? 0;
  const end = starts[line] ?? text.length + 1;
  return text.slice(start, end - 1).replace(/\r$/, '');
}
