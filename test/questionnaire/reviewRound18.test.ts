// What the eighteenth session's reviews of real apps found in the answers, each from the smallest map that shows it:
// eosphoros-ai/DB-GPT (651fc13), josStorer/chatGPTBox (86940f6), lm-sys/FastChat (0e6d3e4),
// OpenInterpreter/open-interpreter (dcfcffa), browser-use/browser-use (85ddbfe).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { edgeLines } from '../../src/lineage/describe.js';
import { onlyUnder } from '../../src/model/index.js';
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

describe('a shared store the AI features write to and never read', () => {
  // FastChat: images saved to a bucket after each answer, read back by nothing, said as what the AI features "read …
  // shared between customers" in nine tenant-isolation answers.
  const map = (back: boolean) =>
    tinyModel({
      dataClasses: [
        { id: 'images', name: 'Uploaded images', category: 'customer-content', tenantScoped: true },
      ],
      components: [
        { id: 'web', name: 'Web server', kind: 'service', dataClasses: ['images'] },
        {
          id: 'bucket',
          name: 'Image store',
          kind: 'object-store',
          dataClasses: ['images'],
          tenancy: { model: 'shared' },
        },
      ],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'API',
          purpose: 'Chat',
          ai: true,
          dataClasses: ['images'],
        },
      ],
      flows: [
        { id: 'ask', from: 'web', to: 'openai', dataClasses: ['images'], purpose: 'inference' },
        { id: 'save', from: 'web', to: 'bucket', dataClasses: ['images'], purpose: 'storage' },
        ...(back
          ? [
              {
                id: 'load',
                from: 'bucket',
                to: 'web',
                dataClasses: ['images'],
                purpose: 'inference' as const,
              },
            ]
          : []),
      ],
    });

  it('is not said to be read', () => {
    const composed = composeAnswer('ai-tenant-isolation', { model: map(false), results: [] });
    expect('answer' in composed ? composed.answer.text : '').not.toContain('they read customer content from');
  });

  it('is said to be read where a flow reads it back', () => {
    const composed = composeAnswer('ai-tenant-isolation', { model: map(true), results: [] });
    expect('answer' in composed ? composed.answer.text : '').toContain(
      'they read customer content from Image store, which is shared between customers',
    );
  });
});

describe('the lineage answer’s steps left out', () => {
  // FastChat: "6 more steps (to …)" named eight vendors, a step to several vendors under one condition counted once.
  it('are counted by destination, as they are named', () => {
    const sources = Array.from({ length: 13 }, (_, i) => `tool${i}`);
    const vendor = (id: string, name: string) => ({
      id,
      vendor: name,
      service: 'API',
      purpose: 'answers',
      ai: true,
      dataClasses: ['docs'],
    });
    const model = tinyModel({
      dataClasses: [{ id: 'docs', name: 'Documents', category: 'customer-content', tenantScoped: true }],
      components: sources.map((id) => ({
        id,
        name: `Tool ${id}`,
        kind: 'service' as const,
        dataClasses: ['docs'],
      })),
      subprocessors: [vendor('openai', 'OpenAI'), vendor('yandex', 'Yandex'), vendor('meta', 'Meta')],
      flows: [
        ...sources.slice(0, 12).map((id) => ({
          id: `${id}-to-openai`,
          from: id,
          to: 'openai',
          dataClasses: ['docs'],
          purpose: 'inference' as const,
          condition: { kind: 'other' as const, description: `when ${id} is switched on` },
        })),
        ...['yandex', 'meta'].map((to) => ({
          id: `tool12-to-${to}`,
          from: 'tool12',
          to,
          dataClasses: ['docs'],
          purpose: 'inference' as const,
          condition: { kind: 'other' as const, description: 'when the user picks a model it serves' },
        })),
      ],
    });
    expect(answerOf('ai-data-lineage', model).text).toMatch(
      /2 more steps \(to Yandex API and Meta API\), each taken only under its condition, are in our data-flow map\.$/,
    );
  });
});

describe('a condition that holds by default', () => {
  // Leon: telemetry on by default, each installation able to turn it off, said "only on by default" in four answers and
  // "if on by default" on the lineage's edge.
  it('takes no "only" and no "if"', () => {
    const condition = 'on by default; each installation can turn it off';
    expect(onlyUnder([condition])).toBe(condition);
    expect(onlyUnder(['when a key is set'])).toBe('only when a key is set');
    expect(
      edgeLines({
        id: 'telemetry',
        from: 'app',
        to: 'telemetry',
        purpose: 'analytics',
        classes: ['prompts'],
        gated: false,
        customer: true,
        condition: { kind: 'other', description: condition },
      })[0],
    ).toBe(`${condition}: analytics`);
  });
});

