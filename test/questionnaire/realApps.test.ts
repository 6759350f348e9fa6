// What two reviewers found answering three questionnaires from maps of real open-source AI apps (mem0 at 8d5b786,
// dialoqbase at 79320da), each confirmed against the app's code: statements the map did not support, a verdict the
// facts contradict, text no security lead would send. Each case is the smallest map that showed it.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { joinList, joinSome } from '../../src/core/words.js';
import type { Finding } from '../../src/discover/index.js';
import type { SystemMapInput } from '../../src/map/index.js';
import { loadMapFromFiles, starterMap, withinDuration } from '../../src/map/index.js';
import { buildModel } from '../../src/model/index.js';
import {
  onlyUnder,
  STATES_CONDITION,
  vendorService,
  withoutCodeReferences,
} from '../../src/questionnaire/answers/refs.js';
import { applyChecks } from '../../src/questionnaire/answers/verdict.js';
import { answerQuestions, composeAnswer, prepareKnowledge } from '../../src/questionnaire/index.js';
import {
  asksAboutModelFailover,
  asksAboutProviderRetention,
  asksAboutSharedModels,
  asksAboutStaffSeeingData,
  asksAboutTermination,
  asksWhetherEmbeddingsAreCustomerData,
} from '../../src/questionnaire/match/questionForm.js';
import { discoveryReport, langsmithFinding, modelOf, NOW } from '../controls/fixtures.js';
import { DOCS, docsStore, tinyModel } from './fixtures.js';

function answerOf(topic: string, model: ReturnType<typeof tinyModel>) {
  const composed = composeAnswer(topic, { model, results: runChecks(model).results });
  if (!('answer' in composed)) throw new Error(`expected an answer for ${topic}: ${composed.missing}`);
  return composed.answer;
}

/** An organisation that promises not to train on customer data: answers saying nothing trains are given. */
const PROMISED = { name: 'Tiny AI', stage: 'seed' as const, commitments: { noTrainingOnCustomerData: true } };

/**
 * A small app sending prompts to OpenAI (`OPENAI_FOUND` in its code); `more` adds components, sub-processors and
 * flows to its own.
 */
