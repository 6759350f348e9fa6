import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type JobsDb, poolDb } from './db.js';
import { buildHandlers, enqueueOn } from './handlers/index.js';
import { openPgBossQueue, type PgBossQueue, type SettingsOverrides } from './queue/pgBossQueue.js';
import { type RunningWorker, startWorker, type WorkerOptions } from './queue/worker.js';
import { secretReader } from './secrets.js';
import { type ResultLedger, tableLedger } from './store/results.js';
import { migrateJobsStore } from './store/schema.js';
import type { Logger } from './types.js';

/** The default schema of the jobs store (and `<schema>_queue` for pg-boss). */
export const DEFAULT_JOBS_SCHEMA = 'trustmap_jobs';

export interface JobsRuntimeOptions {
  databaseUrl: string;
  /** The store's connection; a pool on `databaseUrl` by default (the server passes its own database module). */
  db?: JobsDb;
  /** Do not run the worker loop: only the queue (web-only nodes enqueue, cancel and report). */
  noWork?: boolean;
  schema?: string;
  cacheDir?: string;
  concurrency?: number;
  env: Record<string, string | undefined>;
  secretsFile?: string;
  log: Logger;
  settings?: SettingsOverrides;
  maintenanceIntervalSeconds?: number;
  expireGraceSeconds?: number;
  pollMs?: number;
  /** Scheduler tick and per-organisation limit; `false` leaves scheduling to other nodes. */
  scheduler?: { tickMs: number; perOrgLimit: number } | false;
  /** Where collected runs go; the jobs store's own table by default. */
  ledger?: (db: JobsDb, schema: string) => ResultLedger;
  beforeComplete?: WorkerOptions['beforeComplete'];
  now?: () => Date;
}

export interface JobsRuntime {
  db: JobsDb;
  queue: PgBossQueue;
  /** Undefined with `noWork`. */
  worker?: RunningWorker;
  schema: string;
  /** Stops the worker (finishing or releasing its jobs), then the queue and the pool. */
  stop(options?: { graceMs?: number }): Promise<void>;
}

/**
 * Everything `trustmap worker` runs: the store's tables, pg-boss, the handlers with their dependencies, and
 * the worker loop (with the scheduler, unless turned off), against one PostgreSQL.
 * @example const runtime = await startJobsRuntime({ databaseUrl: process.env.DATABASE_URL!, env: process.env, log });
 */
export async function startJobsRuntime(options: JobsRuntimeOptions): Promise<JobsRuntime> {
  const schema = options.schema ?? DEFAULT_JOBS_SCHEMA;
  const concurrency = options.concurrency ?? 1;
  const db =
    options.db ?? poolDb(new pg.Pool({ connectionString: options.databaseUrl, max: concurrency + 2 }));
  // Workers starting together on a fresh database take turns creating the store.
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`trustmap-jobs-setup:${schema}`]);
    await migrateJobsStore(tx, schema);
  });
  const queue = await openPgBossQueue({
    connectionString: options.databaseUrl,
    schema,
    log: options.log,
    ...(options.settings ? { settings: options.settings } : {}),
    ...(options.maintenanceIntervalSeconds
      ? { maintenanceIntervalSeconds: options.maintenanceIntervalSeconds }
      : {}),
    ...(options.expireGraceSeconds !== undefined ? { expireGraceSeconds: options.expireGraceSeconds } : {}),
  });
  const secret = await secretReader(options.env, options.secretsFile);
  const handlers = buildHandlers({
    db,
    schema,
    ledger: (options.ledger ?? tableLedger)(db, schema),
    cacheDir: options.cacheDir ?? path.join(tmpdir(), 'trustmap-checkouts'),
    secret,
    now: options.now ?? (() => new Date()),
    enqueue: enqueueOn(queue),
  });
  const worker = options.noWork
    ? undefined
    : startWorker({
        queue,
        handlers,
        db,
        schema,
        log: options.log,
        concurrency,
        ...(options.pollMs ? { pollMs: options.pollMs } : {}),
        scheduler: options.scheduler ?? { tickMs: 15_000, perOrgLimit: 2 },
        ...(options.beforeComplete ? { beforeComplete: options.beforeComplete } : {}),
      });
  return {
    db,
    queue,
    worker,
    schema,
    async stop(stopOptions) {
      await worker?.stop(stopOptions);
      await queue.stop();
      if (!options.db) await db.close();
    },
  };
}
