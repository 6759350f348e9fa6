import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/runCli.js';
import { tempTree } from '../helpers/tempTree.js';
import { FIXTURE_YAML, TODAY } from './fixtures.js';

const EXAMPLE = path.join(ROOT, 'examples', 'acme-ai');
const env = { TRUSTMAP_NOW: TODAY };

describe('trustmap auditors (the real CLI)', () => {
  it('match on the example company: three firms as JSON, each covering a needed framework, deterministic', () => {
    const run = runCli(['auditors', 'match', EXAMPLE, '--format', 'json', '--no-discover'], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.profile).toMatchObject({
      organization: 'Acme AI',
      stage: 'series-a',
      frameworks: ['soc2', 'iso42001'],
    });
    expect(result.matches).toHaveLength(3);
    expect(result.uncovered).toEqual([]);
    expect(result.directory).toMatchObject({ bundled: true, checked: '2026-12-01' });
    const again = runCli(['auditors', 'match', EXAMPLE, '--format', 'json', '--no-discover'], { env });
    expect(again.stdout).toBe(run.stdout);
  });

  it('flags override the map, and a readiness provider is named as not independent', async () => {
    const dir = await tempTree({ 'firms.yaml': FIXTURE_YAML });
    const run = runCli(
      [
        'auditors',
        'match',
        EXAMPLE,
        '--no-discover',
        '--directory',
        path.join(dir, 'firms.yaml'),
        '--frameworks',
        'soc2',
        '--stage',
        'seed',
        '--report-type',
        'type1',
        '--readiness-provider',
        'alpha',
        '--format',
        'markdown',
      ],
      { env },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Not independent:** Alpha Assurance');
    expect(run.stdout).toMatch(/Testco|Acme AI: seed/);
    expect(run.stdout).not.toMatch(/## \d\. Alpha/);
  });

  it('request writes a Markdown brief and a readable PDF, and sends nothing', async () => {
    const out = await tempTree();
    const run = runCli(['auditors', 'request', EXAMPLE, '--no-discover', '--out', out], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/nothing was sent/);
    const markdown = readFileSync(path.join(out, 'auditor-request.md'), 'utf8');
    expect(markdown).toMatch(/^# Audit request from Acme AI/);
    expect(markdown).toContain('## Known readiness gaps (from trustmap check)');
    expect(markdown).toContain('## AI components');
    const pdf = await PDFDocument.load(readFileSync(path.join(out, 'auditor-request.pdf')));
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(pdf.getTitle()).toBe('Audit request from Acme AI');
  });

  it('validate names the facts a directory holds without a source or date, and exits 1', async () => {
    const dir = await tempTree({ 'firms.yaml': FIXTURE_YAML });
    const run = runCli(['auditors', 'validate', '--directory', path.join(dir, 'firms.yaml')], { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('echo: cpaFirm has no source (ignored for matching)');
    expect(run.stdout).toContain('echo: aiExperience[0] has no checked date');
  });

  it('bad input is exit 2 with a located message, never a stack trace', async () => {
    const dir = await tempTree({ 'firms.yaml': 'version: 1\nfirms: nope\n' });
    const run = runCli(
      ['auditors', 'match', EXAMPLE, '--no-discover', '--directory', path.join(dir, 'firms.yaml')],
      { env },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/firms\.yaml:\d+:\d+/);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
