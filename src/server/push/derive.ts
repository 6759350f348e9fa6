import type { PushPayload } from './schema.js';

/** Day status ranks; a day's status is the worst rank of its runs. */
export const STATUS_RANK = { pass: 1, 'needs-evidence': 2, fail: 3 } as const;
export type DayStatus = keyof typeof STATUS_RANK | 'no-data';
export const RANK_STATUS: Record<number, DayStatus> = { 1: 'pass', 2: 'needs-evidence', 3: 'fail' };

/** Why a control did not pass in a run: the checks that said so. */
export interface Cause {
  checkId: string;
  status: 'fail' | 'needs-evidence';
  severity: string;
  subject: string;
  message: string;
  sources: unknown[];
}

const MAX_CAUSES = 20;

/**
 * Each control's status in one run: the worst of the results that name it (not-applicable results ignored),
 * with the failing or open results as causes. Pure.
 */
export function controlStatusesOf(
  payload: Pick<PushPayload, 'checkRun'>,
): Map<string, { rank: number; causes: Cause[] }> {
  const byControl = new Map<string, { rank: number; causes: Cause[] }>();
  for (const result of payload.checkRun.results) {
    if (result.status === 'not-applicable') continue;
    const rank = STATUS_RANK[result.status];
    for (const control of result.controls) {
      const entry = byControl.get(control) ?? { rank: 0, causes: [] };
      entry.rank = Math.max(entry.rank, rank);
      if (result.status !== 'pass' && entry.causes.length < MAX_CAUSES)
        entry.causes.push({
          checkId: result.checkId,
          status: result.status,
          severity: result.severity,
          subject: `${result.subject.kind}:${result.subject.id}`,
          message: result.message,
          sources: result.sources.slice(0, 5),
        });
      byControl.set(control, entry);
    }
  }
  return byControl;
}

type Subprocessor = PushPayload['subprocessors'][number];

/** Sub-processors added, removed or changed (terms, data classes) since the previous run. Pure. */
export function subprocessorChanges(
  previous: readonly Subprocessor[] | undefined,
  current: readonly Subprocessor[],
): { change: 'added' | 'removed' | 'changed'; subprocessor: string; detail: string }[] {
  if (!previous) return [];
  const before = new Map(previous.map((entry) => [entry.id, entry]));
  const after = new Map(current.map((entry) => [entry.id, entry]));
  const changes: { change: 'added' | 'removed' | 'changed'; subprocessor: string; detail: string }[] = [];
  for (const [id, entry] of after) {
    const old = before.get(id);
    if (!old) {
      changes.push({ change: 'added', subprocessor: id, detail: `${entry.vendor} ${entry.service} added` });
      continue;
    }
    const differences: string[] = [];
    if (old.training !== entry.training)
      differences.push(`training ${old.training ?? '?'} → ${entry.training ?? '?'}`);
    if (old.retention !== entry.retention)
      differences.push(`retention ${old.retention ?? '?'} → ${entry.retention ?? '?'}`);
    const oldClasses = [...old.dataClasses].sort().join(', ');
    const newClasses = [...entry.dataClasses].sort().join(', ');
    if (oldClasses !== newClasses) differences.push(`data classes [${oldClasses}] → [${newClasses}]`);
    if (differences.length)
      changes.push({ change: 'changed', subprocessor: id, detail: differences.join('; ') });
  }
  for (const [id, entry] of before)
    if (!after.has(id))
      changes.push({
        change: 'removed',
        subprocessor: id,
        detail: `${entry.vendor} ${entry.service} removed`,
      });
  return changes;
}

/** The day a run is evidence for: its effective date, else the UTC day it was collected. */
export function effectiveDayOf(payload: Pick<PushPayload, 'effectiveDate' | 'collectedAt'>): string {
  return payload.effectiveDate ?? new Date(payload.collectedAt).toISOString().slice(0, 10);
}
