import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKey, privateKeyPem } from '../../src/core/signing.js';
import { registerSource, type SqlRunner } from '../../src/jobs/index.js';
import { createUser } from '../../src/server/admin/accounts.js';
import { readLedger } from '../../src/server/db/ledgerStore.js';
import { type RunningServer, resolveServerConfig, startServer } from '../../src/server/index.js';
import { verifyLedger } from '../../src/server/ledger/index.js';
import { gitRepository, SERVER_URL, SMALL_REPO, serverUnreachable, waitFor } from './setup.js';

const unreachable = await serverUnreachable();

/** Runs `trustmap worker` from source; resolves with its exit code and output once it exits. */
function worker(env: Record<string, string>, args: string[] = []) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('test/jobs/cliEntry.ts'), 'worker', ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, exited, output: () => output };
}

describe.skipIf(unreachable !== undefined)('trustmap worker beside trustmap serve on PostgreSQL', () => {
  const suffix = randomBytes(4).toString('hex');
  const schema = `tm_jobs_srv_${suffix}`;
  const appRole = `tm_app_jobs_${suffix}`;
  const key = generateSigningKey();
  let server: RunningServer;
  let scratch: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'trustmap-jobs-worker-'));
    env = {
      DATABASE_URL: SERVER_URL,
      TRUSTMAP_SERVER_SCHEMA: schema,
      TRUSTMAP_SERVER_APP_ROLE: appRole,
      TRUSTMAP_SIGNING_KEY: privateKeyPem(key),
    };
    server = await startServer(
      resolveServerConfig(
        { dataDir: path.join(scratch, 'data'), schema, appRole, databaseUrl: SERVER_URL, port: 0 },
        {},
      ),
      { env },
    );
  });
  afterAll(async () => {
    await server?.close();
    const client = new pg.Client({ connectionString: SERVER_URL });
    await client.connect();
    try {
      for (const name of [`${schema}_jobs_queue`, `${schema}_jobs`, schema])
        await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
      await client.query(`DROP OWNED BY ${appRole}`).catch(() => undefined);
      await client.query(`DROP ROLE IF EXISTS ${appRole}`);
    } finally {
      await client.end();
    }
    await rm(scratch, { recursive: true, force: true });
  });

  it('collects a due source into the organisation’s signed ledger, which still verifies', async () => {
    const { orgId } = await createUser(server.deps.db, {
      email: 'o@acme.test',
      org: 'acme',
      role: 'owner',
      password: 'correct horse battery',
    });
    const repo = await gitRepository(SMALL_REPO);
    await server.deps.db.withOrg(orgId, (tx) =>
      registerSource(tx as SqlRunner, `${schema}_jobs`, {
        orgId,
        name: 'api',
        spec: { kind: 'repository', config: { url: repo, branch: 'main' } },
        firstRunAt: new Date(Date.now() - 1000),
      }),
    );
    const running = worker(env, ['--cache-dir', path.join(scratch, 'cache')]);
    try {
      await waitFor(
        async () => (running.output().includes('"msg":"job completed"') ? true : undefined),
        'the collection',
        40_000,
      );
    } finally {
      running.child.kill('SIGTERM');
    }
    expect(await running.exited).toBe(0);
    const entries = await server.deps.db.withOrg(orgId, (tx) => readLedger(tx, orgId));
    // Stored like a pushed run (one entry, its evidence metadata inside), signed with the server's key.
    expect(entries.map((entry) => entry.recordType)).toEqual(['run']);
    expect(entries[0]!.recordId).toMatch(/^collected-/);
    expect((entries[0]!.record as { evidence?: unknown[] }).evidence?.length).toBeGreaterThan(0);
    expect(verifyLedger(entries, key.publicKey)).toMatchObject({ ok: true, entries: 1 });
  });

  it('refuses to start with a key that is not the server’s', async () => {
    const stranger = worker({ ...env, TRUSTMAP_SIGNING_KEY: privateKeyPem(generateSigningKey()) });
    expect(await stranger.exited).toBe(2);
    expect(stranger.output()).toContain('this signing key is not the server’s');
  });
});
