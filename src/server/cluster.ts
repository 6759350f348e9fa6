import cluster from 'node:cluster';
import { UsageError } from '../errors/index.js';
import type { ServerConfig } from './config.js';
import { resolveServerKey } from './serverKey.js';
import { openDatabase } from './start.js';

/** The variable a forked server process finds its number in (1, 2, …). */
export const PROCESS_NUMBER_VARIABLE = 'TRUSTMAP_SERVER_PROCESS';

/**
 * Node options of each forked server process: a larger young generation. A push allocates a few hundred KB that
 * live across its database round trips; with the default (16 MB semi-spaces) many survive two scavenges and are
 * promoted, and the old generation's collections then took ~18% of a server process's CPU under load (9–10% at
 * 32 MB, measured with `--cpu-prof` in the same run). Costs at most 32 MB more memory per process. An operator's
 * own `--max-semi-space-size` (in NODE_OPTIONS or on the command line) wins.
 */
export function workerExecArgv(execArgv: readonly string[], nodeOptions = ''): string[] {
  const own = [...execArgv, nodeOptions].some((option) => option.includes('--max-semi-space-size'));
  return own ? [...execArgv] : [...execArgv, '--max-semi-space-size=32'];
}

/** Which part this process plays when the server runs in `processes` processes. */
export type ServerRole =
  | { kind: 'single' }
  | { kind: 'primary' }
  | {
      kind: 'worker';
      number: number /** The one that works scheduled jobs and prints the address. */;
      lead: boolean;
    };

/** Single when one process; otherwise the primary (forks) or a numbered worker (listens). */
export function serverRole(processes: number): ServerRole {
  if (processes <= 1 && !cluster.isWorker) return { kind: 'single' };
  if (cluster.isPrimary) return { kind: 'primary' };
  const number = Number(process.env[PROCESS_NUMBER_VARIABLE] ?? '1');
  return { kind: 'worker', number, lead: number === 1 };
}

/**
 * The primary of a multi-process server on PostgreSQL: applies migrations and settles the server key once (so the
 * workers do not race to create one), then forks `processes` copies of this command that share the port
 * (node:cluster) and restarts none of them: when one exits, the others are stopped and the promise resolves.
 * Sign-in limits, sessions, the ledger lock and the job queue live in PostgreSQL, so the processes agree.
 */
export async function runPrimary(
  config: ServerConfig,
  processes: number,
  options: { env: Record<string, string | undefined>; log: (line: string) => void },
): Promise<void> {
  if (!config.databaseUrl)
    throw new UsageError(
      `--processes ${processes} needs PostgreSQL`,
      'set DATABASE_URL; the embedded database belongs to one process',
    );
  const { source } = await resolveServerKey(config.dataDir, options.env);
  const { db, applied } = await openDatabase(config);
  await db.close();
  if (applied.length) options.log(`applied migrations: ${applied.join(', ')}\n`);
  options.log(`starting ${processes} server processes (server key: ${source})\n`);
  cluster.setupPrimary({ execArgv: workerExecArgv(process.execArgv, process.env.NODE_OPTIONS) });
  const workers = Array.from({ length: processes }, (_, index) =>
    cluster.fork({ ...process.env, [PROCESS_NUMBER_VARIABLE]: String(index + 1) }),
  );
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stopAll = () => {
      if (stopping) return;
      stopping = true;
      for (const worker of workers) if (!worker.isDead()) worker.process.kill('SIGTERM');
    };
    // Ctrl-C reaches every process of the group; the workers stop themselves, the primary waits for them.
    process.on('SIGINT', () => undefined);
    process.on('SIGTERM', stopAll);
    cluster.on('exit', () => {
      stopAll();
      if (workers.every((worker) => worker.isDead())) resolve();
    });
  });
}
