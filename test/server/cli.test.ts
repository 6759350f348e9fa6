import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { generateSigningKey } from '../../src/core/signing.js';
import { workerExecArgv } from '../../src/server/cluster.js';
import { nextEntry } from '../../src/server/ledger/chain.js';
import type { LedgerEntry, LedgerExport } from '../../src/server/ledger/types.js';
import { ROOT, runCli } from '../helpers/runCli.js';
import { tempTree } from '../helpers/tempTree.js';
import { describeOnDatabases, SERVER_URL } from './harness.js';

const BIN = path.join(ROOT, 'bin', 'trustmap.js');

function exportedLedger(): { ledger: LedgerExport; publicKey: string } {
  const key = generateSigningKey();
  const org = '6f1c3f0e-8a57-4d3c-9d47-0c7e5d1c2b10';
  const entries: LedgerEntry[] = [];
  for (let n = 1; n <= 4; n++)
    entries.push(
      nextEntry(
        entries.at(-1),
        org,
        {
          type: 'run',
          id: `r${n}`,
          collectedAt: '2026-11-20T06:00:00.000Z',
          effectiveDate: '2026-11-20',
          content: { n },
        },
        key,
      ),
    );
  return {
    ledger: { format: 'trustmap.ledger/v1', org, publicKey: key.publicKeyBase64, entries, checkpoints: [] },
    publicKey: key.publicKeyBase64,
  };
}

