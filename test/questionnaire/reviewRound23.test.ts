// What the twenty-third session's reviews found in the answers, each from the smallest map that shows it.
import { describe, expect, it } from 'vitest';
import { answerQuestions, prepareKnowledge } from '../../src/questionnaire/answerQuestions.js';
import {
  asksHowLongKept,
  asksWhetherKept,
  asksYesOrNo,
  harmOf,
  reachedByOthers,
} from '../../src/questionnaire/match/questionForm.js';
import { addSentenceVectors } from '../../src/questionnaire/sentenceEncoder.js';
import { ask, DOCS, tinyModel } from './fixtures.js';

const EMBEDDINGS = {
  id: 'vectors',
  name: 'Document embeddings',
  category: 'embeddings',
  tenantScoped: true,
} as const;

/** One vector store per tenancy, beside a web app that searches it. */
function retrievalModel(...tenancies: { model: string; mechanism?: string }[]) {
  return tinyModel({
    dataClasses: [DOCS, EMBEDDINGS],
    components: [
      {
        id: 'web',
        name: 'Web app',
        kind: 'service',
        dataClasses: ['docs'],
        userAuthentication: { methods: ['password'] },
      },
      ...tenancies.map((tenancy, i) => ({
        id: `index-${i}`,
        name: `Index ${i}`,
        kind: 'vector-store' as const,
        dataClasses: ['vectors'],
        tenancy: tenancy as { model: 'shared' },
      })),
    ],
    flows: tenancies.map((_, i) => ({
      id: `search-${i}`,
      from: 'web',
      to: `index-${i}`,
      dataClasses: ['vectors'],
      purpose: 'retrieval' as const,
    })),
  });
}

describe('a Yes or No for retrieval isolation', () => {
  const question = 'Are vector embeddings segregated per customer in your retrieval pipeline?';

  it('is Yes where every retrieval store keeps customers apart (acme-ai: none before, at high confidence)', () => {
    const [answer] = ask(
      retrievalModel({ model: 'namespace-per-tenant', mechanism: 'one namespace per workspace' }),
      question,
    );
    expect(answer!.topic).toBe('ai-tenant-isolation');
    expect(answer!.yesNo).toBe('Yes');
    expect(answer!.answer).toMatch(/^Yes\. /);
  });

  it('is No where every store is shared, and Partially where some are', () => {
    expect(ask(retrievalModel({ model: 'shared' }), question)[0]!.yesNo).toBe('No');
    expect(
      ask(
        retrievalModel({ model: 'shared' }, { model: 'row-level-security', mechanism: 'RLS' }),
        question,
      )[0]!.yesNo,
    ).toBe('Partially');
  });

  it('is No to a question whether another customer can reach the data, and kept out of the Yes', () => {
    const model = retrievalModel({ model: 'namespace-per-tenant', mechanism: 'one namespace per workspace' });
    for (const asked of [
      'Could a cleverly worded question from someone at another company surface snippets of our files in their answer?',
      'Can another customer’s search return our documents?',
      'Is cross-tenant data leakage possible through the retrieval index?',
    ]) {
      const [answer] = ask(model, asked);
      expect(answer!.topic, asked).toBe('ai-tenant-isolation');
      expect(answer!.yesNo, asked).toBe('No');
      expect(answer!.answer, asked).not.toMatch(/^Yes/);
    }
  });

  it('is not given to a question offering alternatives', () => {
    const asked =
      'One shared embeddings index for all customers with metadata filters, or a separate index per customer?';
    expect(asksYesOrNo(asked)).toBe(false);
    const [answer] = ask(
      retrievalModel({ model: 'namespace-per-tenant', mechanism: 'one namespace per workspace' }),
      asked,
    );
    expect(answer!.answer).not.toMatch(/^(?:Yes|No)\b/);
  });
});

