import { sha256Of } from '../../core/index.js';
import type { Model } from '../../model/index.js';
import { type SqlRunner, schemaName } from '../db.js';

/** One collected run, as it goes into the ledger. Never holds a secret: probes redact their targets. */
export interface CollectedRun {
  /** The queue's job id, the same on every retry of the job: the idempotency key. */
  jobId: string;
  orgId: string;
  sourceId: string;
  kind: 'check' | 'probe';
  /** The commit checked; empty for probes. */
  commit: string;
  verdict: string;
  summary: Record<string, unknown>;
  /** The full run; keep clocks out of it so unchanged runs hash (and are stored) once. */
  body: unknown;
  /** For a check: the model it was run on, so a ledger can store the run as a pushed one (the server does). */
  model?: Model;
  /** The source's name and branch, for ledgers that index runs by repository. */
  repo?: string;
  branch?: string;
  collectedAt: Date;
}

/**
 * Where collected runs go. The jobs store's own table by default; the server plugs in its evidence ledger so a
 * collected run sits beside pushed ones. `append` must store a job's run at most once.
 */
export interface ResultLedger {
  /** The run already stored for this job, if any (a retry then skips the work). */
  has(orgId: string, jobId: string): Promise<boolean>;
  append(run: CollectedRun): Promise<{ stored: boolean }>;
}

/**
 * The jobs store's own ledger table: `INSERT … ON CONFLICT (job_id) DO NOTHING`, so a job that a killed worker
 * had already stored stores nothing the second time.
 */
export function tableLedger(db: SqlRunner, schema: string): ResultLedger {
  const s = schemaName(schema);
  return {
    async has(_orgId, jobId) {
      const { rows } = await db.query(`SELECT 1 FROM ${s}.result WHERE job_id = $1`, [jobId]);
      return rows.length > 0;
    },
    async append(run) {
      const sha256 = sha256Of(run.body);
      // One statement, so the body and the row arrive together or not at all.
      const { rows } = await db.query(
        `WITH body AS (
           INSERT INTO ${s}.result_body (org_id, sha256, body) VALUES ($2, $9, $8)
           ON CONFLICT (org_id, sha256) DO NOTHING
         )
         INSERT INTO ${s}.result (job_id, org_id, source_id, kind, commit, verdict, summary, sha256, collected_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $9, $10)
         ON CONFLICT (job_id) DO NOTHING RETURNING job_id`,
        [
          run.jobId,
          run.orgId,
          run.sourceId,
          run.kind,
          run.commit,
          run.verdict,
          JSON.stringify(run.summary),
          JSON.stringify(run.body),
          sha256,
          run.collectedAt,
        ],
      );
      return { stored: rows.length > 0 };
    },
  };
}
