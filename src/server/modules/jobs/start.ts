import {
  type JobQueue,
  jsonLogger,
  type Logger,
  renderMetrics,
  startInProcessRunner,
  startJobsRuntime,
} from '../../../jobs/index.js';
import type { ServerDeps } from '../../types.js';
import { serverLedger } from './ledger.js';
import { jobsSchemaOf, ownerJobsDb } from './store.js';

/** The server's jobs: the queue every node uses, and (unless `--no-worker`) the loop that works it. */
export interface ServerJobs {
  queue: JobQueue;
  /** Prometheus text for `/metrics`. */
  metrics(): Promise<string>;
  /** On the embedded database: admit due sources and run queued jobs now (tests, `--once` style use). */
  tick?: () => Promise<number>;
  stop(): Promise<void>;
}

const running = new WeakMap<ServerDeps, ServerJobs>();

/** The jobs started for a server, if any (routes look here; a server without them answers 503). */
export function serverJobs(deps: ServerDeps): ServerJobs | undefined {
  return running.get(deps);
}

export interface ServerJobsOptions {
  env: Record<string, string | undefined>;
  /** Work jobs in this process (default); false for web-only nodes. */
  work: boolean;
  log?: Logger;
  cacheDir?: string;
  tickMs?: number;
  /** Jobs at once in this process (PostgreSQL only; the embedded runner runs one at a time). */
  concurrency?: number;
  /** Admit due sources here (default); false when other nodes do. */
  scheduler?: boolean;
  /** Seconds a stopping worker waits for running jobs before releasing them. */
  graceSeconds?: number;
}

/**
 * Starts the jobs beside a running server: on PostgreSQL, pg-boss (the same runtime as `trustmap worker`); on
 * the embedded PGlite, the in-process runner. Collected runs go to the server's ledger.
 * @example const jobs = await startServerJobs(server.deps, { env: process.env, work: true });
 */
export async function startServerJobs(deps: ServerDeps, options: ServerJobsOptions): Promise<ServerJobs> {
  const schema = jobsSchemaOf(deps.db.schema);
  const db = ownerJobsDb(deps.db);
  const log = options.log ?? jsonLogger((line) => process.stderr.write(line), { pid: process.pid });
  const ledger = serverLedger(deps, schema);
  const secretsFile = options.env.TRUSTMAP_SECRETS_FILE;
  let jobs: ServerJobs;
  if (deps.config.databaseUrl) {
    const runtime = await startJobsRuntime({
      databaseUrl: deps.config.databaseUrl,
      db,
      schema,
      env: options.env,
      log,
      ledger: () => ledger,
      noWork: !options.work,
      now: deps.clock,
      ...(secretsFile ? { secretsFile } : {}),
      ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
      ...(options.work && options.scheduler !== false ? {} : { scheduler: false as const }),
    });
    jobs = {
      queue: runtime.queue,
      metrics: () => renderMetrics(db, schema, runtime.queue),
      stop: () => runtime.stop({ graceMs: (options.graceSeconds ?? 30) * 1000 }),
    };
  } else {
    const runner = await startInProcessRunner({
      db,
      schema,
      ledger,
      env: options.env,
      log,
      noWork: !options.work,
      now: deps.clock,
      ...(secretsFile ? { secretsFile } : {}),
      ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
      ...(options.tickMs ? { tickMs: options.tickMs } : {}),
    });
    jobs = {
      queue: runner.queue,
      metrics: () => renderMetrics(db, schema, runner.queue),
      tick: runner.tick,
      stop: () => runner.stop(),
    };
  }
  running.set(deps, jobs);
  return {
    ...jobs,
    async stop() {
      running.delete(deps);
      await jobs.stop();
    },
  };
}
