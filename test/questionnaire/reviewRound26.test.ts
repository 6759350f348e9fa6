// What the twenty-sixth session's reviews found in the answers, each from the smallest map that shows it.
import { describe, expect, it } from 'vitest';
import { ask, tinyModel } from './fixtures.js';

describe('prompts kept within a class made from them', () => {
  const model = tinyModel({
    dataClasses: [
      { id: 'prompts', name: 'Model prompts', category: 'prompts', tenantScoped: true },
      { id: 'outputs', name: 'Model outputs', category: 'model-outputs', tenantScoped: true },
      {
        id: 'runs',
        name: 'Run records',
        category: 'model-outputs',
        tenantScoped: true,
        derivedFrom: ['prompts', 'outputs'],
        retention: 'until-deleted',
        deletion: { mechanism: 'an operator deletes the run folder', automated: false },
      },
    ],
    components: [
      { id: 'runner', kind: 'service', dataClasses: ['prompts', 'outputs'], retention: 'zero' },
      { id: 'store', kind: 'object-store', dataClasses: ['runs'], retention: 'until-deleted' },
    ],
    flows: [{ id: 'save', from: 'runner', to: 'store', dataClasses: ['runs'], purpose: 'storage' }],
  });

  it('are not said to be gone after the request (SWE-agent: every run saved with its prompts, nine answers)', () => {
    const [answer] = ask(
      model,
      'Are model inputs and outputs persisted anywhere after the response is returned?',
    );
    expect(answer!.topic).toBe('ai-prompt-retention');
    expect(answer!.answer).not.toMatch(/Model prompts: not kept after the request[;.]/);
    expect(answer!.answer).toContain(
      'Run records: until deleted; Model prompts: kept only within run records; Model outputs: kept only within run records',
    );
  });

  it('are said as kept where their own class says zero', () => {
    const zero = tinyModel({
      dataClasses: [
        { id: 'prompts', name: 'Chat messages', category: 'prompts', tenantScoped: true, retention: 'zero' },
        {
          id: 'runs',
          name: 'Run records',
          category: 'model-outputs',
          tenantScoped: true,
          derivedFrom: ['prompts'],
          retention: '90d',
        },
      ],
      components: [
        { id: 'runner', kind: 'service', dataClasses: ['prompts'], retention: 'zero' },
        { id: 'store', kind: 'object-store', dataClasses: ['runs'], retention: '90d' },
      ],
    });
    const [answer] = ask(zero, 'How long do you keep prompts?');
    expect(answer!.answer).toMatch(
      /Chat messages: not kept[^;]*, except within run records; Run records: 90 days/,
    );
  });
});

describe('the trust center’s retention table', () => {
  it('says prompts are kept within the class made from them (SWE-agent)', async () => {
    const { buildTrustCenter } = await import('../../src/trust-center/index.js');
    const model = tinyModel({
      dataClasses: [
        { id: 'prompts', name: 'Model prompts', category: 'prompts', tenantScoped: true },
        {
          id: 'runs',
          name: 'Run records',
          category: 'model-outputs',
          tenantScoped: true,
          derivedFrom: ['prompts'],
          retention: 'until-deleted',
        },
      ],
      components: [
        { id: 'runner', name: 'Agent runner', kind: 'service', dataClasses: ['prompts'], retention: 'zero' },
        { id: 'store', kind: 'object-store', dataClasses: ['runs'], retention: 'until-deleted' },
      ],
    });
    const site = buildTrustCenter(model, [], { allowUnverified: true });
    const page = String(site.files['ai-data-practices.html'] ?? '');
    expect(page).toContain('Processed without being kept: Agent runner.');
    expect(page).toContain('Kept within run records (until deleted).');
  });
});

describe('a vendor named in what follows its service’s name', () => {
  it('is still said (gemini-fullstack: "Gemini Developer API … with Grounding with Google Search" never named Google)', async () => {
    const { vendorService, midSentence } = await import('../../src/model/index.js');
    expect(vendorService('Google', 'Gemini Developer API with Grounding with Google Search')).toBe(
      'Google Gemini Developer API with Grounding with Google Search',
    );
    expect(vendorService('Google', 'Google Gemini API (gemini-2.5-pro)')).toBe(
      'Google Gemini API (gemini-2.5-pro)',
    );
    expect(vendorService('OpenAI', 'Chat completions, via OpenAI')).toBe(
      'OpenAI Chat completions, via OpenAI',
    );
    // A purpose opening with a verb goes lower-case after a colon.
    expect(midSentence(tinyModel({}), 'Writes search queries and the final answer')).toBe(
      'writes search queries and the final answer',
    );
  });
});

