import { execFile } from 'node:child_process';
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tree } from './fixture.js';

const run = promisify(execFile);
const BIN = path.resolve('bin/trustmap.js');
const ACME = path.resolve('examples/acme-ai');

/** Runs the real binary; resolves with the exit code instead of throwing on non-zero. */
async function trustmap(args: string[], cwd = process.cwd()) {
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', CI: 'true' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const clean = (text: string) => text.replace(/\d+ ms\)/, 'N ms)').replace(/\(\d+\.\d MB/, '(N MB');

describe('trustmap discover (binary)', () => {
  it('prints the grouped table for a small repository', async () => {
    const root = await tree({
      'package.json': '{ "dependencies": { "@anthropic-ai/sdk": "^0.30.0" } }\n',
      'docker-compose.yml': 'services:\n  vec:\n    image: qdrant/qdrant:v1.12.0\n',
    });
    const result = await trustmap(['discover'], root);
    expect(result.code).toBe(0);
    expect(clean(result.stdout)).toMatchInlineSnapshot(`
      "Discovery: 2 providers in 2 files (N MB, N ms)

      Model APIs
        anthropic  vendor-hosted  high    1 proof    package.json:1 (manifest)

      Vector stores
        qdrant     self-hosted    high    1 proof    docker-compose.yml:3 (compose-image)
      "
    `);
  });

  it('finds every provider the acme-ai map declares and flags LangSmith as critical drift', async () => {
    const result = await trustmap([
      'discover',
      ACME,
      '--map',
      path.join(ACME, 'trustmap.yaml'),
      '--format',
      'json',
    ]);
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout);
    const found = new Set(output.findings.map((f: { provider: string }) => f.provider));
    const map = await readFile(path.join(ACME, 'trustmap.yaml'), 'utf8');
    const declared = [...map.matchAll(/^\s+provider: ([a-z0-9-]+)$/gm)].map((m) => m[1]);
    expect(declared.length).toBeGreaterThanOrEqual(10);
    for (const provider of declared) expect(found, provider).toContain(provider);
    const drift = output.drift as {
      severity: string;
      kind: string;
      provider: string;
      evidence: { file: string }[];
    }[];
    expect(drift.filter((d) => d.kind.endsWith('not-found'))).toEqual([]);
    const critical = drift.filter((d) => d.severity === 'critical');
    expect(critical.map((d) => `${d.kind} ${d.provider}`)).toEqual(['undeclared-subprocessor langsmith']);
    expect(critical[0]!.evidence.length).toBeGreaterThan(0);
    const tables = output.tables as {
      table: string;
      vectorColumns: string[];
      rlsForced: boolean;
      policies: { name: string }[];
    }[];
    const chunks = tables.find((t) => t.table === 'document_chunks');
    expect(chunks).toMatchObject({ vectorColumns: ['embedding'], rlsForced: true });
    expect(chunks!.policies.map((p) => p.name)).toContain('tenant_isolation');
  });

  it('--write adds LangSmith to a copy of the acme-ai map and keeps its comments', async () => {
    const root = await tree({});
    const map = path.join(root, 'trustmap.yaml');
    await copyFile(path.join(ACME, 'trustmap.yaml'), map);
    const before = await readFile(map, 'utf8');
    const result = await trustmap([
      'discover',
      ACME,
      '--map',
      map,
      '--write',
      '--format',
      'json',
      '--fail-on',
      'none',
    ]);
    expect(result.code).toBe(0);
    // LangSmith comes with the flow that sends it prompts, both proposed.
    expect(result.stderr).toMatch(
      /added 2 proposed entries to .*subprocessors\/langsmith, flows\/[a-z-]+-to-langsmith/,
    );
    const after = await readFile(map, 'utf8');
    expect(after).toContain('# Gap 2 (on purpose): this DPA expired on 2026-09-30 and has not been renewed.');
    expect(after).toMatch(
      /# proposed by trustmap discover: LangSmith .*\n\s+- id: langsmith\n\s+status: proposed\n\s+vendor: LangSmith/,
    );
    expect(after.length).toBeGreaterThan(before.length);
    const check = await trustmap(['validate', map]);
    expect(check.code).toBe(0);
  });

  it('exits 2 with a hint on bad flags', async () => {
    const size = await trustmap(['discover', '.', '--max-file-size', 'huge']);
    expect(size.code).toBe(2);
    expect(size.stderr).toMatch(/--max-file-size is not a size: huge\n\s+hint: use bytes or a unit/);
    const write = await trustmap(['discover', '--write']);
    expect(write.code).toBe(2);
    expect(write.stderr).toMatch(/--write needs --map/);
    const missing = await trustmap(['discover', 'no/such/folder']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file or folder: no\/such\/folder/);
    expect(missing.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('writes CycloneDX with the pinned clock', async () => {
    const root = await tree({ 'a.py': 'import openai\n' });
    const { stdout } = await run('node', [BIN, 'discover', root, '--format', 'cyclonedx'], {
      env: { ...process.env, TRUSTMAP_NOW: '2026-11-26T12:00:00Z' },
    });
    const bom = JSON.parse(stdout);
    expect(bom.metadata.timestamp).toBe('2026-11-26T12:00:00.000Z');
    expect(bom.services[0].name).toBe('OpenAI API');
  });
});
