// What the seventeenth session's reviews of real apps found in the answers, each from the smallest map that shows it:
// smallcloudai/refact (3e63fac), sqlchat/sqlchat (4a47275), logancyang/obsidian-copilot (611831b), tolgee (dd7f597),
// netease-youdao/QAnything (974f933), kortix-ai/suna (b63407c, a fork's snapshot).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import type { SystemMapInput } from '../../src/map/index.js';
import { onlyWhen, retentionPlaces, signInSentence } from '../../src/model/index.js';
import { composeAnswer } from '../../src/questionnaire/index.js';
import { ask, tinyModel } from './fixtures.js';

function answerOf(topic: string, model: ReturnType<typeof tinyModel>) {
  const composed = composeAnswer(topic, { model, results: runChecks(model).results });
  if (!('answer' in composed)) throw new Error(`expected an answer for ${topic}: ${composed.missing}`);
  return composed.answer;
}

/**
 * refact: a plugin each developer runs calls providers with the developer's own key, or our cloud, which passes calls
 * on to a provider of ours; a server each customer runs has optional calls of its own.
 */
function refact(): Partial<SystemMapInput> {
  return {
    dataClasses: [{ id: 'prompts', name: 'Chat messages', category: 'prompts', tenantScoped: true }],
    components: [
      {
        id: 'agent',
        name: 'Refact agent',
        kind: 'service',
        hosting: 'customer-hosted',
        dataClasses: ['prompts'],
      },
      {
        id: 'cloud',
        name: 'Refact Cloud',
        kind: 'hosted-model-layer',
        hosting: 'cloud-managed',
        dataClasses: [],
      },
      {
        id: 'server',
        name: 'Refact self-hosted server',
        kind: 'inference-endpoint',
        hosting: 'customer-hosted',
        dataClasses: [],
      },
    ],
    subprocessors: [
      {
        id: 'openai',
        vendor: 'OpenAI',
        service: 'API',
        purpose: 'Models behind Refact Cloud',
        ai: true,
        dataClasses: ['prompts'],
      },
      {
        id: 'anthropic',
        vendor: 'Anthropic',
        service: 'API',
        purpose: 'Chat',
        ai: true,
        account: 'customer',
        dataClasses: ['prompts'],
      },
    ],
    flows: [
      { id: 'to-cloud', from: 'agent', to: 'cloud', dataClasses: ['prompts'], purpose: 'inference' },
      { id: 'upstream', from: 'cloud', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' },
      { id: 'byok', from: 'agent', to: 'anthropic', dataClasses: ['prompts'], purpose: 'inference' },
      {
        id: 'to-server',
        from: 'agent',
        to: 'server',
        dataClasses: ['prompts'],
        purpose: 'inference',
        condition: { kind: 'other', description: 'when the customer points the plugin at it' },
      },
      {
        id: 'server-out',
        from: 'server',
        to: 'anthropic',
        dataClasses: ['prompts'],
        purpose: 'inference',
        condition: { kind: 'other', description: 'when the administrator enables it with their own key' },
      },
    ],
  };
}

describe('a gateway of ours beside calls that do not go through it', () => {
  it('says which calls it passes on, not that every model call does (refact)', () => {
    const text = answerOf('ai-model-providers', tinyModel(refact())).text;
    expect(text).not.toContain('Model calls pass through our own gateway');
    expect(text).toContain('Our own gateway Refact Cloud passes calls on to OpenAI API.');
    expect(text).toContain('Other model calls go to their providers directly, not through it.');
    // Where every call to a provider comes through it, it is said so.
    const only = refact();
    only.flows = only.flows!.filter((flow) => flow.id === 'to-cloud' || flow.id === 'upstream');
    expect(answerOf('ai-model-providers', tinyModel(only)).text).toContain(
      'Model calls pass through our own gateway: Refact Cloud.',
    );
  });

  it("does not take a service's own optional calls as when it is used (refact)", () => {
    const model = tinyModel(refact());
    expect(onlyWhen(model, 'server')).toBe('only when the customer points the plugin at it');
    expect(answerOf('ai-model-providers', model).text).not.toContain('enables it with their own key');
    // A vendor is still said with the conditions of the flows from it, and a store with those reading out of it.
    expect(onlyWhen(model, 'anthropic')).toBeUndefined();
  });
});

describe("a vendor's condition for one class", () => {
  it("is the condition of the flows that carry that class, in the retention places (refact's OpenAI)", () => {
    // refact: OpenAI received chat messages "…or when the developer sets their own OpenAI key as the embedding
    // provider" on the trust center's retention table; the embedding flow carries source code only.
    const model = tinyModel({
      dataClasses: [
        { id: 'prompts', name: 'Chat messages', category: 'prompts', tenantScoped: true, retention: '30d' },
        { id: 'code', name: 'Source code', category: 'customer-content', tenantScoped: true },
      ],
      components: [{ id: 'app', kind: 'service', dataClasses: ['prompts', 'code'] }],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'API',
          purpose: 'Chat',
          ai: true,
          dataClasses: ['prompts', 'code'],
        },
      ],
      flows: [
        {
          id: 'chat',
          from: 'app',
          to: 'openai',
          dataClasses: ['prompts'],
          purpose: 'inference',
          condition: { kind: 'other', description: 'when the developer picks an OpenAI model' },
        },
        {
          id: 'embed',
          from: 'app',
          to: 'openai',
          dataClasses: ['code'],
          purpose: 'embedding',
          condition: {
            kind: 'other',
            description: 'when the developer sets OpenAI as the embedding provider',
          },
        },
      ],
    });
    const place = retentionPlaces(model, 'prompts', '30d').find((entry) => entry.id === 'openai');
    expect(place?.condition).toBe('only when the developer picks an OpenAI model');
  });
});

