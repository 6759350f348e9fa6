import type { SqlRunner } from '../db.js';
import type { JobKind, JobPayloads } from '../types.js';

export interface SendOptions {
  /** Enqueue inside this transaction (PostgreSQL only), so the job exists exactly when the transaction commits. */
  tx?: SqlRunner;
  /** Marks the job with the source it collects (the scheduler never admits a source that has one in flight). */
  sourceId?: string;
  /** At most one such job per key in this many hours (evidence-expiry once a day per organisation). */
  oncePerHours?: { key: string; hours: number };
}

/** Jobs not yet finished, which the scheduler's fairness rule counts. */
export interface InFlight {
  byOrg: Map<string, number>;
  sources: Set<string>;
}

/** How many jobs of a kind are in each state, for the admin page and `/metrics`. */
export interface QueueDepth {
  kind: string;
  state: string;
  count: number;
}

/** The queue as the scheduler, the handlers and the admin page see it; pg-boss and the in-process runner. */
export interface JobQueue {
  send<K extends JobKind>(kind: K, payload: JobPayloads[K], options?: SendOptions): Promise<string | null>;
  /** Takes the scheduler's lock for this transaction; false when another scheduler holds it. */
  lockScheduler(tx: SqlRunner): Promise<boolean>;
  inFlight(tx: SqlRunner): Promise<InFlight>;
  /** Cancels a queued or running job; a running handler sees its signal aborted. */
  cancel(kind: JobKind, id: string): Promise<boolean>;
  /** Jobs by kind and state, for every organisation or one. */
  depth(orgId?: string): Promise<QueueDepth[]>;
}
