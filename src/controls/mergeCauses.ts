import { SEVERITIES } from '../core/contracts.js';
import type { CheckResult } from './types.js';

/**
 * One cause, one gap. Failing results that name the same `cause` (an undeclared vendor seen by the drift, terms
 * and retention checks; an expired DPA seen by the terms and freshness checks) become one result: the most
 * severe (the first on a tie) keeps its message, and the others' messages become its `reasons`, their controls
 * and sources join its own. Results without a cause, and those that do not fail, pass through unchanged.
 * @example mergeCauses(results).filter((r) => r.status === 'fail').length // gaps, not repeats
 */
export function mergeCauses(results: readonly CheckResult[]): CheckResult[] {
  const rank = (result: CheckResult) => SEVERITIES.indexOf(result.severity);
  const groups = new Map<string, CheckResult[]>();
  for (const result of results) {
    if (result.status !== 'fail' || !result.cause) continue;
    const group = groups.get(result.cause);
    if (group) group.push(result);
    else groups.set(result.cause, [result]);
  }
  const merged = new Map<CheckResult, CheckResult>();
  const dropped = new Set<CheckResult>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const lead = group.reduce((best, next) => (rank(next) < rank(best) ? next : best));
    const others = group.filter((result) => result !== lead);
    for (const other of others) dropped.add(other);
    // Unknown only where every merged result is: one contradiction makes the gap a contradiction.
    const { unknown: _unknown, ...rest } = lead;
    merged.set(lead, {
      ...rest,
      ...(group.every((result) => result.unknown) ? { unknown: true as const } : {}),
      controls: [...new Set([...lead.controls, ...others.flatMap((result) => result.controls)])],
      sources: dedupe([...lead.sources, ...others.flatMap((result) => result.sources)]),
      reasons: [...(lead.reasons ?? []), ...others.map((result) => `${result.checkId}: ${result.message}`)],
      alsoChecks: [...new Set([...(lead.alsoChecks ?? []), ...others.map((result) => result.checkId)])],
    });
  }
  return results.filter((result) => !dropped.has(result)).map((result) => merged.get(result) ?? result);
}

function dedupe<T>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
