import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';
import { type JobsDb, migrateJobsStore, poolDb } from '../../src/jobs/index.js';
import { tempTree } from '../helpers/tempTree.js';

const run = promisify(execFile);

export const SERVER_URL = process.env.TRUSTMAP_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Why the server cannot be used, or undefined; throws under CI=true (a CI run must not skip silently). */
export async function serverUnreachable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    const reason = `PostgreSQL at ${SERVER_URL} is unreachable (${(error as Error).message})`;
    if (process.env.CI === 'true') throw new Error(reason);
    return reason;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A uniquely named jobs schema (and its `_queue` schema) for one test file, dropped by `drop`. */
export async function freshSchema(
  prefix: string,
): Promise<{ schema: string; db: JobsDb; drop: () => Promise<void> }> {
  const schema = `${prefix}_${randomBytes(4).toString('hex')}`;
  const db = poolDb(new pg.Pool({ connectionString: SERVER_URL, max: 4 }));
  await migrateJobsStore(db, schema);
  return {
    schema,
    db,
    async drop() {
      await db.query(`DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
      await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await db.close();
    },
  };
}

/** A git repository with one commit on `main`, built from an object literal of files. */
export async function gitRepository(files: Record<string, string>): Promise<string> {
  const dir = await tempTree(files);
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const git = (...args: string[]) =>
    run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, env });
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'initial');
  return dir;
}

/** A tiny but valid map and a line of code that uses a provider. */
export const SMALL_REPO: Record<string, string> = {
  'trustmap.yaml': [
    'version: 1',
    'organization: { name: Small Co, stage: seed }',
    'evidence:',
    '  - { id: pentest, title: Penetration test, url: "https://example.com/p", expires: 2026-12-20 }',
    '',
  ].join('\n'),
  'src/app.ts': "import OpenAI from 'openai';\nexport const client = new OpenAI();\n",
};

export async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
