// What the twenty-first session's reviews of real apps found in the answers, each from the smallest map that shows it:
// andrewnguonly/Lumos (69ff12e), bionic-gpt/bionic-gpt (c3bf04b).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { buildMatcher, composeAnswer, matchQuestion } from '../../src/questionnaire/index.js';
import { TOPICS } from '../../src/questionnaire/topics/index.js';
import { discoveryReport, langsmithFinding, modelOf } from '../controls/fixtures.js';
import { tinyModel } from './fixtures.js';

function answerOf(topic: string, model: ReturnType<typeof tinyModel>) {
  const composed = composeAnswer(topic, { model, results: runChecks(model).results });
  if (!('answer' in composed)) throw new Error(`expected an answer for ${topic}: ${composed.missing}`);
  return composed.answer;
}

describe('what is sent to a model with the prompts, kept longer than its policy somewhere', () => {
  it('says where, as the retention answer does (Lumos)', () => {
    // Lumos: "What we send a model alongside them is kept as that content is: Web page text, attachments and page
    // images: 1 hour", of attachments its browser storage keeps until the user deletes them.
    const model = tinyModel({
      dataClasses: [
        {
          id: 'questions',
          name: 'User questions',
          category: 'prompts',
          tenantScoped: true,
          retention: 'until-deleted',
        },
        {
          id: 'pages',
          name: 'Page text and attachments',
          category: 'customer-content',
          tenantScoped: true,
          retention: '1h',
        },
      ],
      components: [
        {
          id: 'ext',
          name: 'Browser extension',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['questions', 'pages'],
        },
        {
          id: 'storage',
          name: 'Browser extension storage',
          kind: 'datastore',
          hosting: 'customer-hosted',
          dataClasses: ['questions', 'pages'],
          retention: { questions: 'until-deleted', pages: 'until-deleted' },
        },
        {
          id: 'ollama',
          name: 'Ollama',
          kind: 'inference-endpoint',
          hosting: 'customer-hosted',
          dataClasses: ['questions', 'pages'],
          retention: { questions: 'zero', pages: 'zero' },
        },
      ],
      flows: [
        { id: 'ask', from: 'ext', to: 'ollama', dataClasses: ['questions', 'pages'], purpose: 'inference' },
      ],
    });
    const answer = answerOf('ai-prompt-retention', model);
    expect(answer.text).toContain(
      'What we send a model alongside them is kept as that content is: Page text and attachments: 1 hour. Exception: Browser extension storage keeps Page text and attachments until deleted.',
    );
  });
});

describe('a service discovery found, which the map says each customer runs', () => {
  it('is declared, not "under review for our sub-processor list" (bionic-gpt)', () => {
    // bionic-gpt: an Unstructured container each customer runs, declared as a component with its provider id, and
    // still "found in our code and under review for our sub-processor list" in twelve provider-terms answers.
    // A tracing service that receives prompts stands in for it: an AI service whichever way the code reaches it.
    const map = (hosting: 'customer-hosted' | undefined) => ({
      dataClasses: [
        { id: 'docs', name: 'Documents', category: 'customer-content' as const, tenantScoped: true },
      ],
      components: [
        {
          id: 'app',
          name: 'App',
          kind: 'service' as const,
          dataClasses: ['docs'],
        },
        {
          id: 'parser',
          name: 'Document parser',
          kind: 'service' as const,
          provider: 'langsmith',
          ...(hosting ? { hosting } : {}),
          dataClasses: ['docs'],
        },
      ],
    });
    const undeclared = (hosting: 'customer-hosted' | undefined) =>
      runChecks(
        modelOf(
          { version: 1, organization: { name: 'Tiny AI', stage: 'seed' }, ...map(hosting) },
          { discovery: discoveryReport([langsmithFinding()]) },
        ),
      ).results.filter(
        (result) => result.status === 'fail' && result.message.includes('not a declared sub-processor'),
      );
    expect(undeclared('customer-hosted')).toEqual([]);
    // Said of nobody's hosting, it is still asked of.
    expect(undeclared(undefined).length).toBe(1);
  });
});

