// What the twenty-second session's reviews of real apps found in the answers, and what the twenty-first left, each
// from the smallest map that shows it: bionic-gpt/bionic-gpt (c3bf04b).
import { describe, expect, it } from 'vitest';
import { manyNames } from '../../src/core/words.js';
import { asksAboutUserTraffic } from '../../src/questionnaire/match/questionForm.js';
import { ask, DOCS, tinyModel } from './fixtures.js';

describe('a question about the traffic between users and the service', () => {
  it('is told from one about every hop', () => {
    for (const question of [
      'Is all traffic between our users and your service protected with TLS 1.2 or higher?',
      'Is everything between our browser and your app sent over HTTPS?',
      'Is TLS enforced for connections to the application and its APIs?',
      'Which TLS versions are accepted on your public endpoints?',
      'Data in transit protection: You should be sufficiently confident that data is protected in transit between your end user device(s) and the service',
    ])
      expect(asksAboutUserTraffic(question), question).toBe(true);
    for (const question of [
      'Are internal service-to-service connections encrypted?',
      'Is data encrypted in transit with TLS 1.2 or later?',
      'Is every connection between our users’ browsers, your servers and your providers protected with TLS?',
      'Is all data transmitted over public networks encrypted?',
      'How is traffic between the load balancer and the application servers protected?',
    ])
      expect(asksAboutUserTraffic(question), question).toBe(false);
  });

  // bionic-gpt: "No" to row 117 from the app's plain connection to its own database; the web app users reach was
  // silent in the map.
  const model = (web: { enabled: boolean; mechanism?: string } | undefined) =>
    tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'web',
          name: 'Web app',
          kind: 'service',
          dataClasses: ['docs'],
          userAuthentication: { methods: ['password'] },
          ...(web ? { encryption: { inTransit: web } } : {}),
        },
        {
          id: 'db',
          name: 'Postgres',
          kind: 'datastore',
          dataClasses: ['docs'],
          encryption: { inTransit: { enabled: false, mechanism: 'plain connection on the private network' } },
        },
      ],
    });
  const question = 'Is all traffic between our users and your service protected with TLS 1.2 or higher?';

  it('is answered from the parts users reach, not from the database behind them (bionic-gpt)', () => {
    const [answer] = ask(model({ enabled: true, mechanism: 'TLS 1.2+ at the ingress' }), question);
    expect(answer!.topic).toBe('encryption-in-transit');
    expect(answer!.yesNo).toBe('Yes');
    expect(answer!.answer).toContain(
      'Traffic between users and Web app is encrypted in transit (TLS 1.2+ at the ingress).',
    );
    expect(answer!.answer).not.toContain('Postgres');
  });

  it('has no verdict where the map is silent on those parts, and no answer: only what is not documented is no answer', () => {
    const [answer] = ask(model(undefined), question);
    expect(answer!.yesNo).toBeNull();
    // Since the twenty-fifth session: a draft for the reviewer, nothing for the buyer (codel, coai).
    expect(answer!.status).toBe('blank');
    expect(answer!.answer).toBe('');
    expect(answer!.note).toContain('say whether traffic between users and Web app is encrypted');
  });

  it('says No where the parts users reach are plain', () => {
    const [answer] = ask(model({ enabled: false, mechanism: 'plain HTTP' }), question);
    expect(answer!.yesNo).toBe('No');
    expect(answer!.answer).toContain('Traffic between users and Web app (plain HTTP) is not encrypted.');
  });

  it('still names every hop where the question asks about every hop', () => {
    const [answer] = ask(
      model({ enabled: true, mechanism: 'TLS 1.2+' }),
      'Are internal service-to-service connections encrypted?',
    );
    expect(answer!.answer).toContain('Postgres');
  });
});

