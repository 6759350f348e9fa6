import { existsSync } from 'node:fs';
import { UsageError } from '../../../errors/index.js';
import { loadSigningKey } from '../../../io/index.js';
import type { Logger } from '../../../jobs/index.js';
import { resolveServerConfig } from '../../config.js';
import { resolveServerKey, serverKeyFile } from '../../serverKey.js';
import { createDeps, openDatabase } from '../../start.js';
import { type ServerJobs, startServerJobs } from './start.js';

export interface ServerWorkerOptions {
  env: Record<string, string | undefined>;
  log: Logger;
  concurrency?: number;
  cacheDir?: string;
  /** Admit due sources from this process too (default). */
  scheduler?: boolean;
  graceSeconds?: number;
  cwd?: string;
}

/**
 * `trustmap worker`: the server's database and ledger, no web server. Collected runs are appended to the
 * ledger and signed, so a worker needs the server's key (`TRUSTMAP_SIGNING_KEY`, or the key file the server
 * uses); a worker with another key would write entries nobody can verify, so it refuses to start.
 * @throws UsageError without DATABASE_URL or without the server's key
 */
export async function startServerWorker(
  options: ServerWorkerOptions,
): Promise<ServerJobs & { close(): Promise<void> }> {
  const config = resolveServerConfig({ ...(options.cwd ? { cwd: options.cwd } : {}) }, options.env);
  if (!config.databaseUrl)
    throw new UsageError(
      'DATABASE_URL is not set',
      'workers share the PostgreSQL of `trustmap serve`, e.g. postgres://trustmap@db/trustmap',
    );
  if (
    !loadSigningKey(options.env as NodeJS.ProcessEnv) &&
    !existsSync(serverKeyFile(config.dataDir, options.env))
  )
    throw new UsageError(
      'no server signing key',
      'set TRUSTMAP_SIGNING_KEY to the server’s key: workers sign the ledger entries they append',
    );
  const { key } = await resolveServerKey(config.dataDir, options.env);
  const { db } = await openDatabase(config);
  try {
    const known = await db.withOwner((tx) =>
      tx.query('SELECT 1 FROM server_keys WHERE key_id = $1', [key.keyId]),
    );
    if (known.rows.length === 0)
      throw new UsageError(
        'this signing key is not the server’s',
        'start `trustmap serve` once with it, or give the worker the server’s TRUSTMAP_SIGNING_KEY',
      );
    const deps = createDeps(config, db, key, () => new Date());
    const jobs = await startServerJobs(deps, {
      env: options.env,
      work: true,
      log: options.log,
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
      ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
      ...(options.scheduler === false ? { scheduler: false } : {}),
      ...(options.graceSeconds ? { graceSeconds: options.graceSeconds } : {}),
    });
    return {
      ...jobs,
      async close() {
        await jobs.stop();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
