// What the twentieth session's reviews of real apps found in the answers, each from the smallest map that shows it:
// souzatharsis/podcastfy (cc3b30c), Zackriya-Solutions/meeting-minutes (085d848), ztjhz/BetterChatGPT (fbc47eb).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { withAside } from '../../src/core/words.js';
import { nameMidSentence, signInComponents, signInSentence } from '../../src/model/index.js';
import { composeAnswer } from '../../src/questionnaire/index.js';
import { tinyModel } from './fixtures.js';

function answerOf(topic: string, model: ReturnType<typeof tinyModel>) {
  const composed = composeAnswer(topic, { model, results: runChecks(model).results });
  if (!('answer' in composed)) throw new Error(`expected an answer for ${topic}: ${composed.missing}`);
  return composed.answer;
}

const PROMPTS = {
  id: 'prompts',
  name: 'User prompts',
  category: 'prompts',
  tenantScoped: true,
  retention: 'until-deleted',
} as const;

describe('the models each customer runs, asked "do you self-host open-weight models?"', () => {
  // podcastfy, paperless-gpt, page-assist, agent-zero, meeting-minutes: "Do you self-host any open-weight models? …
  // provenance of the weights" answered with the providers alone, beside the llamafile, Ollama or Whisper model each
  // customer runs.
  const model = tinyModel({
    organization: { name: 'Tiny AI', stage: 'seed', commitments: { noTrainingOnCustomerData: true } },
    dataClasses: [PROMPTS],
    components: [
      { id: 'app', name: 'App', kind: 'service', hosting: 'customer-hosted', dataClasses: ['prompts'] },
      {
        id: 'local-llm',
        name: 'Optional local model (llamafile)',
        kind: 'inference-endpoint',
        technology: 'llamafile',
        hosting: 'customer-hosted',
        dataClasses: ['prompts'],
      },
    ],
    flows: [{ id: 'ask', from: 'app', to: 'local-llm', dataClasses: ['prompts'], purpose: 'inference' }],
  });

  it('names them as the customer’s, with the weights the customer loads', () => {
    const answer = answerOf('ai-training-data-provenance', model);
    expect(answer.text).toContain(
      'Customers may run models themselves, with the weights they choose to load, and nothing in our system trains them: Optional local model (llamafile).',
    );
    expect(answer.sources.map((source) => ('pointer' in source ? source.pointer : ''))).toContain(
      'components/local-llm',
    );
  });

  it('does not say in the aside what the name already says', () => {
    // "Optional local model (llamafile; llamafile; only when …)" in ten answers.
    expect(withAside('Optional local model (llamafile)', 'llamafile; only when chosen')).toBe(
      'Optional local model (llamafile; only when chosen)',
    );
    expect(withAside('Ollama (local models)', 'Local Models')).toBe('Ollama (local models)');
    expect(withAside('Ollama', 'on the Docker host')).toBe('Ollama (on the Docker host)');
  });
});

describe('a product each customer runs that still sends us usage events', () => {
  // meeting-minutes: PostHog, on by default, keeping every installation's usage events a year, beside "nothing of a
  // customer's stays with us", "no vendor of ours receives it" and, to an EU bank, "the data it keeps stays there".
  const model = tinyModel({
    organization: { name: 'Tiny AI', stage: 'seed', product: 'Meetily' },
    dataClasses: [
      { ...PROMPTS, deletion: { mechanism: 'the user deletes the meeting in the app' } },
      {
        id: 'usage-events',
        name: 'Product usage events',
        category: 'telemetry',
        tenantScoped: false,
        retention: '1y',
      },
    ],
    components: [
      {
        id: 'app',
        name: 'Desktop app',
        kind: 'service',
        hosting: 'customer-hosted',
        dataClasses: ['prompts'],
      },
    ],
    subprocessors: [
      {
        id: 'posthog',
        vendor: 'PostHog',
        service: 'Product analytics',
        purpose: 'Usage analytics',
        dataClasses: ['usage-events'],
        regions: ['us'],
        terms: { training: 'never', retention: '1y' },
      },
    ],
    flows: [{ id: 'track', from: 'app', to: 'posthog', dataClasses: ['usage-events'], purpose: 'analytics' }],
  });

  it('says what does reach us, where customer data does not', () => {
    expect(answerOf('data-deletion', model).text).toContain(
      "nothing of a customer's stays with us when the contract ends, beyond Product usage events, which PostHog keeps for 1 year.",
    );
    expect(answerOf('tenant-segregation', model).text).toContain(
      'no vendor of ours receives it; what does reach us is Product usage events, which PostHog keeps for 1 year.',
    );
    expect(answerOf('data-residency', model).text).toContain(
      'What does leave for us is Product usage events, which PostHog keeps for 1 year (region: us).',
    );
  });

  it('says nothing more where nothing reaches us', () => {
    const quiet = tinyModel({
      organization: { name: 'Tiny AI', stage: 'seed' },
      dataClasses: [{ ...PROMPTS, deletion: { mechanism: 'the user deletes it' } }],
      components: [
        { id: 'app', name: 'App', kind: 'service', hosting: 'customer-hosted', dataClasses: ['prompts'] },
      ],
    });
    expect(answerOf('data-residency', quiet).text).not.toContain('leave for us');
    expect(answerOf('data-deletion', quiet).text).toContain(
      "nothing of a customer's stays with us when the contract ends.",
    );
  });
});

