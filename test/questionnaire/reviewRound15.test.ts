// What the fifteenth session's reviews of real apps found in the answers, each from the smallest map that shows it:
// stanford-oval/storm (fb951af), clusterzx/paperless-ai (0eee0c6).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { named, onlyWhen, vendorLabel } from '../../src/model/index.js';
import { composeAnswer } from '../../src/questionnaire/index.js';
import { ask, DOCS, tinyModel } from './fixtures.js';

function answerOf(topic: string, model: ReturnType<typeof tinyModel>) {
  const composed = composeAnswer(topic, { model, results: runChecks(model).results });
  if (!('answer' in composed)) throw new Error(`expected an answer for ${topic}: ${composed.missing}`);
  return composed.answer;
}

describe('one company, several services', () => {
  it('names each by its service, so one answer does not say "Microsoft" of three (storm)', () => {
    // storm: "Microsoft keeps what we send for 30 days … Microsoft Bing Web Search API also receives them, and how long it
    // keeps them is not yet documented", and "carve-out Microsoft" three times in scope.
    const model = tinyModel({
      dataClasses: [
        { id: 'prompts', name: 'Questions', category: 'prompts', tenantScoped: true, retention: '30d' },
      ],
      components: [{ id: 'app', kind: 'service', retention: 'zero', dataClasses: ['prompts'] }],
      subprocessors: [
        {
          id: 'azure-openai',
          vendor: 'Microsoft',
          service: 'Azure OpenAI',
          purpose: 'Answers',
          ai: true,
          dataClasses: ['prompts'],
          terms: { training: 'never', retention: '30d' },
        },
        {
          id: 'bing',
          vendor: 'Microsoft',
          service: 'Bing Web Search API',
          purpose: 'Web search',
          dataClasses: ['prompts'],
        },
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'OpenAI API',
          purpose: 'Answers',
          ai: true,
          dataClasses: ['prompts'],
        },
      ],
      flows: [
        { id: 'a', from: 'app', to: 'azure-openai', dataClasses: ['prompts'], purpose: 'inference' },
        { id: 'b', from: 'app', to: 'bing', dataClasses: ['prompts'], purpose: 'retrieval' },
        { id: 'c', from: 'app', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' },
      ],
    });
    expect(vendorLabel(model, model.index.subprocessors.get('azure-openai')!)).toBe('Microsoft Azure OpenAI');
    expect(named(model, 'bing')).toBe('Microsoft Bing Web Search API');
    // A company with one service keeps its plain name.
    expect(named(model, 'openai')).toBe('OpenAI');
    const text = answerOf('ai-prompt-retention', model).text;
    expect(text).toContain('Microsoft Azure OpenAI keeps what we send for 30 days');
    expect(text).not.toMatch(/\bMicrosoft keeps\b/);
  });
});

describe('a vendor reached only under a condition', () => {
  it('is not made unconditional by a store of its that no flow reaches (storm)', () => {
    // storm: Azure AI Search, used only when chosen as the retriever, counted among the always-used sub-processors
    // because an index component named it, with no flow of its own.
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        { id: 'app', kind: 'service', retention: 'zero', dataClasses: ['docs'] },
        {
          id: 'index',
          kind: 'vector-store',
          hosting: 'vendor',
          subprocessor: 'search',
          dataClasses: ['docs'],
        },
      ],
      subprocessors: [
        { id: 'search', vendor: 'Search Co', service: 'Search', purpose: 'Search', dataClasses: ['docs'] },
      ],
      flows: [
        {
          id: 'query',
          from: 'app',
          to: 'search',
          dataClasses: ['docs'],
          purpose: 'retrieval',
          condition: { kind: 'other', description: 'when configured as the retriever' },
        },
      ],
    });
    expect(onlyWhen(model, 'search')).toBe('only when configured as the retriever');
  });
});

describe('a product each customer runs', () => {
  it("answers how customers' data is kept apart: in each customer's own installation (paperless-ai)", () => {
    // paperless-ai: "How is our data separated from other customers' data?" was blank, asking for `tenancy` on the parts
    // each customer installs, where the AI isolation answers said no store of ours holds it.
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        { id: 'app', kind: 'service', hosting: 'customer-hosted', dataClasses: ['docs'] },
        { id: 'db', kind: 'datastore', hosting: 'customer-hosted', dataClasses: ['docs'] },
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
      ],
      flows: [{ id: 'ask', from: 'app', to: 'openai', dataClasses: ['docs'], purpose: 'inference' }],
    });
    expect(answerOf('tenant-segregation', model).text).toBe(
      "Each customer runs Tiny AI in its own environment, so its data is kept apart from other customers' by being in that customer's own installation: no store of ours holds customers' data, and no vendor of ours receives it.",
    );
    // A vendor of ours receiving it: not said.
    const ours = tinyModel({
      dataClasses: [DOCS],
      components: [{ id: 'db', kind: 'datastore', hosting: 'customer-hosted', dataClasses: ['docs'] }],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'API',
          purpose: 'Answers',
          ai: true,
          dataClasses: ['docs'],
        },
      ],
      flows: [{ id: 'ask', from: 'db', to: 'openai', dataClasses: ['docs'], purpose: 'inference' }],
    });
    expect(
      composeAnswer('tenant-segregation', { model: ours, results: runChecks(ours).results }),
    ).not.toHaveProperty('answer');
  });
});

