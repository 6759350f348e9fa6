import { Command } from 'commander';
import { UsageError } from '../../errors/index.js';
import type { CliContext } from '../context.js';

interface WorkerFlags {
  concurrency: string;
  schema?: string;
  cacheDir?: string;
  secretsFile?: string;
  graceSeconds: string;
  scheduler: boolean;
}

function count(text: string, flag: string, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new UsageError(`${flag} is not a number from 1 to ${max}: ${text}`);
  return value;
}

/**
 * `trustmap worker`: a process that only works jobs (collection, probes, notices) against `DATABASE_URL`.
 * Run as many as you like on as many machines; SIGTERM finishes or releases the jobs in hand.
 */
export function workerCommand(context: CliContext): Command {
  return new Command('worker')
    .description(
      'work the server’s scheduled collection jobs from the PostgreSQL at DATABASE_URL (JSON-lines logs)',
    )
    .option('--concurrency <n>', 'jobs at once in this process', '1')
    .option(
      '--schema <name>',
      'a bare jobs store in this schema, without the server (its own result table as the ledger)',
    )
    .option('--cache-dir <dir>', 'where repository checkouts are kept between runs')
    .option(
      '--secrets-file <file>',
      'JSON or NAME=value file of probe credentials (also TRUSTMAP_SECRETS_FILE)',
    )
    .option('--grace-seconds <n>', 'at SIGTERM, wait this long for running jobs before releasing them', '30')
    .option('--no-scheduler', 'do not admit due sources from this process (other nodes do)')
    .action(async (flags: WorkerFlags) => {
      const databaseUrl = context.env.DATABASE_URL;
      if (!databaseUrl)
        throw new UsageError(
          'DATABASE_URL is not set',
          'point it at the PostgreSQL that holds the queue, e.g. postgres://trustmap@db/trustmap',
        );
      const concurrency = count(flags.concurrency, '--concurrency', 64);
      const graceMs = count(flags.graceSeconds, '--grace-seconds', 3600) * 1000;
      const { jsonLogger, startJobsRuntime } = await import('../../jobs/index.js');
      const log = jsonLogger(context.stdout, { pid: process.pid });
      const secretsFile = flags.secretsFile ?? context.env.TRUSTMAP_SECRETS_FILE;
      let stopJobs: () => Promise<void>;
      if (flags.schema) {
        const runtime = await startJobsRuntime({
          databaseUrl,
          env: context.env,
          log,
          concurrency,
          schema: flags.schema,
          ...(flags.cacheDir ? { cacheDir: flags.cacheDir } : {}),
          ...(secretsFile ? { secretsFile } : {}),
          ...(flags.scheduler ? {} : { scheduler: false as const }),
        });
        stopJobs = () => runtime.stop({ graceMs });
      } else {
        const { startServerWorker } = await import('../../server/modules/jobs/worker.js');
        const worker = await startServerWorker({
          env: secretsFile ? { ...context.env, TRUSTMAP_SECRETS_FILE: secretsFile } : context.env,
          log,
          concurrency,
          cwd: context.cwd,
          graceSeconds: graceMs / 1000,
          scheduler: flags.scheduler,
          ...(flags.cacheDir ? { cacheDir: flags.cacheDir } : {}),
        });
        stopJobs = () => worker.close();
      }
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          log('info', 'stopping', { signal });
          stopJobs().then(resolve, (error: Error) => {
            log('error', 'stop failed', { error: error.message });
            resolve();
          });
        };
        process.once('SIGTERM', () => stop('SIGTERM'));
        process.once('SIGINT', () => stop('SIGINT'));
      });
    });
}