describe('the terms with AI providers', () => {
  it('lead with the model providers, not a tracing service listed first (chainlit)', () => {
    // chainlit: Literal AI, a tracing service receiving prompts (`ai: true`), led every answer on model providers'
    // terms.
    const terms = { training: 'never', retention: '30d' } as const;
    const model = tinyModel({
      dataClasses: [{ id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true }],
      components: [{ id: 'app', name: 'App', kind: 'service', dataClasses: ['prompts'] }],
      subprocessors: [
        {
          id: 'literal',
          vendor: 'Literal AI',
          service: 'Literal AI cloud',
          purpose: 'traces of chats',
          ai: true,
          dataClasses: ['prompts'],
          terms,
        },
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'OpenAI API',
          purpose: 'answers',
          ai: true,
          dataClasses: ['prompts'],
          terms,
        },
      ],
      flows: [
        { id: 'trace', from: 'app', to: 'literal', dataClasses: ['prompts'], purpose: 'logging' },
        { id: 'ask', from: 'app', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' },
      ],
    });
    const [answer] = ask(
      model,
      'What do your AI providers’ contracts say about training on our data and retention?',
    );
    expect(answer!.topic).toBe('ai-provider-terms');
    expect(answer!.answer.indexOf('OpenAI')).toBeGreaterThan(-1);
    expect(answer!.answer.indexOf('OpenAI')).toBeLessThan(answer!.answer.indexOf('Literal AI'));
  });
});

describe('an app each operator runs with its own OpenAI key (realtime-agents)', () => {
  const model = tinyModel({
    dataClasses: [{ id: 'audio', name: 'Voice audio', category: 'prompts', tenantScoped: true }],
    components: [
      {
        id: 'web',
        name: 'Next.js server',
        kind: 'service',
        hosting: 'customer-hosted',
        dataClasses: ['audio'],
        userAuthentication: { methods: ['none'] },
        encryption: {
          inTransit: {
            enabled: true,
            mechanism: 'calls to OpenAI use HTTPS; HTTPS for browsers is left to whoever hosts it',
          },
        },
      },
    ],
    subprocessors: [
      {
        id: 'openai',
        vendor: 'OpenAI',
        service: 'OpenAI API',
        purpose: 'voice agent',
        ai: true,
        account: 'customer',
        dataClasses: ['audio'],
      },
    ],
    flows: [{ id: 'ask', from: 'web', to: 'openai', dataClasses: ['audio'], purpose: 'inference' }],
  });

  it('says the traffic to what each operator runs is encrypted only in part, with no verdict, not "encrypted"', () => {
    const [answer] = ask(
      model,
      'Is all traffic between our users and your service protected with TLS 1.2 or higher?',
    );
    expect(answer!.yesNo).toBeNull();
    expect(answer!.answer).not.toContain('is encrypted in transit');
    expect(answer!.answer).toContain(
      'Traffic between users and Next.js server (calls to OpenAI use HTTPS; HTTPS for browsers is left to whoever hosts it) is encrypted only in part.',
    );
  });

  it('says what the map records of a part each user runs that always encrypts (lencx/ChatGPT)', () => {
    const desktop = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'app',
          name: 'Desktop app',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['docs'],
          userAuthentication: { methods: ['none'] },
          encryption: { inTransit: { enabled: true, mechanism: 'HTTPS to chat.openai.com' } },
        },
      ],
    });
    const [answer] = ask(
      desktop,
      'Is all traffic between our users and your service protected with TLS 1.2 or higher?',
    );
    expect(answer!.answer).toContain(
      'Traffic between users and Desktop app is encrypted in transit (HTTPS to chat.openai.com).',
    );
    expect(answer!.answer).not.toContain('where the customer sets');
  });

  it('says first that we hold no terms with a provider, then whose terms apply', () => {
    const [answer] = ask(
      model,
      'What do your AI providers’ contracts say about training on our data and retention?',
    );
    expect(answer!.topic).toBe('ai-provider-terms');
    expect(answer!.answer).toMatch(/^We hold no terms of our own with any AI provider\. OpenAI/);
    expect(answer!.answer).toContain('which say what that provider may do with the data');
  });
});

describe('a class kept only in a store whose deletion leaves part of what it holds', () => {
  it('is said with the store’s own words, not "not yet on record" (papermark)', () => {
    // papermark: "Not yet on record: how we delete document search index", of an OpenAI vector store the map says keeps
    // copies after a document or team is deleted.
    const model = tinyModel({
      dataClasses: [
        { ...DOCS, deletion: { mechanism: 'deleting a document removes its files' } },
        { id: 'chunks', name: 'Document search index', category: 'embeddings', tenantScoped: true },
      ],
      components: [
        {
          id: 'index',
          name: 'AI search index',
          kind: 'vector-store',
          hosting: 'cloud-managed',
          dataClasses: ['docs', 'chunks'],
          deletion: {
            mechanism:
              'a document leaves the index only when removed from AI search; deleting a document does not delete its copies',
          },
        },
      ],
    });
    const [answer] = ask(model, 'Describe how customer data is deleted on request.');
    expect(answer!.topic).toBe('data-deletion');
    expect(answer!.answer).toContain(
      'What AI search index holds (document search index) is deleted only in part: a document leaves the index only when removed from AI search; deleting a document does not delete its copies.',
    );
    expect(answer!.answer).not.toContain('how we delete Document search index');
    expect(answer!.yesNo).toBeNull();
  });
});

