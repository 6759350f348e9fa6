import { CONTROLS } from '../../controls/index.js';
import { type Cause, type DayStatus, RANK_STATUS } from '../push/derive.js';
import { type DayWindow, daysOf } from './window.js';

/** One stored control result: a control's worst status on a day, and why, from one run. */
export interface ControlDayRow {
  control_id: string;
  day: string;
  rank: number;
}

/** A non-passing control result with its run, for the exceptions list. */
export interface ExceptionRow {
  control_id: string;
  day: string;
  status_rank: number;
  causes: Cause[];
  run_id: string;
  repo: string;
  commit_sha: string | null;
}

/** A day the control did not operate as designed, with what caused it and where that is written. */
export interface ControlException {
  date: string;
  status: 'fail' | 'needs-evidence';
  causes: { checkId: string; severity: string; subject: string; message: string; sources: unknown[] }[];
  runs: { runId: string; repo: string; commit: string | null }[];
}

/** Days passing of days in window, and the rest. */
export interface OperatingSummary {
  daysInWindow: number;
  daysPassing: number;
  daysFailing: number;
  daysNeedsEvidence: number;
  daysNoData: number;
  /** daysPassing / daysInWindow, 0 to 1. */
  operatingRate: number;
}

export interface ControlHistory {
  controlId: string;
  title: string;
  days: { date: string; status: DayStatus }[];
  summary: OperatingSummary;
  exceptions: ControlException[];
  /** The latest day with data, and its status. */
  latest?: { date: string; status: DayStatus };
  /** When failing on the latest day with data: the first day of that unbroken failing streak. */
  failingSince?: string;
}

const TITLES = new Map(CONTROLS.map((control) => [control.id, control.title]));

/** The title of a control id from the catalog, or the id. */
export function controlTitle(id: string): string {
  return TITLES.get(id) ?? id;
}

/**
 * Per control, its status on every day of the window (`no-data` where no run said anything), the operating
 * summary, the exceptions with their causes and sources, and since when it fails. Pure.
 */
export function buildHistory(
  window: DayWindow,
  dayRows: readonly ControlDayRow[],
  exceptionRows: readonly ExceptionRow[],
  controls?: readonly string[],
): ControlHistory[] {
  const days = daysOf(window);
  const byControl = new Map<string, Map<string, number>>();
  for (const id of controls ?? []) byControl.set(id, new Map());
  for (const row of dayRows) {
    const map = byControl.get(row.control_id) ?? new Map<string, number>();
    map.set(row.day, Math.max(map.get(row.day) ?? 0, row.rank));
    byControl.set(row.control_id, map);
  }
  const exceptionsByControl = new Map<string, Map<string, ControlException>>();
  for (const row of exceptionRows) {
    const perDay = exceptionsByControl.get(row.control_id) ?? new Map<string, ControlException>();
    const status = row.status_rank >= 3 ? 'fail' : 'needs-evidence';
    const existing = perDay.get(row.day);
    const exception = existing ?? { date: row.day, status, causes: [], runs: [] };
    if (status === 'fail') exception.status = 'fail';
    for (const cause of row.causes)
      if (
        !exception.causes.some((known) => known.checkId === cause.checkId && known.subject === cause.subject)
      )
        exception.causes.push({
          checkId: cause.checkId,
          severity: cause.severity,
          subject: cause.subject,
          message: cause.message,
          sources: cause.sources,
        });
    exception.runs.push({ runId: row.run_id, repo: row.repo, commit: row.commit_sha });
    perDay.set(row.day, exception);
    exceptionsByControl.set(row.control_id, perDay);
  }
  return [...byControl.keys()].sort().map((controlId) => {
    const ranks = byControl.get(controlId) ?? new Map<string, number>();
    const timeline = days.map((date) => ({
      date,
      status: (RANK_STATUS[ranks.get(date) ?? 0] ?? 'no-data') as DayStatus,
    }));
    const count = (status: DayStatus) => timeline.filter((day) => day.status === status).length;
    const summary: OperatingSummary = {
      daysInWindow: timeline.length,
      daysPassing: count('pass'),
      daysFailing: count('fail'),
      daysNeedsEvidence: count('needs-evidence'),
      daysNoData: count('no-data'),
      operatingRate: timeline.length ? count('pass') / timeline.length : 0,
    };
    const withData = timeline.filter((day) => day.status !== 'no-data');
    const latest = withData.at(-1);
    let failingSince: string | undefined;
    if (latest?.status === 'fail') {
      failingSince = latest.date;
      for (let index = withData.length - 1; index >= 0 && withData[index]?.status === 'fail'; index--)
        failingSince = withData[index]?.date;
    }
    const exceptions = [...(exceptionsByControl.get(controlId)?.values() ?? [])].sort((a, b) =>
      a.date < b.date ? -1 : 1,
    );
    return {
      controlId,
      title: controlTitle(controlId),
      days: timeline,
      summary,
      exceptions,
      ...(latest ? { latest } : {}),
      ...(failingSince ? { failingSince } : {}),
    };
  });
}
