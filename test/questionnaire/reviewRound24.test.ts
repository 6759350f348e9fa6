// What the twenty-fourth session's reviews and readings found in the answers, each from the smallest map that shows it.
import { describe, expect, it } from 'vitest';
import { namedArea, regionArea, regionInside } from '../../src/model/index.js';
import { ask, DOCS, docsStore, tinyModel } from './fixtures.js';

/** A service and its database in `region`, with OpenAI receiving the documents in `openai`. */
function hostedIn(region: string, openai: string[] | undefined, organization: string[] = []) {
  return tinyModel({
    organization: {
      name: 'Tiny AI',
      stage: 'seed',
      ...(organization.length ? { regions: organization } : {}),
    },
    dataClasses: [DOCS],
    components: [
      { id: 'api', name: 'API', kind: 'service', dataClasses: ['docs'], region },
      docsStore('db', { name: 'Database', region }),
    ],
    subprocessors: [
      {
        id: 'openai',
        vendor: 'OpenAI',
        service: 'OpenAI API',
        purpose: 'answer generation',
        dataClasses: ['docs'],
        ...(openai ? { regions: openai } : {}),
      },
    ],
  });
}

describe('where a region lies', () => {
  it('reads the clouds’ region ids and places written out', () => {
    expect(regionArea('eu-central-1')).toBe('DE');
    expect(regionArea('aws-us-west-2')).toBe('US');
    expect(regionArea('europe-west4')).toBe('NL');
    expect(regionArea('westeurope')).toBe('NL');
    expect(regionArea('EU')).toBe('EU');
    expect(regionArea('United States')).toBe('US');
    expect(regionArea('moon-base-1')).toBeUndefined();
  });

  it('tells the EU from Europe: London and Zurich are in Europe, not in the EU', () => {
    expect(regionInside('eu-west-2', 'EU')).toBe(false);
    expect(regionInside('eu-west-2', 'Europe')).toBe(true);
    expect(regionInside('eu-central-2', 'EEA')).toBe(false);
    expect(regionInside('norwayeast', 'EEA')).toBe(true);
    expect(regionInside('norwayeast', 'EU')).toBe(false);
    // Named only as Europe: it may or may not be in the EU.
    expect(regionInside('europe', 'EU')).toBeUndefined();
    expect(regionInside('somewhere', 'EU')).toBeUndefined();
  });

  it('names the one area a question asks about, and none where it names two', () => {
    expect(
      namedArea("We're an EU-regulated bank. Can storage and inference be kept inside EU regions?"),
    ).toBe('EU');
    expect(namedArea('Is all processing kept within the EU/EEA?')).toBe('EEA');
    expect(namedArea('Can we require that our data stays in the United Kingdom?')).toBe('GB');
    expect(namedArea('Do you host data in the US?')).toBe('US');
    // "us" is a pronoun.
    expect(namedArea('Can you tell us where data is hosted?')).toBeUndefined();
    expect(namedArea('Can data be hosted in the EU or the UK?')).toBeUndefined();
    expect(namedArea('European customers: where is data hosted?')).toBeUndefined();
  });
});

describe('a Yes or No to "Can our data stay in the EU?"', () => {
  const question = 'Can we require that our data stays within the EU?';

  it('is No where everything on record is in the US (acme-style maps gave no verdict at all)', () => {
    const [answer] = ask(hostedIn('us-east-1', ['us']), question);
    expect(answer!.topic).toBe('data-residency');
    expect(answer!.yesNo).toBe('No');
    expect(answer!.answer).toMatch(
      /^No\. The service and its data are hosted in us-east-1 \(United States\)\./,
    );
  });

  it('is Yes where the service, its store and every vendor receiving the data are in the EU', () => {
    const [answer] = ask(hostedIn('eu-central-1', ['eu']), question);
    expect(answer!.yesNo).toBe('Yes');
  });

  it('is Partially where the data is stored in the EU but a model provider receiving it is in the US', () => {
    const [answer] = ask(hostedIn('eu-west-1', ['us']), question);
    expect(answer!.yesNo).toBe('Partially');
    expect(answer!.answer).toContain('OpenAI (us)');
  });

  it('says nothing where a vendor’s location is not on record', () => {
    const [answer] = ask(hostedIn('eu-west-1', undefined), question);
    expect(answer!.yesNo).toBeNull();
    expect(answer!.status).toBe('review');
  });

  it('says nothing where the company names the EU among its regions though no part on record is there', () => {
    const [answer] = ask(hostedIn('us-east-1', ['us'], ['us', 'eu']), question);
    expect(answer!.yesNo).toBeNull();
  });

  it('turns round for a question whether data leaves the area', () => {
    const [inside] = ask(hostedIn('eu-central-1', ['eu']), 'Is any of our data processed outside the EU?');
    expect(inside!.topic).toBe('data-residency');
    expect(inside!.yesNo).toBe('No');
    const [outside] = ask(hostedIn('us-east-1', ['us']), 'Is any of our data processed outside the EU?');
    expect(outside!.yesNo).toBe('Yes');
  });

  it('gives no verdict to a question that names no area, or two', () => {
    const [where, two] = ask(
      hostedIn('us-east-1', ['us']),
      'In which countries is our data stored and processed?',
      'Can our data be hosted in the EU or the UK?',
    );
    expect(where!.yesNo).toBeNull();
    expect(two!.yesNo).toBeNull();
  });
});

