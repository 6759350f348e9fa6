import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  admitDueSources,
  DEAD_LETTER_QUEUE,
  type JobsDb,
  jsonLogger,
  openPgBossQueue,
  type PgBossQueue,
  registerSource,
  renderMetrics,
  startJobsRuntime,
  tableLedger,
} from '../../src/jobs/index.js';
import { tempTree } from '../helpers/tempTree.js';
import { freshSchema, gitRepository, SERVER_URL, SMALL_REPO, serverUnreachable, waitFor } from './setup.js';

const unreachable = await serverUnreachable();
const quiet = jsonLogger(() => undefined);

/** Starts `test/jobs/workerProcess.ts` as a real child process; resolves once `ready` matches its output. */
function startWorkerProcess(
  args: string[],
  ready: RegExp,
): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('test/jobs/workerProcess.ts'), ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) resolve({ child, output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`worker exited (${code}) early: ${output}`)));
  });
}

async function count(db: JobsDb, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db.query(sql, params);
  return Number(rows[0]?.n ?? 0);
}

describe.skipIf(unreachable !== undefined)('jobs on PostgreSQL (pg-boss)', () => {
  let schema: string;
  let db: JobsDb;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ schema, db, drop } = await freshSchema('jobs_q'));
  });
  afterAll(async () => {
    await drop?.();
  });

  it('retries a job whose worker was SIGKILLed after storing, on another worker, and stores one result', async () => {
    const repo = await gitRepository(SMALL_REPO);
    const cache = await tempTree();
    const source = await registerSource(db, schema, {
      orgId: 'org-kill',
      name: 'api',
      spec: { kind: 'repository', config: { url: repo, branch: 'main' } },
      firstRunAt: new Date(Date.now() - 1000),
    });
    const first = await startWorkerProcess([SERVER_URL, schema, cache, 'pause'], /paused before complete/);
    const jobId = JSON.parse(
      first
        .output()
        .split('\n')
        .find((line) => line.includes('paused before complete'))!,
    ).jobId;
    expect(await count(db, `SELECT count(*) AS n FROM ${schema}.result WHERE job_id = $1`, [jobId])).toBe(1);
    const exited = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGKILL');
    await exited;

    // Another worker (here in the test's process, to save a second start-up) takes the job once it expires.
    const lines: string[] = [];
    const second = await startJobsRuntime({
      databaseUrl: SERVER_URL,
      schema,
      cacheDir: cache,
      env: {},
      log: jsonLogger((line) => lines.push(line)),
      pollMs: 200,
      maintenanceIntervalSeconds: 1,
      expireGraceSeconds: 0,
      settings: { 'collect-repository': { timeoutSeconds: 4, retryDelaySeconds: 0 } },
      scheduler: false,
    });
    try {
      const state = await waitFor(async () => {
        const { rows } = await db.query(
          `SELECT state::text, retry_count FROM ${schema}_queue.job WHERE id = $1`,
          [jobId],
        );
        return rows[0]?.state === 'completed' ? rows[0] : undefined;
      }, 'the retried job to complete');
      expect(state.retry_count).toBe(1);
      expect(lines.join('')).toContain('"detail":"already stored"');
    } finally {
      await second.stop({ graceMs: 1000 });
    }
    expect(
      await count(db, `SELECT count(*) AS n FROM ${schema}.result WHERE source_id = $1`, [source.id]),
    ).toBe(1);
    expect(await count(db, `SELECT count(*) AS n FROM ${schema}.result_body WHERE org_id = 'org-kill'`)).toBe(
      1,
    );
  });

  it('moves a poisoned job to the dead-letter queue after its retries, recording every attempt', async () => {
    const runtime = await startJobsRuntime({
      databaseUrl: SERVER_URL,
      schema,
      env: {},
      log: quiet,
      pollMs: 100,
      cacheDir: await tempTree(),
      settings: { 'collect-repository': { retryLimit: 2, retryDelaySeconds: 0, timeoutSeconds: 10 } },
      scheduler: { tickMs: 200, perOrgLimit: 2 },
    });
    try {
      await registerSource(db, schema, {
        orgId: 'org-poison',
        name: 'gone',
        spec: { kind: 'repository', config: { url: '/nonexistent/trustmap-repo', branch: 'main' } },
        firstRunAt: new Date(Date.now() - 1000),
      });
      const dead = await waitFor(async () => {
        const { rows } = await db.query(`SELECT data FROM ${schema}_queue.job WHERE name = $1`, [
          DEAD_LETTER_QUEUE,
        ]);
        return rows.find((row) => (row.data as { orgId: string }).orgId === 'org-poison');
      }, 'the dead letter');
      expect(dead.data).toMatchObject({ orgId: 'org-poison' });
      // The last attempt's record is written as the job fails, which may land just after pg-boss moves it to the dead
      // letters: wait for it rather than read once (a CI run on a loaded machine read two of three).
      const attempts = await waitFor(async () => {
        const result = await db.query(
          `SELECT attempt, outcome, error FROM ${schema}.job_run WHERE org_id = 'org-poison' ORDER BY attempt`,
        );
        return result.rows.length >= 3 ? result : undefined;
      }, 'the third attempt recorded');
      expect(attempts.rows.map((row) => [row.attempt, row.outcome])).toEqual([
        [0, 'failed'],
        [1, 'failed'],
        [2, 'failed'],
      ]);
      expect(String(attempts.rows[0]!.error)).toContain('git clone failed');
      const metrics = await renderMetrics(db, schema, runtime.queue);
      expect(metrics).toContain('trustmap_job_failures_total{org="org-poison",kind="collect-repository"} 3');
      expect(metrics).toMatch(/trustmap_jobs_queue_depth\{kind="dead-letter",state="created"\} [1-9]/);
    } finally {
      await runtime.stop({ graceMs: 1000 });
    }
  });

  describe('scheduling and fairness (the scheduler with a driven clock, the real queue)', () => {
    let queue: PgBossQueue;
    beforeAll(async () => {
      queue = await openPgBossQueue({ connectionString: SERVER_URL, schema, log: quiet });
      // Sources of the tests above would be due at these tests' (future) clock.
      await db.query(`UPDATE ${schema}.source SET enabled = false`);
    });
    afterAll(async () => {
      await queue?.stop();
    });
    const drain = async (kind: 'collect-repository' | 'collect-probe') => {
      const jobs = await queue.boss.fetch<{ orgId: string; sourceId: string }>(kind, { batchSize: 100 });
      if (jobs.length)
        await queue.boss.complete(
          kind,
          jobs.map((job) => job.id),
        );
      return jobs;
    };

    it('fires a source when its cron time comes, once, and again at the next time', async () => {
      const t0 = new Date('2030-01-01T10:00:00Z');
      const source = await registerSource(db, schema, {
        orgId: 'org-cron',
        name: 'every five minutes',
        schedule: '*/5 * * * *',
        spec: { kind: 'repository', config: { url: '/srv/x', branch: 'main' } },
        firstRunAt: t0,
      });
      await drain('collect-repository');
      const admit = (iso: string) =>
        admitDueSources(db, schema, queue, { perOrgLimit: 2, now: new Date(iso) });
      expect(await admit('2030-01-01T09:59:59Z')).toBe(0);
      expect(await admit('2030-01-01T10:00:00Z')).toBe(1);
      expect(await admit('2030-01-01T10:00:30Z')).toBe(0);
      const fired = await drain('collect-repository');
      expect(fired.map((job) => job.data)).toEqual([{ orgId: 'org-cron', sourceId: source.id }]);
      expect(await admit('2030-01-01T10:04:59Z')).toBe(0);
      expect(await admit('2030-01-01T10:05:00Z')).toBe(1);
      // Missed runs coalesce: two hours late, the source runs once, and next at the following slot.
      await drain('collect-repository');
      expect(await admit('2030-01-01T12:07:00Z')).toBe(1);
      const { rows } = await db.query(`SELECT next_run_at FROM ${schema}.source WHERE id = $1`, [source.id]);
      expect(new Date(rows[0]!.next_run_at as string).toISOString()).toBe('2030-01-01T12:10:00.000Z');
      await drain('collect-repository');
      await db.query(`UPDATE ${schema}.source SET enabled = false WHERE org_id = 'org-cron'`);
    });

    it('keeps one noisy organisation from starving a quiet one', async () => {
      const at = new Date('2030-02-01T00:00:00Z');
      for (let i = 0; i < 40; i++)
        await registerSource(db, schema, {
          orgId: 'org-noisy',
          name: `repo-${String(i).padStart(2, '0')}`,
          spec: { kind: 'repository', config: { url: `/srv/noisy/${i}`, branch: 'main' } },
          // The noisy organisation's sources all fell due first.
          firstRunAt: new Date(at.getTime() - 3_600_000 + i * 1000),
        });
      for (const name of ['app', 'rag'])
        await registerSource(db, schema, {
          orgId: 'org-quiet',
          name,
          spec: { kind: 'repository', config: { url: `/srv/quiet/${name}`, branch: 'main' } },
          firstRunAt: at,
        });
      await drain('collect-repository');
      // Workers take jobs one at a time, oldest first; after each, the scheduler admits what is due.
      const order: string[] = [];
      for (let step = 0; step < 12; step++) {
        await admitDueSources(db, schema, queue, { perOrgLimit: 2, now: at });
        const [job] = await queue.boss.fetch<{ orgId: string }>('collect-repository', { batchSize: 1 });
        if (!job) break;
        order.push(job.data.orgId);
        await queue.boss.complete('collect-repository', job.id);
      }
      // Never more than the limit of one organisation in the queue, and the quiet one is served within its first
      // few jobs though forty older jobs of the noisy one were due.
      const quietAt = order.flatMap((org, i) => (org === 'org-quiet' ? [i] : []));
      expect(quietAt).toHaveLength(2);
      expect(Math.max(...quietAt)).toBeLessThan(4);
      const inFlight = await db.transaction((tx) => queue.inFlight(tx));
      expect(inFlight.byOrg.get('org-noisy')).toBeLessThanOrEqual(2);
    });
  });

  it('stores a run once when two copies of a job append at the same moment', async () => {
    const ledger = tableLedger(db, schema);
    const run = {
      jobId: '00000000-0000-4000-8000-000000000001',
      orgId: 'org-twice',
      sourceId: 'src',
      kind: 'check' as const,
      commit: 'abc',
      verdict: 'pass',
      summary: {},
      body: { results: [] },
      collectedAt: new Date(),
    };
    const outcomes = await Promise.all([ledger.append(run), ledger.append(run), ledger.append(run)]);
    expect(outcomes.filter((outcome) => outcome.stored)).toHaveLength(1);
    expect(await ledger.has('org-twice', run.jobId)).toBe(true);
  });

  it('cancels a running job: its handler is aborted and the job is not retried', async () => {
    // A webhook that never answers keeps the delivery job running until something aborts it.
    const hanging = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const runtime = await startJobsRuntime({
      databaseUrl: SERVER_URL,
      schema,
      env: {},
      log: quiet,
      pollMs: 100,
      scheduler: false,
    });
    try {
      const port = (hanging.address() as AddressInfo).port;
      await db.query(`INSERT INTO ${schema}.channel (org_id, webhook_url) VALUES ('org-cancel', $1)`, [
        `http://127.0.0.1:${port}/hook`,
      ]);
      await db.query(
        `INSERT INTO ${schema}.notification (key, org_id, kind, body) VALUES ('k1', 'org-cancel', 'test', '{}')`,
      );
      const id = (await runtime.queue.send('notify-deliver', { orgId: 'org-cancel', key: 'k1' }))!;
      await waitFor(
        async () =>
          (await runtime.queue.boss.getJobById('notify-deliver', id))?.state === 'active' ? true : undefined,
        'the job to start',
      );
      expect(await runtime.queue.cancel('notify-deliver', id)).toBe(true);
      const attempt = await waitFor(async () => {
        const { rows } = await db.query(`SELECT outcome FROM ${schema}.job_run WHERE job_id = $1`, [id]);
        return rows[0];
      }, 'the aborted attempt');
      expect(attempt.outcome).toBe('cancelled');
      expect((await runtime.queue.boss.getJobById('notify-deliver', id))?.state).toBe('cancelled');
      expect(
        await count(
          db,
          `SELECT count(*) AS n FROM ${schema}.notification WHERE key = 'k1' AND delivered_at IS NULL`,
        ),
      ).toBe(1);
    } finally {
      await runtime.stop({ graceMs: 100 });
      hanging.closeAllConnections();
      hanging.close();
    }
  });
});

