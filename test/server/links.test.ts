// Every link a person can follow from the pages they see resolves: the server is crawled from `/` as each role
// (owner, auditor, viewer) of the seeded demo organisation with an audit in progress, following same-origin GET
// links breadth-first. A dead link (404) or a server error (5xx) names the page it was on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/server/demo/seedDemo.js';
import { addUser, openServer, signIn } from '../audit/serverHarness.js';

const NOW = new Date('2026-11-30T12:00:00Z');
const ORG = 'acme-ai-demo';
const MAX_PAGES = 400;

/** Same-origin paths linked from an HTML page (anchors only: forms post, and assets are checked by the browser test). */
function linksOf(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
    const href = (match[1] ?? '').replaceAll('&amp;', '&');
    if (href.startsWith('/') && !href.startsWith('//')) found.push(href.split('#')[0] ?? href);
  }
  return found;
}

describe('links on every page resolve', () => {
  let server: Awaited<ReturnType<typeof openServer>>;

  beforeAll(async () => {
    server = await openServer(NOW);
    await seedDemo(server.deps, { now: new Date('2026-11-29T12:00:00Z'), days: 7 });
    for (const role of ['owner', 'auditor', 'viewer', 'admin'] as const)
      await addUser(server.db, `${role}@acme.example`, ORG, role);
    const owner = await signIn(server.app, 'owner@acme.example');
    const created = await owner.post(`/api/orgs/${ORG}/audits`, {
      title: 'SOC 2 Type II 2026',
      framework: 'soc2',
      kind: 'type-2',
      categories: ['security'],
      periodStart: '2026-11-01',
      periodEnd: '2026-11-29',
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(
      (await owner.post(`/api/orgs/${ORG}/audits/${id}/auditors`, { email: 'auditor@acme.example' })).status,
    ).toBe(201);
  }, 120_000);
  afterAll(() => server?.close());

  for (const role of ['owner', 'admin', 'auditor', 'viewer'] as const)
    it(`as ${role}`, async () => {
      const person = await signIn(server.app, `${role}@acme.example`);
      const seen = new Map<string, string>([['/', '(start)']]);
      const queue = ['/'];
      const broken: string[] = [];
      while (queue.length && seen.size < MAX_PAGES) {
        const path = queue.shift() as string;
        const response = await person.get(path);
        if (response.status === 404 || response.status >= 500)
          broken.push(`${path} → ${response.status} (linked from ${seen.get(path)})`);
        const location = response.headers.get('location');
        if (location?.startsWith('/') && !seen.has(location)) {
          seen.set(location, path);
          queue.push(location);
        }
        if (!(response.headers.get('content-type') ?? '').includes('text/html')) {
          await response.arrayBuffer();
          continue;
        }
        for (const link of linksOf(await response.text()))
          if (!seen.has(link)) {
            seen.set(link, path);
            queue.push(link);
          }
      }
      expect(broken).toEqual([]);
      // The crawl reached more than the landing page.
      expect(seen.size).toBeGreaterThan(5);
    }, 120_000);
});
