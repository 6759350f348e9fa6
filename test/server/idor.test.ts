// Every route the server registers (API and pages, from the app's own route table, so a new route is covered
// the day it is added) answers 404 to a member of one organisation who names another: by the other's slug, and,
// for routes with record ids, by the other's ids under their own slug. Nothing is stored by those calls.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exampleDir } from '../../src/paths.js';
import { buildPushPayload } from '../../src/server/push/buildPayload.js';
import { storeRun } from '../../src/server/push/store.js';
import { describeOnDatabases, openTestServer, seedOrg, signIn, type TestServer } from './harness.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const base = await buildPushPayload(exampleDir(), {
  now: NOW,
  env: {},
  discover: false,
  origin: { runId: 'b-run', repo: 'acme-ai', commit: 'a'.repeat(40) },
});

/** Routes with an organisation in their path, once per method and path. */
function orgRoutes(server: TestServer): { method: string; path: string }[] {
  const seen = new Map<string, { method: string; path: string }>();
  for (const route of server.app.routes)
    if (route.method !== 'ALL' && route.path.includes(':org'))
      seen.set(`${route.method} ${route.path}`, { method: route.method, path: route.path });
  return [...seen.values()];
}

await describeOnDatabases('IDOR over every route', (kind) => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof seedOrg>>;
  let b: Awaited<ReturnType<typeof seedOrg>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await openTestServer(kind, () => NOW);
    [a, b] = [await seedOrg(server, 'org-a'), await seedOrg(server, 'org-b')];
    await storeRun(server.deps, b.orgId, base);
    // Records of organisation b for the id-bearing routes: an audit with a request.
    const bOwner = await signIn(server.app, b.people.owner ?? '', b.password);
    const asB = (path: string, body: unknown) =>
      server.app.request(path, {
        method: 'POST',
        headers: { cookie: bOwner.cookie, 'x-csrf-token': bOwner.csrf, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const audit = await asB('/api/orgs/org-b/audits', {
      title: 'SOC 2',
      framework: 'soc2',
      kind: 'type-2',
      categories: ['security'],
      periodStart: '2026-09-01',
      periodEnd: '2026-11-26',
    });
    expect(audit.status).toBe(201);
    ids.id = ((await audit.json()) as { id: string }).id;
    const request = await asB(`/api/orgs/org-b/audits/${ids.id}/requests`, {
      ref: 'R-1',
      title: 'Access reviews',
      criteria: ['CC6.1'],
    });
    expect(request.status).toBe(201);
    ids.rid = ((await request.json()) as { id: string }).id;
  }, 120_000);
  afterAll(() => server?.close());

  it('answers 404, never the record, to another organisation’s member', async () => {
    const routes = orgRoutes(server);
    expect(routes.length).toBeGreaterThanOrEqual(40);
    const owner = await signIn(server.app, a.people.owner ?? '', a.password);
    const callers: { name: string; headers: Record<string, string> }[] = [
      {
        name: 'token',
        headers: { authorization: `Bearer ${a.tokens.both}`, 'content-type': 'application/json' },
      },
      {
        name: 'session',
        headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf, 'content-type': 'application/json' },
      },
    ];
    const fill = (path: string, org: string) =>
      path
        .replace(':org', org)
        .replace(':runId', 'b-run')
        .replace(':control', 'TM-TEN-03')
        .replace(':id', ids.id ?? '')
        .replace(':rid', ids.rid ?? '')
        .replace(':seq', '1')
        .replace(':kind', 'changes')
        .replace(':item', '1')
        .replace(/:action\{[^}]*\}/, 'approve');
    const wrong: string[] = [];
    let calls = 0;
    // b's slug; and, where the path has record ids, a's own slug with b's ids.
    for (const route of routes)
      for (const caller of callers)
        for (const org of ['org-b', 'org-a']) {
          if (org === 'org-a' && !/:(runId|id|rid|seq)\b/.test(route.path)) continue;
          const url = fill(route.path, org);
          const response = await server.app.request(url, {
            method: route.method,
            headers: caller.headers,
            ...(['POST', 'PUT'].includes(route.method)
              ? { body: JSON.stringify({ ...base, runId: 'idor' }) }
              : {}),
          });
          calls++;
          // Refused for role or scope before any look-up (a token on a page, a member on an admin route in their
          // own organisation) says nothing of b's records either; anything else must be 404.
          const refusedFirst =
            [401, 403].includes(response.status) &&
            ((caller.name === 'token' && !url.startsWith('/api/')) || org === 'org-a');
          const fine = response.status === 404 || refusedFirst;
          if (!fine) wrong.push(`${route.method} ${url} as ${caller.name}: ${response.status}`);
          await response.arrayBuffer();
        }
    expect(wrong).toEqual([]);
    expect(calls).toBeGreaterThan(routes.length);
    // Nothing was stored in either organisation by those calls.
    for (const org of [a, b]) {
      const runs = await server.db.withOrg(org.orgId, (tx) =>
        tx.query<{ run_id: string }>('SELECT run_id FROM runs'),
      );
      expect(runs.rows.map((row) => row.run_id)).toEqual(org === b ? ['b-run'] : []);
    }
  }, 240_000);
});