function openAiApp(
  more: Pick<SystemMapInput, 'components' | 'subprocessors' | 'flows'> = {},
): SystemMapInput {
  return {
    version: 1,
    organization: { name: 'Tiny AI', stage: 'seed' },
    dataClasses: [{ id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true }],
    components: [
      { id: 'app', name: 'App', kind: 'service', dataClasses: ['prompts'] },
      ...(more.components ?? []),
    ],
    subprocessors: [
      { id: 'openai', vendor: 'OpenAI', service: 'API', provider: 'openai', purpose: 'Chat', ai: true },
      ...(more.subprocessors ?? []),
    ],
    flows: [
      { id: 'chat', from: 'app', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' },
      ...(more.flows ?? []),
    ],
  };
}

/** What discovery reports of the OpenAI API `openAiApp` calls. */
const OPENAI_FOUND = langsmithFinding({
  id: 'openai',
  provider: 'openai',
  name: 'OpenAI API',
  category: 'llm-api',
  ai: true,
});

const vectorStore = (tenancy: string) => ({
  id: 'vectors',
  name: 'Memory vector store',
  kind: 'vector-store' as const,
  dataClasses: ['docs'],
  tenancy: { model: tenancy as 'shared' },
});

describe('isolation is said as the map declares it', () => {
  it('states no absence of a retrieval store as fact, and drafts it for the approved answers (vercel/ai-chatbot, open-canvas)', () => {
    const questions = { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true } as const;
    const absent = composeAnswer('ai-tenant-isolation', {
      model: tinyModel({
        dataClasses: [questions],
        components: [{ id: 'api', name: 'API server', kind: 'service', dataClasses: ['prompts'] }],
      }),
      results: [],
    });
    expect((absent as { missing: string }).missing).toContain(
      'Our AI features keep no index of customer documents to search',
    );
    // With embeddings in the map and no store holding them, the map is silent, not absent: no answer.
    const silent = composeAnswer('ai-tenant-isolation', {
      model: tinyModel({
        dataClasses: [
          questions,
          { id: 'emb', name: 'Embeddings', category: 'embeddings', tenantScoped: true },
        ],
        components: [{ id: 'api', name: 'API server', kind: 'service', dataClasses: ['prompts'] }],
      }),
      results: [],
    });
    expect(silent).toHaveProperty('missing');
  });

  it("asks that a single-tenant store be each customer's own (Autoflow)", () => {
    // Autoflow (7eb3e1c): a store declared single-tenant, "shared by every user of the installation", answered "Each
    // retrieval store serves a single customer" with a note asking only for a probe.
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [{ ...vectorStore('single-tenant'), dataClasses: ['docs'] }],
    });
    for (const topic of ['ai-tenant-isolation', 'tenant-segregation'])
      expect(answerOf(topic, model).review, topic).toContain(
        'Memory vector store: single-tenant; confirm each customer has its own (a deployment or store per customer)',
      );
  });

  it('counts a gap whose map text holds semicolons once, and says it whole (chatgpt-your-files)', () => {
    const text = answerOf(
      'ai-tenant-isolation',
      tinyModel({
        dataClasses: [DOCS],
        components: [
          { ...vectorStore('row-level-security'), dataClasses: ['docs'] },
          {
            id: 'logs',
            name: 'Function logs',
            kind: 'log-sink',
            dataClasses: ['docs'],
            tenancy: { model: 'shared', mechanism: 'one stream per project; no per-user separation' },
          },
        ],
      }),
    ).text;
    expect(text).toContain(
      "Also, Function logs does not separate customers' data (one stream per project; no per-user separation).",
    );
  });

  it('leaves out of buyer text the code references the team wrote into the map (R2R, PrivateGPT, Casibase)', () => {
    const text = answerOf(
      'tenant-segregation',
      tinyModel({
        dataClasses: [DOCS],
        components: [
          {
            ...vectorStore('application-filter'),
            tenancy: {
              model: 'application-filter' as const,
              mechanism:
                'owner filters added per query (py/shared/search.py:609-641, auth.py:132); see the runbook (ops)',
            },
          },
        ],
      }),
    ).text;
    expect(text).toContain('(owner filters added per query; see the runbook (ops))');
    expect(text).not.toContain('.py:');
    // Markup and schema files too (Reactive-Resume).
    expect(
      withoutCodeReferences(
        'icons from jsDelivr (apps/client/index.html:45), users (tools/prisma/schema.prisma:62,76)',
      ),
    ).toBe('icons from jsDelivr, users');
  });

  it('does not say row-level security keeps customers apart where the code reads past it with a service key (Chatbot UI)', () => {
    // Chatbot UI (81328b6): discovery reports RLS on file_items, and its retrieval route searches every customer's
    // chunks with the service-role key by file ids the caller sends. "Each retrieval store enforces the separation of
    // customers' data itself" was the answer; the check passed the store as declared.
    const base = tinyModel({
      dataClasses: [DOCS],
      components: [{ ...vectorStore('row-level-security'), dataClasses: ['docs'] }],
    });
    const bypass = {
      kind: 'rls-bypass-key',
      provider: 'supabase',
      message: 'Supabase client with the service-role key',
      evidence: [
        {
          file: 'app/api/retrieval/retrieve/route.ts',
          line: 21,
          col: 5,
          signal: 'config' as const,
          snippet: 'process.env.SUPABASE_SERVICE_ROLE_KEY!',
        },
      ],
    };
    const model = {
      ...base,
      discovery: {
        root: '/app',
        findings: [],
        facts: [bypass],
        tables: [],
        skipped: [],
        stats: { files: 12, bytes: 0, durationMs: 0 },
      },
    };
    expect(answerOf('ai-tenant-isolation', base).text).toMatch(/^Each retrieval store enforces/);
    const isolation = answerOf('ai-tenant-isolation', model);
    expect(isolation.text).not.toContain('enforces');
    expect(isolation.text).toMatch(
      /^Row-level security in the database separates customers’ data for queries made as the signed-in user; our server also queries/,
    );
    expect(isolation.review).toContain(
      'Memory vector store: the code connects with a key that bypasses row-level security (app/api/retrieval/retrieve/route.ts:21)',
    );
    expect(answerOf('tenant-segregation', model).text).not.toMatch(/^Each store/);
    expect(answerOf('tenant-segregation', model).review).toContain('bypasses row-level security');
    const result = runChecks(model).results.find(
      (entry) => entry.checkId === 'tenant-isolation' && entry.subject.id === 'vectors',
    );
    expect(result?.status).toBe('needs-evidence');
    // The buyer's sentence names no file of ours; the message (for the team) does.
    expect(result?.plain).toBe(
      'Memory vector store relies on row-level security, which our server bypasses with a service key on some paths',
    );
    expect(result?.message).toContain('(app/api/retrieval/retrieve/route.ts:21)');
    // A person who dismissed Supabase (named in code this deployment does not use) dismissed its facts too.
    const dismissed = {
      ...model,
      map: {
        ...model.map,
        dismissals: [{ id: 'supabase', reason: 'not used in this deployment' }],
      },
    };
    expect(answerOf('ai-tenant-isolation', dismissed).text).toMatch(/^Each retrieval store enforces/);
  });

  it("asks whether a key our application picks is the signed-in customer's, with what the map says of the service that binds it (R2R, PrivateGPT)", () => {
    // PrivateGPT (ab89a0d): "Local data folder: separate namespace per customer", where the namespace is a request
    // parameter; R2R (9c5a94d): requests without credentials run as the superuser. Both said in the API's tenancy,
    // quoted by no answer or note.
    const api = {
      id: 'api',
      name: 'API server',
      kind: 'service' as const,
      tenancy: { model: 'application-filter' as const, mechanism: 'the collection is a request parameter.' },
    };
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        api,
        { ...vectorStore('namespace-per-tenant'), dataClasses: ['docs'] },
        {
          id: 'files',
          name: 'File store',
          kind: 'object-store',
          dataClasses: ['docs'],
          tenancy: { model: 'application-filter' },
        },
      ],
    });
    for (const topic of ['tenant-segregation', 'ai-tenant-isolation']) {
      const { review } = answerOf(topic, model);
      expect(review).toContain(
        'what the map says of how API server binds a request to its customer: API server: filtered in our application’s queries (the collection is a request parameter); make sure the answer holds with it',
      );
      expect(review).toContain(
        "Memory vector store: our application chooses which customer's part a request reads; confirm the key comes from the signed-in customer on every path",
      );
    }
    expect(answerOf('tenant-segregation', model).review).toContain(
      'File store: separated by an application filter only; confirm the filter is bound to the signed-in customer',
    );
    // Row-level security in the store binds nothing to our application: no such review.
    const enforced = tinyModel({
      dataClasses: [DOCS],
      components: [api, { ...vectorStore('row-level-security'), dataClasses: ['docs'] }],
    });
    expect(answerOf('tenant-segregation', enforced).review ?? '').not.toContain('binds a request');
  });

  it("says a store separates customers' data only where the store enforces it, not where our queries filter (Open WebUI, FastGPT)", () => {
    const store = (tenancy: string) => ({
      id: 'db',
      name: 'Database',
      kind: 'datastore' as const,
      dataClasses: ['docs'],
      tenancy: { model: tenancy as 'shared' },
    });
    const enforced = answerOf(
      'tenant-segregation',
      tinyModel({ dataClasses: [DOCS], components: [store('row-level-security')] }),
    );
    expect(enforced.text).toMatch(
      /^Each store that holds customer data separates customers' data\. By store: Database: row-level security/,
    );
    const filtered = answerOf(
      'tenant-segregation',
      tinyModel({ dataClasses: [DOCS], components: [store('application-filter')] }),
    );
    expect(filtered.text).toMatch(
      /^How each store that holds customer data separates customers' data: Database: filtered in our application’s queries/,
    );
    // quivr: every store enforces it, but a service holding customer data says nothing of how: no "Each store".
    const gap = answerOf(
      'tenant-segregation',
      tinyModel({
        dataClasses: [DOCS],
        components: [
          store('row-level-security'),
          { id: 'parser', name: 'Parser', kind: 'service', dataClasses: ['docs'] },
        ],
      }),
    );
    expect(gap.text).toMatch(
      /^How each store that holds customer data separates customers' data: Database: row-level/,
    );
    // zep (7de18df): and no "Yes" beside a service of ours silent on whether it keeps customers' data.
    expect(gap.yesNo).toBeUndefined();
    expect(gap.review).toContain("the map does not say whether Parser keeps customers' data");
    // One that says it keeps them, and not how it separates them, is said.
    const kept = answerOf(
      'tenant-segregation',
      tinyModel({
        dataClasses: [DOCS],
        components: [
          store('row-level-security'),
          { id: 'cloud', name: 'Cloud API', kind: 'api', dataClasses: ['docs'], retention: '30d' },
        ],
      }),
    );
    expect(kept.text).toContain("How Cloud API separates customers' data is not yet documented.");
    expect(kept.yesNo).toBeUndefined();
    // Still proposed, it is not named to the buyer as keeping their data; the review names it.
    const proposed = answerOf(
      'tenant-segregation',
      tinyModel({
        dataClasses: [DOCS],
        components: [
          store('row-level-security'),
          {
            id: 'cloud',
            name: 'Cloud API',
            kind: 'api',
            dataClasses: ['docs'],
            retention: '30d',
            status: 'proposed',
          },
        ],
      }),
    );
    expect(proposed.text).not.toContain('Cloud API');
    expect(proposed.review).toContain('Cloud API');
  });

  it('answers retrieval isolation for embeddings kept in the application database (pgvector: LightRAG, FastGPT)', () => {
    const text = answerOf(
      'ai-tenant-isolation',
      tinyModel({
        dataClasses: [
          DOCS,
          { id: 'vectors', name: 'Embeddings', category: 'embeddings', tenantScoped: true },
        ],
        components: [
          {
            id: 'db',
            name: 'Postgres with pgvector',
            kind: 'datastore',
            dataClasses: ['docs', 'vectors'],
            tenancy: { model: 'application-filter', mechanism: 'every query filters on team_id' },
          },
        ],
      }),
    ).text;
    expect(text).toMatch(/^Retrieval is separated in our application, not in the store\./);
    expect(text).toContain('Postgres with pgvector: filtered in our application’s queries');
  });

  it('claims a search does not reach another customer only where the store enforces it', () => {
    const filtered = answerOf(
      'ai-tenant-isolation',
      tinyModel({ dataClasses: [DOCS], components: [vectorStore('application-filter')] }),
    );
    expect(filtered.text).not.toMatch(/only (searches|reaches)/);
    expect(filtered.text).toMatch(/^Retrieval is separated in our application, not in the store\./);
    // private-gpt (ab89a0d): the filter's key is a collection name the caller sends; the opening claims no customer.
    expect(filtered.text).not.toContain('by customer');
    expect(filtered.review).toContain('application filter only');
    const enforced = answerOf(
      'ai-tenant-isolation',
      tinyModel({ dataClasses: [DOCS], components: [vectorStore('index-per-tenant')] }),
    );
    // RAGFlow (b1b8cd6): an index per customer, picked by the application under one credential. Kept apart in the
    // store, but "the store itself" does not choose the index; and no probe has tested it.
    expect(enforced.text).toBe(
      'Each customer’s data is kept apart in the retrieval stores (by store below); which customer’s data a search reads is chosen by our application, not enforced by the store. Memory vector store: separate index per customer.',
    );
    const checked = answerOf(
      'ai-tenant-isolation',
      tinyModel({
        dataClasses: [DOCS],
        components: [
          {
            ...vectorStore('row-level-security'),
            tenancy: { model: 'row-level-security', mechanism: 'Policy tenant_isolation on chunks' },
          },
        ],
      }),
    );
    expect(checked.text).toBe(
      'Each retrieval store enforces the separation of customers’ data itself, so a search does not reach another customer’s data. Memory vector store: row-level security in the database (policy tenant_isolation on chunks).',
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
      /^Not every store separates customers' data\. By store: .*Uploads volume: shared/,
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

  it("keeps a vector store's undocumented tenancy out of the provider and sub-processor answers (LibreChat: Azure AI Search)", () => {
    const search: Finding = {
      id: 'azure-ai-search',
      provider: 'azure-ai-search',
      name: 'Azure AI Search',
      category: 'vector-store',
      hosting: 'vendor-hosted',
      confidence: 'high',
      evidence: [{ file: 'api/tools/AzureAISearch.js', line: 8, signal: 'import', snippet: 'SearchClient' }],
    };
    const map: SystemMapInput = {
      version: 1,
      organization: { name: 'Tiny AI', stage: 'seed' },
      dataClasses: [{ id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true }],
      subprocessors: [
        {
          id: 'azure-ai-search',
          vendor: 'Microsoft',
          service: 'Azure AI Search',
          provider: 'azure-ai-search',
          purpose: 'Searches an index the operator owns',
          ai: true,
          dataClasses: ['prompts'],
        },
      ],
    };
    const model = modelOf(map, { discovery: discoveryReport([search, langsmithFinding()]) });
    const { results } = runChecks(model);
    // The drift check still reports the store's tenancy; the vendor answers say only the undeclared vendor.
    expect(results.some((result) => result.plain?.includes('separates customers'))).toBe(true);
    for (const topic of ['ai-model-providers', 'subprocessors']) {
      const composed = composeAnswer(topic, { model, results });
      if (!('answer' in composed)) throw new Error(`expected an answer for ${topic}`);
      expect(composed.answer.text).not.toContain('separates customers');
      expect(composed.answer.text).toContain('LangSmith');
    }
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
      /^We do not train or fine-tune models on customer content: nothing in our system trains models\./,
    );
    expect(training.text).not.toContain('by default');
    // Khoj (ae229ca): no promise about a future the map does not hold.
    expect(training.text).not.toContain('Should that change');
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
    expect([transit.yesNo, transit.text]).toEqual(['No', 'Data is not encrypted in transit on REST API.']);
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
    // Words on the services' own keys alone say nothing of our staff's access (since the twenty-fifth session).
    expect(
      composeAnswer('access-control', {
        model: model('API key per service, rotated quarterly'),
        results: [],
      }),
    ).toEqual({
      missing: expect.stringContaining('not how our staff do'),
    });
    expect(
      answerOf(
        'access-control',
        model('API key per service; engineers reach it through SSO, rotated quarterly'),
      ).review,
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
    expect(text).toBe('Logging is enabled on REST API. No monitoring or alerting is on record yet.');
  });

  it('names the vendors our flows send errors and logs to, but not a tracing service sent prompts (maybe, onlook)', () => {
    // maybe (77b5469): Sentry declared, sent error reports, and the answer said "No monitoring or alerting is on
    // record yet"; onlook (ab9333d): Langfuse, sent AI-call traces, said as where errors and logs go.
    const map = (
      vendor: { id: string; vendor: string; provider: string },
      classes: string[],
      condition?: { kind: 'other'; description: string },
    ) =>
      tinyModel({
        dataClasses: [
          { id: 'errors', name: 'Error reports', category: 'telemetry', tenantScoped: false },
          { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true },
        ],
        components: [{ id: 'api', name: 'REST API', kind: 'service', logging: { enabled: true } }],
        subprocessors: [{ ...vendor, service: vendor.vendor, purpose: 'monitoring', dataClasses: classes }],
        flows: [
          {
            id: 'f',
            from: 'api',
            to: vendor.id,
            dataClasses: classes,
            purpose: 'logging',
            ...(condition ? { condition } : {}),
          },
        ],
      });
    expect(
      answerOf('logging-monitoring', map({ id: 'sentry', vendor: 'Sentry', provider: 'sentry' }, ['errors']))
        .text,
    ).toBe(
      // An error tracker is sent errors (formbricks b66c1dd: "Errors and logs are sent to Sentry", its logs local).
      'Logging is enabled on REST API. Errors are sent to Sentry; no other monitoring or alerting is on record yet.',
    );
    // A log service is sent logs.
    expect(
      answerOf(
        'logging-monitoring',
        map({ id: 'logtail', vendor: 'Better Stack', provider: 'logtail' }, ['errors']),
      ).text,
    ).toContain('Logs are sent to Better Stack');
    // Under the condition its flow carries.
    const keyed = map({ id: 'sentry', vendor: 'Sentry', provider: 'sentry' }, ['errors'], {
      kind: 'other',
      description: 'when its keys are set',
    });
    expect(answerOf('logging-monitoring', keyed).text).toContain(
      'Errors are sent to Sentry, only when its keys are set;',
    );
    const traced = answerOf(
      'logging-monitoring',
      map({ id: 'langfuse', vendor: 'Langfuse', provider: 'langfuse' }, ['prompts']),
    ).text;
    expect(traced).not.toMatch(/(?:Errors|Logs) (?:and logs )?are sent to/);
    expect(traced).toContain('No monitoring or alerting is on record yet.');
    // Datadog, filed with the LLM tracing services for its LLM product, is sent infrastructure logs (latitude-llm
    // 10c6c2d: "No monitoring or alerting is on record yet" beside a Datadog declared for monitoring).
    const datadog = answerOf(
      'logging-monitoring',
      map({ id: 'datadog', vendor: 'Datadog', provider: 'datadog' }, ['errors']),
    ).text;
    expect(datadog).toContain('Logs are sent to Datadog');
    expect(datadog).not.toContain('No monitoring or alerting is on record yet.');
    // A collector each customer runs is not where our logs are kept (cline 21cb8d2).
    const theirs = answerOf(
      'logging-monitoring',
      tinyModel({
        dataClasses: [{ id: 'events', name: 'Telemetry events', category: 'telemetry', tenantScoped: false }],
        components: [
          { id: 'ext', name: 'Extension', kind: 'service', logging: { enabled: true } },
          {
            id: 'otel',
            name: 'Organisation OpenTelemetry collector',
            kind: 'log-sink',
            hosting: 'customer-hosted',
            dataClasses: ['events'],
          },
        ],
      }),
    ).text;
    expect(theirs).not.toContain('OpenTelemetry collector');
  });

  it('leaves isolation to a person where a vendor of ours keeps customer content no component describes (scira)', () => {
    // scira (7215d53): Supermemory keeps every user's connected documents in one account, filtered by a tag; eight
    // answers said "Each retrieval store serves a single customer".
    const composed = composeAnswer('ai-tenant-isolation', {
      model: tinyModel({
        dataClasses: [
          DOCS,
          { id: 'vectors', name: 'Embeddings', category: 'embeddings', tenantScoped: true },
        ],
        components: [
          { id: 'api', name: 'API', kind: 'service', dataClasses: ['docs'] },
          { ...vectorStore('single-tenant'), dataClasses: ['vectors'] },
        ],
        subprocessors: [
          {
            id: 'supermemory',
            vendor: 'Supermemory',
            service: 'Memory API',
            purpose: 'memory',
            dataClasses: ['docs'],
          },
        ],
        flows: [{ id: 'keep', from: 'api', to: 'supermemory', dataClasses: ['docs'], purpose: 'storage' }],
      }),
      results: [],
    });
    expect(composed).toMatchObject({
      missing: expect.stringContaining('supermemory keeps or searches customer content'),
    });
    // refly (71f8b87): files kept in Amazon S3, a plain store nothing searches, held back the answer the map's vector
    // store gives.
    const files = composeAnswer('ai-tenant-isolation', {
      model: tinyModel({
        dataClasses: [
          DOCS,
          { id: 'vectors', name: 'Embeddings', category: 'embeddings', tenantScoped: true },
        ],
        components: [
          { id: 'api', name: 'API', kind: 'service', dataClasses: ['docs'] },
          { ...vectorStore('single-tenant'), dataClasses: ['vectors'] },
        ],
        subprocessors: [
          {
            id: 's3',
            vendor: 'Amazon Web Services',
            service: 'S3',
            provider: 'aws-s3',
            purpose: 'files',
            dataClasses: ['docs'],
          },
        ],
        flows: [{ id: 'keep', from: 'api', to: 's3', dataClasses: ['docs'], purpose: 'storage' }],
      }),
      results: [],
    });
    expect(files).toHaveProperty('answer');
  });

  it('answers whether embeddings are customer data from what they are made from, not with the isolation paragraph (security-Q20)', () => {
    // security-Q20, in every reviewed app (sec-insights, chat-llamaindex, notesGPT…): "are vector embeddings and derived
    // chunks treated as Customer Data…?" answered "Our retrieval store does not separate customers' data…".
    const question =
      'Embeddings - Y/N: are vector embeddings and derived chunks treated as Customer Data for purposes of encryption, retention, deletion and breach notification?';
    for (const asked of [
      question,
      'Do you consider embeddings generated from our documents to be customer data?',
      'Are vectors derived from our content classified as confidential customer information?',
    ])
      expect(asksWhetherEmbeddingsAreCustomerData(asked), asked).toBe(true);
    for (const asked of [
      'How are embeddings of different customers separated in the vector database?',
      'Which embedding model do you use, and who hosts it?',
      'Is customer data used to train your models?',
    ])
      expect(asksWhetherEmbeddingsAreCustomerData(asked), asked).toBe(false);
    const model = tinyModel({
      dataClasses: [
        DOCS,
        {
          id: 'vectors',
          name: 'Document embeddings',
          category: 'embeddings',
          tenantScoped: true,
          derivedFrom: ['docs'],
          retention: 'until-deleted',
        },
        {
          id: 'filings',
          name: 'Public filings',
          category: 'internal',
          sensitivity: 'public',
          tenantScoped: false,
        },
        {
          id: 'filing-vectors',
          name: 'Filing embeddings',
          category: 'embeddings',
          tenantScoped: false,
          derivedFrom: ['filings'],
        },
      ],
      components: [
        {
          id: 'index',
          name: 'Vector index',
          kind: 'vector-store',
          dataClasses: ['vectors', 'filing-vectors'],
          tenancy: { model: 'shared' },
        },
        // A model that makes them keeps none (chatgpt-your-files: "Kept in … gte-small embedding model").
        {
          id: 'embedder',
          name: 'Embedding model',
          kind: 'inference-endpoint',
          retention: 'zero',
          dataClasses: ['vectors'],
        },
      ],
    });
    const [answered] = answerQuestions(prepareKnowledge({ model, results: [] }), [
      { sheet: 's', row: 2, question },
    ]);
    expect(answered!.answer).toBe(
      "Document embeddings (made from documents) are customer data in our records, like the content they are made from. Filing embeddings (made from Public filings) are not customer data: they embed content that is not the customer's. Document embeddings are kept in Vector index. Document embeddings: until deleted.",
    );
    expect(answered!.status).toBe('review');
    // Neither the isolation check's gap nor its controls are appended to another question's answer.
    expect(answered!.answer).not.toContain('does not separate');
    // refly (71f8b87): two stores a setting chooses between were "kept in LanceDB and Qdrant".
    const chosen = tinyModel({
      dataClasses: [DOCS, { ...model.map.dataClasses[1]!, retention: undefined } as never],
      components: [
        { id: 'api', kind: 'api', dataClasses: ['docs'], retention: 'zero' },
        { id: 'lance', name: 'LanceDB', kind: 'vector-store', dataClasses: ['vectors'] },
        { id: 'qdrant', name: 'Qdrant', kind: 'vector-store', dataClasses: ['vectors'] },
      ],
      flows: ['lance', 'qdrant'].map((to) => ({
        id: `to-${to}`,
        from: 'api',
        to,
        dataClasses: ['vectors'],
        purpose: 'storage' as const,
        condition: { kind: 'other' as const, description: `when the vector store is set to ${to}` },
      })),
    });
    const [either] = answerQuestions(prepareKnowledge({ model: chosen, results: [] }), [
      { sheet: 's', row: 2, question },
    ]);
    expect(either!.answer).toContain(
      'Document embeddings are kept in LanceDB (only when the vector store is set to lance) or Qdrant (only when the vector store is set to qdrant).',
    );
  });

  it("says our staff see none of the customers' data where nothing of theirs reaches us, asked so and only so (openlit, pr-agent)", () => {
    const model = tinyModel({
      dataClasses: [DOCS, { id: 'usage', name: 'Usage events', category: 'telemetry', tenantScoped: false }],
      components: [docsStore('store', { name: 'ClickHouse', hosting: 'customer-hosted' })],
      subprocessors: [
        { id: 'posthog', vendor: 'PostHog', service: 'Analytics', purpose: 'Usage', dataClasses: ['usage'] },
      ],
    });
    for (const question of [
      'Can your support engineers read our conversations or uploaded documents while troubleshooting?',
      'How do you restrict which employees can view customer records?',
      'Can any of your employees or contractors view our prompts, outputs or documents?',
    ])
      expect(asksAboutStaffSeeingData(question), question).toBe(true);
    for (const question of [
      'How is access to production systems granted, reviewed and revoked?',
      'When the agent acts, does it use the requesting user’s own permissions or a service account?',
      'What RBAC roles exist, and can we define custom roles?',
    ])
      expect(asksAboutStaffSeeingData(question), question).toBe(false);
    const staff = composeAnswer('access-control', { model, results: [], about: 'staff-data' });
    if (!('answer' in staff)) throw new Error('expected an answer');
    expect(staff.answer.text).toBe(
      "Our staff have no access to customer data: Tiny AI runs in each customer's own environment, and no service of ours receives that data. Who can reach it there is each customer's to decide.",
    );
    // Asked in general, or where a vendor of ours receives customer data, there is no such answer.
    expect('answer' in composeAnswer('access-control', { model, results: [] })).toBe(false);
    const tracing = tinyModel({
      dataClasses: [DOCS],
      components: [docsStore('store', { name: 'ClickHouse', hosting: 'customer-hosted' })],
      subprocessors: [
        { id: 'tracer', vendor: 'TraceCo', service: 'Tracing', purpose: 'Traces', dataClasses: ['docs'] },
      ],
    });
    expect(
      'answer' in composeAnswer('access-control', { model: tracing, results: [], about: 'staff-data' }),
    ).toBe(false);
  });

  it('says how long prompts are kept from the parts that hold them, where their class states no policy (farfalle, portkey-gateway)', () => {
    const prompts = {
      id: 'questions',
      name: 'Search questions',
      category: 'prompts' as const,
      tenantScoped: true,
    };
    const kept = tinyModel({
      dataClasses: [prompts],
      components: [
        {
          id: 'db',
          name: 'PostgreSQL',
          kind: 'datastore',
          dataClasses: ['questions'],
          retention: 'indefinite',
        },
        { id: 'cache', name: 'Redis cache', kind: 'cache', dataClasses: ['questions'], retention: '2h' },
        {
          id: 'logs',
          name: 'Request log',
          kind: 'log-sink',
          dataClasses: ['questions'],
          retention: 'indefinite',
        },
      ],
    });
    const answer = answerOf('ai-prompt-retention', kept);
    expect(answer.text).toBe(
      'How long we keep them: Search questions: indefinitely in PostgreSQL and Request log, for 2 hours in Redis cache.',
    );
    expect(answer.review).toContain('questions has no `retention` policy of its own');
    const gateway = tinyModel({
      dataClasses: [prompts],
      components: [
        { id: 'api', name: 'Gateway', kind: 'api', dataClasses: ['questions'], retention: 'zero' },
      ],
    });
    expect(answerOf('ai-prompt-retention', gateway).text).toBe(
      'How long we keep them: Search questions: not kept after the request.',
    );
    // A part that says nothing leaves the answer to a person.
    const silent = tinyModel({
      dataClasses: [prompts],
      components: [{ id: 'db', name: 'PostgreSQL', kind: 'datastore', dataClasses: ['questions'] }],
    });
    expect('answer' in composeAnswer('ai-prompt-retention', { model: silent, results: [] })).toBe(false);
  });

  it('names no proposed vendor among those whose location is not documented (openui)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [docsStore('api', { name: 'API', kind: 'api', region: 'us-east-1', cloud: 'aws' })],
      subprocessors: [
        {
          id: 's3',
          vendor: 'Amazon S3',
          service: 'S3',
          purpose: 'Shares',
          status: 'proposed',
          dataClasses: ['docs'],
        },
        { id: 'unsplash', vendor: 'Unsplash', service: 'API', purpose: 'Images', dataClasses: ['docs'] },
      ],
    });
    const residency = answerOf('data-residency', model).text;
    expect(residency).toContain('Where Unsplash keeps or processes data is not yet documented.');
    expect(residency).not.toContain('Amazon S3');
  });

  it("says one customer's search cannot reach another's deployment, where each customer runs its own (pr-agent, vanna)", () => {
    const embeddings = {
      id: 'vectors',
      name: 'Issue embeddings',
      category: 'embeddings' as const,
      tenantScoped: true,
    };
    const model = (tenancy?: { model: 'application-filter'; mechanism: string }) =>
      tinyModel({
        dataClasses: [DOCS, embeddings],
        components: [
          docsStore('server', { name: 'PR reviewer', kind: 'service', hosting: 'customer-hosted' }),
          {
            id: 'index',
            name: 'Issue index',
            kind: 'vector-store',
            hosting: 'customer-hosted',
            dataClasses: ['vectors'],
            ...(tenancy ? { tenancy } : {}),
          },
        ],
      });
    const bare = answerOf('ai-tenant-isolation', model());
    expect(bare.text).toBe(
      "Tiny AI runs in each customer's own environment, with that customer's own retrieval stores (Issue index), so a search never reaches another customer's data, and no store of ours holds it.",
    );
    expect(bare.review).toContain('users within one customer');
    const filtered = answerOf(
      'ai-tenant-isolation',
      model({ model: 'application-filter', mechanism: 'searches are filtered on the repository name' }),
    );
    expect(filtered.text).toMatch(
      /no store of ours holds it\. Within one deployment: Issue index: filtered in our application/,
    );
  });

  it('says there is no MFA to enforce or account to provision where nothing takes a sign-in (screenshot-to-code, farfalle)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        docsStore('api', { name: 'Back end', kind: 'api', userAuthentication: { methods: ['none'] } }),
      ],
    });
    const mfa = composeAnswer('mfa', { model, results: [], about: 'users' });
    if (!('answer' in mfa)) throw new Error('expected an answer');
    expect(mfa.answer.yesNo).toBe('No');
    expect(mfa.answer.text).toMatch(
      /^There are no user accounts, so no multi-factor authentication to enforce: Back end/,
    );
    const scim = composeAnswer('customer-sso', { model, results: [], about: 'provisioning' });
    if (!('answer' in scim)) throw new Error('expected an answer');
    expect(scim.answer.yesNo).toBe('No');
    expect(scim.answer.text).toMatch(/^There are no user accounts, so no accounts to provision: /);
  });

  it('says a place named for its purpose once on the AI path (openlit)', () => {
    const model = tinyModel({
      dataClasses: [{ id: 'traces', name: 'Traces', category: 'prompts', tenantScoped: true }],
      components: [
        { id: 'sdk', name: 'SDK', kind: 'service', dataClasses: ['traces'] },
        { id: 'collector', name: 'Collector (ingestion)', kind: 'service', dataClasses: ['traces'] },
      ],
      flows: [{ id: 'send', from: 'sdk', to: 'collector', dataClasses: ['traces'], purpose: 'ingestion' }],
    });
    const lineage = answerOf('ai-data-lineage', model).text;
    expect(lineage).toContain('from SDK to Collector (ingestion).');
    expect(lineage).not.toContain('(ingestion) (ingestion)');
  });

  it("names no vendor reached with each customer's own key as ours, in the sub-processor list or the model providers (pr-agent)", () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [docsStore('server', { name: 'PR reviewer', kind: 'service', hosting: 'customer-hosted' })],
      subprocessors: [
        {
          id: 'groq',
          vendor: 'Groq',
          service: 'API',
          purpose: 'Generates reviews',
          ai: true,
          account: 'customer',
          dataClasses: ['docs'],
        },
      ],
      flows: [{ id: 'review', from: 'server', to: 'groq', dataClasses: ['docs'], purpose: 'inference' }],
    });
    expect(answerOf('subprocessors', model).text).toBe(
      'We use no sub-processors of our own. Customers may connect their own accounts with Groq: what is sent there goes to each customer’s own account, under the customer’s own terms with that vendor.',
    );
    expect(answerOf('ai-model-providers', model).text).toBe(
      "We use no third-party AI service under our own account. Reached only under each customer's own account, on that customer's own terms with the provider: Groq API: generates reviews.",
    );
    // vanna (365d0617c): a hosted API of ours beside the customers' own vendors runs somewhere the map does not name:
    // "no sub-processors of our own" read from an empty list was false.
    const hosted = tinyModel({
      dataClasses: [DOCS],
      components: [
        docsStore('server', { name: 'Library', kind: 'service', hosting: 'customer-hosted' }),
        docsStore('cloud', { name: 'Hosted API', kind: 'api', hosting: 'self-hosted' }),
      ],
      subprocessors: [
        {
          id: 'groq',
          vendor: 'Groq',
          service: 'API',
          purpose: 'Generates SQL',
          ai: true,
          account: 'customer',
          dataClasses: ['docs'],
        },
      ],
    });
    const none = composeAnswer('subprocessors', { model: hosted, results: [] });
    expect('answer' in none).toBe(false);
    if ('missing' in none)
      expect(none.missing).toContain('the map names no sub-processor of ours, though cloud runs as ours');
  });

  it('says where the data of a product each customer runs is, with no region of ours to record (pr-agent, openlit)', () => {
    const input: Parameters<typeof tinyModel>[0] = {
      dataClasses: [DOCS],
      components: [
        docsStore('server', { name: 'PR reviewer', kind: 'service', hosting: 'customer-hosted' }),
        docsStore('index', { name: 'Issue index', hosting: 'customer-hosted' }),
      ],
      subprocessors: [
        {
          id: 'groq',
          vendor: 'Groq',
          service: 'API',
          purpose: 'models',
          ai: true,
          account: 'customer',
          dataClasses: ['docs'],
        },
        { id: 'tracer', vendor: 'TraceCo', service: 'Tracing', purpose: 'traces', dataClasses: ['docs'] },
      ],
    };
    const model = tinyModel(input);
    const residency = answerOf('data-residency', model);
    expect(residency.text).toBe(
      "Tiny AI runs in each customer's own environment: the customer chooses where, and the data it keeps stays there. Where TraceCo processes the customer data it receives from us is not yet documented. Groq is reached only with the customer's own accounts, under the customer's own terms with it, which say where it processes data.",
    );
    expect(residency.review).toContain('no region recorded for tracer');
    // The product runs there, not the company (pandas-ai: "Sinaptik runs in each customer's own environment").
    const named = tinyModel({
      ...input,
      organization: { name: 'Sinaptik', product: 'PandasAI', stage: 'seed' },
    });
    expect(answerOf('data-residency', named).text).toMatch(
      /^PandasAI runs in each customer's own environment/,
    );
  });

  it("says prompts kept where nobody recorded how long as not yet documented, and the customer's parts beside ours (chat-llamaindex)", () => {
    // chat-llamaindex (179c907): "How long we keep them: Shared bots: for 30 days" read as the whole answer, while chats
    // went to a vendor index with no retention recorded and stayed in each user's browser.
    const model = tinyModel({
      dataClasses: [
        { id: 'prompts', name: 'Chat prompts', category: 'prompts', tenantScoped: false },
        {
          id: 'shared',
          name: 'Shared bots',
          category: 'customer-content',
          description: 'A bot with its chat messages, shared by link.',
          tenantScoped: false,
        },
      ],
      components: [
        {
          id: 'index',
          name: 'Managed index',
          kind: 'vector-store',
          hosting: 'vendor',
          dataClasses: ['prompts'],
        },
        { id: 'kv', name: 'Share store', kind: 'cache', retention: '30d', dataClasses: ['shared'] },
        {
          id: 'browser',
          name: 'Browser local storage',
          kind: 'datastore',
          hosting: 'customer-hosted',
          dataClasses: ['prompts'],
        },
      ],
    });
    const answer = composeAnswer('ai-prompt-retention', { model, results: [] });
    expect('answer' in answer && answer.answer.text).toBe(
      'How long we keep them: Shared bots: for 30 days in Share store. How long we keep chat prompts in Managed index is not yet documented. Also kept in Browser local storage, which each customer runs, for as long as the customer keeps them: chat prompts.',
    );
    expect('answer' in answer && answer.answer.review).toContain(
      'set `retention` on prompts, or on the parts that keep it',
    );
  });

  it("keeps no prompts of ours where only the customer's own parts hold them (WrenAI), and holds prompts filed under another class (lmnr)", () => {
    // WrenAI (f2841bc): question and SQL pairs in a store on each user's machine read "How long we keep them: … until
    // deleted" to "how long are prompts stored on your side before they are purged?".
    const local = answerOf(
      'ai-prompt-retention',
      tinyModel({
        dataClasses: [
          {
            id: 'pairs',
            name: 'Question and SQL pairs',
            category: 'prompts',
            tenantScoped: false,
            retention: 'until-deleted',
          },
        ],
        components: [
          {
            id: 'cli',
            name: 'Wren CLI',
            kind: 'service',
            hosting: 'customer-hosted',
            dataClasses: ['pairs'],
          },
          {
            id: 'memory',
            name: 'Local memory store',
            kind: 'vector-store',
            hosting: 'customer-hosted',
            dataClasses: ['pairs'],
          },
        ],
      }),
    );
    expect(local.text).toBe(
      'We keep none of them. Parts each customer runs keep them: Local memory store. Wren CLI, which each customer also runs, handles them too; whether it keeps them is not stated. Question and SQL pairs: until deleted.',
    );
    // resume-matcher (82b758b): outputs with no policy in the customer's own log were left out, the sentence naming only
    // the database that kept another class; and one of ours keeping them makes no "we keep none".
    const outputs = {
      id: 'outputs',
      name: 'Model outputs',
      category: 'model-outputs' as const,
      tenantScoped: true,
    };
    const resumes = (logHosting: 'customer-hosted' | 'self-hosted') =>
      tinyModel({
        dataClasses: [
          {
            id: 'docs',
            name: 'Tailored resumes',
            category: 'model-outputs',
            tenantScoped: true,
            retention: 'until-deleted',
          },
          outputs,
        ],
        components: [
          {
            id: 'db',
            name: 'Local database',
            kind: 'datastore',
            hosting: 'customer-hosted',
            dataClasses: ['docs'],
          },
          {
            id: 'logs',
            name: 'Application logs',
            kind: 'log-sink',
            hosting: logHosting,
            dataClasses: ['outputs'],
          },
        ],
      });
    expect(answerOf('ai-prompt-retention', resumes('customer-hosted')).text).toBe(
      'We keep none of them. Only parts each customer runs keep them: Local database and Application logs. Tailored resumes: until deleted.',
    );
    const ours = composeAnswer('ai-prompt-retention', { model: resumes('self-hosted'), results: [] });
    expect('answer' in ours && ours.answer.text.startsWith('We keep none')).toBe(false);
    // openlit (ad20b7b): traces kept 730 hours by default in each customer's ClickHouse, asked "for how many days?",
    // and "do the model providers keep prompts?" answered with our storage alone.
    const selfRun = answerOf(
      'ai-prompt-retention',
      tinyModel({
        dataClasses: [
          {
            id: 'traces',
            name: 'Prompts captured in traces',
            category: 'prompts',
            tenantScoped: true,
            retention: '730h',
            retentionConfigurable: true,
          },
        ],
        components: [
          {
            id: 'clickhouse',
            name: 'ClickHouse',
            kind: 'datastore',
            hosting: 'customer-hosted',
            dataClasses: ['traces'],
          },
        ],
        subprocessors: [
          {
            id: 'openai',
            vendor: 'OpenAI',
            service: 'API',
            purpose: 'Evaluations',
            ai: true,
            account: 'customer',
            dataClasses: ['traces'],
          },
        ],
      }),
    );
    expect(selfRun.text).toContain(
      'Prompts captured in traces: 730 hours unless the customer sets another period.',
    );
    expect(selfRun.text).toContain(
      'OpenAI is reached only under a customer’s own account, on that customer’s own terms',
    );
    // Some kept by us, some only in the customer's own store: said apart.
    const mixed = answerOf(
      'ai-prompt-retention',
      tinyModel({
        dataClasses: [
          {
            id: 'pairs',
            name: 'Question and SQL pairs',
            category: 'prompts',
            tenantScoped: false,
            retention: 'until-deleted',
          },
          { id: 'chats', name: 'Chats', category: 'prompts', tenantScoped: true, retention: '30d' },
        ],
        components: [
          {
            id: 'memory',
            name: 'Local memory store',
            kind: 'vector-store',
            hosting: 'customer-hosted',
            dataClasses: ['pairs'],
          },
          { id: 'db', name: 'Database', kind: 'datastore', dataClasses: ['chats'] },
        ],
      }),
    );
    expect(mixed.text).toMatch(
      /^How long we keep them: Chats: 30 days\. Kept only in Local memory store, which each customer runs, for as long as the customer keeps them: question and SQL pairs\./,
    );
    // lmnr (39a1e59): traces, "LLM inputs/outputs", kept until deleted, beside a 7-day class of model outputs.
    const traces = answerOf(
      'ai-prompt-retention',
      tinyModel({
        dataClasses: [
          {
            id: 'signal-messages',
            name: 'Signal run messages',
            category: 'model-outputs',
            tenantScoped: true,
            retention: '7d',
          },
          {
            id: 'agent-traces',
            name: 'Agent traces',
            description: 'LLM inputs/outputs captured in spans',
            category: 'customer-content',
            tenantScoped: true,
            retention: 'until-deleted',
          },
        ],
      }),
    );
    expect(traces.text).toMatch(
      /^How long we keep them: Signal run messages: 7 days; Agent traces: kept with no set limit/,
    );
    expect(traces.review).toContain('agent-traces is said here by its name or description');
    // tiledesk-server (b70caa4): conversations with no retention on record leave the answer to a person.
    const unsaid = composeAnswer('ai-prompt-retention', {
      model: tinyModel({
        dataClasses: [
          {
            id: 'kb-questions',
            name: 'Questions sent to the AI',
            category: 'prompts',
            tenantScoped: true,
            retention: '7d',
          },
          { id: 'conversations', name: 'Conversations', category: 'customer-content', tenantScoped: true },
        ],
      }),
      results: [],
    });
    expect(unsaid).toMatchObject({ missing: expect.stringContaining('set `retention` on conversations') });
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
      'Retention is defined per kind of data: Saved questions: until deleted.',
    );
  });

  it('names the vendor once, and never only inside a host name', () => {
    expect(vendorService('PostHog', 'Product analytics (us.i.posthog.com)')).toBe(
      'PostHog Product analytics (us.i.posthog.com)',
    );
    expect(vendorService('Jina AI', 'Jina Embeddings API')).toBe('Jina Embeddings API');
    expect(vendorService('OpenAI', 'OpenAI API')).toBe('OpenAI API');
    expect(vendorService('Groq', 'GroqCloud API')).toBe('GroqCloud API');
    expect(vendorService('AI21', 'Studio')).toBe('AI21 Studio');
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
    expect(text).toContain('However, how Vector index handles access control is not yet documented.');
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
      'from Verba application to OpenAI API or Anthropic API (inference, only when an administrator selects openai or when an administrator selects anthropic).',
    );
    // Conditions of other kinds are said apart, not pooled as if each vendor depended on all (open-notebook).
    const kinds = tinyModel({
      dataClasses: [DOCS],
      components: [{ id: 'app', name: 'Notebook', kind: 'service', dataClasses: ['docs'] }],
      subprocessors: [vendor('openai', 'OpenAI'), vendor('firecrawl', 'Firecrawl')],
      flows: [
        {
          ...flow('openai'),
          condition: { kind: 'other', description: 'when the operator selects one of its models' },
        },
        {
          ...flow('firecrawl'),
          condition: { kind: 'other', description: 'when a Firecrawl key is configured' },
        },
      ],
    });
    expect(answerOf('ai-data-lineage', kinds).text).toContain(
      'from Notebook to OpenAI API (inference, only when the operator selects one of its models); to Firecrawl API (inference, only when a Firecrawl key is configured).',
    );
    // Beyond three, the conditions are each the vendor's own, on the sub-processor list.
    expect(onlyUnder(['when a', 'when b', 'when c', 'when d'])).toBe('each only under its own condition');
    expect(onlyUnder(['Only when a.', 'when a'])).toBe('only when a');
    // retrieval-plugin: "only unless …, when …, or when …"; Dataherald: "each only under its own condition" hid that
    // OpenAI gets every question unless the operator sets up Azure. Mixed, each is said with no "only".
    expect(onlyUnder(['unless the operator sets up Azure OpenAI', 'when a workspace key is set'])).toBe(
      'unless the operator sets up Azure OpenAI or when a workspace key is set',
    );
    expect(onlyUnder(['unless a', 'when b', 'when c', 'when d'])).toBe('each only under its own condition');
    // The same condition with and without "when" (lmnr).
    expect(onlyUnder(['when RESEND_API_KEY is set', 'RESEND_API_KEY is set'])).toBe(
      'only when RESEND_API_KEY is set',
    );
    expect(onlyUnder(['unless the operator turns telemetry off'])).toBe(
      'unless the operator turns telemetry off',
    );
    // A purpose states a condition by who chooses or what is set, not by any "if".
    expect(STATES_CONDITION.test('Reads an answer aloud when a user asks for it')).toBe(true);
    expect(STATES_CONDITION.test('Checks if a message is spam')).toBe(false);
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
      'However, among others: how Index One handles access control is not yet documented; how Index Two',
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

  it('promises no deletion time when its proposed marks are deleted unread (the reviews of 2026-12-05)', () => {
    // Five of seven apps reviewed delete nothing within 30 days; a map confirmed by deleting every `status: proposed`
    // line would have promised the starter's 30 days to buyers.
    const stamped = starterMap({
      name: 'Chatbot UI',
      stage: 'seed',
      frameworks: [],
      schemaPath: 'trustmap.schema.json',
    })
      .split('\n')
      .filter((line) => !/^\s*status: proposed/.test(line))
      .join('\n');
    const loaded = loadMapFromFiles([{ file: 'trustmap.yaml', content: stamped }], { root: '/tmp/map' });
    if (!loaded.ok) throw new Error('the stamped starter map does not load');
    expect(loaded.map.organization.commitments?.deletionWithin).toBeUndefined();
    const deletion = composeAnswer('data-deletion', {
      model: buildModel(loaded.map, { now: NOW }),
      results: [],
    });
    expect(JSON.stringify(deletion)).not.toMatch(/30 days/);
    // Nor a contract promise or an isolation policy (inbox-zero, karakeep, Onyx: "never used for advertising" of an app
    // sending hashed emails to Meta, "separate customers in the datastore itself" of apps filtering shared tables).
    expect(loaded.map.organization.commitments).toBeUndefined();
    expect(loaded.map.tenancy).toBeUndefined();
  });
});

