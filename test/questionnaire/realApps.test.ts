// What two reviewers found answering three questionnaires from maps of real open-source AI apps (mem0 at 8d5b786,
// dialoqbase at 79320da), each confirmed against the app's code: statements the map did not support, a verdict the
// facts contradict, text no security lead would send. Each case is the smallest map that showed it.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import type { SystemMapInput } from '../../src/map/index.js';
import { loadMapFromFiles, starterMap } from '../../src/map/index.js';
import { buildModel } from '../../src/model/index.js';
import { vendorService } from '../../src/questionnaire/answers/refs.js';
import { composeAnswer } from '../../src/questionnaire/index.js';
import { discoveryReport, langsmithFinding, modelOf, NOW } from '../controls/fixtures.js';
import { DOCS, tinyModel } from './fixtures.js';

function answerOf(topic: string, model: ReturnType<typeof tinyModel>) {
  const composed = composeAnswer(topic, { model, results: runChecks(model).results });
  if (!('answer' in composed)) throw new Error(`expected an answer for ${topic}: ${composed.missing}`);
  return composed.answer;
}

const vectorStore = (tenancy: string) => ({
  id: 'vectors',
  name: 'Memory vector store',
  kind: 'vector-store' as const,
  dataClasses: ['docs'],
  tenancy: { model: tenancy as 'shared' },
});

describe('isolation is said as the map declares it', () => {
  it('claims a search does not reach another customer only where the store enforces it', () => {
    const filtered = answerOf(
      'ai-tenant-isolation',
      tinyModel({ dataClasses: [DOCS], components: [vectorStore('application-filter')] }),
    );
    expect(filtered.text).not.toMatch(/only (searches|reaches)/);
    expect(filtered.text).toMatch(/^Retrieval is filtered by customer in our application\./);
    expect(filtered.review).toContain('application filter only');
    const enforced = answerOf(
      'ai-tenant-isolation',
      tinyModel({ dataClasses: [DOCS], components: [vectorStore('index-per-tenant')] }),
    );
    expect(enforced.text).toMatch(
      /^Each retrieval store separates customers’ data in the store itself, so a search does not reach another customer’s data\./,
    );
    // Verba (6fb7c98) has no tenants: one install, one customer, and no permissions within it to speak of.
    const single = answerOf(
      'ai-tenant-isolation',
      tinyModel({ dataClasses: [DOCS], components: [vectorStore('single-tenant')] }),
    );
    expect(single.text).toMatch(
      /^Each retrieval store serves a single customer, so a search does not reach another customer’s data\./,
    );
    expect(single.text).not.toContain('requesting');
  });

  it('never says every store separates customers, nor Yes, when one store is shared', () => {
    const model = tinyModel({
      tenancy: { trainingDefault: 'opt-in', isolation: 'application-filter-allowed' },
      dataClasses: [DOCS],
      components: [
        {
          id: 'db',
          name: 'App database',
          kind: 'datastore',
          dataClasses: ['docs'],
          tenancy: { model: 'row-level-security' },
        },
        {
          id: 'uploads',
          name: 'Uploads volume',
          kind: 'object-store',
          dataClasses: ['docs'],
          tenancy: { model: 'shared' },
        },
      ],
    });
    const answer = answerOf('tenant-segregation', model);
    expect(answer.yesNo).toBeUndefined();
    expect(answer.text).toMatch(
      /^Not every store separates customers' data: Uploads volume holds several customers' data/,
    );
    expect(answer.text).not.toMatch(/each store separates|multi-tenant|Declared/i);
    // The check fails a shared store even where the policy allows an application filter.
    const failing = runChecks(model).results.filter(
      (result) => result.checkId === 'tenant-isolation' && result.status === 'fail',
    );
    expect(failing.map((result) => result.subject.id)).toEqual(['uploads']);
  });
});

describe('what discovery only saw mentioned is not "used by our service"', () => {
  it('fails no check on a vendor found only in a lockfile', () => {
    const langsmith = langsmithFinding({
      confidence: 'low',
      status: 'mentioned',
      receivesPrompts: true,
      evidence: [{ file: 'yarn.lock', line: 789, signal: 'manifest', snippet: 'langsmith "~0.1.1"' }],
    });
    const discovery = discoveryReport([langsmith]);
    const map: SystemMapInput = {
      version: 1,
      organization: { name: 'Tiny AI', stage: 'seed' },
      dataClasses: [
        { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true, retention: '30d' },
      ],
    };
    const said = runChecks(modelOf(map, { discovery }))
      .results.filter((result) => result.status === 'fail')
      .map((result) => result.plain ?? result.message);
    expect(said.join('\n')).not.toContain('LangSmith');
  });
});

