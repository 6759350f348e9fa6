import type { Keyword } from '../catalog/compile.js';

/**
 * The Aho-Corasick automaton behind the keyword scanner, as plain typed arrays so that it can be built once at
 * build time and read back at start-up (`encodeKeywordTable`/`decodeKeywordTable`).
 */
export interface KeywordTable {
  /** Byte -> class; 0 for bytes that occur in no keyword, upper case mapped to lower. */
  byteClass: Uint8Array;
  classCount: number;
  /** Row offset of the next state per (row offset + class); `~offset` (negative) where a keyword ends there. */
  table: Int32Array;
  /** Row offset of a state where keywords end -> indexes of those keywords. */
  outputs: Map<number, number[]>;
  lengths: number[];
  prefixes: boolean[];
  /** Keywords longer than this are matched by the automaton up to here, and the rest compared byte by byte. */
  depth: number;
  /** Every keyword in lower case, one after the other (latin1), and where each starts. */
  text: Uint8Array;
  starts: number[];
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
  const starts: number[] = [];
  let start = 0;
  for (const text of lowered) {
    starts.push(start);
    start += text.length;
  }
  // Byte classes only for the characters the automaton reads (the first `depth` of each keyword).
  const byteClass = new Uint8Array(256);
  let classCount = 1;
  lowered.forEach((text, index) => {
    for (let at = starts[index]!, end = at + Math.min(text.length, depth); at < end; at++)
      if (byteClass[all[at]!] === 0) byteClass[all[at]!] = classCount++;
  });
  for (let upper = 65; upper <= 90; upper++) byteClass[upper] = byteClass[upper + 32]!;

  // Table cells hold row offsets (state * classCount) rather than state numbers, one multiplication less per
  // byte, complemented (negative) for states where a keyword ends, so the hot loop tests the sign: until the
  // JIT has optimised it, every bitwise operation is a call, and the loop runs cold for most of a small tree. The
  // trie is built straight into the table (0 = no edge: no edge leads back to the root) and each row of the
  // automaton starts as a native copy of its failure state's row: a per-cell pass over the ~900,000 cells,
  // run cold before any JIT, cost 50-100 ms.
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
      const fail = state === 0 ? 0 : rowOf(table[failOffset[state]! + edgeClass[child]!]!);
      failOffset[child] = fail;
      const inherited = outputs.get(fail);
      if (inherited) outputs.set(childRow, [...(outputs.get(childRow) ?? []), ...inherited]);
      table[row + edgeClass[child]!] = outputs.has(childRow) ? ~childRow : childRow;
      queue[tail++] = child;
    }
  }
  return {
    byteClass,
    classCount,
    // Only the rows of states that exist: the rest of the allocation was an upper bound.
    table: table.subarray(0, stateCount * classCount),
    outputs,
    lengths: lowered.map((text) => text.length),
    prefixes: keywords.map((keyword) => keyword.prefix),
    depth,
    text: all,
    starts,
  };
}

const MAGIC = 0x574b4d54; // "TMKW"
const FORMAT = 4;

/** What a stored table was built from: every keyword, lower case, with its prefix flag. */
function signatureOf(keywords: readonly Keyword[]): string {
  return keywords.map(({ text, prefix }) => `${prefix ? '*' : '='}${text.toLowerCase()}`).join('\n');
}

/**
 * The table as bytes (little-endian 32-bit words), with the keywords it was built from so that a reader can tell
 * a stale file from a current one. Stored sparse: each state as its failure state's row plus its own trie edges,
 * in breadth-first order (a tenth of the dense table's size; reading 2.5 MB cost more than rebuilding).
 * @example writeFileSync('dist/discover-keywords.bin', encodeKeywordTable(keywords, buildKeywordTable(keywords)))
 */