describe('sign-in through an identity service', () => {
  const model = (methods: string[], mechanism?: string) =>
    tinyModel({
      dataClasses: [{ id: 'docs', name: 'Tasks', category: 'customer-content', tenantScoped: true }],
      components: [
        {
          id: 'api',
          name: 'Kortix API',
          kind: 'api',
          dataClasses: ['docs'],
          userAuthentication: {
            methods: methods as never,
            ...(methods.includes('none') || methods.length === 0 ? {} : { identityProvider: 'supabase' }),
            ...(mechanism ? { mechanism } : {}),
          },
        },
      ],
      subprocessors: [
        { id: 'supabase', vendor: 'Supabase', service: 'Auth', purpose: 'Signs users in', dataClasses: [] },
      ],
    });

  it('does not say keys for programs are issued by it (suna)', () => {
    // suna: "… sign in with a password, a one-time code sent by email, a social account or API keys (for programs),
    // through Supabase Auth"; its API keys are checked by its own backend.
    const api = model(['password', 'social', 'api-key']);
    expect(signInSentence(api, api.map.components[0] as never)).toBe(
      'Users of Kortix API sign in with a password or a social account, through Supabase Auth, or with API keys (for programs)',
    );
  });

  it('names no identity service where single sign-on stands beside a password, since the map does not say which it signs in (growthbook)', () => {
    // growthbook: "… a password or OpenID Connect single sign-on, through Auth0", while its enterprise SSO goes straight
    // to each organisation's own provider.
    const mixed = model(['password', 'oidc', 'api-key']);
    expect(signInSentence(mixed, mixed.map.components[0] as never)).toBe(
      'Users of Kortix API sign in with a password or OpenID Connect single sign-on, or with API keys (for programs)',
    );
    // Every way a program's: no identity service named (suna's agent runner).
    const programs = model(['delegated', 'api-key']);
    expect(signInSentence(programs, programs.map.components[0] as never)).toBe(
      'Users of Kortix API sign in with a token the application in front of it issues at sign-in or API keys (for programs)',
    );
    const ssoOnly = model(['oidc']);
    expect(signInSentence(ssoOnly, ssoOnly.map.components[0] as never)).toBe(
      'Users of Kortix API sign in with OpenID Connect single sign-on, through Supabase Auth',
    );
  });

  it("keeps the map's words of why a part has no sign-in (obsidian-copilot)", () => {
    const local = model(['none'], 'it runs inside each user’s own Obsidian app');
    expect(signInSentence(local, local.map.components[0] as never)).toBe(
      'Kortix API has no user sign-in: anyone who can reach it may use it. It runs inside each user’s own Obsidian app',
    );
  });
});

