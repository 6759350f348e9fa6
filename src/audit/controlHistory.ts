import type { CheckResult, SourceRef } from '../core/contracts.js';
import { checkResultsOf } from './payloads.js';
import {
  type AuditWindow,
  dayOf,
  daysOf,
  inChainOrder,
  inWindow,
  type LedgerRecord,
  ledgerRef,
} from './records.js';

/** A control's status on one day; `no-data` when no check run applies to that day. */
export type DayStatus = 'pass' | 'fail' | 'needs-evidence' | 'not-applicable' | 'no-data';

export interface ControlDay {
  day: string;
  status: DayStatus;
  /** The check run the status comes from (the last one of that day). */
  source?: SourceRef;
}

/** One failing result over consecutive or scattered days: what an auditor lists as an exception. */
export interface ControlException {
  checkId: string;
  subject: string;
  message: string;
  firstDay: string;
  lastDay: string;
  days: number;
  /** The ledger entries of the first and the last failing day. */
  sources: SourceRef[];
}

export interface ControlHistory {
  controlId: string;
  days: ControlDay[];
  exceptions: ControlException[];
  summary: {
    passing: number;
    failing: number;
    needsEvidence: number;
    notApplicable: number;
    noData: number;
    total: number;
  };
}

/** The last check run of each day of the window, by day. */
export function runsByDay(
  records: readonly LedgerRecord[],
  window: AuditWindow,
): Map<string, { record: LedgerRecord; results: CheckResult[] }> {
  const byDay = new Map<string, { record: LedgerRecord; results: CheckResult[] }>();
  for (const record of inChainOrder(records))
    if (record.kind === 'check-run' && inWindow(record, window))
      byDay.set(dayOf(record.effectiveAt), { record, results: checkResultsOf(record.payload) });
  return byDay;
}

/** A control's status in one run: any failure fails it; else any pass passes it; else it needs evidence. */
export function controlStatus(results: readonly CheckResult[], controlId: string): DayStatus {
  const mine = results.filter((result) => result.controls.includes(controlId));
  if (mine.some((result) => result.status === 'fail')) return 'fail';
  if (mine.some((result) => result.status === 'pass')) return 'pass';
  if (mine.some((result) => result.status === 'needs-evidence')) return 'needs-evidence';
  return mine.length > 0 ? 'not-applicable' : 'no-data';
}

/**
 * Each control's status on every day of the window, its exceptions and an operating summary, from the check
 * runs in the ledger (pure).
 * @example controlHistories(records, window, ['TM-VEND-01'])[0].summary.passing
 */
export function controlHistories(
  records: readonly LedgerRecord[],
  window: AuditWindow,
  controlIds: readonly string[],
): ControlHistory[] {
  const byDay = runsByDay(records, window);
  const days = daysOf(window);
  return controlIds.map((controlId) => {
    const exceptions = new Map<string, ControlException>();
    const history: ControlDay[] = days.map((day) => {
      const run = byDay.get(day);
      if (!run) return { day, status: 'no-data' };
      const source = ledgerRef(run.record);
      for (const result of run.results) {
        if (result.status !== 'fail' || !result.controls.includes(controlId)) continue;
        const key = `${result.checkId}\u0000${result.subject.kind}:${result.subject.id}\u0000${result.message}`;
        const known = exceptions.get(key);
        if (known) {
          known.lastDay = day;
          known.days += 1;
          known.sources = [known.sources[0] as SourceRef, source];
        } else
          exceptions.set(key, {
            checkId: result.checkId,
            subject: `${result.subject.kind} ${result.subject.id}`,
            message: result.message,
            firstDay: day,
            lastDay: day,
            days: 1,
            sources: [source],
          });
      }
      return { day, status: controlStatus(run.results, controlId), source };
    });
    const count = (status: DayStatus) => history.filter((entry) => entry.status === status).length;
    return {
      controlId,
      days: history,
      exceptions: [...exceptions.values()],
      summary: {
        passing: count('pass'),
        failing: count('fail'),
        needsEvidence: count('needs-evidence'),
        notApplicable: count('not-applicable'),
        noData: count('no-data'),
        total: history.length,
      },
    };
  });
}
