/**
 * The one thing the Postgres probe needs from a database driver: run a statement with parameters and get rows.
 * `pg`'s `Client`/`PoolClient` and PGlite both have this shape already; `sqlClient` only narrows the type.
 */
export interface SqlClient {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

interface Queryable {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * Adapts a `pg` Client/PoolClient or a PGlite instance. Use a single connection (not a `pg.Pool`): the probe
 * runs everything in one transaction.
 * @example const client = sqlClient(new PGlite({ extensions: { vector } }));
 */
export function sqlClient(driver: Queryable): SqlClient {
  return {
    async query(text, params) {
      const result = await driver.query(text, params ?? []);
      return { rows: result.rows as Record<string, unknown>[] };
    },
  };
}
