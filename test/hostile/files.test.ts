import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { writeMapAdditions } from '../../src/discover/index.js';
import { writeFileAtomic } from '../../src/io/index.js';
import { ragMap } from '../controls/fixtures.js';
import { ROOT, runCli } from '../helpers/runCli.js';
import { tempTree } from '../helpers/tempTree.js';

// The writing part of class 12 of issue 11, and the signing keys. Our variants: a map reached through two
// symlinks with mode 0640 and a long flow mapping that a re-stringify would reflow, and a SIGTERM mid-build.

describe('one safe way to write', () => {
  it('writes through a chain of symlinks and keeps the target mode', async () => {
    const dir = await tempTree({ 'real/map.yaml': 'a: 1\n' });
    await chmod(path.join(dir, 'real/map.yaml'), 0o640);
    symlinkSync('real/map.yaml', path.join(dir, 'hop.yaml'));
    symlinkSync('hop.yaml', path.join(dir, 'trustmap.yaml'));
    await writeFileAtomic(path.join(dir, 'trustmap.yaml'), 'a: 2\n');
    expect(lstatSync(path.join(dir, 'trustmap.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real/map.yaml'), 'utf8')).toBe('a: 2\n');
    expect(statSync(path.join(dir, 'real/map.yaml')).mode & 0o777).toBe(0o640);
    expect(readdirSync(path.join(dir, 'real'))).toEqual(['map.yaml']);
  });

  it('discover --write keeps a symlinked map a link, its mode, and every untouched line byte for byte', async () => {
    const long = `  - { id: api, kind: service, dataClasses: [prompts], notes: "${'a very long note '.repeat(12)}" }`;
    const map = `# keep me\nversion: 1\norganization: { name: Tiny AI }\ncomponents:\n${long}\nsubprocessors:\n  - id: openai   # odd spacing kept\n    name: OpenAI\n`;
    const dir = await tempTree({ 'config/trustmap.yaml': map });
    await chmod(path.join(dir, 'config/trustmap.yaml'), 0o600);
    symlinkSync('config/trustmap.yaml', path.join(dir, 'trustmap.yaml'));
    const result = await writeMapAdditions(path.join(dir, 'trustmap.yaml'), [
      {
        section: 'subprocessors',
        entry: { id: 'langsmith', name: 'LangSmith' },
        comment: ' proposed by trustmap discover: LangSmith is used in code (src/a.ts:3)',
      },
    ]);
    expect(result.added).toEqual([{ section: 'subprocessors', id: 'langsmith' }]);
    expect(lstatSync(path.join(dir, 'trustmap.yaml')).isSymbolicLink()).toBe(true);
    expect(statSync(path.join(dir, 'config/trustmap.yaml')).mode & 0o777).toBe(0o600);
    const after = readFileSync(path.join(dir, 'config/trustmap.yaml'), 'utf8');
    expect(after.startsWith(map)).toBe(true);
    expect(after.slice(map.length)).toMatch(
      /^ {2}# proposed by trustmap discover: .*\n {2}- id: langsmith\n {4}name: LangSmith\n$/,
    );
  });

  it('removes a staging folder when the process is ended by SIGTERM', async () => {
    const dir = await tempTree({});
    const staging = path.join(dir, '.site.tmp');
    await mkdir(staging);
    await writeFile(path.join(staging, 'big.bin'), new Uint8Array(1024 * 1024));
    const script = `import { removeOnExit } from ${JSON.stringify(path.join(ROOT, 'src/io/index.ts'))};
removeOnExit(${JSON.stringify(staging)}); process.stdout.write('ready\\n'); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal ? 143 : _code)),
    );
    child.kill('SIGTERM');
    await exited;
    expect(existsSync(staging)).toBe(false);
  }, 60_000);
});

describe('trustmap keys', () => {
  it('refuses to write a key inside a git repository and writes one outside with mode 0600', async () => {
    const repo = await tempTree({ 'trustmap.yaml': stringify(ragMap()) });
    spawnSync('git', ['init', '-q'], { cwd: repo });
    const inside = runCli(['keys', 'create', '--out', 'keys/signing.pem'], { cwd: repo });
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatch(/refusing to write a signing key inside the git repository/);
    const home = await tempTree({});
    const file = path.join(home, 'key.pem');
    const created = runCli(['keys', 'create', '--out', file, '--format', 'json'], { cwd: repo });
    expect(created.code).toBe(0);
    const { keyId, publicKey } = JSON.parse(created.stdout);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const shown = runCli(['keys', 'show', '--format', 'json'], {
      cwd: repo,
      env: { TRUSTMAP_SIGNING_KEY_FILE: file },
    });
    expect(JSON.parse(shown.stdout)).toEqual({ keyId, publicKey });
    expect(runCli(['keys', 'create', '--out', file], { cwd: repo }).stderr).toMatch(/already exists/);
  }, 60_000);
});

describe('canary run records', () => {
  it('records runs before commit, ignores hand-widened entries, and forgets cleaned runs', async () => {
    const { forgetCanaryRuns, readCanaryRuns, recordCanaryRun } = await import('../../src/probes/index.js');
    const root = await tempTree({});
    const run = {
      marker: `trustmap-canary-${'ab'.repeat(16)}`,
      tenants: ['9b2f0c1e-0000-4000-8000-000000000001', '9b2f0c1e-0000-4000-8000-000000000002'],
      tenantColumn: 'tenant_id',
      tables: ['documents'],
      startedAt: '2026-11-26T12:00:00.000Z',
    };
    await recordCanaryRun(root, run);
    expect(readCanaryRuns(root)).toEqual([run]);
    // A marker widened to the bare prefix (which would match every canary-looking row) is not a run.
    await writeFile(
      path.join(root, '.trustmap/probe-runs.json'),
      JSON.stringify({ runs: [run, { ...run, marker: 'trustmap-canary-' }, { ...run, tenants: ['%'] }] }),
    );
    expect(readCanaryRuns(root)).toEqual([run]);
    await forgetCanaryRuns(root, [run.marker]);
    expect(readCanaryRuns(root)).toEqual([]);
  });

  it('refuses to record runs through a .trustmap/ that leads out of the project', async () => {
    const { recordCanaryRun } = await import('../../src/probes/index.js');
    const outside = await tempTree({});
    const root = await tempTree({});
    symlinkSync(outside, path.join(root, '.trustmap'));
    await expect(
      recordCanaryRun(root, {
        marker: `trustmap-canary-${'cd'.repeat(16)}`,
        tenants: [],
        tenantColumn: 't',
        tables: [],
        startedAt: '',
      }),
    ).rejects.toThrow(/outside the project/);
    expect(readdirSync(outside)).toEqual([]);
  });
});