describe('retrieval stores each customer runs, beside a service of ours that holds none of them', () => {
  it('says a search stays in the customer’s own installation, not "separated in our application" (anything-llm)', () => {
    // anything-llm: its Community Hub, run by the maker, made nine isolation answers say "retrieval is separated in our
    // application" and "separate namespace per customer" of the workspaces in each customer's own installation.
    const mapOf = (appHosting: 'customer-hosted' | 'cloud-managed') => ({
      dataClasses: [
        DOCS,
        { id: 'hub', name: 'Published prompts', category: 'internal', tenantScoped: false },
      ],
      components: [
        {
          id: 'app',
          name: 'App server',
          kind: 'service' as const,
          hosting: appHosting,
          dataClasses: ['docs'],
        },
        {
          id: 'lance',
          name: 'LanceDB',
          kind: 'vector-store',
          hosting: 'customer-hosted',
          dataClasses: ['docs'],
          tenancy: { model: 'namespace-per-tenant', mechanism: 'one table per workspace' },
        },
        {
          id: 'pg',
          name: 'pgvector',
          kind: 'vector-store',
          hosting: 'customer-hosted',
          dataClasses: ['docs'],
          tenancy: { model: 'application-filter', mechanism: 'every search filters on the workspace' },
        },
        { id: 'hub-api', name: 'Community Hub', kind: 'api', hosting: 'cloud-managed', dataClasses: ['hub'] },
      ],
      flows: [
        { id: 'search', from: 'app', to: 'lance', dataClasses: ['docs'], purpose: 'retrieval' },
        { id: 'search-pg', from: 'app', to: 'pg', dataClasses: ['docs'], purpose: 'retrieval' },
        { id: 'publish', from: 'app', to: 'hub-api', dataClasses: ['hub'], purpose: 'storage' as const },
      ],
    });
    const model = tinyModel(mapOf('customer-hosted') as never);
    const [answer] = ask(
      model,
      'When the assistant searches our documents, what stops it pulling passages indexed for a different customer?',
    );
    expect(answer!.topic).toBe('ai-tenant-isolation');
    expect(answer!.answer).toMatch(
      /^Each customer's retrieval stores \(LanceDB and pgvector\) run in that customer's own installation/,
    );
    expect(answer!.answer).toContain('LanceDB: separate namespace per tenant (one table per workspace).');
    expect(answer!.answer).not.toContain('is separated in our application');
    // A store of ours that searches them keeps the opening it had.
    const ours = tinyModel(mapOf('cloud-managed') as never);
    expect(
      ask(
        ours,
        'When the assistant searches our documents, what stops it pulling passages indexed for a different customer?',
      )[0]!.answer,
    ).toContain('is separated in our application');
  });
});

