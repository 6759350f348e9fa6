import type { Keyword } from '../catalog/compile.js';

/**
 * The Aho-Corasick automaton behind the keyword scanner, as typed arrays so that `npm run build` can write it
 * once as an image (`encodeKeywordImage`) that a start-up reads back without building anything
 * (`readKeywordImage`), and that the WebAssembly scanner uses in place.
 */
export interface KeywordTable {
  /** Byte -> class; 0 for bytes that occur in no keyword, upper case mapped to lower. */
  byteClass: Uint8Array;
  classCount: number;
  /** Row offset of the next state per (row offset + class); `~offset` (negative) where a keyword ends there. */
  table: Int32Array;
  /** Keywords ending at state `s` (its row offset / `classCount`): `outList[outStart[s]]` to `outList[outStart[s + 1]]`. */
  outStart: Int32Array;
  outList: Int32Array;
  lengths: Int32Array;
  /** 1 for a prefix keyword (any character may follow it). */
  prefixes: Uint8Array;
  /** Keywords longer than this are matched by the automaton up to here, and the rest compared byte by byte. */
  depth: number;
  /** Every keyword in lower case, one after the other (latin1), and where each starts. */
  text: Uint8Array;
  starts: Int32Array;
}

/**
 * How deep the automaton goes: 8 characters tell ~1,500 keywords apart well enough (at most ~110 share a prefix),
 * with a fifth of the states of the whole keywords, and a table small enough to stay in cache.
 */
export const KEYWORD_DEPTH = 8;

/** The row offset a table cell leads to, whether or not a keyword ends there (`~offset`). */
export const rowOf = (cell: number): number => (cell < 0 ? ~cell : cell);

/**
 * Builds the automaton as a dense table over byte classes, ASCII case-insensitive.
 * @example buildKeywordTable([{ text: 'openai', prefix: false }]).classCount // 7 (six letters and "none")
 */
export function buildKeywordTable(keywords: readonly Keyword[], depth = KEYWORD_DEPTH): KeywordTable {
  // One latin1 buffer for all keywords (one byte per character): converting 1,400 strings one by one costs
  // more than the rest of the build.
  const lowered = keywords.map(({ text }) => text.toLowerCase());
  const all = Buffer.from(lowered.join(''), 'latin1');
  const starts = new Int32Array(lowered.length);
  let start = 0;
  lowered.forEach((text, index) => {
    starts[index] = start;
    start += text.length;
  });
  // Byte classes only for the characters the automaton reads (the first `depth` of each keyword).
  const byteClass = new Uint8Array(256);
  let classCount = 1;
  lowered.forEach((text, index) => {
    for (let at = starts[index]!, end = at + Math.min(text.length, depth); at < end; at++)
      if (byteClass[all[at]!] === 0) byteClass[all[at]!] = classCount++;
  });
  for (let upper = 65; upper <= 90; upper++) byteClass[upper] = byteClass[upper + 32]!;

  // Table cells hold row offsets (state * classCount) rather than state numbers, one multiplication less per
  // byte, complemented (negative) for states where a keyword ends, so the hot loop tests the sign. The trie is
  // built straight into the table (0 = no edge: no edge leads back to the root) and each row of the automaton
  // starts as a native copy of its failure state's row: a per-cell pass over the ~900,000 cells cost 50-100 ms.
  const maxStates = lowered.reduce((sum, text) => sum + Math.min(text.length, depth), 1);
  const table = new Int32Array(maxStates * classCount);
  const firstChild = new Int32Array(maxStates);
  const nextSibling = new Int32Array(maxStates);
  const edgeClass = new Uint8Array(maxStates);
  const outputs = new Map<number, number[]>();
  let stateCount = 1;
  lowered.forEach((text, index) => {
    let state = 0;
    for (let at = starts[index]!, end = at + Math.min(text.length, depth); at < end; at++) {
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
    const own = outputs.get(state);
    if (own) own.push(index);
    else outputs.set(state, [index]);
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
      const fail = state === 0 ? 0 : rowOf(table[failOffset[state]! + edgeClass[child]!]!);
      failOffset[child] = fail;
      const inherited = outputs.get(fail / classCount);
      if (inherited) outputs.set(child, [...(outputs.get(child) ?? []), ...inherited]);
      table[row + edgeClass[child]!] = outputs.has(child) ? ~childRow : childRow;
      queue[tail++] = child;
    }
  }
  const outStart = new Int32Array(stateCount + 1);
  const outList: number[] = [];
  for (let state = 0; state < stateCount; state++) {
    outStart[state] = outList.length;
    outList.push(...(outputs.get(state) ?? []));
  }
  outStart[stateCount] = outList.length;
  return {
    byteClass,
    classCount,
    // Only the rows of states that exist: the rest of the allocation was an upper bound.
    table: table.slice(0, stateCount * classCount),
    outStart,
    outList: Int32Array.from(outList),
    lengths: Int32Array.from(lowered, (text) => text.length),
    prefixes: Uint8Array.from(keywords, (keyword) => (keyword.prefix ? 1 : 0)),
    depth,
    text: new Uint8Array(all.buffer, all.byteOffset, all.length),
    starts,
  };
}
