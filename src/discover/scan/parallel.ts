import { realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { PROVIDERS } from '../catalog/index.js';
import type { ProviderEntry } from '../catalog/types.js';
import {
  addBatch,
  type BatchResult,
  emptyBatch,
  type FileTask,
  type ProcessContext,
  processFiles,
} from './processFiles.js';
import { scanTablesFor } from './scanTables.js';

const WORKER_KIND = 'trustmap-discover-worker';
const BATCH = 400;

interface WorkerSetup {
  kind: typeof WORKER_KIND;
  /** Absent for the built-in catalog, which the worker has itself (and reads the build's tables for). */
  providers?: readonly ProviderEntry[];
  maxFileSize: number;
}

/**
 * Helper threads that pay on this machine: one per core beyond the main thread (which scans too), at
 * most three, none on a single core. None either when this code was bundled into the main script itself:
 * a worker loads the file this module lives in, and would run that script again.
 */
export function workerCount(): number {
  const self = fileURLToPath(import.meta.url);
  let main = process.argv[1];
  try {
    main = main ? realpathSync(main) : main;
  } catch {
    // An argv[1] that is not a file (node -e): this module cannot be the main script.
  }
  if (main === self || main === realpathOrSelf(self)) return 0;
  return Math.max(0, Math.min(availableParallelism() - 1, 3));
}

function realpathOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

// This module is its own worker entry: a worker loads the same file (source or bundled chunk) and, seeing
// its setup, serves batches. Keeps one build output and no second entry point to keep in sync.
if (!isMainThread && (workerData as WorkerSetup | undefined)?.kind === WORKER_KIND) {
  const setup = workerData as WorkerSetup;
  const { catalog, scanner } = scanTablesFor(setup.providers ?? PROVIDERS);
  parentPort!.on('message', async (message: { id: number; tasks: FileTask[] } | null) => {
    if (message === null) {
      parentPort!.close();
      return;
    }
    const result = await processFiles(message.tasks, { maxFileSize: setup.maxFileSize, catalog, scanner });
    parentPort!.postMessage({ id: message.id, result });
  });
}

/**
 * Scans `tasks` on the main thread and `workers` helper threads together, returning results in task order
 * (so merged tables and evidence come out exactly as in a single-threaded run). Terraform files stay on the
 * main thread, so only it loads the WebAssembly HCL parser.
 */
export async function processInWorkers(
  tasks: readonly FileTask[],
  options: ProcessContext & { providers: readonly ProviderEntry[]; workers: number },
): Promise<BatchResult> {
  const url = new URL(import.meta.url);
  // From TypeScript sources (tests, tsx) the worker first registers the same loader; the built chunk runs as is.
  const entry = url.pathname.endsWith('.ts')
    ? `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`
    : undefined;
  const setup: WorkerSetup = {
    kind: WORKER_KIND,
    ...(options.providers === PROVIDERS ? {} : { providers: options.providers }),
    maxFileSize: options.maxFileSize,
  };
  // Flags of the parent that only make sense for a main script (`--input-type` for `node -e`) would stop
  // the worker from starting.
  const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type'));
  const terraform = tasks.filter((task) => task.name.endsWith('.tf'));
  const rest = tasks.filter((task) => !task.name.endsWith('.tf'));
  const batches: FileTask[][] = [];
  for (let i = 0; i < rest.length; i += BATCH) batches.push(rest.slice(i, i + BATCH));
  const results: BatchResult[] = new Array(batches.length);
  let next = 0;
  const done = emptyBatch();
  const report = (result: BatchResult) => {
    done.files += result.files;
    done.bytes += result.bytes;
    options.onProgress?.({ files: done.files, bytes: done.bytes });
  };
  const local: ProcessContext = { ...options, onProgress: undefined };
  const workers = Array.from({ length: options.workers }, () =>
    entry
      ? new Worker(entry, { eval: true, workerData: setup, execArgv })
      : new Worker(url, { workerData: setup, execArgv }),
  );
  const helpers = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        let inFlight = 0;
        const feed = () => {
          // Two batches in flight, so a worker is never idle while the main thread finishes its own batch.
          while (inFlight < 2 && next < batches.length) {
            const id = next++;
            inFlight++;
            worker.postMessage({ id, tasks: batches[id] });
          }
          if (inFlight === 0) resolve();
        };
        worker.on('message', (message: { id: number; result: BatchResult }) => {
          inFlight--;
          results[message.id] = message.result;
          report(message.result);
          feed();
        });
        worker.on('error', reject);
        feed();
      }),
  );
  try {
    const terraformResult = processFiles(terraform, local);
    while (next < batches.length) {
      const id = next++;
      results[id] = await processFiles(batches[id]!, local);
      report(results[id]!);
      // Let worker messages in between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(helpers);
    const merged = emptyBatch();
    for (const result of results) addBatch(merged, result);
    addBatch(merged, await terraformResult);
    return merged;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
