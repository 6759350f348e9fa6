import { analyze, stripFormPrefix } from '../match/analyze.js';

/** A sparse feature vector: hashed bucket indices and their values, aligned. */
export interface SparseVector {
  indices: Uint32Array;
  values: Float32Array;
}

/** Char n-grams carry spelling and morphology; words carry meaning. Their blocks are weighted against each other. */
const CHAR_WEIGHT = 0.6;
const CHAR_MIN = 3;
const CHAR_MAX = 4;
/** Questions longer than this are cut: a pasted paragraph says nothing the first part does not. */
const MAX_CHARS = 2_000;

/** FNV-1a, 32 bit: a stable, dependency-free string hash. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The raw features of a question with their counts: analysed word unigrams and bigrams (the matcher's stemmed,
 * synonym-mapped terms) and character 3–4-grams of the plain lowercase words.
 * @example featureCounts('Is MFA enforced?') // Map { 'w:mfa' => 1, 'w:enforc' => 1, 'b:mfa enforc' => 1, 'c: mf' => 1, … }
 */
export function featureCounts(question: string): Map<string, number> {
  const cached = COUNTS_CACHE.get(question);
  if (cached) return cached;
  const counts = computeCounts(question);
  if (COUNTS_CACHE.size >= COUNTS_CACHE_LIMIT) COUNTS_CACHE.clear();
  COUNTS_CACHE.set(question, counts);
  return counts;
}

/** Training and cross-validation vectorise the same texts many times; a questionnaire repeats questions. */
const COUNTS_CACHE = new Map<string, Map<string, number>>();
const COUNTS_CACHE_LIMIT = 20_000;

function computeCounts(question: string): Map<string, number> {
  const text = question.slice(0, MAX_CHARS);
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const terms = analyze(text);
  for (const [i, term] of terms.entries()) {
    add(`w:${term}`);
    const next = terms[i + 1];
    if (next) add(`b:${term} ${next}`);
  }
  const words = stripFormPrefix(text.normalize('NFKC'))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 2);
  for (const word of words) {
    const padded = ` ${word} `;
    for (let n = CHAR_MIN; n <= CHAR_MAX; n++)
      for (let i = 0; i + n <= padded.length; i++) add(`c:${padded.slice(i, i + n)}`);
  }
  return counts;
}

/** Bucket of a raw feature in a table of `buckets` rows (a power of two). */
export function bucketOf(feature: string, buckets: number): number {
  return hash(feature) & (buckets - 1);
}

/**
 * The tf-idf vector of a question: sublinear term frequency times the bucket's idf, each block (words, chars)
 * L2-normalised and weighted, hashed into `idf.length` buckets.
 */
export function vectorize(question: string, idf: Float32Array): SparseVector {
  const buckets = idf.length;
  const word = new Map<number, number>();
  const char = new Map<number, number>();
  for (const [feature, count] of featureCounts(question)) {
    const block = feature.startsWith('c:') ? char : word;
    const bucket = bucketOf(feature, buckets);
    block.set(bucket, (block.get(bucket) ?? 0) + 1 + Math.log(count));
  }
  const merged = new Map<number, number>();
  for (const [block, weight] of [
    [word, 1],
    [char, CHAR_WEIGHT],
  ] as const) {
    let norm = 0;
    const scaled: [number, number][] = [];
    for (const [bucket, tf] of block) {
      const value = tf * idf[bucket]!;
      scaled.push([bucket, value]);
      norm += value * value;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [bucket, value] of scaled)
      merged.set(bucket, (merged.get(bucket) ?? 0) + (weight * value) / norm);
  }
  const sorted = [...merged].sort((a, b) => a[0] - b[0]);
  return {
    indices: Uint32Array.from(sorted.map(([bucket]) => bucket)),
    values: Float32Array.from(sorted.map(([, value]) => value)),
  };
}
