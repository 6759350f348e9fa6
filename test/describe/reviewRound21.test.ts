// What the twenty-first session mended in the system description, from the last session's reviews of real apps:
// pipeshub-ai/pipeshub-ai (95d655b) and bhaskatripathi/pdfGPT (04d7a41).
import { describe, expect, it } from 'vitest';
import { describeSystem, findAiPaths } from '../../src/describe/index.js';
import { tinyModel } from '../questionnaire/fixtures.js';

/** A RAG app: chunks embedded by OpenAI on their way into Chroma, searched, and sent with the question to answer it. */
const rag = () =>
  tinyModel({
    dataClasses: [
      { id: 'chunks', name: 'Document chunks', category: 'customer-content', tenantScoped: true },
      { id: 'questions', name: 'Questions', category: 'prompts', tenantScoped: true },
    ],
    components: [
      { id: 'app', name: 'App', kind: 'service', dataClasses: ['chunks', 'questions'] },
      { id: 'chroma', name: 'Chroma', kind: 'vector-store', dataClasses: ['chunks'] },
    ],
    subprocessors: [
      {
        id: 'openai',
        vendor: 'OpenAI',
        service: 'API',
        ai: true,
        purpose: 'embeddings and answers',
        provider: 'openai',
        dataClasses: ['chunks', 'questions'],
      },
    ],
    flows: [
      { id: 'embed', from: 'app', to: 'openai', purpose: 'embedding', dataClasses: ['chunks'] },
      { id: 'index', from: 'app', to: 'chroma', purpose: 'storage', dataClasses: ['chunks'] },
      { id: 'search', from: 'chroma', to: 'app', purpose: 'retrieval', dataClasses: ['chunks'] },
      { id: 'answer', from: 'app', to: 'openai', purpose: 'inference', dataClasses: ['chunks', 'questions'] },
    ],
  });

describe("a vector store's results", () => {
  it('are not embedded again on the retrieval path (pipeshub-ai, pdfGPT)', () => {
    // "Chroma → App → OpenAI" on the retrieval path: a search's chunks read as sent to be embedded.
    const hops = findAiPaths(rag()).retrieval.map((path) => path.hops.join(' → '));
    expect(hops).not.toContain('app → chroma → app → openai');
    expect(hops).not.toContain('chroma → app → openai');
    // The way in and the way out are each still there.
    expect(hops.some((line) => line.endsWith('app → openai') && !line.includes('chroma'))).toBe(true);
    expect(hops.some((line) => line.includes('chroma → app'))).toBe(true);
  });
});

describe('data only the customer’s own parts hold, none saying for how long', () => {
  it('is said as kept in what they run, not as deleted elsewhere (text-generation-webui, smart-connections)', async () => {
    // "Customers keep some of their data in what they run themselves (…), and can delete other data themselves (LoRA
    // training datasets the user supplies)", of datasets kept in the trainer each user runs.
    const model = tinyModel({
      dataClasses: [
        {
          id: 'chats',
          name: 'Chats',
          category: 'prompts',
          tenantScoped: true,
          deletion: { mechanism: 'The user deletes a chat in the UI' },
        },
        {
          id: 'datasets',
          name: 'LoRA datasets',
          category: 'training-data',
          tenantScoped: true,
          deletion: { mechanism: 'The user deletes the dataset file' },
        },
      ],
      components: [
        {
          id: 'ui',
          name: 'Web UI',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['chats'],
          retention: { chats: 'until-deleted' },
        },
        {
          id: 'trainer',
          name: 'LoRA trainer',
          kind: 'fine-tuning-job',
          hosting: 'customer-hosted',
          dataClasses: ['datasets'],
        },
      ],
    });
    const text = JSON.stringify(describeSystem(model));
    expect(text).toContain('Customers keep their data in what they run themselves, and delete it there.');
    expect(text).not.toContain('can delete other data themselves');
  });
});

describe('a path taken only while something holds', () => {
  it('is said once, not "Only when: only while" (Open-LLM-VTuber)', () => {
    const model = tinyModel({
      dataClasses: [{ id: 'chats', name: 'Chats', category: 'prompts', tenantScoped: true }],
      components: [{ id: 'app', name: 'App', kind: 'service', dataClasses: ['chats'] }],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'API',
          ai: true,
          purpose: 'Answers',
          provider: 'openai',
          dataClasses: ['chats'],
        },
      ],
      flows: [
        {
          id: 'ask',
          from: 'app',
          to: 'openai',
          dataClasses: ['chats'],
          purpose: 'inference',
          condition: { kind: 'other', description: 'only while the user picks OpenAI' },
        },
      ],
    });
    const text = JSON.stringify(describeSystem(model));
    expect(text).toContain('Only while the user picks OpenAI.');
    expect(text).not.toContain('Only when: only');
  });
});

describe('users a service in front identifies', () => {
  it('are decided on in that service, not said to keep credentials of ours (chatgpt-discord-bot)', () => {
    const model = tinyModel({
      dataClasses: [
        { id: 'people', name: 'Discord usernames', category: 'personal-data', tenantScoped: true },
        { id: 'chats', name: 'Messages', category: 'prompts', tenantScoped: true },
      ],
      components: [
        {
          id: 'bot',
          name: 'Bot',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['people', 'chats'],
          userAuthentication: { methods: ['delegated'], mechanism: 'Discord identifies each member' },
        },
      ],
    });
    const text = JSON.stringify(describeSystem(model));
    expect(text).toContain('in the service that identifies its users');
    expect(text).not.toContain('keep their sign-in credentials to themselves');
  });
});
