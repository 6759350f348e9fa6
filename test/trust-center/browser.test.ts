import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTrustCenter, publishTrustCenter, writeTrustCenter } from '../../src/trust-center/index.js';
import {
  browserSuite,
  chromiumAvailable,
  launchChromium,
  seriousViolations,
  WCAG_AA,
  watchPage,
} from '../helpers/browser.js';
import { ROOT } from '../helpers/runCli.js';
import { tempTree } from '../helpers/tempTree.js';
import { companyMap, modelOf, probeOf, resultsFor } from './fixtures.js';

const PAGES = [
  'index.html',
  'ai-data-practices.html',
  'subprocessors.html',
  'controls.html',
  'documents.html',
  'contact.html',
];
/** Screenshots stay here after the run, for a person to look at. */
const SHOTS = path.join(tmpdir(), 'trustmap-trust-center-shots');

describe.skipIf(!chromiumAvailable)(browserSuite('trust center'), () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    await mkdir(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function buildSite(allowUnverified: boolean, overrides: Parameters<typeof resultsFor>[1] = {}) {
    const dir = await tempTree();
    const model = modelOf(companyMap(), { probes: [probeOf('db', 'pass', '2026-11-20T10:00:00Z')] });
    const logo = await readFile(path.join(import.meta.dirname, 'logo.svg'));
    const site = buildTrustCenter(model, resultsFor('pass', overrides), {
      allowUnverified,
      logo: { name: 'logo.svg', bytes: logo },
      documents: {
        'security-policy': { name: 'policy.md', bytes: new TextEncoder().encode('# Policy\n') },
      },
      controls: [
        { id: 'TM-DATA-01', title: 'Customer data does not train models without opt-in' },
        { id: 'TM-TEN-02', title: 'Vector stores segregate tenants in the datastore' },
        { id: 'TM-VEND-01', title: 'AI vendors are under DPA and zero retention' },
        { id: 'TM-GOV-01', title: 'AI policy approved by leadership' },
      ],
    });
    await writeTrustCenter(path.join(dir, 'site'), site);
    return path.join(dir, 'site');
  }

  it.each([
    ['all claims verified', false, {}],
    ['a failing claim published as not met', true, { 'no-training-on-customer-data': 'fail' as const }],
  ])(
    '%s: every page loads from file:// without console errors and passes axe (no serious or critical)',
    async (_label, allow, overrides) => {
      const site = await buildSite(allow, overrides);
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      // axe itself re-fetches stylesheets with XHR, which file:// forbids; only the page's own errors count.
      const { errors, audit } = watchPage(page, { failedRequests: true });
      for (const name of PAGES) {
        await page.goto(pathToFileURL(path.join(site, name)).href, { waitUntil: 'load' });
        expect(await page.locator('h1').count(), name).toBe(1);
        expect(await page.locator('main').count(), name).toBe(1);
        // Evaluated over the DevTools protocol, which the page's own CSP (no scripts) does not govern.
        expect(await audit(WCAG_AA), name).toEqual([]);
        await page.screenshot({
          path: path.join(SHOTS, `${allow ? 'unverified' : 'verified'}-${name.replace('.html', '')}.png`),
          fullPage: true,
        });
      }
      // the logo and stylesheet loaded (no failed requests, and the image has a size)
      await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
      expect(
        await page.locator('.brand img').evaluate((image) => (image as HTMLImageElement).naturalWidth),
      ).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      if (allow) expect(await page.locator('#claim-no-training').textContent()).toContain('Not met');
      await page.close();
    },
  );

  it('examples/acme-ai, built with the real checks: no console errors, no serious axe violations', async () => {
    const dir = await tempTree();
    const { index } = await publishTrustCenter(path.join(ROOT, 'examples/acme-ai'), {
      out: path.join(dir, 'site'),
      allowUnverified: true,
      now: new Date('2026-11-26T12:00:00Z'),
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const { errors, audit } = watchPage(page);
    for (const name of PAGES) {
      await page.goto(pathToFileURL(path.join(path.dirname(index), name)).href);
      // Evaluated over the DevTools protocol, which the page's own CSP (no scripts) does not govern.
      expect(await audit(), name).toEqual([]);
      await page.screenshot({
        path: path.join(SHOTS, `acme-${name.replace('.html', '')}.png`),
        fullPage: true,
      });
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    [390, 'light'],
    [390, 'dark'],
    [1280, 'dark'],
  ] as const)(
    'at %i px in %s mode: no page-wide horizontal scroll, tables stacked or scrolling with a cue, axe clean',
    async (width, scheme) => {
      const site = await buildSite(false);
      const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
      for (const name of [...PAGES, 'documents/security-policy.html']) {
        await page.goto(pathToFileURL(path.join(site, name)).href);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, name).toBeLessThanOrEqual(0);
        // every table fits inside its box: no cell cut off out of sight
        const hidden = await page.evaluate(
          () =>
            Array.from(document.querySelectorAll('.table-wrap')).filter(
              (box) => box.scrollWidth > box.clientWidth + 1,
            ).length,
        );
        expect(hidden, name).toBe(0);
        if (width === 390) {
          // stacked rows: each cell is labelled by its column
          const label = await page.evaluate(() => {
            const cell = document.querySelector('table.stack td');
            return cell ? getComputedStyle(cell, '::before').content : 'none-needed';
          });
          expect(label, name).not.toBe('none');
        }
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background, name).toBe(scheme === 'dark' ? 'rgb(18, 22, 31)' : 'rgb(255, 255, 255)');
        // Evaluated over the DevTools protocol, which the page's own CSP (no scripts) does not govern.
        expect(await seriousViolations(page), name).toEqual([]);
        await page.screenshot({
          path: path.join(SHOTS, `${width}-${scheme}-${name.replace(/\//g, '_').replace('.html', '')}.png`),
          fullPage: true,
        });
      }
      await page.close();
    },
  );

  it('shows hostile map strings as text: no injected element, no dialog', async () => {
    const map = companyMap();
    const evil = '<script>alert(1)</script>"><img src=x onerror=alert(1)>';
    map.organization.name = `Evil ${evil}`;
    map.subprocessors![0]!.vendor = evil;
    map.dataClasses![0]!.name = evil;
    const dir = await tempTree();
    map.evidence!.push({ id: 'evil-doc', title: evil, path: 'evil.md', visibility: 'public' });
    const markdown = `# ${evil}\n\n[click](javascript:alert(1)) <iframe src="javascript:alert(1)"></iframe>\n`;
    await writeTrustCenter(
      path.join(dir, 'site'),
      buildTrustCenter(modelOf(map), resultsFor('pass'), {
        documents: { 'evil-doc': { name: 'evil.md', bytes: new TextEncoder().encode(markdown) } },
      }),
    );
    const page = await browser.newPage();
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs++;
      await dialog.dismiss();
    });
    for (const name of [...PAGES, 'documents/evil-doc.html']) {
      await page.goto(pathToFileURL(path.join(dir, 'site', name)).href);
      expect(await page.locator('script, iframe, img[src="x"], [onerror]').count(), name).toBe(0);
      expect(await page.locator('body').textContent(), name).toContain('<script>alert(1)</script>');
      const links = await page
        .locator('a[href]')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      expect(
        links.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href)),
        name,
      ).toEqual([]);
    }
    expect(dialogs).toBe(0);
    await page.close();
  });
});
