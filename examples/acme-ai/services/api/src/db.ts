import pg from 'pg';
import { config } from './config.js';

export const pool = new pg.Pool({
  connectionString: config.DATABASE_URL,
  max: 20,
  ssl: config.NODE_ENV === 'production' ? { rejectUnauthorized: true } : undefined,
});

// Embeddings are only ever sent (as pgvector.toSql text) and compared in SQL, never read back,
// so the vector type needs no parser registration on each connection.

/**
 * Runs `fn` in a transaction scoped to one tenant: `app.tenant_id` is set with `is_local = true`,
 * so it ends with the transaction and never leaks to the next request that borrows the connection.
 * `SET LOCAL ROLE documind_app` (NOBYPASSRLS) makes the policies of migrations/003_rls.sql apply even
 * when the login role is privileged, as the superuser is in local development.
 */
export async function withTenant<T>(tenantId: string, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL ROLE documind_app');
    await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
