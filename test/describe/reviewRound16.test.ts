// What the sixteenth session's reviews of real apps found in the description and scope, each from the smallest map
// that shows it: mattermost/mattermost-plugin-ai (158be50), huggingface/chat-ui (c100c16), langwatch/langwatch (6ce6cbb).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { describeSystem, renderDescriptionMarkdown } from '../../src/describe/index.js';
import { deletesNothing } from '../../src/map/index.js';
import { composeAnswer } from '../../src/questionnaire/index.js';
import { recommendSystem } from '../../src/scope/index.js';
import { DOCS, tinyModel } from '../questionnaire/fixtures.js';

describe('a company with one service under our account and another under each customer’s key', () => {
  // langwatch: "Amazon Web Services … reached only with a customer's own API key" of Bedrock, in the prompt-retention
  // answer, scope's "not ours" lines and the description, beside AWS Lambda and Amazon S3 holding every trace under ours.
  const model = tinyModel({
    dataClasses: [
      { id: 'prompts', name: 'Traces', category: 'prompts', tenantScoped: true, retention: '49d' },
    ],
    components: [{ id: 'app', kind: 'service', retention: 'zero', dataClasses: ['prompts'] }],
    subprocessors: [
      {
        id: 'bedrock',
        vendor: 'Amazon Web Services',
        service: 'Amazon Bedrock',
        purpose: 'Evaluations',
        ai: true,
        account: 'customer',
        dataClasses: ['prompts'],
      },
      {
        id: 's3',
        vendor: 'Amazon Web Services',
        service: 'Amazon S3',
        purpose: 'Trace storage',
        dataClasses: ['prompts'],
        terms: { training: 'never', retention: '49d' },
      },
    ],
    flows: [
      { id: 'eval', from: 'app', to: 'bedrock', dataClasses: ['prompts'], purpose: 'inference' },
      { id: 'store', from: 'app', to: 's3', dataClasses: ['prompts'], purpose: 'storage' },
    ],
  });

  it('names the service reached with the key, not the company, in the answers, scope and description', () => {
    const composed = composeAnswer('ai-prompt-retention', { model, results: runChecks(model).results });
    const text = 'answer' in composed ? composed.answer.text : composed.missing;
    expect(text).toContain('Amazon Bedrock is reached only under a customer’s own account');
    expect(text).not.toContain('Amazon Web Services is reached only');
    expect(recommendSystem(model, new Set()).customerAccounts.map((vendor) => vendor.vendor)).toEqual([
      'Amazon Bedrock',
    ]);
    expect(renderDescriptionMarkdown(describeSystem(model))).toContain(
      'Customers who use their own API key or account with Amazon Bedrock hold their own agreement',
    );
  });
});

describe('who deletes what', () => {
  it('says customers delete in what they run what only their own installation keeps (mattermost-ai)', () => {
    const model = tinyModel({
      dataClasses: [
        { ...DOCS, name: 'Conversations', deletion: { mechanism: 'users delete them in Mattermost' } },
        { id: 'files', name: 'Recordings', category: 'customer-content', tenantScoped: true },
      ],
      components: [
        { id: 'plugin', kind: 'service', hosting: 'customer-hosted', dataClasses: ['docs', 'files'] },
        { id: 'db', kind: 'datastore', hosting: 'customer-hosted', dataClasses: ['docs', 'files'] },
      ],
    });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).toContain('Customers keep their data in what they run themselves, and delete it there.');
    expect(markdown).not.toContain('Customers can delete some of their data themselves');
  });

  it('does not read "no self-service account deletion" as a way to delete (chat-ui)', () => {
    expect(deletesNothing('No self-service account deletion in the app.')).toBe(true);
    expect(deletesNothing('Deleted with no delay when the user asks.')).toBe(false);
    expect(deletesNothing('A user deletes it in settings; there is no later deletion of backups')).toBe(
      false,
    );
    const model = tinyModel({
      dataClasses: [
        { ...DOCS, name: 'Chats', deletion: { mechanism: 'Users delete their chats in the app.' } },
        {
          id: 'accounts',
          name: 'User accounts',
          category: 'personal-data',
          tenantScoped: true,
          deletion: { mechanism: 'No self-service account deletion in the app.' },
        },
      ],
      components: [{ id: 'db', kind: 'datastore', dataClasses: ['docs', 'accounts'] }],
    });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).toContain('Customers can delete some of their data themselves (Chats)');
  });
});

