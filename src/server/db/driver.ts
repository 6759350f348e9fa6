/**
 * The little the server needs from a PostgreSQL driver. PGlite and node-postgres both fit behind it, so every
 * query, migration and policy is the same SQL on the embedded database and on a real server.
 */

/** Runs one parameterised statement and returns its rows. */
export interface Queryable {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
}

/** One open transaction on one connection. `exec` runs several statements without parameters (migrations). */
export interface Tx extends Queryable {
  exec(sql: string): Promise<void>;
  /**
   * The transaction's last statement and its COMMIT, in one round trip where the driver can (PostgreSQL: one
   * simple query, the parameters written in as literals by `inlineParams`, so only our own statements without
   * quotes or comments). Nothing may run in the transaction after it. For a statement run while holding a lock
   * others wait for: the lock is released one round trip sooner.
   */
  finish(text: string, params?: readonly unknown[]): Promise<void>;
}

/** A connection source: PGlite (one connection, transactions queued) or a `pg` pool. */
export interface Driver {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` inside BEGIN … COMMIT on one connection; rolls back when it throws. `begin`: statements without
   * parameters run right after BEGIN, sent with it in one round trip (the transaction's settings).
   */
  transaction<T>(fn: (tx: Tx) => Promise<T>, begin?: string): Promise<T>;
  /**
   * One statement in a transaction of its own, after `begin`'s settings: in one round trip where the driver can
   * (PostgreSQL: one simple query, the parameters written in as literals by `inlineParams`, so only our own
   * statements without quotes or comments).
   */
  single<Row = Record<string, unknown>>(
    begin: string,
    text: string,
    params?: readonly unknown[],
  ): Promise<Row[]>;
  close(): Promise<void>;
}
