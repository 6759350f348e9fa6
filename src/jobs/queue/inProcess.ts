import { randomUUID } from 'node:crypto';
import type { JobsDb, SqlRunner } from '../db.js';
import { ALL_KINDS, COLLECT_KINDS, JOB_KINDS, type JobSettings } from '../kinds.js';
import type { JobHandlers, JobKind, Logger } from '../types.js';
import { type Execution, executeJob, recordAttempt } from './execute.js';
import type { SettingsOverrides } from './pgBossQueue.js';
import type { InFlight, JobQueue, QueueDepth } from './types.js';

interface Entry extends Execution {
  state: 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';
  runAt: number;
  sourceId?: string;
  controller?: AbortController;
}

/** The in-process queue: the `JobQueue` face, plus running what is due. */
export interface InProcessQueue extends JobQueue {
  /** Runs due jobs one at a time until none is due; returns how many ran. */
  drain(): Promise<number>;
  /** Jobs that used up their retries. */
  deadLetters(): Execution[];
}

export interface InProcessOptions {
  handlers: () => JobHandlers;
  db: JobsDb;
  schema: string;
  log: Logger;
  settings?: SettingsOverrides;
  now?: () => number;
}

/**
 * The runner for the embedded PGlite default: the same handlers, one job at a time, in this process, with the
 * same retries and backoff, timeout, cancellation and dead letters as the pg-boss runner, but the queue lives in
 * memory (a restart forgets queued jobs; the scheduler admits due sources again, so nothing scheduled is lost).
 * @example const queue = inProcessQueue({ handlers: () => handlers, db, schema, log }); await queue.drain();
 */
export function inProcessQueue(options: InProcessOptions): InProcessQueue {
  const entries: Entry[] = [];
  const dead: Execution[] = [];
  const throttled = new Map<string, number>();
  const clock = options.now ?? Date.now;
  const settings = (kind: JobKind): JobSettings => ({ ...JOB_KINDS[kind], ...options.settings?.[kind] });
  const never = new AbortController().signal;

  const settle = (entry: Entry, ok: boolean, cancelled: boolean) => {
    if (ok) entry.state = 'completed';
    else if (cancelled) entry.state = 'cancelled';
    else if (entry.attempt < settings(entry.kind).retryLimit) {
      // Exponential backoff with jitter, as pg-boss does: delay * 2^attempt, half of it random.
      const base = settings(entry.kind).retryDelaySeconds * 1000 * 2 ** entry.attempt;
      entry.state = 'retry';
      entry.runAt = clock() + base / 2 + (base / 2) * Math.random();
      entry.attempt++;
    } else {
      entry.state = 'failed';
      dead.push({ kind: entry.kind, id: entry.id, data: entry.data, attempt: entry.attempt });
    }
  };

  const queue: InProcessQueue = {
    async send(kind, payload, sendOptions = {}) {
      const once = sendOptions.oncePerHours;
      if (once) {
        const slot = `${kind}:${once.key}:${Math.floor(clock() / (once.hours * 3_600_000))}`;
        if (throttled.has(slot)) return null;
        throttled.set(slot, clock());
      }
      const id = randomUUID();
      entries.push({
        kind,
        id,
        data: payload,
        attempt: 0,
        state: 'created',
        runAt: clock(),
        ...(sendOptions.sourceId ? { sourceId: sendOptions.sourceId } : {}),
      } as Entry);
      return id;
    },
    lockScheduler: async (_tx: SqlRunner) => true,
    async inFlight(): Promise<InFlight> {
      const byOrg = new Map<string, number>();
      const sources = new Set<string>();
      for (const entry of entries) {
        if (!COLLECT_KINDS.includes(entry.kind) || !['created', 'retry', 'active'].includes(entry.state))
          continue;
        byOrg.set(entry.data.orgId, (byOrg.get(entry.data.orgId) ?? 0) + 1);
        if (entry.sourceId) sources.add(entry.sourceId);
      }
      return { byOrg, sources };
    },
    async cancel(_kind, id) {
      const entry = entries.find((candidate) => candidate.id === id);
      if (!entry || !['created', 'retry', 'active'].includes(entry.state)) return false;
      entry.state = 'cancelled';
      entry.controller?.abort();
      return true;
    },
    async depth(orgId?: string): Promise<QueueDepth[]> {
      const counts = new Map<string, number>();
      for (const entry of entries.filter((candidate) => !orgId || candidate.data.orgId === orgId))
        counts.set(
          `${entry.kind}\u0000${entry.state}`,
          (counts.get(`${entry.kind}\u0000${entry.state}`) ?? 0) + 1,
        );
      counts.set('dead-letter\u0000created', dead.filter((job) => !orgId || job.data.orgId === orgId).length);
      return [...counts].map(([key, count]) => {
        const [kind, state] = key.split('\u0000') as [string, string];
        return { kind, state, count };
      });
    },
    deadLetters: () => [...dead],
    async drain() {
      let ran = 0;
      for (;;) {
        const next = entries
          .filter((entry) => (entry.state === 'created' || entry.state === 'retry') && entry.runAt <= clock())
          .sort((a, b) => a.runAt - b.runAt || ALL_KINDS.indexOf(a.kind) - ALL_KINDS.indexOf(b.kind))[0];
        if (!next) break;
        next.state = 'active';
        next.controller = new AbortController();
        const cancelled = next.controller.signal;
        const ending = await executeJob(next, {
          handlers: options.handlers(),
          timeoutSeconds: settings(next.kind).timeoutSeconds,
          log: options.log,
          shutdown: never,
          isCancelled: async () => cancelled.aborted,
          cancelPollMs: 100,
        });
        await recordAttempt(options.db, options.schema, { ...next }, ending);
        settle(next, ending.ok, (next.state as Entry['state']) === 'cancelled');
        ran++;
      }
      // Keep memory bounded: forget finished jobs beyond the last thousand.
      const finished = entries.filter((entry) => ['completed', 'cancelled', 'failed'].includes(entry.state));
      for (const entry of finished.slice(0, Math.max(0, finished.length - 1000)))
        entries.splice(entries.indexOf(entry), 1);
      return ran;
    },
  };
  return queue;
}
