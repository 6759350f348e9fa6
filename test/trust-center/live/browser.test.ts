import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSuite, chromiumAvailable, launchChromium, seriousViolations } from '../../helpers/browser.js';
import { type Live, startLive, Visitor } from './harness.js';

const SHOTS = path.join(tmpdir(), 'trustmap-trust-center-shots');
describe.skipIf(!chromiumAvailable)(browserSuite('the live trust center'), () => {
  let browser: Browser;
  let live: Live;
  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    live = await startLive();
    await live.push();
    const owner = new Visitor(live.url, { cookie: live.owner.cookie });
    await owner.post('/orgs/acme/trust-center/settings', {
      _csrf: live.owner.csrf,
      published: 'yes',
      blockFreeMail: 'yes',
      linkDays: '14',
      ndaVersion: '2',
      ndaText: 'Keep the documents confidential.\n\nUse them only to assess us as a vendor.',
    });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await live?.close();
  });

  it.each([
    [1280, 'light'],
    [1280, 'dark'],
    [390, 'light'],
    [390, 'dark'],
  ] as const)('public pages at %i px, %s: axe clean, no page-wide scroll', async (width, scheme) => {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      colorScheme: scheme,
      bypassCSP: true,
    });
    const page = await context.newPage();
    // axe is injected as a script; the server's CSP (rightly) forbids that, so the test context bypasses it.
    for (const name of [
      '',
      'ai-data-practices.html',
      'subprocessors.html',
      'controls.html',
      'documents.html',
      'request',
      'subscribe',
    ]) {
      const response = await page.goto(`${live.url}/t/acme/${name}`);
      expect(response?.status(), name).toBe(200);
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
        name,
      ).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page), name).toEqual([]);
      await page.screenshot({
        path: path.join(SHOTS, `live-${width}-${scheme}-${name.replace('.html', '') || 'index'}.png`),
        fullPage: true,
      });
    }
    await context.close();
  });

  it('request, approval and an expired link, as a buyer and an owner would click through them', async () => {
    const buyer = await browser.newContext({ viewport: { width: 390, height: 900 }, bypassCSP: true });
    const page = await buyer.newPage();
    await page.goto(`${live.url}/t/acme/documents.html`);
    await page.getByRole('link', { name: /Request access Penetration test summary/ }).click();
    await expect.poll(() => page.url()).toContain('/t/acme/request?documents=pentest-2026');
    expect(await page.getByLabel('Penetration test summary (2026)').isChecked()).toBe(true);
    await page.getByLabel('Your name', { exact: true }).fill('Ana Lima');
    await page.getByLabel('Work e-mail').fill('ana@globex.example');
    await page.getByLabel('Company', { exact: true }).fill('Globex');
    await page.getByLabel('Why you need them').fill('Vendor security review');
    await page.getByLabel(/I accept this NDA \(version 2\)/).check();
    await page.getByRole('button', { name: 'Request access' }).click();
    await page.getByRole('heading', { name: 'Request received' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'live-flow-1-requested.png'), fullPage: true });

    const ownerContext = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      bypassCSP: true,
    });
    const [name, value] = live.owner.cookie.split('=') as [string, string];
    await ownerContext.addCookies([{ name, value, url: live.url }]);
    const admin = await ownerContext.newPage();
    await admin.goto(`${live.url}/orgs/acme/trust-center`);
    expect(await admin.textContent('body')).toContain('NDA v2');
    await admin.screenshot({ path: path.join(SHOTS, 'live-flow-2-queue.png'), fullPage: true });
    const before = live.smtp.inbox.length;
    await admin.getByRole('button', { name: 'Approve ana@globex.example' }).click();
    await admin.waitForURL(`${live.url}/orgs/acme/trust-center`);
    const mail = live.smtp.inbox.slice(before).find((entry) => entry.to === 'ana@globex.example');
    const link = /http:\/\/[^\s]+\/t\/acme\/d\/[A-Za-z0-9_-]+/.exec(mail?.text ?? '')?.[0];
    expect(link).toBeDefined();

    await page.goto(link!);
    await page.getByRole('heading', { name: 'Your documents' }).waitFor();
    expect(await page.textContent('main')).toContain(
      'Shared with Ana Lima (ana@globex.example), Globex, under NDA version 2',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'live-flow-3-link.png'), fullPage: true });

    live.clock.now = new Date('2026-12-12T12:00:00Z');
    try {
      const expired = await page.goto(link!);
      expect(expired?.status()).toBe(410);
      await page.getByRole('heading', { name: 'This link has expired' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, 'live-flow-4-expired.png'), fullPage: true });
    } finally {
      live.clock.now = new Date('2026-11-26T12:00:00Z');
    }
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
    await buyer.close();
    await ownerContext.close();
  });
});