describe('failing over between model providers', () => {
  const base = () => ({
    dataClasses: [
      { id: 'prompts', name: 'Prompts', category: 'prompts' as const, tenantScoped: true, retention: 'zero' },
    ],
    components: [{ id: 'api', kind: 'service' as const, dataClasses: ['prompts'], retention: 'zero' }],
  });
  const question = 'Is there a documented fallback if the primary AI model provider becomes unavailable?';

  it('is No where one model vendor is on record (napkins, cs-agents, gemini-fullstack)', () => {
    const model = tinyModel({
      ...base(),
      subprocessors: [
        {
          id: 'chat',
          vendor: 'OpenAI',
          service: 'OpenAI API',
          purpose: 'answers',
          ai: true,
          dataClasses: ['prompts'],
        },
        {
          id: 'embed',
          vendor: 'OpenAI',
          service: 'Embeddings API',
          purpose: 'vectors',
          ai: true,
          dataClasses: ['prompts'],
        },
      ],
      flows: [
        { id: 'a', from: 'api', to: 'chat', dataClasses: ['prompts'], purpose: 'inference' },
        { id: 'b', from: 'api', to: 'embed', dataClasses: ['prompts'], purpose: 'embedding' },
      ],
    });
    const [answer] = ask(model, question);
    expect(answer!.yesNo).toBe('No');
    expect(answer!.answer).toContain(
      'OpenAI is our only model provider (OpenAI API and OpenAI Embeddings API)',
    );
  });

  it('is not said where a second vendor, a proposed one or a customer’s key may be the fallback', () => {
    const second = (fields: { status?: 'proposed'; account?: 'customer' }) =>
      tinyModel({
        ...base(),
        subprocessors: [
          {
            id: 'chat',
            vendor: 'OpenAI',
            service: 'OpenAI API',
            purpose: 'answers',
            ai: true,
            dataClasses: ['prompts'],
          },
          {
            id: 'other',
            vendor: 'Anthropic',
            service: 'Claude API',
            purpose: 'answers',
            ai: true,
            dataClasses: ['prompts'],
            ...fields,
          },
        ],
        flows: [
          { id: 'a', from: 'api', to: 'chat', dataClasses: ['prompts'], purpose: 'inference' },
          { id: 'b', from: 'api', to: 'other', dataClasses: ['prompts'], purpose: 'inference' },
        ],
      });
    for (const fields of [{}, { status: 'proposed' as const }, { account: 'customer' as const }]) {
      const [answer] = ask(second(fields), question);
      expect(answer!.yesNo).not.toBe('No');
    }
  });
});

describe('whether each customer can set how long data is kept', () => {
  const withSetting = (retentionConfigurable?: boolean) =>
    tinyModel({
      dataClasses: [
        {
          id: 'chats',
          name: 'Chat history',
          category: 'prompts',
          tenantScoped: true,
          retention: '30d',
          ...(retentionConfigurable === undefined ? {} : { retentionConfigurable }),
        },
      ],
      components: [{ id: 'db', kind: 'datastore', dataClasses: ['chats'], retention: '30d' }],
    });
  const question =
    'Can we set how long conversation history is kept for our workspace, including not keeping it at all?';

  it('reads the question so', async () => {
    const { asksAboutRetentionSetting } = await import('../../src/questionnaire/match/questionForm.js');
    expect(asksAboutRetentionSetting(question)).toBe(true);
    expect(asksAboutRetentionSetting('Is the retention period configurable per tenant?')).toBe(true);
    expect(asksAboutRetentionSetting('Can our admins configure how long chats are kept?')).toBe(true);
    expect(asksAboutRetentionSetting('How long do you keep chat transcripts?')).toBe(false);
    expect(asksAboutRetentionSetting('Can we delete a conversation?')).toBe(false);
  });

  it('is Yes where the map says so, No where it says not, and held for a person where it is silent', () => {
    const [yes] = ask(withSetting(true), question);
    expect(yes!.yesNo).toBe('Yes');
    expect(yes!.answer).toContain('Each customer can set its own period for chat history.');
    const [no] = ask(withSetting(false), question);
    expect(no!.yesNo).toBe('No');
    expect(no!.answer).toContain('Customers cannot set their own period');
    const [silent] = ask(withSetting(), question);
    expect(silent!.yesNo).toBeNull();
    expect(silent!.answer).not.toMatch(/cannot set|can set/);
    expect(silent!.note).toContain('`retentionConfigurable`');
  });
});

describe('where customer data is processed', () => {
  it('names a model vendor with no location on record, though no class is kept per tenant (napkins)', () => {
    const model = tinyModel({
      dataClasses: [
        { id: 'shots', name: 'Screenshots', category: 'customer-content', tenantScoped: false },
        { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: false },
      ],
      components: [
        {
          id: 'bucket',
          name: 'Screenshot storage',
          kind: 'object-store',
          dataClasses: ['shots'],
          region: 'us-east-1',
          cloud: 'aws',
        },
      ],
      subprocessors: [
        {
          id: 'llm',
          vendor: 'Together AI',
          service: 'Inference API',
          purpose: 'writes code',
          ai: true,
          dataClasses: ['prompts', 'shots'],
        },
      ],
    });
    const [answer] = ask(model, 'Can storage and inference, LLM calls included, be kept inside EU regions?');
    expect(answer!.topic).toBe('data-residency');
    expect(answer!.answer).toContain('Where Together AI keeps or processes data is not yet documented.');
  });
});