describe('server commands (binary)', () => {
  it('ledger verify --file: exit 0 on an intact export, exit 1 naming the first removed entry', async () => {
    const dir = await tempTree();
    const { ledger, publicKey } = exportedLedger();
    await writeFile(path.join(dir, 'ledger.json'), JSON.stringify(ledger));
    const ok = runCli([
      'ledger',
      'verify',
      '--file',
      path.join(dir, 'ledger.json'),
      '--public-key',
      publicKey,
    ]);
    expect(ok.stdout).toContain('ledger verified: 4 entries');
    expect(ok.code).toBe(0);
    ledger.entries.splice(1, 1);
    await writeFile(path.join(dir, 'tampered.json'), JSON.stringify(ledger));
    const bad = runCli([
      'ledger',
      'verify',
      '--file',
      path.join(dir, 'tampered.json'),
      '--public-key',
      publicKey,
    ]);
    expect(bad.stdout).toContain('entry 2 removed');
    expect(bad.code).toBe(1);
    const noKey = runCli(['ledger', 'verify', '--file', path.join(dir, 'ledger.json')]);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('--public-key');
  });

  it('push: a clear error and exit 2 when the server is unreachable or not configured', () => {
    const unreachable = runCli(['push', 'examples/acme-ai', '--no-discover'], {
      env: { TRUSTMAP_SERVER: 'http://127.0.0.1:9', TRUSTMAP_TOKEN: 'tmt_x' },
    });
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toContain('cannot reach the Trustmap server at http://127.0.0.1:9');
    expect(unreachable.stderr).toContain('nothing was stored');
    const missing = runCli(['push', 'examples/acme-ai'], {
      env: { TRUSTMAP_SERVER: '', TRUSTMAP_TOKEN: '' },
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('TRUSTMAP_SERVER and TRUSTMAP_TOKEN must be set');
  });

  it('user create, token create, serve, push twice, stop on SIGTERM, then ledger verify on the data folder', async () => {
    const dir = await tempTree();
    const dataDir = path.join(dir, 'data');
    const env = {
      XDG_CONFIG_HOME: path.join(dir, 'config'),
      TRUSTMAP_SIGNING_KEY: '',
      TRUSTMAP_SIGNING_KEY_FILE: path.join(dir, 'none.pem'),
    };
    const user = runCli(
      [
        'server',
        'user',
        'create',
        '--email',
        'ci@acme.example',
        '--org',
        'acme',
        '--role',
        'owner',
        '--data-dir',
        dataDir,
      ],
      { env },
    );
    expect(user.stdout).toMatch(
      /created ci@acme.example as owner of acme \(new organisation\)\npassword \(shown once\): \S{20,}/,
    );
    const token = runCli(
      ['server', 'token', 'create', '--org', 'acme', '--name', 'ci', '--data-dir', dataDir],
      { env },
    );
    expect(token.code).toBe(0);
    expect(token.stdout).toMatch(/^tmt_\S+\n$/);

    const serve = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data-dir', dataDir], {
      env: { ...process.env, ...env, NO_COLOR: '1' },
    });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      serve.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (match?.[1]) resolve(match[1]);
      });
      serve.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
    });
    try {
      expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ ok: true, database: 'pglite' });
      // The server key was generated into the data folder (a temp folder, not inside a repository).
      expect(await readFile(path.join(dataDir, 'server-key.pem'), 'utf8')).toContain('BEGIN PRIVATE KEY');
      const busy = runCli(
        ['server', 'token', 'create', '--org', 'acme', '--name', 'other', '--data-dir', dataDir],
        { env },
      );
      expect(busy.code).toBe(2);
      expect(busy.stderr).toContain('is in use by process');
      const pushEnv = {
        ...env,
        TRUSTMAP_SERVER: url,
        TRUSTMAP_TOKEN: token.stdout.trim(),
        TRUSTMAP_NOW: '2026-11-26T12:00:00Z',
      };
      const push = (runId: string) =>
        new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
          const child = spawn(
            process.execPath,
            [BIN, 'push', 'examples/acme-ai', '--no-discover', '--run-id', runId],
            { cwd: ROOT, env: { ...process.env, ...pushEnv, NO_COLOR: '1' } },
          );
          let out = '';
          let err = '';
          child.stdout.on('data', (chunk: Buffer) => {
            out += chunk;
          });
          child.stderr.on('data', (chunk: Buffer) => {
            err += chunk;
          });
          child.on('exit', (code) => resolve({ code, stdout: out, stderr: err }));
        });
      const first = await push('ci-1');
      expect(first.stderr).toBe('');
      expect(first.stdout).toMatch(/^stored run ci-1 in acme \(ledger entries 1–\d+, effective 2026-11-26\)/);
      const second = await push('ci-1');
      expect(second.stdout).toMatch(/^already stored run ci-1/);
    } finally {
      serve.kill('SIGTERM');
    }
    const code = await new Promise((resolve) => serve.once('exit', resolve));
    expect(code).toBe(0);
    expect(stderr).toContain('stopping');
    const verify = runCli(['ledger', 'verify', '--org', 'acme', '--data-dir', dataDir], { env });
    expect(verify.stdout).toMatch(/^ledger verified: \d+ entries/);
    expect(verify.code).toBe(0);
  }, 240_000);
});

/** Ids of the running child processes of `pid` (Linux). */
async function childrenOf(pid: number): Promise<number[]> {
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  return text.trim() ? text.trim().split(/\s+/).map(Number) : [];
}

it('starts forked server processes with a larger young generation, unless the operator chose one', () => {
  expect(workerExecArgv(['--import', 'tsx'])).toEqual(['--import', 'tsx', '--max-semi-space-size=32']);
  expect(workerExecArgv(['--max-semi-space-size=64'])).toEqual(['--max-semi-space-size=64']);
  expect(workerExecArgv([], '--max-semi-space-size=8')).toEqual([]);
});