describe('retrieval isolation where each customer runs everything and no embeddings are made', () => {
  // chatgpt-web: a server and a browser app each operator installs, OpenAI under the operator's own key, no vector store.
  const model = tinyModel({
    dataClasses: [{ id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true }],
    components: [
      {
        id: 'server',
        name: 'Chat server',
        kind: 'service',
        hosting: 'customer-hosted',
        dataClasses: ['prompts'],
      },
      {
        id: 'browser',
        name: 'Browser storage',
        kind: 'datastore',
        hosting: 'customer-hosted',
        dataClasses: ['prompts'],
      },
    ],
    subprocessors: [
      {
        id: 'openai',
        vendor: 'OpenAI',
        service: 'OpenAI API',
        purpose: 'answer generation',
        dataClasses: ['prompts'],
        account: 'customer',
      },
    ],
    flows: [{ id: 'chat', from: 'server', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' }],
  });

  it('gives no Yes to "Are vector embeddings segregated per customer?": a Yes would say there are embeddings', () => {
    const [embeddings, partitioned] = ask(
      model,
      'Are vector embeddings segregated per customer in your retrieval pipeline?',
      'Are vector embeddings partitioned per customer?',
    );
    for (const answer of [embeddings!, partitioned!]) {
      expect(answer.topic).toBe('ai-tenant-isolation');
      expect(answer.yesNo).toBeNull();
      expect(answer.answer).not.toMatch(/^Yes/);
      expect(answer.answer).toContain('No store or service of ours holds customers');
    }
  });

  it('still answers No to whether another customer can surface our files', () => {
    const [answer] = ask(
      model,
      'Could a cleverly worded question from someone at another company surface snippets of our files in their answer?',
    );
    expect(answer!.topic).toBe('ai-tenant-isolation');
    expect(answer!.yesNo).toBe('No');
  });
});

describe('a vendor and its service, named once', () => {
  it('is the vendor alone where the service is the vendor’s last word, and the service where it opens with the initials', async () => {
    const { vendorService } = await import('../../src/model/index.js');
    // chat-langchain: "Twilio Segment Segment"; aws-genai-llm-chatbot: "Amazon Web Services AWS infrastructure".
    expect(vendorService('Twilio Segment', 'Segment')).toBe('Twilio Segment');
    expect(vendorService('Amazon Web Services', 'AWS infrastructure')).toBe('AWS infrastructure');
    expect(vendorService('Microsoft Azure', 'Azure Blob Storage')).toBe('Microsoft Azure Blob Storage');
    expect(vendorService('Google', 'Gemini API')).toBe('Google Gemini API');
  });
});

describe('parts with no sign-in, said once', () => {
  // localGPT: a web UI, a gateway and an API, none with sign-in; "has no user sign-in" five times over.
  const model = tinyModel({
    dataClasses: [DOCS],
    components: [
      {
        id: 'ui',
        name: 'Web UI',
        kind: 'service',
        dataClasses: ['docs'],
        userAuthentication: { methods: ['none'] },
      },
      {
        id: 'gateway',
        name: 'Backend gateway',
        kind: 'service',
        dataClasses: ['docs'],
        userAuthentication: { methods: ['none'], mechanism: 'No sign-in or API key; CORS allows any origin' },
      },
      {
        id: 'rag',
        name: 'RAG API',
        kind: 'service',
        dataClasses: ['docs'],
        userAuthentication: { methods: ['none'] },
      },
    ],
  });

  it('names the parts with nothing more to say together, and goes on from the map’s own no-sign-in words', () => {
    const [answer] = ask(model, 'Do you support SAML single sign-on with Okta or Azure AD?');
    expect(answer!.topic).toBe('customer-sso');
    expect(answer!.answer).toContain(
      'Web UI and RAG API have no user sign-in: anyone who can reach them may use them.',
    );
    expect(answer!.answer).toContain('Backend gateway has no user sign-in: CORS allows any origin.');
    expect(answer!.answer.match(/no user sign-in/g)).toHaveLength(2);
  });
});

describe('the count of sub-processors’ agreements answers only what it counts', () => {
  const model = tinyModel({
    dataClasses: [DOCS],
    components: [docsStore('db')],
    subprocessors: [
      {
        id: 'openai',
        vendor: 'OpenAI',
        service: 'OpenAI API',
        purpose: 'answer generation',
        dataClasses: ['docs'],
        terms: { training: 'never', retention: '30d' },
      },
    ],
  });

  it('leaves "How do you vet suppliers before onboarding?" blank with the count as a draft (chat-langchain: five rows)', () => {
    const [vet, reports] = ask(
      model,
      'How do you assess the security of your own suppliers before onboarding them?',
      "Do you review your critical vendors' SOC 2 reports annually?",
    );
    expect(vet!.topic).toBe('vendor-risk-management');
    expect(vet!.status).toBe('blank');
    expect(vet!.note).toContain('not how suppliers are assessed');
    expect(vet!.note).toContain('have a signed DPA on file');
    expect(reports!.topic).toBe('vendor-risk-management');
    expect(reports!.answer).toContain('0 of 1 have a signed DPA on file');
  });
});

describe('an AI provider used only under a condition, in the training answer', () => {
  // localGPT: answers come from models it runs itself; IBM watsonx.ai only when an administrator selects that backend.
  const model = tinyModel({
    organization: {
      name: 'Tiny AI',
      stage: 'seed',
      commitments: { noTrainingOnCustomerData: true },
    },
    dataClasses: [
      { id: 'prompts', name: 'Questions', category: 'prompts', tenantScoped: true, retention: '30d' },
    ],
    components: [{ id: 'api', name: 'RAG API', kind: 'service', dataClasses: ['prompts'] }],
    subprocessors: [
      {
        id: 'ibm',
        vendor: 'IBM',
        service: 'watsonx.ai',
        purpose: 'answer generation when selected',
        ai: true,
        dataClasses: ['prompts'],
        terms: { training: 'never', retention: 'zero' },
      },
    ],
    flows: [
      {
        id: 'to-ibm',
        from: 'api',
        to: 'ibm',
        dataClasses: ['prompts'],
        purpose: 'inference',
        condition: { kind: 'other', description: 'an administrator selects the watsonx backend' },
      },
    ],
  });

  it('says when the provider receives anything, not as if every question reached it', () => {
    const [answer] = ask(
      model,
      'Will the contracts we paste into the assistant be used to train your models?',
    );
    expect(answer!.topic).toBe('ai-training-on-customer-data');
    expect(answer!.answer).toContain('Our AI providers (IBM) do not train on data we send them');
    expect(answer!.answer).toContain(
      'IBM receives customer data only when an administrator selects the watsonx backend.',
    );
  });

  it('says "under their terms", not "zero data retention", of a provider whose terms keep nothing but with no such agreement', () => {
    const [answer] = ask(model, 'How long do you keep our prompts and the model outputs?');
    expect(answer!.answer).not.toContain('(zero data retention)');
    expect(answer!.answer).toContain(
      'keep nothing we send, under their terms: IBM (only when an administrator selects the watsonx backend)',
    );
  });
});

describe('the map’s own words, kept as sentences', () => {
  it('says each AI system’s oversight as a sentence of its own (anthropic-quickstarts: three systems run together)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [{ id: 'api', name: 'API', kind: 'service', dataClasses: ['docs'] }],
      aiSystems: [
        {
          id: 'support',
          name: 'Support assistant',
          purpose: 'Answers customers’ support questions',
          role: ['deployer'],
          riskClass: 'limited',
          components: ['api'],
          humanOversight: 'offers a button to reach a person, which we must connect to our support queue',
        },
        {
          id: 'analyst',
          name: 'Financial data analyst',
          purpose: 'Charts uploaded financial data',
          role: ['deployer'],
          riskClass: 'minimal',
          components: ['api'],
          humanOversight: 'output is shown to the user only; it takes no actions',
        },
      ],
    });
    const [answer] = ask(model, 'Is there a human in the loop before AI-generated output is acted upon?');
    expect(answer!.topic).toBe('ai-human-oversight');
    expect(answer!.answer).toContain('to our support queue. Financial data analyst: output is shown');
  });

  it('puts a deletion time inside the map’s sentence, not after its full stop (aws-genai-llm-chatbot, lollms-webui)', async () => {
    const { withAside } = await import('../../src/core/words.js');
    expect(withAside('Removed when the user deletes the files.', 'immediately')).toBe(
      'Removed when the user deletes the files (immediately)',
    );
    expect(withAside('Ollama (local models)', 'on the Docker host')).toBe(
      'Ollama (local models; on the Docker host)',
    );
  });
});

