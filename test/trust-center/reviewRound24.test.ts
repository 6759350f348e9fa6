// What the twenty-fourth session's reviews found on the trust center, each from the smallest map that shows it.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { buildTrustCenter } from '../../src/trust-center/index.js';
import { modelOf } from '../lineage/fixtures.js';

/** One API sending prompts to OpenAI, whose terms never train; `dpa` refers to an agreement on file or not. */
function withOpenAi(dpa: boolean) {
  return modelOf({
    dataClasses: [
      { id: 'prompts', name: 'Questions', category: 'prompts', tenantScoped: true, retention: '30d' },
    ],
    components: [{ id: 'api', kind: 'api', dataClasses: ['prompts'], retention: 'zero' }],
    subprocessors: [
      {
        id: 'openai',
        vendor: 'OpenAI',
        service: 'OpenAI API',
        purpose: 'answers',
        ai: true,
        dataClasses: ['prompts'],
        terms: { training: 'never', retention: '30d', ...(dpa ? { dpa: 'dpa-openai' } : {}) },
      },
    ],
    flows: [{ id: 'ask', from: 'api', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' }],
    ...(dpa
      ? {
          evidence: [
            {
              id: 'dpa-openai',
              title: 'OpenAI DPA',
              kind: 'dpa',
              collected: '2026-04-01',
              url: 'https://example.com/dpa',
            },
          ],
        }
      : {}),
  });
}

describe('providers that never train, with no agreement on file', () => {
  it('is not yet verified with why, not "Not met" (localGPT, anthropic-quickstarts)', () => {
    const model = withOpenAi(false);
    const run = runChecks(model);
    const terms = run.results.find((result) => result.checkId === 'llm-subprocessor-terms');
    expect(terms?.status).toBe('fail');
    const site = buildTrustCenter(model, run.results, { allowUnverified: true });
    const claim = site.claims.find((entry) => entry.id === 'model-providers');
    expect(claim?.statement).toBe('Model providers that receive customer data do not train on it.');
    expect(claim?.status).toBe('unverified');
    expect(claim?.notes?.join(' ')).toContain(
      'No data processing agreement with OpenAI is on file yet: this rests on its published terms.',
    );
  });

  it('is still "Not met" where the terms themselves fall short (kept longer than our policy)', () => {
    const model = withOpenAi(false);
    model.map.subprocessors[0]!.terms!.retention = '90d';
    const site = buildTrustCenter(model, runChecks(model).results, { allowUnverified: true });
    expect(site.claims.find((entry) => entry.id === 'model-providers')?.status).toBe('failing');
  });
});

describe('a provider keeping what our policy keeps not at all', () => {
  it('says the policy is not to keep them, not "longer than our policy of not kept" (anthropic-quickstarts)', async () => {
    const { beyondPolicy } = await import('../../src/model/index.js');
    expect(beyondPolicy('zero')).toBe('though our policy is not to keep them');
    expect(beyondPolicy('30d')).toBe('longer than our policy of 30 days');
    const model = withOpenAi(false);
    model.map.dataClasses[0]!.retention = 'zero';
    const terms = runChecks(model).results.find((result) => result.checkId === 'llm-subprocessor-terms');
    expect(terms?.plain).toContain(
      'OpenAI keeps data for 30 days, though our policy is not to keep questions',
    );
    expect(terms?.plain).not.toContain('policy of not kept');
  });
});