describe('a library each customer runs in its own process (pandas-ai)', () => {
  // sinaptik-ai/pandas-ai (c6b58f5): prompts kept only in the customer's own log file; its datasets, "the prompt carries
  // each table's schema", were read as prompts, so its databases and vector stores were said to keep chat transcripts;
  // and the deletion answer asked how "we" delete the copies in the customer's own log file.
  const library = () =>
    tinyModel({
      dataClasses: [
        {
          id: 'prompts',
          name: 'Questions',
          category: 'prompts',
          tenantScoped: true,
          retention: 'until-deleted',
        },
        {
          id: 'data',
          name: 'Customer datasets',
          description: "The prompt carries each table's schema and first rows.",
          category: 'customer-content',
          tenantScoped: true,
          retention: 'until-deleted',
          deletion: { mechanism: 'The customer deletes its dataset folder.' },
        },
      ],
      components: [
        {
          id: 'lib',
          name: 'Library',
          kind: 'service',
          hosting: 'customer-hosted',
          retention: 'zero',
          dataClasses: ['prompts', 'data'],
        },
        {
          id: 'log',
          name: 'Local log file',
          kind: 'log-sink',
          hosting: 'customer-hosted',
          retention: 'until-deleted',
          dataClasses: ['prompts', 'data'],
        },
        {
          id: 'db',
          name: 'Customer database',
          kind: 'datastore',
          hosting: 'customer-hosted',
          dataClasses: ['data'],
        },
        {
          id: 'duck',
          name: 'In-process DuckDB',
          kind: 'datastore',
          hosting: 'customer-hosted',
          retention: 'zero',
          dataClasses: ['data'],
        },
      ],
      subprocessors: [],
      flows: [],
    });

  it('names only the parts that keep prompts where they are kept', () => {
    const text = answerOf('ai-prompt-retention', library()).text;
    expect(text).toContain('Only parts each customer runs keep them: Local log file.');
    expect(text).not.toContain('Customer database');
    expect(text).not.toContain('DuckDB');
  });

  it('does not ask how we delete what only the customer holds', () => {
    const text = answerOf('data-deletion', library()).text;
    expect(text).not.toContain('how we delete');
    expect(text).toContain('Not yet on record: how customers delete questions.');
    expect(text).toContain("We hold none of it: every part runs in each customer's own environment");
  });
});

describe('a class reaching a store only under a condition', () => {
  it('is kept there under that condition, though other data goes there always (docmost)', () => {
    // docmost (549cf7c): "Page embeddings … are kept in PostgreSQL and turbopuffer", where only workspaces that turn on
    // AI search make them, and one vector store of the two is configured.
    const model = tinyModel({
      dataClasses: [
        DOCS,
        {
          id: 'vectors',
          name: 'Page embeddings',
          category: 'embeddings',
          tenantScoped: true,
          derivedFrom: ['docs'],
        },
      ],
      components: [
        { id: 'api', kind: 'api', retention: 'zero', dataClasses: ['docs'] },
        { id: 'db', name: 'PostgreSQL', kind: 'datastore', dataClasses: ['docs', 'vectors'] },
      ],
      flows: [
        { id: 'store', from: 'api', to: 'db', dataClasses: ['docs'], purpose: 'storage' },
        {
          id: 'embed',
          from: 'api',
          to: 'db',
          dataClasses: ['vectors'],
          purpose: 'embedding',
          condition: { kind: 'tenant-opt-in', description: 'only for workspaces that turn on AI search' },
        },
      ],
    });
    expect(onlyWhen(model, 'db')).toBeUndefined();
    expect(onlyWhen(model, 'db', 'vectors')).toBe('only for workspaces that turn on AI search');
    const [answered] = ask(
      model,
      'Are embeddings of our documents treated as customer data, and where are they kept?',
    );
    expect(answered?.answer).toContain(
      'Page embeddings are kept in PostgreSQL (only for workspaces that turn on AI search).',
    );
  });
});

describe('a part one may use with or without signing in', () => {
  it('is not said to have no user sign-in in the note (h2ogpt)', () => {
    // h2ogpt (a0ad192): its web app, `methods: [none, password, social]`, "has no user sign-in" in the reviewer's note.
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'web',
          name: 'Web app',
          kind: 'service',
          dataClasses: ['docs'],
          userAuthentication: { methods: ['none', 'password'], mfa: 'not-offered' },
        },
        {
          id: 'api',
          name: 'API',
          kind: 'api',
          dataClasses: ['docs'],
          userAuthentication: { methods: ['none'], mfa: 'not-offered' },
        },
      ],
    });
    const review = answerOf('customer-sso', model).review ?? '';
    expect(review).toContain('Web app may also be used without signing in');
    expect(review).toContain('API has no user sign-in');
    expect(review).not.toContain('Web app has no user sign-in');
  });
});