describe('a question whether another customer can reach the asker’s data', () => {
  it('is an unwanted state a Yes would admit', () => {
    for (const question of [
      'Could someone at another company see our chats?',
      'Can another tenant’s query return our documents?',
      'Is there any chance our files show up in a different customer’s results?',
      'Is cross-customer exposure possible?',
    ]) {
      expect(reachedByOthers(question), question).toBe(true);
      expect(harmOf(question), question).toBe('cross-customer');
    }
  });

  it('is not one that asks for the separation, asks in the negative, or names the asker’s own colleagues', () => {
    for (const question of [
      'Is our data isolated so that other customers cannot access it?',
      'Do you prevent other tenants from accessing our data?',
      'Can other users in our organisation see my chats?',
      'Are embeddings segregated per customer?',
      'Do you share our data with other companies?',
    ])
      expect(reachedByOthers(question), question).toBe(false);
  });
});

describe('customers’ data kept only in what each customer runs, beside a web app of ours holding none', () => {
  // Hollama (776e500): the web app we serve from Cloudflare Pages holds nothing; every conversation is in each user's
  // browser. Tenant separation, staff access and retrieval isolation were blank, and deletion "not yet on record".
  const input = {
    dataClasses: [DOCS],
    components: [
      {
        id: 'web',
        name: 'Hosted web app',
        kind: 'service',
        hosting: 'vendor',
        subprocessor: 'pages',
        dataClasses: [],
        userAuthentication: { methods: ['none'] },
      },
      {
        id: 'browser',
        name: 'App in the user’s browser',
        kind: 'service',
        hosting: 'customer-hosted',
        dataClasses: ['docs'],
      },
      {
        id: 'local',
        name: 'Browser local storage',
        kind: 'datastore',
        hosting: 'customer-hosted',
        dataClasses: ['docs'],
        tenancy: { model: 'single-tenant' },
      },
    ],
    subprocessors: [
      {
        id: 'pages',
        vendor: 'Cloudflare',
        service: 'Cloudflare Pages',
        purpose: 'hosts the web app',
        dataClasses: [],
      },
    ],
    flows: [{ id: 'keep', from: 'browser', to: 'local', dataClasses: ['docs'], purpose: 'storage' }],
  } satisfies Parameters<typeof tinyModel>[0];
  const model = tinyModel(input);

  it('answers tenant separation, staff access and retrieval isolation from where the data is', () => {
    const [segregation, staff, isolation] = ask(
      model,
      "Outside the AI features, how is our data separated from other customers' data in your databases?",
      'Can your support engineers read our conversations or uploaded documents while troubleshooting?',
      'Are vector embeddings segregated per customer in your retrieval pipeline?',
    );
    expect(segregation!.answer).toContain(
      "Customers' data is kept only in what each customer runs (Browser local storage)",
    );
    expect(segregation!.answer).toContain('what we run, Hosted web app, holds none of it');
    expect(staff!.answer).toMatch(
      /^Our staff have no access to customer data: it stays in what each customer runs/,
    );
    expect(isolation!.topic).toBe('ai-tenant-isolation');
    // Without the Yes since the twenty-fourth session: the map makes no embeddings, and a Yes said it did (chatgpt-web).
    expect(isolation!.answer).toMatch(/^No store or service of ours holds customers' data/);
  });

  it('says nothing of ours is left to delete at the end of the contract', () => {
    const [deletion] = ask(model, 'When our contract ends, how and when is our data deleted?');
    expect(deletion!.answer).not.toContain("Not yet on record: how we delete all of a customer's data");
  });

  it('cites the parts of ours said to hold none of it, so one nobody confirmed holds the answer back', () => {
    const proposed = tinyModel({
      ...input,
      components: input.components.map((component) =>
        component.id === 'web' ? { ...component, status: 'proposed' as const } : component,
      ),
    });
    const question = 'Are vector embeddings segregated per customer in your retrieval pipeline?';
    const [confirmed] = ask(model, question);
    const [held] = ask(proposed, question);
    expect(confirmed!.sources.some((source) => JSON.stringify(source).includes('components/web'))).toBe(true);
    expect(held!.status).not.toBe('answered');
  });

  it('is not read so where a part of ours holds customers’ data', () => {
    const ours = tinyModel({
      ...input,
      components: input.components.map((component) =>
        component.id === 'web' ? { ...component, dataClasses: ['docs'] } : component,
      ),
    });
    const [segregation] = ask(
      ours,
      "Outside the AI features, how is our data separated from other customers' data in your databases?",
    );
    expect(segregation!.answer).not.toContain('kept only in what each customer runs');
  });
});

describe('model vendors reached with customers’ own keys, beside a serving part of ours whose providers are unsaid', () => {
  // dyad (b1e9d26): its Pro engine, which we run, forwards model calls to providers the map does not name; 27 answers
  // said every provider was reached "only under each customer's own account".
  const model = tinyModel({
    dataClasses: [DOCS],
    components: [
      {
        id: 'desktop',
        name: 'Desktop app',
        kind: 'service',
        hosting: 'customer-hosted',
        dataClasses: ['docs'],
      },
      { id: 'engine', name: 'Pro engine', kind: 'api', hosting: 'self-hosted', dataClasses: ['docs'] },
    ],
    subprocessors: [
      {
        id: 'openai',
        vendor: 'OpenAI',
        service: 'OpenAI API',
        purpose: 'answers, with the user’s own key',
        ai: true,
        account: 'customer',
        dataClasses: ['docs'],
      },
    ],
    flows: [
      { id: 'own-key', from: 'desktop', to: 'openai', dataClasses: ['docs'], purpose: 'inference' },
      { id: 'pro', from: 'desktop', to: 'engine', dataClasses: ['docs'], purpose: 'inference' },
    ],
  });

  it('does not say "only" of the customers’ accounts', () => {
    const answers = ask(
      model,
      'Self-hosted LLMs vs. third-party model APIs',
      'Are your AI providers contractually barred from training on our data?',
    );
    for (const answer of answers) {
      expect(answer.answer, answer.question).not.toMatch(/reached only under/);
      expect(answer.answer, answer.question).toContain('stand behind Pro engine');
    }
    expect(answers[0]!.answer).toContain(
      "reached under each customer's own account where the customer connects it",
    );
  });
});

describe('encryption in transit of parts each customer runs', () => {
  it('is ours to say for a client app of ours that connects only to our server (AFFiNE)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'server',
          name: 'Cloud server',
          kind: 'api',
          dataClasses: ['docs'],
          encryption: { inTransit: { enabled: true, mechanism: 'HTTPS' } },
        },
        {
          id: 'apps',
          name: 'Client apps',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['docs'],
        },
      ],
      flows: [{ id: 'sync', from: 'apps', to: 'server', dataClasses: ['docs'], purpose: 'storage' }],
    });
    const [answer] = ask(model, 'Are internal service-to-service connections encrypted?');
    expect(answer!.answer).not.toContain('where the customer sets how');
    expect(answer!.answer).toContain('Whether Client apps encrypts data in transit is not yet documented.');
  });

  it('speaks of a desktop app’s own connections, not of users’ traffic to it (dyad)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'desktop',
          name: 'Desktop app',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['docs'],
          userAuthentication: { methods: ['none'] },
          encryption: {
            inTransit: {
              enabled: true,
              mechanism:
                'HTTPS to every provider; a model server on the same computer is reached over plain HTTP',
            },
          },
        },
      ],
    });
    const [answer] = ask(
      model,
      'Is all traffic between our users and your service protected with TLS 1.2 or higher?',
    );
    expect(answer!.answer).not.toContain('Traffic between users and Desktop app');
    expect(answer!.answer).toContain(
      "Desktop app runs in each customer's own environment, and encrypts its own connections only in part",
    );
    expect(answer!.yesNo).toBeNull();
  });
});