describe('a provider chosen per run, with no failover', () => {
  it('is "No", not "Yes" from the word failover (opencommit)', async () => {
    const { modelFailover } = await import('../../src/questionnaire/answers/failover.js');
    const vendor = (id: string, name: string) => ({
      id,
      vendor: name,
      service: 'API',
      purpose: 'Writes commit messages',
      ai: true,
      account: 'customer' as const,
      dataClasses: ['diffs'],
    });
    const condition = {
      kind: 'other' as const,
      description: 'only when the user selects it; one provider per run, no failover',
    };
    const model = tinyModel({
      dataClasses: [{ id: 'diffs', name: 'Diffs', category: 'customer-content', tenantScoped: true }],
      components: [
        { id: 'cli', name: 'CLI', kind: 'service', hosting: 'customer-hosted', dataClasses: ['diffs'] },
      ],
      subprocessors: [vendor('openai', 'OpenAI'), vendor('anthropic', 'Anthropic')],
      flows: [
        { id: 'a', from: 'cli', to: 'openai', dataClasses: ['diffs'], purpose: 'inference', condition },
        { id: 'b', from: 'cli', to: 'anthropic', dataClasses: ['diffs'], purpose: 'inference', condition },
      ],
    });
    const answer = modelFailover({ model, results: [] });
    expect(answer && 'yesNo' in answer ? answer.yesNo : undefined).toBe('No');
    expect(answer && 'text' in answer ? answer.text : '').toBe(
      'Model calls do not fail over to another provider: only when the user selects it; one provider per run, no failover.',
    );
  });
});

describe('embeddings a store keeps for no time', () => {
  it('are not said to be kept there (text-generation-webui)', async () => {
    // "Chunk embeddings … are kept in In-memory ChromaDB … Chunk embeddings: not kept."
    const { embeddingsAsCustomerData } = await import('../../src/questionnaire/answers/embeddings.js');
    const model = tinyModel({
      dataClasses: [
        { id: 'docs', name: 'Documents', category: 'customer-content', tenantScoped: true },
        {
          id: 'vectors',
          name: 'Chunk embeddings',
          category: 'embeddings',
          tenantScoped: true,
          derivedFrom: ['docs'],
          retention: 'zero',
        },
      ],
      components: [
        {
          id: 'chroma',
          name: 'In-memory ChromaDB',
          kind: 'vector-store',
          hosting: 'customer-hosted',
          dataClasses: ['vectors'],
          retention: { vectors: 'zero' },
        },
      ],
    });
    const answer = embeddingsAsCustomerData({ model, results: [] });
    const text = answer && 'text' in answer ? answer.text : '';
    expect(text).toContain('Chunk embeddings: not kept');
    expect(text).not.toContain('kept in In-memory ChromaDB');
  });
});

describe('customer content only the customer’s own parts hold, with no period set', () => {
  it('is said as kept there, beside the classes that have one (vocode-core)', () => {
    // vocode-core: "Retention is defined per kind of data: Call configuration: 1 day", to "What is your retention
    // schedule for customer content?", of audio and transcripts that stay in what each developer runs.
    const model = tinyModel({
      dataClasses: [
        {
          id: 'configs',
          name: 'Call configuration',
          category: 'credentials',
          tenantScoped: true,
          retention: '1d',
        },
        { id: 'audio', name: 'Caller speech audio', category: 'customer-content', tenantScoped: true },
      ],
      components: [
        {
          id: 'sdk',
          name: 'Voice agent server',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['audio', 'configs'],
        },
        {
          id: 'redis',
          name: 'Redis',
          kind: 'cache',
          hosting: 'customer-hosted',
          dataClasses: ['configs'],
          retention: { configs: '1d' },
        },
      ],
    });
    const answer = answerOf('data-retention', model);
    expect(answer.text).toContain(
      'Caller speech audio is kept only in what each customer runs or holds an account for, for as long as the customer keeps it.',
    );
  });
});

describe('a request that follows the question', () => {
  it('is not read as a second topic (an impact assessment’s summary)', () => {
    // "Have you performed an AI impact assessment for this product? Please share a summary.": "Also asks about
    // Vulnerability management", from the word "summary", in two reviews.
    const matcher = buildMatcher(TOPICS);
    expect(
      matchQuestion(
        matcher,
        'Have you performed an AI impact assessment for this product? Please share a summary.',
      ).also,
    ).toBeUndefined();
    // A clause on a topic of its own still is.
    expect(matchQuestion(matcher, 'Is customer data encrypted at rest and in transit?').also).toBe(
      'encryption-in-transit',
    );
  });
});

describe('a file each customer keeps unencrypted, on a product that runs at each customer’s', () => {
  it('is no "No" of ours (opencommit, smart-connections, enchanted)', () => {
    // opencommit: "No. Data is not encrypted at rest in Local config file (~/.opencommit). … Local config file is run by
    // each customer, in its own environment." to "are the databases holding our data encrypted on disk?".
    const model = tinyModel({
      dataClasses: [{ id: 'keys', name: 'API keys', category: 'credentials', tenantScoped: true }],
      components: [
        { id: 'cli', name: 'CLI', kind: 'service', hosting: 'customer-hosted', dataClasses: ['keys'] },
        {
          id: 'config',
          name: 'Local config file',
          kind: 'datastore',
          hosting: 'customer-hosted',
          dataClasses: ['keys'],
          retention: { keys: 'until-deleted' },
          encryption: { atRest: { enabled: false, mechanism: 'plain text file' } },
        },
      ],
    });
    const answer = answerOf('encryption-at-rest', model);
    expect(answer.yesNo).toBeUndefined();
    expect(answer.text).toBe(
      "The product does not encrypt data at rest in Local config file (plain text file), which runs in each customer's own environment, where the customer decides how it is protected.",
    );
  });
});

