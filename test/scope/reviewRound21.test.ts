// What the twenty-first session's reviews of real apps found in the scope advice: TheR1D/shell_gpt (a082bd5).
import { describe, expect, it } from 'vitest';
import { recommendSystem } from '../../src/scope/index.js';
import { tinyModel } from '../questionnaire/fixtures.js';

describe('a product each customer runs', () => {
  const model = (changeControl: boolean) =>
    tinyModel({
      dataClasses: [{ id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true }],
      components: [
        {
          id: 'cli',
          name: 'sgpt command-line tool',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['prompts'],
          ...(changeControl
            ? {
                changeControl: {
                  process: 'Pull requests with CI checks; releases published to PyPI by trusted publishing',
                },
              }
            : {}),
        },
      ],
    });

  it('cites how it is built and released where the map records it (shell_gpt)', () => {
    // shell_gpt: "… how you build, release and support the product …, which the map does not describe", beside its
    // `changeControl`, which four change-management answers quoted.
    const note = recommendSystem(model(true), new Set()).note ?? '';
    expect(note).toContain('which the map records for sgpt command-line tool (`changeControl`)');
    expect(note).not.toContain('which the map does not describe');
    expect(recommendSystem(model(false), new Set()).note).toContain('which the map does not describe');
  });
});

describe('a map none of whose parts of ours is in scope', () => {
  it('says so, not a system to audit (opencopilot)', () => {
    // opencopilot: its usage-log endpoint, the one part it runs, "out" with no customer data on record, and a Type I
    // "ready to start" over an empty system.
    const model = tinyModel({
      dataClasses: [
        { id: 'docs', name: 'Documents', category: 'customer-content', tenantScoped: true },
        { id: 'usage', name: 'Request metadata', category: 'telemetry', tenantScoped: false },
      ],
      components: [
        {
          id: 'backend',
          name: 'Backend',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['docs', 'usage'],
        },
        {
          id: 'usage-log',
          name: 'Usage log endpoint',
          kind: 'log-sink',
          hosting: 'self-hosted',
          dataClasses: ['usage'],
        },
      ],
      flows: [{ id: 'log', from: 'backend', to: 'usage-log', dataClasses: ['usage'], purpose: 'logging' }],
    });
    expect(recommendSystem(model, new Set()).note).toContain('No component is in scope');
  });
});