describe('a gateway each customer runs, with 30 providers on their own keys (portkey-gateway)', () => {
  const providers = Array.from({ length: 30 }, (_, i) => `provider-${i + 1}`);
  const model = tinyModel({
    dataClasses: [{ id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true }],
    components: [
      { id: 'gw', name: 'Gateway', kind: 'service', hosting: 'customer-hosted', dataClasses: ['prompts'] },
      {
        id: 'guard',
        name: 'Hosted guardrails API',
        kind: 'api',
        hosting: 'cloud-managed',
        dataClasses: ['prompts'],
      },
    ],
    subprocessors: providers.map((id, i) => ({
      id,
      vendor: `Vendor ${i + 1}`,
      service: `Model API ${i + 1}`,
      purpose: 'answers a request that names it',
      ai: true,
      account: 'customer' as const,
      dataClasses: ['prompts'],
    })),
    flows: [
      ...providers.map((id) => ({
        id: `to-${id}`,
        from: 'gw',
        to: id,
        dataClasses: ['prompts'],
        purpose: 'inference' as const,
      })),
      { id: 'to-guard', from: 'gw', to: 'guard', dataClasses: ['prompts'], purpose: 'inference' as const },
    ],
  });

  it('says what is on record first, and the providers by count past a screenful', () => {
    const [providersAnswer] = ask(model, 'Do you self-host LLMs or call third-party model APIs?');
    // Not "only" beside the hosted guardrails API, which may reach providers under its own account (dyad, 2026-12-07).
    expect(providersAnswer!.answer).toMatch(
      /^AI services are reached under each customer's own account where the customer connects it/,
    );
    expect(providersAnswer!.answer).toContain('30 services, among them Vendor 1 Model API 1');
    expect(providersAnswer!.answer).not.toContain('Model API 30');
    expect(providersAnswer!.answer).toMatch(
      /Which providers, if any, stand behind Hosted guardrails API is not yet on record\.$/,
    );
    expect(manyNames(providers)).toBe(
      '30 services, among them provider-1, provider-2, provider-3, provider-4, provider-5, provider-6, provider-7, provider-8 and 22 more',
    );
    expect(manyNames(providers.slice(0, 20))).toContain('provider-19 and provider-20');
  });
});

describe('a condition the purpose already says with another conjunction', () => {
  it('is not said twice (papermark)', async () => {
    const { unlessSaid } = await import('../../src/model/index.js');
    expect(
      unlessSaid(
        'only when Blob storage is the configured file store',
        'Stores uploaded files where Blob storage is the configured file store',
      ),
    ).toBeUndefined();
    expect(unlessSaid('only when a user asks', 'Stores uploaded files')).toBe('only when a user asks');
  });
});

describe('sign-in words that already name the ways in', () => {
  it('are said once, not beside a list of the same methods (papermark, portkey-gateway)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'web',
          name: 'Web app',
          kind: 'service',
          dataClasses: ['docs'],
          userAuthentication: {
            methods: ['magic-link', 'social', 'saml'],
            scim: true,
            mechanism:
              'Team members sign in with an emailed link, Google or LinkedIn, or SAML single sign-on',
          },
        },
        {
          id: 'gw',
          name: 'Gateway',
          kind: 'api',
          dataClasses: ['docs'],
          userAuthentication: {
            methods: ['none'],
            mechanism: 'The gateway does not sign callers in: anyone who can reach it may send requests',
          },
        },
        {
          id: 'console',
          name: 'Console',
          kind: 'service',
          dataClasses: ['docs'],
          userAuthentication: { methods: ['password'], mechanism: 'Sessions expire after 12 hours' },
        },
      ],
    });
    const [answer] = ask(
      model,
      'Does the service support SAML 2.0 or OIDC single sign-on for customer users?',
    );
    expect(answer!.answer).toContain(
      'On Web app, team members sign in with an emailed link, Google or LinkedIn, or SAML single sign-on; users can be provisioned',
    );
    expect(answer!.answer).not.toContain('a link sent by email, a social account');
    expect(answer!.answer).toContain(
      'Gateway has no user sign-in. The gateway does not sign callers in: anyone who can reach it may send requests.',
    );
    // Words that add to the list keep it.
    expect(answer!.answer).toContain(
      'Users of Console sign in with a password. Sessions expire after 12 hours.',
    );
  });
});

