import { describe, expect, it } from 'vitest';
import { buildHistory, exceptionPeriods, ranksByControl } from '../../src/server/history/build.js';
import { historyCsv } from '../../src/server/history/csv.js';
import { resolveWindow } from '../../src/server/history/window.js';

const window = { from: '2026-11-01', to: '2026-11-07' };
const days = [
  { control_id: 'TM-TEN-03', day: '2026-11-01', rank: 1 },
  { control_id: 'TM-TEN-03', day: '2026-11-02', rank: 3 },
  { control_id: 'TM-TEN-03', day: '2026-11-03', rank: 3 },
  // 11-04: no run. 11-05 fails for the same cause: still one period.
  { control_id: 'TM-TEN-03', day: '2026-11-05', rank: 3 },
  { control_id: 'TM-TEN-03', day: '2026-11-06', rank: 1 },
  { control_id: 'TM-TEN-03', day: '2026-11-07', rank: 3 },
];
const exceptions = days
  .filter((row) => row.rank === 3)
  .map((row) => ({
    control_id: row.control_id,
    day: row.day,
    status_rank: 3,
    cause_key: 'k',
    run_pk: `run-${row.day}`,
  }));
const cause = {
  checkId: 'probe-recent',
  status: 'fail' as const,
  severity: 'high',
  subject: 'component:db',
  message: '=HYPERLINK("x")',
  sources: [{ kind: 'map', pointer: 'components/db' }],
};

describe('history over a window (pure)', () => {
  const periods = exceptionPeriods(exceptions, ranksByControl(days));
  const causes = periods.map((period) => ({
    control_id: 'TM-TEN-03',
    run_pk: period.representative,
    causes: [cause],
    run_id: 'r',
    repo: 'acme',
    commit_sha: null,
  }));
  const [history] = buildHistory(window, days, periods, causes);

  it('gives every day a status, no data where no run spoke, and the operating summary', () => {
    expect(history?.days.map((day) => day.status)).toEqual([
      'pass',
      'fail',
      'fail',
      'no-data',
      'fail',
      'pass',
      'fail',
    ]);
    expect(history?.summary).toEqual({
      daysInWindow: 7,
      daysPassing: 2,
      daysFailing: 4,
      daysNeedsEvidence: 0,
      daysNoData: 1,
      operatingRate: 2 / 7,
    });
    expect(history?.failingSince).toBe('2026-11-07');
  });

  it('groups failing days into periods broken only by a passing day, with causes and sources', () => {
    expect(history?.exceptions.map(({ from, to, days: count, runs }) => ({ from, to, count, runs }))).toEqual(
      [
        { from: '2026-11-02', to: '2026-11-05', count: 3, runs: 3 },
        { from: '2026-11-07', to: '2026-11-07', count: 1, runs: 1 },
      ],
    );
    expect(history?.exceptions[0]?.causes[0]).toMatchObject({
      checkId: 'probe-recent',
      sources: [{ kind: 'map' }],
    });
  });

  it('writes CSV a spreadsheet will not execute', () => {
    const csv = historyCsv(history ? [history] : []);
    expect(csv).toContain(`2026-11-02,fail,probe-recent,"component:db: =HYPERLINK(""x"")",map components/db`);
  });

  it('bounds the window', () => {
    expect(resolveWindow({ days: 90 }, new Date('2026-11-26T12:00:00Z'))).toEqual({
      from: '2026-08-29',
      to: '2026-11-26',
    });
    expect(() => resolveWindow({ from: '2026-11-02', to: '2026-11-01' }, new Date())).toThrow(/after/);
    expect(() => resolveWindow({ from: '2020-01-01', to: '2026-01-01' }, new Date())).toThrow(/longer/);
    expect(() => resolveWindow({ to: '2026-02-30' }, new Date())).toThrow(/not a date/);
  });
});