describe('a model service nobody said who runs', () => {
  it('keeps the answer from saying no provider is used under our account (obsidian-copilot)', () => {
    // obsidian-copilot: "We use no third-party AI service under our own account" in nine answers, beside Brevilabs'
    // own model service for Copilot Plus, whose providers the code does not show.
    const map = refact();
    map.components![1] = {
      id: 'plus',
      name: 'Copilot Plus model service',
      kind: 'hosted-model-layer',
      dataClasses: [],
    };
    map.flows = map
      .flows!.filter((flow) => flow.id !== 'upstream')
      .map((flow) => (flow.to === 'cloud' ? { ...flow, to: 'plus' } : flow));
    map.subprocessors = map.subprocessors!.filter((vendor) => vendor.id !== 'openai');
    const answer = answerOf('ai-model-providers', tinyModel(map));
    expect(answer.text).not.toContain('We use no third-party AI service');
    expect(answer.text).toContain(
      'Which providers, if any, stand behind Copilot Plus model service is not yet on record.',
    );
    expect(answer.review).toContain('the map does not say who runs');
  });
});

describe('questions the closest topic’s facts do not answer', () => {
  const model = (humanOversight: string) =>
    tinyModel({
      components: [{ id: 'app', kind: 'service', dataClasses: [] }],
      aiSystems: [
        {
          id: 'sql',
          name: 'SQL assistant',
          purpose: 'Writes SQL from questions',
          role: ['provider'],
          components: ['app'],
          riskClass: 'minimal',
          humanOversight,
        },
      ],
    });

  it('holds an oversight answer back from a question about flagging a bad answer (sqlchat, obsidian-copilot)', () => {
    const oversight = model('A person reads each generated query and runs it themselves.');
    const [flag, review] = ask(
      oversight,
      'Is there a way for users to flag an incorrect or harmful AI answer for review?',
      'Is there human oversight of AI-generated outputs?',
    );
    expect(flag?.answer ?? '').toBe('');
    expect(flag?.note).toContain('not a way for users to flag or report a bad answer');
    expect(review?.answer).toContain('A person reads each generated query');
    // Where the map says there is one, it answers.
    const [flagged] = ask(
      model('Users can flag any answer; flagged answers are reviewed weekly.'),
      'Is there a way for users to flag an incorrect or harmful AI answer for review?',
    );
    expect(flagged?.answer).toContain('Users can flag any answer');
  });

  it('holds a risk rating back from a question about a risk register or a framework (tolgee, sqlchat)', () => {
    const rated = model('A person reads each generated query.');
    const [register, nist, rating] = ask(
      rated,
      'Do you maintain a register of risks specific to your use of artificial intelligence?',
      'Are AI risks assessed against a recognized framework such as the NIST AI RMF?',
      'How do you classify the risk of your AI systems?',
    );
    expect(register?.answer ?? '').not.toContain('We rate SQL assistant');
    expect(nist?.answer ?? '').not.toContain('We rate SQL assistant');
    expect(rating?.answer).toContain('We rate SQL assistant as minimal risk');
  });
});

describe('where data is processed', () => {
  it('names a vendor of several services by each service, once (suna)', () => {
    // suna: "Sub-processors process data in: Amazon Web Services (us-west-2); Amazon Web Services (us-west-2)".
    const model = tinyModel({
      dataClasses: [{ id: 'docs', name: 'Tasks', category: 'customer-content', tenantScoped: true }],
      components: [{ id: 'api', kind: 'api', cloud: 'aws', region: 'us-west-2', dataClasses: ['docs'] }],
      subprocessors: [
        {
          id: 'bedrock',
          vendor: 'Amazon Web Services',
          service: 'Amazon Bedrock',
          purpose: 'Answers',
          ai: true,
          regions: ['us-west-2'],
          dataClasses: ['docs'],
        },
        {
          id: 'ec2',
          vendor: 'Amazon Web Services',
          service: 'Amazon EC2',
          purpose: 'Hosting',
          regions: ['us-west-2'],
          dataClasses: ['docs'],
        },
      ],
    });
    const text = answerOf('data-residency', model).text;
    expect(text).toContain(
      'Sub-processors process data in: Amazon Bedrock (us-west-2 in the United States); Amazon EC2 (us-west-2 in the United States).',
    );
  });
});

