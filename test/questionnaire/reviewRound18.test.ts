// What the eighteenth session's reviews of real apps found in the answers, each from the smallest map that shows it:
// eosphoros-ai/DB-GPT (651fc13), josStorer/chatGPTBox (86940f6), lm-sys/FastChat (0e6d3e4),
// OpenInterpreter/open-interpreter (dcfcffa), browser-use/browser-use (85ddbfe).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { composeAnswer } from '../../src/questionnaire/index.js';
import { tinyModel } from './fixtures.js';

function answerOf(topic: string, model: ReturnType<typeof tinyModel>) {
  const composed = composeAnswer(topic, { model, results: runChecks(model).results });
  if (!('answer' in composed)) throw new Error(`expected an answer for ${topic}: ${composed.missing}`);
  return composed.answer;
}

describe('retention in what each customer runs', () => {
  // DB-GPT: every model call's prompt written to a trace log that is never deleted, in the installation each customer
  // runs; the answers said "User prompts: until deleted" and nothing of the log (rows 22, 89, 244, 331).
  it('says the part that keeps prompts longer than their policy', () => {
    const model = tinyModel({
      dataClasses: [
        {
          id: 'prompts',
          name: 'User prompts',
          category: 'prompts',
          tenantScoped: true,
          retention: 'until-deleted',
        },
      ],
      components: [
        { id: 'db', name: 'SQLite', kind: 'datastore', hosting: 'customer-hosted', dataClasses: ['prompts'] },
        {
          id: 'trace',
          name: 'Trace log',
          kind: 'log-sink',
          hosting: 'customer-hosted',
          dataClasses: ['prompts'],
          retention: 'indefinite',
        },
      ],
    });
    const text = answerOf('ai-prompt-retention', model).text;
    expect(text).toContain('We keep none of them.');
    expect(text).toContain('Longer than that: Trace log keeps user prompts indefinitely.');
  });

  it('says nothing longer where every part keeps within the policy', () => {
    const model = tinyModel({
      dataClasses: [
        { id: 'prompts', name: 'User prompts', category: 'prompts', tenantScoped: true, retention: '90d' },
      ],
      components: [
        {
          id: 'trace',
          name: 'Trace log',
          kind: 'log-sink',
          hosting: 'customer-hosted',
          dataClasses: ['prompts'],
          retention: '30d',
        },
      ],
    });
    expect(answerOf('ai-prompt-retention', model).text).not.toContain('Longer than that');
  });
});

describe('a vendor reached under the customer’s own account', () => {
  // ChatGPTBox: Gemini and Bing reached with the user's own browser session, not a key, "reached only with a
  // customer's own API key" in eleven answers, two of them high.
  it('is said as the customer’s own account, which a key or a sign-in both are', () => {
    const model = tinyModel({
      dataClasses: [{ id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true }],
      components: [
        {
          id: 'ext',
          name: 'Browser extension',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['prompts'],
        },
      ],
      subprocessors: [
        {
          id: 'gemini',
          vendor: 'Google',
          service: 'Gemini website chat',
          purpose: 'Answers, with the user’s own Gemini sign-in',
          ai: true,
          account: 'customer',
          dataClasses: ['prompts'],
        },
      ],
      flows: [
        { id: 'ext-gemini', from: 'ext', to: 'gemini', dataClasses: ['prompts'], purpose: 'inference' },
      ],
    });
    const text = answerOf('ai-provider-terms', model).text;
    expect(text).toContain(
      'Google is reached only under a customer’s own account, on that customer’s own terms',
    );
    expect(text).not.toMatch(/API key/);
  });
});
