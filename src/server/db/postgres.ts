import { poolTransaction } from '../../jobs/db.js';
import type { Driver } from './driver.js';

/** A real PostgreSQL server through a `pg` pool; each transaction takes one pooled connection. */
export async function postgresDriver(url: string, options: { max?: number } = {}): Promise<Driver> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, connectionTimeoutMillis: 5000 });
  // An idle client's error (the server restarted) must not crash the process; the next checkout reconnects.
  pool.on('error', () => undefined);
  // Fail fast with the reason when the server is unreachable, rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  return {
    kind: 'postgres',
    transaction: (fn, begin) =>
      poolTransaction(
        pool,
        (client) =>
          fn({
            query: async (text, params) => ({
              rows: (await client.query(text, params ? [...params] : [])).rows,
            }),
            exec: async (sql) => {
              await client.query(sql);
            },
          }),
        begin,
      ),
    close: () => pool.end(),
  };
}