describe('prompts and outputs held with no retention on record', () => {
  // Zero: "AI responses: not kept after the request", from its API's `retention: zero`, beside the summary service of
  // ours that keeps them with none recorded.
  const zero = () => ({
    dataClasses: [
      {
        id: 'prompts',
        name: 'Questions',
        category: 'prompts' as const,
        tenantScoped: true,
        retention: '30d',
      },
      { id: 'outputs', name: 'AI responses', category: 'model-outputs' as const, tenantScoped: true },
    ],
    components: [
      {
        id: 'api',
        name: 'API',
        kind: 'api' as const,
        retention: 'zero',
        dataClasses: ['prompts', 'outputs'],
      },
      { id: 'brain', name: 'Zero Brain', kind: 'service' as const, dataClasses: ['outputs'] },
    ],
  });

  it('are not "not kept" where a service of ours holds them and says nothing (Zero)', () => {
    const answer = answerOf('ai-prompt-retention', tinyModel(zero()));
    expect(answer.text).not.toContain('AI responses: not kept after the request');
    expect(answer.text).toContain('How long we keep AI responses in Zero Brain is not yet documented.');
    expect(answer.review).toContain('set `retention` on outputs, or on the parts that keep it');
    // Said, it is as before.
    const said = zero();
    (said.components[1] as { retention?: string }).retention = 'zero';
    expect(answerOf('ai-prompt-retention', tinyModel(said)).text).toContain(
      'AI responses: not kept after the request',
    );
  });

  it('name a customer\'s part that holds them with no retention apart, with no "only" (Nextcloud, ragapp)', () => {
    // Nextcloud Assistant: its server keeps every task's input and output; "Only parts each customer runs keep them:
    // Nextcloud database and Users' Nextcloud files" left it out.
    const model = tinyModel({
      dataClasses: [
        {
          id: 'prompts',
          name: 'Prompts',
          category: 'prompts',
          tenantScoped: true,
          retention: 'until-deleted',
        },
      ],
      components: [
        {
          id: 'server',
          name: 'Nextcloud server',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['prompts'],
        },
        {
          id: 'db',
          name: 'Nextcloud database',
          kind: 'datastore',
          hosting: 'customer-hosted',
          dataClasses: ['prompts'],
        },
      ],
    });
    // Named apart, with no "only": whether it keeps them is not stated (ragapp: its app and Ollama, which keep no chat,
    // were named as keeping them when every part listing them was).
    expect(answerOf('ai-prompt-retention', model).text).toContain(
      'We keep none of them. Parts each customer runs keep them: Nextcloud database. Nextcloud server, which each customer also runs, handles them too; whether it keeps them is not stated.',
    );
  });
});

describe('a second factor where one part users sign in to says nothing of it', () => {
  it('is no "No" from the part that says (ragapp: its app, beside the Keycloak gateway)', () => {
    const model = tinyModel({
      dataClasses: [{ id: 'docs', name: 'Documents', category: 'customer-content', tenantScoped: true }],
      components: [
        {
          id: 'app',
          name: 'RAGapp application',
          kind: 'service',
          dataClasses: ['docs'],
          userAuthentication: { methods: ['password'], mfa: 'not-offered' },
        },
        {
          id: 'gateway',
          name: 'Sign-in gateway',
          kind: 'service',
          dataClasses: ['docs'],
          userAuthentication: { methods: ['oidc'] },
        },
      ],
    });
    const [answer] = ask(model, 'Can customer accounts use multi-factor authentication?');
    expect(answer?.yesNo).toBeNull();
    expect(answer?.answer).toContain(
      'Whether Sign-in gateway offers multi-factor authentication is not stated.',
    );
  });
});