// Two more apps reviewed the same way on 2026-12-04: khoj (ae229ca) and gpt-researcher (5d84d2f).
describe('khoj and gpt-researcher', () => {
  const prompts = {
    id: 'prompts',
    name: 'User prompts',
    category: 'prompts',
    tenantScoped: true,
    retention: 'until-deleted',
  } as const;

  const apiServer = { id: 'api', name: 'API server', kind: 'service' as const, dataClasses: ['prompts'] };
  const openaiChat = {
    id: 'openai',
    vendor: 'OpenAI',
    service: 'API',
    purpose: 'Chat models',
    ai: true,
    dataClasses: ['prompts'],
  };

  it('says nothing of a vendor a person dismissed, in any check', () => {
    // gpt-researcher: OpenRouter is one optional provider of thirty, dismissed in the map, and was called "used by
    // our service but not yet on our sub-processor list" in every prompt-retention answer.
    const openrouter = langsmithFinding({
      id: 'openrouter',
      provider: 'openrouter',
      name: 'OpenRouter',
      category: 'llm-api',
      receivesPrompts: true,
    });
    const map: SystemMapInput = {
      version: 1,
      organization: { name: 'Tiny AI', stage: 'seed' },
      dataClasses: [{ ...prompts, retention: '30d' }],
      dismissals: [{ id: 'openrouter', reason: 'optional provider the default deployment does not use' }],
    };
    const said = (input: SystemMapInput) =>
      runChecks(modelOf(input, { discovery: discoveryReport([openrouter]) }))
        .results.filter((result) => result.status === 'fail')
        .map((result) => result.plain ?? result.message)
        .join('\n');
    expect(said(map)).not.toContain('OpenRouter');
    // The dismissal is what keeps it out: without it, the finding is an exception.
    expect(said({ ...map, dismissals: [] })).toContain('OpenRouter');
  });

  it('does not count data kept indefinitely as kept until the customer deletes it', () => {
    // gpt-researcher writes every research run to files it never deletes; the policy said "until deleted".
    expect(withinDuration('indefinite', 'until-deleted')).toBe(false);
    expect(withinDuration('until-deleted', 'indefinite')).toBe(true);
    const model = tinyModel({
      dataClasses: [{ ...prompts, deletion: { mechanism: 'the user deletes a report in the app' } }],
      components: [
        {
          id: 'logs',
          name: 'Research logs',
          kind: 'datastore',
          dataClasses: ['prompts'],
          retention: 'indefinite',
        },
      ],
    });
    const retention = answerOf('ai-prompt-retention', model);
    expect(retention.text).toContain('Exception: Research logs keeps User prompts indefinitely.');
    expect(retention.text).not.toContain('Checked automatically');
    // The retention schedule, which no check covers, went out as a finished answer without the store.
    const schedule = answerOf('data-retention', model);
    expect(schedule.text).toBe(
      'Retention is defined per kind of data: User prompts: until deleted. Exception: Research logs keeps User prompts indefinitely.',
    );
    expect(schedule.review).toContain('logs keeps data longer');
    const deletion = runChecks(model).results.find(
      (result) => result.checkId === 'deletion-coverage' && result.subject.id === 'logs',
    );
    expect(deletion?.status).toBe('fail');
    expect(deletion?.plain).toBe(
      'Research logs keeps customer data with no time limit, and deleting it there is not on record',
    );
  });

  it('says data kept until deleted has no way to be deleted when the map has none, and holds it', () => {
    // khoj uploads chat images to a bucket and no code deletes them; "until the customer deletes it" went out as a
    // finished answer.
    const model = (deletion?: { mechanism: string }) =>
      tinyModel({
        dataClasses: [
          {
            id: 'images',
            name: 'Chat images',
            category: 'customer-content',
            tenantScoped: true,
            retention: 'until-deleted',
          },
        ],
        components: [
          {
            id: 'bucket',
            name: 'Image storage',
            kind: 'object-store',
            dataClasses: ['images'],
            ...(deletion ? { deletion } : {}),
          },
        ],
      });
    const stuck = answerOf('data-retention', model());
    expect(stuck.text).toBe(
      'Retention is defined per kind of data: Chat images: kept with no set limit (no way to delete it is on record yet).',
    );
    expect(stuck.review).toContain('images is kept until deleted');
    const deletable = answerOf('data-retention', model({ mechanism: 'lifecycle rule on delete' }));
    expect(deletable.text).toBe('Retention is defined per kind of data: Chat images: until deleted.');
    expect(deletable.review).toBeUndefined();
  });

  it("takes a data class's deletion as its database's, never as a log's", () => {
    // khoj: the answer listed how each kind of data is deleted, then "how customer data is deleted from Application
    // database is not yet documented".
    const model = tinyModel({
      dataClasses: [
        {
          ...DOCS,
          retention: 'until-deleted',
          deletion: { mechanism: 'removed with the conversation or the account' },
        },
      ],
      components: [
        { id: 'db', name: 'Application database', kind: 'datastore', dataClasses: ['docs'] },
        { id: 'logs', name: 'Server logs', kind: 'log-sink', dataClasses: ['docs'] },
      ],
    });
    const results = runChecks(model).results.filter((result) => result.checkId === 'deletion-coverage');
    // The database deletes by the class's deletion; with no deletion time promised it awaits the promise, not passes.
    expect(results.map((result) => [result.subject.id, result.status])).toEqual([
      ['db', 'needs-evidence'],
      ['logs', 'fail'],
    ]);
    expect(results[0]?.message).toBe(
      "`db` is deleted by its data classes' own deletion; no deletion time is promised to customers",
    );
  });

  it('says our own systems’ gaps, and those first, beside vendors’ undocumented terms', () => {
    // khoj: three vendors' missing terms were the three exceptions shown; the log that keeps users' questions (the
    // one that contradicts "until deleted") was hidden behind them.
    const model = tinyModel({
      dataClasses: [{ ...prompts, retention: '30d' }],
      components: [{ id: 'logs', name: 'Server logs', kind: 'log-sink', dataClasses: ['prompts'] }],
      subprocessors: ['OpenAI', 'Anthropic', 'Google'].map((vendor) => ({
        id: vendor.toLowerCase(),
        vendor,
        service: 'API',
        purpose: 'Chat models',
        ai: true,
        dataClasses: ['prompts'],
      })),
    });
    const answer = answerOf('ai-prompt-retention', model);
    // The answer names the providers itself; the check adds the log, and does not repeat the providers.
    expect(answer.text).toMatch(
      /How long OpenAI, Anthropic and Google keep what we send is not yet documented\. Also, Server logs receives User prompts, and how long it keeps them is not yet documented\.$/,
    );
    // Results in any order: components first, the most severe first, at most three said.
    const fail = (kind: 'component' | 'subprocessor', id: string, severity: 'high' | 'medium') => ({
      checkId: 'prompt-output-retention',
      controls: ['TM-DATA-03'],
      status: 'fail' as const,
      severity,
      subject: { kind, id },
      message: id,
      plain: `gap at ${id}`,
      sources: [],
    });
    const checked = applyChecks(
      { text: 'Retention by policy: 30 days.', sources: [] },
      {
        model,
        results: [
          fail('subprocessor', 'openai', 'high'),
          fail('subprocessor', 'anthropic', 'high'),
          fail('subprocessor', 'google', 'high'),
          fail('component', 'cache', 'medium'),
          fail('component', 'logs', 'high'),
        ],
      },
      'ai-prompt-retention',
    );
    expect(checked.text).toMatch(/However, among others: gap at logs; gap at cache; gap at openai\.$/);
    // Onyx: two stores' results both said the documents' deletion time was not documented; it is one gap.
    const twice = applyChecks(
      { text: 'Retention by policy: 30 days.', sources: [] },
      {
        model,
        results: [
          { ...fail('component', 'cache', 'high'), plain: 'gap at docs; gap at cache' },
          { ...fail('component', 'logs', 'high'), plain: 'gap at docs' },
        ],
      },
      'ai-prompt-retention',
    );
    expect(twice.text).toMatch(/However: gap at docs; gap at cache\.$/);
    // refly (71f8b87): a gap the answer says in its own words is not said again ("How Langfuse separates customers'
    // data is not yet documented. Also, how Langfuse separates customers' data is not yet documented.").
    const own = applyChecks(
      {
        text: 'Retention by policy: 30 days. Gap at logs.',
        // Citing another entry for it (refly: the builder's Langfuse was the sub-processor, the check's the component).
        sources: [{ kind: 'map', pointer: 'subprocessors/openai', file: 'trustmap.yaml', line: 1 } as never],
        review: 'says its own gap',
      },
      { model, results: [fail('component', 'logs', 'high'), fail('component', 'cache', 'high')] },
      'ai-prompt-retention',
    );
    expect(own.text).toBe('Retention by policy: 30 days. Gap at logs. Also, gap at cache.');
  });

  it("leaves the customer's own databases out of how our stores separate customers (Briefer)", () => {
    // Briefer (2ee5e84): "How Customer's connected databases separates customers' data is not yet documented".
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'db',
          name: 'App database',
          kind: 'datastore',
          dataClasses: ['docs'],
          tenancy: { model: 'application-filter' },
        },
        {
          id: 'theirs',
          name: "Customer's connected databases",
          kind: 'datastore',
          hosting: 'customer-hosted',
          dataClasses: ['docs'],
        },
      ],
    });
    const answer = answerOf('tenant-segregation', model);
    expect(answer.text).toContain('App database');
    expect(answer.text).not.toContain("Customer's connected databases");
  });

  it('names a vendor of another kind sent the prompts beside the model providers (postiz: Sentry)', () => {
    // postiz (74b01ad): Sentry, told to record every OpenAI call's inputs and outputs, was left out of "Are model inputs
    // and outputs persisted anywhere after the response is returned to the user?".
    const model = tinyModel({
      dataClasses: [{ ...prompts, retention: '30d' }],
      components: [{ id: 'api', name: 'API', kind: 'service', dataClasses: ['prompts'], retention: 'zero' }],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'API',
          purpose: 'answers',
          ai: true,
          dataClasses: ['prompts'],
          terms: { training: 'never', retention: 'zero' },
        },
        {
          id: 'sentry',
          vendor: 'Sentry',
          service: 'Error tracking',
          purpose: 'errors',
          dataClasses: ['prompts'],
        },
      ],
      flows: [
        { id: 'ask', from: 'api', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' },
        {
          id: 'errors',
          from: 'api',
          to: 'sentry',
          dataClasses: ['prompts'],
          purpose: 'logging',
          condition: { kind: 'other', description: 'when error tracking is switched on' },
        },
      ],
    });
    const answer = answerOf('ai-prompt-retention', model);
    expect(answer.text).toContain(
      'Sentry Error tracking also logs them (only when error tracking is switched on), and how long it keeps them is not yet documented.',
    );
    expect(answer.review).toContain('record `terms.retention` for sentry');
  });

  it('says what stores keep in practice where no class has a retention policy (postiz)', () => {
    // postiz (74b01ad): PostgreSQL and the upload volume, each `retention: indefinite`, left "What is your data
    // retention schedule for customer content?" blank, with "give each data class a retention".
    const model = tinyModel({
      dataClasses: [
        { ...DOCS, retention: undefined } as never,
        { ...prompts, retention: undefined } as never,
      ],
      components: [
        { id: 'api', kind: 'api', dataClasses: ['docs', 'prompts'], retention: 'zero' },
        {
          id: 'db',
          name: 'PostgreSQL',
          kind: 'datastore',
          dataClasses: ['docs', 'prompts'],
          retention: 'indefinite',
        },
        {
          id: 'uploads',
          name: 'Upload volume',
          kind: 'object-store',
          dataClasses: ['docs'],
          retention: '90d',
        },
      ],
    });
    const answer = answerOf('data-retention', model);
    expect(answer.text).toBe(
      `As our systems keep it: ${DOCS.name}: indefinitely in PostgreSQL and 90 days in Upload volume; ${prompts.name}: indefinitely (PostgreSQL). A retention period for each kind of data is not yet on record.`,
    );
    expect(answer.review).toContain('the map sets no retention policy on any data class');
  });

  it('asks no deletion of a class kept for no time (chatgpt-your-files)', () => {
    const text = answerOf(
      'data-deletion',
      tinyModel({
        dataClasses: [
          { ...DOCS, deletion: { mechanism: 'A user deletes a file.' } },
          {
            id: 'questions',
            name: 'Chat questions',
            category: 'prompts',
            tenantScoped: true,
            retention: 'zero',
          },
        ],
      }),
    ).text;
    expect(text).not.toContain('chat questions');
  });

  it('lower-cases a class name mid-sentence though a service opens with the same word (Perplexica)', () => {
    const text = answerOf(
      'data-deletion',
      tinyModel({
        dataClasses: [
          { ...DOCS, deletion: { mechanism: 'A user deletes a file.' } },
          { id: 'queries', name: 'Web search queries', category: 'prompts', tenantScoped: true },
        ],
        subprocessors: [
          {
            id: 'searx',
            vendor: 'Public search engines',
            service: 'Web, image and news search',
            purpose: 'Search',
          },
        ],
      }),
    ).text;
    expect(text).toContain('how we delete web search queries');
  });

  it('does not say a vendor discovery cannot recognise was checked against the code (Perplexica: ipwhois)', () => {
    const map = openAiApp({
      subprocessors: [
        { id: 'ipwhois', vendor: 'ipwhois.app', service: 'IP geolocation', purpose: 'Weather card location' },
      ],
    });
    const model = modelOf(map, { discovery: discoveryReport([OPENAI_FOUND]) });
    expect(answerOf('ai-data-lineage', model).text).toContain(
      'checked against our code (all but ipwhois.app IP geolocation)',
    );
  });

  it('says an undeclared vendor discovery found as a gap of the provider answer only when it is an AI service (LibreChat: HyperDX)', () => {
    const found = [
      OPENAI_FOUND,
      langsmithFinding({ id: 'groq', provider: 'groq', name: 'Groq', category: 'llm-api', ai: true }),
      langsmithFinding({
        id: 'hyperdx',
        provider: 'hyperdx',
        name: 'HyperDX',
        category: 'product-analytics',
        ai: false,
      }),
    ];
    const model = modelOf(openAiApp(), { discovery: discoveryReport(found) });
    const said = (topic: string) => answerOf(topic, model).text;
    expect(said('ai-model-providers')).toContain('Groq');
    expect(said('ai-model-providers')).not.toContain('HyperDX');
    expect(said('subprocessors')).toContain('HyperDX');
  });

  it("keeps a provider's condition when its purpose lists uses of which one is optional (LibreChat)", () => {
    const prompts = { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true } as const;
    const providers = (purpose: string) =>
      tinyModel({
        dataClasses: [prompts],
        components: [
          { id: 'app', name: 'App', kind: 'service', dataClasses: ['prompts'] },
          {
            id: 'ollama',
            name: 'Ollama',
            kind: 'inference-endpoint',
            hosting: 'self-hosted',
            dataClasses: ['prompts'],
          },
        ],
        subprocessors: [
          { id: 'openai', vendor: 'OpenAI', service: 'API', purpose, ai: true, dataClasses: ['prompts'] },
        ],
        flows: [
          {
            id: 'chat',
            from: 'app',
            to: 'openai',
            dataClasses: ['prompts'],
            purpose: 'inference',
            condition: { kind: 'other', description: 'when configured as the model provider' },
          },
          {
            id: 'local',
            from: 'app',
            to: 'ollama',
            dataClasses: ['prompts'],
            purpose: 'inference',
            condition: { kind: 'other', description: 'when an operator adds a custom endpoint' },
          },
        ],
      });
    for (const purpose of [
      'Chat models, image tools, optional moderation',
      'Chat models; moderation if enabled',
    ]) {
      const { text } = answerOf('ai-model-providers', providers(purpose));
      expect(text, purpose).toContain('only when configured as the model provider');
      expect(text, purpose).toContain(
        'Models we run ourselves: Ollama (only when an operator adds a custom endpoint).',
      );
    }
    // A purpose of one clause that says its own condition is not followed by the flow's in other words.
    const { text } = answerOf('ai-model-providers', providers('Chat, when an administrator selects it'));
    expect(text).not.toContain('only when configured');
  });

  it("gives the retention of a log a store keeps beside the log sink's (MaxKB: operation log in PostgreSQL, kept forever)", () => {
    const { text } = answerOf(
      'logging-monitoring',
      tinyModel({
        dataClasses: [
          DOCS,
          { id: 'audit-logs', name: 'Operation log', category: 'telemetry', tenantScoped: false },
          { id: 'server-logs', name: 'Server logs', category: 'telemetry', tenantScoped: false },
          { id: 'usage', name: 'Usage counts', category: 'telemetry', tenantScoped: false },
        ],
        components: [
          {
            id: 'app',
            name: 'App',
            kind: 'service',
            dataClasses: ['docs'],
            logging: { enabled: true, sink: 'files' },
          },
          {
            id: 'files',
            name: 'Server log files',
            kind: 'log-sink',
            dataClasses: ['server-logs'],
            retention: '7d',
          },
          {
            id: 'pg',
            name: 'PostgreSQL',
            kind: 'datastore',
            dataClasses: ['docs', 'audit-logs'],
            retention: { 'audit-logs': 'indefinite', docs: 'until-deleted' },
          },
          { id: 'stats', name: 'Stats store', kind: 'datastore', dataClasses: ['usage'], retention: '30d' },
        ],
      }),
    );
    expect(text).toContain(
      'Log retention: Server log files: 7 days; PostgreSQL (Operation log): indefinitely.',
    );
    expect(text).not.toContain('Stats store');
  });

  it('reads an audit log written as our own records (`internal`) as a log too (Langfuse)', () => {
    const { text } = answerOf(
      'logging-monitoring',
      tinyModel({
        dataClasses: [
          DOCS,
          { id: 'audit-logs', name: 'Audit log of changes', category: 'internal', tenantScoped: true },
        ],
        components: [
          {
            id: 'app',
            name: 'App',
            kind: 'service',
            dataClasses: ['docs'],
            logging: { enabled: true, sink: 'pg' },
          },
          {
            id: 'pg',
            name: 'PostgreSQL',
            kind: 'datastore',
            dataClasses: ['docs', 'audit-logs'],
            retention: { 'audit-logs': 'indefinite', docs: 'until-deleted' },
          },
        ],
      }),
    );
    expect(text).not.toContain('not yet on record');
    expect(text).toContain('indefinitely');
  });

  it('says vendors receiving the same classes together, in whatever order each lists them (MaxKB)', () => {
    const vendor = (id: string, dataClasses: string[]) => ({
      id,
      vendor: id.toUpperCase(),
      service: 'API',
      purpose: 'Answers, when an administrator adds it',
      ai: true,
      dataClasses,
    });
    const { text } = answerOf(
      'subprocessors',
      tinyModel({
        dataClasses: [DOCS, { id: 'questions', name: 'Questions', category: 'prompts', tenantScoped: true }],
        subprocessors: [vendor('a', ['questions', 'docs']), vendor('b', ['docs', 'questions'])],
      }),
    );
    expect(text.match(/data: /g)).toHaveLength(1);
    expect(text).toContain(
      'A API and B API: answers, when an administrator adds it (data: Documents and Questions)',
    );
  });

  it('does not say a store with no provider discovery knows was checked against the code (chatgpt-your-files)', () => {
    const map = openAiApp({
      components: [
        { id: 'logs', name: 'Function logs', kind: 'log-sink', dataClasses: ['prompts'] },
        { id: 'db', name: 'Database', kind: 'datastore', provider: 'postgres', dataClasses: ['prompts'] },
      ],
      flows: [
        { id: 'log', from: 'app', to: 'logs', dataClasses: ['prompts'], purpose: 'logging' },
        { id: 'keep', from: 'app', to: 'db', dataClasses: ['prompts'], purpose: 'storage' },
      ],
    });
    const found = [
      OPENAI_FOUND,
      langsmithFinding({ id: 'postgres', provider: 'postgres', name: 'PostgreSQL', category: 'datastore' }),
    ];
    const model = modelOf(map, { discovery: discoveryReport(found) });
    expect(answerOf('ai-data-lineage', model).text).toContain(
      'checked against our code (all but Function logs)',
    );
    // Named mid-sentence (WrenAI: "(all but The model vendor of the customer's own AI agent …)").
    const described = openAiApp({
      components: [{ id: 'logs', name: 'The function logs', kind: 'log-sink', dataClasses: ['prompts'] }],
      flows: [{ id: 'log', from: 'app', to: 'logs', dataClasses: ['prompts'], purpose: 'logging' }],
    });
    expect(
      answerOf('ai-data-lineage', modelOf(described, { discovery: discoveryReport(found) })).text,
    ).toContain('checked against our code (all but the function logs)');
    // Nor one each customer runs, which the inventory names all the same (ChatDev, b23950d: its run folders, "checked
    // against our code (all but Mem0)").
    const theirs = openAiApp({
      components: [
        {
          id: 'runs',
          name: 'Run folders',
          kind: 'object-store',
          hosting: 'customer-hosted',
          dataClasses: ['prompts'],
        },
      ],
      flows: [{ id: 'keep', from: 'app', to: 'runs', dataClasses: ['prompts'], purpose: 'storage' }],
    });
    expect(
      answerOf('ai-data-lineage', modelOf(theirs, { discovery: discoveryReport(found) })).text,
    ).toContain('checked against our code (all but Run folders)');
  });

  it('does not say the platform our services run on was checked against the code by a library of its vendor (pdftochat: Vercel)', () => {
    // Nutlope/pdftochat (ab8cfd0): "Vercel hosting" counted as checked against the code, its only trace the Vercel AI
    // SDK (`import … from 'ai'`), a library that sends nothing to Vercel.
    const map = openAiApp({
      subprocessors: [{ id: 'vercel', vendor: 'Vercel', service: 'Hosting', purpose: 'Runs the app' }],
    });
    const hosted = {
      ...map,
      components: [{ ...map.components![0]!, subprocessor: 'vercel' }, ...map.components!.slice(1)],
    };
    const sdk = langsmithFinding({
      id: 'vercel-ai-sdk',
      provider: 'vercel-ai-sdk',
      vendor: 'vercel',
      name: 'Vercel AI SDK',
      category: 'agent-framework',
      hosting: 'self-hosted',
    });
    const model = modelOf(hosted, { discovery: discoveryReport([OPENAI_FOUND, sdk]) });
    expect(answerOf('ai-data-lineage', model).text).toContain(
      'checked against our code (all but Vercel Hosting)',
    );
  });

  it('does not say a model server with no provider discovery knows was checked either (cognita: Infinity)', () => {
    const map = openAiApp({
      components: [
        {
          id: 'embedder',
          name: 'Infinity embedding server',
          kind: 'inference-endpoint',
          hosting: 'self-hosted',
        },
      ],
      flows: [{ id: 'embed', from: 'app', to: 'embedder', dataClasses: ['prompts'], purpose: 'embedding' }],
    });
    const model = modelOf(map, { discovery: discoveryReport([OPENAI_FOUND]) });
    expect(answerOf('ai-data-lineage', model).text).toContain(
      'checked against our code (all but Infinity embedding server)',
    );
  });

  it('answers failover between model providers from the flows that say so, else holds the list for a person to add it (ai-b36, security-Q15, tprm-I.4)', () => {
    // jina reader, linkwarden, make-real (2026-12-06): "does traffic fail over to another provider?" got the provider
    // list, which says nothing of failover.
    const questions = [
      'Do you route requests to more than one model vendor, e.g. failover to a second provider, and if so which ones?',
      'If a primary model provider has an outage, or you decide to switch providers, does traffic fail over automatically to another provider? Could failover send our data to a provider or region we have not approved? Describe.',
      'Is there a documented fallback if the primary AI model provider becomes unavailable?',
    ];
    for (const question of questions) expect(asksAboutModelFailover(question), question).toBe(true);
    for (const question of [
      'Which model providers do you use?',
      'Do you have a documented disaster recovery plan with failover for your databases?',
    ])
      expect(asksAboutModelFailover(question), question).toBe(false);
    const plain = tinyModel({ dataClasses: [prompts], components: [apiServer], subprocessors: [openaiChat] });
    expect(
      composeAnswer('ai-model-providers', { model: plain, results: [], about: 'failover' }),
    ).toMatchObject({
      // The list still says which vendors, held for a person to add what the map does not say.
      answer: {
        text: expect.stringContaining('OpenAI'),
        review: expect.stringContaining('fail over to another provider, which the map does not say'),
      },
    });
    const withFallback = tinyModel({
      dataClasses: [prompts],
      components: [apiServer],
      subprocessors: [
        openaiChat,
        { ...openaiChat, id: 'anthropic', vendor: 'Anthropic', service: 'Claude API' },
      ],
      flows: [
        { id: 'ask', from: 'api', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' },
        {
          id: 'fallback',
          from: 'api',
          to: 'anthropic',
          dataClasses: ['prompts'],
          purpose: 'inference',
          condition: { kind: 'other', description: 'when OpenAI is unavailable' },
        },
      ],
    });
    const composed = composeAnswer('ai-model-providers', {
      model: withFallback,
      results: [],
      about: 'failover',
    });
    expect(composed).toMatchObject({
      answer: { yesNo: 'Yes', text: 'Requests go to Anthropic only when OpenAI is unavailable.' },
    });
  });

  it('answers retention after the contract ends from the deletion promise, not the retention schedule (lead-h40, tprm-L.1)', () => {
    // Every review (e.g. deer-flow, sweep, 2026-12-06): "How long do you retain customer data after account
    // termination?" got each class's retention ("Documents: until deleted"), which says nothing of the end of the
    // contract; the deletion promise does.
    for (const question of [
      'How long do you retain customer data after account termination?',
      'Data retention period after contract termination.',
      'When the contract ends, how long do you keep our prompts?',
    ])
      expect(asksAboutTermination(question), question).toBe(true);
    for (const question of [
      'What is your data retention schedule for customer content?',
      'Are access rights revoked promptly when an employee leaves?',
    ])
      expect(asksAboutTermination(question), question).toBe(false);
    const map = {
      organization: {
        name: 'Tiny AI',
        stage: 'seed' as const,
        commitments: { deletionWithin: '30d', deletionAfter: 'termination' as const },
      },
      dataClasses: [
        {
          ...DOCS,
          retention: 'until-deleted',
          deletion: { mechanism: 'the offboarding job deletes rows and files', sla: '30d' },
        },
      ],
      components: [docsStore('db')],
    };
    const model = tinyModel(map);
    const results = runChecks(model).results;
    const after = composeAnswer('data-retention', { model, results, about: 'termination' });
    expect(after).toMatchObject({
      answer: {
        text: expect.stringContaining('Customer data is deleted within 30 days of the end of the contract.'),
      },
    });
    // Asked as a schedule, the schedule.
    expect(composeAnswer('data-retention', { model, results })).toMatchObject({
      answer: { text: expect.stringContaining('Documents: until deleted') },
    });
    // With no promise on record, the answer says the end of the contract is not on record rather than a schedule.
    const unpromised = tinyModel({ ...map, organization: { name: 'Tiny AI', stage: 'seed' } });
    const said = composeAnswer('data-retention', {
      model: unpromised,
      results: runChecks(unpromised).results,
      about: 'termination',
    });
    expect(said).toMatchObject({
      answer: {
        text: expect.stringContaining(
          "Not yet on record: how we delete all of a customer's data when the contract ends",
        ),
      },
    });
    expect(said).not.toMatchObject({ answer: { yesNo: 'Yes' } });
  });

  it('answers whether model providers keep prompts from their terms, not from our retention (tprm-D.3)', () => {
    // search_with_lepton, pdftochat (2026-12-06): "Do third-party model providers retain prompts or outputs for any
    // purpose, including abuse monitoring?" got how long we keep them.
    for (const question of [
      'Do third-party model providers retain prompts or outputs for any purpose, including abuse monitoring?',
      'Does your LLM provider keep our prompts for abuse monitoring, and for how many days?',
    ])
      expect(asksAboutProviderRetention(question), question).toBe(true);
    for (const question of ['How long do you keep our prompts?', 'Which model providers do you use?'])
      expect(asksAboutProviderRetention(question), question).toBe(false);
    const model = tinyModel({
      dataClasses: [{ ...prompts, retention: '30d' }],
      components: [apiServer],
      subprocessors: [{ ...openaiChat, terms: { training: 'never', retention: 'zero' } }],
    });
    const results = runChecks(model).results;
    const asked = composeAnswer('ai-prompt-retention', { model, results, about: 'provider-retention' });
    const terms = composeAnswer('ai-provider-terms', { model, results });
    if (!('answer' in asked) || !('answer' in terms)) throw new Error('expected answers');
    expect(asked.answer.text).toBe(terms.answer.text);
    // The terms' own Yes or No answered their question, not this one.
    expect(asked.answer.yesNo).toBeUndefined();
  });

  it('answers whether models are shared across customers with what trains on their data before how retrieval keeps them apart (security-Q5)', () => {
    // security-Q5 in every review with the security-review set (2026-12-06): "Are any models, fine-tunes, adapters, or
    // embedding spaces shared across customers …?" got the isolation paragraph alone, which says nothing of models.
    for (const question of [
      "Are any models, fine-tunes, adapters, or embedding spaces shared across customers or built from more than one customer's data? If so, describe.",
      "Are fine-tuned models or adapters trained on one customer's data ever shared with other customers?",
      'Do you build customer-specific models?',
    ])
      expect(asksAboutSharedModels(question), question).toBe(true);
    for (const question of [
      'How do you keep one customer’s documents out of another customer’s search results?',
      'Which model providers do you use?',
      'Do you share customer data with third parties?',
    ])
      expect(asksAboutSharedModels(question), question).toBe(false);
    const model = tinyModel({
      organization: PROMISED,
      dataClasses: [DOCS],
      components: [
        docsStore('vectors', {
          kind: 'vector-store',
          tenancy: { model: 'namespace-per-tenant', mechanism: 'a namespace per tenant' },
        }),
      ],
    });
    const results = runChecks(model).results;
    const isolation = composeAnswer('ai-tenant-isolation', { model, results });
    const shared = composeAnswer('ai-tenant-isolation', { model, results, about: 'shared-models' });
    if (!('answer' in isolation) || !('answer' in shared)) throw new Error('expected both answered');
    expect(shared.answer.text).toMatch(/^We do not train or fine-tune models on customer/);
    expect(shared.answer.text).toContain(isolation.answer.text.split('.')[0]!);
    // Held: which deployment serves which customer is not in the map.
    expect(shared.answer.review).toContain(
      'confirm no model or adapter built from one customer’s data serves another',
    );
    expect(shared.answer.yesNo).toBeUndefined();
  });

  it('says no "No" to single sign-on or MFA from some parts while a service of ours holding customer data is silent on its sign-in (zep)', () => {
    // getzep/zep (7de18df): "No. SAML single sign-on is not offered" from the software each customer runs (an MCP
    // server anyone may use, a server taking one shared key), beside the hosted service that holds their data and
    // whose sign-in nobody recorded.
    const map = {
      dataClasses: [DOCS],
      components: [
        docsStore('cloud', { kind: 'api' as const, name: 'Cloud API' }),
        {
          id: 'server',
          name: 'Self-hosted server',
          kind: 'api' as const,
          hosting: 'customer-hosted' as const,
          dataClasses: ['docs'],
          userAuthentication: { methods: ['password' as const], mfa: 'not-offered' as const },
        },
      ],
    };
    const silent = tinyModel(map);
    for (const about of ['saml', undefined] as const) {
      const composed = composeAnswer('customer-sso', {
        model: silent,
        results: [],
        ...(about ? { about } : {}),
      });
      if (!('answer' in composed)) throw new Error('expected an answer');
      expect(composed.answer.yesNo, about).toBeUndefined();
      expect(composed.answer.text).not.toContain('single sign-on is not offered');
      expect(composed.answer.review).toContain(
        '`cloud` handles customer data and does not say how its users sign in',
      );
    }
    const mfa = composeAnswer('mfa', { model: silent, results: [], about: 'users' });
    expect(mfa).toMatchObject({ answer: { review: expect.stringContaining('`cloud`') } });
    expect(mfa).not.toMatchObject({ answer: { yesNo: 'No' } });
    // search_with_lepton (0a2fe37): a hosted API of ours that only our backend calls is no door people use: the
    // backend's own sign-in answers ("No. SAML single sign-on is not offered", sent as is by its reviewer).
    const behind = tinyModel({
      dataClasses: [DOCS],
      components: [
        docsStore('backend', {
          kind: 'api' as const,
          name: 'Backend',
          userAuthentication: { methods: ['password' as const] },
        }),
        docsStore('search', { kind: 'api' as const, name: 'Search API' }),
      ],
      flows: [{ id: 'ask', from: 'backend', to: 'search', dataClasses: ['docs'], purpose: 'retrieval' }],
    });
    expect(composeAnswer('customer-sso', { model: behind, results: [], about: 'saml' })).toMatchObject({
      answer: { yesNo: 'No' },
    });
    // Once it says its sign-in, the parts decide.
    const said = tinyModel({
      ...map,
      components: [
        docsStore('cloud', {
          kind: 'api' as const,
          name: 'Cloud API',
          userAuthentication: { methods: ['password' as const] },
        }),
        map.components[1]!,
      ],
    });
    expect(composeAnswer('customer-sso', { model: said, results: [], about: 'saml' })).toMatchObject({
      answer: { yesNo: 'No', text: expect.stringContaining('SAML single sign-on is not offered.') },
    });
  });

  it('keeps retrieval that no model or retrieval store is part of off the AI path (linkwarden)', () => {
    // linkwarden (7550ebb): favicon lookups of bookmarked URLs and its bookmark search, mapped `retrieval`, were "the AI
    // path" beside the tagging worker's model calls, in an answer sent as ready.
    const text = answerOf(
      'ai-data-lineage',
      tinyModel({
        dataClasses: [
          { id: 'urls', name: 'Bookmarked URLs', category: 'customer-content', tenantScoped: true },
          { id: 'pages', name: 'Archived pages', category: 'customer-content', tenantScoped: true },
          {
            id: 'prompts',
            name: 'Tagging prompts',
            category: 'prompts',
            tenantScoped: true,
            derivedFrom: ['pages'],
          },
        ],
        components: [
          { id: 'web', name: 'Web app', kind: 'service' },
          { id: 'worker', name: 'Worker', kind: 'service' },
          { id: 'search', name: 'Search index', kind: 'datastore', dataClasses: ['urls'] },
        ],
        subprocessors: [
          openaiChat,
          {
            id: 'icons',
            vendor: 'Google',
            service: 'Favicon service',
            purpose: 'Icons',
            dataClasses: ['urls'],
          },
        ],
        flows: [
          { id: 'tag', from: 'worker', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' },
          { id: 'icon', from: 'web', to: 'icons', dataClasses: ['urls'], purpose: 'retrieval' },
          { id: 'find', from: 'web', to: 'search', dataClasses: ['urls'], purpose: 'retrieval' },
          { id: 'index', from: 'worker', to: 'search', dataClasses: ['pages'], purpose: 'ingestion' },
        ],
      }),
    ).text;
    expect(text).not.toContain('Favicon');
    expect(text).not.toMatch(/Web app to Search index/);
    // What the prompts are made from is on it: the archived pages indexed by the worker.
    expect(text).toContain('Search index');
  });

  it('puts a parsing step on the AI path wherever it goes, from where the data enters (quivr: MegaParse)', () => {
    const text = answerOf(
      'ai-data-lineage',
      tinyModel({
        dataClasses: [DOCS],
        components: [
          { id: 'lib', name: 'RAG library', kind: 'service', dataClasses: ['docs'], retention: 'zero' },
          { id: 'parser', name: 'MegaParse', kind: 'service', dataClasses: ['docs'], retention: 'zero' },
          { id: 'index', name: 'FAISS index', kind: 'vector-store', dataClasses: ['docs'] },
        ],
        flows: [
          { id: 'store', from: 'lib', to: 'index', dataClasses: ['docs'], purpose: 'retrieval' },
          { id: 'parse', from: 'lib', to: 'parser', dataClasses: ['docs'], purpose: 'ingestion' },
        ],
      }),
    ).text;
    expect(text).toContain('MegaParse (ingestion)');
    expect(text).toContain('FAISS index (retrieval)');
  });

  it('writes the AI path as the map has it: counts, conditions, every vendor the same data reaches', () => {
    const model = tinyModel({
      dataClasses: [prompts],
      components: [apiServer],
      subprocessors: [
        openaiChat,
        { id: 'exa', vendor: 'Exa', service: 'Search API', purpose: 'Web search', dataClasses: ['prompts'] },
      ],
      flows: [
        {
          id: 'api-openai',
          from: 'api',
          to: 'openai',
          dataClasses: ['prompts'],
          purpose: 'inference',
          condition: { kind: 'other', description: 'only when the operator sets an API key' },
        },
        { id: 'api-exa', from: 'api', to: 'exa', dataClasses: ['prompts'], purpose: 'retrieval' },
      ],
    });
    const text = answerOf('ai-data-lineage', model).text;
    // No discovery ran for this model: the inventory is not said to be checked against the code.
    expect(text).toBe(
      'We keep an inventory of 1 component, 2 sub-processors and 2 data flows. The AI path: from API server to OpenAI API (inference, only when the operator sets an API key); to Exa Search API (retrieval).',
    );
    // LibreChat (0ab3414): the path opened at its RAG API; the server's flow into it, which carries the documents
    // the RAG API embeds with OpenAI, was left out.
    const fed = answerOf('ai-data-lineage', {
      ...tinyModel({
        dataClasses: [prompts],
        components: [apiServer, { id: 'rag', name: 'RAG API', kind: 'service', dataClasses: ['prompts'] }],
        subprocessors: [openaiChat],
        flows: [
          { id: 'rag-openai', from: 'rag', to: 'openai', dataClasses: ['prompts'], purpose: 'embedding' },
          { id: 'api-rag', from: 'api', to: 'rag', dataClasses: ['prompts'], purpose: 'embedding' },
        ],
      }),
    }).text;
    expect(fed).toContain(
      'The AI path: from API server to RAG API (embedding). From RAG API to OpenAI API (embedding).',
    );
    // LibreChat and RAGFlow, answered with --map on a folder holding only the map: the scan read no file.
    const found = (provider: string, name: string) => ({
      id: provider,
      provider,
      name,
      category: 'llm-api' as const,
      hosting: 'vendor-hosted' as const,
      confidence: 'high' as const,
      status: 'used' as const,
      evidence: [{ file: 'src/app.py', line: 1, col: 1, signal: 'import' as const, snippet: 'import x' }],
    });
    const scannedAnswer = (files: number, findings: ReturnType<typeof found>[] = []) =>
      answerOf('ai-data-lineage', {
        ...model,
        discovery: {
          root: '/m',
          findings,
          facts: [],
          tables: [],
          skipped: [],
          stats: { files, bytes: 0, durationMs: 0 },
        },
      });
    const scanned = (files: number, findings: ReturnType<typeof found>[] = []) =>
      scannedAnswer(files, findings).text;
    expect(scanned(0)).toContain('2 data flows. The AI path');
    // SurfSense: what discovery did not find was said with the claim; Casibase, vercel/ai-chatbot, Autoflow: three of
    // four such names were discovery's misses, in an answer sent without review. No claim; the note asks.
    expect(scanned(12)).toContain('2 data flows. The AI path');
    expect(scannedAnswer(12).review).toBe(
      'discovery did not find Exa Search API and OpenAI API in the code: confirm each is still used (or that the scan missed them) before saying the inventory is checked against our code',
    );
    expect(scanned(12, [found('openai', 'OpenAI API'), found('exa', 'Exa')])).toContain(
      '2 data flows; the vendors and stores it names are checked against our code. The AI path',
    );
  });

  it('follows what the AI path carries to our own stores and sinks, names the vendor running a component, and leaves sign-in off it', () => {
    // R2R: uploads kept in PostgreSQL, and PrivateGPT: prompts sent to a tracing server we run, were left out of a
    // lineage answer sent without review; R2R's sign-in with Google (user accounts in, no AI step) opened "the AI
    // path"; Chatbot UI's stores all ran at Supabase, unnamed, where the question asks for every third party.
    const accounts = {
      id: 'accounts',
      name: 'User accounts',
      category: 'personal-data',
      tenantScoped: true,
    } as const;
    const text = answerOf(
      'ai-data-lineage',
      tinyModel({
        dataClasses: [prompts, accounts],
        components: [
          { ...apiServer, dataClasses: ['prompts', 'accounts'] },
          {
            id: 'db',
            name: 'Application database',
            kind: 'datastore',
            subprocessor: 'supabase',
            dataClasses: ['prompts'],
          },
          {
            id: 'traces',
            name: 'Tracing server',
            kind: 'log-sink',
            hosting: 'self-hosted',
            dataClasses: ['prompts'],
          },
        ],
        subprocessors: [
          openaiChat,
          {
            id: 'supabase',
            vendor: 'Supabase',
            service: 'Postgres',
            purpose: 'Database hosting',
            dataClasses: ['prompts'],
          },
          {
            id: 'google',
            vendor: 'Google',
            service: 'Sign-In',
            purpose: 'Sign-in',
            dataClasses: ['accounts'],
          },
        ],
        flows: [
          { id: 'api-openai', from: 'api', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' },
          { id: 'api-db', from: 'api', to: 'db', dataClasses: ['prompts'], purpose: 'storage' },
          {
            id: 'api-traces',
            from: 'api',
            to: 'traces',
            dataClasses: ['prompts'],
            purpose: 'logging',
            condition: { kind: 'other', description: 'when tracing is enabled' },
          },
          { id: 'sign-in', from: 'google', to: 'api', dataClasses: ['accounts'], purpose: 'support' },
        ],
      }),
    ).text;
    expect(text).toContain('to Application database (Supabase) (storage)');
    expect(text).toContain('to Tracing server (logging, only when tracing is enabled)');
    expect(text).not.toContain('Sign-In');
    expect(text).toMatch(/The AI path: from API server to /);
  });

  it('names model providers apart from other AI services where the flows tell them apart', () => {
    // gpt-researcher: a web-search API and a tracing tool were listed to "name every foundation model vendor".
    const model = tinyModel({
      dataClasses: [prompts],
      components: [apiServer],
      subprocessors: [
        openaiChat,
        {
          id: 'tavily',
          vendor: 'Tavily',
          service: 'Search API',
          purpose: 'Web search',
          ai: true,
          dataClasses: ['prompts'],
        },
      ],
      flows: [
        { id: 'a', from: 'api', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' },
        { id: 'b', from: 'api', to: 'tavily', dataClasses: ['prompts'], purpose: 'retrieval' },
      ],
    });
    expect(answerOf('ai-model-providers', model).text).toBe(
      'Model providers: OpenAI API: chat models. Other AI services: Tavily Search API: web search. We host no models ourselves.',
    );
  });

  it('answers where training data comes from when nothing trains, unless an unconfirmed entry may', () => {
    // gpt-researcher: blank, with a note asking for the provenance of training data that does not exist.
    const answer = answerOf(
      'ai-training-data-provenance',
      tinyModel({
        organization: PROMISED,
        dataClasses: [prompts],
        components: [{ id: 'api', kind: 'service', dataClasses: ['prompts'] }],
      }),
    );
    expect(answer.text).toBe(
      'Nothing in our system trains or fine-tunes models, so we hold no training datasets of our own.',
    );
    // With no promise, an absence in the map is no statement: the words are a draft in what to add (morphik-core,
    // whose API advertises fine-tuned embeddings).
    const unpromised = composeAnswer('ai-training-data-provenance', {
      model: tinyModel({
        dataClasses: [prompts],
        components: [{ id: 'api', kind: 'service', dataClasses: ['prompts'] }],
      }),
      results: [],
    });
    expect(unpromised).toEqual({
      missing: expect.stringContaining(
        'no promise says so: confirm that nothing outside the map trains models on customer data, then record `organization.commitments.noTrainingOnCustomerData`. Once confirmed, the answer would read: "Nothing in our system trains',
      ),
    });
    const proposed = composeAnswer('ai-training-data-provenance', {
      model: tinyModel({
        organization: PROMISED,
        dataClasses: [prompts],
        components: [{ id: 'api', kind: 'service', status: 'proposed', dataClasses: ['prompts'] }],
      }),
      results: [],
    });
    expect('answer' in proposed && proposed.answer.proposed).toEqual(['components/api']);
  });

  it('writes lists and store lines a reader can count', () => {
    expect(joinList(['Report store', 'Report files and logs', 'Upload folder'])).toBe(
      'Report store, Report files and logs, and Upload folder',
    );
    expect(joinList(['OpenAI', 'Anthropic', 'Cohere'])).toBe('OpenAI, Anthropic and Cohere');
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'bucket',
          name: 'Image storage',
          kind: 'object-store',
          dataClasses: ['docs'],
          tenancy: { model: 'shared', mechanism: 'readable by anyone with the URL' },
        },
        {
          id: 'db',
          name: 'Database',
          kind: 'datastore',
          dataClasses: ['docs'],
          tenancy: { model: 'row-level-security' },
        },
      ],
    });
    const text = answerOf('tenant-segregation', model).text;
    expect(text).toContain('Image storage: shared, with no separation (readable by anyone with the URL)');
    // Untested is the reviewer's to hear, not a claim to the buyer (Onyx tests it in its own suite).
    expect(text).not.toContain('not yet tested');
    expect(answerOf('tenant-segregation', model).review).toContain('no live probe has tested db');
    expect(text).not.toContain('none yet');
    // The check's words for a shared store keep what the map says of it (DocsGPT's cache).
    const shared = runChecks(model).results.find(
      (result) => result.checkId === 'tenant-isolation' && result.subject.id === 'bucket',
    );
    expect(shared?.plain).toBe(
      "Image storage does not separate customers' data (readable by anyone with the URL)",
    );
  });

  it('says where logs go, not a bare component name', () => {
    const text = answerOf(
      'logging-monitoring',
      tinyModel({
        components: [
          { id: 'server', name: 'Khoj server', kind: 'service', logging: { enabled: true, sink: 'logs' } },
          { id: 'logs', name: 'Server logs', kind: 'log-sink' },
        ],
      }),
    ).text;
    expect(text).toBe(
      'Logging is enabled on Khoj server (sent to Server logs). No monitoring or alerting is on record yet. Log retention: Server logs: not yet on record.',
    );
    // mem0 (8d5b7865b): the sink in a clause of its own, not glued to the end of the mechanism's sentence.
    const mem0 = answerOf(
      'logging-monitoring',
      tinyModel({
        components: [
          {
            id: 'server',
            name: 'Memory server',
            kind: 'service',
            logging: {
              enabled: true,
              mechanism: 'Request log rows; memory text goes to standard output.',
              sink: 'db',
            },
          },
          { id: 'db', name: 'Application database', kind: 'datastore' },
        ],
      }),
    ).text;
    expect(mem0).toContain(
      'Logging is enabled on Memory server (Request log rows; memory text goes to standard output; sent to Application database).',
    );
    // LibreChat (0ab3414): its logs rotate after 14 days; "security log retention period" was blank.
    const sink = answerOf(
      'logging-monitoring',
      tinyModel({
        components: [{ id: 'logs', name: 'Application logs', kind: 'log-sink', retention: '14d' }],
      }),
    );
    expect(sink.text).toBe(
      'Logs are kept in Application logs. No monitoring or alerting is on record yet. Log retention: Application logs: 14 days.',
    );
    expect(sink.review).toContain('no component has logging enabled');
    // FastGPT (0526411c0): the logs go to a collection in the app's database, which keeps documents until deleted.
    const collection = answerOf(
      'logging-monitoring',
      tinyModel({
        dataClasses: [
          DOCS,
          { id: 'app-logs', name: 'Application logs', category: 'telemetry', tenantScoped: false },
        ],
        components: [
          { id: 'api', name: 'API', kind: 'service', logging: { enabled: true, sink: 'mongo' } },
          {
            id: 'mongo',
            name: 'MongoDB',
            kind: 'datastore',
            dataClasses: ['docs', 'app-logs'],
            retention: { docs: 'until-deleted', 'app-logs': '30d' },
          },
        ],
      }),
    );
    expect(collection.text).toBe(
      'Logging is enabled on API (sent to MongoDB). No monitoring or alerting is on record yet. Log retention: MongoDB (Application logs): 30 days.',
    );
    expect(collection.sources.map((source) => ('pointer' in source ? source.pointer : ''))).toContain(
      'components/mongo/retention/app-logs',
    );
    // With no log class on record there, how long it keeps logs is not said from its other data.
    const unknown = answerOf(
      'logging-monitoring',
      tinyModel({
        dataClasses: [DOCS],
        components: [
          { id: 'api', name: 'API', kind: 'service', logging: { enabled: true, sink: 'mongo' } },
          { id: 'mongo', name: 'MongoDB', kind: 'datastore', dataClasses: ['docs'], retention: '30d' },
        ],
      }),
    );
    expect(unknown.text).toContain('Log retention: MongoDB: not yet on record.');
    // Onyx (a7d66a8): a usage-telemetry endpoint mapped as a log sink, reached only by analytics, keeps no logs.
    const telemetry = composeAnswer('logging-monitoring', {
      model: tinyModel({
        dataClasses: [{ id: 'usage', name: 'Usage records', category: 'telemetry', tenantScoped: false }],
        components: [
          { id: 'api', name: 'API', kind: 'service' },
          {
            id: 'usage-endpoint',
            name: 'Usage telemetry endpoint',
            kind: 'log-sink',
            dataClasses: ['usage'],
          },
        ],
        flows: [
          { id: 'usage', from: 'api', to: 'usage-endpoint', dataClasses: ['usage'], purpose: 'analytics' },
        ],
      }),
      results: [],
    });
    expect(telemetry).toHaveProperty('missing');
  });

  it('says LLM tracing as tracing, under its conditions, and monitoring without alerts as monitoring', () => {
    // PrivateGPT (ab89a0d): "Logs are kept in Arize Phoenix tracing (optional)" answered questions about security
    // logs, where tracing is off unless the operator turns it on.
    const traced = answerOf(
      'logging-monitoring',
      tinyModel({
        dataClasses: [{ id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true }],
        components: [
          { id: 'api', name: 'API', kind: 'service', dataClasses: ['prompts'] },
          { id: 'phoenix', name: 'Phoenix', kind: 'log-sink', provider: 'arize', dataClasses: ['prompts'] },
        ],
        flows: [
          {
            id: 'trace',
            from: 'api',
            to: 'phoenix',
            dataClasses: ['prompts'],
            purpose: 'logging',
            condition: { kind: 'other', description: 'when observability.mode is arize_phoenix' },
          },
        ],
      }),
    );
    expect(traced.text).toBe(
      'No logging is on record yet. Prompts and model answers are traced in Phoenix, only when observability.mode is arize_phoenix. No monitoring or alerting is on record yet.',
    );
    // A sink given prompts and no telemetry is a trace store, and a log of ours all the same.
    const promptLog = (sink: { name: string; retention?: 'indefinite' }) =>
      answerOf(
        'logging-monitoring',
        tinyModel({
          dataClasses: [{ id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true }],
          components: [{ id: 'log', kind: 'log-sink', dataClasses: ['prompts'], ...sink }],
        }),
      );
    // vercel/ai-chatbot (9d5d8a3), its OpenTelemetry export: "no logging" is not said beside it.
    expect(promptLog({ name: 'OpenTelemetry traces' }).text).toBe(
      'Prompts are logged in OpenTelemetry traces. No monitoring or alerting is on record yet.',
    );
    // gpt-researcher (5d84d2f5): its log file keeps prompts and answers indefinitely, which is said.
    expect(promptLog({ name: 'Application log file', retention: 'indefinite' }).text).toBe(
      'Prompts are logged in Application log file. No monitoring or alerting is on record yet. Log retention: Application log file: indefinitely.',
    );
    // karakeep (7ca5ee2): its server log keeps the tags a model chose, never the prompt; what a log keeps is said
    // from its classes ("Prompts and model answers are traced in Server logs" was false in 7 answers).
    const answersOnly = answerOf(
      'logging-monitoring',
      tinyModel({
        dataClasses: [
          { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true },
          { id: 'tags', name: 'AI tags', category: 'model-outputs', tenantScoped: true },
        ],
        components: [
          { id: 'app', name: 'App', kind: 'service', dataClasses: ['prompts', 'tags'] },
          { id: 'log', name: 'Server logs', kind: 'log-sink', dataClasses: ['tags'] },
          { id: 'both', name: 'Trace file', kind: 'log-sink', dataClasses: ['prompts', 'tags'] },
        ],
      }),
    ).text;
    expect(answersOnly).toContain('Model answers are logged in Server logs.');
    expect(answersOnly).toContain('Prompts and model answers are logged in Trace file.');
    expect(answersOnly).not.toMatch(/Prompts and model answers are \w+ in Server logs/);
    // Plane (4ca6d6c): its API request log keeps each request 30 days, by the class's policy; the store says nothing,
    // and "not yet on record" was false in 7 answers.
    const policy = answerOf(
      'logging-monitoring',
      tinyModel({
        dataClasses: [
          {
            id: 'requests',
            name: 'API request logs',
            category: 'telemetry',
            tenantScoped: true,
            retention: '30d',
          },
        ],
        components: [{ id: 'db', name: 'Database', kind: 'datastore', dataClasses: ['requests'] }],
      }),
    );
    expect(policy.text).toContain(
      'Log retention: Database (API request logs): 30 days (our retention policy).',
    );
    expect(policy.sources.flatMap((source) => (source.kind === 'map' ? [source.pointer] : []))).toContain(
      'dataClasses/requests/retention',
    );
    // Casibase (7757288): Prometheus metrics were "Monitoring and alerting", beside the map's "no alerting".
    const monitored = (mechanism: string) =>
      answerOf(
        'logging-monitoring',
        tinyModel({
          components: [
            {
              id: 'app',
              name: 'App',
              kind: 'service',
              logging: { enabled: true, mechanism: 'request table' },
              monitoring: { enabled: true, mechanism },
            },
          ],
        }),
      );
    const metrics = monitored('Prometheus metrics only; no alerting');
    expect(metrics.text).toContain('Monitoring covers App (Prometheus metrics only; no alerting).');
    expect(metrics.review).toContain('does not say it raises alerts');
    const paged = monitored('Grafana dashboards, alerts page the on-call engineer');
    expect(paged.text).toContain('Monitoring and alerting cover App');
    expect(paged.review).toBeUndefined();
  });
});