describe('how long data stays if nobody deletes it', () => {
  it('is a retention question, not one on how deletion works (deepwiki-open, langflow, AFFiNE)', async () => {
    for (const question of [
      'If we never delete anything ourselves, how long will uploaded files stay on your platform?',
      'How long are our documents kept if we do not delete them?',
      'For how long do you retain chat transcripts?',
    ])
      expect(asksHowLongKept(question), question).toBe(true);
    for (const question of [
      'How long does deletion take after we ask?',
      'When our contract ends, how and when is our data deleted?',
      'How long after a deletion request is data purged from backups?',
    ])
      expect(asksHowLongKept(question), question).toBe(false);
    const model = tinyModel({
      dataClasses: [{ ...DOCS, retention: 'until-deleted', deletion: { mechanism: 'a delete button' } }],
      components: [{ id: 'db', name: 'Database', kind: 'datastore', dataClasses: ['docs'] }],
    });
    // The word model alone leaves it blank; with the sentence model it reads as deletion, and the form turns it.
    const question =
      'If we never delete anything ourselves, how long will uploaded files stay on your platform?';
    const knowledge = prepareKnowledge({ model, results: [] });
    await addSentenceVectors(knowledge, [question], { cache: undefined });
    const [answer] = answerQuestions(knowledge, [{ sheet: 's', row: 2, question }]);
    expect(answer!.topic).toBe('data-retention');
    expect(answer!.answer).toContain('until deleted');
  });
});

