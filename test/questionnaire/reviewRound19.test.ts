// What the nineteenth session's reviews of real apps found in the answers, each from the smallest map that shows it:
// truefoundry/cognita (8bcaae7), letta-ai/letta (56ba9c2).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { composeAnswer } from '../../src/questionnaire/index.js';
import { buildTrustCenter } from '../../src/trust-center/index.js';
import { tinyModel } from './fixtures.js';

function answerOf(topic: string, model: ReturnType<typeof tinyModel>) {
  const composed = composeAnswer(topic, { model, results: runChecks(model).results });
  if (!('answer' in composed)) throw new Error(`expected an answer for ${topic}: ${composed.missing}`);
  return composed.answer;
}

describe('prompts kept as a log or trace made from them', () => {
  // cognita: backend logs "include full prompts with retrieved context", derived from prompts and kept 30 days, beside
  // "User questions: not kept" in five answers and "not retained after a request completes" on the trust center.
  const model = (logName: string, category: 'telemetry' | 'training-data' | 'embeddings' = 'telemetry') =>
    tinyModel({
      dataClasses: [
        { id: 'prompts', name: 'User questions', category: 'prompts', tenantScoped: true, retention: 'zero' },
        {
          id: 'logs',
          name: logName,
          category,
          tenantScoped: false,
          derivedFrom: ['prompts'],
          retention: '30d',
        },
      ],
      components: [
        {
          id: 'app',
          name: 'App',
          kind: 'service',
          hosting: 'cloud-managed',
          dataClasses: ['prompts', 'logs'],
        },
      ],
    });

  it('says the log with the prompts, in the answer and on the trust center', () => {
    const withLog = model('Backend logs (include full prompts)');
    expect(answerOf('ai-prompt-retention', withLog).text).toContain(
      'User questions: not kept, except within backend logs (include full prompts); Backend logs (include full prompts): 30 days',
    );
    const site = buildTrustCenter(withLog, runChecks(withLog).results, { allowUnverified: true });
    const page = String(site.files['ai-data-practices.html']);
    expect(page).toContain('Backend logs (include full prompts)');
    expect(page).not.toContain('not retained after a request completes');
  });

  it('leaves out what says it carries none of their words, vectors and training sets', () => {
    for (const [name, category] of [
      ['Request metrics without prompt text', 'telemetry'],
      ['Token counts per request', 'telemetry'],
      ['Question vectors', 'embeddings'],
      ['Opt-in tuning set', 'training-data'],
    ] as const)
      expect(answerOf('ai-prompt-retention', model(name, category)).text).not.toContain(name);
  });
});

describe('deletion of a class kept only in a store that says how it deletes', () => {
  // inbox-zero: "Not yet on record: how we delete transcripts, OAuth tokens, user accounts", kept only in a PostgreSQL
  // whose deletion said "account deletion cascades".
  const model = (storeDeletion?: string) =>
    tinyModel({
      dataClasses: [
        {
          id: 'chats',
          name: 'Chats',
          category: 'prompts',
          tenantScoped: true,
          deletion: { mechanism: 'the user deletes the chat' },
        },
        { id: 'transcripts', name: 'Transcripts', category: 'customer-content', tenantScoped: true },
      ],
      components: [
        {
          id: 'db',
          name: 'PostgreSQL',
          kind: 'datastore',
          hosting: 'cloud-managed',
          dataClasses: ['chats', 'transcripts'],
          ...(storeDeletion ? { deletion: { mechanism: storeDeletion } } : {}),
        },
      ],
    });

  it('says the store’s deletion for it, not that it is not on record', () => {
    const text = answerOf('data-deletion', model('account deletion cascades')).text;
    expect(text).toContain('Transcripts: account deletion cascades (in PostgreSQL)');
    expect(text).not.toContain('how we delete Transcripts');
  });

  it('still says it is not on record where the store says nothing, and that nothing deletes it where it says so', () => {
    expect(answerOf('data-deletion', model()).text).toContain('Not yet on record: how we delete Transcripts');
    // papermark (twenty-second session): the store's own words are said, of the class with no deletion of its own.
    const nothing = answerOf('data-deletion', model('nothing deletes it'));
    expect(nothing.text).toContain('What PostgreSQL holds (Transcripts) is not deleted: nothing deletes it.');
    expect(nothing.yesNo).toBeUndefined();
  });
});

