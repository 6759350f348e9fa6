import { CONTROLS } from '../../controls/index.js';
import { type Cause, type DayStatus, RANK_STATUS } from '../push/derive.js';
import { type DayWindow, daysOf } from './window.js';

/** One stored control result: a control's worst status on a day, and why, from one run. */
export interface ControlDayRow {
  control_id: string;
  day: string;
  rank: number;
}

/** A non-passing control result, light: what grouping into exception periods needs. */
export interface ExceptionRow {
  control_id: string;
  day: string;
  status_rank: number;
  /** Hash of the causes: consecutive days with the same key and status form one period. */
  cause_key: string;
  run_pk: string;
}

/** The causes of one representative result of a period, and its run. */
export interface CauseRow {
  control_id: string;
  run_pk: string;
  causes: Cause[];
  run_id: string;
  repo: string;
  commit_sha: string | null;
}

/**
 * A period in which the control did not operate as designed for the same causes: its first and last day, how
 * many days it covers, what caused it and where that is written, and the runs that saw it.
 */
export interface ControlException {
  from: string;
  to: string;
  /** Days in the period with this status (days without data in between are not counted). */
  days: number;
  status: 'fail' | 'needs-evidence';
  causes: { checkId: string; severity: string; subject: string; message: string; sources: unknown[] }[];
  /** Runs that saw it, and the latest of them. */
  runs: number;
  lastRun?: { runId: string; repo: string; commit: string | null };
}

/** A period being built, with the row whose causes will describe it. */
export interface PeriodDraft {
  controlId: string;
  from: string;
  to: string;
  days: Set<string>;
  status: 'fail' | 'needs-evidence';
  key: string;
  runs: number;
  representative: string;
}

/**
 * Groups non-passing results into periods: same control, status and causes, with no passing day in between.
 * Pure; returns the drafts and the (run, control) pairs whose causes describe them.
 */
export function exceptionPeriods(
  rows: readonly ExceptionRow[],
  dayRanks: ReadonlyMap<string, ReadonlyMap<string, number>>,
): PeriodDraft[] {
  const sorted = [...rows].sort((a, b) =>
    a.control_id < b.control_id
      ? -1
      : a.control_id > b.control_id
        ? 1
        : a.day < b.day
          ? -1
          : a.day > b.day
            ? 1
            : 0,
  );
  const periods: PeriodDraft[] = [];
  const open = new Map<string, PeriodDraft>();
  // Per control, its passing days in order: a binary search tells whether one lies between two days.
  const passDays = new Map<string, string[]>();
  for (const [control, ranks] of dayRanks)
    passDays.set(
      control,
      [...ranks.entries()]
        .filter(([, rank]) => rank === 1)
        .map(([day]) => day)
        .sort(),
    );
  for (const row of sorted) {
    const status = row.status_rank >= 3 ? 'fail' : 'needs-evidence';
    const key = `${row.control_id}|${status}|${row.cause_key}`;
    const current = open.get(key);
    // A day in between where the control passed (its worst status was pass) ends the period.
    const broken =
      current !== undefined && passBetween(passDays.get(row.control_id) ?? [], current.to, row.day);
    if (current && !broken) {
      current.to = row.day;
      current.days.add(row.day);
      current.runs++;
      current.representative = row.run_pk;
      continue;
    }
    const draft: PeriodDraft = {
      controlId: row.control_id,
      from: row.day,
      to: row.day,
      days: new Set([row.day]),
      status,
      key,
      runs: 1,
      representative: row.run_pk,
    };
    open.set(key, draft);
    periods.push(draft);
  }
  return periods;
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

/** True when a day strictly between `after` and `before` is in the sorted list. */
function passBetween(sortedDays: readonly string[], after: string, before: string): boolean {
  let low = 0;
  let high = sortedDays.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sortedDays[middle] ?? '') <= after) low = middle + 1;
    else high = middle;
  }
  const next = sortedDays[low];
  return next !== undefined && next < before;
}

/** Each control's worst status rank per day. */
export function ranksByControl(dayRows: readonly ControlDayRow[]): Map<string, Map<string, number>> {
  const byControl = new Map<string, Map<string, number>>();
  for (const row of dayRows) {
    const map = byControl.get(row.control_id) ?? new Map<string, number>();
    map.set(row.day, Math.max(map.get(row.day) ?? 0, row.rank));
    byControl.set(row.control_id, map);
  }
  return byControl;
}

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
  periods: readonly PeriodDraft[],
  causes: readonly CauseRow[],
  controls?: readonly string[],
): ControlHistory[] {
  const days = daysOf(window);
  const byControl = ranksByControl(dayRows);
  for (const id of controls ?? []) if (!byControl.has(id)) byControl.set(id, new Map());
  const causeOf = new Map(causes.map((row) => [`${row.run_pk}|${row.control_id}`, row]));
  const exceptionsByControl = new Map<string, ControlException[]>();
  for (const period of periods) {
    const described = causeOf.get(`${period.representative}|${period.controlId}`);
    const list = exceptionsByControl.get(period.controlId) ?? [];
    list.push({
      from: period.from,
      to: period.to,
      days: period.days.size,
      status: period.status,
      causes: (described?.causes ?? []).map(({ checkId, severity, subject, message, sources }) => ({
        checkId,
        severity,
        subject,
        message,
        sources,
      })),
      runs: period.runs,
      ...(described
        ? { lastRun: { runId: described.run_id, repo: described.repo, commit: described.commit_sha } }
        : {}),
    });
    exceptionsByControl.set(period.controlId, list);
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
    const exceptions = (exceptionsByControl.get(controlId) ?? []).sort((a, b) => (a.from < b.from ? -1 : 1));
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