describe('an encryption switch whose words leave part of the traffic plain', () => {
  it('is encrypted only in part, with no Yes (AppFlowy Cloud)', async () => {
    const { encryptsOnlyPart } = await import('../../src/map/index.js');
    expect(encryptsOnlyPart('TLS at nginx on 443; port 80 is also served without a redirect')).toBe(true);
    expect(
      encryptsOnlyPart('calls to OpenAI use HTTPS; HTTPS for browsers is left to whoever hosts it'),
    ).toBe(true);
    expect(encryptsOnlyPart('TLS 1.2+ at the load balancer and to every dependency')).toBe(false);
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'api',
          name: 'API server',
          kind: 'api',
          dataClasses: ['docs'],
          userAuthentication: { methods: ['password'] },
          encryption: {
            inTransit: {
              enabled: true,
              mechanism: 'TLS at nginx on 443; port 80 is also served without a redirect',
            },
          },
        },
        {
          id: 'db',
          name: 'Postgres',
          kind: 'datastore',
          dataClasses: ['docs'],
          encryption: { inTransit: { enabled: true, mechanism: 'TLS required' } },
        },
      ],
    });
    const [users, hops] = ask(
      model,
      'Is all traffic between our users and your service protected with TLS 1.2 or higher?',
      'Are internal service-to-service connections encrypted?',
    );
    expect(users!.yesNo).toBe('Partially');
    expect(users!.answer).toContain(
      'Traffic between users and API server (TLS at nginx on 443; port 80 is also served without a redirect) is encrypted only in part.',
    );
    expect(hops!.yesNo).toBe('Partially');
    expect(hops!.answer).toContain('Data is encrypted in transit on 1 of 2 components (TLS required).');
    expect(hops!.answer).toContain('Encrypted in transit only in part: API server (TLS at nginx on 443;');
  });
});

describe('what stores keep in practice, with no policy on record', () => {
  it('names the stores that keep it for a time not on record, not only the shortest (firecrawl)', () => {
    // firecrawl: "Scraped page content: 1 hour", from its Redis queue alone, beside a jobs database and a bucket that
    // keep it with no deletion.
    const model = tinyModel({
      dataClasses: [{ id: 'pages', name: 'Scraped pages', category: 'customer-content', tenantScoped: true }],
      components: [
        { id: 'queue', name: 'Job queue', kind: 'queue', dataClasses: ['pages'], retention: '1h' },
        { id: 'db', name: 'Jobs database', kind: 'datastore', dataClasses: ['pages'] },
      ],
    });
    const [answer] = ask(model, 'What is your data retention schedule for customer content?');
    expect(answer!.answer).toContain('As our systems keep it: Scraped pages: 1 hour (Job queue).');
    expect(answer!.answer).toContain('Also kept in Jobs database, for a time not yet on record.');
  });
});

describe('encryption words that refuse what is plain', () => {
  it('enforce the encryption, not leave part plain (bedrock-chat)', async () => {
    const { encryptsOnlyPart } = await import('../../src/map/index.js');
    expect(encryptsOnlyPart('S3; the bucket policy refuses requests without TLS')).toBe(false);
    expect(encryptsOnlyPart('TLS required; unencrypted connections are rejected')).toBe(false);
    expect(encryptsOnlyPart('HTTP on port 80 redirects to HTTPS')).toBe(false);
    expect(encryptsOnlyPart('TLS on 443, and port 80 is served too')).toBe(true);
  });
});

describe('retrieval isolation, from this session’s third round', () => {
  const question =
    'Could a cleverly worded question from someone at another company surface snippets of our files?';

  it('says a store of our own content only holds nothing of a customer’s (doc-search)', () => {
    const model = tinyModel({
      dataClasses: [{ id: 'pages', name: 'Our docs pages', category: 'internal', tenantScoped: false }],
      components: [
        {
          id: 'index',
          name: 'Docs index',
          kind: 'vector-store',
          dataClasses: ['pages'],
          tenancy: { model: 'shared' },
        },
      ],
    });
    const [answer] = ask(model, question);
    expect(answer!.answer).toContain(
      "Our retrieval store (Docs index) holds only Our docs pages, none of it customers' data, so a search cannot return another customer's data.",
    );
    expect(answer!.answer).not.toContain('does not separate');
  });

  it('says stores kept apart alike once, and that a search part with no sign-in lets anyone search (flowise, azure-search-openai-js)', () => {
    const store = (name: string) => ({
      id: name.toLowerCase(),
      name,
      kind: 'vector-store' as const,
      hosting: 'customer-hosted' as const,
      dataClasses: ['docs'],
      tenancy: { model: 'single-tenant' as const, mechanism: 'each customer connects its own index' },
    });
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'api',
          name: 'Search API',
          kind: 'api',
          hosting: 'customer-hosted',
          dataClasses: ['docs'],
          userAuthentication: { methods: ['none'] },
        },
        store('Pinecone'),
        store('Qdrant'),
        store('Weaviate'),
      ],
      flows: ['pinecone', 'qdrant', 'weaviate'].map((id) => ({
        id: `search-${id}`,
        from: 'api',
        to: id,
        dataClasses: ['docs'],
        purpose: 'retrieval' as const,
      })),
    });
    const [answer] = ask(model, question);
    expect(answer!.answer).toContain(
      'Pinecone, Qdrant and Weaviate: single-tenant (each customer connects its own index).',
    );
    expect(answer!.answer.match(/each customer connects its own index/g)).toHaveLength(1);
    expect(answer!.answer).toContain(
      'Search API has no sign-in, so anyone who can reach it can search what it reaches.',
    );
  });

  it('does not say a gap again in other words (AppFlowy Cloud)', async () => {
    const { saidInOneSentence } = await import('../../src/questionnaire/answers/verdict.js');
    expect(
      saidInOneSentence(
        "How Redis and Service logs separate customers' data is not yet documented.",
        "how Redis separates customers' data is not yet documented",
      ),
    ).toBe(true);
    expect(
      saidInOneSentence(
        "How Redis separates customers' data is not yet documented.",
        "how Postgres separates customers' data is not yet documented",
      ),
    ).toBe(false);
  });
});