describe('the lineage answer and a third party sent prompts for another purpose', () => {
  // browser-use, Maxun: every task's prompt sent to PostHog as telemetry, left out of "every third party it passes
  // through"; survey responses to an email service stay off the path (formbricks).
  it('names it on the AI path', () => {
    const model = tinyModel({
      dataClasses: [
        { id: 'prompts', name: 'Tasks', category: 'prompts', tenantScoped: true },
        { id: 'docs', name: 'Documents', category: 'customer-content', tenantScoped: true },
      ],
      components: [{ id: 'app', name: 'App', kind: 'service', dataClasses: ['prompts', 'docs'] }],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'API',
          purpose: 'Chat',
          ai: true,
          dataClasses: ['prompts', 'docs'],
        },
        {
          id: 'posthog',
          vendor: 'PostHog',
          service: 'Analytics',
          purpose: 'Telemetry',
          dataClasses: ['prompts'],
        },
        { id: 'mail', vendor: 'Mail Co', service: 'Email', purpose: 'Email', dataClasses: ['docs'] },
      ],
      flows: [
        { id: 'ask', from: 'app', to: 'openai', dataClasses: ['prompts', 'docs'], purpose: 'inference' },
        { id: 'telemetry', from: 'app', to: 'posthog', dataClasses: ['prompts'], purpose: 'analytics' },
        { id: 'notify', from: 'app', to: 'mail', dataClasses: ['docs'], purpose: 'support' },
      ],
    });
    const text = answerOf('ai-data-lineage', model).text;
    expect(text).toContain('PostHog Analytics (analytics)');
    expect(text).not.toContain('Mail Co');
  });
});

describe('a product each customer runs, with a vendor of ours sent its users’ personal data', () => {
  // Maxun: every part run by each customer, PostHog under the company's key sent users' emails at sign-in; "no vendor
  // of ours receives it", "no service of ours receives that data" and "We hold none of it" in eighteen answers.
  const map = (category: 'personal-data' | 'telemetry') =>
    tinyModel({
      dataClasses: [
        { id: 'docs', name: 'Scraped pages', category: 'customer-content', tenantScoped: true },
        { id: 'accounts', name: 'User accounts', category, tenantScoped: false },
      ],
      components: [
        {
          id: 'app',
          name: 'App',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['docs', 'accounts'],
        },
        {
          id: 'db',
          name: 'PostgreSQL',
          kind: 'datastore',
          hosting: 'customer-hosted',
          dataClasses: ['docs', 'accounts'],
        },
      ],
      subprocessors: [
        {
          id: 'posthog',
          vendor: 'PostHog',
          service: 'Analytics',
          purpose: 'Telemetry',
          dataClasses: ['accounts'],
        },
      ],
      flows: [
        { id: 'telemetry', from: 'app', to: 'posthog', dataClasses: ['accounts'], purpose: 'analytics' },
      ],
    });
  const answer = (topic: string, model: ReturnType<typeof tinyModel>) => {
    const composed = composeAnswer(topic, { model, results: runChecks(model).results });
    return 'answer' in composed ? composed.answer.text : '';
  };

  it('says none of ours receives nothing', () => {
    const model = map('personal-data');
    expect(answer('tenant-segregation', model)).not.toContain('no vendor of ours receives it');
    expect(answer('access-control', model)).not.toContain('no service of ours receives that data');
  });

  it('still says so where the vendor gets only usage events', () => {
    expect(answer('tenant-segregation', map('telemetry'))).toContain('no vendor of ours receives it');
  });
});

describe('classes only the customer’s own parts and accounts hold, beside a service of ours', () => {
  // Leon: each user runs the assistant, whose commands reach the company's telemetry; voice recordings and the user's
  // API keys never leave the machine or the user's own speech accounts. "Not yet on record: how we delete … voice
  // command recordings, … API keys" and "No retention period is set yet for …" in ten answers.
  const model = tinyModel({
    dataClasses: [
      {
        id: 'commands',
        name: 'Commands',
        category: 'prompts',
        tenantScoped: true,
        retention: '30d',
        deletion: { mechanism: 'deleted after 30 days' },
      },
      { id: 'keys', name: 'API keys', category: 'credentials', tenantScoped: true },
    ],
    components: [
      {
        id: 'app',
        name: 'Assistant',
        kind: 'service',
        hosting: 'customer-hosted',
        dataClasses: ['commands', 'keys'],
      },
      {
        id: 'settings',
        name: 'Settings files',
        kind: 'datastore',
        hosting: 'customer-hosted',
        dataClasses: ['keys'],
      },
      { id: 'telemetry', name: 'Telemetry service', kind: 'service', dataClasses: ['commands'] },
    ],
    flows: [{ id: 'usage', from: 'app', to: 'telemetry', dataClasses: ['commands'], purpose: 'analytics' }],
  });

  it('are not said to be ours to delete or to set a period for', () => {
    expect(answerOf('data-deletion', model).text).not.toContain('API keys');
    // Said as the customer's own (vocode-core, 2026-12-07: left out, the one class with a period read as the whole).
    const retention = answerOf('data-retention', model).text;
    expect(retention).not.toContain('No retention period is set yet for API keys');
    expect(retention).toContain('API keys is kept only in what each customer runs or holds an account for');
  });
});

