import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import pg from 'pg';
import { type SqlClient, sqlClient } from '../../src/probes/index.js';

export const SERVER_URL = process.env.TRUSTMAP_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A connected database for a test file, with what it can do. */
export interface TestDatabase {
  client: SqlClient;
  hasPgvector: boolean;
  close: () => Promise<void>;
}

/**
 * Connects to the real PostgreSQL server. Returns the reason instead when it is unreachable; callers skip with
 * it, except under CI=true where the test must fail.
 */
export async function connectServer(): Promise<TestDatabase | { unreachable: string }> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    return { unreachable: `PostgreSQL at ${SERVER_URL} is unreachable (${(error as Error).message})` };
  }
  let hasPgvector = false;
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS vector');
    hasPgvector = true;
  } catch {
    hasPgvector = false;
  }
  return { client: sqlClient(client), hasPgvector, close: () => client.end() };
}

/** An in-memory PGlite with pgvector. */
export async function connectPglite(): Promise<TestDatabase> {
  const db = await PGlite.create({ extensions: { vector } });
  await db.exec('CREATE EXTENSION IF NOT EXISTS vector');
  return { client: sqlClient(db), hasPgvector: true, close: () => db.close() };
}

/** Runs statements one by one (PGlite's `query` takes one statement at a time). */
export async function runAll(client: SqlClient, statements: string[]): Promise<void> {
  for (const statement of statements) await client.query(statement);
}
