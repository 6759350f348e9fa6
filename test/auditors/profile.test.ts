import { describe, expect, it } from 'vitest';
import { companyProfile, matchForModel } from '../../src/auditors/index.js';
import { adviseScope } from '../../src/scope/index.js';
import { companyYaml, modelFrom } from '../scope/profiles.js';
import { fixtureDirectory, TODAY } from './fixtures.js';

describe('the company profile the matcher reads', () => {
  it('takes stage and head count from the map, report type and window from scope, AI specifics from the flows', () => {
    const model = modelFrom(companyYaml('name: Seedling\nstage: seed\nheadcount: 8\nregions: [US]'));
    const advice = adviseScope(model, [], {});
    const profile = companyProfile(model, advice);
    expect(profile).toMatchObject({
      organization: 'Seedling',
      stage: 'seed',
      headcount: 8,
      frameworks: ['soc2'],
      reportType: advice.reportType.plan === 'type1-then-type2' ? 'type1' : 'type2',
      windowMonths: advice.reportType.type2.windowMonths,
      categories: ['Security'],
      regions: ['us'],
      ai: { training: false, customerDataInRetrieval: true, iso42001Interest: false },
    });
    expect(profile.reportType).toBe('type1');
    expect(profile.ai.components).toEqual(['Vector index', 'Model Vendor (LLM API)']);
    expect(profile.origins).toMatchObject({
      stage: 'scope',
      reportType: 'scope',
      frameworks: 'default',
      training: 'map',
    });
  });

  it('the map’s ISO/IEC 42001 interest, target date and readiness providers reach the match', () => {
    const model = modelFrom(
      companyYaml(
        'name: Scaleup\nstage: series-b\nframeworks: [soc2, iso42001]\ntargetReportDate: 2027-09-30\nreadinessProviders: [Hotel Readiness]',
      ),
    );
    // The fixture's facts were checked on TODAY; an earlier clock would (rightly) ignore them as future-dated.
    const { advice, result } = matchForModel(
      model,
      [],
      fixtureDirectory(),
      {},
      new Date(`${TODAY}T12:00:00Z`),
    );
    expect(advice.reportType.target?.date).toBe('2027-09-30');
    expect(result.profile).toMatchObject({ frameworks: ['soc2', 'iso42001'], targetDate: '2027-09-30' });
    expect(result.profile.ai.iso42001Interest).toBe(true);
    expect(result.excluded.find((entry) => entry.id === 'hotel')?.code).toBe('independence');
    expect(result.matches.map((match) => match.id)).toContain('delta');
  });

  it('flags override every value the map and scope give', () => {
    const model = modelFrom(companyYaml('name: Grown\nstage: growth\nframeworks: [soc2, iso42001]'));
    const advice = adviseScope(model, [], {});
    const profile = companyProfile(model, advice, {
      stage: 'seed',
      headcount: 3,
      frameworks: ['iso27001'],
      reportType: 'type2',
      windowMonths: 12,
      regions: ['EU'],
      training: true,
      customerDataInRetrieval: false,
      iso42001: false,
      readinessProviders: ['x'],
      budgetUsd: 20000,
      targetDate: '2027-03-01',
    });
    expect(profile).toMatchObject({
      stage: 'seed',
      headcount: 3,
      frameworks: ['iso27001'],
      reportType: 'type2',
      windowMonths: 12,
      regions: ['eu'],
      ai: { training: true, customerDataInRetrieval: false, iso42001Interest: false },
      readinessProviders: ['x'],
      budgetUsd: 20000,
    });
    expect(Object.values(profile.origins).every((origin) => origin === 'flag')).toBe(true);
    // Without the flag, "no ISO/IEC 42001" in a flag drops it from the map's frameworks.
    expect(companyProfile(model, advice, { iso42001: false }).frameworks).toEqual(['soc2']);
  });
});