// private-gpt (ab89a0d), reviewed on 2026-12-04 after the fixes above.
describe('private-gpt', () => {
  const openai = {
    id: 'openai',
    vendor: 'OpenAI',
    service: 'API',
    purpose: 'Chat completions and embeddings',
    ai: true,
    dataClasses: ['messages', 'answers'],
  };
  const model = (
    vendors: NonNullable<SystemMapInput['subprocessors']> = [openai],
    retention: string | Record<string, string> = '1h',
  ) =>
    tinyModel({
      tenancy: { trainingDefault: 'opt-in' },
      dataClasses: [
        { id: 'messages', name: 'Chat messages', category: 'prompts', tenantScoped: true, retention: 'zero' },
        {
          id: 'answers',
          name: 'Generated answers',
          category: 'model-outputs',
          tenantScoped: true,
          retention: '1h',
        },
      ],
      components: [
        {
          id: 'api',
          name: 'API server',
          kind: 'service',
          dataClasses: ['messages', 'answers'],
          retention,
        },
      ],
      subprocessors: vendors,
    });

  it('says a model provider’s retention is undocumented beside "not kept", and names the class kept too long', () => {
    const answer = answerOf('ai-prompt-retention', model());
    expect(answer.text).toBe(
      'How long we keep them: Chat messages: not kept; Generated answers: 1 hour. Exception: API server keeps Chat messages for 1 hour. How long OpenAI keeps what we send is not yet documented.',
    );
    expect(answer.review).toContain('record `terms.retention` for openai');
    const zero = answerOf(
      'ai-prompt-retention',
      model([{ ...openai, terms: { retention: 'zero', training: 'never' } }]),
    );
    expect(zero.text).toContain('Our model providers keep nothing we send, under their terms: OpenAI.');
    // "Zero data retention" names an agreement: said only where the map records one (localGPT, anthropic-quickstarts).
    const agreed = answerOf(
      'ai-prompt-retention',
      model([{ ...openai, terms: { retention: 'zero', training: 'never', zeroDataRetention: true } }]),
    );
    expect(agreed.text).toContain('Our model providers keep nothing we send (zero data retention): OpenAI.');
    const kept = answerOf(
      'ai-prompt-retention',
      model([{ ...openai, terms: { retention: '30d', training: 'never' } }]),
    );
    expect(kept.text).toContain('OpenAI keeps what we send for 30 days.');
  });

  it('says what the server keeps per class when the map gives it per class', () => {
    // The server streams answers and keeps them an hour; it keeps no chat messages. One duration for the component
    // had said it "keeps Chat messages for 1 hour".
    const answer = answerOf('ai-prompt-retention', model([openai], { messages: 'zero', answers: '1h' }));
    expect(answer.text).toBe(
      'How long we keep them: Chat messages: not kept; Generated answers: 1 hour. How long OpenAI keeps what we send is not yet documented.',
    );
    const longer = answerOf('ai-prompt-retention', model([openai], { messages: '1d', answers: '30d' }));
    expect(longer.text).toContain(
      'Exception: API server keeps Chat messages for 1 day and Generated answers for 30 days.',
    );
  });

  it('says one sub-processor, and keeps the providers’ training caveat beside "no opt-in to give"', () => {
    expect(answerOf('subprocessors', model()).text).toMatch(/^We use 1 sub-processor: /);
    const optIn = answerOf('ai-training-opt-in', model());
    expect(optIn.text).toBe(
      'We do not train models on customer data: nothing in our system trains models, so there is nothing to opt in to. Of our AI providers, whether OpenAI trains on it is not yet documented.',
    );
    expect(optIn.review).toContain('openai');
  });
});

