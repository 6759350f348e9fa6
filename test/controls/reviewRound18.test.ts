// What the eighteenth session's reviews of real apps found in the checks, each from the smallest map that shows it:
// OpenInterpreter/open-interpreter (dcfcffa).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { modelOf } from './fixtures.js';

describe('a training destination that also answers prompts', () => {
  it('passes on the training flows alone and says what else reaches it (open-interpreter)', () => {
    // open-interpreter: conversations users choose to contribute go to the company's API for training, under their
    // opt-in; every prompt to its hosted model goes to the same API by inference. The check passed "customer data
    // reaches `api` only through tenant opt-in".
    const model = modelOf({
      version: 1,
      organization: { name: 'Open Interpreter', stage: 'seed' },
      dataClasses: [{ id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true }],
      components: [
        { id: 'cli', kind: 'service', hosting: 'customer-hosted', dataClasses: ['prompts'] },
        { id: 'api', kind: 'api', dataClasses: ['prompts'] },
      ],
      flows: [
        {
          id: 'contribute',
          from: 'cli',
          to: 'api',
          dataClasses: ['prompts'],
          purpose: 'training',
          condition: { kind: 'tenant-opt-in', description: 'when the user agrees to contribute' },
        },
        { id: 'ask', from: 'cli', to: 'api', dataClasses: ['prompts'], purpose: 'inference' },
      ],
    });
    const results = runChecks(model).results.filter(
      (result) => result.checkId === 'no-training-on-customer-data',
    );
    expect(results.map((result) => [result.status, result.message])).toEqual([
      [
        'pass',
        'customer data enters training at `api` only through tenant opt-in; it also receives customer data with no opt-in by `ask`, which the map does not say trains models',
      ],
    ]);
  });
});

describe('a flow of evaluation', () => {
  it('is not said to be read as a training sink it is not (FastChat)', () => {
    // FastChat: conversations released as datasets, mapped as `purpose: evaluation`; the provenance check said "no data
    // feeds a training, fine-tuning or evaluation sink" beside it.
    const model = modelOf({
      version: 1,
      organization: { name: 'LMSYS', stage: 'seed' },
      dataClasses: [{ id: 'prompts', name: 'Conversations', category: 'prompts', tenantScoped: true }],
      components: [{ id: 'web', kind: 'service', dataClasses: ['prompts'] }],
      subprocessors: [
        { id: 'hub', vendor: 'Hugging Face', service: 'Hub', purpose: 'Datasets', dataClasses: ['prompts'] },
      ],
      flows: [{ id: 'release', from: 'web', to: 'hub', dataClasses: ['prompts'], purpose: 'evaluation' }],
    });
    const provenance = runChecks(model).results.filter(
      (result) => result.checkId === 'training-data-provenance',
    );
    expect(provenance.map((result) => [result.status, result.message])).toEqual([
      ['not-applicable', 'no data feeds a training or fine-tuning sink'],
    ]);
  });
});