describe.skipIf(unreachable !== undefined)('trustmap worker (the CLI process)', () => {
  let schema: string;
  let db: JobsDb;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ schema, db, drop } = await freshSchema('jobs_cli'));
  });
  afterAll(async () => {
    await drop?.();
  });

  it('logs JSON lines with job and organisation ids, and at SIGTERM releases the job it cannot finish', async () => {
    const hanging = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const queue = await openPgBossQueue({ connectionString: SERVER_URL, schema, log: quiet });
    try {
      const port = (hanging.address() as AddressInfo).port;
      await db.query(`INSERT INTO ${schema}.channel (org_id, webhook_url) VALUES ('org-term', $1)`, [
        `http://127.0.0.1:${port}/hook`,
      ]);
      await db.query(
        `INSERT INTO ${schema}.notification (key, org_id, kind, body) VALUES ('t1', 'org-term', 'test', '{}')`,
      );
      const id = (await queue.send('notify-deliver', { orgId: 'org-term', key: 't1' }))!;
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          path.resolve('test/jobs/cliEntry.ts'),
          'worker',
          '--schema',
          schema,
          '--grace-seconds',
          '1',
        ],
        { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: SERVER_URL } },
      );
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      await waitFor(
        async () => (output.includes('"msg":"job started"') ? true : undefined),
        'the worker to start the job',
      );
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const started = output
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .find((line) => line.msg === 'job started');
      expect(started).toMatchObject({ jobId: id, orgId: 'org-term', kind: 'notify-deliver', level: 'info' });
      expect(output).toContain('"msg":"job shutdown"');
      const job = await queue.boss.getJobById('notify-deliver', id);
      // Released, not failed: waiting for another worker, with none of its retries used.
      expect(job).toMatchObject({ state: 'created', retryCount: 0 });
    } finally {
      await queue.stop();
      hanging.closeAllConnections();
      hanging.close();
    }
  });
});

