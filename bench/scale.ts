// `npm run bench:scale`: N generated git repositories (the example company's repository plus generated source
// files, about 2 MB and 400 files each) collected by 1, 2 and 4 `trustmap worker`-style processes against
// PostgreSQL, in one run: jobs per minute and the speed-up per added worker. Then the stored bytes per run and
// the cost of a 12-month history query on a synthetic year of results, for the paper estimate in docs/jobs.md.
// Bounded: BENCH_REPOS (default 16) repositories; each worker count gets a fresh schema and a cold cache.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { seededRandom } from '../src/core/random.js';
import { migrateJobsStore, poolDb, registerSource } from '../src/jobs/index.js';

const run = promisify(execFile);
const URL =
  process.env.TRUSTMAP_BENCH_DATABASE_URL ??
  process.env.TRUSTMAP_TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
const REPOS = Number(process.env.BENCH_REPOS ?? 16);
const WORKERS = [1, 2, 4];
const FILES_PER_REPO = 350;

/** A source file of a few kilobytes; one in twenty calls a model provider's SDK. */
function sourceFile(next: () => number, i: number): string {
  const lines = [`// generated module ${i}`];
  if (i % 20 === 0) lines.push("import OpenAI from 'openai';", 'const client = new OpenAI();');
  const functions = 10 + Math.floor(next() * 20);
  for (let f = 0; f < functions; f++)
    lines.push(
      `export function handler${i}_${f}(input: { tenantId: string; value: number }) {`,
      `  const score = input.value * ${Math.floor(next() * 1000)} + ${f};`,
      `  return { tenant: input.tenantId, score, label: 'result-${i}-${f}' };`,
      '}',
    );
  return `${lines.join('\n')}\n`;
}

async function makeRepositories(root: string): Promise<string[]> {
  const repos: string[] = [];
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  for (let r = 0; r < REPOS; r++) {
    const dir = path.join(root, `repo-${r}`);
    await cp('examples/acme-ai', dir, { recursive: true });
    const next = seededRandom(r + 1);
    await mkdir(path.join(dir, 'services/generated'), { recursive: true });
    for (let i = 0; i < FILES_PER_REPO; i++)
      await writeFile(path.join(dir, 'services/generated', `module${i}.ts`), sourceFile(next, i));
    const git = (...args: string[]) =>
      run('git', ['-c', 'user.name=b', '-c', 'user.email=b@example.com', ...args], { cwd: dir, env });
    await git('init', '-q', '-b', 'main');
    await git('add', '-A');
    await git('commit', '-q', '-m', 'generated');
    repos.push(dir);
  }
  return repos;
}

function startWorker(schema: string, cacheDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/scaleWorker.ts', URL, schema, cacheDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('"msg":"worker started"')) resolve(child);
      if (output.length > 1e6) output = output.slice(-1000);
    });
    child.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
  });
}

interface Measured {
  workers: number;
  seconds: number;
  jobsPerMinute: number;
  avgJobMs: number;
}

