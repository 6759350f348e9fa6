import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/errors/index.js';
import {
  cloneOrFetch,
  jsonLogger,
  nextRunAfter,
  secretReader,
  spreadDailySchedule,
} from '../../src/jobs/index.js';
import { repositoryProblem } from '../../src/server/modules/jobs/sourceInput.js';
import { tempTree } from '../helpers/tempTree.js';
import { gitRepository, SMALL_REPO } from './setup.js';

const run = promisify(execFile);

describe('schedules', () => {
  it('finds the next cron time in UTC, strictly after the given time', () => {
    expect(nextRunAfter('0 3 * * *', new Date('2026-12-01T12:00:00Z')).toISOString()).toBe(
      '2026-12-02T03:00:00.000Z',
    );
    expect(nextRunAfter('*/15 * * * *', new Date('2026-12-01T12:00:00Z')).toISOString()).toBe(
      '2026-12-01T12:15:00.000Z',
    );
  });

  it('rejects what is not a five-field cron expression', () => {
    expect(() => nextRunAfter('every day', new Date())).toThrow(InputError);
    expect(() => nextRunAfter('0 3 * * * *', new Date())).toThrow(/five-field/);
    expect(() => nextRunAfter('99 3 * * *', new Date())).toThrow(InputError);
  });

  it('spreads default daily schedules over the day, the same for the same source', () => {
    const schedules = Array.from({ length: 2000 }, (_, i) =>
      spreadDailySchedule(`org-${i % 100}`, `repo-${i}`),
    );
    expect(spreadDailySchedule('acme', 'api')).toBe(spreadDailySchedule('acme', 'api'));
    const hours = new Set(schedules.map((schedule) => schedule.split(' ')[1]));
    expect(hours.size).toBe(24);
    for (const schedule of schedules.slice(0, 50))
      expect(() => nextRunAfter(schedule, new Date())).not.toThrow();
  });
});

describe('secrets', () => {
  it('reads the environment first, then a JSON or NAME=value file', async () => {
    const dir = await tempTree({
      'secrets.json': '{"DB_URL":"postgres://a:b@db/x","N":1}',
      'secrets.env': 'RAG_TOKEN="t0k"\n# c\nX = y\n',
    });
    const fromJson = await secretReader({ DB_URL: 'from-env' }, path.join(dir, 'secrets.json'));
    expect(fromJson('DB_URL')).toBe('from-env');
    expect(fromJson('N')).toBeUndefined();
    const fromEnvFile = await secretReader({}, path.join(dir, 'secrets.env'));
    expect([fromEnvFile('RAG_TOKEN'), fromEnvFile('X'), fromEnvFile('missing')]).toEqual([
      't0k',
      'y',
      undefined,
    ]);
  });

  it('names a broken file without echoing its content', async () => {
    const dir = await tempTree({ 'broken.json': '{"DB_URL": "postgres://a:hunter2@db/x",' });
    const error = await secretReader({}, path.join(dir, 'broken.json')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain('broken.json');
    expect((error as Error).message).not.toContain('hunter2');
  });
});

describe('repositories', () => {
  it('clones shallowly, then fetches the new head into the same checkout', async () => {
    const repo = await gitRepository(SMALL_REPO);
    const cacheDir = await tempTree();
    const first = await cloneOrFetch({ url: repo, branch: 'main', cacheDir, key: 'source-1' });
    await writeFile(path.join(repo, 'NEW.md'), 'new\n');
    const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' };
    await run(
      'git',
      ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'x', '--allow-empty'],
      { cwd: repo, env },
    );
    await run('git', ['add', 'NEW.md'], { cwd: repo, env });
    await run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'y'], {
      cwd: repo,
      env,
    });
    const second = await cloneOrFetch({ url: repo, branch: 'main', cacheDir, key: 'source-1' });
    expect(second.dir).toBe(first.dir);
    expect(second.commit).not.toBe(first.commit);
    const { stdout } = await run('git', ['rev-list', '--count', 'HEAD'], { cwd: second.dir });
    expect(stdout.trim()).toBe('1');
  });

  it('refuses option-like branches and relative paths before running git', async () => {
    const cacheDir = await tempTree();
    await expect(
      cloneOrFetch({ url: '/srv/x', branch: '--upload-pack=touch /tmp/pwned', cacheDir, key: 'k' }),
    ).rejects.toThrow(InputError);
    await expect(cloneOrFetch({ url: 'relative/path', branch: 'main', cacheDir, key: 'k' })).rejects.toThrow(
      InputError,
    );
  });

  it('accepts registrations without credentials, and local paths only under the allowed roots', () => {
    const env = { TRUSTMAP_REPOSITORY_ROOTS: '/srv/repos:/data/git' };
    expect(repositoryProblem('https://github.com/acme/app.git', env)).toBeUndefined();
    expect(repositoryProblem('git@github.com:acme/app.git', env)).toBeUndefined();
    expect(repositoryProblem('/srv/repos/acme', env)).toBeUndefined();
    expect(repositoryProblem('https://x:ghp_abc@github.com/acme/app.git', env)).toMatch(/credentials/);
    expect(repositoryProblem('/srv/repos/../../etc', env)).toMatch(/TRUSTMAP_REPOSITORY_ROOTS/);
    expect(repositoryProblem('file:///etc', env)).toMatch(/TRUSTMAP_REPOSITORY_ROOTS/);
    expect(repositoryProblem('/srv/repos', {})).toMatch(/TRUSTMAP_REPOSITORY_ROOTS/);
  });
});

it('logs one JSON object a line with the fields given', () => {
  const lines: string[] = [];
  const log = jsonLogger(
    (line) => lines.push(line),
    { pid: 7 },
    () => new Date('2026-12-01T00:00:00Z'),
  );
  log('warn', 'job "x"\nfailed', { jobId: 'j', orgId: 'o' });
  expect(lines).toEqual([
    '{"time":"2026-12-01T00:00:00.000Z","level":"warn","msg":"job \\"x\\"\\nfailed","pid":7,"jobId":"j","orgId":"o"}\n',
  ]);
});