describe('training-data provenance beside a model of ours the map calls fine-tuned', () => {
  // superagent: its own fine-tuned guard models, whose dataset it publishes, were "models we run ourselves, and do not
  // train them" beside "we hold no training datasets of our own" in seven answers.
  const model = (description: string) =>
    tinyModel({
      organization: { name: 'Tiny AI', stage: 'seed', commitments: { noTrainingOnCustomerData: true } },
      dataClasses: [{ id: 'inputs', name: 'Inputs', category: 'prompts', tenantScoped: true }],
      components: [
        { id: 'api', name: 'API', kind: 'api', hosting: 'cloud-managed', dataClasses: ['inputs'] },
        { id: 'guard', name: 'Guard model', kind: 'model', hosting: 'cloud-managed', description },
      ],
      flows: [{ id: 'check', from: 'api', to: 'guard', dataClasses: ['inputs'], purpose: 'inference' }],
    });
  const composed = (description: string) =>
    composeAnswer('ai-training-data-provenance', { model: model(description), results: [] });

  it('leaves the answer to the team where the map calls it fine-tuned', () => {
    const tuned = composed('Our own fine-tuned classifiers');
    expect('answer' in tuned).toBe(false);
    expect('missing' in tuned ? tuned.missing : '').toContain('`guard` is fine-tuned or trained');
  });

  it('says nothing in our system trains the models it runs otherwise', () => {
    const plain = composed('An open-weight classifier');
    expect('answer' in plain ? plain.answer.text : '').toContain(
      'We also run models ourselves, and nothing in our system trains them: Guard model.',
    );
  });
});

describe('a model endpoint of ours on a cloud host', () => {
  // superagent: its guard endpoint on Cloud Run (`subprocessor: google-cloud`), every request's default, was in neither
  // the models we run nor the AI vendors.
  const model = (ai: boolean, hosted = true) =>
    tinyModel({
      dataClasses: [{ id: 'inputs', name: 'Inputs', category: 'prompts', tenantScoped: true }],
      components: [
        { id: 'api', name: 'API', kind: 'api', hosting: 'cloud-managed', dataClasses: ['inputs'] },
        {
          id: 'guard',
          name: 'Guard endpoint',
          kind: 'inference-endpoint',
          ...(hosted ? { hosting: 'cloud-managed' as const } : {}),
          subprocessor: 'host',
          dataClasses: ['inputs'],
        },
      ],
      subprocessors: [
        {
          id: 'host',
          vendor: ai ? 'Vertex AI' : 'Google Cloud',
          service: ai ? 'Endpoints' : 'Cloud Run',
          purpose: ai ? 'Serves our model' : 'Hosting',
          ...(ai ? { ai: true } : {}),
          dataClasses: ['inputs'],
        },
      ],
      flows: [{ id: 'check', from: 'api', to: 'guard', dataClasses: ['inputs'], purpose: 'inference' }],
    });

  it('is a model we run where the host is no AI service, and the AI vendor’s where it is one', () => {
    expect(answerOf('ai-model-providers', model(false)).text).toContain(
      'Models we run ourselves: Guard endpoint',
    );
    expect(answerOf('ai-model-providers', model(true)).text).not.toContain('Models we run ourselves');
  });

  it('is not one nobody said who runs where the map names its host', () => {
    expect(answerOf('subprocessors', model(false, false)).text).not.toContain('stand behind');
  });
});

describe('residency of the parts of ours with no region', () => {
  // farfalle: a Redis keeping questions no tenant owns, and the Ollama answering them, both with no region, were left out
  // of "not yet documented" in the answer to an EU bank.
  it('names the stores of customer data and the model servers of ours with no region', () => {
    const model = tinyModel({
      dataClasses: [{ id: 'questions', name: 'Questions', category: 'prompts', tenantScoped: false }],
      components: [
        {
          id: 'api',
          name: 'API',
          kind: 'api',
          hosting: 'cloud-managed',
          region: 'eastus',
          dataClasses: ['questions'],
        },
        { id: 'cache', name: 'Redis', kind: 'cache', hosting: 'self-hosted', dataClasses: ['questions'] },
        {
          id: 'llm',
          name: 'Ollama',
          kind: 'inference-endpoint',
          hosting: 'self-hosted',
          dataClasses: ['questions'],
        },
      ],
    });
    expect(answerOf('data-residency', model).text).toContain(
      'Where Redis and Ollama keep or process data is not yet documented.',
    );
  });
});
