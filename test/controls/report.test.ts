import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { renderJson, renderJunit, renderMarkdown, renderSarif, renderText } from '../../src/report/index.js';
import { discoveryReport, langsmithFinding, modelOf, ragMap } from './fixtures.js';
import { sarifValidator } from './sarifSchema.js';

const HOSTILE = '<script>alert("x")</script> & | `tick`';

function failingRun() {
  const map = ragMap();
  map.components?.push({ id: 'trainer', kind: 'fine-tuning-job', dataClasses: [] });
  map.flows?.push({
    id: 'tune',
    from: 'vectors',
    to: 'trainer',
    dataClasses: ['chunks'],
    purpose: 'fine-tuning',
  });
  map.evidence?.push({ id: 'old', title: HOSTILE, url: 'https://example.com/old', expires: '2026-01-01' });
  const model = modelOf(map, {
    discovery: discoveryReport([
      langsmithFinding({
        evidence: [{ file: 'src/trace me.ts', line: 7, signal: 'import', snippet: 'langsmith' }],
      }),
    ]),
  });
  return runChecks(model);
}

describe('SARIF', () => {
  it('validates against the SARIF 2.1.0 schema, with physical locations in the map and the code', () => {
    const run = failingRun();
    const text = renderSarif(run, {
      toolVersion: '0.1.0',
      mapRoot: 'deploy/map',
      fallbackFile: 'trustmap.yaml',
    });
    const log = JSON.parse(text);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const results = log.runs[0].results as {
      ruleId: string;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
    }[];
    expect(results).toHaveLength(run.summary.byStatus.fail);
    const leak = results.find((result) => result.ruleId === 'no-training-on-customer-data');
    expect(leak?.level).toBe('error');
    expect(leak?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('trustmap.yaml');
    expect(leak?.locations[0]?.physicalLocation.region.startLine).toBeGreaterThan(1);
    const drift = results.find((result) => result.ruleId === 'discovery-drift');
    expect(drift?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('deploy/map/src/trace%20me.ts');
    expect(log.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(
      run.checks.map((c) => c.id),
    );
  });

  it('the validator rejects a log that breaks the schema (so the test above can fail)', () => {
    const validate = sarifValidator();
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
  });
});

describe('JUnit', () => {
  it('parses, counts failures per check and escapes hostile text', () => {
    const run = failingRun();
    const xml = renderJunit(run);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    expect(Number(parsed.testsuites.tests)).toBe(run.summary.total);
    expect(Number(parsed.testsuites.failures)).toBe(run.summary.byStatus.fail);
    const suites = parsed.testsuites.testsuite as { name: string; failures: string }[];
    expect(suites.map((suite) => suite.name.split(':')[0])).toEqual(run.checks.map((check) => check.id));
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
  });
});

describe('Markdown, text and JSON', () => {
  it('renders a PR comment without raw HTML from the map', () => {
    const markdown = renderMarkdown(failingRun(), { title: 'Tiny AI' });
    expect(markdown).toMatch(/^## Trustmap check: Tiny AI — ❌ \d+ failing results/);
    expect(markdown).toContain('### TM-DATA-01 Customer data does not train models without tenant opt-in');
    expect(markdown).toContain('path: `api` → `vectors` → `trainer`');
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('&lt;script&gt;');
  });

  it('prints counts by severity, then failures by control with the path and a fix', () => {
    const text = renderText(failingRun(), { title: 'Tiny AI' });
    expect(text.split('\n')[1]).toMatch(
      /^\d+ failing \(2 critical, \d+ high, 1 medium\) · \d+ need evidence · \d+ passing/,
    );
    expect(text).toContain('path: api → vectors → trainer');
    expect(text).toContain('fix: gate the path');
  });

  it('writes the stable JSON shape', () => {
    const run = failingRun();
    const json = JSON.parse(renderJson(run));
    expect(Object.keys(json)).toEqual(['format', 'generatedAt', 'summary', 'checks', 'results']);
    expect(json.format).toBe('trustmap.check/v1');
    expect(json.generatedAt).toBe('2026-11-26T12:00:00.000Z');
    expect(json.results).toEqual(run.results);
  });
});