// LibreChat (0ab3414) and RAGFlow (b1b8cd6), reviewed on 2026-12-04 from maps confirmed against their code.
describe('LibreChat and RAGFlow', () => {
  const prompts = { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true } as const;
  const vendor = (id: string, name: string, service: string, purpose: string) => ({
    id,
    vendor: name,
    service,
    purpose,
    ai: true,
    dataClasses: ['prompts'],
    regions: ['us'],
  });

  it('answers "do you train on our data?" from the confirmed map when only the starter promise is proposed', () => {
    const map = {
      organization: {
        name: 'Tiny AI',
        stage: 'seed' as const,
        commitments: { status: 'proposed' as const, noTrainingOnCustomerData: true },
      },
      tenancy: { trainingDefault: 'opt-in' as const },
      dataClasses: [prompts],
      components: [{ id: 'api', kind: 'service' as const, dataClasses: ['prompts'] }],
    };
    const composed = composeAnswer('ai-training-on-customer-data', { model: tinyModel(map), results: [] });
    expect('answer' in composed && (composed.answer.proposed ?? [])).toEqual([]);
    expect('answer' in composed && composed.answer.text).toBe(
      'We do not train or fine-tune models on customer content: nothing in our system trains models.',
    );
    // Where the promise is all there is, the answer still rests on it, and waits for it.
    const only = composeAnswer('ai-training-on-customer-data', {
      model: tinyModel({ ...map, tenancy: undefined }),
      results: [],
    });
    expect('answer' in only && only.answer.proposed).toEqual(['organization/commitments']);
  });

  it('answers deletion from the confirmed mechanisms while the starter promise is proposed', () => {
    const docs = {
      ...DOCS,
      deletion: { mechanism: 'Deleting a document removes its file and chunks.', automated: true },
    };
    const map = {
      organization: {
        name: 'Tiny AI',
        stage: 'seed' as const,
        commitments: { status: 'proposed' as const, deletionWithin: '30d' },
      },
      dataClasses: [docs],
    };
    const composed = composeAnswer('data-deletion', { model: tinyModel(map), results: [] });
    expect('answer' in composed && composed.answer.text).toBe(
      "Documents: Deleting a document removes its file and chunks. Not yet on record: how we delete all of a customer's data when the contract ends.",
    );
    // anything-llm scopes nothing to tenants (one install, one customer): its users' documents are customer data.
    const single = composeAnswer('data-deletion', {
      model: tinyModel({ ...map, dataClasses: [{ ...docs, tenantScoped: false }] }),
      results: [],
    });
    expect('answer' in single && (single.answer.proposed ?? [])).toEqual([]);
  });

  it('says no certification or SOC 2 report only where the map lists its audits, not from silence', () => {
    // inbox-zero (4f70dce), Onyx (a7d66a8): a map with SOC 2 as a target and no `audits` answered "We do not have a
    // SOC 2 report yet" to 15 questions, beside a site saying the company is SOC 2 compliant.
    const organization = { name: 'Tiny AI', stage: 'seed' as const, frameworks: ['soc2' as const] };
    for (const topic of ['certifications', 'soc2-report']) {
      const unsaid = composeAnswer(topic, { model: tinyModel({ organization }), results: [] });
      expect(unsaid, topic).toMatchObject({ missing: expect.stringContaining('`audits: []`') });
    }
    const none = tinyModel({ organization: { ...organization, audits: [] } });
    expect(answerOf('certifications', none)).toMatchObject({
      yesNo: 'No',
      text: 'We hold no formal certification or audit report yet. We are working towards SOC 2.',
    });
    expect(answerOf('certifications', none).review).toBeUndefined();
    expect(answerOf('soc2-report', none)).toMatchObject({
      yesNo: 'No',
      text: 'We do not have a SOC 2 report yet; SOC 2 is one of our target frameworks.',
    });
  });

  it('names each company once among the providers whose training terms are not on record', () => {
    const text = answerOf(
      'ai-training-opt-in',
      tinyModel({
        tenancy: { trainingDefault: 'opt-in' },
        dataClasses: [prompts],
        components: [{ id: 'api', kind: 'service', dataClasses: ['prompts'] }],
        subprocessors: [
          vendor('gemini', 'Google', 'Gemini API', 'Chat models'),
          vendor('vertex', 'Google', 'Vertex AI', 'Chat models'),
        ],
      }),
    ).text;
    expect(text).toContain('whether Google trains on it is not yet documented');
  });

  it('names at most six providers in a sentence about something else, and counts the rest', () => {
    // RAGFlow (b1b8cd6): 54 optional providers named in full in "do you train on our data?".
    const many = Array.from({ length: 10 }, (_, i) => vendor(`p${i}`, `Provider ${i}`, 'API', 'Chat models'));
    const text = answerOf(
      'ai-training-opt-in',
      tinyModel({
        tenancy: { trainingDefault: 'opt-in' },
        dataClasses: [prompts],
        components: [{ id: 'api', kind: 'service', dataClasses: ['prompts'] }],
        subprocessors: many,
      }),
    ).text;
    expect(text).toContain(
      '10 have no terms on record yet saying whether they train on it (Provider 0, Provider 1, Provider 2, Provider 3, Provider 4, Provider 5 and 4 more)',
    );
    expect(joinSome(['A', 'B', 'C'], 2)).toBe('A, B and C');
    expect(joinSome(['A', 'B', 'C', 'D'], 2, 'or', 'more on our sub-processor list')).toBe(
      'A, B or 2 more on our sub-processor list',
    );
  });

  it('says a provider reached only under a condition with its condition (anything-llm: one of 25, picked by an admin)', () => {
    const when = { kind: 'other' as const, description: 'only when an administrator selects it.' };
    const input: Parameters<typeof tinyModel>[0] = {
      dataClasses: [prompts],
      components: [{ id: 'api', kind: 'service', dataClasses: ['prompts'] }],
      subprocessors: [
        vendor('groq', 'Groq', 'API', 'Chat models'),
        vendor('mistral', 'Mistral AI', 'API', 'Chat models'),
        vendor('posthog', 'PostHog', 'Product analytics', 'Usage telemetry'),
      ],
      flows: [
        {
          id: 'groq',
          from: 'api',
          to: 'groq',
          dataClasses: ['prompts'],
          purpose: 'inference',
          condition: when,
        },
        {
          id: 'mistral',
          from: 'api',
          to: 'mistral',
          dataClasses: ['prompts'],
          purpose: 'inference',
          condition: when,
        },
        { id: 'posthog', from: 'api', to: 'posthog', dataClasses: ['prompts'], purpose: 'analytics' },
      ],
    };
    const model = tinyModel(input);
    expect(answerOf('subprocessors', model).text).toBe(
      'We use 3 sub-processors, 2 of them only under the condition given: Groq API and Mistral AI API: chat models, only when an administrator selects it (data: Prompts; location: us); PostHog Product analytics: usage telemetry (data: Prompts; location: us).',
    );
    expect(answerOf('ai-model-providers', model).text).toContain(
      'Model providers: Groq API and Mistral AI API: chat models, only when an administrator selects it (location: us).',
    );
    // LibreChat: a vendor no flow reaches whose purpose says its condition is counted among the conditional ones.
    const firecrawl = tinyModel({
      ...input,
      subprocessors: [
        ...(input.subprocessors ?? []),
        vendor('firecrawl', 'Firecrawl', 'API', 'Scrapes pages when the operator enables web search'),
      ],
    });
    expect(answerOf('subprocessors', firecrawl).text).toMatch(
      /^We use 4 sub-processors, 3 of them only under the condition given: /,
    );
    // R2R (9c5a94d): sign-in with Google sends us user accounts only when a client id is set; the flow runs from the
    // vendor, and the vendor was counted as always handling data.
    const signIn = tinyModel({
      ...input,
      subprocessors: [...(input.subprocessors ?? []), vendor('google', 'Google', 'Sign-In', 'Sign-in')],
      flows: [
        ...(input.flows ?? []),
        {
          id: 'sign-in',
          from: 'google',
          to: 'api',
          dataClasses: ['prompts'],
          purpose: 'support',
          condition: { kind: 'other', description: 'when GOOGLE_CLIENT_ID is set' },
        },
      ],
    });
    expect(answerOf('subprocessors', signIn).text).toMatch(
      /^We use 4 sub-processors, 3 of them only under the condition given: .*Google Sign-In: sign-in, only when GOOGLE_CLIENT_ID is set/,
    );
    // Phoenix (9478f95): a vendor on "unless" the operator turns it off is on by default, not under a condition.
    const fonts = tinyModel({
      ...input,
      subprocessors: [
        ...(input.subprocessors ?? []),
        vendor(
          'fonts',
          'Google',
          'Google Fonts',
          "Serves the interface's fonts, unless the operator disallows it",
        ),
      ],
    });
    expect(answerOf('subprocessors', fonts).text).toMatch(
      /^We use 4 sub-processors, 2 of them only under the condition given: /,
    );
    // onlook (ab9333d): an option in a second clause is part of the vendor's use, not its condition ("Sign-in with
    // GitHub; optional GitHub App installation" counted among those only under a condition).
    const github = tinyModel({
      ...input,
      subprocessors: [
        ...(input.subprocessors ?? []),
        vendor('github', 'GitHub', 'OAuth', 'Sign-in with GitHub; optional GitHub App installation'),
      ],
    });
    expect(answerOf('subprocessors', github).text).toMatch(
      /^We use 4 sub-processors, 2 of them only under the condition given: /,
    );
    // morphik-core (ab3610c): a vendor reached only through the optional index it runs for us (`subprocessor`) was
    // counted as always receiving data.
    const index = tinyModel({
      ...input,
      components: [
        ...(input.components ?? []),
        { id: 'tpuf-index', kind: 'vector-store', dataClasses: ['prompts'], subprocessor: 'turbopuffer' },
      ],
      subprocessors: [
        ...(input.subprocessors ?? []),
        vendor('turbopuffer', 'turbopuffer', 'Vector search', 'Vector index'),
      ],
      flows: [
        ...(input.flows ?? []),
        {
          id: 'to-index',
          from: 'api',
          to: 'tpuf-index',
          dataClasses: ['prompts'],
          purpose: 'retrieval',
          condition: { kind: 'other', description: 'when the multivector store is set to turbopuffer' },
        },
      ],
    });
    expect(answerOf('subprocessors', index).text).toMatch(
      /^We use 4 sub-processors, 3 of them only under the condition given: .*turbopuffer Vector search: vector index, only when the multivector store is set to turbopuffer/,
    );
    // refly (71f8b87): the host of our web app, reached by no flow, was "only when a tag id is configured or when its
    // key is set", the conditions of the optional analytics calls the web app makes.
    const hosted = tinyModel({
      ...input,
      components: [
        ...(input.components ?? []),
        {
          id: 'web',
          kind: 'service',
          dataClasses: ['prompts'],
          hosting: 'vendor',
          subprocessor: 'cloudflare',
        },
      ],
      subprocessors: [
        ...(input.subprocessors ?? []),
        vendor('cloudflare', 'Cloudflare', 'Pages', 'Hosts the web app'),
        vendor('ga', 'Google', 'Analytics', 'Page views'),
      ],
      flows: [
        ...(input.flows ?? []),
        {
          id: 'web-to-ga',
          from: 'web',
          to: 'ga',
          dataClasses: ['prompts'],
          purpose: 'analytics',
          condition: { kind: 'other', description: 'when a tag id is configured' },
        },
      ],
    });
    const hosts = answerOf('subprocessors', hosted).text;
    expect(hosts).toContain('Cloudflare Pages: hosts the web app (data: Prompts');
    expect(hosts).not.toContain('hosts the web app, only when');
    expect(hosts).toContain('Google Analytics: Page views, only when a tag id is configured');
    // Autoflow (7eb3e1c): the flow's condition carried a code reference the purpose did not, and was said twice.
    const referenced = tinyModel({
      ...input,
      subprocessors: [vendor('sentry', 'Sentry', 'Errors', 'Error monitoring, when SENTRY_DSN is set')],
      flows: [
        {
          id: 'errors',
          from: 'api',
          to: 'sentry',
          dataClasses: ['prompts'],
          purpose: 'logging',
          condition: { kind: 'other', description: 'SENTRY_DSN is set (backend/app/api_server.py:22-28)' },
        },
      ],
    });
    expect(answerOf('subprocessors', referenced).text).toContain(
      'Sentry Errors: error monitoring, when SENTRY_DSN is set (data: Prompts; location: us).',
    );
    // cognita, SurfSense: a purpose that already says the condition is not followed by it again.
    const said = {
      ...model,
      map: {
        ...model.map,
        subprocessors: model.map.subprocessors.map((entry) =>
          entry.id === 'groq'
            ? { ...entry, purpose: 'Chat models, when an administrator selects it' }
            : entry,
        ),
      },
    };
    expect(answerOf('subprocessors', said).text).toContain(
      'Groq API: chat models, when an administrator selects it (data: Prompts; location: us); Mistral AI API: chat models, only when an administrator selects it',
    );
    // DocsGPT: a purpose that says its condition in other words is not followed by the flow's either.
    const worded = {
      ...model,
      map: {
        ...model.map,
        subprocessors: model.map.subprocessors.map((entry) =>
          entry.id === 'groq' ? { ...entry, purpose: 'Chat models if the operator picks Groq' } : entry,
        ),
      },
    };
    expect(answerOf('subprocessors', worded).text).toContain(
      'Groq API: chat models if the operator picks Groq (data: Prompts; location: us);',
    );
  });

  it('counts a long list of providers whose training terms are not on record first (Onyx, quivr)', () => {
    const names = ['OpenAI', 'Anthropic', 'Groq', 'Mistral AI', 'Cohere'];
    const answer = answerOf(
      'ai-training-on-customer-data',
      tinyModel({
        organization: PROMISED,
        dataClasses: [prompts],
        components: [{ id: 'api', kind: 'service', dataClasses: ['prompts'] }],
        subprocessors: names.map((name) =>
          vendor(name.toLowerCase().replace(/ /g, '-'), name, 'API', 'Chat models'),
        ),
      }),
    );
    expect(answer.text).toContain(
      'Of our AI providers, 5 have no terms on record yet saying whether they train on it (OpenAI, Anthropic, Groq, Mistral AI and Cohere).',
    );
  });

  it('answers "do you train on our data?" from the map where nothing trains, with no policy or promise set (LightRAG)', () => {
    const map = {
      dataClasses: [prompts],
      components: [{ id: 'api', kind: 'service' as const, dataClasses: ['prompts'] }],
      subprocessors: [
        {
          ...vendor('openai', 'OpenAI', 'API', 'Chat models'),
          terms: { training: 'never' as const, retention: '30d' },
        },
      ],
    };
    // Read from what the map leaves out, with no promise: a draft for a person to confirm, not an answer
    // (AppFlowy-Cloud 4fb9c92, its reviewer: "rests on the absence of a training flow, not a confirmed commitment";
    // supermemory's backend is not in its repository at all; OpenHands, held for review, was still read as said).
    const unpromised = composeAnswer('ai-training-on-customer-data', { model: tinyModel(map), results: [] });
    expect(unpromised).toEqual({
      missing: expect.stringContaining(
        'no promise says so: confirm that nothing outside the map trains models on customer data, then record `organization.commitments.noTrainingOnCustomerData`. Once confirmed, the answer would read: "We do not train or fine-tune models on customer content: nothing in our system trains models. Our AI providers (OpenAI) do not train on data we send them, by their published terms (no data processing agreement with OpenAI is on file yet)."',
      ),
    });
    const promised = answerOf(
      'ai-training-on-customer-data',
      tinyModel({
        ...map,
        organization: { name: 'Tiny AI', stage: 'seed', commitments: { noTrainingOnCustomerData: true } },
      } as never),
    );
    expect(promised.review ?? '').not.toContain('no promise says so');
    expect(promised.yesNo).toBe('No');
    expect(promised.text).toBe(
      'We do not train or fine-tune models on customer content: nothing in our system trains models. Our AI providers (OpenAI) do not train on data we send them, by their published terms (no data processing agreement with OpenAI is on file yet).',
    );
    // A map with a training job says nothing without the policy.
    const training = tinyModel({
      ...map,
      components: [...map.components, { id: 'ft', kind: 'fine-tuning-job' }],
    });
    expect(composeAnswer('ai-training-on-customer-data', { model: training, results: [] })).toHaveProperty(
      'missing',
    );
  });

  it('says how data kept until deleted is deleted, once for the classes that share the way (Onyx: a soft delete)', () => {
    const softDelete = {
      mechanism: 'A user deleting a chat hides it; it is erased only when HARD_DELETE_CHATS is on',
    };
    const answer = answerOf(
      'ai-prompt-retention',
      tinyModel({
        dataClasses: [
          { ...prompts, retention: 'until-deleted', deletion: softDelete },
          {
            id: 'answers',
            name: 'Answers',
            category: 'model-outputs',
            tenantScoped: true,
            retention: 'until-deleted',
            deletion: softDelete,
          },
        ],
        components: [{ id: 'api', kind: 'service', dataClasses: ['prompts'], retention: 'zero' }],
      }),
    );
    expect(answer.text).toMatch(
      /^How long we keep them: Prompts: until deleted; Answers: until deleted\. Deletion of prompts and answers: a user deleting a chat hides it; it is erased only when HARD_DELETE_CHATS is on\./,
    );
    expect(answer.sources.map((source) => ('pointer' in source ? source.pointer : ''))).toContain(
      'dataClasses/prompts/deletion',
    );
    // No verb to agree with a class named in the plural (quivr: "How answers is deleted").
    const one = answerOf(
      'ai-prompt-retention',
      tinyModel({
        dataClasses: [
          {
            id: 'answers',
            name: 'Answers',
            category: 'model-outputs',
            tenantScoped: true,
            retention: 'until-deleted',
            deletion: softDelete,
          },
        ],
      }),
    );
    expect(one.text).toContain('Deletion of answers: ');
  });

  it("says consent is withdrawn only where the training data's deletion says how, and a gate clause as when data enters training (OpenPipe)", () => {
    // OpenPipe (1da9a24): "A tenant can withdraw consent at any time: … training files … are not deleted", and "The
    // training export includes when the customer starts a fine-tune".
    const optIn = (mechanism: string) =>
      tinyModel({
        tenancy: { isolation: 'application-filter-allowed', trainingDefault: 'opt-in' },
        dataClasses: [
          prompts,
          {
            id: 'train',
            name: 'Training rows',
            category: 'training-data',
            tenantScoped: true,
            deletion: { mechanism },
          },
        ],
        components: [
          { id: 'api', kind: 'service', dataClasses: ['prompts'] },
          { id: 'ft', kind: 'fine-tuning-job', dataClasses: ['train'] },
        ],
        flows: [
          {
            id: 'to-ft',
            from: 'api',
            to: 'ft',
            dataClasses: ['prompts'],
            purpose: 'fine-tuning',
            condition: { kind: 'tenant-opt-in', description: 'when the customer starts a fine-tune' },
          },
        ],
      } as never);
    const kept = answerOf(
      'ai-training-opt-in',
      optIn('Rows are removed with the dataset; training files in blob storage are not deleted'),
    );
    expect(kept.text).toContain(
      "Training on customer data is opt-in: no tenant's data is used to improve models unless the tenant opts in. Customer data enters training only when the customer starts a fine-tune.",
    );
    expect(kept.text).not.toContain('withdraw');
    // With no way to withdraw on record, a person says it (Dataherald: "Yes" to "can we withdraw later?").
    expect(kept.review).toContain('how a tenant withdraws consent');
    // A condition opening with "only" keeps one (Dataherald: "The training export includes only when …").
    const base = optIn('x').map;
    const only = tinyModel({
      tenancy: base.tenancy,
      dataClasses: base.dataClasses,
      components: base.components,
      flows: [
        {
          id: 'to-ft',
          from: 'api',
          to: 'ft',
          dataClasses: ['prompts'],
          purpose: 'fine-tuning',
          condition: { kind: 'tenant-opt-in', description: 'only when a customer starts a fine-tuning job' },
        },
      ],
    } as never);
    expect(answerOf('ai-training-opt-in', only).text).toContain(
      'Customer data enters training only when a customer starts a fine-tuning job.',
    );
    const consent = answerOf(
      'ai-training-opt-in',
      optIn('The export job rebuilds the dataset without a tenant that withdraws consent'),
    );
    expect(consent.text).toContain(
      'A tenant can withdraw consent: The export job rebuilds the dataset without a tenant that withdraws consent.',
    );
  });

  it('takes a tenancy policy with no training default where nothing trains, and answers the opt-in question from the map (LightRAG, FastGPT)', () => {
    const yaml = `version: 1
organization: { name: Tiny AI, stage: seed }
tenancy: { isolation: application-filter-allowed }
dataClasses:
  - { id: prompts, name: Prompts, category: prompts, tenantScoped: true }
components:
  - { id: api, kind: service, dataClasses: [prompts] }
`;
    const loaded = loadMapFromFiles([{ file: 'trustmap.yaml', content: yaml }], { root: '/tmp/map' });
    if (!loaded.ok) throw new Error(loaded.problems.map((problem) => problem.message).join('; '));
    expect(loaded.map.tenancy?.trainingDefault).toBeUndefined();
    const map = {
      organization: PROMISED,
      tenancy: { isolation: 'application-filter-allowed' as const },
      dataClasses: [prompts],
      components: [{ id: 'api', kind: 'service' as const, dataClasses: ['prompts'] }],
    };
    const answer = answerOf('ai-training-opt-in', tinyModel(map));
    expect(answer.text).toBe(
      'We do not train models on customer data: nothing in our system trains models, so there is nothing to opt in to.',
    );
    expect(answer.yesNo).toBeUndefined();
    expect(answer.sources.map((source) => ('pointer' in source ? source.pointer : ''))).not.toContain(
      'tenancy/trainingDefault',
    );
    // Where something trains, no default on record leaves the question open.
    const training = tinyModel({
      ...map,
      components: [...map.components, { id: 'ft', kind: 'fine-tuning-job' }],
    });
    expect(composeAnswer('ai-training-opt-in', { model: training, results: [] })).toHaveProperty('missing');
  });

  it('claims nothing of the weights of the models we run where nothing trains, and asks the reviewer (LibreChat, AnythingLLM, Onyx)', () => {
    const answer = answerOf(
      'ai-training-data-provenance',
      tinyModel({
        organization: PROMISED,
        dataClasses: [prompts],
        components: [
          { id: 'api', kind: 'service', dataClasses: ['prompts'] },
          {
            id: 'embedder',
            name: 'Model server',
            kind: 'inference-endpoint',
            hosting: 'self-hosted',
            technology: 'nomic-embed-text-v1',
          },
        ],
        subprocessors: [vendor('openai', 'OpenAI', 'API', 'Chat models')],
      }),
    );
    // "run as their publishers released them" was said of an Ollama that serves whatever the operator pulls; named,
    // and said untrained by us, they are not hidden from "Do you self-host open-weight models?" (MaxKB, SurfSense).
    expect(answer.text).toBe(
      'Nothing in our system trains or fine-tunes models, so we hold no training datasets of our own. The models our providers run for us are trained by their makers, not by us. We also run models ourselves, and nothing in our system trains them: Model server (nomic-embed-text-v1).',
    );
    expect(answer.review).toContain(
      'whose weights the models we run ourselves (Model server) are is not said',
    );
  });

  it('calls a model server ours only where the map says we run it; one the customer runs is theirs (Onyx, AnythingLLM)', () => {
    const server = (id: string, name: string, hosting?: 'self-hosted' | 'customer-hosted') => ({
      id,
      name,
      kind: 'inference-endpoint' as const,
      ...(hosting ? { hosting } : {}),
    });
    const model = tinyModel({
      dataClasses: [prompts],
      components: [
        { id: 'api', kind: 'service', dataClasses: ['prompts'] },
        server('embedder', 'Embedding model server', 'self-hosted'),
        server('ollama', 'Customer model server', 'customer-hosted'),
        server('endpoint', 'OpenAI-compatible endpoint'),
      ],
      subprocessors: [vendor('openai', 'OpenAI', 'API', 'Chat models')],
    });
    const answer = answerOf('ai-model-providers', model);
    expect(answer.text).toContain('Models we run ourselves: Embedding model server.');
    expect(answer.text).toContain(
      "Models that run in each customer's own environment, not ours: Customer model server.",
    );
    expect(answer.text).not.toContain('OpenAI-compatible endpoint');
    expect(answer.review).toContain('the map does not say who runs OpenAI-compatible endpoint');
    // The customer's server is not held to our infrastructure baseline.
    const baseline = runChecks(model).results.filter(
      (result) => result.checkId === 'ai-infrastructure-baseline',
    );
    expect(baseline.map((result) => result.subject.id).sort()).toEqual(['embedder', 'endpoint']);
    // Nor to our separation, retention and deletion (quivr's Tika, DocsGPT's users' own model endpoints): theirs.
    const holding = tinyModel({
      dataClasses: [{ ...prompts, retention: '30d', deletion: { mechanism: 'A user deletes a chat.' } }],
      components: [
        { id: 'api', kind: 'service', dataClasses: ['prompts'], retention: 'zero' },
        { ...server('ollama', 'Customer model server', 'customer-hosted'), dataClasses: ['prompts'] },
      ],
    });
    const judged = runChecks(holding)
      .results.filter((result) => result.subject.id === 'ollama')
      .map((result) => result.checkId);
    expect(judged).toEqual([]);
  });

  it('lists a speech service apart from the model providers, though its flow is inference (Open WebUI: ElevenLabs)', () => {
    const model = tinyModel({
      dataClasses: [prompts],
      components: [{ id: 'api', kind: 'service', dataClasses: ['prompts'] }],
      subprocessors: [
        vendor('openai', 'OpenAI', 'API', 'Chat models'),
        { ...vendor('elevenlabs', 'ElevenLabs', 'API', 'Reads answers aloud'), provider: 'elevenlabs' },
      ],
      flows: ['openai', 'elevenlabs'].map((to) => ({
        id: `api-to-${to}`,
        from: 'api',
        to,
        dataClasses: ['prompts'],
        purpose: 'inference' as const,
      })),
    });
    expect(answerOf('ai-model-providers', model).text).toMatch(
      /^Model providers: OpenAI API: chat models.*\. Other AI services: ElevenLabs API: reads answers aloud/,
    );
  });

  it('says a gateway of ours that forwards model calls to a vendor as a gateway, not a model we run (FastGPT: AI Proxy)', () => {
    const model = tinyModel({
      organization: PROMISED,
      dataClasses: [prompts],
      components: [
        { id: 'api', kind: 'service', dataClasses: ['prompts'] },
        {
          id: 'proxy',
          name: 'Model gateway',
          kind: 'hosted-model-layer',
          hosting: 'self-hosted',
          technology: 'AI Proxy',
        },
      ],
      subprocessors: [vendor('openai', 'OpenAI', 'API', 'Chat models')],
      flows: [
        { id: 'api-to-proxy', from: 'api', to: 'proxy', dataClasses: ['prompts'], purpose: 'inference' },
        {
          id: 'proxy-to-openai',
          from: 'proxy',
          to: 'openai',
          dataClasses: ['prompts'],
          purpose: 'inference',
        },
      ],
    });
    const providers = answerOf('ai-model-providers', model).text;
    expect(providers).not.toContain('run ourselves');
    expect(providers).toContain('Model calls pass through our own gateway: Model gateway.');
    expect(answerOf('ai-training-data-provenance', model).text).not.toContain('run ourselves');
  });

  it('keeps a name that opens a purpose, and says a purpose shared by many vendors once', () => {
    const model = tinyModel({
      dataClasses: [prompts],
      components: [{ id: 'api', kind: 'service', dataClasses: ['prompts'] }],
      subprocessors: [
        vendor('anthropic', 'Anthropic', 'Claude API', 'Claude chat models'),
        // Onyx: "gemini language models" (the name is in no vendor's or service's name).
        vendor('vertex', 'Google Cloud', 'Vertex AI', 'Gemini language models'),
        vendor('azure', 'Microsoft', 'Azure OpenAI', 'OpenAI models hosted on Azure'),
        vendor('groq', 'Groq', 'API', 'Optional: the customer connects it with its own API key.'),
        vendor('mistral', 'Mistral AI', 'API', 'Optional: the customer connects it with its own API key.'),
      ],
    });
    const list = answerOf('subprocessors', model).text;
    expect(list).toBe(
      'We use 5 sub-processors, 2 of them only under the condition given: Anthropic Claude API: Claude chat models (data: Prompts; location: us); Google Cloud Vertex AI: Gemini language models (data: Prompts; location: us); Microsoft Azure OpenAI: OpenAI models hosted on Azure (data: Prompts; location: us); Groq API and Mistral AI API: optional: the customer connects it with its own API key (data: Prompts; location: us).',
    );
    expect(answerOf('ai-model-providers', model).text).toContain(
      'Groq API and Mistral AI API: optional: the customer connects it with its own API key',
    );
  });
});
