import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors/index.js';

export interface CloneOrFetchOptions {
  /** A git URL, or an absolute path the server can read. */
  url: string;
  branch: string;
  /** Where checkouts are kept between runs, one folder per source. */
  cacheDir: string;
  /** Names the checkout folder (the source id). */
  key: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface Checkout {
  dir: string;
  commit: string;
}

const BRANCH = /^(?!-)[\w./-]{1,200}$/;

/** The repository's URL as git should see it: local paths as `file://`, so `--depth` applies to them too. */
function remoteOf(url: string): string {
  if (path.isAbsolute(url)) return `file://${url}`;
  if (/^(https?|ssh|git|file):\/\//.test(url) || /^[\w.-]+@[\w.-]+:/.test(url)) return url;
  throw new InputError([
    {
      message: `not a repository URL or absolute path: ${url.slice(0, 200)}`,
      hint: 'use https://…, ssh://…, git@host:… or /absolute/path',
    },
  ]);
}

/**
 * Runs git with a bounded time and output, no terminal prompts, no hooks, no system or user config (a
 * repository's content is untrusted; the server's own git settings are not the job's business).
 */
function git(
  args: string[],
  options: { cwd?: string; timeoutMs: number; signal?: AbortSignal; home: string },
) {
  return new Promise<string>((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.hooksPath=/dev/null', '-c', 'advice.detachedHead=false', ...args],
      {
        cwd: options.cwd,
        timeout: options.timeoutMs,
        maxBuffer: 4 * 1024 * 1024,
        ...(options.signal ? { signal: options.signal } : {}),
        env: {
          PATH: process.env.PATH,
          HOME: options.home,
          GIT_TERMINAL_PROMPT: '0',
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_CONFIG_GLOBAL: '/dev/null',
        },
      },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`git ${args[0]} failed: ${(stderr || error.message).trim().slice(0, 500)}`));
        else resolve(stdout.trim());
      },
    );
  });
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Brings a source's checkout up to date: a shallow clone the first time, a shallow fetch of the branch and a
 * forced checkout after that. A checkout a crash left half-updated is removed and cloned again.
 * @example const { dir, commit } = await cloneOrFetch({ url: '/srv/acme', branch: 'main', cacheDir, key: source.id });
 * @throws InputError for a malformed URL or branch; Error when git fails or times out
 */
export async function cloneOrFetch(options: CloneOrFetchOptions): Promise<Checkout> {
  if (!BRANCH.test(options.branch) || options.branch.includes('..'))
    throw new InputError([{ message: `not a branch name: ${options.branch.slice(0, 200)}` }]);
  const remote = remoteOf(options.url);
  const folder = createHash('sha256').update(options.key).digest('hex').slice(0, 24);
  const dir = path.join(options.cacheDir, folder);
  const run = { timeoutMs: options.timeoutMs ?? 120_000, signal: options.signal, home: options.cacheDir };
  await mkdir(options.cacheDir, { recursive: true });
  if (await exists(path.join(dir, '.git'))) {
    try {
      await git(['fetch', '--depth', '1', '--no-tags', 'origin', options.branch], { ...run, cwd: dir });
      await git(['checkout', '--force', '--detach', 'FETCH_HEAD'], { ...run, cwd: dir });
      await git(['clean', '-ffdxq'], { ...run, cwd: dir });
      return { dir, commit: await git(['rev-parse', 'HEAD'], { ...run, cwd: dir }) };
    } catch (error) {
      if (options.signal?.aborted) throw error;
      // A fetch that fails on an existing checkout may be a corrupt cache: start over once.
      await rm(dir, { recursive: true, force: true });
    }
  } else await rm(dir, { recursive: true, force: true });
  await git(
    [
      'clone',
      '--quiet',
      '--depth',
      '1',
      '--single-branch',
      '--no-tags',
      '--branch',
      options.branch,
      '--',
      remote,
      dir,
    ],
    run,
  );
  return { dir, commit: await git(['rev-parse', 'HEAD'], { ...run, cwd: dir }) };
}
