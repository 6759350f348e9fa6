import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/server/demo/seedDemo.js';
import {
  browserSuite,
  chromiumAvailable,
  launchChromium,
  seriousViolations,
  WCAG_AA,
} from '../helpers/browser.js';
import { addUser, openServer, signIn } from './serverHarness.js';

const ORG = 'acme-ai-demo';
/** Screenshots stay here after the run, for a person to look at. */
const SHOTS = path.join(tmpdir(), 'trustmap-audit-shots');
describe.skipIf(!chromiumAvailable)(browserSuite('audit portal'), () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof openServer>>;
  let listener: ReturnType<typeof serve>;
  let url = '';
  let auditId = '';
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    server = await openServer(new Date('2026-12-10T12:00:00Z'));
    await seedDemo(server.deps, { now: new Date('2026-11-29T12:00:00Z'), days: 20 });
    await addUser(server.db, 'owner@acme.example', ORG, 'owner');
    await addUser(server.db, 'a@firm.example', ORG, 'auditor');
    const owner = await signIn(server.app, 'owner@acme.example');
    const created = await owner.post(`/api/orgs/${ORG}/audits`, {
      title: 'SOC 2 Type II 2026',
      framework: 'soc2',
      kind: 'type-2',
      periodStart: '2026-11-10',
      periodEnd: '2026-11-29',
      firm: 'Example Assurance LLP',
    });
    auditId = ((await created.json()) as { id: string }).id;
    await owner.post(`/api/orgs/${ORG}/audits/${auditId}/auditors`, { email: 'a@firm.example' });
    const auditor = await signIn(server.app, 'a@firm.example');
    await auditor.post(`/api/orgs/${ORG}/audits/${auditId}/requests`, {
      ref: 'PBC-1',
      title: 'Population of isolation probe runs <script>alert(1)</script>',
      criteria: ['CC6.1'],
      due: '2026-12-01',
    });
    await auditor.post(`/api/orgs/${ORG}/audits/${auditId}/requests`, {
      ref: 'PBC-2',
      title: 'Change listing',
      criteria: ['CC8.1'],
      due: '2026-12-20',
    });
    cookies.owner = owner.cookie.split('=')[1] as string;
    cookies.auditor = auditor.cookie.split('=')[1] as string;
    listener = await new Promise((resolve) => {
      const started = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
        resolve(started),
      );
    });
    url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
    browser = await launchChromium();
    await mkdir(SHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => listener?.close(resolve));
    await server?.close();
  });

  async function pageAs(who: 'owner' | 'auditor') {
    // The server's CSP forbids inline scripts (good); axe is injected as one, so the test context bypasses it.
    const context = await browser.newContext({ bypassCSP: true });
    await context.addCookies([{ name: 'tm_session', value: cookies[who] as string, url }]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // Browsers ask for /favicon.ico on their own; the server has none.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
        errors.push(message.text());
    });
    return { page, errors, close: () => context.close() };
  }

  const serious = (page: Page) => seriousViolations(page, WCAG_AA);

  it('the auditor draws a sample from the page, opens evidence, and every page passes axe', async () => {
    const { page, errors, close } = await pageAs('auditor');
    await page.goto(`${url}/orgs/${ORG}`);
    expect(page.url()).toBe(`${url}/orgs/${ORG}/audits`);
    expect(await serious(page)).toEqual([]);
    await page.click('text=SOC 2 Type II 2026');
    await page.selectOption('select[name=population]', 'probe-runs');
    await page.fill('input[name=size]', '2');
    await page.fill('input[name=seed]', 'fieldwork-1');
    await page.click('button:has-text("Draw")');
    await page.waitForURL(/#samples$/);
    expect(
      await page.locator('#samples ~ ul li, section[aria-labelledby=samples] li').first().textContent(),
    ).toContain('seed fieldwork-1');
    // The hostile request title is shown as text.
    expect(await page.locator('td', { hasText: '<script>alert(1)</script>' }).count()).toBe(1);
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'auditor-audit.png'), fullPage: true });
    await page.click('section[aria-labelledby=evidence] li a >> nth=0');
    expect(await page.locator('h1').textContent()).toMatch(/^Ledger entry #\d+$/);
    expect(await serious(page)).toEqual([]);
    // The package link answers with a zip.
    const response = await page.request.get(`${url}/api/orgs/${ORG}/audits/${auditId}/package`);
    expect(response.headers()['content-type']).toBe('application/zip');
    expect(errors).toEqual([]);
    await close();
  }, 120_000);

  it('the company sees what was asked and what is late', async () => {
    const { page, errors, close } = await pageAs('owner');
    await page.goto(`${url}/orgs/${ORG}/audits/${auditId}`);
    const summary = await page.locator('section[aria-labelledby=requests] p').first().textContent();
    expect(summary).toBe('2 requested; 1 late: PBC-1.');
    expect(await page.locator('tr', { hasText: 'PBC-1' }).first().textContent()).toContain('(late)');
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'company-audit.png'), fullPage: true });
    expect(errors).toEqual([]);
    await close();
  }, 60_000);
});
