import { describe, expect, it } from 'vitest';
import { adviseScope } from '../../src/scope/index.js';
import { companyYaml, modelFrom, result } from './profiles.js';

const included = (advice: ReturnType<typeof adviseScope>) =>
  advice.categories.filter((category) => category.include).map((category) => category.id);

describe('scope advice on company profiles', () => {
  it('seed-stage startup with no SLA: Security only, Type I first, ISO 42001 not yet', () => {
    const model = modelFrom(companyYaml('name: Seedling\nstage: seed'));
    const advice = adviseScope(model, [], {});
    expect(included(advice)).toEqual(['security']);
    const availability = advice.categories.find((c) => c.id === 'availability')!;
    expect(availability.reason).toMatch(/No availability SLA/);
    expect(advice.reportType.plan).toBe('type1-then-type2');
    expect(advice.reportType.reason).toMatch(/seed stage/);
    expect(advice.reportType.remediationDays).toBe(0);
    expect(advice.reportType.type1).toEqual({ asOf: '2026-11-26', earliestReport: '2027-01-07' });
    expect(advice.reportType.type2).toMatchObject({
      windowMonths: 3,
      windowStart: '2026-11-26',
      windowEnd: '2027-02-26',
    });
    expect(advice.iso42001.start).toBe('not-yet');
    // What is on record, not that no buyer asked (postiz, refly: nothing was recorded).
    expect(advice.iso42001.reason).toBe(
      'Not yet: no AI-governance question from buyers is on record (recorded questionnaires or your answers) and the map declares no AI systems.',
    );
    expect(advice.gaps).toEqual([]);
  });

  it('growth company with an SLA and EU buyers: Availability, straight to a 6-month Type II, ISO 42001 now', () => {
    const model = modelFrom(
      companyYaml('name: Grown\nstage: growth\ncommitments: { availabilitySla: 99.95 }'),
    );
    const advice = adviseScope(model, [], { nonUsBuyers: true });
    expect(included(advice)).toEqual(['security', 'availability']);
    const availability = advice.categories.find((c) => c.id === 'availability')!;
    expect(availability.reason).toContain('99.95%');
    expect(availability.sources).toEqual([
      expect.objectContaining({
        kind: 'map',
        pointer: 'organization/commitments/availabilitySla',
        location: { file: 'trustmap.yaml', line: 5, col: 35 },
      }),
    ]);
    expect(advice.reportType.plan).toBe('type2');
    expect(advice.reportType.type1).toBeUndefined();
    expect(advice.reportType.type2).toEqual({
      windowMonths: 6,
      windowStart: '2026-11-26',
      windowEnd: '2027-05-26',
      earliestReport: '2027-07-07',
    });
    expect(advice.iso42001.start).toBe('now');
    expect(advice.iso42001.sources).toContainEqual({
      kind: 'answer',
      question: 'non-US buyers',
      value: 'yes',
    });
    // With Availability covered, even the metrics store is part of the system.
    expect(advice.system.components.find((c) => c.id === 'metrics-store')?.include).toBe(true);
  });

  it('confidentiality NDAs and many AI-governance questions: Confidentiality from the answer, ISO 42001 now', () => {
    const model = modelFrom(companyYaml('name: Careful\nstage: series-a'));
    const advice = adviseScope(model, [], {
      contractsDemand: ['confidentiality'],
      buyerQuestions: { 'ai-governance': 4, 'ai-human-oversight': 3, 'security-encryption': 9 },
    });
    expect(included(advice)).toEqual(['security', 'confidentiality']);
    expect(advice.categories.find((c) => c.id === 'confidentiality')?.sources).toEqual([
      { kind: 'answer', question: 'contracts demand', value: 'confidentiality' },
    ]);
    expect(advice.iso42001).toMatchObject({ start: 'now', aiGovernanceQuestions: 7, threshold: 5 });
    expect(advice.iso42001.reason).toMatch(/7 AI-governance questions/);
  });

  it('counts questions recorded from answered questionnaires toward the ISO 42001 threshold', () => {
    const model = modelFrom(companyYaml('name: Asked\nstage: series-a'));
    const below = adviseScope(model, [], { buyerQuestions: ['ai-governance', 'ai-model-risk'] });
    expect(below.iso42001).toMatchObject({ start: 'after-soc2', aiGovernanceQuestions: 2 });
    const recorded = [
      {
        file: '.trustmap/questionnaires/acme.json',
        topics: { 'ai-model-risk': 3, 'ai-prompt-retention': 5 },
      },
    ];
    const above = adviseScope(model, [], { buyerQuestions: ['ai-governance', 'ai-model-risk'] }, recorded);
    expect(above.iso42001).toMatchObject({ start: 'now', aiGovernanceQuestions: 5 });
    expect(above.iso42001.sources).toContainEqual({
      kind: 'questionnaire',
      file: '.trustmap/questionnaires/acme.json',
      topic: 'ai-model-risk',
      count: 3,
    });
  });

  it('blocking gaps: Type I first even for a series-B company, gaps ordered by what blocks the audit', () => {
    const model = modelFrom(
      companyYaml('name: Gappy\nstage: series-b\ncommitments: { confidentiality: true }'),
    );
    const results = [
      result('evidence-freshness', ['TM-EVD-01'], 'fail', 'medium'),
      result('integrity', ['TM-DATA-04'], 'fail', 'high'),
      result('manual-controls', ['TM-SEC-01'], 'needs-evidence', 'high'),
      result('tenant-isolation', ['TM-TEN-02'], 'fail', 'critical', 'vectors'),
      result('vendor-terms', ['TM-VEND-01'], 'fail', 'high', 'llm'),
      result('logging', ['TM-INF-03'], 'pass', 'high'),
    ];
    const advice = adviseScope(model, results, {});
    expect(advice.gaps.map((gap) => [gap.checkId, gap.blocking, gap.category])).toEqual([
      ['tenant-isolation', true, 'security'],
      ['vendor-terms', true, 'security'],
      ['manual-controls', true, 'security'],
      ['evidence-freshness', false, 'security'],
      // Processing Integrity is not in this report, so its failure does not block it.
      ['integrity', false, 'processing-integrity'],
    ]);
    expect(advice.gaps.map((gap) => gap.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(advice.gaps[0]!.sources[0]).toEqual({
      kind: 'check',
      checkId: 'tenant-isolation',
      status: 'fail',
      subject: 'component vectors',
    });
    // Critical: 45 days, plus a week for each of the two other blocking findings.
    expect(advice.reportType).toMatchObject({
      plan: 'type1-then-type2',
      remediationDays: 59,
      readyDate: '2027-01-24',
    });
    expect(advice.reportType.type1).toEqual({ asOf: '2027-01-24', earliestReport: '2027-03-07' });
    expect(advice.reportType.type2).toMatchObject({
      windowMonths: 6,
      windowStart: '2027-01-24',
      windowEnd: '2027-07-24',
    });
    expect(advice.reportType.reason).toMatch(/^3 findings would be exceptions/);
  });

  it('a Processing Integrity failure blocks once the category is in the report', () => {
    const model = modelFrom(companyYaml('name: Exact\nstage: series-b'));
    const advice = adviseScope(model, [result('integrity', ['TM-DATA-04'], 'fail', 'high')], {
      contractsDemand: ['processing-integrity'],
    });
    expect(included(advice)).toContain('processing-integrity');
    expect(advice.gaps[0]).toMatchObject({ blocking: true, category: 'processing-integrity' });
    expect(advice.reportType.plan).toBe('type1-then-type2');
  });

  it('a tight target date shortens the window, then falls back to Type I and says whether the date is met', () => {
    const model = modelFrom(companyYaml('name: Hurry\nstage: series-c'));
    const roomy = adviseScope(model, [], { targetReportDate: '2027-07-31' });
    expect(roomy.reportType).toMatchObject({ plan: 'type2', target: { date: '2027-07-31', met: true } });
    expect(roomy.reportType.type2.windowMonths).toBe(6);
    const tighter = adviseScope(model, [], { targetReportDate: '2027-06-01' });
    expect(tighter.reportType.type2).toMatchObject({
      windowMonths: 4,
      windowEnd: '2027-03-26',
      earliestReport: '2027-05-07',
    });
    expect(tighter.reportType.plan).toBe('type2');
    const tight = adviseScope(model, [], { targetReportDate: '2027-02-15' });
    expect(tight.reportType.plan).toBe('type1-then-type2');
    expect(tight.reportType.type2.windowMonths).toBe(3);
    expect(tight.reportType.reason).toMatch(/cannot be issued by 2027-02-15/);
    expect(tight.reportType.target).toMatchObject({ met: true });
    const impossible = adviseScope(model, [], { targetReportDate: '2026-12-15' });
    expect(impossible.reportType.target).toMatchObject({ met: false });
    expect(impossible.reportType.target?.note).toMatch(/after the target/);
  });

  it('Privacy only with a stated reason, even when contracts carry a DPA', () => {
    const model = modelFrom(companyYaml('name: Private\nstage: series-a\ncommitments: { privacy: true }'));
    const without = adviseScope(model, [], {});
    const privacy = without.categories.find((c) => c.id === 'privacy')!;
    expect(privacy.include).toBe(false);
    expect(privacy.reason).toMatch(/DPA/);
    expect(privacy.sources[0]).toMatchObject({ pointer: 'organization/commitments/privacy' });
    const withReason = adviseScope(model, [], { contractsDemand: ['privacy'] });
    expect(withReason.categories.find((c) => c.id === 'privacy')).toMatchObject({ include: true });
  });

  it('in-scope system: the inference and retrieval path and customer data are in, unrelated stores out', () => {
    const model = modelFrom(companyYaml('name: Paths\nstage: series-a'));
    const { components, subprocessors } = adviseScope(model, [], {}).system;
    const byId = Object.fromEntries(components.map((c) => [c.id, c]));
    expect(byId.api).toMatchObject({
      include: true,
      roles: ['inference path', 'retrieval path', 'customer data'],
    });
    expect(byId.vectors).toMatchObject({ include: true, roles: ['retrieval path', 'customer data'] });
    expect(byId.db).toMatchObject({ include: true, roles: ['customer data'] });
    expect(byId['metrics-store']).toMatchObject({ include: false, roles: [] });
    expect(byId.vectors!.sources).toContainEqual(expect.objectContaining({ pointer: 'flows/retrieve' }));
    expect(subprocessors).toEqual([
      expect.objectContaining({
        id: 'llm',
        treatment: 'carve-out',
        reason: expect.stringMatching(/no SOC 2 report/),
      }),
      expect.objectContaining({
        id: 'cloud',
        treatment: 'carve-out',
        soc2Report: 'cloud-soc2',
        reason: expect.stringContaining('Cloud Co SOC 2 Type II report'),
      }),
    ]);
  });

  it('keeps AI governance promises out of the report and points them to the trust center', () => {
    const aiSystem = `aiSystems:
  - { id: helper, name: Answer helper, purpose: answers, role: [deployer], riskClass: limited, components: [api] }`;
    const model = modelFrom(
      companyYaml(
        'name: Governed\nstage: series-a\nframeworks: [soc2, eu-ai-act]\ncommitments: { noTrainingOnCustomerData: true }',
        aiSystem,
      ),
    );
    const advice = adviseScope(model, [], {});
    expect(advice.keepOut.map((k) => k.topic)).toEqual([
      'AI governance of Answer helper (risk class, human oversight, impact assessment)',
      'No training on customer data',
      'Model quality, accuracy and safety of generated answers',
      'EU AI Act duties',
    ]);
    expect(advice.keepOut[0]!.answerIn).toEqual(['trust center', 'AI questionnaire']);
    expect(advice.iso42001.start).toBe('after-soc2');
  });

  it('has nothing to keep out when the system uses no AI', () => {
    const yaml = companyYaml('name: Plain\nstage: seed')
      .replace(/ {2}- \{ id: ask,.*\n/, '')
      .replace(/ {2}- \{ id: retrieve,.*\n/, '');
    expect(adviseScope(modelFrom(yaml), [], {}).keepOut).toEqual([]);
  });

  it('the stage answer overrides the map, and every recommendation carries a reason', () => {
    const model = modelFrom(companyYaml('name: Grown\nstage: seed'));
    const advice = adviseScope(model, [], { stage: 'public', enterpriseBuyers: true });
    expect(advice.stage).toBe('public');
    expect(advice.reportType).toMatchObject({ plan: 'type2', type2: { windowMonths: 12 } });
    expect(advice.reportType.sources[0]).toEqual({ kind: 'answer', question: 'stage', value: 'public' });
    const all = [
      ...advice.categories,
      advice.reportType,
      ...advice.system.components,
      ...advice.system.subprocessors,
      ...advice.keepOut,
      advice.iso42001,
    ];
    for (const recommendation of all) expect(recommendation.reason.length).toBeGreaterThan(20);
  });
});