describe('classes deleted the same way', () => {
  it('are said together, the mechanism once (cs-agents)', () => {
    const deletion = {
      mechanism: 'Held only in memory and discarded when the server restarts',
      automated: true,
    };
    const model = tinyModel({
      dataClasses: [
        { id: 'chats', name: 'Chat messages', category: 'prompts', tenantScoped: true, deletion },
        { id: 'replies', name: 'Replies', category: 'model-outputs', tenantScoped: true, deletion },
      ],
      components: [{ id: 'api', kind: 'service', dataClasses: ['chats', 'replies'] }],
    });
    const [answer] = ask(model, 'How is our data deleted when the contract ends?');
    expect(answer!.topic).toBe('data-deletion');
    expect(answer!.answer).toContain(
      'Chat messages and replies: Held only in memory and discarded when the server restarts.',
    );
    expect(answer!.answer.match(/discarded when the server restarts/g)).toHaveLength(1);
  });
});

describe('retrieval stores each customer runs beside a store of ours', () => {
  it('says no retrieval store of ours holds the data, not no store (chatbox: its cloud file storage)', () => {
    const model = tinyModel({
      dataClasses: [
        { id: 'docs', name: 'Documents', category: 'customer-content', tenantScoped: true },
        { id: 'vectors', name: 'Vectors', category: 'embeddings', tenantScoped: true, derivedFrom: ['docs'] },
      ],
      components: [
        {
          id: 'app',
          name: 'Desktop app',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['docs'],
        },
        {
          id: 'kb',
          name: 'Knowledge base',
          kind: 'vector-store',
          hosting: 'customer-hosted',
          dataClasses: ['vectors'],
          tenancy: { model: 'single-tenant', mechanism: "a file on the user's own computer" },
        },
        {
          id: 'files',
          name: 'Cloud file storage',
          kind: 'object-store',
          hosting: 'cloud-managed',
          dataClasses: ['docs'],
        },
      ],
      flows: [
        { id: 'a', from: 'app', to: 'kb', dataClasses: ['vectors'], purpose: 'retrieval' },
        { id: 'b', from: 'app', to: 'files', dataClasses: ['docs'], purpose: 'storage' },
      ],
    });
    const [answer] = ask(
      model,
      'When the assistant searches our documents, what stops it pulling passages indexed for a different customer?',
    );
    expect(answer!.topic).toBe('ai-tenant-isolation');
    expect(answer!.answer).toContain('no retrieval store of ours holds it');
    expect(answer!.answer).not.toMatch(/no store of ours holds it/);
  });
});

describe('an either-or question about an outage', () => {
  it('is not answered "No." (llamacoder: "degrade gracefully or stop working altogether?")', async () => {
    const { asksYesOrNo } = await import('../../src/questionnaire/match/questionForm.js');
    expect(
      asksYesOrNo(
        'If your primary LLM provider has an outage, does the product degrade gracefully or stop working altogether?',
      ),
    ).toBe(false);
    expect(asksYesOrNo('Does the service keep working or go down when OpenAI is unavailable?')).toBe(false);
    expect(
      asksYesOrNo('Is there a documented fallback if the primary AI model provider becomes unavailable?'),
    ).toBe(true);
  });
});

describe('an AI tracing vendor sent the prompts to log them', () => {
  it('is said to log them, so an audit-trail question is answered (llamacoder: Braintrust)', () => {
    const model = tinyModel({
      dataClasses: [
        {
          id: 'prompts',
          name: 'Chat messages',
          category: 'prompts',
          tenantScoped: true,
          retention: 'indefinite',
        },
      ],
      components: [{ id: 'app', kind: 'service', dataClasses: ['prompts'], retention: 'indefinite' }],
      subprocessors: [
        {
          id: 'bt',
          vendor: 'Braintrust',
          service: 'LLM tracing',
          purpose: 'traces each generation',
          ai: true,
          dataClasses: ['prompts'],
        },
      ],
      flows: [
        {
          id: 'trace',
          from: 'app',
          to: 'bt',
          dataClasses: ['prompts'],
          purpose: 'logging',
          condition: { kind: 'other', description: 'when the operator turns tracing on' },
        },
      ],
    });
    const [answer] = ask(
      model,
      'Does your audit trail record the full text of prompts and generated answers? If so, how long are those entries kept?',
    );
    expect(answer!.answer).toContain('Braintrust logs them.');
    expect(answer!.status).not.toBe('blank');
  });
});

describe('a purpose that states its condition with a subject of its own', () => {
  it('is not followed by the flow’s condition again (llamacoder: "when screenshot upload is configured")', async () => {
    const { unlessSaid, STATES_CONDITION } = await import('../../src/model/conditions.js');
    const purpose = 'Stores uploaded screenshots, when screenshot upload is configured';
    expect(STATES_CONDITION.test(purpose)).toBe(true);
    expect(unlessSaid('only when the operator configures screenshot upload', purpose)).toBeUndefined();
    expect(STATES_CONDITION.test('Checks if a message is spam')).toBe(false);
  });
});
