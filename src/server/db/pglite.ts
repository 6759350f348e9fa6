import { mkdir } from 'node:fs/promises';
import type { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './dataDirLock.js';
import type { Driver, Tx } from './driver.js';

/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) in a folder, or in memory when `dir` is
 * undefined. The folder is locked to this process (see `lockDataDir`).
 */
export async function pgliteDriver(dir: string | undefined): Promise<Driver> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (dir) await mkdir(dir, { recursive: true });
  const unlock = dir ? await lockDataDir(dir) : async () => undefined;
  let db: PGlite;
  try {
    db = await PGlite.create(dir ? { dataDir: dir } : {});
  } catch (error) {
    await unlock();
    throw error;
  }
  return driverOnPglite(db, unlock);
}

/**
 * A driver over an open PGlite. PGlite has one connection; its `transaction` queues callers, which is what
 * gives each request its own transaction here.
 */
export function driverOnPglite(db: PGlite, onClose: () => Promise<void> = async () => undefined): Driver {
  return {
    kind: 'pglite',
    transaction: (fn, begin) =>
      db.transaction(async (inner) => {
        if (begin) await inner.exec(begin);
        const tx: Tx = {
          query: async (text, params) => {
            const result = await inner.query(text, params ? [...params] : []);
            return { rows: result.rows as never[] };
          },
          exec: async (sql) => {
            await inner.exec(sql);
          },
        };
        return fn(tx);
      }),
    close: async () => {
      await db.close();
      await onClose();
    },
  };
}
