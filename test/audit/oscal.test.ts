import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { controlMatrix, oscalAssessmentResults, oscalSsp } from '../../src/audit/index.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { buildModel } from '../../src/model/index.js';
import { acmeHistory, WINDOW } from './fixture.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = (name: string) => JSON.parse(readFileSync(path.join(here, 'schemas', name), 'utf8'));

function validator(name: string) {
  // NIST's schemas use Unicode property escapes in patterns, hence unicodeRegExp; strict off because they carry
  // keywords (e.g. $comment placements) that Ajv's strict mode rejects although they are valid draft-07.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: true });
  (formats as unknown as (ajv: Ajv) => void)(ajv);
  return ajv.compile(schema(name));
}

const context = {
  framework: 'soc2' as const,
  window: WINDOW,
  createdAt: '2026-11-30T09:00:00.000Z',
  version: WINDOW.end,
};

describe('OSCAL', () => {
  it('writes a system security plan that validates against NIST’s OSCAL 1.0.6 SSP schema', async () => {
    const { model, records } = await acmeHistory();
    const ssp = oscalSsp(model, controlMatrix(model, records, WINDOW, 'soc2'), context);
    const validate = validator('oscal_ssp_schema.json');
    expect(validate(ssp), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
    type Plan = {
      'system-characteristics': { 'system-name': string };
      'control-implementation': { 'implemented-requirements': { 'control-id': string }[] };
    };
    const plan = (ssp as { 'system-security-plan': Plan })['system-security-plan'];
    expect(plan['system-characteristics']['system-name']).toBe('Acme AI');
    // The schema really checks: without the required system characteristics the plan is rejected.
    const { 'system-characteristics': _dropped, ...broken } = plan;
    expect(validate({ 'system-security-plan': broken })).toBe(false);
    expect(plan['control-implementation']['implemented-requirements'].map((r) => r['control-id'])).toContain(
      'cc6.1',
    );
  });

  it('writes assessment results that validate, with a finding per criterion and exceptions marked not satisfied', async () => {
    const { model, records } = await acmeHistory();
    const results = oscalAssessmentResults(model, controlMatrix(model, records, WINDOW, 'soc2'), context);
    const validate = validator('oscal_assessment-results_schema.json');
    expect(validate(results), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
    type Finding = { target: { 'target-id': string; status: { state: string } } };
    const findings = (results as { 'assessment-results': { results: { findings: Finding[] }[] } })[
      'assessment-results'
    ].results[0]!.findings;
    const cc92 = findings.find((finding) => finding.target['target-id'] === 'cc9.2_obj')!;
    expect(findings.find((finding) => finding.target['target-id'] === 'cc6.5_obj')).toBeDefined();
    // The Cohere DPA expired on 2026-09-30, inside the window: vendor management has exceptions.
    expect(cc92.target.status.state).toBe('not-satisfied');
  });

  it('validates for ISO/IEC 42001 too (clause numbers become tokens) and is the same for the same input', async () => {
    const { model, records } = await acmeHistory();
    const rows = controlMatrix(model, records, WINDOW, 'iso42001');
    const iso = { ...context, framework: 'iso42001' as const };
    const ssp = oscalSsp(model, rows, iso);
    const validate = validator('oscal_ssp_schema.json');
    expect(validate(ssp), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
    expect(JSON.stringify(ssp)).toContain('"control-id":"clause-9"');
    expect(oscalSsp(model, rows, iso)).toEqual(ssp);
  });

  it('says a vendor is carved out only where the map chooses it (pdftochat)', async () => {
    // Nutlope/pdftochat (ab8cfd0): the schema's default treatment, which nobody chose, was stated as the method.
    const { model, records } = await acmeHistory();
    const remarks = (plan: object) =>
      (
        plan as {
          'system-security-plan': {
            'system-implementation': { components: { title: string; remarks?: string }[] };
          };
        }
      )['system-security-plan']['system-implementation'].components
        .filter((component) => component.title.startsWith('OpenAI'))
        .map((component) => component.remarks);
    const chosen = oscalSsp(model, controlMatrix(model, records, WINDOW, 'soc2'), context);
    expect(remarks(chosen)).toEqual(['Treated as carve-out in the audit.']);
    const written = readFileSync(path.join(here, '../../examples/acme-ai/trustmap.yaml'), 'utf8');
    const unchosen = loadMapFromFiles(
      [{ file: 'trustmap.yaml', content: written.replace(/\n {4}auditTreatment: carve-out/g, '') }],
      { root: '/tmp/map' },
    );
    if (!unchosen.ok) throw new Error('map does not load');
    const plain = buildModel(unchosen.map, { now: model.now });
    expect(remarks(oscalSsp(plain, controlMatrix(plain, records, WINDOW, 'soc2'), context))).toEqual([
      'Its treatment in the audit (carve-out or inclusive) is not yet chosen.',
    ]);
  });

  it('leaves proposed map entries out of the plan', async () => {
    const { model, records } = await acmeHistory();
    const map = {
      ...model.map,
      subprocessors: model.map.subprocessors.map((entry) =>
        entry.id === 'datadog' ? { ...entry, status: 'proposed' as const } : entry,
      ),
    };
    const proposed = buildModel(map, { now: model.now });
    const ssp = JSON.stringify(oscalSsp(proposed, controlMatrix(proposed, records, WINDOW, 'soc2'), context));
    expect(ssp).not.toContain('Datadog');
    expect(ssp).toContain('Anthropic');
  });
});