describe('encryption in transit across several apps of one company', () => {
  // anthropic-quickstarts: two web apps on one host, and a library each customer runs.
  const model = tinyModel({
    dataClasses: [DOCS],
    components: [
      {
        id: 'support',
        name: 'Support agent',
        kind: 'service',
        dataClasses: ['docs'],
        encryption: {
          inTransit: { enabled: true, mechanism: 'HTTPS from AWS Amplify hosting; SDK calls over TLS' },
        },
      },
      {
        id: 'finance',
        name: 'Financial analyst',
        kind: 'service',
        dataClasses: ['docs'],
        encryption: { inTransit: { enabled: true, mechanism: 'HTTPS from AWS Amplify hosting' } },
      },
      {
        id: 'agents',
        name: 'Agents library',
        kind: 'service',
        hosting: 'customer-hosted',
        dataClasses: ['docs'],
        encryption: { inTransit: { enabled: true, mechanism: 'Anthropic SDK over HTTPS' } },
      },
    ],
  });

  it('says each mechanism once and counts only our parts, the customer’s said apart', () => {
    const [answer] = ask(model, 'Is data encrypted in transit?');
    expect(answer!.topic).toBe('encryption-in-transit');
    expect(answer!.answer).toContain(
      'Data is encrypted in transit on both components (HTTPS from AWS Amplify hosting; SDK calls over TLS).',
    );
    expect(answer!.answer.match(/HTTPS from AWS Amplify hosting/g)).toHaveLength(1);
    expect(answer!.answer).toContain('Agents library');
  });
});

