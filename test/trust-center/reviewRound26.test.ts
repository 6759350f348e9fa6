// What the twenty-sixth session mended on the trust center, from its reviews of real apps.
import { describe, expect, it } from 'vitest';
import { buildTrustCenter } from '../../src/trust-center/index.js';
import { tinyModel } from '../questionnaire/fixtures.js';

describe('the prompt-retention statement', () => {
  it('says what is sent with the prompts is kept as that content is (napkins: screenshots kept with no limit)', () => {
    const model = tinyModel({
      dataClasses: [
        { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true, retention: 'zero' },
        {
          id: 'shots',
          name: 'Uploaded screenshots',
          category: 'customer-content',
          tenantScoped: true,
          retention: 'indefinite',
        },
      ],
      components: [
        { id: 'app', kind: 'service', dataClasses: ['prompts', 'shots'], retention: 'zero' },
        { id: 'bucket', kind: 'object-store', dataClasses: ['shots'], retention: 'indefinite' },
      ],
      subprocessors: [
        {
          id: 'llm',
          vendor: 'Together AI',
          service: 'Inference API',
          purpose: 'writes the code',
          ai: true,
          dataClasses: ['prompts', 'shots'],
          terms: { training: 'never', retention: 'zero' },
        },
      ],
      flows: [
        { id: 'a', from: 'app', to: 'llm', dataClasses: ['prompts', 'shots'], purpose: 'inference' },
        { id: 'b', from: 'app', to: 'bucket', dataClasses: ['shots'], purpose: 'storage' },
      ],
    });
    const site = buildTrustCenter(model, [], { allowUnverified: true });
    const claim = site.claims.find((entry) => entry.id === 'prompt-retention');
    expect(claim?.statement).toBe(
      'Prompts and model outputs are not retained after a request completes. What we send a model alongside them is kept as that content is: uploaded screenshots with no fixed limit.',
    );
  });
});

describe('a plural name', () => {
  it('takes a plural verb (cheshire-cat: "Uploaded files … does not separate"; twinny: "Symmetry network peers is")', async () => {
    const { namesMany } = await import('../../src/core/words.js');
    expect(namesMany('Uploaded files')).toBe(true);
    expect(namesMany('Symmetry network peers')).toBe(true);
    expect(namesMany('Postgres')).toBe(false);
    expect(namesMany('Redis')).toBe(false);
    expect(namesMany('Google Docs')).toBe(false);
    expect(namesMany('Document index')).toBe(false);
    expect(namesMany('Access logs')).toBe(true);
  });
});

describe('what the retention statements add, where it is only proposed', () => {
  it('is not published as fact', () => {
    const input = {
      dataClasses: [
        { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true, retention: 'zero' },
        {
          id: 'runs',
          status: 'proposed',
          name: 'Run records',
          category: 'model-outputs',
          tenantScoped: true,
          derivedFrom: ['prompts'],
          retention: 'until-deleted',
        },
        {
          id: 'shots',
          status: 'proposed',
          name: 'Screenshots',
          category: 'customer-content',
          tenantScoped: true,
          retention: 'indefinite',
        },
      ],
      components: [
        { id: 'app', kind: 'service', dataClasses: ['prompts', 'shots'], retention: 'zero' },
        { id: 'store', kind: 'object-store', dataClasses: ['runs', 'shots'], retention: 'until-deleted' },
      ],
      subprocessors: [
        {
          id: 'llm',
          vendor: 'Together AI',
          service: 'Inference API',
          purpose: 'writes the code',
          ai: true,
          dataClasses: ['prompts', 'shots'],
          terms: { training: 'never', retention: 'zero' },
        },
      ],
      flows: [{ id: 'a', from: 'app', to: 'llm', dataClasses: ['prompts', 'shots'], purpose: 'inference' }],
    } as const;
    const site = buildTrustCenter(tinyModel(input as never), [], { allowUnverified: true });
    expect(String(site.files['ai-data-practices.html'])).not.toContain('Kept within run records');
    // Without the copy, the statement says what is sent with the prompts: resting on a proposed class, it is held back.
    const withoutCopy = tinyModel({
      ...input,
      dataClasses: input.dataClasses.filter((entry) => entry.id !== 'runs'),
      components: [
        { id: 'app', kind: 'service', dataClasses: ['prompts', 'shots'], retention: 'zero' },
        { id: 'store', kind: 'object-store', dataClasses: ['shots'], retention: 'indefinite' },
      ],
    } as never);
    const claim = buildTrustCenter(withoutCopy, [], { allowUnverified: true }).claims.find(
      (entry) => entry.id === 'prompt-retention',
    );
    expect(claim?.statement).toContain(
      'What we send a model alongside them is kept as that content is: screenshots',
    );
    expect(claim?.status).toBe('unverified');
    expect(claim?.reason).toContain('proposed: shots');
  });
});
