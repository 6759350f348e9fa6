import { type ChildProcess, execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupCanaries } from '../../src/probes/index.js';
import { connectServer, runAll, SERVER_URL, type TestDatabase } from './databases.js';
import { type Fixture, fixtureSql, newFixture, teardownSql } from './fixtures.js';

const run = promisify(execFile);
const server = await connectServer();
const reachable = !('unreachable' in server);
if (!reachable && process.env.CI === 'true') throw new Error(server.unreachable);
if (reachable) await server.close();

/** Starts the killable probe and resolves with its marker once it has planted. */
function startProbe(f: Fixture, mode: string): Promise<{ child: ChildProcess; marker: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('test/probes/killable.ts'), SERVER_URL, f.schema, f.app, mode],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /planted (\S+)/.exec(output);
      if (match) resolve({ child, marker: match[1]! });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`probe exited (${code}) before planting: ${output}`)));
  });
}

async function killAndWait(db: TestDatabase, f: Fixture, child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  // The server ends the killed client's session (and rolls back its transaction) when it sees the socket close.
  for (let attempt = 0; attempt < 100; attempt++) {
    const { rows } = await db.client.query(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1',
      [`trustmap-kill-${f.schema}`],
    );
    if (Number(rows[0]?.n) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the killed probe’s session did not end');
}

async function canaries(db: TestDatabase, f: Fixture): Promise<number> {
  const { rows } = await db.client.query(
    `SELECT (SELECT count(*) FROM ${f.schema}.tenants WHERE name LIKE 'trustmap-canary-%')::int
          + (SELECT count(*) FROM ${f.schema}.docs_ok WHERE title LIKE 'trustmap-canary-%')::int
          + (SELECT count(*) FROM ${f.schema}.chunks_ok WHERE content LIKE 'trustmap-canary-%')::int AS n`,
  );
  return Number(rows[0]?.n);
}

describe.skipIf(!reachable)(
  `a probe killed mid-run leaves nothing behind${reachable ? '' : ` (skipped: ${'unreachable' in server ? server.unreachable : ''})`}`,
  () => {
    let db: TestDatabase;
    let f: Fixture;
    beforeAll(async () => {
      db = (await connectServer()) as TestDatabase;
      f = newFixture(db.hasPgvector);
      await runAll(db.client, fixtureSql(f));
    });
    afterAll(async () => {
      if (!db) return;
      await runAll(db.client, teardownSql(f)).catch(() => undefined);
      await db.close();
    });

    it('transaction mode: SIGKILL after planting, and the rollback leaves no canary', async () => {
      const { child, marker } = await startProbe(f, 'transaction');
      expect(marker).toMatch(/^trustmap-canary-[0-9a-f]{32}$/);
      await killAndWait(db, f, child);
      expect(await canaries(db, f)).toBe(0);
    });

    it('committed mode: SIGKILL leaves canaries, and `trustmap probe cleanup` removes them', async () => {
      const { child, marker } = await startProbe(f, 'committed');
      await killAndWait(db, f, child);
      expect(await canaries(db, f)).toBeGreaterThan(0);
      const tables = ['tenants', 'docs_ok', 'chunks_ok'].flatMap((table) => [
        '--table',
        `${f.schema}.${table}`,
      ]);
      const env = { ...process.env, PROBE_DB: SERVER_URL, NO_COLOR: '1' };
      const dry = await run(
        'node',
        [
          'bin/trustmap.js',
          'probe',
          'cleanup',
          '--url-env',
          'PROBE_DB',
          '--run',
          marker,
          '--dry-run',
          ...tables,
        ],
        {
          env,
        },
      );
      expect(dry.stdout).toMatch(
        /^would delete [1-9]\d* canary rows? in postgres:\/\/postgres@127\.0\.0\.1:5432\/test/,
      );
      expect(await canaries(db, f)).toBeGreaterThan(0);
      const { stdout } = await run(
        'node',
        ['bin/trustmap.js', 'probe', 'cleanup', '--url-env', 'PROBE_DB', '--run', marker, ...tables],
        {
          env,
        },
      );
      expect(stdout).toMatch(/^deleted [1-9]\d* canary rows?/);
      expect(await canaries(db, f)).toBe(0);
    });

    it('cleanupCanaries leaves rows without the marker alone', async () => {
      await db.client.query(`INSERT INTO ${f.schema}.tenants (name) VALUES ('real customer')`);
      const removed = await cleanupCanaries(db.client, {
        tables: [`${f.schema}.tenants`],
        runs: [{ marker: `trustmap-canary-${'a'.repeat(32)}`, tenants: [], tenantColumn: 'tenant_id' }],
      });
      expect(removed).toEqual([{ table: expect.stringMatching(/tenants$/), rows: 0 }]);
      const { rows } = await db.client.query(`SELECT count(*)::int AS n FROM ${f.schema}.tenants`);
      expect(rows[0]?.n).toBe(1);
      await db.client.query(`DELETE FROM ${f.schema}.tenants`);
    });
  },
);
