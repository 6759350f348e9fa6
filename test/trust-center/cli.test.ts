import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';
import { tempTree } from '../helpers/tempTree.js';

const ENV = { TRUSTMAP_NOW: '2026-11-26T12:00:00Z' };

/** Replaces the temp folder in output, so snapshots are stable. */
const clean = (text: string, dir: string) => text.split(dir).join('<tmp>');

describe('trustmap trust-center build (the real binary on examples/acme-ai)', () => {
  beforeAll(() => {
    // the binary runs dist/; `npm test` builds first, and a stale dist would test old code
    const built = runCli(['--version']);
    expect(built.code).toBe(0);
  });

  it('fails with exit 1 and names each claim the checks do not support', async () => {
    const dir = await tempTree();
    const run = runCli(['trust-center', 'build', 'examples/acme-ai', '--out', path.join(dir, 'site')], {
      env: ENV,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('claims are not supported by a passing check');
    expect(run.stderr).toMatch(/\[prompt-retention\].*failing: prompt-output-retention fails: `prompt-logs`/);
    expect(run.stderr).toMatch(/\[model-providers\].*dpa-cohere/);
    // discovery runs by default: the undeclared LangSmith found in the code also undermines the providers claim
    expect(run.stderr).toMatch(/\[model-providers\].*LangSmith/);
    expect(run.stderr).toContain('--allow-unverified');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('publishes with --allow-unverified, prints index.html, and keeps the feed stable on rebuild', async () => {
    const dir = await tempTree();
    const out = path.join(dir, 'site');
    const first = runCli(
      ['trust-center', 'build', 'examples/acme-ai', '--out', out, '--allow-unverified', '--no-discover'],
      {
        env: ENV,
      },
    );
    expect(first.code).toBe(0);
    expect(clean(first.stdout, dir)).toBe('<tmp>/site/index.html\n');
    expect(clean(first.stderr, dir)).toMatchSnapshot();
    const page = await readFile(path.join(out, 'ai-data-practices.html'), 'utf8');
    expect(page).toMatch(/id="claim-prompt-retention">[\s\S]*?Not yet verified/);
    expect(page).toMatch(/id="claim-no-training">[\s\S]*?✓<\/span> Verified/);
    const list = JSON.parse(await readFile(path.join(out, 'subprocessors.json'), 'utf8'));
    // first publish: the list, and no history that would call every vendor "added today"
    expect(list.subprocessors).toHaveLength(5);
    expect(list.changes).toEqual([]);
    const feed = await readFile(path.join(out, 'feed.xml'), 'utf8');

    const again = runCli(
      ['trust-center', 'build', 'examples/acme-ai', '--out', out, '--allow-unverified', '--no-discover'],
      {
        env: { TRUSTMAP_NOW: '2026-12-01T12:00:00Z' },
      },
    );
    expect(again.code).toBe(0);
    expect(await readFile(path.join(out, 'feed.xml'), 'utf8')).toBe(feed);
  });

  it('reports JSON with the claims and their sources', async () => {
    const dir = await tempTree();
    const run = runCli(
      [
        'trust-center',
        'build',
        'examples/acme-ai',
        '--out',
        path.join(dir, 'site'),
        '--allow-unverified',
        '--format',
        'json',
      ],
      { env: ENV },
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.claims.map((claim: { id: string; status: string }) => [claim.id, claim.status])).toEqual([
      ['no-training', 'verified'],
      ['prompt-retention', 'failing'],
      ['tenant-isolation', 'unverified'],
      ['deletion', 'failing'],
      ['model-providers', 'failing'],
    ]);
    // the build says what it left out, and the JSON carries it
    expect(result.omitted).toEqual(
      expect.arrayContaining([expect.stringMatching(/^6 failing control\(s\) not shown: TM-DATA-02/)]),
    );
    // LangSmith, found in the code, is listed as under review rather than left off the list
    const list = JSON.parse(await readFile(path.join(dir, 'site', 'subprocessors.json'), 'utf8'));
    expect(list.subprocessors.find((entry: { id: string }) => entry.id === 'langsmith')?.status).toBe(
      'under-review',
    );
    const noTraining = result.claims[0];
    expect(noTraining.sources[0]).toMatchObject({
      kind: 'map',
      pointer: 'tenancy/trainingDefault',
      location: { line: expect.any(Number) },
    });
  });

  it('exits 2 with a located message for a broken map', async () => {
    const dir = await tempTree({ 'trustmap.yaml': 'version: 1\norganization:\n  name: X\n  stage: nope\n' });
    const run = runCli(['trust-center', 'build', dir, '--out', path.join(dir, 'site')], { env: ENV });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/trustmap\.yaml:4:\d+: /);
  });
});
