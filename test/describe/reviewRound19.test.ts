// What the nineteenth session's reviews of real apps found in the system description, each from the smallest map that
// shows it: rashadphz/farfalle (a9dd493), abi/screenshot-to-code (0dbb768).
import { describe, expect, it } from 'vitest';
import { describeSystem, renderDescriptionMarkdown } from '../../src/describe/index.js';
import { tinyModel } from '../questionnaire/fixtures.js';

describe('the separation requirement beside stores declared shared', () => {
  // farfalle: questions "with no owner" kept in a shared PostgreSQL, not marked one customer's, beside "Stores that hold
  // data of several customers separate customers …" with no word of it unmet.
  const model = (category: 'prompts' | 'internal') =>
    tinyModel({
      tenancy: { isolation: 'application-filter-allowed' },
      dataClasses: [{ id: 'chats', name: 'Chat history', category, tenantScoped: false }],
      components: [
        {
          id: 'db',
          name: 'PostgreSQL',
          kind: 'datastore',
          hosting: 'cloud-managed',
          dataClasses: ['chats'],
          tenancy: { model: 'shared' },
        },
      ],
    });

  it('says it is not met where a shared store holds customer data, tenant-scoped or not', () => {
    expect(renderDescriptionMarkdown(describeSystem(model('prompts')))).toContain(
      'Stores that hold data of several customers separate customers in the application or the datastore. Not yet met by PostgreSQL.',
    );
  });

  it('does not where the shared store holds no customer data', () => {
    const text = renderDescriptionMarkdown(describeSystem(model('internal')));
    expect(text).toContain('separate customers in the application or the datastore.');
    expect(text).not.toContain('Not yet met');
  });
});

describe('the no-training promise beside an opt-in default', () => {
  // letta, cognita: "… not to train models on customer data unless the customer opts in" of systems where nothing
  // trains, from `trainingDefault: opt-in` beside a contract that allows no training.
  const model = (gated: boolean) =>
    tinyModel({
      organization: { name: 'Tiny AI', stage: 'seed', commitments: { noTrainingOnCustomerData: true } },
      tenancy: { trainingDefault: 'opt-in' },
      dataClasses: [
        { id: 'chats', name: 'Chats', category: 'prompts', tenantScoped: true },
        {
          id: 'set',
          name: 'Tuning set',
          category: 'training-data',
          tenantScoped: true,
          derivedFrom: ['chats'],
        },
      ],
      components: [
        {
          id: 'db',
          name: 'Database',
          kind: 'datastore',
          hosting: 'cloud-managed',
          dataClasses: ['chats', 'set'],
        },
        {
          id: 'tune',
          name: 'Tuning job',
          kind: 'training-pipeline',
          hosting: 'cloud-managed',
          dataClasses: ['set'],
        },
      ],
      flows: gated
        ? [
            {
              id: 'export',
              from: 'db',
              to: 'tune',
              dataClasses: ['set'],
              purpose: 'fine-tuning',
              condition: { kind: 'tenant-opt-in', description: 'tenants that opted in' },
            },
          ]
        : [],
    });

  it('adds "unless the customer opts in" only where a flow is gated on the opt-in', () => {
    expect(renderDescriptionMarkdown(describeSystem(model(false)))).toMatch(
      /commits not to train models on customer data\./,
    );
    expect(renderDescriptionMarkdown(describeSystem(model(true)))).toContain(
      'commits not to train models on customer data unless the customer opts in.',
    );
  });
});

describe('the inference path', () => {
  // lunary: its evaluators sending logged prompts to OpenAI and to its own ML service were on no path.
  it('includes evaluations and ingestion a model answers, not those no model answers', () => {
    const model = tinyModel({
      dataClasses: [
        { id: 'logs', name: 'Logged prompts', category: 'prompts', tenantScoped: true },
        { id: 'events', name: 'Events', category: 'telemetry', tenantScoped: false },
      ],
      components: [
        { id: 'api', name: 'API', kind: 'api', hosting: 'cloud-managed', dataClasses: ['logs', 'events'] },
        { id: 'ml', name: 'ML service', kind: 'model', hosting: 'self-hosted', dataClasses: ['logs'] },
      ],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'API',
          purpose: 'Evaluators',
          ai: true,
          dataClasses: ['logs'],
        },
        { id: 'stats', vendor: 'Stats Inc', service: 'Metrics', purpose: 'Metrics', dataClasses: ['events'] },
      ],
      flows: [
        { id: 'judge', from: 'api', to: 'openai', dataClasses: ['logs'], purpose: 'evaluation' },
        { id: 'score', from: 'api', to: 'ml', dataClasses: ['logs'], purpose: 'ingestion' },
        { id: 'count', from: 'api', to: 'stats', dataClasses: ['events'], purpose: 'evaluation' },
      ],
    });
    const text = renderDescriptionMarkdown(describeSystem(model));
    const inference = text.slice(text.indexOf('### Inference path'), text.indexOf('### Retrieval'));
    expect(inference).toContain('API → OpenAI');
    expect(inference).toContain('API → ML service');
    expect(inference).not.toContain('Stats Inc');
  });
});
