import type { Database } from '../db/database.js';
import { buildHistory, type ControlHistory } from './build.js';
import { controlDays, controlExceptions, knownControls } from './queries.js';
import type { DayWindow } from './window.js';

/** The history of one control, or of every control with data, for one organisation. */
export async function loadHistory(
  db: Database,
  orgId: string,
  window: DayWindow,
  control?: string,
): Promise<ControlHistory[]> {
  return db.withOrg(orgId, async (tx) => {
    const [days, exceptions, controls] = await Promise.all([
      controlDays(tx, window, control),
      controlExceptions(tx, window, control),
      control ? Promise.resolve([control]) : knownControls(tx),
    ]);
    return buildHistory(window, days, exceptions, controls);
  });
}
