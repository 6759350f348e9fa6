import { Worker } from 'node:worker_threads';
import type { Driver, Tx } from './driver.js';

/**
 * PGlite in a worker thread of its own, behind the same {@link Driver}. PGlite runs PostgreSQL (WebAssembly) in
 * the thread that calls it; in the server's thread, every statement's execution queued behind HTTP parsing, JSON,
 * hashing and signing, and those behind it, on one core. Here the database works while the server's thread
 * prepares the next request. A statement costs a message each way (structured clone of its parameters and rows,
 * tens of microseconds); a transaction's BEGIN and settings go with its first statement, and its COMMIT with
 * its last (`finish`), as on PostgreSQL.
 *
 * One connection, as PGlite has: transactions are queued here, one at a time (what `PGlite.transaction` did).
 */

/**
 * What the worker is asked; one request at a time, each answered by `{ id, rows }` or `{ id, error }`. `begin`
 * (the transaction's settings) opens the transaction first: it rides on the transaction's first request.
 */
type Request =
  | { op: 'query'; text: string; params?: readonly unknown[]; begin?: string }
  | { op: 'exec'; sql: string; begin?: string }
  /**
   * The transaction's end: its last statement (if any), then COMMIT; ROLLBACK when it fails or `commit` is false.
   * With `begin`, a whole transaction of one statement (`single`).
   */
  | { op: 'end'; commit: boolean; text?: string; params?: readonly unknown[]; begin?: string }
  | { op: 'close' };

type Reply = { id: number; rows?: unknown[]; error?: Record<string, unknown> };

// The worker's code, plain JavaScript (it runs without the TypeScript loader of tests and `tsx`), given PGlite's
// module address by the server so that it loads the same copy wherever Trustmap is installed.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const plain = (error) => {
  const out = { message: String((error && error.message) || error), name: (error && error.name) || 'Error' };
  if (error && typeof error === 'object')
    for (const [key, value] of Object.entries(error))
      if (value === undefined || ['string', 'number', 'boolean'].includes(typeof value)) out[key] = value;
  return out;
};
let db;
const rollback = () => db.exec('ROLLBACK').catch(() => undefined);
const handle = async (request) => {
  if (request.begin !== undefined)
    await db.exec(request.begin ? 'BEGIN; ' + request.begin : 'BEGIN').catch(async (error) => {
      await rollback();
      throw error;
    });
  switch (request.op) {
    case 'query':
      return (await db.query(request.text, request.params ?? [])).rows;
    case 'exec':
      await db.exec(request.sql);
      return [];
    case 'end':
      if (!request.commit) {
        await rollback();
        return [];
      }
      try {
        const rows = request.text === undefined ? [] : (await db.query(request.text, request.params ?? [])).rows;
        await db.exec('COMMIT');
        return rows;
      } catch (error) {
        await rollback();
        throw error;
      }
    case 'close':
      await db.close();
      return [];
  }
  throw new Error('unknown request ' + request.op);
};
let queue = Promise.resolve();
(async () => {
  try {
    const { PGlite } = await import(workerData.module);
    db = await PGlite.create(workerData.dataDir ? { dataDir: workerData.dataDir } : {});
    parentPort.postMessage({ id: 0, rows: [] });
  } catch (error) {
    parentPort.postMessage({ id: 0, error: plain(error) });
    return;
  }
  parentPort.on('message', ({ id, request }) => {
    queue = queue.then(async () => {
      try {
        parentPort.postMessage({ id, rows: await handle(request) });
      } catch (error) {
        parentPort.postMessage({ id, error: plain(error) });
      }
      if (request.op === 'close') parentPort.close();
    });
  });
})();
`;

/** An error the worker sent, as an `Error` with the database's fields (`code`, `constraint`, `detail`, …). */
function errorFrom(fields: Record<string, unknown>): Error {
  const error = new Error(String(fields.message));
  for (const [key, value] of Object.entries(fields))
    if (key !== 'message') Object.assign(error, { [key]: value });
  return error;
}

/**
 * Opens PGlite in a worker thread: in the folder `dir` (which the caller has locked), or in memory.
 * @throws what PGlite threw while opening (a folder of another version, say)
 */
export async function pgliteThreadDriver(
  dir: string | undefined,
  onClose: () => Promise<void> = async () => undefined,
): Promise<Driver> {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { module: import.meta.resolve('@electric-sql/pglite'), dataDir: dir },
  });
  const waiting = new Map<number, { resolve(rows: unknown[]): void; reject(error: Error): void }>();
  let nextId = 1;
  let failure: Error | undefined;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };
  worker.on('message', (reply: Reply) => {
    const pending = waiting.get(reply.id);
    if (!pending) return;
    waiting.delete(reply.id);
    if (reply.error) pending.reject(errorFrom(reply.error));
    else pending.resolve(reply.rows ?? []);
  });
  worker.on('error', (error) => failAll(error));
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', (code) => {
      failAll(new Error(`the database thread stopped (exit code ${code})`));
      resolve();
    }),
  );

  const ready = new Promise<unknown[]>((resolve, reject) => waiting.set(0, { resolve, reject }));
  try {
    await ready;
  } catch (error) {
    await worker.terminate();
    throw error;
  }

  const ask = <Row>(request: Request): Promise<Row[]> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise<Row[]>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (rows: unknown[]) => void, reject });
      worker.postMessage({ id, request });
    });
  };

  // One transaction at a time on the one connection.
  let tail: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };

  const transaction = <T>(fn: (tx: Tx) => Promise<T>, begin?: string): Promise<T> =>
    exclusive(async () => {
      // BEGIN and the settings go with the first statement; a transaction that sends none costs no message.
      let opening: { begin: string } | undefined = { begin: begin ?? '' };
      const opened = () => {
        const first = opening;
        opening = undefined;
        return first;
      };
      let finished = false;
      const open = () => {
        if (finished) throw new Error('the transaction has ended (finish was called)');
      };
      const tx: Tx = {
        query: async <Row>(text: string, params?: readonly unknown[]) => {
          open();
          return {
            rows: await ask<Row>({ op: 'query', text, params, ...opened() }),
          };
        },
        exec: async (sql) => {
          open();
          await ask({ op: 'exec', sql, ...opened() });
        },
        finish: async (text, params) => {
          open();
          finished = true;
          await ask({ op: 'end', commit: true, text, params, ...opened() });
        },
      };
      let value: T;
      try {
        value = await fn(tx);
      } catch (error) {
        // Rolled back whether or not the failing request had opened the transaction (no transaction: a warning).
        if (!finished && !opening) await ask({ op: 'end', commit: false }).catch(() => undefined);
        throw error;
      }
      if (!finished && !opening) await ask({ op: 'end', commit: true });
      return value;
    });

  let closing: Promise<void> | undefined;
  return {
    kind: 'pglite',
    transaction,
    single: <Row>(begin: string, text: string, params?: readonly unknown[]) =>
      exclusive(() => ask<Row>({ op: 'end', commit: true, begin, text, params })),
    close: () => {
      closing ??= exclusive(async () => {
        await ask({ op: 'close' }).catch(() => undefined);
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
        await worker.terminate();
        await onClose();
      });
      return closing;
    },
  };
}
