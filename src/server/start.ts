import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import type { SigningKey } from '../core/signing.js';
import { createApp } from './app.js';
import { createGuards } from './auth/guards.js';
import type { ServerConfig } from './config.js';
import { CORE_MIGRATIONS } from './db/coreMigrations.js';
import { createDatabase, type Database } from './db/database.js';
import { appendToLedger } from './db/ledgerStore.js';
import { migrate } from './db/migrate.js';
import { pgliteDriver } from './db/pglite.js';
import { postgresDriver } from './db/postgres.js';
import { csrfField, renderPage } from './html/layout.js';
import { SERVER_MODULES } from './modules/index.js';
import { resolveServerKey } from './serverKey.js';
import type { ServerApp, ServerDeps, ServerModule } from './types.js';

/** Opens the configured database (PGlite in `<dataDir>/pglite`, or PostgreSQL) and applies every migration. */
export async function openDatabase(
  config: ServerConfig,
  modules: readonly ServerModule[] = SERVER_MODULES,
): Promise<{ db: Database; applied: string[] }> {
  const driver = config.databaseUrl
    ? await postgresDriver(config.databaseUrl, { prepare: config.preparedStatements })
    : await pgliteDriver(path.join(config.dataDir, 'pglite'));
  const db = createDatabase(driver, { schema: config.schema, appRole: config.appRole });
  try {
    const applied = await migrate(db, [{ name: 'core', migrations: CORE_MIGRATIONS }, ...modules]);
    return { db, applied };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

/** Builds the dependencies every module receives. */
export function createDeps(
  config: ServerConfig,
  db: Database,
  signingKey: SigningKey,
  clock: () => Date,
): ServerDeps {
  return {
    config,
    db,
    auth: createGuards(db),
    signingKey,
    ledger: { append: (tx, orgId, record) => appendToLedger(tx, orgId, record, signingKey) },
    clock,
    pages: { render: renderPage, csrfField },
  };
}

/** A running server. */
export interface RunningServer {
  url: string;
  app: ServerApp;
  deps: ServerDeps;
  /** Migration ids applied at this start. */
  applied: string[];
  keySource: string;
  /** Stops accepting connections, lets open requests finish, then closes the database. */
  close(): Promise<void>;
}

/**
 * Starts the server: opens and migrates the database, loads or makes the server key, records its public half,
 * and listens.
 * @example const server = await startServer(resolveServerConfig({ port: 0 })); await server.close();
 */
export async function startServer(
  config: ServerConfig,
  options: {
    env?: Record<string, string | undefined>;
    clock?: () => Date;
    modules?: readonly ServerModule[];
  } = {},
): Promise<RunningServer> {
  const modules = options.modules ?? SERVER_MODULES;
  const { key, source } = await resolveServerKey(config.dataDir, options.env ?? process.env);
  const { db, applied } = await openDatabase(config, modules);
  await db.withOwner((tx) =>
    tx.query('INSERT INTO server_keys (key_id, public_key) VALUES ($1, $2) ON CONFLICT (key_id) DO NOTHING', [
      key.keyId,
      key.publicKeyBase64,
    ]),
  );
  const deps = createDeps(config, db, key, options.clock ?? (() => new Date()));
  const app = createApp(deps, modules);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(started),
    );
    started.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    app,
    deps,
    applied,
    keySource: source,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive connections would hold close() open; idle ones are dropped now, busy ones after their reply.
          (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
        });
        await db.close();
      })();
      return closing;
    },
  };
}
