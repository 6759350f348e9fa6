// Headless Chromium for the browser tests (Debian's package, driven by playwright-core) and axe for accessibility.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Chromium is installed. Under CI=true a missing Chromium fails the run instead of skipping the suites. */
export const chromiumAvailable = existsSync(CHROMIUM);
if (!chromiumAvailable && process.env.CI === 'true')
  throw new Error(
    `${CHROMIUM} is missing: install Debian's chromium package (.ci/run does) to run the browser tests`,
  );

/** A suite title that says where Chromium is, or why the suite is skipped. */
export function browserSuite(what: string): string {
  return `${what} in headless Chromium (${chromiumAvailable ? CHROMIUM : `skipped: ${CHROMIUM} is not installed; apt-get install chromium`})`;
}

/** Starts Chromium headless, without the background traffic a test has no use for. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.0/2.1 A and AA rules and axe's best practices. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * The serious and critical axe violations on the page, one line each (rule, help, first targets): `[]` is the
 * pass. `tags` limits the rules (e.g. {@link WCAG_AA}); by default axe runs all of its rules.
 */
export async function seriousViolations(page: Page, tags?: readonly string[]): Promise<string[]> {
  await page.evaluate(await axeSource);
  const violations = (await page.evaluate(async (only) => {
    const axe = (
      globalThis as unknown as { axe: { run: (options: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(only ? { runOnly: { type: 'tag', values: only } } : {})).violations;
  }, tags)) as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} ${violation.help} ${JSON.stringify(violation.nodes.slice(0, 3).map((node) => node.target))}`,
    );
}

/**
 * Collects the page's own errors (console errors, uncaught exceptions and, with `failedRequests`, failed loads).
 * `audit` runs {@link seriousViolations} without counting what axe itself causes (it re-fetches stylesheets,
 * which file:// pages refuse).
 */
export function watchPage(page: Page, options: { failedRequests?: boolean } = {}) {
  const errors: string[] = [];
  let auditing = false;
  page.on('console', (message) => {
    if (message.type() === 'error' && !auditing) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  if (options.failedRequests)
    page.on('requestfailed', (request) => {
      if (!auditing) errors.push(`failed to load ${request.url()}`);
    });
  return {
    errors,
    async audit(tags?: readonly string[]): Promise<string[]> {
      auditing = true;
      try {
        return await seriousViolations(page, tags);
      } finally {
        auditing = false;
      }
    },
  };
}
