import type { JobsDb } from './db.js';
import { schemaName } from './db.js';
import type { JobQueue } from './queue/types.js';
import { nextRunAfter } from './schedule.js';

export interface AdmitOptions {
  /** Collect jobs one organisation may have queued or running at once. */
  perOrgLimit: number;
  /** Sources admitted per call at most. */
  batch?: number;
  now?: Date;
}

/**
 * The scheduler and the fairness rule in one step. Due sources wait in the `source` table (`next_run_at` in
 * the past), not in the queue; each call admits, per organisation, only as many as keep that organisation's
 * queued-or-running collect jobs at `perOrgLimit`, taking organisations' oldest due sources round by round.
 * The queue therefore never holds more than `perOrgLimit` jobs of one organisation, so one organisation with a
 * thousand due repositories delays another's job by at most `perOrgLimit` jobs per busy organisation, whatever
 * its backlog. Admitting and enqueueing happen in one transaction under an advisory lock: any number of
 * workers may call this; one admits at a time, and a crash admits nothing twice.
 * Missed runs coalesce: an admitted source's next run is its schedule's next time after now.
 * @returns how many sources were admitted
 */
export async function admitDueSources(
  db: JobsDb,
  schema: string,
  queue: JobQueue,
  options: AdmitOptions,
): Promise<number> {
  const s = schemaName(schema);
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    if (!(await queue.lockScheduler(tx))) return 0;
    const inFlight = await queue.inFlight(tx);
    // Rank due sources within their organisation; only the first perOrgLimit of each can be admitted now.
    const { rows } = await tx.query(
      `SELECT id, org_id, kind, schedule, rank FROM (
         SELECT id, org_id, kind, schedule, next_run_at,
           row_number() OVER (PARTITION BY org_id ORDER BY next_run_at, id) AS rank
         FROM ${s}.source WHERE enabled AND next_run_at <= $1
       ) due WHERE rank <= $2 ORDER BY rank, next_run_at, id LIMIT $3`,
      [now, options.perOrgLimit, (options.batch ?? 500) * 2],
    );
    let admitted = 0;
    for (const row of rows) {
      if (admitted >= (options.batch ?? 500)) break;
      const orgId = String(row.org_id);
      const id = String(row.id);
      if (inFlight.sources.has(id)) continue;
      const busy = inFlight.byOrg.get(orgId) ?? 0;
      if (busy >= options.perOrgLimit) continue;
      const kind = row.kind === 'repository' ? 'collect-repository' : 'collect-probe';
      await queue.send(kind, { orgId, sourceId: id }, { tx, sourceId: id });
      await tx.query(`UPDATE ${s}.source SET next_run_at = $2, last_enqueued_at = $3 WHERE id = $1`, [
        id,
        nextRunAfter(String(row.schedule), now),
        now,
      ]);
      inFlight.byOrg.set(orgId, busy + 1);
      admitted++;
    }
    return admitted;
  });
}
