import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { connectServer, runAll, SERVER_URL, type TestDatabase } from './databases.js';
import { type Fixture, fixtureSql, newFixture, teardownSql } from './fixtures.js';
import { ragEnv, startRag } from './ragService.js';

const execFileAsync = promisify(execFile);
const MIGRATIONS = 'examples/acme-ai/services/api/migrations';

async function trustmap(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await execFileAsync('node', ['bin/trustmap.js', ...args], {
      env: { ...process.env, NO_COLOR: '1', TRUSTMAP_NOW: '2026-11-26T12:00:00Z', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'trustmap-probe-cli-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('trustmap probe postgres (binary)', () => {
  it('probes the example map on PGlite built from its migrations, and writes evidence', async () => {
    const evidence = path.join(scratch, 'evidence');
    const json = await trustmap([
      'probe',
      'postgres',
      'examples/acme-ai',
      '--component',
      'vector-index',
      '--migrations',
      MIGRATIONS,
      '--format',
      'json',
      '--evidence-dir',
      evidence,
    ]);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result).toMatchObject({
      kind: 'postgres',
      component: 'vector-index',
      verdict: 'pass',
      startedAt: '2026-11-26T12:00:00.000Z',
    });
    expect(await readdir(evidence)).toEqual(['probe-postgres-vector-index-2026-11-26T12-00-00-000Z.json']);

    const text = await trustmap([
      'probe',
      'postgres',
      'examples/acme-ai',
      '--component',
      'vector-index',
      '--migrations',
      MIGRATIONS,
      '--no-evidence',
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatchInlineSnapshot(`
      "probe postgres vector-index (pglite (in-memory) from examples/acme-ai/services/api/migrations): PASS
        ✓ connecting user: connecting user \`postgres\` bypasses row-level security (superuser); the probe tested as \`documind_app\`. If the application connects as \`postgres\`, isolation is not enforced.
        ✓ documents: catalog: row-level security enabled and forced; policy \`tenant_isolation\` binds rows to the tenant
        ✓ document_chunks: catalog: row-level security enabled and forced; policy \`tenant_isolation\` binds rows to the tenant
        ✓ documents: select as tenant A: tenant A saw none of tenant B's rows as role \`documind_app\`; it saw its own 2 rows
        ✓ documents: select without tenant context: no tenant context fails closed: invalid input syntax for type uuid: ""
        ✓ document_chunks: select as tenant A: tenant A saw none of tenant B's rows as role \`documind_app\`; it saw its own 1 row
        ✓ document_chunks: similarity search as tenant A: similarity search (ORDER BY embedding <-> $1 LIMIT 5) with tenant B's canary vector returned 1 row, none of tenant B's
        ✓ document_chunks: select without tenant context: no tenant context fails closed: invalid input syntax for type uuid: ""
      "
    `);
  }, 180_000);

  it('exits 2 with a hint on usage and configuration mistakes', async () => {
    const none = await trustmap(['probe', 'postgres', scratch]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(
      'give --component <id> (configured in the map) or --table and --tenant-column',
    );
    const typo = await trustmap(['probe', 'postgres', 'examples/acme-ai', '--component', 'vector-idx']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('no component `vector-idx` in the map; did you mean `vector-index`?');
    const unset = await trustmap(['probe', 'postgres', 'examples/acme-ai', '--component', 'vector-index'], {
      ACME_DATABASE_URL: '',
    });
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('environment variable ACME_DATABASE_URL is not set');
  });

  it('never prints the password when the server is unreachable', async () => {
    const down = await trustmap(
      [
        'probe',
        'postgres',
        scratch,
        '--url-env',
        'DB',
        '--table',
        'documents',
        '--tenant-column',
        'tenant_id',
        '--tenant-setting',
        'app.tenant_id',
      ],
      { DB: 'postgres://app:hunter2@127.0.0.1:9/acme?password=hunter2' },
    );
    expect(down.code).toBe(2);
    expect(down.stderr).toContain('cannot connect to postgres://app@127.0.0.1:9/acme (from DB)');
    expect(down.stdout + down.stderr).not.toContain('hunter2');
  });
});

const server = await connectServer();
const reachable = !('unreachable' in server);
if (!reachable && process.env.CI === 'true') throw new Error(server.unreachable);
if (reachable) await server.close();

describe.skipIf(!reachable)('trustmap probe postgres against the server (binary)', () => {
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

  it('Ctrl-C after the canaries were committed removes them, forgets the run and exits 130', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'trustmap-probe-interrupt-'));
    const child = spawn(
      process.execPath,
      [
        'bin/trustmap.js',
        'probe',
        'postgres',
        root,
        '--url-env',
        'DB',
        '--table',
        `${f.schema}.docs_ok`,
        '--tenant-column',
        'tenant_id',
        '--tenant-setting',
        'app.tenant_id',
        '--role',
        f.app,
        '--mode',
        'committed',
        '--no-evidence',
      ],
      {
        env: { ...process.env, NO_COLOR: '1', DB: SERVER_URL, TRUSTMAP_TEST_HOLD_AFTER_PLANTING: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    const marker = await new Promise<string>((resolve, reject) => {
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /planted (\S+)/.exec(stderr);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`probe exited (${code}) before planting: ${stderr}`)));
    });
    const committedRows = await db.client.query(
      `SELECT count(*)::int AS n FROM ${f.schema}.docs_ok WHERE title LIKE 'trustmap-canary-%'`,
    );
    expect(Number(committedRows.rows[0]?.n)).toBeGreaterThan(0);
    const runs = JSON.parse(await readFile(path.join(root, '.trustmap', 'probe-runs.json'), 'utf8'));
    expect(JSON.stringify(runs)).toContain(marker);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('interrupted (SIGINT): removing committed canaries');
    expect(stderr).toMatch(/removed [1-9]\d* canary rows?/);
    const left = await db.client.query(
      `SELECT count(*)::int AS n FROM ${f.schema}.docs_ok WHERE title LIKE 'trustmap-canary-%'`,
    );
    expect(Number(left.rows[0]?.n)).toBe(0);
    const after = await readFile(path.join(root, '.trustmap', 'probe-runs.json'), 'utf8').catch(() => '');
    expect(after).not.toContain(marker);
    await rm(root, { recursive: true, force: true });
  }, 120_000);

  it('exits 1 and names the table at fault, with the target redacted', async () => {
    const url = new URL(SERVER_URL);
    url.password = 'hunter2';
    const { code, stdout } = await trustmap(
      [
        'probe',
        'postgres',
        scratch,
        '--url-env',
        'DB',
        '--table',
        `${f.schema}.docs_rls_off`,
        '--table',
        `${f.schema}.docs_ok`,
        '--tenant-column',
        'tenant_id',
        '--tenant-setting',
        'app.tenant_id',
        '--role',
        f.app,
        '--no-evidence',
      ],
      { DB: url.toString() },
    );
    expect(code).toBe(1);
    expect(stdout).toContain(`${f.schema}.docs_rls_off: row-level security is off`);
    expect(stdout).toContain(
      `${f.schema}.docs_rls_off: tenant A saw 1 of tenant B's canary row (plain select as role \`${f.app}\`)`,
    );
    expect(stdout).not.toContain(`${f.schema}.docs_ok: fail`);
    expect(stdout).not.toContain('hunter2');
  });

  it('--read-only writes nothing and still fails on catalog facts', async () => {
    const { code, stdout } = await trustmap(
      [
        'probe',
        'postgres',
        scratch,
        '--url-env',
        'DB',
        '--table',
        `${f.schema}.docs_owner`,
        '--tenant-column',
        'tenant_id',
        '--tenant-setting',
        'app.tenant_id',
        '--role',
        f.owner,
        '--read-only',
        '--format',
        'json',
        '--no-evidence',
      ],
      { DB: SERVER_URL },
    );
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.steps.map((step: { name: string }) => step.name)).toEqual([
      'connecting user',
      `${f.schema}.docs_owner: catalog`,
    ]);
    expect(result.tables[0].reasons).toEqual([
      `${f.schema}.docs_owner: RLS enabled but not forced and role \`${f.owner}\` owns the table`,
    ]);
  });
});

describe('trustmap probe http (binary)', () => {
  it('exits 1 on the leaky service and 0 on the correct one', async () => {
    const [leaky, correct] = await Promise.all([startRag(true), startRag(false)]);
    try {
      const args = ['probe', 'http', scratch, '--config', 'examples/rag-service/probe.yaml', '--no-evidence'];
      const failed = await trustmap(args, ragEnv(leaky.url));
      expect(failed.code).toBe(1);
      expect(failed.stdout).toMatch(
        /✗ tenant B: exact phrase: tenant B's exact phrase returned tenant A's canary trustmap-canary-/,
      );
      const passed = await trustmap(args, ragEnv(correct.url));
      expect(passed.code).toBe(0);
      expect(passed.stdout).toContain(': PASS');

      // From a map: the api component points at a probe definition next to the map; evidence lands beside it.
      const mapDir = path.join(scratch, 'map');
      await mkdir(mapDir, { recursive: true });
      const doc = parseDocument(await readFile('examples/acme-ai/trustmap.yaml', 'utf8'));
      const components = doc.toJS().components as { id: string }[];
      doc.setIn(['components', components.findIndex((entry) => entry.id === 'api'), 'probe'], {
        http: { config: 'rag-probe.yaml' },
      });
      await writeFile(path.join(mapDir, 'trustmap.yaml'), doc.toString());
      await copyFile('examples/rag-service/probe.yaml', path.join(mapDir, 'rag-probe.yaml'));
      const fromMap = await trustmap(['probe', 'http', mapDir, '--component', 'api', '--format', 'json'], {
        ...ragEnv(correct.url),
        TRUSTMAP_SIGNING_KEY: '',
        TRUSTMAP_SIGNING_KEY_FILE: path.join(scratch, 'no-key.pem'),
      });
      // No signing key in this environment: the result is written, unsigned, with a warning saying how to sign.
      expect(fromMap.stderr).toMatch(/^warning the result is unsigned[^\n]*trustmap keys create[^\n]*\n$/);
      expect(JSON.parse(fromMap.stdout)).toMatchObject({ kind: 'http', component: 'api', verdict: 'pass' });
      expect(await readdir(path.join(mapDir, '.trustmap', 'evidence'))).toEqual([
        'probe-http-api-2026-11-26T12-00-00-000Z.json',
      ]);
    } finally {
      leaky.stop();
      correct.stop();
    }
  }, 180_000);
});