export function encodeKeywordTable(keywords: readonly Keyword[], built: KeywordTable): Uint8Array {
  const { classCount, table } = built;
  const words: number[] = [];
  // Breadth first from the root; a state's own edges are the cells where its row differs from its failure
  // state's row (a trie child is deeper than anything the failure row can reach, so it never coincides).
  const records: number[] = [];
  const queue: [row: number, fail: number][] = [[0, 0]];
  for (let head = 0; head < queue.length; head++) {
    const [row, fail] = queue[head]!;
    const edges: number[] = [];
    for (let cls = 0; cls < classCount; cls++) {
      const cell = table[row + cls]!;
      const own = row === 0 ? cell !== 0 : cell !== table[fail + cls];
      if (!own) continue;
      edges.push(cls, cell);
      queue.push([rowOf(cell), row === 0 ? 0 : rowOf(table[fail + cls]!)]);
    }
    records.push(row, fail, edges.length / 2, ...edges);
  }
  const signature = Buffer.from(signatureOf(keywords), 'utf8');
  words.push(MAGIC, FORMAT, signature.length);
  const signatureAt = words.length;
  for (let i = 0; i < Math.ceil(signature.length / 4); i++) words.push(0);
  words.push(built.depth, classCount, table.length / classCount, queue.length);
  const byteClassAt = words.length;
  for (let i = 0; i < 64; i++) words.push(0);
  words.push(...records, built.outputs.size);
  for (const [offset, list] of built.outputs) words.push(offset, list.length, ...list);
  const out = new Int32Array(words);
  const bytes = new Uint8Array(out.buffer);
  bytes.set(signature, signatureAt * 4);
  bytes.set(built.byteClass, byteClassAt * 4);
  return bytes;
}

/**
 * Reads a table written by `encodeKeywordTable`; `undefined` when the bytes are not one or were built from other
 * keywords (a catalog changed since the build), so that the caller builds a fresh one.
 */
export function decodeKeywordTable(
  stored: Uint8Array,
  keywords: readonly Keyword[],
): KeywordTable | undefined {
  // Typed views need 4-byte alignment; a buffer from the pool may not have it.
  const bytes = stored.byteOffset % 4 === 0 ? stored : stored.slice();
  if (bytes.byteLength < 12 || bytes.byteLength % 4 !== 0) return undefined;
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  let at = 0;
  if (words[at++] !== MAGIC || words[at++] !== FORMAT) return undefined;
  const signatureLength = words[at++]!;
  if (signatureLength > bytes.byteLength - 12) return undefined;
  const signature = Buffer.from(bytes.buffer, bytes.byteOffset + at * 4, signatureLength).toString('utf8');
  if (signature !== signatureOf(keywords)) return undefined;
  at += Math.ceil(signatureLength / 4);
  const depth = words[at++]!;
  const classCount = words[at++]!;
  const table = new Int32Array(words[at++]! * classCount);
  const recordCount = words[at++]!;
  const byteClass = new Uint8Array(bytes.buffer, bytes.byteOffset + at * 4, 256);
  at += 64;
  for (let record = 0; record < recordCount; record++) {
    const row = words[at++]!;
    const fail = words[at++]!;
    if (row !== 0) table.copyWithin(row, fail, fail + classCount);
    for (let edges = words[at++]!; edges > 0; edges--) {
      table[row + words[at++]!] = words[at++]!;
    }
  }
  const outputs = new Map<number, number[]>();
  for (let count = words[at++]!; count > 0; count--) {
    const offset = words[at++]!;
    const length = words[at++]!;
    outputs.set(offset, Array.from(words.subarray(at, at + length)));
    at += length;
  }
  const lowered = keywords.map(({ text }) => text.toLowerCase());
  const starts: number[] = [];
  let start = 0;
  for (const text of lowered) {
    starts.push(start);
    start += text.length;
  }
  return {
    byteClass,
    classCount,
    table,
    outputs,
    lengths: lowered.map((text) => text.length),
    prefixes: keywords.map(({ prefix }) => prefix),
    depth,
    text: Buffer.from(lowered.join(''), 'latin1'),
    starts,
  };
}
