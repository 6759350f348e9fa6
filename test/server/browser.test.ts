import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/server/demo/seedDemo.js';
import {
  browserSuite,
  chromiumAvailable,
  launchChromium,
  seriousViolations as violations,
  WCAG_AA,
} from '../helpers/browser.js';
import { openTestServer, type TestServer } from './harness.js';

const NOW = new Date('2026-11-26T12:00:00Z');

const seriousViolations = (page: Page) => violations(page, WCAG_AA);

describe.skipIf(!chromiumAvailable)(browserSuite('server pages'), () => {
  let server: TestServer;
  let http: ReturnType<typeof serve>;
  let base: string;
  let browser: Browser;
  let password: string;

  beforeAll(async () => {
    server = await openTestServer('pglite', () => NOW);
    const seeded = await seedDemo(server.deps, { now: NOW, days: 30 });
    password = seeded.password ?? '';
    http = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => http.once('listening', resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => http?.close(resolve));
    await server?.close();
  });

  async function signedIn(options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<Page> {
    // axe is injected as an inline script, which the server's CSP rightly forbids; the pages themselves use none.
    const context = await browser.newContext({
      bypassCSP: true,
      colorScheme: options.colorScheme ?? 'light',
      viewport: { width: options.width ?? 1200, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    await page.fill('#email', 'demo@acme-ai.example');
    await page.fill('#password', password);
    await page.click('button[type=submit]');
    await page.waitForURL(`${base}/orgs/acme-ai-demo`);
    return page;
  }

  it('signs in through the form; a wrong password is refused with a message, and the page passes axe', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill('#email', 'demo@acme-ai.example');
    await page.fill('#password', 'not the password');
    await page.click('button[type=submit]');
    expect(await page.locator('[role=alert]').textContent()).toContain('Wrong e-mail or password');
    await context.close();
  });

  it('shows the dashboard: demo banner, framework progress, failing controls with since-when, a chart, no serious axe violations', async () => {
    const page = await signedIn();
    expect(await page.locator('.banner').textContent()).toContain('Demo data');
    expect(await page.locator('#frameworks + .grid .card').count()).toBe(2);
    const failing = await page.locator('section[aria-labelledby=failing] li').allTextContents();
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.join('\n')).toMatch(/failing since 2026-11-\d\d/);
    expect(await page.locator('figure.chart svg[role=img]').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('is usable at phone width in dark mode', async () => {
    const page = await signedIn({ colorScheme: 'dark', width: 390 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 18, 18)');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows one control’s timeline with its exceptions and sources', async () => {
    const page = await signedIn();
    const link = page.locator('section[aria-labelledby=failing] li a').first();
    const control = (await link.textContent()) ?? '';
    await link.click();
    await page.waitForURL(new RegExp(`/controls/${control}`));
    expect(await page.locator('h1').textContent()).toContain(control);
    expect(await page.locator('figure.chart svg[role=img]').count()).toBe(1);
    expect(await page.locator('text=/days passing/').count()).toBeGreaterThan(0);
    const exceptions = await page.locator('h2:has-text("Exceptions") + div table tbody tr').count();
    expect(exceptions).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
