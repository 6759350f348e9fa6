import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';
import { tempTree } from '../helpers/tempTree.js';
import { sarifValidator } from './sarifSchema.js';

const env = { TRUSTMAP_NOW: '2026-11-26' };

describe('trustmap check on examples/acme-ai', () => {
  let json: {
    summary: { byStatus: Record<string, number> };
    results: { status: string; checkId: string; subject: { id: string }; severity: string }[];
  };
  beforeAll(() => {
    const run = runCli(['check', 'examples/acme-ai', '--format', 'json'], { env });
    expect(run.code).toBe(1);
    json = JSON.parse(run.stdout);
  });

  it('reports exactly the three planted gaps, each in the checks it concerns', () => {
    const failing = json.results
      .filter((result) => result.status === 'fail')
      .map((result) => `${result.checkId} ${result.subject.id} ${result.severity}`);
    expect(failing).toMatchInlineSnapshot(`
      [
        "llm-subprocessor-terms cohere high",
        "deletion-coverage prompt-logs high",
        "discovery-drift langsmith critical",
      ]
    `);
  });

  it('sets the exit code from --fail-on', () => {
    expect(runCli(['check', 'examples/acme-ai', '--fail-on', 'high'], { env }).code).toBe(1);
    expect(runCli(['check', 'examples/acme-ai', '--fail-on', 'critical'], { env }).code).toBe(1);
    expect(
      runCli(['check', 'examples/acme-ai', '--fail-on', 'critical', '--no-discover'], { env }).code,
    ).toBe(0);
    expect(runCli(['check', 'examples/acme-ai', '--fail-on', 'none'], { env }).code).toBe(0);
    const bad = runCli(['check', 'examples/acme-ai', '--fail-on', 'severe'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("argument 'severe' is invalid");
  });

  it('prints the summary and the findings grouped by control', () => {
    const { stdout } = runCli(['check', 'examples/acme-ai'], { env });
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Trustmap check · Acme AI 2026-11-26');
    expect(lines[1]).toMatch(
      /^3 failing \(1 critical, 2 high\) · \d+ need evidence · \d+ passing · \d+ not applicable$/,
    );
    expect(lines.filter((line) => line.startsWith('✗'))).toMatchInlineSnapshot(`
      [
        "✗ TM-VEND-01 AI sub-processors are declared and under a current DPA",
        "✗ TM-DATA-02 Tenant data is deleted within the promised time",
        "✗ TM-MAP-01 The system map matches the code",
      ]
    `);
    expect(stdout).toContain('at examples/acme-ai/trustmap.yaml:');
  });

  it('writes SARIF to a file that validates and points into the map and the code', async () => {
    const dir = await tempTree();
    const out = path.join(dir, 'trustmap.sarif');
    const run = runCli(['check', 'examples/acme-ai', '--format', 'sarif', '--out', out], { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const log = JSON.parse(readFileSync(out, 'utf8'));
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const uris = log.runs[0].results.map(
      (result: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        result.locations[0]?.physicalLocation.artifactLocation.uri,
    );
    expect(uris).toContain('examples/acme-ai/trustmap.yaml');
    expect(uris.some((uri: string) => uri.startsWith('examples/acme-ai/') && !uri.endsWith('.yaml'))).toBe(
      true,
    );
  });

  it('shows framework coverage', () => {
    const run = runCli(['coverage', 'examples/acme-ai', '--format', 'json', '--framework', 'soc2'], { env });
    expect(run.code).toBe(0);
    const { frameworks } = JSON.parse(run.stdout);
    expect(frameworks.map((f: { framework: string }) => f.framework)).toEqual(['soc2']);
    expect(frameworks[0].criteria).toHaveLength(61);
    expect(frameworks[0].criteria.find((c: { id: string }) => c.id === 'CC9.2').status).toBe('failing');
  });
});

describe('trustmap check on bad input', () => {
  it('exits 2 with a located message for a missing map and a corrupt probe result', async () => {
    const missing = runCli(['check', 'no/such/place'], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or folder');
    const dir = await tempTree({
      'trustmap.yaml': 'version: 1\norganization: { name: X, stage: seed }\n',
      '.trustmap/evidence/probe-http-x.json': '\u0000\u0001binary',
    });
    const corrupt = runCli(['check', dir, '--no-discover'], { env });
    expect(corrupt.code).toBe(2);
    expect(corrupt.stderr).toMatch(/probe-http-x\.json:1:1: stored probe result is unusable: not valid JSON/);
    expect(corrupt.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('one loading path', () => {
  it('an unknown control id fails validate and check alike, located, with the closest id', async () => {
    const example = readFileSync(path.join('examples/acme-ai/trustmap.yaml'), 'utf8');
    const dir = await tempTree({
      'trustmap.yaml': example.replace(/^controls:\n/m, 'controls:\n  - { id: TM-GOV-99 }\n'),
    });
    expect(example).toMatch(/^controls:\n/m);
    for (const command of ['validate', 'check', 'trust-center', 'describe']) {
      const args = command === 'trust-center' ? ['trust-center', 'build', dir] : [command, dir];
      const run = runCli(
        [...args, '--no-discover'].filter((arg) => command !== 'validate' || arg !== '--no-discover'),
        { env },
      );
      expect(run.code, `${command}: ${run.stderr}`).toBe(2);
      expect(run.stderr).toMatch(/trustmap\.yaml:\d+:\d+: unknown control `TM-GOV-99`/);
    }
  });
});
