import type { JobsDb } from '../db.js';
import { ALL_KINDS, COLLECT_KINDS } from '../kinds.js';
import { admitDueSources } from '../scheduler.js';
import type { JobHandlers, JobKind, Logger } from '../types.js';
import { type Execution, executeJob, recordAttempt } from './execute.js';
import type { PgBossQueue } from './pgBossQueue.js';

export interface WorkerOptions {
  queue: PgBossQueue;
  handlers: JobHandlers;
  db: JobsDb;
  schema: string;
  log: Logger;
  /** Jobs this process runs at once. */
  concurrency?: number;
  /** Wait between polls when the queue is empty. */
  pollMs?: number;
  kinds?: readonly JobKind[];
  /** Run the scheduler here too (every worker may; an advisory lock lets one admit at a time). */
  scheduler?: { tickMs: number; perOrgLimit: number } | false;
  /** Called after a handler succeeded and before the job is marked complete (tests kill the worker here). */
  beforeComplete?: (job: Execution) => Promise<void>;
}

export interface RunningWorker {
  /**
   * Stops taking jobs, waits up to `graceMs` for the running ones, then aborts what is left and releases those
   * jobs to the queue (another worker takes them; no retry is used up).
   */
  stop(options?: { graceMs?: number }): Promise<void>;
  /** Jobs running now. */
  active(): number;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });

/**
 * Works jobs from pg-boss: `concurrency` loops, each fetching the next job across the kinds in turn, running
 * it through `executeJob`, recording the attempt and completing or failing it (pg-boss retries with backoff and
 * moves it to the dead-letter queue after its last retry).
 * @example const worker = startWorker({ queue, handlers, db, schema, log }); process.on('SIGTERM', () => worker.stop());
 */
export function startWorker(options: WorkerOptions): RunningWorker {
  const kinds = options.kinds ?? ALL_KINDS;
  const stopping = new AbortController();
  const shutdown = new AbortController();
  let running = 0;
  let turn = 0;
  const { queue, log } = options;

  const admit = async () => {
    if (!options.scheduler || stopping.signal.aborted) return;
    try {
      const admitted = await admitDueSources(options.db, options.schema, queue, {
        perOrgLimit: options.scheduler.perOrgLimit,
      });
      if (admitted > 0) log('info', 'sources admitted', { admitted });
    } catch (error) {
      log('error', 'scheduler failed', { error: (error as Error).message.slice(0, 500) });
    }
  };

  const fetchNext = async () => {
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[(turn + i) % kinds.length]!;
      const [job] = await queue.boss.fetch<Execution['data']>(kind, { batchSize: 1, includeMetadata: true });
      if (job) {
        turn = (turn + i + 1) % kinds.length;
        return { kind, id: job.id, data: job.data, attempt: job.retryCount } as Execution;
      }
    }
    return undefined;
  };

  const loop = async () => {
    while (!stopping.signal.aborted) {
      let job: Execution | undefined;
      try {
        job = await fetchNext();
      } catch (error) {
        log('error', 'fetch failed', { error: (error as Error).message.slice(0, 500) });
      }
      if (!job) {
        await sleep(options.pollMs ?? 1000, stopping.signal);
        continue;
      }
      running++;
      try {
        await work(job);
      } finally {
        running--;
      }
      if (COLLECT_KINDS.includes(job.kind)) await admit();
    }
  };

  const work = async (job: Execution) => {
    const ending = await executeJob(job, {
      handlers: options.handlers,
      timeoutSeconds: queue.settings(job.kind).timeoutSeconds,
      log,
      shutdown: shutdown.signal,
      isCancelled: () => queue.isCancelled(job.kind, job.id),
    });
    try {
      if (ending.ok) {
        await options.beforeComplete?.(job);
        await queue.boss.complete(job.kind, job.id, {
          stored: ending.outcome.stored,
          detail: ending.outcome.detail,
        });
      } else if (ending.reason === 'shutdown') await queue.release(job.kind, job.id);
      else if (ending.reason !== 'cancelled')
        await queue.boss.fail(job.kind, job.id, {
          message: ending.message.slice(0, 500),
          reason: ending.reason,
        });
      await recordAttempt(options.db, options.schema, job, ending);
    } catch (error) {
      // The queue's expiry will retry the job if we could not say how it ended.
      log('error', 'could not settle job', {
        jobId: job.id,
        orgId: job.data.orgId,
        error: (error as Error).message.slice(0, 500),
      });
    }
  };

  const loops = Array.from({ length: options.concurrency ?? 1 }, () => loop());
  const ticker = options.scheduler ? setInterval(() => void admit(), options.scheduler.tickMs) : undefined;
  void admit();
  log('info', 'worker started', { concurrency: options.concurrency ?? 1, kinds: kinds.join(',') });

  return {
    active: () => running,
    async stop({ graceMs = 30_000 } = {}) {
      if (ticker) clearInterval(ticker);
      stopping.abort();
      const giveUp = setTimeout(() => shutdown.abort(), graceMs);
      await Promise.all(loops);
      clearTimeout(giveUp);
      log('info', 'worker stopped');
    },
  };
}
