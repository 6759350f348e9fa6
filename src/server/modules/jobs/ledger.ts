import { sha256Of } from '../../../core/index.js';
import { type CollectedRun, type ResultLedger, schemaName } from '../../../jobs/index.js';
import type { ServerDeps } from '../../types.js';

/** The ledger record id of a collected run: the job id, so a retried job finds its own entry. */
export function collectedRecordId(jobId: string): string {
  return `collected:${jobId}`;
}

/**
 * Collected runs go into the organisation's evidence ledger like pushed ones (record type `run` for a check,
 * `probe` for a probe), in one transaction with the jobs store's own summary row. The organisation's ledger lock
 * is taken before looking for the job's entry, so even two copies of one job (a worker presumed dead that was
 * only slow) append once.
 */
export function serverLedger(deps: ServerDeps, jobsSchema: string): ResultLedger {
  const s = schemaName(jobsSchema);
  return {
    has: (orgId, jobId) =>
      deps.db.withOrg(orgId, async (tx) => {
        const { rows } = await tx.query('SELECT 1 FROM ledger_entries WHERE org_id = $1 AND record_id = $2', [
          orgId,
          collectedRecordId(jobId),
        ]);
        return rows.length > 0;
      }),
    append: (run: CollectedRun) =>
      deps.db.withOrg(run.orgId, async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`trustmap-ledger:${run.orgId}`]);
        const id = collectedRecordId(run.jobId);
        const found = await tx.query('SELECT 1 FROM ledger_entries WHERE org_id = $1 AND record_id = $2', [
          run.orgId,
          id,
        ]);
        if (found.rows.length > 0) return { stored: false };
        const collectedAt = run.collectedAt.toISOString();
        await deps.ledger.append(tx, run.orgId, {
          type: run.kind === 'check' ? 'run' : 'probe',
          id,
          collectedAt,
          effectiveDate: collectedAt.slice(0, 10),
          content: {
            collected: true,
            source: run.sourceId,
            commit: run.commit || undefined,
            verdict: run.verdict,
            summary: run.summary,
            body: run.body,
          },
        });
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
