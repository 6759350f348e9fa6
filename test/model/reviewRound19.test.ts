// What the nineteenth session's reviews found in the model layer's shared readings: superagent-ai/superagent (aa6c184).
import { describe, expect, it } from 'vitest';
import { onlyWhen } from '../../src/model/index.js';
import { tinyModel } from '../questionnaire/fixtures.js';

describe('when a vendor is used', () => {
  // superagent: Daytona's sandbox calling Anthropic made Daytona "used only … or scan() with an anthropic/ model", the
  // condition of the call leaving it.
  const model = tinyModel({
    dataClasses: [{ id: 'repo', name: 'Repositories', category: 'customer-content', tenantScoped: true }],
    components: [
      { id: 'cli', name: 'CLI', kind: 'service', hosting: 'customer-hosted', dataClasses: ['repo'] },
    ],
    subprocessors: [
      {
        id: 'sandbox',
        vendor: 'Daytona',
        service: 'Sandboxes',
        purpose: 'Runs scans',
        dataClasses: ['repo'],
      },
      { id: 'llm', vendor: 'Anthropic', service: 'API', purpose: 'Scans', ai: true, dataClasses: ['repo'] },
    ],
    flows: [
      {
        id: 'upload',
        from: 'cli',
        to: 'sandbox',
        dataClasses: ['repo'],
        purpose: 'storage',
        condition: { kind: 'other', description: 'when an agent runs code' },
      },
      {
        id: 'ask',
        from: 'sandbox',
        to: 'llm',
        dataClasses: ['repo'],
        purpose: 'inference',
        condition: { kind: 'other', description: 'with an anthropic/ model' },
      },
    ],
  });

  it('reads the flows into it, not what it sends on to another vendor', () => {
    expect(onlyWhen(model, 'sandbox')).toBe('only when an agent runs code');
    expect(onlyWhen(model, 'llm')).toBe('only with an anthropic/ model');
  });
});
