import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLogger } from '../../src/jobs/index.js';
import { createUser } from '../../src/server/admin/accounts.js';
import { type RunningServer, resolveServerConfig, startServer } from '../../src/server/index.js';
import { type ServerJobs, startServerJobs } from '../../src/server/modules/jobs/start.js';
import { gitRepository, SMALL_REPO } from './setup.js';

/** A signed-in person: the session cookie and the CSRF token the pages carry. */
async function signIn(
  server: RunningServer,
  email: string,
  password: string,
): Promise<{ cookie: string; csrf: string }> {
  const form = await fetch(`${server.url}/login`);
  const loginCsrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
  const loginCookie = form.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const signedIn = await fetch(`${server.url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: loginCookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password, _csrf: loginCsrf, next: '/' }),
  });
  const cookie = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const page = await fetch(`${server.url}/orgs/acme/jobs`, { headers: { cookie } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  return { cookie, csrf };
}

describe('the jobs server module on the embedded PGlite', () => {
  let server: RunningServer;
  let jobs: ServerJobs;
  let repoRoot: string;
  const saved = process.env.TRUSTMAP_REPOSITORY_ROOTS;
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'trustmap-jobs-server-'));
    const dataDir = path.join(scratch, 'data');
    server = await startServer(resolveServerConfig({ port: 0, dataDir }), {
      env: { TRUSTMAP_SIGNING_KEY: undefined },
    });
    jobs = await startServerJobs(server.deps, {
      env: {},
      work: true,
      tickMs: 3_600_000,
      cacheDir: path.join(scratch, 'cache'),
      log: jsonLogger(() => undefined),
    });
    await createUser(server.deps.db, {
      email: 'owner@acme.test',
      org: 'acme',
      role: 'owner',
      password: 'correct horse battery',
    });
    await createUser(server.deps.db, {
      email: 'owner@other.test',
      org: 'other',
      role: 'owner',
      password: 'correct horse battery',
    });
  });
  afterAll(async () => {
    process.env.TRUSTMAP_REPOSITORY_ROOTS = saved;
    await jobs?.stop();
    await server?.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('collects a registered repository on demand into the ledger, and shows it on the admin page and /metrics', async () => {
    const repo = await gitRepository(SMALL_REPO);
    repoRoot = repo.slice(0, repo.lastIndexOf('/'));
    process.env.TRUSTMAP_REPOSITORY_ROOTS = repoRoot;
    const owner = await signIn(server, 'owner@acme.test', 'correct horse battery');
    const headers = { cookie: owner.cookie, 'x-csrf-token': owner.csrf, 'content-type': 'application/json' };
    const created = await fetch(`${server.url}/api/orgs/acme/sources`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        name: 'api',
        source: { kind: 'repository', config: { url: repo, branch: 'main' } },
      }),
    });
    expect(created.status).toBe(201);
    const { source } = (await created.json()) as { source: { id: string; schedule: string } };
    expect(source.schedule).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(
      (await fetch(`${server.url}/api/orgs/acme/sources/${source.id}/run`, { method: 'POST', headers }))
        .status,
    ).toBe(202);
    expect(await jobs.tick!()).toBeGreaterThanOrEqual(1);

    const entries = await server.deps.db.withOwner((tx) =>
      tx.query<{ record_type: string; record_id: string }>(
        'SELECT record_type, record_id FROM ledger_entries ORDER BY seq',
      ),
    );
    // Stored like a pushed run: one entry for the run with its evidence metadata, and the rows history reads.
    expect(entries.rows.map((row) => row.record_type)).toEqual(['run']);
    const evidence = await server.deps.db.withOwner((tx) =>
      tx.query<{ n: number }>('SELECT count(*)::int AS n FROM evidence_items'),
    );
    expect(evidence.rows[0]?.n).toBeGreaterThan(0);
    expect(entries.rows[0]!.record_id).toMatch(/^collected-[0-9a-f-]{36}$/);
    const runs = await server.deps.db.withOwner((tx) =>
      tx.query<{ repo: string; branch: string }>('SELECT repo, branch FROM runs'),
    );
    expect(runs.rows).toEqual([{ repo: 'api', branch: 'main' }]);

    const page = await (
      await fetch(`${server.url}/orgs/acme/jobs`, { headers: { cookie: owner.cookie } })
    ).text();
    expect(page).toContain('<td>api</td><td>repository</td>');
    expect(page).toMatch(/<td>fail at \d{4}-\d\d-\d\d/);
    expect(page).toContain('<td>collect-repository</td><td>1</td>');

    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toContain('trustmap_job_duration_seconds_count{kind="collect-repository"} 1');
    expect(metrics).toContain('# TYPE trustmap_jobs_queue_depth gauge');
  });

  it('refuses credentials in URLs and local paths outside the allowed roots, and keeps sources per organisation', async () => {
    const owner = await signIn(server, 'owner@acme.test', 'correct horse battery');
    const headers = { cookie: owner.cookie, 'x-csrf-token': owner.csrf, 'content-type': 'application/json' };
    const post = (config: object) =>
      fetch(`${server.url}/api/orgs/acme/sources`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'bad', source: { kind: 'repository', config } }),
      });
    const withToken = await post({ url: 'https://user:ghp_secret@github.com/acme/app.git', branch: 'main' });
    expect(withToken.status).toBe(400);
    expect(await withToken.text()).not.toContain('ghp_secret');
    expect((await post({ url: '/etc', branch: 'main' })).status).toBe(400);
    const secretValue = await fetch(`${server.url}/api/orgs/acme/sources`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        name: 'db',
        source: {
          kind: 'postgres',
          config: {
            urlEnv: 'postgres://app:pw@db/x',
            probe: {
              tables: ['t'],
              tenantColumn: 'tenant_id',
              tenantContext: { kind: 'setting', name: 'app.tenant' },
            },
          },
        },
      }),
    });
    expect(secretValue.status).toBe(400);

    const channel = (webhookUrl: string) =>
      fetch(`${server.url}/api/orgs/acme/channel`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ webhookUrl }),
      });
    expect((await channel('http://10.0.0.1/hook')).status).toBe(400);
    expect((await channel('https://hooks.acme.test/trustmap')).status).toBe(200);

    // In the OpenAPI description, so the server's own checks (another organisation's ids: 404) cover them.
    const spec = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, object>;
    };
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/orgs/{org}/sources', '/api/orgs/{org}/sources/{id}/run']),
    );

    const other = await signIn(server, 'owner@other.test', 'correct horse battery');
    const theirs = await fetch(`${server.url}/api/orgs/other/sources`, { headers: { cookie: other.cookie } });
    expect(await theirs.json()).toEqual({ sources: [] });
    expect(
      (await fetch(`${server.url}/api/orgs/acme/sources`, { headers: { cookie: other.cookie } })).status,
    ).toBe(404);
  });
});
