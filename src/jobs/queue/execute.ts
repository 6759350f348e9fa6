import { type SqlRunner, schemaName } from '../db.js';
import { withFields } from '../log.js';
import type { JobHandlers, JobKind, JobOutcome, JobPayloads, Logger } from '../types.js';

/** A job as a runner hands it to `executeJob`. */
export interface Execution<K extends JobKind = JobKind> {
  kind: K;
  id: string;
  data: JobPayloads[K];
  attempt: number;
}

export type Ending =
  | { ok: true; outcome: JobOutcome; ms: number }
  | { ok: false; reason: 'error' | 'timeout' | 'cancelled' | 'shutdown'; message: string; ms: number };

export interface ExecuteOptions {
  handlers: JobHandlers;
  timeoutSeconds: number;
  log: Logger;
  /** Aborted when the process gives up waiting for its jobs at shutdown. */
  shutdown: AbortSignal;
  /** Asked every few seconds while the job runs; true aborts the handler (cancellation from the admin page). */
  isCancelled?: () => Promise<boolean>;
  cancelPollMs?: number;
}

/**
 * Runs one job's handler with its timeout, cancellation and shutdown folded into one abort signal, logging the
 * start and end as JSON lines with the job and organisation ids. Never throws: the ending says what happened.
 */
export async function executeJob(job: Execution, options: ExecuteOptions): Promise<Ending> {
  const started = performance.now();
  const controller = new AbortController();
  const log = withFields(options.log, {
    jobId: job.id,
    orgId: job.data.orgId,
    kind: job.kind,
    attempt: job.attempt,
  });
  const abort = (reason: 'timeout' | 'cancelled' | 'shutdown') => controller.abort(reason);
  const timer = setTimeout(() => abort('timeout'), options.timeoutSeconds * 1000);
  const onShutdown = () => abort('shutdown');
  options.shutdown.addEventListener('abort', onShutdown, { once: true });
  const poll = options.isCancelled
    ? setInterval(() => {
        options.isCancelled!().then(
          (cancelled) => cancelled && abort('cancelled'),
          () => undefined,
        );
      }, options.cancelPollMs ?? 2000)
    : undefined;
  const aborted = new Promise<never>((_, reject) =>
    controller.signal.addEventListener(
      'abort',
      () => reject(new Error(`aborted: ${controller.signal.reason}`)),
      {
        once: true,
      },
    ),
  );
  aborted.catch(() => undefined);
  log('info', 'job started');
  try {
    const handler = options.handlers[job.kind] as (data: unknown, context: unknown) => Promise<JobOutcome>;
    // A handler that ignores its signal still ends the job at the timeout: the race settles, the work is abandoned.
    const outcome = await Promise.race([
      handler(job.data, {
        jobId: job.id,
        kind: job.kind,
        orgId: job.data.orgId,
        attempt: job.attempt,
        signal: controller.signal,
        log,
      }),
      aborted,
    ]);
    const ms = Math.round(performance.now() - started);
    log('info', 'job completed', { ms, stored: outcome.stored, detail: outcome.detail });
    return { ok: true, outcome, ms };
  } catch (error) {
    const ms = Math.round(performance.now() - started);
    const reason = controller.signal.aborted
      ? (controller.signal.reason as 'timeout' | 'cancelled' | 'shutdown')
      : 'error';
    const message = (error as Error)?.message ?? String(error);
    log(reason === 'error' ? 'error' : 'warn', `job ${reason === 'error' ? 'failed' : reason}`, {
      ms,
      error: message.slice(0, 500),
    });
    return { ok: false, reason, message, ms };
  } finally {
    clearTimeout(timer);
    if (poll) clearInterval(poll);
    options.shutdown.removeEventListener('abort', onShutdown);
  }
}

/** Records one attempt for durations and failures per organisation (`/metrics`, the admin page). */
export async function recordAttempt(
  db: SqlRunner,
  schema: string,
  job: Execution,
  ending: Ending,
): Promise<void> {
  const outcome = ending.ok ? 'completed' : ending.reason === 'error' ? 'failed' : ending.reason;
  await db.query(
    `INSERT INTO ${schemaName(schema)}.job_run (job_id, attempt, org_id, kind, outcome, duration_ms, error)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (job_id, attempt) DO NOTHING`,
    [
      job.id,
      job.attempt,
      job.data.orgId,
      job.kind,
      outcome,
      ending.ms,
      ending.ok ? null : ending.message.slice(0, 500),
    ],
  );
}