async function measure(
  workers: number,
  repos: string[],
  scratch: string,
): Promise<Measured & { bytes?: Record<string, number> }> {
  const schema = `bench_scale_${randomBytes(3).toString('hex')}`;
  const db = poolDb(new pg.Pool({ connectionString: URL, max: 2 }));
  const children: ChildProcess[] = [];
  const stopWorkers = () =>
    Promise.all(
      children.map((child) => {
        if (child.exitCode !== null) return undefined;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        return exited;
      }),
    );
  try {
    await migrateJobsStore(db, schema);
    const orgs = 4;
    for (const [i, url] of repos.entries())
      await registerSource(db, schema, {
        orgId: `org-${i % orgs}`,
        name: `repo-${i}`,
        spec: { kind: 'repository', config: { url, branch: 'main' } },
        firstRunAt: new Date(Date.now() + 3_600_000),
      });
    const cacheDir = path.join(scratch, `cache-${workers}`);
    // Start every worker before the clock starts: start-up (tsx, pg-boss) is not collection.
    const starts = await Promise.allSettled(
      Array.from({ length: workers }, () => startWorker(schema, cacheDir)),
    );
    for (const start of starts) if (start.status === 'fulfilled') children.push(start.value);
    const failed = starts.find((start) => start.status === 'rejected');
    if (failed) throw failed.reason;
    const started = performance.now();
    await db.query(`UPDATE ${schema}.source SET next_run_at = now()`);
    for (;;) {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM ${schema}.result`);
      if (Number(rows[0]!.n) >= repos.length) break;
      if (performance.now() - started > 600_000) throw new Error('bench took over 10 minutes; stopping');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const seconds = (performance.now() - started) / 1000;
    await stopWorkers();
    const { rows } = await db.query(
      `SELECT avg(duration_ms)::int AS ms FROM ${schema}.job_run WHERE outcome = 'completed' AND kind = 'collect-repository'`,
    );
    const sizes = await db.query(
      `SELECT (SELECT avg(pg_column_size(r.*))::int FROM ${schema}.result r) AS result_row,
              (SELECT avg(pg_column_size(b.body))::int FROM ${schema}.result_body b) AS body,
              (SELECT avg(length(b.body::text))::int FROM ${schema}.result_body b) AS body_text,
              (SELECT avg(pg_column_size(j.*))::int FROM ${schema}.job_run j) AS job_run_row,
              (SELECT avg(pg_column_size(q.*))::int FROM ${schema}_queue.job q) AS queue_row`,
    );
    return {
      workers,
      seconds,
      jobsPerMinute: (repos.length / seconds) * 60,
      avgJobMs: Number(rows[0]!.ms),
      bytes: Object.fromEntries(Object.entries(sizes.rows[0]!).map(([key, value]) => [key, Number(value)])),
    };
  } finally {
    await stopWorkers();
    await db.query(`DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
    await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await db.close();
  }
}

/** A year of daily results for many organisations' 20 repositories, and the history query the dashboard runs. */
async function historyQuery(
  summaryBytes: number,
): Promise<{ rows: number; orgs: number; ms: number; totalMb: number }> {
  const schema = `bench_hist_${randomBytes(3).toString('hex')}`;
  const db = poolDb(new pg.Pool({ connectionString: URL, max: 1 }));
  const orgs = Number(process.env.BENCH_HISTORY_ORGS ?? 40);
  try {
    await migrateJobsStore(db, schema);
    const pad = 'x'.repeat(Math.max(0, summaryBytes - 200));
    await db.query(
      `INSERT INTO ${schema}.result (job_id, org_id, source_id, kind, commit, verdict, summary, sha256, collected_at)
       SELECT gen_random_uuid()::text, 'org-' || o, 'src-' || o || '-' || s, 'check', md5(o::text || s::text || d::text),
              CASE WHEN (o + s + d) % 7 = 0 THEN 'fail' ELSE 'pass' END,
              jsonb_build_object('byStatus', jsonb_build_object('pass', 12, 'fail', (o + s + d) % 3), 'pad', $2::text),
              md5(d::text), $1::timestamptz - make_interval(days => d)
       FROM generate_series(1, $3::int) o, generate_series(1, 20) s, generate_series(0, 364) d`,
      [new Date(), pad, orgs],
    );
    await db.query(`ANALYZE ${schema}.result`);
    const query = `SELECT source_id, collected_at::date AS day, verdict, summary->'byStatus' AS counts FROM ${schema}.result
      WHERE org_id = $1 AND collected_at >= now() - interval '12 months' ORDER BY source_id, collected_at`;
    await db.query(query, ['org-7']);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await db.query(query, [`org-${1 + i}`]);
      times.push(performance.now() - started);
    }
    const size = await db.query(`SELECT pg_total_relation_size('${schema}.result')::bigint AS bytes`);
    return {
      rows: orgs * 20 * 365,
      orgs,
      ms: times.sort((a, b) => a - b)[2]!,
      totalMb: Number(size.rows[0]!.bytes) / 1e6,
    };
  } finally {
    await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await db.close();
  }
}

const scratch = await mkdtemp(path.join(tmpdir(), 'trustmap-bench-scale-'));
try {
  console.log(`generating ${REPOS} repositories (example company + ${FILES_PER_REPO} source files each)…`);
  const repos = await makeRepositories(path.join(scratch, 'repos'));
  const { stdout } = await run('du', ['-sk', '--exclude=.git', repos[0]!]);
  console.log(`one repository: ${Math.round(Number(stdout.split('\t')[0]) / 1024)} MB of files\n`);
  const results = [];
  for (const workers of WORKERS) {
    const measured = await measure(workers, repos, scratch);
    results.push(measured);
    const base = results[0]!;
    const previous = results.at(-2) ?? base;
    console.log(
      `${workers} worker${workers > 1 ? 's' : ' '}: ${measured.seconds.toFixed(1)} s for ${REPOS} jobs, ` +
        `${measured.jobsPerMinute.toFixed(0)} jobs/min, speed-up ${(base.seconds / measured.seconds).toFixed(2)}x ` +
        `(x${(previous.seconds / measured.seconds).toFixed(2)} over ${previous.workers}), mean job ${measured.avgJobMs} ms`,
    );
  }
  const bytes = results[0]!.bytes!;
  console.log(
    `\nstored per run: result row ${bytes.result_row} B, body ${bytes.body} B (${bytes.body_text} B as JSON text), attempt row ${bytes.job_run_row} B, queue row ${bytes.queue_row} B`,
  );
  const history = await historyQuery(bytes.result_row ?? 500);
  console.log(
    `history: ${history.rows.toLocaleString('en')} result rows (${history.orgs} orgs x 20 repos x 365 days, ${history.totalMb.toFixed(0)} MB with indexes); ` +
      `one organisation's 12 months (7,300 rows): ${history.ms.toFixed(1)} ms (median of 5)`,
  );
  console.log(`cores: ${(await import('node:os')).availableParallelism()}`);
} finally {
  await rm(scratch, { recursive: true, force: true });
}
