import { mkdir } from 'node:fs/promises';
import type { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './dataDirLock.js';
import type { Driver, Tx } from './driver.js';
import { pgliteThreadDriver } from './pgliteThread.js';

/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) in a folder, or in memory when `dir` is
 * undefined, in a worker thread of its own (see `pgliteThreadDriver`), or in this thread with `thread: false`.
 * The folder is locked to this process (see `lockDataDir`).
 */
export async function pgliteDriver(
  dir: string | undefined,
  options: { thread?: boolean } = {},
): Promise<Driver> {
  if (dir) await mkdir(dir, { recursive: true });
  const unlock = dir ? await lockDataDir(dir) : async () => undefined;
  try {
    if (options.thread !== false) return await pgliteThreadDriver(dir, unlock);
    const { PGlite } = await import('@electric-sql/pglite');
    const db: PGlite = await PGlite.create(dir ? { dataDir: dir } : {});
    return driverOnPglite(db, unlock);
  } catch (error) {
    await unlock();
    throw error;
  }
}

/**
 * A driver over an open PGlite. PGlite has one connection; its `transaction` queues callers, which is what
 * gives each request its own transaction here.
 */
export function driverOnPglite(db: PGlite, onClose: () => Promise<void> = async () => undefined): Driver {
  // In the same process a round trip costs little: the single statement goes in an ordinary transaction.
  const transaction: Driver['transaction'] = (fn, begin) =>
    db.transaction(async (inner) => {
      if (begin) await inner.exec(begin);
      const query: Tx['query'] = async (text, params) => {
        const result = await inner.query(text, params ? [...params] : []);
        return { rows: result.rows as never[] };
      };
      return fn({
        query,
        exec: async (sql) => {
          await inner.exec(sql);
        },
        // In the same process: the statement, then the COMMIT `db.transaction` sends when `fn` returns.
        finish: async (text, params) => {
          await query(text, params);
        },
      });
    });
  return {
    kind: 'pglite',
    transaction,
    single: <Row>(begin: string, text: string, params?: readonly unknown[]) =>
      transaction(async (tx) => (await tx.query<Row>(text, params)).rows, begin),
    close: async () => {
      await db.close();
      await onClose();
    },
  };
}