await describeOnDatabases('serve --processes', (kind) => {
  if (kind === 'pglite')
    it('refuses several processes on the embedded database', async () => {
      const dir = await tempTree();
      const result = runCli(['serve', '--processes', '2', '--data-dir', path.join(dir, 'data')], {
        env: { DATABASE_URL: '' },
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--processes 2 needs PostgreSQL');
      expect(result.stderr).toContain('DATABASE_URL');
    });
  else
    it('serves from two processes on one PostgreSQL: pushes from both land on one chain; SIGTERM stops all', async () => {
      const dir = await tempTree();
      const suffix = Math.random().toString(16).slice(2, 10);
      const env = {
        DATABASE_URL: SERVER_URL,
        TRUSTMAP_SERVER_SCHEMA: `tm_cluster_${suffix}`,
        TRUSTMAP_SERVER_APP_ROLE: `tm_cluster_app_${suffix}`,
        XDG_CONFIG_HOME: path.join(dir, 'config'),
        TRUSTMAP_SIGNING_KEY: '',
        TRUSTMAP_SIGNING_KEY_FILE: path.join(dir, 'none.pem'),
      };
      const dataDir = path.join(dir, 'data');
      try {
        const serve = spawn(
          process.execPath,
          [BIN, 'serve', '--port', '0', '--processes', '2', '--data-dir', dataDir],
          { env: { ...process.env, ...env, NO_COLOR: '1' } },
        );
        let stderr = '';
        const url = await new Promise<string>((resolve, reject) => {
          serve.stderr.on('data', (chunk: Buffer) => {
            stderr += chunk.toString();
            const match = /on (http:\/\/127\.0\.0\.1:\d+) .*2 processes/.exec(stderr);
            if (match?.[1]) resolve(match[1]);
          });
          serve.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
        });
        const workers = await childrenOf(serve.pid as number);
        try {
          expect(workers).toHaveLength(2);
          // Each with the larger young generation of workerExecArgv.
          for (const worker of workers)
            expect(readFileSync(`/proc/${worker}/cmdline`, 'utf8')).toContain('--max-semi-space-size=32');
          const user = runCli(
            ['server', 'user', 'create', '--email', 'ci@acme.example', '--org', 'acme', '--role', 'owner'],
            { env },
          );
          expect(user.code).toBe(0);
          const token = runCli(['server', 'token', 'create', '--org', 'acme', '--name', 'ci'], {
            env,
          }).stdout.trim();
          const payload = JSON.parse(
            runCli(['push', 'examples/acme-ai', '--no-discover', '--dry-run'], {
              env: { TRUSTMAP_NOW: '2026-11-26T12:00:00Z' },
            }).stdout,
          );
          // Twelve pushes at once over fresh connections: the two processes share them and the chain stays whole.
          const responses = await Promise.all(
            Array.from({ length: 12 }, (_, index) =>
              fetch(`${url}/api/orgs/acme/runs`, {
                method: 'POST',
                headers: {
                  authorization: `Bearer ${token}`,
                  'content-type': 'application/json',
                  connection: 'close',
                },
                body: JSON.stringify({ ...payload, runId: `cluster-${index}` }),
              }).then((response) => response.status),
            ),
          );
          expect(responses).toEqual(Array(12).fill(201));
          const verify = runCli(['ledger', 'verify', '--org', 'acme', '--data-dir', dataDir], { env });
          expect(verify.stdout).toMatch(/^ledger verified: \d+ entries/);
          expect(verify.code).toBe(0);
        } finally {
          serve.kill('SIGTERM');
        }
        expect(await new Promise((resolve) => serve.once('exit', resolve))).toBe(0);
        for (const worker of workers) expect(() => process.kill(worker, 0)).toThrow();
      } finally {
        const client = new pg.Client({ connectionString: SERVER_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${env.TRUSTMAP_SERVER_SCHEMA} CASCADE`);
        await client.query(`DROP SCHEMA IF EXISTS ${env.TRUSTMAP_SERVER_SCHEMA}_jobs CASCADE`);
        await client.query(`DROP SCHEMA IF EXISTS ${env.TRUSTMAP_SERVER_SCHEMA}_jobs_queue CASCADE`);
        await client.query(`DROP OWNED BY ${env.TRUSTMAP_SERVER_APP_ROLE}`).catch(() => undefined);
        await client.query(`DROP ROLE IF EXISTS ${env.TRUSTMAP_SERVER_APP_ROLE}`);
        await client.end();
      }
    }, 240_000);
});
