import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { UsageError } from '../errors/index.js';

/** One statement with parameters, rows back. `pg` clients and PGlite both fit. */
export interface SqlRunner {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * The jobs store's view of a database: statements, and transactions on one connection (the scheduler admits
 * due sources and enqueues their jobs in one transaction, so a crash between the two loses nothing).
 */
export interface JobsDb extends SqlRunner {
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * A `JobsDb` over a `pg.Pool` (PostgreSQL).
 * @example const db = poolDb(new pg.Pool({ connectionString: process.env.DATABASE_URL }));
 */
export function poolDb(pool: pg.Pool): JobsDb {
  return {
    async query(text, params) {
      const result = await pool.query(text, params as unknown[]);
      return { rows: result.rows as Record<string, unknown>[] };
    },
    transaction: (work) =>
      poolTransaction(pool, (client) =>
        work({
          query: async (text, params) => ({
            rows: (await client.query(text, params as unknown[])).rows as Record<string, unknown>[],
          }),
        }),
      ),
    close: () => pool.end(),
  };
}

/**
 * Runs `work` in one transaction on one pooled connection: BEGIN, COMMIT on success (unless `work` sent it and
 * called `committed`), ROLLBACK on a throw, and the connection back to the pool either way. The jobs store and the server's PostgreSQL driver share it.
 */
export async function poolTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient, committed: () => void) => Promise<T>,
  begin?: string,
): Promise<T> {
  const client = await pool.connect();
  try {
    // One simple query, one round trip: BEGIN and the transaction's settings (statements without parameters).
    await client.query(begin ? `BEGIN; ${begin}` : 'BEGIN');
    // `work` may have sent the COMMIT itself, with its last statement (`committed` says so).
    let done = false;
    const value = await work(client, () => {
      done = true;
    });
    if (!done) await client.query('COMMIT');
    return value;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** A `JobsDb` over an embedded PGlite (the single-process default). */
export function pgliteDb(db: PGlite): JobsDb {
  const run: SqlRunner['query'] = async (text, params) => ({
    rows: (await db.query(text, params ?? [])).rows as Record<string, unknown>[],
  });
  return {
    query: run,
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async (text, params) => ({
            rows: (await tx.query(text, params ?? [])).rows as Record<string, unknown>[],
          }),
        }),
      ),
    close: () => db.close(),
  };
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,47}$/;

/**
 * A schema name fit to splice into SQL (identifiers cannot be bound as parameters).
 * @throws UsageError for anything but a lower-case identifier
 */
export function schemaName(name: string): string {
  if (!IDENTIFIER.test(name))
    throw new UsageError(
      `not a schema name: ${JSON.stringify(name).slice(0, 60)}`,
      'use lower-case letters, digits and underscores',
    );
  return name;
}
