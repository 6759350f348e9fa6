import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';
import { tempTree } from '../helpers/tempTree.js';
import { companyYaml } from './profiles.js';

const env = { TRUSTMAP_NOW: '2026-11-26T12:00:00Z' };

describe('trustmap scope', () => {
  it('advises the example company as JSON, with the real check results as gaps', () => {
    const run = runCli(
      ['scope', 'examples/acme-ai', '--yes', '--format', 'json', '--target-date', '2027-06-30'],
      { env },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const advice = JSON.parse(run.stdout);
    expect(advice).toMatchObject({ organization: 'Acme AI', stage: 'series-a', asOf: '2026-11-26' });
    expect(
      advice.categories.filter((c: { include: boolean }) => c.include).map((c: { id: string }) => c.id),
    ).toEqual(['security', 'confidentiality', 'availability']);
    expect(advice.reportType.plan).toBe('type1-then-type2');
    expect(advice.gaps.length).toBeGreaterThan(0);
    expect(advice.gaps[0]).toMatchObject({ rank: 1, blocking: true });
    const ranks = advice.gaps.map((gap: { blocking: boolean }) => gap.blocking);
    expect(ranks.indexOf(false)).toBeGreaterThan(0);
    expect(ranks.slice(ranks.indexOf(false))).not.toContain(true);
    expect(advice.gaps.map((gap: { checkId: string }) => gap.checkId)).toContain('deletion-coverage');
    expect(advice.system.subprocessors.find((s: { id: string }) => s.id === 'cohere').reason).toMatch(
      /no SOC 2 report/,
    );
  });

  it('prints text advice for a small company from flags', async () => {
    const dir = await tempTree({ 'trustmap.yaml': companyYaml('name: Small Co\nstage: seed') });
    const run = runCli(
      [
        'scope',
        '--yes',
        '--contracts',
        'confidentiality,availability-sla',
        '--buyer-questions',
        'ai-governance=3,ai-model-risk',
      ],
      { cwd: dir, env },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // The gaps come from the checks; their wording belongs to the controls, so only the advice is snapshotted.
    const gaps = run.stdout.indexOf('Readiness gaps');
    expect(run.stdout.slice(gaps)).toMatch(
      /^Readiness gaps: \d+ open, \d+ blocking the audit\n {2}1\. blocks high fail /,
    );
    expect(run.stdout.slice(0, gaps)).toMatchInlineSnapshot(`
      "First-audit advice for Small Co (seed, as of 2026-11-26)

      Trust services categories
        ✓ include  Security: Every SOC 2 report covers Security (the common criteria); buyers expect it first.
        ✓ include  Confidentiality: Customer contracts or NDAs promise to keep customer data confidential; the report should show that promise is kept.
        ✓ include  Availability: Contracts carry an availability SLA; buyers will want it covered.
        ✗ leave out  Processing Integrity: Only with a stated reason: few buyers ask for it, and AI outputs are hard to hold to it. Model quality belongs in the AI questionnaire.
        ✗ leave out  Privacy: Only with a stated reason: add it when a customer asks for it in the report.

      Report: Type I first, then Type II
        4 findings would be exceptions in a Type II window (about 51 days to fix); a Type I report once they are fixed shows buyers the design while the window runs; at the seed stage a Type I report usually satisfies buyers and costs less.
        ready to start: 2027-01-16 (about 51 days of fixes)
        Type I as of 2027-01-16, report by 2027-02-27
        Type II window: 3 months, 2027-01-16 to 2027-04-16, report by 2027-05-28

      In-scope system
        in   Product API (api): inference path, retrieval path, customer data
        in   Main database (datastore): customer data
        in   Vector index (vector-store): retrieval path, customer data
        in   Metrics store (datastore)
        carve-out  Model Vendor: Carve-out, but no SOC 2 report of Model Vendor is recorded: obtain one (or another assurance report) before the audit, since the auditor will ask how you monitor them.
        carve-out  Cloud Co: Carve-out: Cloud Co's own report (Cloud Co SOC 2 Type II report) covers their controls; review it each year and list the controls you expect of them.

      Keep out of the SOC 2 report
        - Model quality, accuracy and safety of generated answers → AI questionnaire. Outputs of a model are not controls an auditor can test over a window; answer these questions with your evaluation practice instead.

      ISO/IEC 42001: after-soc2
        Plan it after the first SOC 2 report: 4 AI-governance questions so far, but below the threshold of 5 questions and with no enterprise or non-US buyers stated.

      "
    `);
  });

  it('prints Markdown with sources and reads recorded questionnaires', async () => {
    const dir = await tempTree({
      'trustmap.yaml': companyYaml('name: Asked Co\nstage: series-a'),
      '.trustmap/questionnaires/bigco.json': JSON.stringify({
        topics: { 'ai-governance': 4, 'ai-model-risk': 2 },
      }),
      '.trustmap/questionnaires/broken.json': '{ not json',
    });
    const run = runCli(['scope', '--yes', '--format', 'markdown'], { cwd: dir, env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## ISO/IEC 42001: now');
    expect(run.stdout).toContain(
      'Start now, alongside SOC 2: buyers asked 6 AI-governance questions (threshold 5).',
    );
    expect(run.stdout).toContain('.trustmap/questionnaires/bigco.json: ai-governance ×4');
    expect(run.stdout).toContain(
      '| Product API | api | yes | In scope: inference path, retrieval path, customer data. |',
    );
    expect(run.stdout).toMatch(/\(trustmap\.yaml:\d+/);
  });

  it.each([
    [
      ['--contracts', 'uptime'],
      'error --contracts: unknown demand uptime\n  hint: choose from confidentiality, availability-sla, privacy, processing-integrity\n',
    ],
    [
      ['--target-date', '2027-02-30'],
      'error --target-date: not a date: 2027-02-30\n  hint: write it as YYYY-MM-DD, e.g. 2027-06-30\n',
    ],
    [
      ['--buyer-questions', 'ai governance'],
      'error --buyer-questions: cannot read "ai governance"\n  hint: write topic ids with optional counts, e.g. ai-governance=7,ai-model-risk=2\n',
    ],
  ])('rejects bad flags %j with exit 2 and a hint', async (flags, message) => {
    const dir = await tempTree({ 'trustmap.yaml': companyYaml('name: Small Co\nstage: seed') });
    const run = runCli(['scope', '--yes', ...flags], { cwd: dir, env });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(message);
  });

  it('reports a broken map as file:line:col with exit 2', async () => {
    const dir = await tempTree({ 'trustmap.yaml': companyYaml('name: Small Co\nstage: seedling') });
    const run = runCli(['scope', '--yes'], { cwd: dir, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error trustmap\.yaml:4:10: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
