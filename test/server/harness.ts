import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { describe, it } from 'vitest';
import { generateSigningKey, type SigningKey } from '../../src/core/signing.js';
import { createToken, createUser } from '../../src/server/admin/accounts.js';
import { createApp } from '../../src/server/app.js';
import { resolveServerConfig, type ServerConfig } from '../../src/server/config.js';
import { CORE_MIGRATIONS } from '../../src/server/db/coreMigrations.js';
import { createDatabase, type Database } from '../../src/server/db/database.js';
import { migrate } from '../../src/server/db/migrate.js';
import { driverOnPglite } from '../../src/server/db/pglite.js';
import { postgresDriver } from '../../src/server/db/postgres.js';
import { SERVER_MODULES } from '../../src/server/modules/index.js';
import { createDeps } from '../../src/server/start.js';
import type { ServerApp, ServerDeps } from '../../src/server/types.js';

export const SERVER_URL = process.env.TRUSTMAP_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A migrated server database and the app on it, without listening (tests call `app.request`). */
export interface TestServer {
  kind: 'pglite' | 'postgres';
  db: Database;
  /** A raw single connection as the owner/superuser, for the probe and for tampering tests. */
  rawQuery(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  /** Runs `body` with a raw single connection (the probe manages its own transaction). */
  withRawClient<T>(
    body: (client: {
      query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
    }) => Promise<T>,
  ): Promise<T>;
  app: ServerApp;
  deps: ServerDeps;
  key: SigningKey;
  config: ServerConfig;
  close(): Promise<void>;
}

/** Why PostgreSQL cannot be used, or undefined when it can. */
export async function postgresUnreachable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    return `PostgreSQL at ${SERVER_URL} is unreachable (${(error as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A fresh server database: in-memory PGlite, or a uniquely named schema and application role on the real
 * PostgreSQL (dropped by `close`), so test files can run in parallel against one database.
 */
export async function openTestServer(
  kind: 'pglite' | 'postgres',
  clock: () => Date = () => new Date(),
): Promise<TestServer> {
  const suffix = randomBytes(4).toString('hex');
  const schema = kind === 'postgres' ? `tm_server_test_${suffix}` : 'public';
  const appRole = kind === 'postgres' ? `tm_app_test_${suffix}` : 'trustmap_app';
  const config = resolveServerConfig(
    {
      dataDir: '/nonexistent',
      schema,
      appRole,
      ...(kind === 'postgres' ? { databaseUrl: SERVER_URL } : {}),
      port: 0,
    },
    {},
  );
  const pglite = kind === 'pglite' ? await PGlite.create() : undefined;
  const driver = pglite ? driverOnPglite(pglite) : await postgresDriver(SERVER_URL);
  const withRawClient = async <T>(
    body: (client: {
      query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
    }) => Promise<T>,
  ): Promise<T> => {
    if (pglite)
      return body({
        query: async (text, params) => ({
          rows: (await pglite.query(text, params ?? [])).rows as Record<string, unknown>[],
        }),
      });
    const client = new pg.Client({ connectionString: SERVER_URL });
    await client.connect();
    try {
      await client.query(`SET search_path = ${schema}`);
      return await body({
        query: async (text, params) => ({ rows: (await client.query(text, params ?? [])).rows }),
      });
    } finally {
      await client.end();
    }
  };
  const db = createDatabase(driver, { schema, appRole });
  await migrate(db, [{ name: 'core', migrations: CORE_MIGRATIONS }, ...SERVER_MODULES]);
  const key = generateSigningKey();
  const deps = createDeps(config, db, key, clock);
  const app = createApp(deps, SERVER_MODULES);
  return {
    kind,
    db,
    rawQuery: (text, params) => withRawClient((client) => client.query(text, params)),
    withRawClient,
    app,
    deps,
    key,
    config,
    async close() {
      if (kind === 'postgres') {
        await db.withOwner(async (tx) => {
          await tx.exec(`DROP SCHEMA ${schema} CASCADE`);
          await tx.exec(`DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
          await tx.exec(`DROP OWNED BY ${appRole}; DROP ROLE ${appRole}`);
        });
      }
      await db.close();
    },
  };
}

/**
 * Runs `body` as a describe block per database: always PGlite; PostgreSQL when reachable, else skipped with the
 * reason (failing under CI=true).
 */
export async function describeOnDatabases(
  title: string,
  body: (kind: 'pglite' | 'postgres') => void,
): Promise<void> {
  describe(`${title} (PGlite)`, () => body('pglite'));
  const reason = await postgresUnreachable();
  if (!reason) describe(`${title} (PostgreSQL)`, () => body('postgres'));
  else if (process.env.CI === 'true')
    describe(`${title} (PostgreSQL)`, () => {
      it('needs PostgreSQL under CI=true', () => {
        throw new Error(reason);
      });
    });
  else describe.skip(`${title} (PostgreSQL; skipped: ${reason})`, () => it('runs', () => undefined));
}

/** An organisation with one person per role and a push+read token, a push-only and a read-only token. */
/** An organisation with only its owner (`owner@<slug>.example`), for tests that store into it directly. */
export function createOwner(server: TestServer, slug: string) {
  return createUser(server.db, {
    email: `owner@${slug}.example`,
    org: slug,
    role: 'owner',
    password: 'correct horse battery staple',
  });
}

export async function seedOrg(server: TestServer, slug: string) {
  const password = 'correct horse battery staple';
  const people: Record<string, string> = {};
  let orgId = '';
  for (const role of ['owner', 'admin', 'member', 'auditor', 'viewer'] as const) {
    const email = `${role}@${slug}.example`;
    const created = await createUser(server.db, { email, org: slug, role, password });
    orgId = created.orgId;
    people[role] = email;
  }
  const both = await createToken(server.db, { org: slug, name: 'ci', scopes: ['push', 'read'] });
  const push = await createToken(server.db, { org: slug, name: 'push-only', scopes: ['push'] });
  const read = await createToken(server.db, { org: slug, name: 'read-only', scopes: ['read'] });
  return { slug, orgId, password, people, tokens: { both: both.token, push: push.token, read: read.token } };
}

/** Signs in through the login form (as a browser would) and returns the session cookie and CSRF token. */
export async function signIn(
  app: ServerApp,
  email: string,
  password: string,
): Promise<{ cookie: string; csrf: string; status: number }> {
  const form = await app.request('/login');
  const loginCookie = /tm_login_csrf=([^;]+)/.exec(form.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const field = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const response = await app.request('/login', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `tm_login_csrf=${loginCookie}` },
    body: new URLSearchParams({ _csrf: field, email, password, next: '/' }).toString(),
  });
  const session = /tm_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const cookie = `tm_session=${session}`;
  let csrf = '';
  if (session) {
    const landing = await app.request('/', { headers: { cookie } });
    const next = landing.headers.get('location');
    const html = await (next ? await app.request(next, { headers: { cookie } }) : landing).text();
    csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  }
  return { cookie, csrf, status: response.status };
}
