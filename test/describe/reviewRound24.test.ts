// What the twenty-fourth session mended in the system description, from its reviews of real apps.
import { describe, expect, it } from 'vitest';
import { describeSystem } from '../../src/describe/index.js';
import { DOCS, tinyModel } from '../questionnaire/fixtures.js';

describe('a model provider’s retention, with or without an agreement', () => {
  const model = (dpa: boolean) =>
    tinyModel({
      dataClasses: [DOCS],
      components: [{ id: 'api', name: 'API', kind: 'service', dataClasses: ['docs'] }],
      subprocessors: [
        {
          id: 'google',
          vendor: 'Google',
          service: 'Gemini API',
          purpose: 'answers',
          ai: true,
          dataClasses: ['docs'],
          terms: { training: 'never', retention: '55d', ...(dpa ? { dpa: 'dpa-google' } : {}) },
        },
      ],
      flows: [{ id: 'ask', from: 'api', to: 'google', dataClasses: ['docs'], purpose: 'inference' }],
      ...(dpa
        ? {
            evidence: [
              {
                id: 'dpa-google',
                title: 'Google DPA',
                kind: 'dpa',
                collected: '2026-04-01',
                url: 'https://example.com/d',
              },
            ],
          }
        : {}),
    });

  it('is "the retention its terms state" with no agreement on file, not "agreed" (chat-langchain, opengpts)', () => {
    const text = JSON.stringify(describeSystem(model(false)));
    expect(text).toContain(
      'Google deletes the data it receives within the retention its terms state (55 days).',
    );
    expect(text).not.toContain('agreed retention');
    expect(JSON.stringify(describeSystem(model(true)))).toContain('within the agreed retention (55 days)');
  });
});
