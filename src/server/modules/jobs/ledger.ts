import { sha256Of } from '../../../core/index.js';
import { type CollectedRun, type ResultLedger, schemaName } from '../../../jobs/index.js';
import type { Tx } from '../../db/driver.js';
import { lockLedger } from '../../db/ledgerStore.js';
import { payloadFromModel } from '../../push/buildPayload.js';
import { PushPayloadSchema } from '../../push/schema.js';
import { storeRun } from '../../push/store.js';
import type { ServerDeps } from '../../types.js';

/** The run id of a collected run: the job id, so a retried job finds its own run. */
export function collectedRunId(jobId: string): string {
  return `collected-${jobId}`;
}

/**
 * Collected runs are stored exactly like pushed ones: a repository's check becomes a push payload built from
 * the same model (`payloadFromModel`), validated by the push schema and stored by `storeRun` (ledger entries and
 * the rows history and the dashboard read); a probe result is appended to the ledger as a `probe` record, as
 * push does for each probe. The jobs store's `result` row, written in the same transaction, maps the job to
 * what it stored, under the organisation's ledger lock: a job run twice (its worker killed after storing, or
 * presumed dead while only slow) stores once.
 */
export function serverLedger(deps: ServerDeps, jobsSchema: string): ResultLedger {
  const s = schemaName(jobsSchema);
  const stored = async (tx: Tx, jobId: string) =>
    (await tx.query(`SELECT 1 FROM ${s}.result WHERE job_id = $1`, [jobId])).rows.length > 0;
  return {
    has: (orgId, jobId) => deps.db.withOrg(orgId, (tx) => stored(tx, jobId)),
    append: (run: CollectedRun) =>
      deps.db.withOrg(run.orgId, async (tx) => {
        // The ledger's own lock, taken before the check for a stored result so two workers cannot both pass it.
        await lockLedger(tx, run.orgId);
        if (await stored(tx, run.jobId)) return { stored: false };
        if (run.kind === 'check' && run.model) {
          const payload = PushPayloadSchema.parse(
            payloadFromModel(run.model, {
              runId: collectedRunId(run.jobId),
              ...(run.repo ? { repo: run.repo } : {}),
              ...(run.commit ? { commit: run.commit } : {}),
              ...(run.branch ? { branch: run.branch } : {}),
            }),
          );
          await storeRun(deps, run.orgId, payload, { tx });
        } else {
          const collectedAt = run.collectedAt.toISOString();
          const summary = run.summary as { sha256?: string };
          await deps.ledger.append(tx, run.orgId, {
            type: run.kind === 'check' ? 'run' : 'probe',
            id: summary.sha256 ?? collectedRunId(run.jobId),
            collectedAt,
            effectiveDate: collectedAt.slice(0, 10),
            // The sealed probe result as the probe wrote it, as push stores it.
            content: { ...(run.body as object), ...summary },
          });
        }
        await tx.query(
          `INSERT INTO ${s}.result (job_id, org_id, source_id, kind, commit, verdict, summary, sha256, collected_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9) ON CONFLICT (job_id) DO NOTHING`,
          [
            run.jobId,
            run.orgId,
            run.sourceId,
            run.kind,
            run.commit,
            run.verdict,
            JSON.stringify(run.summary),
            sha256Of(run.body),
            run.collectedAt,
          ],
        );
        return { stored: true };
      }),
  };
}
