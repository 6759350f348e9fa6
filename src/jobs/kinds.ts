import type { JobKind } from './types.js';

/** How a kind of job is retried and bounded. */
export interface JobSettings {
  /** Retries after the first attempt; then the job goes to the dead-letter queue. */
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) for each further one. */
  retryDelaySeconds: number;
  /** The handler is aborted after this; the queue also fails the job if its worker vanished this long. */
  timeoutSeconds: number;
}

/** Every job kind and its settings: data, so a new kind is one entry here and one handler. */
export const JOB_KINDS: Readonly<Record<JobKind, JobSettings>> = {
  'collect-repository': { retryLimit: 3, retryDelaySeconds: 30, timeoutSeconds: 600 },
  'collect-probe': { retryLimit: 3, retryDelaySeconds: 60, timeoutSeconds: 300 },
  'evidence-expiry': { retryLimit: 3, retryDelaySeconds: 60, timeoutSeconds: 120 },
  'notify-deliver': { retryLimit: 5, retryDelaySeconds: 30, timeoutSeconds: 60 },
};

/** Kinds that collect a source; the scheduler's per-organisation limit counts these. */
export const COLLECT_KINDS: readonly JobKind[] = ['collect-repository', 'collect-probe'];

/** The queue where jobs that used up their retries wait for a person. */
export const DEAD_LETTER_QUEUE = 'dead-letter';

export const ALL_KINDS = Object.keys(JOB_KINDS) as JobKind[];
