import type { Driver, Tx } from './driver.js';

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
    async transaction(fn) {
      const client = await pool.connect();
      const tx: Tx = {
        query: async (text, params) => {
          const result = await client.query(text, params ? [...params] : []);
          return { rows: result.rows };
        },
        exec: async (sql) => {
          await client.query(sql);
        },
      };
      try {
        await client.query('BEGIN');
        const value = await fn(tx);
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