describe('prompts a service reached with no account keeps', () => {
  // BetterChatGPT: ShareGPT, publishing a shared conversation at a public link, left out of "are model inputs and
  // outputs persisted anywhere after the response is returned?".
  it('names it with the providers reached so', () => {
    const model = tinyModel({
      dataClasses: [PROMPTS],
      components: [
        {
          id: 'browser',
          name: 'Browser storage',
          kind: 'datastore',
          hosting: 'customer-hosted',
          dataClasses: ['prompts'],
          retention: 'until-deleted',
        },
      ],
      subprocessors: [
        {
          id: 'sharegpt',
          vendor: 'ShareGPT',
          service: 'ShareGPT conversation sharing',
          purpose: 'Publishes a conversation at a public link',
          account: 'none',
          dataClasses: ['prompts'],
        },
      ],
      flows: [
        {
          id: 'share',
          from: 'browser',
          to: 'sharegpt',
          dataClasses: ['prompts'],
          purpose: 'storage',
          condition: { kind: 'other', description: 'when the user shares a conversation' },
        },
      ],
    });
    const answer = answerOf('ai-prompt-retention', model);
    expect(answer.text).toContain('ShareGPT');
    expect(answer.text).toMatch(/ShareGPT[^.]* reached anonymously/);
  });
});

describe('encryption of parts each customer runs', () => {
  // page-assist, paperless-gpt, podcastfy, meeting-minutes: "Whether Browser database (IndexedDB), Local SQLite
  // database … encrypt data in transit is not yet documented" in five answers each, of parts only the customer sets up.
  const model = tinyModel({
    dataClasses: [PROMPTS],
    components: [
      {
        id: 'share',
        name: 'Share service',
        kind: 'api',
        hosting: 'cloud-managed',
        dataClasses: ['prompts'],
        encryption: { inTransit: { enabled: true, mechanism: 'HTTPS' } },
      },
      {
        id: 'browser',
        name: 'Browser database',
        kind: 'datastore',
        hosting: 'customer-hosted',
        dataClasses: ['prompts'],
      },
    ],
    flows: [{ id: 'publish', from: 'browser', to: 'share', dataClasses: ['prompts'], purpose: 'storage' }],
  });

  it('says where it runs, claims nothing of its encryption, and counts only ours', () => {
    const answer = answerOf('encryption-in-transit', model);
    // Since the twenty-fifth session not "where the customer sets how it is encrypted", which a shipped server with no
    // TLS option is not (codel, Devon).
    expect(answer.text).toBe(
      "Data is encrypted in transit on the one component (HTTPS). Browser database runs in each customer's own environment, which we do not operate; how it is encrypted there is not on record.",
    );
    // No Yes for every hop while the customer's own part says nothing (OpenManus).
    expect(answer.yesNo).toBeUndefined();
    expect(answer.review).toBeUndefined();
  });
});

describe('a service of ours passing model calls on to a model the map names', () => {
  it('is no part whose providers are unknown (LLocalSearch)', () => {
    // LLocalSearch: its backend, calling only the Ollama the map names, was "Which providers, if any, stand behind Agent
    // backend is not yet on record" in ten answers.
    const model = tinyModel({
      dataClasses: [PROMPTS],
      components: [
        { id: 'web', name: 'Web app', kind: 'service', hosting: 'self-hosted', dataClasses: ['prompts'] },
        {
          id: 'backend',
          name: 'Agent backend',
          kind: 'service',
          hosting: 'self-hosted',
          dataClasses: ['prompts'],
        },
        {
          id: 'ollama',
          name: 'Ollama',
          kind: 'inference-endpoint',
          hosting: 'self-hosted',
          dataClasses: ['prompts'],
        },
      ],
      flows: [
        { id: 'ask', from: 'web', to: 'backend', dataClasses: ['prompts'], purpose: 'inference' },
        { id: 'run', from: 'backend', to: 'ollama', dataClasses: ['prompts'], purpose: 'inference' },
      ],
    });
    const answer = answerOf('ai-model-providers', model);
    expect(answer.text).toBe('We use no third-party AI services. Models we run ourselves: Ollama.');
  });
});