describe('oversight words asked whether an agent acts without approval', () => {
  const model = (humanOversight: string) =>
    tinyModel({
      dataClasses: [DOCS],
      components: [{ id: 'app', name: 'App', kind: 'service', dataClasses: ['docs'] }],
      aiSystems: [
        {
          id: 'codegen',
          name: 'Code generator',
          purpose: 'Writes and runs small apps',
          role: ['deployer'],
          riskClass: 'limited',
          components: ['app'],
          humanOversight,
        },
      ],
    });
  const question =
    'Can AI features or agents take actions (send, modify, delete, transact) without explicit user approval?';

  it('are not the answer where they speak only of reviewing output (fragments: read as an approval gate)', () => {
    const [answer] = ask(
      model('the user reviews the generated code and preview and decides whether to publish it'),
      question,
    );
    expect(answer!.status).toBe('blank');
    expect(answer!.note).toContain('whether it takes actions without a person approving them');
  });

  it('are the answer where they speak of its actions', () => {
    const [answer] = ask(
      model('it takes no actions outside the sandbox; a person approves each publish'),
      question,
    );
    expect(answer!.status).not.toBe('blank');
    expect(answer!.answer).toContain('it takes no actions outside the sandbox');
  });
});

describe('a store’s deletion words, said only of the classes they speak of', () => {
  const model = (mechanism: string) =>
    tinyModel({
      dataClasses: [
        {
          id: 'goals',
          name: 'Agent goals',
          category: 'customer-content',
          tenantScoped: true,
          deletion: {
            mechanism: 'Deleting an agent marks it deleted (soft delete); the rows are not purged',
          },
        },
        { id: 'account-data', name: 'Account profile', category: 'personal-data', tenantScoped: true },
      ],
      components: [
        {
          id: 'mysql',
          name: 'MySQL',
          kind: 'datastore',
          dataClasses: ['goals', 'account-data'],
          deletion: { mechanism },
        },
      ],
    });
  const question = 'When our contract ends, how and when is our data deleted?';

  it('does not say an account profile is deleted in part by words about agents (AgentGPT, opengpts)', () => {
    const [answer] = ask(
      model('Deleting an agent marks it deleted (soft delete); the rows are not purged'),
      question,
    );
    expect(answer!.topic).toBe('data-deletion');
    expect(answer!.answer).toContain('Agent goals: Deleting an agent marks it deleted');
    expect(answer!.answer).not.toMatch(/account profile\)? is deleted/i);
    expect(answer!.answer).toContain('Not yet on record: how we delete account profile');
  });

  it('still reads words about the whole account as covering every class the store holds (inbox-zero)', () => {
    const [answer] = ask(model('account deletion cascades to every row the account owns'), question);
    expect(answer!.answer).not.toContain('Not yet on record: how we delete account profile');
    expect(answer!.answer).toContain('Account profile: account deletion cascades');
  });
});