describe('the lineage of a managed store of ours', () => {
  it('says the vendor runs it for us (sample-app-aoai-chatGPT)', async () => {
    const { buildLineageGraph, renderMermaid } = await import('../../src/lineage/index.js');
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        { id: 'app', kind: 'service', dataClasses: ['docs'] },
        {
          id: 'history',
          name: 'Chat history',
          kind: 'datastore',
          hosting: 'cloud-managed',
          subprocessor: 'azure',
          dataClasses: ['docs'],
        },
      ],
      subprocessors: [
        { id: 'azure', vendor: 'Microsoft', service: 'Azure', purpose: 'Hosting', dataClasses: ['docs'] },
      ],
      flows: [{ id: 'save', from: 'app', to: 'history', dataClasses: ['docs'], purpose: 'storage' }],
    });
    expect(renderMermaid(buildLineageGraph(model))).toContain('run for us by azure');
  });
});

describe('scope for a product each customer runs', () => {
  it('says what a report would cover where no part is a service of ours (mattermost-ai, SillyTavern)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        { id: 'plugin', kind: 'service', hosting: 'customer-hosted', dataClasses: ['docs'] },
        { id: 'db', kind: 'datastore', hosting: 'customer-hosted', dataClasses: ['docs'] },
      ],
    });
    expect(recommendSystem(model, new Set()).note).toMatch(
      /^No part of the product runs as a service of Tiny AI: every component runs in each customer's own environment/,
    );
    const hosted = tinyModel({
      dataClasses: [DOCS],
      components: [{ id: 'api', kind: 'service', dataClasses: ['docs'] }],
    });
    expect(recommendSystem(hosted, new Set()).note).toBeUndefined();
  });
});

describe('the description’s AI paths', () => {
  it('titles embedding and ingestion with retrieval, not as retrieval alone (langwatch)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [{ id: 'app', kind: 'service', dataClasses: ['docs'] }],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'API',
          purpose: 'Embeddings',
          ai: true,
          dataClasses: ['docs'],
        },
      ],
      flows: [{ id: 'embed', from: 'app', to: 'openai', dataClasses: ['docs'], purpose: 'embedding' }],
    });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).toContain('Retrieval and embedding path');
  });
});

describe('a customer fine-tuning its own model in its own account', () => {
  it('is no training of ours on its data, nor an audit blocker (Kiln)', async () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [{ id: 'desktop', kind: 'service', hosting: 'customer-hosted', dataClasses: ['docs'] }],
      subprocessors: [
        {
          id: 'fireworks',
          vendor: 'Fireworks AI',
          service: 'Fine-tuning API',
          purpose: 'Fine-tunes the user’s own model',
          ai: true,
          account: 'customer',
          dataClasses: ['docs'],
        },
      ],
      flows: [
        { id: 'tune', from: 'desktop', to: 'fireworks', dataClasses: ['docs'], purpose: 'fine-tuning' },
      ],
    });
    const results = runChecks(model).results.filter(
      (result) => result.checkId === 'no-training-on-customer-data',
    );
    expect(results.map((result) => result.status)).toEqual(['pass']);
    expect(results[0]!.message).toBe(
      "customer data reaches `fireworks` only as each customer's own training, from parts it runs to an account of its own",
    );
    const { buildLineageGraph } = await import('../../src/lineage/index.js');
    const node = buildLineageGraph(model).nodes.find((entry) => entry.id === 'fireworks');
    expect(node?.stops.map((stop) => stop.kind)).toEqual(['customer']);
    // From a part of ours, it is ours.
    const ours = tinyModel({
      dataClasses: [DOCS],
      components: [{ id: 'api', kind: 'service', dataClasses: ['docs'] }],
      subprocessors: [
        {
          id: 'fireworks',
          vendor: 'Fireworks AI',
          service: 'Fine-tuning API',
          purpose: 'Fine-tunes',
          ai: true,
          account: 'customer',
          dataClasses: ['docs'],
        },
      ],
      flows: [{ id: 'tune', from: 'api', to: 'fireworks', dataClasses: ['docs'], purpose: 'fine-tuning' }],
    });
    expect(
      runChecks(ours).results.some(
        (result) => result.checkId === 'no-training-on-customer-data' && result.status === 'fail',
      ),
    ).toBe(true);
  });
});

describe('the description of a product each customer runs, with vendors it reaches itself', () => {
  it('asks no report of account misuse, and says an account where a vendor is no AI API (chat-ollama)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'app',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['docs'],
          userAuthentication: { methods: ['password', 'social'] },
        },
      ],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'API',
          purpose: 'Answers',
          ai: true,
          account: 'customer',
          dataClasses: ['docs'],
        },
        {
          id: 'google',
          vendor: 'Google',
          service: 'Sign-in',
          purpose: 'Sign-in',
          ai: false,
          account: 'customer',
          dataClasses: [],
        },
      ],
      flows: [{ id: 'ask', from: 'app', to: 'openai', dataClasses: ['docs'], purpose: 'inference' }],
    });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).not.toContain('misuse of their accounts');
    expect(markdown).toContain('Customers who use their own API key or account with OpenAI or Google');
  });
});