describe('where embeddings are kept, by a vendor under each customer’s own account', () => {
  it('says whose account and when, from the flow to the vendor (langflow)', () => {
    const model = tinyModel({
      dataClasses: [DOCS, { ...EMBEDDINGS, derivedFrom: ['docs'] }],
      components: [
        { id: 'app', name: 'App', kind: 'service', dataClasses: ['docs', 'vectors'] },
        {
          id: 'pinecone-index',
          name: 'Pinecone',
          kind: 'vector-store',
          hosting: 'vendor',
          subprocessor: 'pinecone',
          dataClasses: ['vectors'],
        },
      ],
      subprocessors: [
        {
          id: 'pinecone',
          vendor: 'Pinecone',
          service: 'Pinecone',
          purpose: 'vector search in a customer’s flow',
          account: 'customer',
          dataClasses: ['vectors'],
        },
      ],
      flows: [
        {
          id: 'to-pinecone',
          from: 'app',
          to: 'pinecone',
          dataClasses: ['vectors'],
          purpose: 'retrieval',
          condition: { kind: 'other', description: 'when a customer uses it in a flow' },
        },
      ],
    });
    const [answer] = ask(
      model,
      'Embeddings - Y/N: are vector embeddings and derived chunks treated as Customer Data for purposes of retention?',
    );
    expect(answer!.answer).toContain(
      "Pinecone (under each customer's own account, only when a customer uses it in a flow)",
    );
  });
});

describe('stores that keep no separation by customer', () => {
  it('are named once, and "not every" is not said where none on record separates (deepwiki-open)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'clones',
          name: 'Clone store',
          kind: 'datastore',
          dataClasses: ['docs'],
          tenancy: { model: 'shared' },
        },
        {
          id: 'cache',
          name: 'Wiki cache',
          kind: 'datastore',
          dataClasses: ['docs'],
          tenancy: { model: 'shared' },
        },
        { id: 'logs', name: 'Log file', kind: 'datastore', dataClasses: ['docs'] },
      ],
    });
    const [answer] = ask(
      model,
      "Outside the AI features, how is our data separated from other customers' data in your databases?",
    );
    expect(answer!.answer).toMatch(/^No store we have documented separates customers' data\. By store: /);
    expect(answer!.answer.match(/Clone store/g)).toHaveLength(1);
  });
});

describe('a question whether we host models or call external APIs', () => {
  it('asks which, and is told we host none where the map has none (AFFiNE, deepwiki-open)', () => {
    for (const question of [
      'Do you self-host your models or call external model APIs?',
      'Is the language model hosted by you, or called through an external API?',
    ])
      expect(asksYesOrNo(question), question).toBe(false);
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [{ id: 'api', name: 'API', kind: 'api', dataClasses: ['docs'] }],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'OpenAI API',
          purpose: 'answers',
          ai: true,
          dataClasses: ['docs'],
        },
      ],
      flows: [{ id: 'ask', from: 'api', to: 'openai', dataClasses: ['docs'], purpose: 'inference' }],
    });
    const [answer] = ask(model, 'Do you self-host your models or call external model APIs?');
    expect(answer!.topic).toBe('ai-model-providers');
    expect(answer!.answer).toContain('We host no models ourselves.');
    expect(answer!.answer).not.toMatch(/^(?:Yes|No)\b/);
  });
});

