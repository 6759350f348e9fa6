// What the twenty-sixth session's reviews found in the checks.
import { describe, expect, it } from 'vitest';
import { promptRetention } from '../../src/controls/checks/promptRetention.js';
import { modelOf } from './fixtures.js';

describe('a vendor that does not say how long it keeps prompts', () => {
  it('is told to record its terms, not a `retention` key sub-processors do not have (gemini-fullstack)', () => {
    const model = modelOf({
      version: 1,
      organization: { name: 'Tiny AI', stage: 'seed' },
      dataClasses: [
        {
          id: 'prompts',
          name: 'Prompts',
          category: 'prompts',
          tenantScoped: true,
          retention: 'until-deleted',
        },
      ],
      components: [{ id: 'api', kind: 'service', dataClasses: ['prompts'] }],
      subprocessors: [
        {
          id: 'llm',
          vendor: 'Google',
          service: 'Gemini API',
          purpose: 'answers',
          ai: true,
          dataClasses: ['prompts'],
        },
      ],
      flows: [{ id: 'f', from: 'api', to: 'llm', dataClasses: ['prompts'], purpose: 'inference' }],
    });
    // Run alone: `check` shows it merged with the deletion check's result of the same cause where both fail.
    const result = [promptRetention.run(model)].flat().find((entry) => entry.subject.id === 'llm');
    expect(result?.remediation).toContain('`terms.retention`');
    expect(result?.remediation).not.toMatch(/^declare `retention`/);
  });
});
