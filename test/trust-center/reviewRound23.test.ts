// What the twenty-third session mended in the trust center and the lineage diagram, from its reviews of real apps:
// langflow (2f27401), deepwiki-open (04e7c13).
import { describe, expect, it } from 'vitest';
import { buildLineageGraph } from '../../src/lineage/index.js';
import { sameName } from '../../src/model/index.js';
import { customerDocs, modelOf } from '../lineage/fixtures.js';

describe('a vendor whose service is named as the vendor is', () => {
  it('is named once on the pages and in the diagram (langflow: "Anthropic Claude API" twice)', () => {
    expect(sameName('Anthropic Claude API', 'Anthropic Claude API')).toBe(true);
    expect(sameName('OpenAI', 'OpenAI API')).toBe(false);
    const model = modelOf({
      organization: 'Flows',
      dataClasses: [customerDocs],
      components: [{ id: 'api', kind: 'api', dataClasses: ['docs'], retention: 'zero' }],
      subprocessors: [
        {
          id: 'anthropic',
          vendor: 'Anthropic Claude API',
          service: 'Anthropic Claude API',
          purpose: 'answers',
          dataClasses: ['docs'],
        },
        { id: 'openai', vendor: 'OpenAI', service: 'Chat API', purpose: 'answers', dataClasses: ['docs'] },
      ],
      flows: [
        { id: 'a', from: 'api', to: 'anthropic', dataClasses: ['docs'], purpose: 'inference' },
        { id: 'o', from: 'api', to: 'openai', dataClasses: ['docs'], purpose: 'inference' },
      ],
    });
    const labels = Object.fromEntries(buildLineageGraph(model).nodes.map((node) => [node.id, node.label]));
    expect(labels.anthropic).toBe('Anthropic Claude API');
    expect(labels.openai).toBe('OpenAI: Chat API');
  });
});

describe('prompt retention with a provider’s retention not on record', () => {
  it('is not yet verified, not "Not met", with the deletion check folded in on the same cause (AFFiNE)', async () => {
    const { runChecks } = await import('../../src/controls/index.js');
    const { buildTrustCenter } = await import('../../src/trust-center/index.js');
    const model = modelOf({
      dataClasses: [
        {
          id: 'prompts',
          name: 'AI requests',
          category: 'prompts',
          tenantScoped: true,
          retention: 'until-deleted',
        },
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
        },
      ],
      flows: [{ id: 'ask', from: 'api', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' }],
    });
    const run = runChecks(model);
    expect(
      run.results.some((result) => result.checkId === 'deletion-coverage' && result.subject.id === 'openai'),
    ).toBe(true);
    const site = buildTrustCenter(model, run.results, { allowUnverified: true });
    expect(site.claims.find((claim) => claim.id === 'prompt-retention')?.status).toBe('unverified');
  });
});