describe('training gated by more than one flow', () => {
  it('says every gate, not the first (OpenPipe)', () => {
    const model = tinyModel({
      tenancy: { trainingDefault: 'opt-in' },
      dataClasses: [DOCS],
      components: [
        { id: 'app', name: 'App', kind: 'service', dataClasses: ['docs'] },
        { id: 'trainer', name: 'Trainer', kind: 'fine-tuning-job', dataClasses: ['docs'] },
        { id: 'exporter', name: 'Exporter', kind: 'training-pipeline', dataClasses: ['docs'] },
      ],
      flows: [
        {
          id: 'tune',
          from: 'app',
          to: 'trainer',
          dataClasses: ['docs'],
          purpose: 'fine-tuning',
          condition: {
            kind: 'tenant-opt-in',
            description: 'when the customer starts a fine-tune of its own model',
          },
        },
        {
          id: 'export',
          from: 'app',
          to: 'exporter',
          dataClasses: ['docs'],
          purpose: 'training',
          condition: {
            kind: 'tenant-opt-in',
            description: 'when the customer exports a dataset to train on',
          },
        },
      ],
    } as never);
    const [answer] = ask(model, 'Is training on our data opt-in or opt-out?');
    expect(answer!.topic).toBe('ai-training-opt-in');
    expect(answer!.answer).toContain(
      'Customer data enters training only when the customer starts a fine-tune of its own model or when the customer exports a dataset to train on.',
    );
  });
});

describe('models the map names at an AI vendor', () => {
  it('are named in the model inventory, with their vendor (realtime-agents)', () => {
    const model = tinyModel({
      dataClasses: [{ id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true }],
      components: [
        { id: 'app', name: 'App', kind: 'service', hosting: 'cloud-managed', dataClasses: ['prompts'] },
        { id: 'gpt-4-1', name: 'gpt-4.1', kind: 'model', subprocessor: 'openai', dataClasses: ['prompts'] },
        { id: 'o4-mini', name: 'o4-mini', kind: 'model', subprocessor: 'openai', dataClasses: ['prompts'] },
      ],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'OpenAI API',
          purpose: 'answers',
          ai: true,
          dataClasses: ['prompts'],
        },
      ],
      flows: [{ id: 'ask', from: 'app', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' }],
    });
    const [answer] = ask(
      model,
      'Provide an inventory of the AI/ML models used in the service: provider, model name/version, and hosting location.',
    );
    expect(answer!.topic).toBe('ai-model-providers');
    expect(answer!.answer).toContain('Models on record: gpt-4.1 and o4-mini (OpenAI).');
  });
});

describe('plain traffic to a part each customer runs', () => {
  it('is what the product does there, with no No of ours (as web-llm-chat for every hop)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'ui',
          name: 'Web UI',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['docs'],
          userAuthentication: { methods: ['password'] },
          encryption: { inTransit: { enabled: false, mechanism: 'plain HTTP on port 8080' } },
        },
      ],
    });
    const [answer] = ask(
      model,
      'Is all traffic between our users and your service protected with TLS 1.2 or higher?',
    );
    expect(answer!.yesNo).toBeNull();
    expect(answer!.answer).toContain(
      "The product does not encrypt traffic between users and Web UI (plain HTTP on port 8080), which runs in each customer's own environment",
    );
  });
});
