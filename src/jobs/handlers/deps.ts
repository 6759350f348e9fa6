import type { JobsDb } from '../db.js';
import type { JobQueue } from '../queue/types.js';
import type { ResultLedger } from '../store/results.js';
import type { JobKind, JobPayloads } from '../types.js';

/** Puts a follow-up job on the queue (the runner in use provides it). */
export type Enqueue = <K extends JobKind>(kind: K, payload: JobPayloads[K]) => Promise<string | null>;

/**
 * The handlers' `enqueue` over a queue, with the one sending rule they rely on: an organisation's evidence-expiry
 * check runs at most once a day, however many repository runs ask for it.
 */
export function enqueueOn(queue: Pick<JobQueue, 'send'>): Enqueue {
  return (kind, payload) =>
    queue.send(
      kind,
      payload,
      kind === 'evidence-expiry' ? { oncePerHours: { key: payload.orgId, hours: 24 } } : {},
    );
}

/** What the handlers need from the process they run in; tests and the server pass their own. */
export interface HandlerDeps {
  db: JobsDb;
  /** Schema of the jobs store. */
  schema: string;
  ledger: ResultLedger;
  /** Where repository checkouts are kept between runs. */
  cacheDir: string;
  /** Reads a secret by name (environment, then the secrets file); never logged, never stored. */
  secret: (name: string) => string | undefined;
  now: () => Date;
  enqueue: Enqueue;
  /** Days before an evidence expiry date that a notice goes out. */
  expiryNoticeDays?: number;
}
