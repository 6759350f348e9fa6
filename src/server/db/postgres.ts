import { createHash } from 'node:crypto';
import type pg from 'pg';
import { poolTransaction } from '../../jobs/db.js';
import type { Driver } from './driver.js';
import { inlineParams } from './literal.js';

/**
 * At most this many distinct statement texts are prepared (by name) on each connection; texts past it run
 * unnamed, parsed and planned each time as before. The server's statements are a fixed set well under it.
 */
export const MAX_PREPARED_STATEMENTS = 500;

/**
 * Names for prepared statements, one per statement text: PostgreSQL parses and plans a named statement once per
 * connection and reuses it (a push's statements are large data-modifying CTEs, so this saves PostgreSQL CPU on
 * every push). The plan cache re-plans by itself when the schema, the search path or the role it was planned for
 * changes, which is what makes this safe with per-transaction roles and row-level security. Bounded: new texts
 * past `max` are not named.
 */
export function statementNamer(max = MAX_PREPARED_STATEMENTS): (text: string) => string | undefined {
  const names = new Map<string, string>();
  return (text) => {
    const known = names.get(text);
    if (known || names.size >= max) return known;
    const name = `tm_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
    return name;
  };
}

/** The rows of a simple query's statement at `index` (a query of several statements answers one result each). */
function rowsAt(result: pg.QueryResult | pg.QueryResult[], index: number): never[] {
  const results = Array.isArray(result) ? result : [result];
  return (results.at(index)?.rows ?? []) as never[];
}

/**
 * A real PostgreSQL server through a `pg` pool; each transaction takes one pooled connection. Statements are
 * prepared by name unless `prepare` is false (for a pooler in transaction mode that cannot keep them, such as
 * PgBouncer before 1.21).
 */
export async function postgresDriver(
  url: string,
  options: { max?: number; prepare?: boolean } = {},
): Promise<Driver> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, connectionTimeoutMillis: 5000 });
  // An idle client's error (the server restarted) must not crash the process; the next checkout reconnects.
  pool.on('error', () => undefined);
  // Fail fast with the reason when the server is unreachable, rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  const nameOf = options.prepare === false ? () => undefined : statementNamer();
  return {
    kind: 'postgres',
    transaction: (fn, begin) =>
      poolTransaction(
        pool,
        (client, committed) =>
          fn({
            query: async (text, params) => ({
              rows: (await client.query({ text, values: params ? [...params] : [], name: nameOf(text) }))
                .rows,
            }),
            exec: async (sql) => {
              await client.query(sql);
            },
            // A failing statement skips the rest of a simple query, so COMMIT runs only after it succeeded.
            finish: async (text, params) => {
              await client.query(`${inlineParams(text, params)}; COMMIT`);
              committed();
            },
          }),
        begin,
      ),
    // The settings and the statement as one simple query: PostgreSQL runs a query of several statements as one
    // (implicit) transaction, so the settings, local to it, hold for the statement and end with it.
    single: async (begin, text, params) =>
      rowsAt(await pool.query(`${begin}; ${inlineParams(text, params)}`), -1),
    close: () => pool.end(),
  };
}
