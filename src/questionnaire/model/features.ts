import { analyze, stripFormPrefix } from '../match/analyze.js';

/** A sparse feature vector: hashed bucket indices and their values, aligned. */
export interface SparseVector {
  indices: Uint32Array;
  values: Float32Array;
}

/**
 * Char n-grams carry spelling and morphology; words carry meaning. Their blocks are weighted against each other;
 * 0.3 (was 0.6) gave the best cross-validated best-topic accuracy of 0, 0.15, 0.3, 0.6 and 1.
 */
const CHAR_WEIGHT = 0.3;
const CHAR_MIN = 3;
const CHAR_MAX = 4;
/**
 * The first analysed terms of a long question name its subject ("Encryption keys …", "Password policy: …"); what
 * follows qualifies it. They are counted again as head features (`h:term`), so the subject weighs more than a
 * qualifier another topic also uses. A short question is all subject, or opens on a qualifier ("How long are logs
 * retained?" reads `long` first), so it gets none. Two head terms from six terms up did better than two or three
 * on every question, and than none, on the nested cross-validation with three seeds (docs/questionnaire.md, third
 * accuracy round).
 */
const HEAD_TERMS = 2;
const HEAD_MIN_TERMS = 6;
/** Questions longer than this are cut: a pasted paragraph says nothing the first part does not. */
const MAX_CHARS = 2_000;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bit, continued from `h` over `text[from, to)`: a stable, dependency-free string hash. */
function hash(text: string, h = FNV_OFFSET, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** The hash state after a block's prefix (`c:`), so a character n-gram hashes without building its string. */
const CHAR_PREFIX = hash('c:');

/** The raw features of a question by their 32-bit hash, with counts, in two blocks. */
export interface FeatureCounts {
  /** Analysed word unigrams (`w:term`), bigrams (`b:term next`) and a long question's first terms again (`h:term`). */
  word: Map<number, number>;
  /** Character n-grams (`c:gram`) of the plain lowercase words, padded with a space each side. */
  char: Map<number, number>;
}

/**
 * The raw features of a question with their counts, keyed by the FNV-1a hash of the feature's name: analysed
 * word unigrams and bigrams (the matcher's stemmed, synonym-mapped terms), the first two of those terms again as
 * head features when the question has six or more, and character 3–4-grams of the plain lowercase words. Hashing
 * the n-grams in place, instead of building a string for each, keeps a thousand-question workbook fast.
 * @example featureCounts('Is MFA enforced?').word.size // 3: w:mfa, w:enforc, b:mfa enforc (too short for head features)
 */
export function featureCounts(question: string): FeatureCounts {
  const cached = COUNTS_CACHE.get(question);
  if (cached) return cached;
  const counts = computeCounts(question);
  if (COUNTS_CACHE.size >= COUNTS_CACHE_LIMIT) COUNTS_CACHE.clear();
  COUNTS_CACHE.set(question, counts);
  return counts;
}

/** Training and cross-validation vectorise the same texts many times; a questionnaire repeats questions. */
const COUNTS_CACHE = new Map<string, FeatureCounts>();
const COUNTS_CACHE_LIMIT = 20_000;

function computeCounts(question: string): FeatureCounts {
  const text = question.slice(0, MAX_CHARS);
  const word = new Map<number, number>();
  const char = new Map<number, number>();
  const add = (block: Map<number, number>, key: number) => block.set(key, (block.get(key) ?? 0) + 1);
  const terms = analyze(text);
  for (const [i, term] of terms.entries()) {
    add(word, hash(`w:${term}`));
    const next = terms[i + 1];
    if (next) add(word, hash(`b:${term} ${next}`));
    if (i < HEAD_TERMS && terms.length >= HEAD_MIN_TERMS) add(word, hash(`h:${term}`));
  }
  const words = stripFormPrefix(text.normalize('NFKC'))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((plain) => plain.length >= 2);
  for (const plain of words) {
    const padded = ` ${plain} `;
    for (let n = CHAR_MIN; n <= CHAR_MAX; n++)
      for (let i = 0; i + n <= padded.length; i++) add(char, hash(padded, CHAR_PREFIX, i, i + n));
  }
  return { word, char };
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
  const counts = featureCounts(question);
  const { word, char, merged, marked } = scratchFor(buckets);
  const touched: number[] = [];
  for (const [raw, block, weight] of [
    [counts.word, word, 1],
    [counts.char, char, CHAR_WEIGHT],
  ] as const) {
    const seen: number[] = [];
    for (const [feature, count] of raw) {
      const bucket = feature & (buckets - 1);
      if (block[bucket] === 0) seen.push(bucket);
      block[bucket]! += 1 + Math.log(count);
    }
    let norm = 0;
    for (const bucket of seen) {
      const value = block[bucket]! * idf[bucket]!;
      norm += value * value;
    }
    norm = Math.sqrt(norm) || 1;
    for (const bucket of seen) {
      if (!marked[bucket]) {
        marked[bucket] = 1;
        touched.push(bucket);
      }
      merged[bucket]! += (weight * block[bucket]! * idf[bucket]!) / norm;
      block[bucket] = 0;
    }
  }
  const indices = Uint32Array.from(touched).sort();
  const values = new Float32Array(indices.length);
  for (const [i, bucket] of indices.entries()) {
    values[i] = merged[bucket]!;
    merged[bucket] = 0;
    marked[bucket] = 0;
  }
  return { indices, values };
}

/** Dense scratch rows, reused from question to question and left zeroed, so vectorising allocates no maps. */
let scratch: { word: Float64Array; char: Float64Array; merged: Float64Array; marked: Uint8Array } | undefined;

function scratchFor(buckets: number) {
  if (scratch?.word.length !== buckets)
    scratch = {
      word: new Float64Array(buckets),
      char: new Float64Array(buckets),
      merged: new Float64Array(buckets),
      marked: new Uint8Array(buckets),
    };
  return scratch;
}
