// What the nineteenth session found in the trust center: the provider table and the model-provider answer disagreed
// about the models we run (acme: the answer's "Models we run ourselves: Fine-tuned model endpoint" was absent from the
// table of AI services that see customer data).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import type { SystemMapInput } from '../../src/map/index.js';
import { composeAnswer } from '../../src/questionnaire/index.js';
import { buildTrustCenter } from '../../src/trust-center/index.js';
import { modelOf } from './fixtures.js';

const text = (value: string | Uint8Array | undefined) => (typeof value === 'string' ? value : '');

const map = (hosting?: 'self-hosted' | 'cloud-managed'): SystemMapInput => ({
  version: 1,
  organization: { name: 'Ours', stage: 'seed' },
  dataClasses: [
    { id: 'prompts', name: 'Questions', category: 'prompts', tenantScoped: true },
    { id: 'metrics', name: 'Latency figures', category: 'telemetry', tenantScoped: false },
  ],
  components: [
    { id: 'api', name: 'API', kind: 'service', hosting: 'cloud-managed', dataClasses: ['prompts'] },
    {
      id: 'llm',
      name: 'Answer model',
      kind: 'inference-endpoint',
      technology: 'vLLM',
      ...(hosting ? { hosting } : {}),
      region: 'eu-west-1',
      retention: 'zero',
      dataClasses: ['prompts'],
    },
    { id: 'scorer', name: 'Latency model', kind: 'model', hosting: 'self-hosted', dataClasses: ['metrics'] },
  ],
  subprocessors: [],
  flows: [
    { id: 'answer', from: 'api', to: 'llm', dataClasses: ['prompts'], purpose: 'inference' },
    { id: 'score', from: 'api', to: 'scorer', dataClasses: ['metrics'], purpose: 'inference' },
  ],
});

const providersTable = (html: string) => {
  const start = html.indexOf('id="providers"');
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
};

describe('the trust center lists the models we run, as the model-provider answer does', () => {
  it('gives a model we run on our hosts a row, with what it receives, its retention, region and no DPA needed', () => {
    const model = modelOf(map('self-hosted'));
    const composed = composeAnswer('ai-model-providers', { model, results: runChecks(model).results });
    expect('answer' in composed ? composed.answer.text : '').toContain(
      'Models we run ourselves: Answer model',
    );
    const site = buildTrustCenter(model, runChecks(model).results, { allowUnverified: true });
    const table = providersTable(text(site.files['ai-data-practices.html']));
    expect(table).toContain('Answer model');
    expect(table).toContain('a model we run on our own hosts; vLLM');
    expect(table).toMatch(/<td[^>]*>Questions<\/td>/);
    expect(table).toContain('not retained');
    expect(table).toContain('eu-west-1');
    expect(table).toContain('none needed: runs on our own hosts');
    // A model that sees no customer data is not an AI service that sees customer data.
    expect(table).not.toContain('Latency model');
  });

  it('publishes no proposed model as one we run', () => {
    const input = map('self-hosted');
    const proposed = modelOf({
      ...input,
      components: input.components!.map((component) =>
        component.id === 'llm' ? { ...component, status: 'proposed' as const } : component,
      ),
    });
    const site = buildTrustCenter(proposed, runChecks(proposed).results, { allowUnverified: true });
    expect(providersTable(text(site.files['ai-data-practices.html']))).not.toContain('Answer model');
  });

  it('says a model in our cloud account comes under our cloud provider’s agreement', () => {
    const model = modelOf(map('cloud-managed'));
    const site = buildTrustCenter(model, runChecks(model).results, { allowUnverified: true });
    const table = providersTable(text(site.files['ai-data-practices.html']));
    expect(table).toContain('a model we run in our cloud account');
    expect(table).toContain('our cloud provider&#39;s, listed with our sub-processors');
  });

  it('says nothing of terms for a serving part nobody said who runs', () => {
    const model = modelOf(map());
    const site = buildTrustCenter(model, runChecks(model).results, { allowUnverified: true });
    const table = providersTable(text(site.files['ai-data-practices.html']));
    expect(table).toContain('who runs it, and which providers stand behind it, is not yet on record');
    expect(table).not.toContain('our own model');
    expect(table).not.toContain('not retained');
  });
});

describe('a place keeping data with no limit, beside a deletion promise', () => {
  // open-notebook, vanna: "SQLite takes up to no fixed limit to delete customer data".
  it('says it keeps the data with no fixed limit, not a time to delete in', () => {
    const model = modelOf({
      version: 1,
      organization: { name: 'Ours', stage: 'seed', commitments: { deletionWithin: '30d' } },
      dataClasses: [{ id: 'notes', name: 'Notes', category: 'customer-content', tenantScoped: true }],
      components: [
        {
          id: 'db',
          name: 'SQLite',
          kind: 'datastore',
          hosting: 'self-hosted',
          retention: 'indefinite',
          dataClasses: ['notes'],
        },
      ],
    });
    const site = buildTrustCenter(model, runChecks(model).results, { allowUnverified: true });
    const notes = [...site.claims.values()].flatMap((claim) => claim.notes ?? []);
    expect(notes).toContain('SQLite keeps notes with no fixed limit.');
    expect(notes.join(' ')).not.toContain('takes up to no fixed limit');
  });
});

