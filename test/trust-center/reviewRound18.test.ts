// What the eighteenth session's reviews of real apps found in the trust center, each from the smallest map that shows
// it: browser-use/browser-use (85ddbfe).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import type { SystemMapInput } from '../../src/map/index.js';
import { composeAnswer } from '../../src/questionnaire/index.js';
import { buildTrustCenter } from '../../src/trust-center/index.js';
import { modelOf } from './fixtures.js';

const text = (value: string | Uint8Array | undefined) => (typeof value === 'string' ? value : '');

/**
 * browser-use: a library each developer runs sends every prompt by default to the company's model gateway, whose
 * providers the code does not show; other providers are reached with the developer's own key; PostHog takes telemetry
 * under the company's account. "We use 1 sub-processor" and every provider "reached only under a customer's own
 * account" were said beside the gateway.
 */
const map = (hosting?: 'cloud-managed'): SystemMapInput => ({
  version: 1,
  organization: { name: 'Browser Use', stage: 'seed' },
  dataClasses: [{ id: 'prompts', name: 'Tasks', category: 'prompts', tenantScoped: true }],
  components: [
    { id: 'lib', name: 'Library', kind: 'service', hosting: 'customer-hosted', dataClasses: ['prompts'] },
    {
      id: 'gateway',
      name: 'Model gateway',
      kind: 'hosted-model-layer',
      ...(hosting ? { hosting } : {}),
      dataClasses: ['prompts'],
    },
  ],
  subprocessors: [
    {
      id: 'openai',
      vendor: 'OpenAI',
      service: 'API',
      purpose: 'Chat, with the developer’s own key',
      ai: true,
      account: 'customer',
      dataClasses: ['prompts'],
    },
    {
      id: 'posthog',
      vendor: 'PostHog',
      service: 'Analytics',
      purpose: 'Telemetry',
      dataClasses: ['prompts'],
    },
  ],
  flows: [
    { id: 'default', from: 'lib', to: 'gateway', dataClasses: ['prompts'], purpose: 'inference' },
    { id: 'own', from: 'lib', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' },
    { id: 'telemetry', from: 'lib', to: 'posthog', dataClasses: ['prompts'], purpose: 'analytics' },
  ],
});

describe('a model gateway nobody said who runs, calling no provider on record', () => {
  const answer = (topic: string, model: ReturnType<typeof modelOf>) => {
    const composed = composeAnswer(topic, { model, results: runChecks(model).results });
    return 'answer' in composed ? composed.answer.text : '';
  };

  it('leaves its providers and their terms not on record in the answers and on the trust center', () => {
    const model = modelOf(map());
    expect(answer('ai-provider-terms', model)).toContain(
      'Which providers, if any, stand behind Model gateway, and on what terms, is not yet on record.',
    );
    expect(answer('subprocessors', model)).toContain(
      'Which providers, if any, stand behind Model gateway is not yet on record.',
    );
    // Held for review, not sent as ready.
    const composed = composeAnswer('subprocessors', { model, results: runChecks(model).results });
    expect('answer' in composed ? composed.answer.review : undefined).toContain(
      'which providers stand behind `gateway`',
    );
    const site = buildTrustCenter(model, runChecks(model).results, { allowUnverified: true });
    for (const page of ['index.html', 'subprocessors.html'])
      expect(text(site.files[page])).toContain(
        'We work with 1 sub-processor (besides 1 service customers reach only with their own accounts); which providers, if any, stand behind Model gateway is not yet on record.',
      );
  });

  it('says nothing of it where the map says we run it', () => {
    const model = modelOf(map('cloud-managed'));
    expect(answer('ai-provider-terms', model)).not.toContain('stand behind');
    expect(answer('subprocessors', model)).not.toContain('stand behind');
    const site = buildTrustCenter(model, runChecks(model).results, { allowUnverified: true });
    expect(text(site.files['index.html'])).not.toContain('stand behind');
  });
});