describe('users a service in front identifies', () => {
  it('are said to be identified by it, not to sign in with a token (chatgpt-telegram-bot)', () => {
    // "Users of Telegram bot service sign in with a token the application in front of it issues at sign-in".
    const model = tinyModel({
      dataClasses: [PROMPTS],
      components: [
        {
          id: 'bot',
          name: 'Bot service',
          kind: 'service',
          hosting: 'self-hosted',
          dataClasses: ['prompts'],
          userAuthentication: { methods: ['delegated'], identityProvider: 'telegram', mfa: 'not-offered' },
        },
      ],
      subprocessors: [
        {
          id: 'telegram',
          vendor: 'Telegram',
          service: 'Telegram Bot API',
          purpose: 'Messaging',
          dataClasses: ['prompts'],
        },
      ],
    });
    const [bot] = signInComponents(model);
    const sentence = signInSentence(model, bot!);
    expect(sentence).toBe(
      'Users of Bot service are identified by their Telegram account, which signs them in before their requests reach it; multi-factor authentication is not offered to users',
    );
  });
});

describe('names mid-sentence', () => {
  it('lower-cases a description’s first letter and never a name inside it (podcastfy)', () => {
    const model = tinyModel({});
    expect(nameMidSentence(model, 'Source content (web pages, PDFs, YouTube transcripts)')).toBe(
      'source content (web pages, PDFs, YouTube transcripts)',
    );
    expect(nameMidSentence(model, 'PDFs users upload')).toBe('PDFs users upload');
  });
});

describe('a vendor with two entries, in the vendor-risk answer', () => {
  it('is named by service, not both recorded and unrecorded (one-api)', () => {
    // one-api: "not yet for Amazon Web Services" and "Last reviews: … Amazon Web Services 2026-11-01".
    const model = tinyModel({
      dataClasses: [PROMPTS],
      subprocessors: [
        {
          id: 'aws',
          vendor: 'Amazon Web Services',
          service: 'Cloud hosting',
          purpose: 'Hosting',
          dataClasses: ['prompts'],
        },
        {
          id: 'bedrock',
          vendor: 'Amazon Web Services',
          service: 'Amazon Bedrock',
          purpose: 'Models',
          ai: true,
          dataClasses: ['prompts'],
          terms: { training: 'never', retention: 'zero', lastReviewed: '2026-11-01' },
        },
      ],
    });
    const answer = answerOf('vendor-risk-management', model);
    expect(answer.text).toContain('not yet for Amazon Web Services Cloud hosting');
    expect(answer.text).toContain('Last reviews: Amazon Bedrock 2026-11-01');
  });
});

describe('what is sent to a model with the prompts', () => {
  it('is said as kept as that content is, to "are model inputs persisted anywhere?" (pdfGPT)', () => {
    // pdfGPT: "User questions: not kept; Generated answers: not kept" of prompts carrying passages of PDFs kept with no
    // time limit.
    const model = tinyModel({
      dataClasses: [
        {
          id: 'questions',
          name: 'User questions',
          category: 'prompts',
          tenantScoped: true,
          retention: 'zero',
        },
        {
          id: 'pdfs',
          name: 'Uploaded PDF documents',
          category: 'customer-content',
          tenantScoped: true,
          retention: 'indefinite',
        },
      ],
      components: [
        {
          id: 'api',
          name: 'API',
          kind: 'service',
          hosting: 'self-hosted',
          dataClasses: ['questions', 'pdfs'],
          retention: { questions: 'zero', pdfs: 'indefinite' },
        },
      ],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'OpenAI API',
          purpose: 'Answers',
          ai: true,
          dataClasses: ['questions', 'pdfs'],
          terms: { training: 'never', retention: '30d' },
        },
      ],
      flows: [
        { id: 'ask', from: 'api', to: 'openai', dataClasses: ['questions', 'pdfs'], purpose: 'inference' },
      ],
    });
    const answer = answerOf('ai-prompt-retention', model);
    expect(answer.text).toContain(
      'What we send a model alongside them is kept as that content is: Uploaded PDF documents: indefinitely.',
    );
  });
});

describe('a store each customer runs whose encryption the map records', () => {
  it('is said as the customer’s, not as a store of ours (elysia)', () => {
    // elysia: "Data is encrypted at rest in the one data store" of each customer's own Weaviate cluster.
    const model = tinyModel({
      dataClasses: [PROMPTS],
      components: [
        {
          id: 'weaviate',
          name: 'Customer’s Weaviate cluster',
          kind: 'vector-store',
          hosting: 'customer-hosted',
          dataClasses: ['prompts'],
          encryption: { atRest: { enabled: true, mechanism: 'API keys encrypted with Fernet' } },
        },
      ],
    });
    expect(answerOf('encryption-at-rest', model).text).toContain(
      'Customer’s Weaviate cluster is run by each customer, in its own environment.',
    );
  });
});

describe('an aside beside a name', () => {
  it('drops only what the name says as whole words', () => {
    expect(withAside('OpenAI API', 'AI')).toBe('OpenAI API (AI)');
    expect(withAside('Optional local model (llamafile)', 'llamafile')).toBe(
      'Optional local model (llamafile)',
    );
  });
});