describe('a DPA the map refers to whose file is not there', () => {
  // open-notebook: "✓ DPA in force" on the trust center and "3 of 4 have a signed DPA on file" in the answers, of
  // agreements whose files did not exist, while `check` failed on them.
  const input: SystemMapInput = {
    version: 1,
    organization: { name: 'Ours', stage: 'seed' },
    dataClasses: [{ id: 'prompts', name: 'Questions', category: 'prompts', tenantScoped: true }],
    components: [
      { id: 'api', name: 'API', kind: 'service', hosting: 'cloud-managed', dataClasses: ['prompts'] },
    ],
    subprocessors: [
      {
        id: 'openai',
        vendor: 'OpenAI',
        service: 'API',
        purpose: 'Answers',
        ai: true,
        dataClasses: ['prompts'],
        terms: { training: 'never', retention: '30d', dpa: 'dpa-openai' },
      },
    ],
    flows: [{ id: 'ask', from: 'api', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' }],
    evidence: [
      { id: 'dpa-openai', title: 'OpenAI DPA', path: 'evidence/dpa-openai.pdf', visibility: 'private' },
    ],
  };
  const withFile = (exists: boolean) => ({ ...modelOf(input), evidenceFiles: { 'dpa-openai': { exists } } });

  it('is no DPA in force on the trust center, nor a signed DPA on file in the answers', () => {
    const missing = withFile(false);
    const site = buildTrustCenter(missing, runChecks(missing).results, { allowUnverified: true });
    expect(text(site.files['subprocessors.html'])).not.toContain('DPA in force');
    const vendorRisk = composeAnswer('vendor-risk-management', {
      model: missing,
      results: runChecks(missing).results,
    });
    const said = 'answer' in vendorRisk ? vendorRisk.answer.text : '';
    expect(said).toContain('0 of 1 have a signed DPA on file');
    expect(said).toContain('The DPA with OpenAI is referred to but not on file.');
    const terms = composeAnswer('ai-provider-terms', { model: missing, results: runChecks(missing).results });
    expect('answer' in terms ? terms.answer.text : '').toContain('DPA referred to but not on file');
  });

  it('is in force where the file is there', () => {
    const present = withFile(true);
    const site = buildTrustCenter(present, runChecks(present).results, { allowUnverified: true });
    expect(text(site.files['subprocessors.html'])).toContain('DPA in force');
    const vendorRisk = composeAnswer('vendor-risk-management', {
      model: present,
      results: runChecks(present).results,
    });
    expect('answer' in vendorRisk ? vendorRisk.answer.text : '').toContain(
      '1 of 1 have a signed DPA on file',
    );
  });
});

describe('a class kept with no limit and no deletion on record', () => {
  // letta: "not deleted (kept with no limit)" of passages and keys its API deletes, whose deletion the map left out.
  const site = (deletion?: string) => {
    const model = modelOf({
      version: 1,
      organization: { name: 'Ours', stage: 'seed' },
      dataClasses: [
        {
          id: 'keys',
          name: 'Provider keys',
          category: 'customer-content',
          tenantScoped: true,
          retention: 'indefinite',
          ...(deletion ? { deletion: { mechanism: deletion } } : {}),
        },
      ],
      components: [
        {
          id: 'db',
          name: 'Database',
          kind: 'datastore',
          hosting: 'cloud-managed',
          retention: 'indefinite',
          dataClasses: ['keys'],
        },
      ],
    });
    return text(
      buildTrustCenter(model, runChecks(model).results, { allowUnverified: true }).files[
        'ai-data-practices.html'
      ],
    );
  };

  it('says its deletion is not on record, not that it is never deleted', () => {
    expect(site()).toContain('kept with no time limit; how it is deleted is not yet on record');
    expect(site()).not.toContain('not deleted (kept with no limit)');
    expect(site('nothing deletes them')).toContain('not deleted (kept with no limit)');
    expect(site('the user deletes them in settings')).toContain('kept with no time limit, until deleted');
  });
});

describe('a stateless part every customer shares', () => {
  // chatbot-ollama, superagent: stateless endpoints keeping nothing were "stores holding customer data" that "do not
  // separate one customer's data from another's", and "0 of 2 … have passed".
  it('is not a store to separate customers in, where it keeps nothing', () => {
    const model = (retention?: 'zero') =>
      modelOf({
        version: 1,
        organization: { name: 'Ours', stage: 'seed' },
        dataClasses: [{ id: 'prompts', name: 'Questions', category: 'prompts', tenantScoped: true }],
        components: [
          {
            id: 'guard',
            name: 'Guard endpoint',
            kind: 'api',
            hosting: 'cloud-managed',
            tenancy: { model: 'shared' },
            ...(retention ? { retention } : {}),
            dataClasses: ['prompts'],
          },
        ],
      });
    const page = (m: ReturnType<typeof modelOf>) =>
      text(
        buildTrustCenter(m, runChecks(m).results, { allowUnverified: true }).files['ai-data-practices.html'],
      );
    expect(page(model('zero'))).not.toContain('id="isolation"');
    // Saying nothing of what it keeps, it is listed, as before (Briefer).
    expect(page(model())).toContain('id="isolation"');
  });
});
