import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { createContext } from '../../src/cli/context.js';
import { commandsFor } from '../../src/cli/program.js';
import { runCli } from '../helpers/runCli.js';
import { tempTree } from '../helpers/tempTree.js';
import { MINIMAL_MAP } from '../map/fixtures.js';

describe('trustmap validate', () => {
  it('accepts the example company', () => {
    const run = runCli(['validate', 'examples/acme-ai']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /examples\/acme-ai\/trustmap\.yaml is valid \(8 dataClasses, 9 components, 5 subprocessors/,
    );
  });

  it('exits 2 with every located problem and no stack trace', async () => {
    const dir = await tempTree({
      'trustmap.yaml': MINIMAL_MAP.replace('to: vectors', 'to: vector').replace(
        'kind: service',
        'kind: servic',
      ),
    });
    const run = runCli(['validate', 'trustmap.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(
      'error trustmap.yaml:18:11: components[api].kind: `servic` is not one of the allowed values',
    );
    expect(run.stderr.split('\n')[1]).toMatch(/^ {2}hint: did you mean `service`\?/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    // Shape and reference problems come out of the same run, in file order.
    expect(run.stderr.split('\n').slice(2)).toEqual([
      'error trustmap.yaml:33:33: unknown component or sub-processor `vector`',
      '  hint: did you mean `vectors`?',
      '2 problems',
      '',
    ]);
    await writeFile(path.join(dir, 'trustmap.yaml'), MINIMAL_MAP.replace('to: vectors', 'to: vector'));
    const second = runCli(['validate'], { cwd: dir });
    expect(second.stderr).toBe(
      'error trustmap.yaml:33:33: unknown component or sub-processor `vector`\n  hint: did you mean `vectors`?\n1 problem\n',
    );
  });

  it('checks control ids under controls: against the control catalog', async () => {
    const dir = await tempTree({
      'trustmap.yaml': `${MINIMAL_MAP}controls:\n  - { id: TM-GOV-1, status: planned }\n`,
    });
    const run = runCli(['validate'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error trustmap.yaml:37:11: unknown control `TM-GOV-1`\n  hint: did you mean `TM-GOV-01`?\n1 problem\n',
    );
  });

  it('prints problems as JSON with --format json', async () => {
    const dir = await tempTree({ 'trustmap.yaml': 'version: 1\n' });
    const run = runCli(['validate', dir, '--format', 'json']);
    expect(run.code).toBe(2);
    const body = JSON.parse(run.stdout);
    expect(body.ok).toBe(false);
    expect(body.problems[0]).toMatchObject({
      message: 'missing required key `organization`',
      location: { line: 1, col: 1 },
    });
  });

  it.each([
    ['an empty file', ''],
    ['binary garbage', Buffer.from([0, 1, 2, 3, 255, 254])],
    [
      'an alias bomb',
      `a: &a [x,x,x,x,x,x,x,x,x,x]\n${Array.from(
        { length: 8 },
        (_, i) =>
          `b${i}: &b${i} [${Array(10)
            .fill(i ? `*b${i - 1}` : '*a')
            .join(',')}]`,
      ).join('\n')}\n`,
    ],
    ['deep nesting', `a: ${'['.repeat(100_000)}`],
    ['tabs', 'version: 1\n\torganization: x\n'],
  ])('exits 2 with a located message for %s', async (_name, content) => {
    const dir = await tempTree({ 'trustmap.yaml': content });
    const run = runCli(['validate', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error .*trustmap\.yaml:\d+:\d+: \S/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a folder without a map and a missing path', async () => {
    const dir = await tempTree({ 'notes.txt': 'hello' });
    expect(runCli(['validate', dir]).stderr).toMatch(/no system map here.*\n {2}hint: run `trustmap init`/);
    expect(runCli(['validate', path.join(dir, 'nope')]).code).toBe(2);
  });
});

describe('trustmap init', () => {
  it('writes a starter map that validates and references the schema, and refuses to overwrite', async () => {
    const dir = await tempTree();
    const run = runCli(
      ['init', '--name', 'Beta <Labs>', '--stage', 'series-a', '--frameworks', 'soc2,iso42001', '--yes'],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('wrote trustmap.yaml');
    const text = readFileSync(path.join(dir, 'trustmap.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=.trustmap/trustmap.schema.json');
    expect(text).toContain('name: "Beta <Labs>"');
    expect(JSON.parse(readFileSync(path.join(dir, '.trustmap/trustmap.schema.json'), 'utf8')).title).toBe(
      'Trustmap system map',
    );
    expect(runCli(['validate'], { cwd: dir }).code).toBe(0);
    const again = runCli(['init', '--yes'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/trustmap\.yaml already exists\n {2}hint: pass --force/);
    expect(readFileSync(path.join(dir, 'trustmap.yaml'), 'utf8')).toBe(text);
    expect(text).toMatch(/^ {2}stage: series-a$/m);
    expect(runCli(['init', '--yes', '--force', '--name', 'Gamma'], { cwd: dir }).code).toBe(0);
    // A stage nobody gave is left out, with a line to fill, so nothing reads as an answer no one gave.
    const defaulted = readFileSync(path.join(dir, 'trustmap.yaml'), 'utf8');
    expect(defaulted).toMatch(
      /^ {2}# stage: seed {3}# your funding stage, for scope advice and auditor matching/m,
    );
    expect(defaulted).not.toMatch(/^ {2}stage:/m);
    const scope = runCli(['scope', '--yes'], { cwd: dir });
    expect(scope.code).toBe(2);
    expect(scope.stderr).toMatch(/the company's stage is not set\n {2}hint: set `organization.stage`/);
    expect(runCli(['validate'], { cwd: dir }).code).toBe(0);
  });

  it('rejects an unknown framework or stage as usage errors', async () => {
    const dir = await tempTree();
    expect(runCli(['init', '--yes', '--frameworks', 'soc3'], { cwd: dir }).stderr).toMatch(
      /unknown framework soc3/,
    );
    const stage = runCli(['init', '--yes', '--stage', 'unicorn'], { cwd: dir });
    expect(stage.code).toBe(2);
    expect(stage.stderr).toMatch(/argument 'unicorn' is invalid/);
  });
});

describe('the CLI shell', () => {
  it('shows help on every command and documents exit codes', () => {
    const top = runCli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('Exit codes:');
    const names = COMMANDS.map((entry) => entry.name);
    for (const name of names) {
      const run = runCli([name, '--help']);
      expect(run.code, name).toBe(0);
      expect(run.stdout, name).toMatch(new RegExp(`^Usage: trustmap ${name}`));
    }
  });

  it('names each lazily loaded command as the command it builds, and loads only the command a run names', async () => {
    const context = createContext({ stdout() {}, stderr() {}, isTTY: false, env: {}, cwd: '.' }, {});
    for (const entry of COMMANDS) expect((await entry.load())(context).name()).toBe(entry.name);
    expect(commandsFor(['--no-color', 'discover', 'src'], COMMANDS).map((entry) => entry.name)).toEqual([
      'discover',
    ]);
    expect(commandsFor(['--help'], COMMANDS)).toHaveLength(COMMANDS.length);
    expect(commandsFor(['frobnicate'], COMMANDS)).toHaveLength(COMMANDS.length);
  });

  it('exits 2 on an unknown command or option', () => {
    expect(runCli(['frobnicate']).code).toBe(2);
    const run = runCli(['validate', '--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--bogus'");
  });

  it('prints no colour codes when asked not to', () => {
    const run = runCli(['validate', 'examples/acme-ai', '--no-color'], {
      env: { FORCE_COLOR: '1', NO_COLOR: '' },
    });
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it('runs the demo end to end on the bundled example: discover, live probes, checks, lineage, trust center', async () => {
    const dir = await tempTree();
    const run = runCli(['demo', '--out', path.join(dir, 'demo')], { env: { TRUSTMAP_NOW: '2026-11-26' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Trustmap demo on Acme AI');
    expect(run.stdout).toMatch(
      /✗ drift \(critical\): LangSmith is used in code but is not a declared sub-processor/,
    );
    expect(run.stdout).toMatch(/✓ probe app-db: tenant isolation pass .*\(users pass, documents pass\)/);
    expect(run.stdout).toMatch(
      /✓ probe vector-index: tenant isolation pass .*\(documents pass, document_chunks pass\)/,
    );
    // exactly the three planted gaps, each once (its other consequences are listed under it)
    expect(run.stdout).toContain('3 failing (1 critical, 2 high)');
    expect(run.stdout.match(/^✗ TM-[A-Z]+-\d+/gm)).toEqual(['✗ TM-VEND-01', '✗ TM-DATA-02', '✗ TM-MAP-01']);
    // isolation is not verified: four of six stores have no live probe (the trust center says so rather than ✓)
    expect(run.stdout).toContain('trust center: 1 of 5 claims verified');
    for (const file of ['lineage.svg', 'lineage.mmd', 'trust-center/index.html', 'trust-center/feed.xml']) {
      expect(readFileSync(path.join(dir, 'demo', file), 'utf8').length, file).toBeGreaterThan(100);
    }
    expect(run.stdout).toContain(
      `Open the trust center: file://${path.join(dir, 'demo', 'trust-center', 'index.html')}`,
    );
  });
});
