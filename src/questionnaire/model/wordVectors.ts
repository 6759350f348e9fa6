import { analyze, stripFormPrefix } from '../match/analyze.js';
import { PHRASES, STOP_WORDS } from '../match/lexicon.js';

/**
 * Pretrained word vectors (GloVe 6B 100d, data/questionnaire/word-vectors/): word knowledge from outside the
 * labelled corpus. The table holds unit-length vectors as int8, component = byte / WORD_VECTOR_SCALE.
 */
export const WORD_VECTOR_DIMENSIONS = 100;
/** Unit vectors of 100 dimensions have components well under 0.6; 127 / 200 = 0.635 is clamped, rarely reached. */
export const WORD_VECTOR_SCALE = 200;

export interface WordVectors {
  words: readonly string[];
  index: ReadonlyMap<string, number>;
  /** Row-major, `words.length` × WORD_VECTOR_DIMENSIONS. */
  vectors: Int8Array;
}

/** The table from its two parts: the words, one a line, and the int8 rows in the same order. */
export function wordVectorsFrom(wordsText: string, bytes: Uint8Array): WordVectors {
  const words = wordsText.split('\n').filter(Boolean);
  const vectors = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (vectors.length !== words.length * WORD_VECTOR_DIMENSIONS)
    throw new Error(`word vectors: ${words.length} words but ${vectors.length} bytes`);
  return { words, index: new Map(words.map((word, i) => [word, i])), vectors };
}

/**
 * The plain lowercase content words of a question, as GloVe spells them (before phrase rules and stemming): the
 * analyser's normalisation, possessive and stop words, without its rewriting.
 * @example surfaceWords('Are keys deactivated at expiry?') // ['keys', 'deactivated', 'expiry']
 */
export function surfaceWords(text: string): string[] {
  const normalized = stripFormPrefix(text.normalize('NFKC')).toLowerCase().replace(/[’‘`]/g, "'");
  const words: string[] = [];
  for (const raw of normalized.split(/[^a-z0-9'-]+/)) {
    if (!raw || STOP_WORDS.has(raw)) continue;
    const word = raw.replace(/'s$|'/g, '').replace(/^-+|-+$/g, '');
    if (word.length < 2 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    words.push(word);
  }
  return words;
}

const CANONICAL = new Set(PHRASES.flatMap(([, token]) => token.split(' ')));

/**
 * The surface words of a question that no lexicon phrase consumed: "third parties" is already `thirdparty`, so
 * "third" alone must not be expanded (to "second").
 */
export function unphrasedWords(text: string): string[] {
  let normalized = stripFormPrefix(text.normalize('NFKC')).toLowerCase().replace(/[’‘`]/g, "'");
  for (const [pattern, token] of PHRASES) normalized = normalized.replace(pattern, ` ${token} `);
  return surfaceWords(normalized).filter((word) => !CANONICAL.has(word));
}

const TERM_OF = new Map<string, string | null>();

/** The analysed term of one surface word (stemmed, synonym-mapped), or null for a stop word. */
export function termOfWord(word: string): string | null {
  let term = TERM_OF.get(word);
  if (term === undefined) {
    term = analyze(word)[0] ?? null;
    TERM_OF.set(word, term);
  }
  return term;
}

/** Cosine of two rows (unit vectors, so a dot product). */
function dot(vectors: Int8Array, a: number, b: number): number {
  let sum = 0;
  const ai = a * WORD_VECTOR_DIMENSIONS;
  const bi = b * WORD_VECTOR_DIMENSIONS;
  for (let d = 0; d < WORD_VECTOR_DIMENSIONS; d++) sum += vectors[ai + d]! * vectors[bi + d]!;
  return sum / (WORD_VECTOR_SCALE * WORD_VECTOR_SCALE);
}

export type Neighbours = ReadonlyMap<string, readonly (readonly [string, number])[]>;

/**
 * For each query word the table knows, its `k` nearest target words by cosine (at least `minCosine`), nearest
 * first; a target with the same analysed term as the query is skipped (the model already has it).
 */
export function nearestNeighbours(
  table: WordVectors,
  queries: Iterable<string>,
  targets: Iterable<string>,
  k: number,
  minCosine: number,
): Map<string, [string, number][]> {
  const targetRows = [...new Set(targets)]
    .filter((word) => table.index.has(word) && termOfWord(word) !== null)
    .map((word) => [word, table.index.get(word)!] as const);
  const found = new Map<string, [string, number][]>();
  for (const query of new Set(queries)) {
    const row = table.index.get(query);
    const term = termOfWord(query);
    if (row === undefined || term === null) continue;
    const best: [string, number][] = [];
    for (const [target, targetRow] of targetRows) {
      const cosine = dot(table.vectors, row, targetRow);
      if (cosine < minCosine || (best.length === k && cosine <= best[k - 1]![1])) continue;
      if (termOfWord(target) === term) continue;
      best.push([target, cosine]);
      best.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      if (best.length > k) best.pop();
    }
    if (best.length) found.set(query, best);
  }
  return found;
}

/** The unit vector of row `row` as floats. */
export function rowOf(table: WordVectors, row: number, out: Float64Array): void {
  const at = row * WORD_VECTOR_DIMENSIONS;
  for (let d = 0; d < WORD_VECTOR_DIMENSIONS; d++) out[d] = table.vectors[at + d]! / WORD_VECTOR_SCALE;
}