describe('second-round wording', () => {
  it('says a part with no sign-in once, going on in the map’s words (hollama, openagents, babyagi)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'api',
          name: 'Chat API',
          kind: 'api',
          dataClasses: ['docs'],
          userAuthentication: {
            methods: ['none'],
            mechanism: 'No sign-in; anyone who can reach the API can use it.',
          },
        },
      ],
    });
    const [answer] = ask(model, 'Do you support SAML single sign-on with Okta or Azure AD?');
    expect(answer!.answer).toContain(
      'Chat API has no user sign-in: anyone who can reach the API can use it.',
    );
    expect(answer!.answer).not.toMatch(/no user sign-in\. No sign-in/);
  });

  it('counts one conditional sub-processor as one (hoppscotch)', () => {
    const model = tinyModel({
      dataClasses: [DOCS, { id: 'usage', name: 'Usage counts', category: 'telemetry', tenantScoped: false }],
      components: [{ id: 'api', name: 'API', kind: 'api', dataClasses: ['docs', 'usage'] }],
      subprocessors: [
        {
          id: 'posthog',
          vendor: 'PostHog',
          service: 'PostHog Cloud',
          purpose: 'usage counts',
          dataClasses: ['usage'],
        },
      ],
      flows: [
        {
          id: 'count',
          from: 'api',
          to: 'posthog',
          dataClasses: ['usage'],
          purpose: 'analytics',
          condition: { kind: 'other', description: 'when an administrator turns analytics on' },
        },
      ],
    });
    const [answer] = ask(model, 'Please send the current list of third parties that handle our data.');
    expect(answer!.answer).toMatch(/^We use 1 sub-processor, only under the condition given: /);
  });

  it('does not call stores each customer runs parts of ours in the data path (llmware)', () => {
    // Fourteen steps, more than the answer writes out: the rest are counted, by whose they are.
    const ids = Array.from({ length: 14 }, (_, i) => `${i + 1}`);
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        { id: 'lib', name: 'Library', kind: 'service', hosting: 'customer-hosted', dataClasses: ['docs'] },
        ...ids.flatMap((id) => [
          {
            id: `reader-${id}`,
            name: `Reader ${id}`,
            kind: 'service' as const,
            hosting: 'customer-hosted' as const,
            dataClasses: ['docs'],
          },
          {
            id: `store-${id}`,
            name: `Store ${id}`,
            kind: 'vector-store' as const,
            hosting: 'customer-hosted' as const,
            dataClasses: ['docs'],
          },
        ]),
      ],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'OpenAI API',
          purpose: 'answers',
          ai: true,
          account: 'customer',
          dataClasses: ['docs'],
        },
        {
          id: 'wiki',
          vendor: 'Wikimedia',
          service: 'Wikipedia API',
          purpose: 'page look-ups',
          dataClasses: ['docs'],
        },
      ],
      flows: [
        { id: 'ask', from: 'lib', to: 'openai', dataClasses: ['docs'], purpose: 'inference' },
        ...ids.map((id) => ({
          id: `keep-${id}`,
          from: 'lib',
          to: `store-${id}`,
          dataClasses: ['docs'],
          purpose: 'storage' as const,
          condition: { kind: 'other' as const, description: `when setting ${id}x is on` },
        })),
        {
          id: 'lookup',
          from: 'lib',
          to: 'wiki',
          dataClasses: ['docs'],
          purpose: 'retrieval',
          condition: { kind: 'other', description: 'when a tool looks a page up' },
        },
      ],
    });
    const [answer] = ask(model, 'Can you show how customer data flows through your AI components?');
    expect(answer!.topic).toBe('ai-data-lineage');
    expect(answer!.answer).not.toContain('of ours');
    expect(answer!.answer).toMatch(/\d+ parts each customer runs/);
  });
});

