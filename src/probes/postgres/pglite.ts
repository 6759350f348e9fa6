import { readdir } from 'node:fs/promises';
import { ProbeError } from '../../errors/index.js';
import { readUserText } from '../../io/index.js';
import { type SqlClient, sqlClient } from '../client.js';

const MAX_MIGRATION_BYTES = 16 * 1024 * 1024;

/**
 * Boots an in-memory PGlite with pgvector, applies the `.sql` files of `migrationsDir` in name order, and hands
 * a client to `body`. Lets a team probe the isolation its migrations set up without any database server.
 * @example await withMigratedPglite('services/api/migrations', (client) => probePostgres({ client, ...options }));
 */
export async function withMigratedPglite<T>(
  migrationsDir: string,
  body: (client: SqlClient) => Promise<T>,
): Promise<T> {
  let files: string[];
  try {
    files = (await readdir(migrationsDir)).filter((name) => name.endsWith('.sql')).sort();
  } catch {
    throw new ProbeError(`cannot read migrations folder ${migrationsDir}`, 'pass a folder of .sql files');
  }
  if (files.length === 0)
    throw new ProbeError(`no .sql files in ${migrationsDir}`, 'pass a folder of .sql files');
  // Loaded on demand: PGlite's WebAssembly is only needed when someone asks for an in-memory database.
  const { PGlite } = await import('@electric-sql/pglite');
  const { vector } = await import('@electric-sql/pglite-pgvector');
  const db = await PGlite.create({ extensions: { vector } });
  try {
    for (const file of files) {
      try {
        await db.exec(
          readUserText(file, { root: migrationsDir, maxBytes: MAX_MIGRATION_BYTES, what: 'migration' }),
        );
      } catch (error) {
        throw new ProbeError(
          `migration ${file} failed on PGlite: ${(error as Error).message}`,
          'the in-memory database is PostgreSQL with pgvector only; other extensions are not available',
        );
      }
    }
    return await body(sqlClient(db));
  } finally {
    await db.close();
  }
}
