import { generateSigningKey } from '../../src/core/signing.js';
import { createUser } from '../../src/server/admin/accounts.js';
import { createApp } from '../../src/server/app.js';
import { resolveServerConfig } from '../../src/server/config.js';
import { CORE_MIGRATIONS } from '../../src/server/db/coreMigrations.js';
import { createDatabase } from '../../src/server/db/database.js';
import { migrate } from '../../src/server/db/migrate.js';
import { pgliteDriver } from '../../src/server/db/pglite.js';
import { SERVER_MODULES } from '../../src/server/modules/index.js';
import { createDeps } from '../../src/server/start.js';
import type { ServerApp } from '../../src/server/types.js';

export const PASSWORD = 'correct horse battery staple';

/** An in-memory PGlite server with every module, its clock pinned, without listening. */
export async function openServer(now: Date) {
  const config = resolveServerConfig({ dataDir: '/nonexistent', port: 0 }, {});
  const db = createDatabase(await pgliteDriver(undefined), {
    schema: config.schema,
    appRole: config.appRole,
  });
  await migrate(db, [{ name: 'core', migrations: CORE_MIGRATIONS }, ...SERVER_MODULES]);
  const key = generateSigningKey();
  const deps = createDeps(config, db, key, () => now);
  const app = createApp(deps, SERVER_MODULES);
  return { db, deps, app, key, close: () => db.close() };
}

export async function addUser(
  db: Parameters<typeof createUser>[0],
  email: string,
  org: string,
  role: string,
) {
  return createUser(db, { email, org, role, password: PASSWORD });
}

/** A signed-in browser: session cookie and CSRF token, and helpers to call the app as that person. */
export async function signIn(app: ServerApp, email: string) {
  const form = await app.request('/login');
  const loginCookie = /tm_login_csrf=([^;]+)/.exec(form.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const field = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const response = await app.request('/login', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `tm_login_csrf=${loginCookie}` },
    body: new URLSearchParams({ _csrf: field, email, password: PASSWORD, next: '/' }).toString(),
  });
  const session = /tm_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!session) throw new Error(`${email} could not sign in (${response.status})`);
  const cookie = `tm_session=${session}`;
  const landing = await app.request('/', { headers: { cookie } });
  const next = landing.headers.get('location');
  let page = landing;
  // Follow the landing redirects (an auditor's dashboard sends them on to their audits).
  for (let hop = 0, at = next; at && hop < 3; hop += 1) {
    page = await app.request(at, { headers: { cookie } });
    at = page.headers.get('location');
  }
  const text = await page.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(text)?.[1] ?? '';
  return {
    cookie,
    csrf,
    get: (path: string) => app.request(path, { headers: { cookie } }),
    post: (path: string, body: unknown) =>
      app.request(path, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify(body),
      }),
  };
}
