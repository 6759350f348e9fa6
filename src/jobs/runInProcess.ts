import { tmpdir } from 'node:os';
import path from 'node:path';
import type { JobsDb } from './db.js';
import { buildHandlers, enqueueOn } from './handlers/index.js';
import { type InProcessQueue, inProcessQueue } from './queue/inProcess.js';
import type { SettingsOverrides } from './queue/pgBossQueue.js';
import { admitDueSources } from './scheduler.js';
import { secretReader } from './secrets.js';
import type { ResultLedger } from './store/results.js';
import type { Logger } from './types.js';

export interface InProcessRunnerOptions {
  db: JobsDb;
  schema: string;
  ledger: ResultLedger;
  env: Record<string, string | undefined>;
  secretsFile?: string;
  cacheDir?: string;
  log: Logger;
  /** How often due sources are admitted and queued jobs run. */
  tickMs?: number;
  perOrgLimit?: number;
  settings?: SettingsOverrides;
  now?: () => Date;
  /** Only keep the queue (enqueue, report); run nothing. */
  noWork?: boolean;
}

export interface InProcessRunner {
  queue: InProcessQueue;
  /** Admits due sources and runs queued jobs until none is due (what each tick does). */
  tick(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Scheduled collection on the embedded PGlite default: every tick admits due sources (with the same fairness
 * rule) and runs the queued jobs in this process, one at a time, through the same handlers as `trustmap worker`.
 * @example const runner = await startInProcessRunner({ db, schema, ledger, env: process.env, log });
 */
export async function startInProcessRunner(options: InProcessRunnerOptions): Promise<InProcessRunner> {
  const secret = await secretReader(options.env, options.secretsFile);
  const queue: InProcessQueue = inProcessQueue({
    handlers: () => handlers,
    db: options.db,
    schema: options.schema,
    log: options.log,
    ...(options.settings ? { settings: options.settings } : {}),
    // Retry backoff follows the same clock as the handlers (tests drive it).
    ...(options.now ? { now: () => options.now!().getTime() } : {}),
  });
  const handlers = buildHandlers({
    db: options.db,
    schema: options.schema,
    ledger: options.ledger,
    cacheDir: options.cacheDir ?? path.join(tmpdir(), 'trustmap-checkouts'),
    secret,
    now: options.now ?? (() => new Date()),
    enqueue: enqueueOn(queue),
  });
  let busy: Promise<number> | undefined;
  const tick = () => {
    // One tick at a time: the embedded database has one connection, and jobs run one at a time by design.
    busy ??= (async () => {
      try {
        await admitDueSources(options.db, options.schema, queue, { perOrgLimit: options.perOrgLimit ?? 2 });
        return await queue.drain();
      } catch (error) {
        options.log('error', 'in-process jobs failed', { error: (error as Error).message.slice(0, 500) });
        return 0;
      } finally {
        busy = undefined;
      }
    })();
    return busy;
  };
  const timer = options.noWork ? undefined : setInterval(() => void tick(), options.tickMs ?? 15_000);
  timer?.unref();
  return {
    queue,
    tick,
    async stop() {
      if (timer) clearInterval(timer);
      await busy;
    },
  };
}
