// What the twenty-sixth session's reviews found in the answers, each from the smallest map that shows it.
import { describe, expect, it } from 'vitest';
import { ask, tinyModel } from './fixtures.js';

describe('prompts kept within a class made from them', () => {
  const model = tinyModel({
    dataClasses: [
      { id: 'prompts', name: 'Model prompts', category: 'prompts', tenantScoped: true },
      { id: 'outputs', name: 'Model outputs', category: 'model-outputs', tenantScoped: true },
      {
        id: 'runs',
        name: 'Run records',
        category: 'model-outputs',
        tenantScoped: true,
        derivedFrom: ['prompts', 'outputs'],
        retention: 'until-deleted',
        deletion: { mechanism: 'an operator deletes the run folder', automated: false },
      },
    ],
    components: [
      { id: 'runner', kind: 'service', dataClasses: ['prompts', 'outputs'], retention: 'zero' },
      { id: 'store', kind: 'object-store', dataClasses: ['runs'], retention: 'until-deleted' },
    ],
    flows: [{ id: 'save', from: 'runner', to: 'store', dataClasses: ['runs'], purpose: 'storage' }],
  });

  it('are not said to be gone after the request (SWE-agent: every run saved with its prompts, nine answers)', () => {
    const [answer] = ask(
      model,
      'Are model inputs and outputs persisted anywhere after the response is returned?',
    );
    expect(answer!.topic).toBe('ai-prompt-retention');
    expect(answer!.answer).not.toMatch(/Model prompts: not kept after the request[;.]/);
    expect(answer!.answer).toContain(
      'Run records: until deleted; Model prompts: kept only within Run records; Model outputs: kept only within Run records',
    );
  });

  it('are said as kept where their own class says zero', () => {
    const zero = tinyModel({
      dataClasses: [
        { id: 'prompts', name: 'Chat messages', category: 'prompts', tenantScoped: true, retention: 'zero' },
        {
          id: 'runs',
          name: 'Run records',
          category: 'model-outputs',
          tenantScoped: true,
          derivedFrom: ['prompts'],
          retention: '90d',
        },
      ],
      components: [
        { id: 'runner', kind: 'service', dataClasses: ['prompts'], retention: 'zero' },
        { id: 'store', kind: 'object-store', dataClasses: ['runs'], retention: '90d' },
      ],
    });
    const [answer] = ask(zero, 'How long do you keep prompts?');
    expect(answer!.answer).toMatch(
      /Chat messages: not kept[^;]*, except within Run records; Run records: 90 days/,
    );
  });
});

describe('the trust center’s retention table', () => {
  it('says prompts are kept within the class made from them (SWE-agent)', async () => {
    const { buildTrustCenter } = await import('../../src/trust-center/index.js');
    const model = tinyModel({
      dataClasses: [
        { id: 'prompts', name: 'Model prompts', category: 'prompts', tenantScoped: true },
        {
          id: 'runs',
          name: 'Run records',
          category: 'model-outputs',
          tenantScoped: true,
          derivedFrom: ['prompts'],
          retention: 'until-deleted',
        },
      ],
      components: [
        { id: 'runner', name: 'Agent runner', kind: 'service', dataClasses: ['prompts'], retention: 'zero' },
        { id: 'store', kind: 'object-store', dataClasses: ['runs'], retention: 'until-deleted' },
      ],
    });
    const site = buildTrustCenter(model, [], { allowUnverified: true });
    const page = String(site.files['ai-data-practices.html'] ?? '');
    expect(page).toContain('Processed without being kept: Agent runner.');
    expect(page).toContain('Kept within run records (until deleted).');
  });
});
