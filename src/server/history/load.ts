import type { Database } from '../db/database.js';
import type { Tx } from '../db/driver.js';
import { buildHistory, type ControlHistory, exceptionPeriods, ranksByControl } from './build.js';
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

/** The history of one control, or of every control with data, for one organisation. */
export async function loadHistory(
  db: Database,
  orgId: string,
  window: DayWindow,
  control?: string,
): Promise<ControlHistory[]> {
  return db.withOrg(orgId, (tx) => historyIn(tx, window, control));
}