describe('a store deletion that leaves part of what it holds', () => {
  it('is not read as deleting every class there (self.so)', () => {
    // self.so: "User accounts and usernames: DELETE /api/resume removes resume:<userId>; username mappings are not
    // removed (in Upstash Redis)", and the same of rate-limit counters, in eight answers.
    const model = tinyModel({
      dataClasses: [
        {
          id: 'resumes',
          name: 'Resume text',
          category: 'customer-content',
          tenantScoped: true,
          deletion: { mechanism: 'DELETE /api/resume' },
        },
        {
          id: 'accounts',
          name: 'User accounts and usernames',
          category: 'personal-data',
          tenantScoped: true,
        },
      ],
      components: [
        {
          id: 'redis',
          name: 'Upstash Redis',
          kind: 'datastore',
          dataClasses: ['resumes', 'accounts'],
          retention: { resumes: 'until-deleted', accounts: 'until-deleted' },
          deletion: {
            mechanism: 'DELETE /api/resume removes resume:<userId>; username mappings are not removed',
          },
        },
      ],
    });
    const answer = answerOf('data-deletion', model);
    expect(answer.text).not.toContain('User accounts and usernames: DELETE /api/resume');
    expect(answer.text).toContain('user accounts and usernames');
  });
});

describe('encryption in transit off only on a part each customer runs', () => {
  it('is no "Partially" of ours (web-llm-chat)', () => {
    // web-llm-chat: "Partially" to "is all traffic between our users and your service protected with TLS?", from the
    // user's own model server reachable over plain HTTP.
    const model = tinyModel({
      dataClasses: [{ id: 'chats', name: 'Chats', category: 'prompts', tenantScoped: true }],
      components: [
        {
          id: 'web',
          name: 'Web app',
          kind: 'service',
          dataClasses: ['chats'],
          encryption: { inTransit: { enabled: true, mechanism: 'HTTPS' } },
        },
        {
          id: 'own-server',
          name: 'User’s own model server',
          kind: 'inference-endpoint',
          hosting: 'customer-hosted',
          dataClasses: ['chats'],
          encryption: { inTransit: { enabled: false, mechanism: 'plain HTTP allowed' } },
        },
      ],
    });
    const answer = answerOf('encryption-in-transit', model);
    expect(answer.yesNo).toBeUndefined();
    expect(answer.text).toContain(
      "The product does not encrypt data in transit on User’s own model server (plain HTTP allowed), which runs in each customer's own environment.",
    );
  });
});

describe('prompts kept only in a customer’s part under a condition', () => {
  it('are said with the condition (canopy)', () => {
    // canopy: "Kept only in Server log file, which each customer runs, for as long as the customer keeps them: Chat
    // messages", of a log written only at DEBUG level, in nine answers.
    const model = tinyModel({
      dataClasses: [
        { id: 'messages', name: 'Chat messages', category: 'prompts', tenantScoped: true, retention: 'zero' },
      ],
      components: [
        {
          id: 'server',
          name: 'Server',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['messages'],
          retention: { messages: 'zero' },
        },
        {
          id: 'log',
          name: 'Server log file',
          kind: 'log-sink',
          hosting: 'customer-hosted',
          dataClasses: ['messages'],
          retention: { messages: 'until-deleted' },
        },
      ],
      flows: [
        {
          id: 'debug-log',
          from: 'server',
          to: 'log',
          dataClasses: ['messages'],
          purpose: 'logging',
          condition: { kind: 'other', description: 'when CE_LOG_LEVEL=DEBUG' },
        },
      ],
    });
    const answer = answerOf('ai-prompt-retention', model);
    expect(answer.text).toContain(
      'Only parts each customer runs keep them: Server log file (only when CE_LOG_LEVEL=DEBUG).',
    );
  });
});

describe('a condition that opens with no conjunction', () => {
  it('is said after "when", not as a limit on who acts (llama-gpt)', async () => {
    // "what each customer sends Google (only the user picks the Google Search plugin …)".
    const { onlyUnder } = await import('../../src/model/index.js');
    expect(onlyUnder(['the user picks the Google Search plugin'])).toBe(
      'only when the user picks the Google Search plugin',
    );
    expect(onlyUnder(['Only while an administrator turns it on.'])).toBe(
      'only while an administrator turns it on',
    );
    expect(onlyUnder(['opted-in tenants only'])).toBe('opted-in tenants only');
    expect(onlyUnder(['unless the operator turns it off'])).toBe('unless the operator turns it off');
  });
});