describe('vendors that receive prompts, in the retention answer', () => {
  it('each say their condition, and one sent only what is made from them says what (morphic)', () => {
    const model = tinyModel({
      dataClasses: [
        {
          id: 'prompts',
          name: 'Questions',
          category: 'prompts',
          tenantScoped: true,
          retention: 'until-deleted',
        },
        {
          id: 'queries',
          name: 'search queries',
          category: 'prompts',
          tenantScoped: true,
          retention: 'until-deleted',
          derivedFrom: ['prompts'],
        },
      ],
      components: [{ id: 'app', name: 'App', kind: 'service', dataClasses: ['prompts', 'queries'] }],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'OpenAI API',
          purpose: 'answers',
          ai: true,
          dataClasses: ['prompts'],
        },
        {
          id: 'trace',
          vendor: 'Langfuse',
          service: 'Langfuse',
          purpose: 'traces',
          ai: true,
          dataClasses: ['prompts'],
        },
        {
          id: 'brave',
          vendor: 'Brave',
          service: 'Brave Search API',
          purpose: 'search',
          dataClasses: ['queries'],
        },
      ],
      flows: [
        { id: 'ask', from: 'app', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' },
        {
          id: 'log',
          from: 'app',
          to: 'trace',
          dataClasses: ['prompts'],
          purpose: 'logging',
          condition: { kind: 'other', description: 'when tracing is switched on' },
        },
        {
          id: 'find',
          from: 'app',
          to: 'brave',
          dataClasses: ['queries'],
          purpose: 'retrieval',
          condition: { kind: 'other', description: 'when Brave search is enabled' },
        },
      ],
    });
    const [answer] = ask(
      model,
      'How long are prompts and completions stored on your side before they are purged?',
    );
    expect(answer!.topic).toBe('ai-prompt-retention');
    expect(answer!.answer).toContain('Langfuse (only when tracing is switched on)');
    expect(answer!.answer).toContain(
      'Brave Search API also receives search queries (only when Brave search is enabled)',
    );
  });
});

describe('a store whose declared separation the code contradicts', () => {
  it('is not said to separate customers, and takes the Yes away (morphic)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'db',
          name: 'Database',
          kind: 'datastore',
          dataClasses: ['docs'],
          tenancy: { model: 'row-level-security', mechanism: 'RLS keyed to the user' },
        },
      ],
    });
    const drift = {
      checkId: 'discovery-drift',
      controls: ['TM-MAP-01', 'TM-TEN-01'],
      status: 'fail' as const,
      severity: 'high' as const,
      subject: { kind: 'finding' as const, id: 'postgres' },
      lacks: ['tenancy'],
      message: 'Component db declares row-level-security, but its migrations do not key every table',
      sources: [],
    };
    const question =
      "Outside the AI features, how is our data separated from other customers' data in your databases?";
    const [before] = answerQuestions(prepareKnowledge({ model, results: [] }), [
      { sheet: 's', row: 2, question },
    ]);
    expect(before!.answer).toMatch(/^Each store that holds customer data separates/);
    const [after] = answerQuestions(prepareKnowledge({ model, results: [drift as never] }), [
      { sheet: 's', row: 2, question },
    ]);
    expect(after!.answer).not.toMatch(/^Each store that holds customer data separates/);
    expect(after!.yesNo).toBeNull();
    expect(after!.note).toContain('check discovery-drift: Component db declares row-level-security');
  });
});

describe('whether prompts are kept at all', () => {
  const model = (retention: string) =>
    tinyModel({
      dataClasses: [{ id: 'prompts', name: 'Questions', category: 'prompts', tenantScoped: true, retention }],
      components: [
        { id: 'api', name: 'API', kind: 'api', dataClasses: ['prompts'], retention: { prompts: retention } },
      ],
    });

  it('is answered Yes where we keep them, for a question that asks only that', () => {
    expect(asksWhetherKept('Do you store our prompts?')).toBe(true);
    expect(
      asksWhetherKept('Are model inputs and outputs persisted anywhere after the response is returned?'),
    ).toBe(true);
    const [answer] = ask(model('30d'), 'Do you store our prompts?');
    expect(answer!.topic).toBe('ai-prompt-retention');
    expect(answer!.answer).toMatch(/^Yes\. /);
  });

  it('gives no Yes to a question on how long, zero retention or deleting them', () => {
    for (const question of [
      'Is zero data retention available for LLM requests?',
      'Can we set how long conversation history is kept, including not keeping it at all?',
      'Does your audit trail record the full text of prompts? If so, how long are those entries kept?',
      'Are prompts deleted after the session ends?',
    ])
      expect(asksWhetherKept(question), question).toBe(false);
  });
});
