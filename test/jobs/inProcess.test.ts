import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type JobsDb,
  jsonLogger,
  migrateJobsStore,
  pgliteDb,
  registerSource,
  renderMetrics,
  startInProcessRunner,
  tableLedger,
} from '../../src/jobs/index.js';
import { tempTree } from '../helpers/tempTree.js';
import { gitRepository, SMALL_REPO } from './setup.js';

const schema = 'jobs_embedded';

describe('the in-process runner on PGlite (the embedded default)', () => {
  let db: JobsDb;
  beforeAll(async () => {
    db = pgliteDb(await PGlite.create());
    await migrateJobsStore(db, schema);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('collects, then notices evidence about to expire and delivers the notice once to the webhook', async () => {
    const received: { key: string; body: string }[] = [];
    const hook = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        received.push({ key: String(request.headers['idempotency-key']), body });
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    try {
      const repo = await gitRepository(SMALL_REPO);
      await db.query(`INSERT INTO ${schema}.channel (org_id, webhook_url) VALUES ('acme', $1)`, [
        `http://127.0.0.1:${(hook.address() as AddressInfo).port}/notices`,
      ]);
      await registerSource(db, schema, {
        orgId: 'acme',
        name: 'api',
        spec: { kind: 'repository', config: { url: repo, branch: 'main' } },
        firstRunAt: new Date('2026-12-01T00:00:00Z'),
      });
      const lines: string[] = [];
      const runner = await startInProcessRunner({
        db,
        schema,
        ledger: tableLedger(db, schema),
        env: {},
        log: jsonLogger((line) => lines.push(line)),
        cacheDir: await tempTree(),
        noWork: true,
        now: () => new Date('2026-12-01T12:00:00Z'),
      });
      // collect, then the expiry notice job it queued, then the delivery that one queued.
      expect(await runner.tick()).toBe(3);
      expect(received).toHaveLength(1);
      expect(received[0]!.key).toMatch(/^evidence-expiry:.+:pentest:2026-12-20$/);
      expect(JSON.parse(received[0]!.body)).toMatchObject({
        organisation: 'acme',
        notice: { evidence: 'pentest', expires: '2026-12-20' },
      });
      // Running the expiry check again writes nothing new and delivers nothing twice.
      await runner.queue.send('evidence-expiry', { orgId: 'acme' });
      expect(await runner.tick()).toBe(1);
      expect(received).toHaveLength(1);
      const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(
        logged.find((line) => line.msg === 'job completed' && line.kind === 'collect-repository'),
      ).toMatchObject({
        orgId: 'acme',
        jobId: expect.any(String),
        level: 'info',
      });
      await runner.stop();
    } finally {
      hook.close();
    }
  });

  it('retries with backoff and dead-letters a poisoned job, one job at a time', async () => {
    let clock = Date.parse('2026-12-01T00:00:00Z');
    const runner = await startInProcessRunner({
      db,
      schema,
      ledger: tableLedger(db, schema),
      env: {},
      log: jsonLogger(() => undefined),
      noWork: true,
      settings: { 'collect-repository': { retryLimit: 2, retryDelaySeconds: 60 } },
      now: () => new Date(clock),
    });
    await registerSource(db, schema, {
      orgId: 'poison',
      name: 'gone',
      spec: { kind: 'repository', config: { url: '/nonexistent/repo', branch: 'main' } },
      firstRunAt: new Date(0),
    });
    expect(await runner.tick()).toBe(1);
    // The retry waits for its backoff: nothing runs until then.
    expect(await runner.tick()).toBe(0);
    expect(runner.queue.deadLetters()).toHaveLength(0);
    clock += 61_000;
    expect(await runner.tick()).toBe(1);
    expect(runner.queue.deadLetters()).toHaveLength(0);
    clock += 121_000;
    expect(await runner.tick()).toBe(1);
    expect(runner.queue.deadLetters()).toMatchObject([
      { kind: 'collect-repository', data: { orgId: 'poison' }, attempt: 2 },
    ]);
    const { rows } = await db.query(
      `SELECT attempt, outcome FROM ${schema}.job_run WHERE org_id = 'poison' ORDER BY attempt`,
    );
    expect(rows).toEqual([
      { attempt: 0, outcome: 'failed' },
      { attempt: 1, outcome: 'failed' },
      { attempt: 2, outcome: 'failed' },
    ]);
    const metrics = await renderMetrics(db, schema, runner.queue);
    expect(metrics).toContain('trustmap_job_failures_total{org="poison",kind="collect-repository"} 3');
    expect(metrics).toContain('trustmap_jobs_queue_depth{kind="dead-letter",state="created"} 1');
    await runner.stop();
  });
});