describe('separation with an exception the map’s own words name', () => {
  // opengpts: one pgvector table filtered by assistant and thread; assistants a user marks public are readable by all.
  const model = (appTenancy: string) =>
    tinyModel({
      dataClasses: [DOCS, { id: 'vectors', name: 'Embeddings', category: 'embeddings', tenantScoped: true }],
      components: [
        {
          id: 'app',
          name: 'Service',
          kind: 'service',
          dataClasses: ['docs'],
          tenancy: { model: 'application-filter', mechanism: appTenancy },
        },
        {
          id: 'pgvector',
          name: 'pgvector',
          kind: 'vector-store',
          dataClasses: ['vectors'],
          tenancy: {
            model: 'application-filter',
            mechanism: 'one shared table; each search filters on the assistant id',
          },
        },
      ],
      flows: [{ id: 'search', from: 'app', to: 'pgvector', dataClasses: ['vectors'], purpose: 'retrieval' }],
    });

  it('gives no No to "could another company surface our files?" and says the exception', () => {
    const [answer] = ask(
      model('every query filters on the user id; assistants a user marks public are readable by every user'),
      'Could a cleverly worded question from someone at another company surface snippets of our files in their answer?',
    );
    expect(answer!.topic).toBe('ai-tenant-isolation');
    expect(answer!.yesNo).toBeNull();
    expect(answer!.answer).toContain('assistants a user marks public are readable by every user');
  });

  it('gives no Yes to "partitioned per customer?" of one shared table filtered in the application', () => {
    const [partitioned, segregated] = ask(
      model('every query filters on the user id'),
      'Are vector embeddings partitioned per customer?',
      'Are vector embeddings segregated per customer in your retrieval pipeline?',
    );
    expect(partitioned!.topic).toBe('ai-tenant-isolation');
    expect(partitioned!.yesNo).toBeNull();
    expect(segregated!.yesNo).toBe('Yes');
  });
});

describe('single sign-on where an API trusts the session of a web app in the map', () => {
  it('is answered from the web app’s own ways in (AgentGPT: every SSO question blank once the API was `delegated`)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'web',
          name: 'Web app',
          kind: 'service',
          dataClasses: ['docs'],
          userAuthentication: { methods: ['social'], mfa: 'not-offered' },
        },
        {
          id: 'api',
          name: 'Agent API',
          kind: 'api',
          dataClasses: ['docs'],
          userAuthentication: { methods: ['delegated'] },
        },
      ],
      flows: [{ id: 'call', from: 'web', to: 'api', dataClasses: ['docs'], purpose: 'storage' }],
    });
    const [saml] = ask(model, 'Do you support SAML single sign-on with Okta or Azure AD?');
    expect(saml!.topic).toBe('customer-sso');
    expect(saml!.yesNo).toBe('No');
    expect(saml!.answer).toMatch(/^No\. SAML single sign-on is not offered\./);
  });
});

describe('a provider’s condition, said once', () => {
  it('is not said again where the purpose says it in other words (chat-langchain, opengpts)', async () => {
    const { unlessSaid } = await import('../../src/model/conditions.js');
    expect(
      unlessSaid(
        'only when both Gemini and OpenAI fail for a request',
        'Claude Haiku 4.5, second fallback model when Gemini and OpenAI fail',
      ),
    ).toBeUndefined();
    expect(
      unlessSaid(
        'only when an assistant owner picks Claude',
        'chat model (Claude 3 Haiku) for assistants whose owner picks it',
      ),
    ).toBeUndefined();
    // A purpose with no clause of its own keeps the condition.
    expect(unlessSaid('only when an administrator selects Groq', 'chat model (Groq Llama)')).toBe(
      'only when an administrator selects Groq',
    );
  });
});

describe('encryption in transit where every part is the customer’s', () => {
  it('still says what the product sets up there (cwyd, aws-genai-llm-chatbot: "TLS 1.2 minimum" kept)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'web',
          name: 'Chat web app',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['docs'],
          encryption: {
            inTransit: { enabled: true, mechanism: 'HTTPS only on Azure App Service, TLS 1.2 minimum' },
          },
        },
      ],
    });
    const [answer] = ask(model, 'Is client data encrypted in transit using TLS 1.2 or higher?');
    expect(answer!.topic).toBe('encryption-in-transit');
    expect(answer!.answer).toContain('TLS 1.2 minimum');
  });
});
