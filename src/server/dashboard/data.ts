import type { Database } from '../db/database.js';
import { readEntries } from '../db/ledgerStore.js';
import type { ControlHistory } from '../history/build.js';
import { historyIn } from '../history/load.js';
import { driftEvents, expiringEvidence, probeEvents, subprocessorChangeEvents } from '../history/queries.js';
import { addDays, type DayWindow, dayOf } from '../history/window.js';

/** Everything the dashboard shows, read in one transaction. */
export interface DashboardData {
  window: DayWindow;
  history: ControlHistory[];
  drift: Awaited<ReturnType<typeof driftEvents>>;
  subprocessorChanges: Awaited<ReturnType<typeof subprocessorChangeEvents>>;
  probes: Awaited<ReturnType<typeof probeEvents>>;
  expiring: Awaited<ReturnType<typeof expiringEvidence>>;
  members: { email: string; role: string }[];
  owners: { component: string; owner: string }[];
  runs: number;
  demo: boolean;
  lastRun?: { runId: string; repo: string; commit: string | null; collectedAt: string };
}

/** Reads the dashboard's data for an organisation over a window. */
export async function loadDashboard(
  db: Database,
  orgId: string,
  window: DayWindow,
  now: Date,
): Promise<DashboardData> {
  return db.withOrg(orgId, async (tx) => {
    const history = await historyIn(tx, window);
    const drift = await driftEvents(tx, window, 10);
    const subprocessorChanges = await subprocessorChangeEvents(tx, window, 10);
    const probes = await probeEvents(tx, window, 10);
    const expiring = await expiringEvidence(tx, addDays(dayOf(now), 30));
    const members = (
      await tx.query<{ email: string; role: string }>(
        'SELECT email, role::text AS role FROM trustmap_org_members()',
      )
    ).rows;
    const counts = await tx.query<{ runs: number; demo: boolean }>(
      'SELECT count(*)::int AS runs, coalesce(bool_or(demo), false) AS demo FROM runs',
    );
    const last = await tx.query<{
      run_id: string;
      repo: string;
      commit_sha: string | null;
      collected_at: string;
      ledger_seq: number;
    }>(
      `SELECT run_id, repo, commit_sha, to_char(collected_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"') AS collected_at, ledger_seq
       FROM runs ORDER BY collected_at DESC LIMIT 1`,
    );
    const lastRow = last.rows[0];
    let owners: DashboardData['owners'] = [];
    if (lastRow) {
      const [run] = await readEntries(tx, 'WHERE seq = $1', [lastRow.ledger_seq]);
      const components = (run?.record as { map?: { snapshot?: { components?: unknown } } } | undefined)?.map
        ?.snapshot?.components;
      owners = (Array.isArray(components) ? (components as { id: string; owner?: string }[]) : [])
        .filter((component) => typeof component.owner === 'string')
        .map((component) => ({ component: component.id, owner: String(component.owner) }));
    }
    return {
      window,
      history,
      drift,
      subprocessorChanges,
      probes,
      expiring,
      members,
      owners,
      runs: counts.rows[0]?.runs ?? 0,
      demo: counts.rows[0]?.demo ?? false,
      ...(lastRow
        ? {
            lastRun: {
              runId: lastRow.run_id,
              repo: lastRow.repo,
              commit: lastRow.commit_sha,
              collectedAt: lastRow.collected_at,
            },
          }
        : {}),
    };
  });
}
