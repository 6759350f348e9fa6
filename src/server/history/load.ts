import type { Database } from '../db/database.js';
import type { Tx } from '../db/driver.js';
import { buildHistory, type ControlHistory, exceptionPeriods, ranksByControl } from './build.js';
import { HistoryCache } from './cache.js';
import { causesOf, controlDays, controlExceptions, knownControls } from './queries.js';
import type { DayWindow } from './window.js';

/** Reads and builds history inside an open organisation transaction. */
export async function historyIn(tx: Tx, window: DayWindow, control?: string): Promise<ControlHistory[]> {
  const days = await controlDays(tx, window, control);
  const periods = exceptionPeriods(await controlExceptions(tx, window, control), ranksByControl(days));
  const causes = await causesOf(
    tx,
    periods.map((period) => ({ run_pk: period.representative, control_id: period.controlId })),
  );
  const controls = control ? [control] : await knownControls(tx);
  return buildHistory(window, days, periods, causes, controls);
}

const cache = new HistoryCache();

/**
 * The history of one control, or of every control with data, for one organisation. Served from a cache keyed by
 * the ledger head (see `HistoryCache`); the head is read in the same transaction as a rebuild would be.
 */
export async function loadHistory(
  db: Database,
  orgId: string,
  window: DayWindow,
  control?: string,
): Promise<ControlHistory[]> {
  return db.withOrg(orgId, async (tx) => {
    const { rows } = await tx.query<{ head: number }>(
      'SELECT coalesce(max(seq), 0)::int AS head FROM ledger_entries WHERE org_id = $1',
      [orgId],
    );
    const key = `${orgId}|${rows[0]?.head ?? 0}|${window.from}|${window.to}|${control ?? ''}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const history = await historyIn(tx, window, control);
    cache.set(key, history);
    return history;
  });
}
