import type { CheckRun } from '../controls/runChecks.js';

/** The JSON report's format tag; bumped only on a breaking change. */
export const CHECK_REPORT_FORMAT = 'trustmap.check/v1';

/**
 * The stable JSON report: `{ format, generatedAt, summary, checks, results }`, documented in docs/checks.md.
 * @example JSON.parse(renderJson(run)).summary.byStatus.fail
 */
export function renderJson(run: CheckRun): string {
  const report = {
    format: CHECK_REPORT_FORMAT,
    generatedAt: run.generatedAt,
    summary: run.summary,
    checks: run.checks,
    results: run.results,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
