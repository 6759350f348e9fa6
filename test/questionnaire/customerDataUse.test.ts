import { describe, expect, it } from 'vitest';
import type { SystemMapInput } from '../../src/map/index.js';
import { composeAnswer } from '../../src/questionnaire/index.js';
import { ask, DOCS, tinyModel } from './fixtures.js';

const openai = {
  id: 'openai',
  vendor: 'OpenAI',
  service: 'API',
  purpose: 'answers',
  ai: true,
  dataClasses: ['docs'],
};

function useModel(
  commitments: NonNullable<SystemMapInput['organization']['commitments']>,
  tenancy?: SystemMapInput['tenancy'],
) {
  return tinyModel({
    organization: { name: 'Tiny AI', stage: 'seed', commitments },
    ...(tenancy ? { tenancy } : {}),
    dataClasses: [DOCS],
    components: [{ id: 'db', kind: 'datastore', dataClasses: ['docs'] }],
    subprocessors: [openai],
  });
}

describe('use of customer data beyond the service', () => {
  it('answers No from the contractual promise, with who receives the data and how training stands', () => {
    const composed = composeAnswer('customer-data-use', {
      model: useModel({ noSecondaryUse: true }, { trainingDefault: 'opt-in' }),
      results: [],
    });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.yesNo).toBe('No');
    expect(composed.answer.text).toBe(
      "We commit to use customer data only to provide our services: never to sell or rent it, use it for advertising, or share it for anyone else's purposes. The sub-processors that receive it (OpenAI) do so only to run their part of the service. It trains models only for customers who opt in.",
    );
    expect(composed.answer.sources).toContainEqual(
      expect.objectContaining({ pointer: 'organization/commitments/noSecondaryUse' }),
    );
  });

  it('says what to add when the map holds no promise, and gives no verdict where training is on by default', () => {
    expect(composeAnswer('customer-data-use', { model: useModel({}), results: [] })).toEqual({
      missing: expect.stringContaining('organization.commitments.noSecondaryUse'),
    });
    const optOut = composeAnswer('customer-data-use', {
      model: useModel({ noSecondaryUse: true }, { trainingDefault: 'opt-out' }),
      results: [],
    });
    if (!('answer' in optOut)) throw new Error('expected an answer');
    expect(optOut.answer.yesNo).toBeUndefined();
    expect(optOut.answer.text).toContain('unless the customer opts out');
    expect(optOut.answer.review).toContain('secondary use');
  });

  it('states no promise a person has not confirmed', () => {
    const [answered] = ask(
      useModel({ status: 'proposed', noSecondaryUse: true }),
      'Do you sell customer data to third parties?',
    );
    expect(answered).toMatchObject({ topic: 'customer-data-use', answer: '', status: 'blank' });
  });

  it('turns the verdict for questions asked the other way round', () => {
    const answered = ask(
      useModel({ noSecondaryUse: true }),
      'Do you sell customer data to third parties?',
      'Is our data used solely to provide the contracted service?',
      'Please confirm that you will not sell or rent our data.',
    );
    expect(answered.map((entry) => [entry.topic, entry.yesNo])).toEqual([
      ['customer-data-use', 'No'],
      ['customer-data-use', 'Yes'],
      ['customer-data-use', 'Yes'],
    ]);
  });
});
