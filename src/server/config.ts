import path from 'node:path';
import { UsageError } from '../errors/index.js';

/** Everything the server needs to start, resolved from flags and the environment. */
export interface ServerConfig {
  /** Folder for the embedded database and, when it is outside a repository, the server key. */
  dataDir: string;
  /** PostgreSQL connection string; the embedded PGlite when absent. */
  databaseUrl?: string;
  host: string;
  port: number;
  /** Schema that holds the server's tables (tests use one per file). */
  schema: string;
  /** The non-owner role every request runs as (cluster-wide in PostgreSQL, so tests pick unique names). */
  appRole: string;
  /** Cookies get `Secure` when the server is reached over HTTPS (behind a proxy). */
  secureCookies: boolean;
  /**
   * PostgreSQL statements prepared by name once per connection (the default). Off
   * (`TRUSTMAP_SERVER_PREPARED_STATEMENTS=off`) behind a pooler in transaction mode that cannot keep them.
   */
  preparedStatements: boolean;
  /**
   * Pushes admitted at once per server process (`TRUSTMAP_SERVER_PUSH_CONCURRENCY`; when unset, by database:
   * {@link DEFAULT_PUSH_CONCURRENCY}); more wait, unread, in arrival order (see `Admission`). An organisation's
   * admitted pushes are stored together, a transaction at a time, so a few more than one keep batches full.
   */
  pushConcurrency: number | undefined;
}

/**
 * Pushes admitted at once per process when nothing says otherwise, by database (measured in docs/server.md,
 * "Pushes, fourth round"): on PostgreSQL 8 fill the batches better than 4 (118–152 against 90–123 pushes/s, one
 * process); PGlite runs the database in the server's own thread, where 8 parsed payloads at once cost more than
 * the larger batches save (71–85 against 81–92).
 */
export const DEFAULT_PUSH_CONCURRENCY = { pglite: 4, postgres: 8 } as const;

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Checks a schema or role name we splice into SQL: lower-case letters, digits and `_` only. */
export function checkIdentifier(kind: string, name: string): string {
  if (!IDENTIFIER.test(name))
    throw new UsageError(
      `${kind} \`${name}\` is not a plain identifier`,
      'use lower-case letters, digits and _',
    );
  return name;
}

/** The default data folder: `.trustmap/server` under the working folder. */
export const DEFAULT_DATA_DIR = path.join('.trustmap', 'server');

/** Resolves a partial configuration (flags, environment) into a full one. */
export function resolveServerConfig(
  input: Partial<ServerConfig> & { cwd?: string },
  env: Record<string, string | undefined> = process.env,
): ServerConfig {
  const cwd = input.cwd ?? process.cwd();
  const port = input.port ?? 8787;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port ${port} is not a port number`, 'use 0 to 65535 (0 picks a free port)');
  return {
    dataDir: path.resolve(cwd, input.dataDir ?? DEFAULT_DATA_DIR),
    databaseUrl: input.databaseUrl ?? (env.DATABASE_URL || undefined),
    host: input.host ?? '127.0.0.1',
    port,
    schema: checkIdentifier('schema', input.schema ?? env.TRUSTMAP_SERVER_SCHEMA ?? 'public'),
    appRole: checkIdentifier('role', input.appRole ?? env.TRUSTMAP_SERVER_APP_ROLE ?? 'trustmap_app'),
    secureCookies: input.secureCookies ?? false,
    preparedStatements: input.preparedStatements ?? env.TRUSTMAP_SERVER_PREPARED_STATEMENTS !== 'off',
    pushConcurrency: input.pushConcurrency ?? pushConcurrencyOf(env.TRUSTMAP_SERVER_PUSH_CONCURRENCY),
  };
}

function pushConcurrencyOf(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 1000)
    throw new UsageError(
      `TRUSTMAP_SERVER_PUSH_CONCURRENCY=${text.slice(0, 40)} is not a number of pushes`,
      `use a whole number from 1 to 1000 (default ${DEFAULT_PUSH_CONCURRENCY.postgres} on PostgreSQL, ${DEFAULT_PUSH_CONCURRENCY.pglite} on PGlite)`,
    );
  return value;
}