describe('training where nothing trains', () => {
  const model = tinyModel({
    organization: { name: 'Tiny AI', stage: 'seed', commitments: { noTrainingOnCustomerData: true } },
    tenancy: { trainingDefault: 'opt-in' },
    dataClasses: [DOCS],
    components: [
      { id: 'db', kind: 'datastore', dataClasses: ['docs'], tenancy: { model: 'row-level-security' } },
    ],
  });

  it('says nothing trains models, not "by default", and describes no opt-in control', () => {
    const training = answerOf('ai-training-on-customer-data', model);
    expect(training.yesNo).toBe('No');
    expect(training.text).toMatch(
      /^Customer content is not used to train or fine-tune models: nothing in our system trains models\./,
    );
    expect(training.text).not.toContain('by default');
    const optIn = answerOf('ai-training-opt-in', model);
    expect(optIn.yesNo).toBeUndefined();
    expect(optIn.text).toContain('We do not train models on customer data');
  });
});

describe('verdicts the facts support', () => {
  it('says No, not "Partially", when no component has the safeguard', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'api',
          name: 'REST API',
          kind: 'service',
          dataClasses: ['docs'],
          encryption: { inTransit: { enabled: false } },
          accessControl: { mechanism: 'API keys', mfa: false },
        },
      ],
    });
    const transit = answerOf('encryption-in-transit', model);
    expect([transit.yesNo, transit.text]).toEqual(['No', 'Data is not encrypted in transit in REST API.']);
    const mfa = answerOf('mfa', model);
    expect([mfa.yesNo, mfa.text]).toEqual([
      'No',
      'Multi-factor authentication is not required for access to REST API.',
    ]);
  });
});

describe('access as the map words it', () => {
  // Verba (6fb7c98) runs its vector store with anonymous access on; the answer opened "Access … is restricted".
  it('claims no restriction of its own, and holds a mechanism that says access is open for review', () => {
    const model = (mechanism: string) =>
      tinyModel({
        dataClasses: [DOCS],
        components: [
          {
            id: 'weaviate',
            name: 'Weaviate',
            kind: 'vector-store',
            dataClasses: ['docs'],
            accessControl: { mechanism },
          },
        ],
      });
    const open = answerOf('access-control', model('anonymous access enabled on the local network'));
    expect(open.text).toBe(
      'Staff and service access to production data, per component: Weaviate: anonymous access enabled on the local network.',
    );
    expect(open.text).not.toContain('restricted');
    expect(open.review).toContain('Weaviate say access is open');
    expect(answerOf('access-control', model('none')).review).toBeDefined();
    expect(
      answerOf('access-control', model('API key per service, rotated quarterly')).review,
    ).toBeUndefined();
  });
});