describe('prompts kept only in what each customer runs, sent to a model of ours', () => {
  // DocsGPT: each customer's database keeps chats indefinitely; every question goes to the company's hosted model,
  // whose retention the map does not give. "How long we keep them: … indefinitely" in six answers.
  it('is not said to be kept by us, and the model of ours is said as not documented', () => {
    const model = tinyModel({
      dataClasses: [
        {
          id: 'prompts',
          name: 'Questions',
          category: 'prompts',
          tenantScoped: true,
          retention: 'indefinite',
        },
      ],
      components: [
        {
          id: 'db',
          name: 'Database',
          kind: 'datastore',
          hosting: 'customer-hosted',
          dataClasses: ['prompts'],
        },
        {
          id: 'model',
          name: 'Hosted model',
          kind: 'inference-endpoint',
          hosting: 'self-hosted',
          dataClasses: ['prompts'],
        },
      ],
    });
    const text = answerOf('ai-prompt-retention', model).text;
    expect(text).not.toContain('How long we keep them');
    expect(text).not.toContain('We keep none');
    expect(text).toContain('Kept only in Database, which each customer runs');
    expect(text).toContain(
      'Hosted model, of ours, receives them too; whether it keeps them is not yet documented.',
    );
  });
});

describe('prompts kept only in each user’s browser, through a stateless server of ours on a host', () => {
  // big-AGI: its server keeps nothing (retention zero) and runs on Vercel; chats are kept only in each user's browser.
  // "How long we keep them: User prompts: until deleted" in six answers: the host counted as a vendor of ours keeping them.
  it('is said as kept only in what each customer runs', () => {
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
        {
          id: 'app',
          name: 'Server',
          kind: 'service',
          hosting: 'cloud-managed',
          cloud: 'vercel',
          subprocessor: 'vercel',
          retention: 'zero',
          dataClasses: ['prompts'],
        },
        {
          id: 'browser',
          name: 'Browser storage',
          kind: 'datastore',
          hosting: 'customer-hosted',
          dataClasses: ['prompts'],
        },
      ],
      subprocessors: [
        {
          id: 'vercel',
          vendor: 'Vercel',
          service: 'Hosting',
          purpose: 'Runs the server',
          dataClasses: ['prompts'],
        },
      ],
    });
    const text = answerOf('ai-prompt-retention', model).text;
    expect(text).not.toContain('How long we keep them');
    expect(text).toContain('Browser storage, which each customer runs');
  });
});

describe('prompts kept only in what each customer runs, for a period the product sets', () => {
  // LangBot: its installations delete chat logs after 30 days unless the operator sets another period; "for as long as
  // the customer keeps them" in six answers.
  it('says the period', () => {
    const model = tinyModel({
      dataClasses: [
        {
          id: 'prompts',
          name: 'Chat messages',
          category: 'prompts',
          tenantScoped: true,
          retention: '30d',
          retentionConfigurable: true,
        },
      ],
      components: [
        { id: 'db', name: 'SQLite', kind: 'datastore', hosting: 'customer-hosted', dataClasses: ['prompts'] },
        {
          id: 'gateway',
          name: 'Model gateway',
          kind: 'hosted-model-layer',
          hosting: 'self-hosted',
          dataClasses: ['prompts'],
        },
      ],
    });
    const composed = composeAnswer('ai-prompt-retention', { model, results: runChecks(model).results });
    const text = 'answer' in composed ? composed.answer.text : '';
    expect(text).toContain(
      'Kept only in SQLite, which each customer runs: Chat messages: 30 days unless the customer sets another period.',
    );
    expect(text).not.toContain('for as long as the customer keeps them');
    // The gateway of ours said once, not again by the retention check.
    expect(text.match(/Model gateway/g)).toHaveLength(1);
  });
});

describe('a service of ours sent model calls, mapped as an API', () => {
  // LangBot, Open Interpreter: the company's own model API, proposed by discovery as `kind: api` and sent every prompt
  // by inference; "We use no third-party AI service under our own account" in nine answers each.
  const model = (forwards: boolean) =>
    tinyModel({
      dataClasses: [{ id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true }],
      components: [
        { id: 'app', name: 'App', kind: 'service', hosting: 'customer-hosted', dataClasses: ['prompts'] },
        { id: 'gateway', name: 'Models API', kind: 'api', hosting: 'self-hosted', dataClasses: ['prompts'] },
      ],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'API',
          purpose: 'Chat',
          ai: true,
          account: forwards ? 'ours' : 'customer',
          dataClasses: ['prompts'],
        },
      ],
      flows: [
        { id: 'ask', from: 'app', to: 'gateway', dataClasses: ['prompts'], purpose: 'inference' },
        forwards
          ? { id: 'on', from: 'gateway', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' }
          : { id: 'own', from: 'app', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' },
      ],
    });

  it('leaves what answers them there not on record', () => {
    const text = answerOf('ai-model-providers', model(false)).text;
    expect(text).not.toContain('We use no third-party AI service under our own account');
    expect(text).toContain('Which providers, if any, stand behind Models API is not yet on record.');
  });

  it('says nothing of it where it passes the calls on to a provider on record', () => {
    expect(answerOf('ai-model-providers', model(true)).text).not.toContain('stand behind');
  });
});
