import { SEVERITIES } from '../core/contracts.js';
import type { Model } from '../model/index.js';
import type { CheckModule } from './check.js';
import { CHECKS } from './checks/index.js';
import { mergeCauses } from './mergeCauses.js';
import type { CheckResult, CheckStatus, Severity } from './types.js';
import { holdUnconfirmed } from './unconfirmed.js';

export { SEVERITIES } from '../core/contracts.js';
export const STATUSES: readonly CheckStatus[] = ['fail', 'needs-evidence', 'pass', 'not-applicable'];

export interface CheckSummary {
  total: number;
  byStatus: Record<CheckStatus, number>;
  /** Failing results only, by severity: the gaps. */
  failuresBySeverity: Record<Severity, number>;
}

/** What one evaluation produced. */
export interface CheckRun {
  results: CheckResult[];
  summary: CheckSummary;
  /** ISO time of the model's clock. */
  generatedAt: string;
  /** The checks that ran, for renderers that list rules. */
  checks: { id: string; title: string; controls: string[]; severity: Severity }[];
}

export interface RunOptions {
  /** Run only these check ids. */
  only?: string[];
  /** Use these checks instead of the built-in list. */
  checks?: readonly CheckModule[];
}

/** Counts results by status, and failing results by severity. */
export function summarize(results: readonly CheckResult[]): CheckSummary {
  const byStatus = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<CheckStatus, number>;
  const failuresBySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<
    Severity,
    number
  >;
  for (const result of results) {
    byStatus[result.status]++;
    if (result.status === 'fail') failuresBySeverity[result.severity]++;
  }
  return { total: results.length, byStatus, failuresBySeverity };
}

/**
 * Runs the checks over the model. Pure: same model, same results.
 * @example const run = runChecks(await assembleModel('.', { now })); run.summary.failuresBySeverity.high
 */
export function runChecks(model: Model, options: RunOptions = {}): CheckRun {
  const selected = (options.checks ?? CHECKS).filter(
    (check) => !options.only || options.only.includes(check.id),
  );
  const results = mergeCauses(
    holdUnconfirmed(
      model,
      selected.flatMap((check) => check.run(model)),
    ),
  );
  return {
    results,
    summary: summarize(results),
    generatedAt: model.now.toISOString(),
    checks: selected.map(({ id, title, controls, severity }) => ({ id, title, controls, severity })),
  };
}

/**
 * True when a failing result is at or above the threshold (`none` never fails).
 * @example failsThreshold(run.results, 'high')
 */
export function failsThreshold(results: readonly CheckResult[], threshold: Severity | 'none'): boolean {
  if (threshold === 'none') return false;
  const limit = SEVERITIES.indexOf(threshold);
  return results.some((result) => result.status === 'fail' && SEVERITIES.indexOf(result.severity) <= limit);
}