describe('text a security lead would send', () => {
  it('says a missing side of logging and monitoring, never an empty list', () => {
    const text = answerOf(
      'logging-monitoring',
      tinyModel({
        components: [{ id: 'api', name: 'REST API', kind: 'service', logging: { enabled: true } }],
      }),
    ).text;
    expect(text).toBe('Logging: REST API. No monitoring or alerting is on record yet.');
  });

  it('says when a retention period is kept by a manual step, not an automatic expiry', () => {
    const model = tinyModel({
      dataClasses: [
        {
          id: 'logs',
          name: 'API request logs',
          category: 'telemetry',
          tenantScoped: true,
          retention: '30d',
          deletion: { mechanism: 'prune command run by the operator', automated: false },
        },
      ],
    });
    expect(answerOf('data-retention', model).text).toBe(
      'Retention is defined per kind of data: API request logs: 30 days (removed by a manual step).',
    );
    // Verba's "until the customer deletes it (removed by a manual step)": deleting is the person's step already.
    const untilDeleted = tinyModel({
      dataClasses: [
        {
          id: 'questions',
          name: 'Saved questions',
          category: 'prompts',
          tenantScoped: true,
          retention: 'until-deleted',
          deletion: { mechanism: 'delete in the admin view', automated: false },
        },
      ],
    });
    expect(answerOf('data-retention', untilDeleted).text).toBe(
      'Retention is defined per kind of data: Saved questions: until the customer deletes it.',
    );
  });

  it('names the vendor once, and never only inside a host name', () => {
    expect(vendorService('PostHog', 'Product analytics (us.i.posthog.com)')).toBe(
      'PostHog Product analytics (us.i.posthog.com)',
    );
    expect(vendorService('Jina AI', 'Jina Embeddings API')).toBe('Jina Embeddings API');
    expect(vendorService('OpenAI', 'OpenAI API')).toBe('OpenAI API');
  });

  it('lists what each sub-processor receives and where, and says where a location is not on record', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'API',
          purpose: 'Answers',
          ai: true,
          dataClasses: ['docs'],
          regions: ['us'],
        },
        {
          id: 'jina',
          vendor: 'Jina AI',
          service: 'Jina Embeddings API',
          purpose: 'embeddings',
          ai: true,
          dataClasses: ['docs'],
        },
      ],
    });
    const answer = answerOf('subprocessors', model);
    expect(answer.text).toBe(
      'We use 2 sub-processors: OpenAI API: answers (data: Documents; location: us); Jina Embeddings API: embeddings (data: Documents). Where Jina AI processes data is not yet on record.',
    );
    expect(answer.review).toContain('regions');
  });

  it('writes one full stop where the map’s own text ends in one', () => {
    // Verba's map (6fb7c98) gave "optional: writes… OpenAI.;" and "(HTTPS to the cluster.)."
    const model = tinyModel({
      subprocessors: [
        { id: 'together', vendor: 'Together AI', service: 'Inference', purpose: 'Open models.', ai: true },
        {
          id: 'cohere',
          vendor: 'Cohere',
          service: 'Rerank API',
          purpose: 'optional: reranks chunks.',
          ai: true,
        },
      ],
    });
    // …and an abbreviation keeps its stops.
    const abbreviated = tinyModel({
      subprocessors: [
        {
          id: 'cohere',
          vendor: 'Cohere',
          service: 'Rerank API',
          purpose: 'reranks, e.g., search results',
          ai: true,
        },
      ],
    });
    expect(answerOf('subprocessors', abbreviated).text).toContain('reranks, e.g., search results');
    for (const topic of ['subprocessors', 'ai-model-providers'])
      expect(answerOf(topic, model).text, topic).not.toMatch(/[^.]\.\.(?!\.)|[^.]\.[;,]|\.\)\./);
  });

  it('names only the missing safeguard the question is about', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        { id: 'vectors', name: 'Vector index', kind: 'vector-store', dataClasses: ['docs'] },
        {
          id: 'api',
          name: 'REST API',
          kind: 'service',
          dataClasses: ['docs'],
          accessControl: { mechanism: 'SSO with role-based access' },
        },
      ],
    });
    // The baseline fails the index for six safeguards; the access answer names the one it is about.
    const text = answerOf('access-control', model).text;
    expect(text).toContain(
      'One exception as of 2026-11-26: how Vector index handles access control is not yet documented.',
    );
    expect(text).not.toMatch(/encryption|change control|logging|monitoring/);
  });
});

describe('the AI data path', () => {
  it('says providers used only under a condition as alternatives, not as every document going to all of them', () => {
    const vendor = (id: string, name: string) => ({
      id,
      vendor: name,
      service: 'API',
      purpose: 'answers',
      ai: true,
      dataClasses: ['docs'],
    });
    const flow = (to: string) => ({
      id: `ask-${to}`,
      from: 'app',
      to,
      dataClasses: ['docs'],
      purpose: 'inference' as const,
      condition: { kind: 'other' as const, description: `when an administrator selects ${to}` },
    });
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [{ id: 'app', name: 'Verba application', kind: 'service', dataClasses: ['docs'] }],
      subprocessors: [vendor('openai', 'OpenAI'), vendor('anthropic', 'Anthropic')],
      flows: [flow('openai'), flow('anthropic')],
    });
    expect(answerOf('ai-data-lineage', model).text).toContain(
      'Verba application → OpenAI or Anthropic (inference, each only under its own condition)',
    );
  });
});

describe('many exceptions', () => {
  it('says three of them "among" the count, not "and 19 more"', () => {
    const stores = ['One', 'Two', 'Three', 'Four'].map((name) => ({
      id: `index-${name.toLowerCase()}`,
      name: `Index ${name}`,
      kind: 'vector-store' as const,
      dataClasses: ['docs'],
    }));
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        ...stores,
        {
          id: 'api',
          name: 'REST API',
          kind: 'service',
          dataClasses: ['docs'],
          accessControl: { mechanism: 'SSO' },
        },
      ],
    });
    const text = answerOf('access-control', model).text;
    expect(text).toContain(
      '4 exceptions as of 2026-11-26, among them: how Index One handles access control is not yet documented; how Index Two',
    );
    expect(text).not.toMatch(/more\.$/);
  });
});

describe('a starter map written without a person choosing frameworks', () => {
  it('states no SOC 2 target', () => {
    const loaded = loadMapFromFiles(
      [
        {
          file: 'trustmap.yaml',
          content: starterMap({
            name: 'Mem0',
            stage: 'series-a',
            frameworks: [],
            schemaPath: 'trustmap.schema.json',
          }),
        },
      ],
      { root: '/tmp/map' },
    );
    if (!loaded.ok) throw new Error('the starter map does not load');
    const model = buildModel(loaded.map, { now: NOW });
    expect(composeAnswer('soc2-report', { model, results: [] })).toHaveProperty('missing');
    expect(composeAnswer('certifications', { model, results: [] })).toHaveProperty('missing');
  });
});
