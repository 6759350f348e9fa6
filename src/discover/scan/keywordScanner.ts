import type { Keyword } from '../catalog/compile.js';

/** Lines of a file that contain at least one keyword: 1-based numbers and byte ranges. */
export interface CandidateLines {
  lines: number[];
  starts: number[];
  ends: number[];
}

/** A compiled multi-keyword matcher over raw bytes. */
export interface KeywordScanner {
  /** Finds the lines holding a keyword at word boundaries, in one pass over the bytes. */
  scan(bytes: Uint8Array): CandidateLines;
  readonly keywordCount: number;
}

/** Set on a table cell whose target state ends a keyword. */
const OUTPUT = 1 << 30;

const isAlnum = (byte: number) =>
  (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122);

/**
 * Builds an Aho-Corasick automaton as a dense table over byte classes, ASCII case-insensitive.
 * Why: a RegExp alternation of ~1,000 literals backtracks per position; this stays one table lookup per
 * byte however many providers the catalog holds, which is what makes 500 MB scans take seconds.
 * @example buildKeywordScanner([{ text: 'openai', prefix: false }]).scan(Buffer.from('import OpenAI'))
 */
export function buildKeywordScanner(keywords: readonly Keyword[]): KeywordScanner {
  // One latin1 buffer for all keywords (one byte per character): converting 1,400 strings one by one costs
  // more than the rest of the build.
  const lowered = keywords.map(({ text }) => text.toLowerCase());
  const all = Buffer.from(lowered.join(''), 'latin1');
  const byteClass = new Uint8Array(256);
  let classCount = 1;
  for (let i = 0; i < all.length; i++) if (byteClass[all[i]!] === 0) byteClass[all[i]!] = classCount++;
  for (let upper = 65; upper <= 90; upper++) byteClass[upper] = byteClass[upper + 32]!;

  // Table cells hold row offsets (state * classCount) rather than state numbers, one multiplication less per
  // byte, with OUTPUT set on offsets of states where a keyword ends, so the hot loop tests one bit. The trie is
  // built straight into the table (0 = no edge: no edge leads back to the root) and each row of the automaton
  // starts as a native copy of its failure state's row: the build runs cold, before any JIT, and a per-cell
  // pass over the ~900,000 cells cost 50-100 ms at every start.
  const maxStates = all.length + 1;
  const table = new Int32Array(maxStates * classCount);
  const firstChild = new Int32Array(maxStates);
  const nextSibling = new Int32Array(maxStates);
  const edgeClass = new Uint8Array(maxStates);
  const outputs = new Map<number, number[]>();
  let stateCount = 1;
  let at = 0;
  lowered.forEach((text, index) => {
    let state = 0;
    for (const end = at + text.length; at < end; at++) {
      const cls = byteClass[all[at]!]!;
      const cell = state * classCount + cls;
      if (table[cell] === 0) {
        const child = stateCount++;
        table[cell] = child;
        edgeClass[child] = cls;
        nextSibling[child] = firstChild[state]!;
        firstChild[state] = child;
      }
      state = table[cell]!;
    }
    const own = outputs.get(state * classCount);
    if (own) own.push(index);
    else outputs.set(state * classCount, [index]);
  });

  // Breadth first, so a failure state's row is final before any row copies it.
  const failOffset = new Int32Array(stateCount);
  const queue = new Int32Array(stateCount);
  let tail = 0;
  queue[tail++] = 0;
  for (let head = 0; head < tail; head++) {
    const state = queue[head]!;
    const row = state * classCount;
    if (state !== 0) table.copyWithin(row, failOffset[state]!, failOffset[state]! + classCount);
    for (let child = firstChild[state]!; child !== 0; child = nextSibling[child]!) {
      const childRow = child * classCount;
      const fail = state === 0 ? 0 : table[failOffset[state]! + edgeClass[child]!]! & ~OUTPUT;
      failOffset[child] = fail;
      const inherited = outputs.get(fail);
      if (inherited) outputs.set(childRow, [...(outputs.get(childRow) ?? []), ...inherited]);
      table[row + edgeClass[child]!] = outputs.has(childRow) ? childRow | OUTPUT : childRow;
      queue[tail++] = child;
    }
  }
  const outputsByOffset = outputs;
  const lengths = lowered.map((text) => text.length);
  const prefixes = keywords.map((k) => k.prefix);

  const matchesAt = (bytes: Uint8Array, end: number, offset: number): boolean => {
    for (const index of outputsByOffset.get(offset)!) {
      const start = end - lengths[index]! + 1;
      if (start > 0 && isAlnum(bytes[start - 1]!)) continue;
      if (!prefixes[index] && end + 1 < bytes.length && isAlnum(bytes[end + 1]!)) continue;
      return true;
    }
    return false;
  };

  return {
    keywordCount: keywords.length,
    scan(bytes) {
      const result: CandidateLines = { lines: [], starts: [], ends: [] };
      const length = bytes.length;
      let offset = 0;
      let line = 1;
      let counted = 0;
      for (let i = 0; i < length; i++) {
        offset = table[(offset & ~OUTPUT) + byteClass[bytes[i]!]!]!;
        if (offset & OUTPUT && matchesAt(bytes, i, offset & ~OUTPUT)) {
          const start = bytes.lastIndexOf(10, i) + 1;
          let end = bytes.indexOf(10, i);
          if (end < 0) end = length;
          for (let k = counted; k < start; k++) if (bytes[k] === 10) line++;
          counted = start;
          result.lines.push(line);
          result.starts.push(start);
          result.ends.push(end);
          // The rest of the line is already a candidate; resume after it.
          i = end;
          offset = 0;
        }
      }
      return result;
    },
  };
}
