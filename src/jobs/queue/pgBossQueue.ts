import pg from 'pg';
import PgBoss from 'pg-boss';
import { type SqlRunner, schemaName } from '../db.js';
import { ALL_KINDS, COLLECT_KINDS, DEAD_LETTER_QUEUE, JOB_KINDS, type JobSettings } from '../kinds.js';
import type { JobKind, Logger } from '../types.js';
import type { InFlight, JobQueue, QueueDepth } from './types.js';

export type SettingsOverrides = Partial<Record<JobKind, Partial<JobSettings>>>;

export interface PgBossQueueOptions {
  connectionString: string;
  /** The jobs store's schema; pg-boss keeps its tables in `<schema>_queue`. */
  schema: string;
  /** Shorter retries and timeouts (tests, benchmarks). */
  settings?: SettingsOverrides;
  /**
   * How often pg-boss looks for jobs whose worker vanished (and retries them). Also bounds how long a job of a
   * SIGKILLed worker waits before another takes it: its timeout plus `expireGraceSeconds` plus this.
   */
  maintenanceIntervalSeconds?: number;
  /** Seconds beyond a job's timeout before the queue declares its worker gone. */
  expireGraceSeconds?: number;
  /** Connections pg-boss may use. */
  poolSize?: number;
  log: Logger;
}

/** The pg-boss queue and what the worker loop needs beyond the `JobQueue` face. */
export interface PgBossQueue extends JobQueue {
  boss: PgBoss;
  settings(kind: JobKind): JobSettings;
  /** Puts a running job back as if never started, without using one of its retries (graceful shutdown). */
  release(kind: JobKind, id: string): Promise<void>;
  isCancelled(kind: JobKind, id: string): Promise<boolean>;
  stop(): Promise<void>;
}

/** A stable 32-bit key for the scheduler's advisory lock, per jobs schema. */
function lockKey(schema: string): number {
  let hash = 0;
  for (const char of `trustmap-scheduler:${schema}`) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

/** Runs `work` holding a session-level advisory lock on its own connection (released when done, or at exit). */
async function withSetupLock(
  connectionString: string,
  key: number,
  work: () => Promise<void>,
): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [key]);
    await work();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

/**
 * Starts pg-boss 10 in its own schema, creates a queue per job kind (retries with exponential backoff, an
 * expiry that catches vanished workers, and the shared dead-letter queue), and wraps it as a `JobQueue`.
 * @example const queue = await openPgBossQueue({ connectionString: process.env.DATABASE_URL!, schema: 'trustmap_jobs', log });
 */
export async function openPgBossQueue(options: PgBossQueueOptions): Promise<PgBossQueue> {
  const schema = schemaName(options.schema);
  const bossSchema = `${schema}_queue`;
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: bossSchema,
    max: options.poolSize ?? 4,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
    // pg-boss's own cron is not used: sources carry their schedules (see scheduler.ts).
    schedule: false,
  });
  boss.on('error', (error: Error) =>
    options.log('error', 'queue error', { error: error.message.slice(0, 500) }),
  );
  const settings = (kind: JobKind): JobSettings => ({ ...JOB_KINDS[kind], ...options.settings?.[kind] });
  // Workers starting together on a fresh database would deadlock creating the same queues: one at a time.
  await withSetupLock(options.connectionString, lockKey(`${schema}:setup`), async () => {
    await boss.start();
    await boss.createQueue(DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE, retentionMinutes: 60 * 24 * 14 });
    for (const kind of ALL_KINDS) {
      const { retryLimit, retryDelaySeconds, timeoutSeconds } = settings(kind);
      const queue = {
        name: kind,
        retryLimit,
        retryDelay: retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: timeoutSeconds + (options.expireGraceSeconds ?? 30),
        deadLetter: DEAD_LETTER_QUEUE,
      };
      await boss.createQueue(kind, queue);
      await boss.updateQueue(kind, queue);
    }
  });
  const job = `${bossSchema}.job`;
  return {
    boss,
    settings,
    async send(kind, payload, sendOptions = {}) {
      const db = sendOptions.tx
        ? { executeSql: (text: string, values: unknown[]) => sendOptions.tx!.query(text, values) }
        : undefined;
      return boss.send(kind, payload, {
        ...(db ? { db } : {}),
        ...(sendOptions.sourceId ? { singletonKey: sendOptions.sourceId } : {}),
        ...(sendOptions.oncePerHours
          ? { singletonKey: sendOptions.oncePerHours.key, singletonHours: sendOptions.oncePerHours.hours }
          : {}),
      });
    },
    async lockScheduler(tx: SqlRunner) {
      const { rows } = await tx.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [lockKey(schema)]);
      return rows[0]?.locked === true;
    },
    async inFlight(tx: SqlRunner): Promise<InFlight> {
      const { rows } = await tx.query(
        `SELECT data->>'orgId' AS org_id, singleton_key FROM ${job}
         WHERE name = ANY($1) AND state < 'completed'`,
        [COLLECT_KINDS],
      );
      const byOrg = new Map<string, number>();
      const sources = new Set<string>();
      for (const row of rows) {
        byOrg.set(String(row.org_id), (byOrg.get(String(row.org_id)) ?? 0) + 1);
        if (row.singleton_key) sources.add(String(row.singleton_key));
      }
      return { byOrg, sources };
    },
    async cancel(kind, id) {
      const result = (await boss.cancel(kind, id)) as unknown as { affected?: number } | undefined;
      return (result?.affected ?? 0) > 0;
    },
    async isCancelled(kind, id) {
      const found = await boss.getJobById(kind, id);
      return found?.state === 'cancelled';
    },
    async release(kind, id) {
      await boss.getDb().executeSql(
        `UPDATE ${job} SET state = 'created', started_on = NULL, start_after = now()
         WHERE name = $1 AND id = $2 AND state = 'active'`,
        [kind, id],
      );
    },
    async depth(orgId?: string): Promise<QueueDepth[]> {
      const where = orgId ? `WHERE data->>'orgId' = $1` : '';
      const { rows } = await boss
        .getDb()
        .executeSql(
          `SELECT name, state::text AS state, count(*)::int AS count FROM ${job} ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
          orgId ? [orgId] : [],
        );
      return rows.map((row: Record<string, unknown>) => ({
        kind: String(row.name),
        state: String(row.state),
        count: Number(row.count),
      }));
    },
    stop: () => boss.stop({ graceful: false, close: true }),
  };
}
