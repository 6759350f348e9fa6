import type { CheckResult } from '../controls/types.js';
import type { CategoryId, ReadinessGap } from './types.js';

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'info'] as const;

/** SOC 2 categories of each control id, from the control catalog's crosswalk. */
export type ControlCategories = ReadonlyMap<string, readonly CategoryId[]>;

/**
 * The category a failing check counts against: Security whenever one of its controls supports a common
 * criterion (those are in every report), otherwise the first other category it supports.
 */
function categoryOf(result: CheckResult, controls: ControlCategories): CategoryId {
  const categories = result.controls.flatMap((id) => controls.get(id) ?? []);
  if (categories.length === 0 || categories.includes('security')) return 'security';
  return categories[0]!;
}

/**
 * Readiness gaps from the check results, ordered by what blocks the audit: critical and high findings in an
 * included category first (Security before the others, failures before missing evidence), then the rest.
 * @example readinessGaps(results, new Set(['security']), controlCategories)[0].blocking // true
 */
export function readinessGaps(
  results: readonly CheckResult[],
  included: ReadonlySet<CategoryId>,
  controls: ControlCategories,
): ReadinessGap[] {
  const open = results
    .filter((result) => result.status === 'fail' || result.status === 'needs-evidence')
    .map((result) => {
      const category = categoryOf(result, controls);
      const serious = result.severity === 'critical' || result.severity === 'high';
      return { result, category, blocking: serious && included.has(category) };
    });
  open.sort(
    (a, b) =>
      Number(b.blocking) - Number(a.blocking) ||
      Number(b.category === 'security') - Number(a.category === 'security') ||
      SEVERITY_ORDER.indexOf(a.result.severity) - SEVERITY_ORDER.indexOf(b.result.severity) ||
      Number(b.result.status === 'fail') - Number(a.result.status === 'fail') ||
      a.result.checkId.localeCompare(b.result.checkId) ||
      a.result.subject.id.localeCompare(b.result.subject.id),
  );
  return open.map(({ result, category, blocking }, index) => ({
    rank: index + 1,
    blocking,
    checkId: result.checkId,
    status: result.status,
    severity: result.severity,
    category,
    subject: `${result.subject.kind} ${result.subject.id}`,
    message: result.message,
    ...(result.remediation ? { remediation: result.remediation } : {}),
    reason: blocking
      ? result.status === 'fail'
        ? `A ${result.severity} failure in ${category}: an auditor would report it as an exception, so fix it before the audit starts.`
        : `A ${result.severity} control in ${category} lacks evidence: the auditor will ask for it first.`
      : included.has(category)
        ? `A ${result.severity} finding: fix it during the window; it does not stop the audit from starting.`
        : `Counts against ${category}, which this report does not cover.`,
    sources: [
      {
        kind: 'check',
        checkId: result.checkId,
        status: result.status,
        subject: `${result.subject.kind} ${result.subject.id}`,
      },
      ...result.sources,
    ],
  }));
}