describe.skipIf(unreachable !== undefined)('probing a registered database', () => {
  let schema: string;
  let db: JobsDb;
  let drop: () => Promise<void>;
  const app = `tm_jobs_probe_${Math.random().toString(16).slice(2, 10)}`;
  beforeAll(async () => {
    ({ schema, db, drop } = await freshSchema('jobs_probe'));
    await db.query(`CREATE ROLE ${app} NOLOGIN`);
    await db.query(
      `CREATE TABLE ${schema}.docs (id serial PRIMARY KEY, tenant_id uuid NOT NULL, body text NOT NULL)`,
    );
    await db.query(`ALTER TABLE ${schema}.docs ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE ${schema}.docs FORCE ROW LEVEL SECURITY`);
    await db.query(
      `CREATE POLICY tenant_isolation ON ${schema}.docs USING (tenant_id = current_setting('app.tenant_id', true)::uuid)`,
    );
    await db.query(`GRANT USAGE ON SCHEMA ${schema} TO ${app}`);
    await db.query(`GRANT SELECT, INSERT, DELETE ON ${schema}.docs TO ${app}`);
    await db.query(`GRANT USAGE ON SEQUENCE ${schema}.docs_id_seq TO ${app}`);
  });
  afterAll(async () => {
    await db?.query(`DROP OWNED BY ${app}`).catch(() => undefined);
    await drop?.();
    const client = new pg.Client({ connectionString: SERVER_URL });
    await client.connect();
    await client.query(`DROP ROLE IF EXISTS ${app}`).finally(() => client.end());
  });

  it('reads the URL from the secrets when the job runs, and stores one sealed result without it', async () => {
    // The local server trusts connections, so a password in the URL is accepted and never needed: a marker.
    const url = new URL(SERVER_URL);
    url.password = 'hunter2-secret';
    const runtime = await startJobsRuntime({
      databaseUrl: SERVER_URL,
      schema,
      env: { PROBE_DB_URL: url.href },
      log: quiet,
      pollMs: 100,
      scheduler: { tickMs: 200, perOrgLimit: 2 },
    });
    try {
      const source = await registerSource(db, schema, {
        orgId: 'org-probe',
        name: 'documents-db',
        spec: {
          kind: 'postgres',
          config: {
            urlEnv: 'PROBE_DB_URL',
            probe: {
              tables: [`${schema}.docs`],
              tenantColumn: 'tenant_id',
              tenantContext: { kind: 'setting', name: 'app.tenant_id' },
              role: app,
            },
          },
        },
        firstRunAt: new Date(Date.now() - 1000),
      });
      const stored = await waitFor(async () => {
        const { rows } = await db.query(`SELECT * FROM ${schema}.result WHERE source_id = $1`, [source.id]);
        return rows[0];
      }, 'the probe result');
      expect(stored).toMatchObject({ kind: 'probe', org_id: 'org-probe', verdict: 'pass' });
      expect((stored.summary as { target: string }).target).toBe(
        `${url.protocol}//${url.username}@${url.host}${url.pathname}`,
      );
      const everything = await db.query(
        `SELECT (SELECT json_agg(r) FROM ${schema}.result r)::text || (SELECT json_agg(b) FROM ${schema}.result_body b)::text
           || (SELECT json_agg(j.data) FROM ${schema}_queue.job j)::text AS text`,
      );
      expect(String(everything.rows[0]!.text)).not.toContain('hunter2');
      expect(
        await count(db, `SELECT count(*) AS n FROM ${schema}.result WHERE source_id = $1`, [source.id]),
      ).toBe(1);
    } finally {
      await runtime.stop({ graceMs: 1000 });
    }
  });
});
