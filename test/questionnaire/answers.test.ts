import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runChecks } from '../../src/controls/index.js';
import type { CheckResult } from '../../src/controls/types.js';
import { InputError } from '../../src/errors/index.js';
import { locationOf, type SystemMapInput } from '../../src/map/index.js';
import { assembleModel, type SignInComponent, signInSentence } from '../../src/model/index.js';
import { buyerFinding } from '../../src/questionnaire/answers/buyerFinding.js';
import {
  answerQuestions,
  composeAnswer,
  parseAnswerLibrary,
  prepareKnowledge,
  TOPIC_IDS,
} from '../../src/questionnaire/index.js';
import { modelOf, NOW } from '../controls/fixtures.js';
import { DOCS, docsStore, tinyModel } from './fixtures.js';

const trainingMap: Partial<SystemMapInput> = {
  tenancy: { trainingDefault: 'opt-in' },
  dataClasses: [
    DOCS,
    {
      id: 'train-set',
      name: 'Training set',
      category: 'training-data',
      tenantScoped: true,
      derivedFrom: ['docs'],
    },
  ],
  components: [
    { id: 'db', kind: 'datastore', dataClasses: ['docs'] },
    { id: 'trainer', kind: 'fine-tuning-job', dataClasses: ['train-set'] },
  ],
  flows: [
    {
      id: 'export',
      from: 'db',
      to: 'trainer',
      dataClasses: ['train-set'],
      purpose: 'training',
      condition: { kind: 'tenant-opt-in', description: 'only opted-in tenants' },
    },
  ],
};

const result = (checkId: string, status: CheckResult['status'], message: string): CheckResult => ({
  checkId,
  controls: ['TM-DATA-01'],
  status,
  severity: 'critical',
  subject: { kind: 'flow', id: 'export' },
  message,
  sources: [],
});

describe('answer builders', () => {
  it('answers training on customer data from the opt-in flow, citing map lines', () => {
    const model = tinyModel(trainingMap);
    const composed = composeAnswer('ai-training-on-customer-data', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.yesNo).toBe('No');
    expect(composed.answer.text).toContain(
      'The only flow that trains models runs on data from tenants who opted in',
    );
    const pointers = composed.answer.sources.flatMap((source) => (source.kind === 'map' ? [source] : []));
    expect(pointers.map((source) => source.pointer)).toContain('flows/export');
    for (const source of pointers) expect(source.location?.line).toBeGreaterThan(0);
  });

  it('does not answer No to training while an AI provider may train on what we send, or its terms are silent', () => {
    const provider = (id: string, vendor: string, training?: 'never' | 'default-on') => ({
      id,
      vendor,
      service: 'API',
      purpose: 'answer generation',
      ai: true,
      ...(training ? { terms: { training, retention: 'zero' } } : {}),
    });
    const never = tinyModel({ ...trainingMap, subprocessors: [provider('openai', 'OpenAI', 'never')] });
    const clean = composeAnswer('ai-training-on-customer-data', { model: never, results: [] });
    if (!('answer' in clean)) throw new Error('expected an answer');
    expect(clean.answer.yesNo).toBe('No');
    // With no data processing agreement on file, said as the published terms they are (AstrBot: the trust center held
    // the same claim back as not yet verified).
    expect(clean.answer.text).toContain(
      'Our AI providers (OpenAI) do not train on data we send them, by their published terms (no data processing agreement with OpenAI is on file yet).',
    );
    const mixed = tinyModel({
      ...trainingMap,
      subprocessors: [
        provider('openai', 'OpenAI', 'never'),
        provider('acme-llm', 'Acme LLM', 'default-on'),
        provider('groq', 'Groq'),
      ],
    });
    // A vendor that is no AI service but gets the prompts (agenta's Composio tool broker) is asked the same.
    // OpenAI and one more vendor that is sent the prompts.
    const besideOpenAi = (vendor: {
      id: string;
      vendor: string;
      service: string;
      purpose: string;
      ai?: boolean;
    }) =>
      tinyModel({
        ...trainingMap,
        dataClasses: [
          ...trainingMap.dataClasses!,
          { id: 'asks', name: 'Prompts', category: 'prompts', tenantScoped: true },
        ],
        subprocessors: [provider('openai', 'OpenAI', 'never'), { ...vendor, dataClasses: ['asks'] }],
      });
    const tools = besideOpenAi({
      id: 'composio',
      vendor: 'Composio',
      service: 'Tools',
      purpose: 'agent tools',
    });
    const unsure = composeAnswer('ai-training-on-customer-data', { model: tools, results: [] });
    if (!('answer' in unsure)) throw new Error('expected an answer');
    expect(unsure.answer.yesNo).toBeUndefined();
    expect(unsure.answer.text).toContain(
      'Of our AI providers and the services that receive prompts, OpenAI does not train on data we send; whether Composio trains on it is not yet documented.',
    );
    // One the map says is no AI service is not asked (Hexabot 9b8dae5: a map embed shown a location shared in chat).
    const embed = besideOpenAi({
      id: 'osm',
      vendor: 'OpenStreetMap',
      service: 'Map',
      purpose: 'maps',
      ai: false,
    });
    const mapped = composeAnswer('ai-training-on-customer-data', { model: embed, results: [] });
    if (!('answer' in mapped)) throw new Error('expected an answer');
    expect(mapped.answer.text).not.toContain('OpenStreetMap');
    const held = composeAnswer('ai-training-on-customer-data', { model: mixed, results: [] });
    if (!('answer' in held)) throw new Error('expected an answer');
    expect(held.answer.yesNo).toBeUndefined();
    expect(held.answer.text).toContain(
      'Of our AI providers, OpenAI does not train on data we send; Acme LLM may train on data we send; whether Groq trains on it is not yet documented.',
    );
    expect(held.answer.review).toContain('acme-llm, groq');
  });

  it('names the customer data with no retention period instead of leaving it out', () => {
    const model = tinyModel({
      dataClasses: [
        { ...DOCS, retention: 'until-deleted', deletion: { mechanism: 'deleted with the workspace' } },
        { id: 'outputs', name: 'Model outputs', category: 'model-outputs', tenantScoped: true },
        { id: 'metrics', name: 'Metrics', category: 'telemetry', tenantScoped: false },
        // Customer data every user shares, not tenant-scoped (jina reader's page cache), is named too.
        { id: 'captions', name: 'Image captions', category: 'model-outputs', tenantScoped: false },
      ],
    });
    const composed = composeAnswer('data-retention', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.text).toBe(
      'Retention is defined per kind of data: Documents: until deleted. No retention period is set yet for Model outputs and Image captions.',
    );
    expect(composed.answer.review).toContain('outputs');
  });

  it('says a retention each customer can set as the default (MaxKB: chat logs purged after 180 days unless an admin sets another)', () => {
    const model = tinyModel({
      dataClasses: [
        { ...DOCS, retention: 'until-deleted', deletion: { mechanism: 'deleted with the workspace' } },
        {
          id: 'logs',
          name: 'Chat logs',
          category: 'prompts',
          tenantScoped: true,
          retention: '180d',
          retentionConfigurable: true,
        },
      ],
    });
    const composed = composeAnswer('data-retention', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.text).toBe(
      'Retention is defined per kind of data: Documents: until deleted; Chat logs: 180 days unless the customer sets another period.',
    );
  });

  it("says a shared store of what the AI features read, not 'no retrieval step', where there is no vector store (gpt-researcher)", () => {
    const map = (tenancy?: { model: 'shared' | 'single-tenant'; mechanism?: string }) =>
      tinyModel({
        dataClasses: [DOCS],
        components: [
          { id: 'api', name: 'Research server', kind: 'service' },
          docsStore('uploads', {
            name: 'Uploads folder',
            kind: 'object-store',
            ...(tenancy ? { tenancy } : {}),
          }),
        ],
        subprocessors: [
          {
            id: 'openai',
            vendor: 'OpenAI',
            service: 'API',
            purpose: 'report writing',
            ai: true,
            dataClasses: ['docs'],
          },
        ],
        flows: [{ id: 'write', from: 'api', to: 'openai', dataClasses: ['docs'], purpose: 'inference' }],
      });
    const shared = composeAnswer('ai-tenant-isolation', {
      model: map({ model: 'shared', mechanism: 'every research reads the one folder' }),
      results: [],
    });
    if (!('answer' in shared)) throw new Error('expected an answer');
    expect(shared.answer.text).toBe(
      'Our AI features keep no vector store or embedding index, but they read customer content from Uploads folder, which is shared between customers (every research reads the one folder).',
    );
    expect(shared.answer.review).toContain('shared between customers');
    // A log of the prompts is no store the AI features read (Cheshire Cat's console log, no tenancy set).
    const logged = tinyModel({
      dataClasses: [DOCS, { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true }],
      components: [
        { id: 'api', name: 'Server', kind: 'service' },
        { id: 'log', name: 'Console log', kind: 'log-sink', dataClasses: ['prompts'] },
      ],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'API',
          purpose: 'answers',
          ai: true,
          dataClasses: ['prompts'],
        },
      ],
      flows: [{ id: 'ask', from: 'api', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' }],
    });
    // The absence of a retrieval store in the map is not stated as fact either way (open-notebook, open-canvas): the
    // note says what to confirm and offers the sentence for the approved answers.
    const absent = composeAnswer('ai-tenant-isolation', { model: logged, results: [] });
    expect(absent).toHaveProperty('missing');
    expect((absent as { missing: string }).missing).toContain(
      'an absence in the map is not proof that none exists',
    );
    expect(composeAnswer('ai-tenant-isolation', { model: map(), results: [] })).toHaveProperty('missing');
    expect(
      composeAnswer('ai-tenant-isolation', { model: map({ model: 'single-tenant' }), results: [] }),
    ).toHaveProperty('missing');
  });

  it('says which store or vendor of customer data has no region on record, instead of leaving it out', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        docsStore('db', { name: 'Main database', region: 'eu-west-1', cloud: 'aws' }),
        docsStore('cache', { name: 'Answer cache' }),
      ],
      subprocessors: [
        { id: 'llm', vendor: 'Acme LLM', service: 'API', purpose: 'answers', dataClasses: ['docs'] },
      ],
    });
    const composed = composeAnswer('data-residency', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    // Not "the service and its data" from one store's region, while another's is unknown (morphik-core: an optional
    // vector store's region read "The service and its data are hosted in aws-us-west-2" to an EU bank).
    expect(composed.answer.text).toBe(
      'Main database is hosted in AWS eu-west-1 (Ireland). Where Answer cache and Acme LLM keep or process data is not yet documented.',
    );
    expect(composed.answer.review).toContain('cache, llm');
    // With every service and store of customer data placed, it is the service's region.
    const placed = tinyModel({
      dataClasses: [DOCS],
      components: [
        { id: 'api', kind: 'service', region: 'eu-west-1', cloud: 'aws' },
        docsStore('db', { name: 'Main database', region: 'eu-west-1', cloud: 'aws' }),
      ],
    });
    const whole = composeAnswer('data-residency', { model: placed, results: [] });
    if (!('answer' in whole)) throw new Error('expected an answer');
    expect(whole.answer.text).toBe('The service and its data are hosted in AWS eu-west-1 (Ireland).');
    // A platform by its name, not its id (agentops: "fly-io sjc").
    const fly = tinyModel({
      dataClasses: [DOCS],
      components: [
        { id: 'api', kind: 'service', region: 'sjc', cloud: 'fly-io' },
        docsStore('db', { name: 'Main database', region: 'sjc', cloud: 'fly-io' }),
      ],
    });
    expect(composeAnswer('data-residency', { model: fly, results: [] })).toMatchObject({
      answer: { text: 'The service and its data are hosted in Fly.io sjc (United States).' },
    });
    // A service with no region is a gap of its own.
    const unplaced = tinyModel({
      dataClasses: [DOCS],
      components: [
        { id: 'api', kind: 'service', name: 'API' },
        docsStore('db', { name: 'Main database', region: 'eu-west-1' }),
      ],
    });
    const part = composeAnswer('data-residency', { model: unplaced, results: [] });
    if (!('answer' in part)) throw new Error('expected an answer');
    expect(part.answer.text).toBe(
      'Main database is hosted in eu-west-1 (Ireland). Where API keeps or processes data is not yet documented.',
    );
  });

  it('says it was verified when the check passes, and never states the claim as fact when it fails', () => {
    const model = tinyModel(trainingMap);
    const passing = composeAnswer('ai-training-on-customer-data', {
      model,
      results: [result('no-training-on-customer-data', 'pass', 'gated')],
    });
    if (!('answer' in passing)) throw new Error('expected an answer');
    expect(passing.answer.text).toContain('Checked automatically against our system records on 2026-11-26');
    expect(passing.answer.text).not.toContain('no-training-on-customer-data');
    const failing = composeAnswer('ai-training-on-customer-data', {
      model,
      results: [
        result('no-training-on-customer-data', 'fail', 'customer data reaches `trainer` without opt-in'),
      ],
    });
    if (!('answer' in failing)) throw new Error('expected an answer');
    // The builder said "No" without knowing of the failure: the word goes, the exception is said plainly.
    expect(failing.answer.yesNo).toBeUndefined();
    expect(failing.answer.review).toContain('no-training-on-customer-data');
    expect(failing.answer.text).toContain('customer data reaches trainer without opt-in');
    expect(failing.answer.text).not.toMatch(/no-training-on-customer-data|Exception found|`/);
    expect(failing.answer.sources).toContainEqual(
      expect.objectContaining({ kind: 'check', checkId: 'no-training-on-customer-data', status: 'fail' }),
    );
  });

  it('leaves the answer blank and says what to add when the map lacks the facts', () => {
    const model = tinyModel({});
    for (const topic of [
      'ai-training-on-customer-data',
      'mfa',
      'encryption-at-rest',
      'ai-prompt-injection',
    ]) {
      const composed = composeAnswer(topic, { model, results: [] });
      expect(composed).toHaveProperty('missing');
    }
    const knowledge = prepareKnowledge({ model, results: [] });
    const [answered] = answerQuestions(knowledge, [
      { sheet: 's', row: 2, question: 'Is MFA enforced for all employees?' },
    ]);
    expect(answered).toMatchObject({ topic: 'mfa', answer: '', status: 'blank' });
    expect(answered!.note).toContain('accessControl.mfa');
  });

  it('holds an answer on a confirmed flow whose vendor is still proposed (open-notebook’s rubber stamp)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [{ id: 'app', name: 'Application', kind: 'service', dataClasses: ['docs'] }],
      subprocessors: [
        {
          id: 'vertex',
          status: 'proposed',
          vendor: 'Google Vertex AI',
          service: 'Vertex AI',
          purpose: 'answers',
          ai: true,
          dataClasses: ['docs'],
        },
      ],
      flows: [
        { id: 'app-to-vertex', from: 'app', to: 'vertex', dataClasses: ['docs'], purpose: 'inference' },
      ],
    });
    const composed = composeAnswer('ai-data-lineage', { model, results: [] });
    expect(composed).toHaveProperty('answer');
    const { answer } = composed as { answer: { proposed?: string[]; yesNo?: string } };
    expect(answer.proposed).toContain('flows/app-to-vertex');
    expect(answer.yesNo).toBeUndefined();
  });

  it("keeps other uses of the AI path's data off the path: only where it goes on from there, and where it rests (formbricks)", () => {
    // formbricks (b66c1dd): survey responses embedded by its Hub put its analytics and email on "the AI path".
    const model = tinyModel({
      dataClasses: [
        { id: 'docs', name: 'Survey responses', category: 'customer-content', tenantScoped: true },
      ],
      components: [
        { id: 'app', name: 'Web app', kind: 'service', dataClasses: ['docs'] },
        { id: 'hub', name: 'Hub', kind: 'service', dataClasses: ['docs'] },
        { id: 'db', name: 'Database', kind: 'datastore', dataClasses: ['docs'] },
      ],
      subprocessors: [
        {
          id: 'embedder',
          vendor: 'Embed Co',
          service: 'API',
          purpose: 'embeddings',
          ai: true,
          dataClasses: ['docs'],
        },
        { id: 'cube', vendor: 'Cube', service: 'Cloud', purpose: 'analytics', dataClasses: ['docs'] },
        { id: 'mail', vendor: 'Mail Co', service: 'SMTP', purpose: 'email', dataClasses: ['docs'] },
      ],
      flows: [
        { id: 'app-to-hub', from: 'app', to: 'hub', dataClasses: ['docs'], purpose: 'ingestion' },
        { id: 'hub-to-embedder', from: 'hub', to: 'embedder', dataClasses: ['docs'], purpose: 'embedding' },
        { id: 'hub-to-db', from: 'hub', to: 'db', dataClasses: ['docs'], purpose: 'storage' },
        { id: 'app-to-db', from: 'app', to: 'db', dataClasses: ['docs'], purpose: 'storage' },
        { id: 'app-to-cube', from: 'app', to: 'cube', dataClasses: ['docs'], purpose: 'analytics' },
        { id: 'app-to-mail', from: 'app', to: 'mail', dataClasses: ['docs'], purpose: 'support' },
      ],
    });
    const composed = composeAnswer('ai-data-lineage', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.text).toContain('to Database (storage)');
    expect(composed.answer.text).toContain('From Hub to Embed Co API (embedding); to Database (storage).');
    expect(composed.answer.text).not.toContain('Cube');
    expect(composed.answer.text).not.toContain('Mail Co');
  });

  it('says the paths every request takes before the conditional ones, and no trailing ellipsis (rowboat)', () => {
    // rowboat (cf478e4): twelve conditional paths of its desktop app, then "…" where the document path the question
    // asked for would have been.
    const sources = Array.from({ length: 14 }, (_, i) => `tool${i}`);
    const model = tinyModel({
      dataClasses: [{ id: 'docs', name: 'Documents', category: 'customer-content', tenantScoped: true }],
      components: [
        { id: 'app', name: 'Web app', kind: 'service', dataClasses: ['docs'] },
        ...sources.map((id) => ({ id, name: `Tool ${id}`, kind: 'service' as const, dataClasses: ['docs'] })),
        { id: 'index', name: 'Vector index', kind: 'vector-store', dataClasses: ['docs'] },
      ],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'API',
          purpose: 'answers',
          ai: true,
          dataClasses: ['docs'],
        },
      ],
      flows: [
        ...sources.map((id) => ({
          id: `${id}-to-openai`,
          from: id,
          to: 'openai',
          dataClasses: ['docs'],
          purpose: 'inference' as const,
          condition: { kind: 'other' as const, description: `when ${id} is switched on` },
        })),
        { id: 'app-to-index', from: 'app', to: 'index', dataClasses: ['docs'], purpose: 'embedding' },
      ],
    });
    const composed = composeAnswer('ai-data-lineage', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.text).toContain('From Web app to Vector index (embedding).');
    expect(composed.answer.text).toMatch(
      /3 more steps, each taken only under its condition, are in our data-flow map\.$/,
    );
    expect(composed.answer.text).not.toContain('…');
    // A third party only the steps left out reach is named (morphik-core: "6 more steps" hid six vendors).
    const input = model.map;
    const more = tinyModel({
      dataClasses: input.dataClasses as never,
      components: input.components as never,
      subprocessors: [
        ...(input.subprocessors as never[]),
        {
          id: 'speech',
          vendor: 'Speechly',
          service: 'API',
          purpose: 'transcribes',
          ai: true,
          dataClasses: ['docs'],
        },
      ] as never,
      flows: [
        ...(input.flows as never[]),
        {
          id: 'tool13-to-speech',
          from: 'tool13',
          to: 'speech',
          dataClasses: ['docs'],
          purpose: 'support',
          condition: { kind: 'other', description: 'when audio is uploaded' },
        },
      ] as never,
    });
    const named = composeAnswer('ai-data-lineage', { model: more, results: [] });
    if (!('answer' in named)) throw new Error('expected an answer');
    expect(named.answer.text).toMatch(
      /4 more steps \(to Speechly API\), each taken only under its condition, are in our data-flow map\.$/,
    );
    // Our own parts they reach are counted, so the names do not read as every destination (refly: "5 more steps (to
    // Serper and Datalab Marker)").
    const own = tinyModel({
      dataClasses: more.map.dataClasses as never,
      components: [
        ...(more.map.components as never[]),
        { id: 'audio', name: 'Audio store', kind: 'object-store', dataClasses: ['docs'] },
      ] as never,
      subprocessors: more.map.subprocessors as never,
      flows: [
        ...(more.map.flows as never[]),
        {
          id: 'tool13-to-audio',
          from: 'tool13',
          to: 'audio',
          dataClasses: ['docs'],
          purpose: 'storage',
          condition: { kind: 'other', description: 'when audio is uploaded' },
        },
      ] as never,
    });
    const counted = composeAnswer('ai-data-lineage', { model: own, results: [] });
    if (!('answer' in counted)) throw new Error('expected an answer');
    expect(counted.answer.text).toMatch(
      /5 more steps \(to Speechly API and 1 part of ours\), each taken only under its condition, are in our data-flow map\.$/,
    );
    // A third party each customer reaches with its own key, or with none, is on the path all the same: named, not
    // counted as a part of ours (QAnything: "2 more steps" hid DuckDuckGo, reached anonymously).
    for (const account of ['customer', 'none'] as const) {
      const theirs = tinyModel({
        dataClasses: own.map.dataClasses as never,
        components: own.map.components.map((component) =>
          component.id === 'tool13' ? { ...component, hosting: 'customer-hosted' } : component,
        ) as never,
        subprocessors: own.map.subprocessors.map((vendor) =>
          vendor.id === 'speech' ? { ...vendor, account } : vendor,
        ) as never,
        flows: own.map.flows as never,
      });
      const composedTheirs = composeAnswer('ai-data-lineage', { model: theirs, results: [] });
      if (!('answer' in composedTheirs)) throw new Error('expected an answer');
      expect(composedTheirs.answer.text).toMatch(/5 more steps \(to Speechly API and 1 part of ours\)/);
    }
  });

  it('says the condition under which a log or a vendor keeps prompts (cognita: a log only with search on, OpenAI off by default)', () => {
    const model = tinyModel({
      dataClasses: [
        { id: 'prompts', name: 'User questions', category: 'prompts', tenantScoped: true, retention: 'zero' },
      ],
      components: [
        { id: 'app', name: 'Application', kind: 'service', dataClasses: ['prompts'], retention: 'zero' },
        {
          id: 'logs',
          name: 'Console logs',
          kind: 'log-sink',
          dataClasses: ['prompts'],
          retention: 'indefinite',
        },
      ],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'API',
          purpose: 'answers',
          ai: true,
          dataClasses: ['prompts'],
          terms: { retention: '30d', training: 'never' },
        },
      ],
      flows: [
        {
          id: 'log',
          from: 'app',
          to: 'logs',
          dataClasses: ['prompts'],
          purpose: 'logging',
          condition: { kind: 'other', description: 'when internet search is on' },
        },
        {
          id: 'ask',
          from: 'app',
          to: 'openai',
          dataClasses: ['prompts'],
          purpose: 'inference',
          condition: { kind: 'other', description: 'when configured as the model provider' },
        },
      ],
    });
    const { answer } = composeAnswer('ai-prompt-retention', { model, results: [] }) as {
      answer: { text: string };
    };
    expect(answer.text).toContain(
      'Exception: Console logs keeps User questions indefinitely (written there only when internet search is on).',
    );
    expect(answer.text).toContain(
      'OpenAI keeps what we send for 30 days (only when configured as the model provider).',
    );
  });

  describe('how users sign in (`userAuthentication`)', () => {
    const signIn = (web: Record<string, unknown>, staffMfa = true, more: Partial<SystemMapInput> = {}) =>
      tinyModel({
        dataClasses: [DOCS],
        components: [
          {
            id: 'web',
            name: 'Web app',
            kind: 'service',
            dataClasses: ['docs'],
            accessControl: { mechanism: 'cloud IAM', mfa: staffMfa },
            userAuthentication: web as never,
          },
          {
            id: 'api',
            name: 'Public API',
            kind: 'api',
            dataClasses: ['docs'],
            userAuthentication: { methods: ['api-key'] },
          },
        ],
        ...more,
      });
    const ask = (model: ReturnType<typeof tinyModel>, question: string) =>
      answerQuestions(prepareKnowledge({ model, results: [] }), [{ sheet: 's', row: 2, question }])[0]!;

    it('says single sign-on Yes where people sign in with their identity provider; a program’s API keys do not count', () => {
      const model = signIn({ methods: ['password', 'saml'], mfa: 'optional', scim: true });
      const composed = composeAnswer('customer-sso', { model, results: [] });
      expect(composed).toMatchObject({ answer: { yesNo: 'Yes' } });
      const { answer } = composed as { answer: { text: string; sources: { pointer?: string }[] } };
      expect(answer.text).toBe(
        'Users of Web app sign in with a password or SAML single sign-on; multi-factor authentication is available to users (optional); users can be provisioned from the customer’s directory by SCIM. Users of Public API sign in with API keys (for programs).',
      );
      expect(answer.sources.map((source) => source.pointer)).toEqual([
        'components/web/userAuthentication',
        'components/api/userAuthentication',
      ]);
    });

    it('says a one-time code sent by email as a code, not a link (midday, agenta)', () => {
      const composed = composeAnswer('customer-sso', {
        model: signIn({ methods: ['email-code'] }),
        results: [],
      });
      expect((composed as { answer: { text: string } }).answer.text).toContain(
        'Users of Web app sign in with a one-time code sent by email',
      );
    });

    it('judges single sign-on where people sign in, not on a part anyone may use', () => {
      // inbox-zero (4f70dce): SAML and OIDC wherever a customer's staff sign in, and a public booking page with no
      // sign-in, answered "Partially" to four single sign-on questions.
      const model = signIn({ methods: ['password', 'saml', 'oidc'] }, true, {
        components: [
          {
            id: 'web',
            name: 'Web app',
            kind: 'service',
            dataClasses: ['docs'],
            userAuthentication: { methods: ['password', 'saml', 'oidc'] },
          },
          { id: 'booking', name: 'Booking page', kind: 'service', userAuthentication: { methods: ['none'] } },
        ],
      });
      const composed = composeAnswer('customer-sso', { model, results: [] });
      expect(composed).toMatchObject({
        answer: { yesNo: 'Yes', review: 'Booking page has no user sign-in' },
      });
    });

    it('says No where no method is the customer’s identity provider, and holds an open service for review', () => {
      const none = composeAnswer('customer-sso', {
        model: signIn({ methods: ['password', 'social'] }),
        results: [],
      });
      expect(none).toMatchObject({ answer: { yesNo: 'No' } });
      const open = composeAnswer('customer-sso', { model: signIn({ methods: ['none'] }), results: [] });
      expect(open).toMatchObject({
        answer: { yesNo: 'No', review: 'Web app has no user sign-in' },
      });
      expect((open as { answer: { text: string } }).answer.text).toContain(
        'Web app has no user sign-in: anyone who can reach it may use it',
      );
    });

    it('answers MFA for the product’s users from sign-in, and MFA for staff from access control', () => {
      const model = signIn({ methods: ['password'], mfa: 'not-offered' });
      const users = ask(model, 'Can customer accounts use multi-factor authentication?');
      expect(users).toMatchObject({ topic: 'mfa', yesNo: 'No' });
      expect(users.answer).toBe(
        'No. Users of Web app sign in with a password; multi-factor authentication is not offered to users.',
      );
      const staff = ask(model, 'Is MFA required for every administrative login?');
      // The API holds documents too, and its staff access is not on record: no "Yes" over it (open-notebook).
      expect(staff).toMatchObject({ topic: 'mfa', yesNo: null });
      expect(staff.answer).toBe(
        'Multi-factor authentication is required for access to Web app. Whether it is required for Public API is not yet on record.',
      );
      expect(staff.answer).not.toContain('Users of');
      const everywhere = ask(
        tinyModel({
          dataClasses: [DOCS],
          components: [
            {
              id: 'web',
              name: 'Web app',
              kind: 'service',
              dataClasses: ['docs'],
              accessControl: { mechanism: 'cloud IAM', mfa: true },
            },
            {
              id: 'db',
              name: 'Database',
              kind: 'datastore',
              dataClasses: ['docs'],
              accessControl: { mechanism: 'IAM', mfa: true },
            },
          ],
        }),
        'Is MFA required for every administrative login?',
      );
      expect(everywhere).toMatchObject({ topic: 'mfa', yesNo: 'Yes' });
      expect(everywhere.answer).toBe(
        'Yes. Multi-factor authentication is required for access to all 2 production components with access control on record.',
      );
      // Optional is neither Yes (enforced) nor No (absent).
      const optional = ask(
        signIn({ methods: ['password'], mfa: 'optional' }),
        'Does the product support multi-factor authentication for end users?',
      );
      expect(optional.yesNo).toBeNull();
      expect(optional.answer).toContain('multi-factor authentication is available to users (optional)');
    });

    it('answers SCIM from `scim` alone, and holds "No" single sign-on through an identity service (Bionic GPT)', () => {
      const scim = 'Is SCIM provisioning available?';
      expect(ask(signIn({ methods: ['password', 'saml'] }), scim)).toMatchObject({ status: 'blank' });
      expect(ask(signIn({ methods: ['password', 'saml'] }), scim).note).toContain('userAuthentication.scim');
      expect(ask(signIn({ methods: ['password', 'saml'], scim: false }), scim)).toMatchObject({
        yesNo: 'No',
      });
      expect(ask(signIn({ methods: ['password', 'saml'], scim: true }), scim)).toMatchObject({
        yesNo: 'Yes',
      });
      // A web app signing users in with a password through an identity service (`via`), beside `more` of the map.
      const webAppThrough = (via: string, more: Record<string, unknown>) =>
        tinyModel({
          dataClasses: [DOCS],
          ...more,
          components: [
            ...((more.components as never[]) ?? []),
            {
              id: 'web',
              name: 'Web app',
              kind: 'service',
              dataClasses: ['docs'],
              userAuthentication: { methods: ['password'], identityProvider: via },
            },
          ],
        } as never);
      const brokered = webAppThrough('keycloak', {
        components: [{ id: 'keycloak', name: 'Keycloak', kind: 'service' }],
      });
      const sso = composeAnswer('customer-sso', { model: brokered, results: [] }) as {
        answer: { yesNo?: string; review?: string; text: string };
      };
      expect(sso.answer.yesNo).toBeUndefined();
      expect(sso.answer.review).toContain('through an identity service that may connect');
      expect(sso.answer.text).toBe('Users of Web app sign in with a password, through Keycloak.');
      // An identity service by its product (rowboat cf478e4: "through Okta" for Auth0, read as the buyer's own Okta).
      const auth0 = webAppThrough('auth0', {
        subprocessors: [
          { id: 'auth0', vendor: 'Okta', service: 'Auth0', purpose: 'sign-in', dataClasses: [] },
        ],
      });
      const viaAuth0 = composeAnswer('customer-sso', { model: auth0, results: [] }) as {
        answer: { text: string };
      };
      expect(viaAuth0.answer.text).toBe('Users of Web app sign in with a password, through Okta Auth0.');
    });

    it('answers SAML asked alone from SAML, not from OpenID Connect, whatever the free text says (lmnr, Reactive-Resume)', () => {
      // lmnr and Reactive-Resume: "Yes." to SAML with Okta from `methods: [social, oidc]`, marked answered, and
      // Reactive-Resume's `mechanism: "No SAML."` made the answer name SAML, so no guard held it.
      const question = 'Do you support SAML single sign-on with Okta or Azure AD?';
      const oidc = ask(
        signIn({ methods: ['social', 'oidc'], mechanism: 'No SAML. Okta over OIDC.' }),
        question,
      );
      expect(oidc).toMatchObject({ topic: 'customer-sso', yesNo: 'No' });
      expect(oidc.answer).toMatch(/^No\. SAML single sign-on is not offered\. Users of Web app sign in/);
      expect(ask(signIn({ methods: ['password', 'saml'] }), question)).toMatchObject({ yesNo: 'Yes' });
      // Asked of single sign-on by any protocol, OpenID Connect answers Yes.
      expect(
        ask(signIn({ methods: ['social', 'oidc'] }), 'Do you support single sign-on with Okta?'),
      ).toMatchObject({ yesNo: 'Yes' });
    });

    it('leaves single sign-on blank where only programs or the application in front sign in (rag_api)', () => {
      const model = tinyModel({
        dataClasses: [DOCS],
        components: [
          {
            id: 'rag',
            name: 'RAG API',
            kind: 'api',
            dataClasses: ['docs'],
            userAuthentication: { methods: ['delegated', 'api-key'] },
          },
        ],
      });
      const sso = composeAnswer('customer-sso', { model, results: [] });
      expect(sso).toHaveProperty('missing');
      expect((sso as { missing: string }).missing).toContain(
        'set `userAuthentication` on the service people sign in to',
      );
      expect(signInSentence(model, model.map.components[0] as SignInComponent)).toBe(
        'Users of RAG API sign in with a token the application in front of it issues at sign-in or API keys (for programs)',
      );
    });

    it('leaves a question about users’ MFA blank when the map says only staff MFA (it had answered with staff’s)', () => {
      const model = signIn({ methods: ['password'] });
      const answered = ask(model, 'Does the service offer multi-factor authentication for user accounts?');
      expect(answered).toMatchObject({ topic: 'mfa', answer: '', status: 'blank' });
      expect(answered.note).toContain('userAuthentication.mfa');
    });
  });

  it('reports prompts kept longer than policy as an exception, not as compliance', () => {
    const model = tinyModel({
      dataClasses: [
        { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true, retention: '30d' },
      ],
      components: [
        { id: 'logs', name: 'Request log', kind: 'log-sink', dataClasses: ['prompts'], retention: '90d' },
      ],
    });
    const composed = composeAnswer('ai-prompt-retention', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.text).toContain('Prompts: 30 days');
    expect(composed.answer.text).toContain('Request log keeps Prompts for 90 days');
    expect(composed.answer.review).toBeDefined();
  });

  it('answers one part of a bundled question for review, keeping a verdict only where both parts share it', () => {
    const both = { enabled: true, mechanism: 'TLS 1.2+' };
    const knowledgeOf = (inTransit?: typeof both) =>
      prepareKnowledge({
        model: tinyModel({
          dataClasses: [DOCS],
          components: [
            docsStore('db', {
              name: 'Main DB',
              encryption: {
                atRest: { enabled: true, mechanism: 'KMS' },
                ...(inTransit ? { inTransit } : {}),
              },
            }),
          ],
        }),
        results: [],
      });
    const question = 'Is customer data encrypted at rest and in transit?';
    const [agreed] = answerQuestions(knowledgeOf(both), [{ sheet: 's', row: 2, question }]);
    expect(agreed).toMatchObject({ also: 'encryption-in-transit', yesNo: 'Yes', status: 'review' });
    expect(agreed!.note).toContain('the answer covers one part of a bundled question.');
    // In transit unknown: "Yes" would claim it.
    const [unknown] = answerQuestions(knowledgeOf(), [{ sheet: 's', row: 2, question }]);
    expect(unknown).toMatchObject({ also: 'encryption-in-transit', yesNo: null, status: 'review' });
    expect(unknown!.answer).toMatch(/^Data is encrypted at rest/);
  });

  it('says "Partially" only for a component the map says is not encrypted; one it is silent about goes to review', () => {
    const tls = { enabled: true, mechanism: 'TLS 1.2+' };
    const silent = composeAnswer('encryption-in-transit', {
      model: tinyModel({
        components: [
          { id: 'api', name: 'API', kind: 'service', encryption: { inTransit: tls } },
          { id: 'worker', name: 'Worker', kind: 'service' },
        ],
      }),
      results: [],
    });
    if (!('answer' in silent)) throw new Error('expected an answer');
    expect(silent.answer.yesNo).toBeUndefined();
    // Counted among both, and the silent one said as not yet documented (skyvern 07222e7: "in 1 data store" beside
    // stores the map said nothing of read as the whole).
    expect(silent.answer.text).toBe(
      'Data is encrypted in transit on 1 of 2 components (TLS 1.2+). Whether Worker encrypts data in transit is not yet documented.',
    );
    expect(silent.answer.review).toBe('the map does not say whether Worker encrypts data in transit');
    // Named in the text, a part nobody confirmed holds the answer back.
    const unconfirmed = composeAnswer('encryption-in-transit', {
      model: tinyModel({
        components: [
          { id: 'api', name: 'API', kind: 'service', encryption: { inTransit: tls } },
          { id: 'worker', name: 'Worker', kind: 'service', status: 'proposed' },
        ],
      }),
      results: [],
    });
    if (!('answer' in unconfirmed)) throw new Error('expected an answer');
    expect(unconfirmed.answer.proposed).toEqual(['components/worker']);

    const off = composeAnswer('encryption-in-transit', {
      model: tinyModel({
        components: [
          { id: 'api', name: 'API', kind: 'service', encryption: { inTransit: tls } },
          {
            id: 'legacy',
            name: 'Legacy sync',
            kind: 'service',
            encryption: { inTransit: { enabled: false } },
          },
        ],
      }),
      results: [],
    });
    if (!('answer' in off)) throw new Error('expected an answer');
    expect(off.answer.yesNo).toBe('Partially');
    expect(off.answer.text).toBe(
      'Data is encrypted in transit on 1 of 2 components (TLS 1.2+). Not encrypted in transit: Legacy sync.',
    );
  });

  it('turns the training verdict for a question asked the other way round, and leaves other negative questions to a person', () => {
    const knowledge = prepareKnowledge({ model: tinyModel(trainingMap), results: [] });
    const ask = (question: string) => answerQuestions(knowledge, [{ sheet: 's', row: 2, question }])[0]!;
    expect(ask('Is our data used to train your models?')).toMatchObject({ yesNo: 'No' });
    for (const question of [
      'Please confirm that customer data is not used for training.',
      'Customer data is never used to train AI models.',
      'Is customer data excluded from model training?',
    ]) {
      const answered = ask(question);
      expect(answered.topic, question).toBe('ai-training-on-customer-data');
      expect(answered.yesNo, question).toBe('Yes');
      expect(answered.answer, question).toMatch(
        /^Yes\. We do not train or fine-tune models on customer content/,
      );
    }
    expect(ask('Is training on our data on by default unless we opt out?')).toMatchObject({
      topic: 'ai-training-opt-in',
      yesNo: 'No',
    });
    expect(ask('Is training on customer data opt-in?')).toMatchObject({
      topic: 'ai-training-opt-in',
      yesNo: 'Yes',
    });
  });

  it('flags an expired DPA with an AI provider', () => {
    const model = tinyModel({
      subprocessors: [
        {
          id: 'llm',
          vendor: 'LLM Co',
          service: 'API',
          purpose: 'Answers',
          ai: true,
          terms: { training: 'never', retention: 'zero', dpa: 'dpa-llm' },
        },
      ],
      evidence: [{ id: 'dpa-llm', title: 'DPA', url: 'https://llm.example/dpa', expires: '2026-01-01' }],
    });
    const composed = composeAnswer('ai-provider-terms', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    // No provider is bound by a current agreement: no verdict, and no "our contracts restrict".
    expect(composed.answer.yesNo).toBeUndefined();
    expect(composed.answer.text).toContain('DPA expired on 2026-01-01');
    expect(composed.answer.text).not.toMatch(/Our contracts/);
  });

  it('vendor risk counts every sub-processor, and names those with no terms on record (kotaemon: "0 of 1" of six)', () => {
    const vendor = (id: string, terms?: { training: 'never'; retention: string }) => ({
      id,
      vendor: `${id.toUpperCase()} Co`,
      service: 'API',
      purpose: 'Answers',
      ...(terms ? { terms } : {}),
    });
    const model = tinyModel({
      subprocessors: [vendor('a', { training: 'never', retention: '30d' }), vendor('b'), vendor('c')],
    });
    const composed = composeAnswer('vendor-risk-management', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.text).toBe(
      "We record our sub-processors' terms (not yet for B Co and C Co): 0 of 3 have a signed DPA on file and 0 provided a SOC 2 report.",
    );
    expect(composed.answer.yesNo).toBeUndefined();
  });

  it('human oversight: the map\'s words, with no Yes of their own (kotaemon: "shows its sources" read as a human in the loop)', () => {
    const model = tinyModel({
      components: [{ id: 'api', kind: 'service' }],
      aiSystems: [
        {
          id: 'chat',
          name: 'Chat assistant',
          purpose: 'Answers questions',
          role: ['developer'],
          riskClass: 'limited',
          components: ['api'],
          humanOversight: 'Every answer shows the document excerpts it cites.',
        },
      ],
    });
    const composed = composeAnswer('ai-human-oversight', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.text).toBe('Chat assistant: Every answer shows the document excerpts it cites.');
    expect(composed.answer.yesNo).toBeUndefined();
  });

  it('deletion: no Yes while customer data has no way to be deleted on record, which is said (cognita)', () => {
    const prompts = {
      id: 'questions',
      name: 'User questions',
      category: 'prompts' as const,
      tenantScoped: true,
    };
    const model = tinyModel({
      dataClasses: [{ ...DOCS, deletion: { mechanism: 'An administrator deletes the collection' } }, prompts],
      components: [docsStore('store'), { id: 'logs', kind: 'log-sink', dataClasses: ['questions'] }],
    });
    const composed = composeAnswer('data-deletion', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.yesNo).toBeUndefined();
    expect(composed.answer.text).toBe(
      "Documents: An administrator deletes the collection. Not yet on record: how we delete user questions and all of a customer's data when the contract ends.",
    );
  });

  it("deletion: no Yes where a class's deletion says nothing deletes it (dialoqbase's uploads)", () => {
    const model = tinyModel({
      dataClasses: [{ ...DOCS, deletion: { mechanism: 'None: deleting a source leaves the file on disk' } }],
      components: [docsStore('store')],
      organization: { name: 'Tiny', stage: 'seed', commitments: { deletionWithin: '30d' } },
    });
    const composed = composeAnswer('data-deletion', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.yesNo).toBeUndefined();
    expect(composed.answer.text).toContain('Documents: None: deleting a source leaves the file on disk.');
    expect(composed.answer.review).toContain('the `deletion` of docs says nothing deletes it');
  });

  it('deletion: a copy whose deletion says nothing deletes it is said as not deleted, not on its own schedule (gpt-researcher)', () => {
    const model = tinyModel({
      dataClasses: [{ ...DOCS, deletion: { mechanism: 'Deleted with the report', sla: '1d' } }],
      components: [
        docsStore('store'),
        {
          id: 'log',
          name: 'Application log file',
          kind: 'log-sink',
          dataClasses: ['docs'],
          deletion: { mechanism: 'None: no rotation or deletion' },
        },
      ],
      organization: { name: 'Tiny', stage: 'seed', commitments: { deletionWithin: '30d' } },
    });
    const composed = composeAnswer('data-deletion', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.yesNo).toBeUndefined();
    expect(composed.answer.text).toContain(
      'Copies that are not deleted: Application log file (None: no rotation or deletion).',
    );
    expect(composed.answer.text).not.toContain('follow their own schedule');
    expect(composed.answer.review).toContain('log keeps copies of customer data that nothing deletes');
  });

  it('deletion: copies in logs and caches are said with their own expiry, and one with none on record takes the Yes away (SurfSense, Verba)', () => {
    const prompts = {
      id: 'questions',
      name: 'User questions',
      category: 'prompts' as const,
      tenantScoped: true,
      deletion: { mechanism: 'Deleted with the chat' },
    };
    const accounts = {
      id: 'accounts',
      name: 'User accounts',
      category: 'personal-data' as const,
      tenantScoped: false,
      deletion: { mechanism: 'The user deletes their account in settings' },
    };
    const model = (logs: Record<string, unknown>) =>
      tinyModel({
        organization: { name: 'Tiny AI', stage: 'seed', commitments: { deletionWithin: '30d' } },
        dataClasses: [{ ...DOCS, deletion: { mechanism: 'Deleted with the workspace' } }, prompts, accounts],
        components: [
          docsStore('store', { dataClasses: ['docs', 'questions', 'accounts'] }),
          { id: 'logs', name: 'Server logs', kind: 'log-sink', dataClasses: ['questions'], ...logs },
          { id: 'cache', name: 'Answer cache', kind: 'cache', dataClasses: ['questions'], retention: 'zero' },
        ],
      });
    const expiring = composeAnswer('data-deletion', { model: model({ retention: '30d' }), results: [] });
    if (!('answer' in expiring)) throw new Error('expected an answer');
    expect(expiring.answer.text).toBe(
      'Customer data is deleted within 30 days of a request or the end of the contract. Documents: Deleted with the workspace; User questions: Deleted with the chat; User accounts: The user deletes their account in settings. Copies in logs, caches and queues follow their own schedule: Server logs (removed after 30 days).',
    );
    expect(expiring.answer.yesNo).toBe('Yes');
    const kept = composeAnswer('data-deletion', { model: model({}), results: [] });
    if (!('answer' in kept)) throw new Error('expected an answer');
    expect(kept.answer.text).toContain('Not yet on record: how we delete the copies in Server logs.');
    expect(kept.answer.yesNo).toBeUndefined();
  });

  it('encryption: what the map says of a component that is off is said with it, in one pair of parentheses (Verba)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        docsStore('server', {
          name: 'Server (API)',
          encryption: { inTransit: { enabled: false, mechanism: 'calls to AI providers use HTTPS' } },
        }),
      ],
    });
    const composed = composeAnswer('encryption-in-transit', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.text).toBe(
      'Data is not encrypted in transit on Server (API; calls to AI providers use HTTPS).',
    );
  });

  it('access: one way in is said once for the components it covers; residency names the cloud as buyers read it (kotaemon)', () => {
    const fly = { mechanism: 'Fly.io organisation members (flyctl SSH into the machine)' };
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        docsStore('db', { name: 'Application database', accessControl: fly, cloud: 'fly.io', region: 'sin' }),
        docsStore('files', { name: 'Uploaded files', accessControl: fly, cloud: 'aws', region: 'eu-west-1' }),
      ],
    });
    const access = composeAnswer('access-control', { model, results: [] });
    if (!('answer' in access)) throw new Error('expected an answer');
    expect(access.answer.text).toBe(
      'Staff and service access to production data, per component: Application database and Uploaded files: Fly.io organisation members (flyctl SSH into the machine).',
    );
    const residency = composeAnswer('data-residency', { model, results: [] });
    if (!('answer' in residency)) throw new Error('expected an answer');
    expect(residency.answer.text).toMatch(
      /^The service and its data are hosted in fly\.io sin \(Singapore\) and AWS eu-west-1 \(Ireland\)\./,
    );
  });

  it('governance: the inventory alone waits for review; an AI policy on record is named (SurfSense)', () => {
    const input = {
      components: [{ id: 'api', kind: 'service' as const }],
      aiSystems: [
        {
          id: 'agent',
          name: 'Research agent',
          purpose: 'Answers questions',
          role: ['developer' as const],
          riskClass: 'limited' as const,
          components: ['api'],
        },
      ],
    };
    const answer = (model: ReturnType<typeof tinyModel>) => {
      const composed = composeAnswer('ai-governance', { model, results: runChecks(model).results });
      if (!('answer' in composed)) throw new Error('expected an answer');
      return composed.answer;
    };
    const bare = answer(tinyModel(input));
    expect(bare.text).toBe(
      'We keep an inventory of our AI systems: Research agent (developer, limited risk).',
    );
    expect(bare.review).toMatch(/no AI policy or accountable owner is on record/);
    const policy = {
      id: 'ai-policy',
      kind: 'ai-policy' as const,
      title: 'AI acceptable use and governance policy',
      url: 'https://x.example/p',
      collected: '2026-10-01',
    };
    const withPolicy = answer(
      tinyModel({ ...input, evidence: [policy], controls: [{ id: 'TM-GOV-01', evidence: ['ai-policy'] }] }),
    );
    expect(withPolicy.review).toBeUndefined();
    // The title traces to the evidence entry it names.
    expect(withPolicy.sources).toContainEqual(expect.objectContaining({ kind: 'evidence', id: 'ai-policy' }));
    expect(withPolicy.text).toContain('On record: AI acceptable use and governance policy.');
  });

  it("leaves blank, with the draft in the note, a question the topic's facts on record do not answer (open-saas)", () => {
    const model = tinyModel({
      components: [{ id: 'api', kind: 'service' }],
      aiSystems: [
        {
          id: 'planner',
          name: 'Day planner',
          purpose: 'Plans the day',
          role: ['deployer'],
          riskClass: 'minimal',
          components: ['api'],
        },
      ],
    });
    const knowledge = prepareKnowledge({ model, results: runChecks(model).results });
    const ask = (question: string) => answerQuestions(knowledge, [{ sheet: 's', row: 2, question }])[0]!;
    // The inventory answers a question about the inventory, and nothing more of governance.
    expect(ask('Do you maintain an inventory of the AI systems you use?').answer).toContain(
      'We keep an inventory of our AI systems: Day planner',
    );
    const owner = ask('Who at your company is accountable for responsible AI, and is there an AI policy?');
    expect(owner).toMatchObject({
      topic: 'ai-governance',
      status: 'blank',
      reviewKind: 'missing',
      answer: '',
    });
    expect(owner.note).toContain('no AI policy or accountable owner');
    // A committee that signs off on use cases, or a register of risks, is no inventory (pinecone-vercel-starter,
    // llamatutor: both answered "We keep an inventory of our AI systems").
    for (const question of [
      'Who at your company is accountable for responsible AI, and is there a committee that signs off on new AI use cases before they ship?',
      'Must new AI use cases be approved by a designated committee or role before release?',
    ])
      expect(ask(question).answer, question).not.toContain('We keep an inventory');
    expect(ask('Which AI use cases does your product include?').answer).toContain('We keep an inventory');
    expect(owner.note).toContain('Draft of what the map holds: We keep an inventory of our AI systems');
    // The risk rating answers a question about risk, not one about testing for hallucinations.
    expect(ask('What is the risk category of the AI functionality under the EU AI Act?').answer).toContain(
      'We rate Day planner as minimal risk',
    );
    const testing = ask(
      'How do you evaluate your models for bias, hallucination and other harms before release?',
    );
    expect(testing).toMatchObject({ topic: 'ai-model-risk', status: 'blank', answer: '' });
    expect(testing.note).toContain('not how its models are tested or evaluated');
  });

  it('providers: no "Checked automatically" when discovery found no trace of a provider the answer lists (SurfSense)', () => {
    const model = {
      ...tinyModel({
        dataClasses: [{ id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true }],
        components: [{ id: 'api', kind: 'service', dataClasses: ['prompts'] }],
        subprocessors: [
          {
            id: 'openai',
            vendor: 'OpenAI',
            service: 'API',
            purpose: 'Chat',
            ai: true,
            provider: 'openai',
            dataClasses: ['prompts'],
          },
        ],
        flows: [{ id: 'chat', from: 'api', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' }],
      }),
      discovery: {
        root: '/app',
        findings: [],
        facts: [],
        tables: [],
        skipped: [],
        stats: { files: 12, bytes: 1000, durationMs: 1 },
      },
    };
    const { results } = runChecks(model);
    expect(results.some((r) => r.checkId === 'discovery-drift' && r.status === 'needs-evidence')).toBe(true);
    const composed = composeAnswer('ai-model-providers', { model, results });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.text).toContain('OpenAI');
    expect(composed.answer.text).not.toMatch(/Checked automatically/);
  });

  it('isolation: a pass on a log sink does not stamp as checked a retrieval store the check could not verify (Verba)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        { id: 'index', kind: 'vector-store', dataClasses: ['docs'], tenancy: { model: 'single-tenant' } },
        { id: 'logs', kind: 'log-sink', dataClasses: ['docs'], tenancy: { model: 'single-tenant' } },
      ],
    });
    const { results } = runChecks(model);
    const byStore = Object.fromEntries(
      results.filter((r) => r.checkId === 'tenant-isolation').map((r) => [r.subject.id, r.status]),
    );
    expect(byStore).toEqual({ index: 'needs-evidence', logs: 'pass' });
    const composed = composeAnswer('ai-tenant-isolation', { model, results });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.text).not.toMatch(/tested/);
    expect(composed.answer.review).toContain('no live probe has tested index');
    expect(composed.answer.text).not.toMatch(/Checked automatically/);
  });

  it('deletion: a zero deletion time reads "immediately", never "within not kept" (kotaemon)', () => {
    const model = tinyModel({
      dataClasses: [
        {
          ...DOCS,
          retention: 'until-deleted',
          deletion: { mechanism: 'Removed when the user deletes the file', sla: 'zero' },
        },
      ],
      components: [docsStore('store')],
    });
    const composed = composeAnswer('data-deletion', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.text).toContain('Documents: Removed when the user deletes the file (immediately)');
    expect(composed.answer.text).not.toMatch(/not kept\)/);
  });

  it('model risk: no "Partially" where no AI system has an impact assessment (kotaemon: read as half-admitting)', () => {
    const system = (id: string, impactAssessment?: string) => ({
      id,
      name: `System ${id}`,
      purpose: 'Answers questions',
      role: ['developer' as const],
      riskClass: 'limited' as const,
      components: ['api'],
      ...(impactAssessment ? { impactAssessment } : {}),
    });
    const evidence = [{ id: 'aia', title: 'AI impact assessment', url: 'https://x.example/aia' }];
    const answer = (aiSystems: ReturnType<typeof system>[]) => {
      const composed = composeAnswer('ai-model-risk', {
        model: tinyModel({ aiSystems, evidence, components: [{ id: 'api', kind: 'service' }] }),
        results: [],
      });
      if (!('answer' in composed)) throw new Error('expected an answer');
      return composed.answer;
    };
    expect(answer([system('a')]).yesNo).toBeUndefined();
    expect(answer([system('a')]).text).toBe(
      'We rate System a as limited risk; no impact assessment is on file.',
    );
    expect(answer([system('a', 'aia'), system('b')]).yesNo).toBe('Partially');
    expect(answer([system('a', 'aia')]).yesNo).toBe('Yes');
  });

  it('says "our contracts restrict" only where a current DPA binds each provider (kotaemon: standard terms, no DPA)', () => {
    const vendor = (id: string, dpa?: string) => ({
      id,
      vendor: `${id.toUpperCase()} Co`,
      service: 'API',
      purpose: 'Answers',
      ai: true,
      terms: { training: 'never' as const, retention: '30d', ...(dpa ? { dpa } : {}) },
    });
    const evidence = [{ id: 'dpa-a', title: 'DPA', url: 'https://a.example/dpa' }];
    const answer = (subprocessors: ReturnType<typeof vendor>[]) => {
      const composed = composeAnswer('ai-provider-terms', {
        model: tinyModel({ subprocessors, evidence }),
        results: [],
      });
      if (!('answer' in composed)) throw new Error('expected an answer');
      return composed.answer;
    };
    const none = answer([vendor('a'), vendor('b')]);
    expect(none.yesNo).toBeUndefined();
    expect(none.text).toBe(
      'The terms we have on record with each AI provider: A Co API: no training on our data, retention 30 days, no signed DPA on file; B Co API: no training on our data, retention 30 days, no signed DPA on file.',
    );
    const some = answer([vendor('a', 'dpa-a'), vendor('b')]);
    expect(some.yesNo).toBe('Partially');
    expect(some.text).toMatch(/^The terms we have on record/);
    const all = answer([vendor('a', 'dpa-a')]);
    expect(all.yesNo).toBe('Yes');
    expect(all.text).toMatch(
      /^Our contracts with AI providers restrict their use of our data\. A Co API: .*signed DPA/,
    );
    // Providers with no terms on record are said once, after those with terms; with none on record, a list of
    // "terms not recorded" answers nothing, and what to add is said instead (trieve: five of them in eleven answers).
    const bare = ({ terms: _, ...rest }: ReturnType<typeof vendor>) => rest;
    const partly = answer([vendor('a'), bare(vendor('b')), bare(vendor('c'))] as never);
    expect(partly.text).toBe(
      'The terms we have on record with each AI provider: A Co API: no training on our data, retention 30 days, no signed DPA on file. We have no terms on record yet with B Co API and C Co API.',
    );
    const nothing = composeAnswer('ai-provider-terms', {
      model: tinyModel({ subprocessors: [bare(vendor('b')), bare(vendor('c'))] as never }),
      results: [],
    });
    expect(nothing).toHaveProperty('missing');
    // Beside a provider reached only with customers' own keys, too: its sentence is drafted in what to add.
    const keyed = composeAnswer('ai-provider-terms', {
      model: tinyModel({
        subprocessors: [bare(vendor('b')), { ...bare(vendor('c')), account: 'customer' }] as never,
      }),
      results: [],
    });
    expect(keyed).toEqual({
      missing: expect.stringMatching(
        /^no terms are recorded for our AI provider \(B Co\): add each one's `terms` \(training, retention, the DPA as evidence\)\. The part on customers' own keys would read: "C Co is reached only under a customer’s own account/,
      ),
    });
  });
});

describe('answers on examples/acme-ai', async () => {
  const root = path.resolve('examples/acme-ai');
  const model = await assembleModel(root, { now: NOW, discover: false });
  const { results } = runChecks(model);

  it('cite sources that exist: map pointers resolve and evidence files are on disk', () => {
    let answered = 0;
    for (const topic of TOPIC_IDS) {
      const composed = composeAnswer(topic, { model, results });
      if (!('answer' in composed)) continue;
      answered++;
      expect(composed.answer.sources.length, topic).toBeGreaterThan(0);
      for (const source of composed.answer.sources) {
        if (source.kind === 'map')
          expect(locationOf(model.map.source.locations, source.pointer), source.pointer).toBeDefined();
        if (source.kind === 'evidence' && source.path)
          expect(existsSync(path.join(root, source.path)), source.path).toBe(true);
        if (source.kind === 'probe') expect(existsSync(path.join(root, source.file)), source.file).toBe(true);
        if (source.kind === 'check') expect(results.some((r) => r.checkId === source.checkId)).toBe(true);
      }
    }
    expect(answered).toBeGreaterThanOrEqual(30);
  });

  it("leaves blank an ask the closest topic's answer cannot hold, with its draft in the note (B.4, b46)", () => {
    const knowledge = prepareKnowledge({ model, results });
    const questions = [
      'Does training cover acceptable use of generative AI tools, including what client data may be entered into prompts?',
      'When we terminate, how do you ensure our documents, embeddings and conversation history are destroyed everywhere?',
    ];
    const answered = answerQuestions(
      knowledge,
      questions.map((question, i) => ({ sheet: 's', row: i + 2, question })),
    );
    expect(answered.map((entry) => [entry.status, entry.topic])).toEqual([
      ['blank', null],
      ['blank', null],
    ]);
    expect(answered[0]!.note).toContain('The question asks about staff training, which the closest topic');
    expect(answered[1]!.note).toContain(
      "The question asks about termination, which the closest topic's answer (ai-tenant-isolation) does not address",
    );
    expect(answered[1]!.note).toContain('Draft of the closest topic: ');
  });

  it('names the AI data path by component and vendor names, not map ids, one step per source and purpose', () => {
    const lineage = composeAnswer('ai-data-lineage', { model, results });
    if (!('answer' in lineage)) throw new Error('expected an answer');
    expect(lineage.answer.text).toContain(
      'to OpenAI API (Responses and Embeddings), Anthropic Claude API (Messages), and Fine-tuned model endpoint (inference)',
    );
    expect(lineage.answer.text.match(/[^;]*\(inference\)/g)).toHaveLength(1);
    // One line per source (Onyx's API server was written out five times): said once, its steps joined.
    expect(lineage.answer.text.match(/[Ff]rom DocuMind API to/g)).toHaveLength(1);
    expect(lineage.answer.text).not.toMatch(/\bapi to\b/);
  });

  it('answers "No" to a certificate not held, and leaves a question about plans to the text', () => {
    const knowledge = prepareKnowledge({ model, results });
    const [held, planned] = answerQuestions(knowledge, [
      { sheet: 's', row: 2, question: 'Are you ISO 27001 certified?' },
      { sheet: 's', row: 3, question: 'Are you planning to get ISO 27001 certification?' },
    ]);
    expect(held).toMatchObject({ topic: 'certifications', yesNo: 'No' });
    expect(held!.answer).toMatch(/^No\. We hold no formal certification or audit report yet\./);
    expect(planned).toMatchObject({ topic: 'certifications', yesNo: null });
    expect(planned!.answer).toContain(
      'In progress or planned: SOC 2 Type I and ISO/IEC 42001 certification.',
    );
  });

  it('does not say "Yes" to a question about an unwanted state: a past breach, open findings, commingled data', () => {
    const knowledge = prepareKnowledge({ model, results });
    const [breach, unpatched, commingled, byok] = answerQuestions(knowledge, [
      { sheet: 's', row: 2, question: 'Has your company experienced a data breach?' },
      { sheet: 's', row: 3, question: 'Are there known vulnerabilities that remain unpatched?' },
      { sheet: 's', row: 4, question: "Is customer data commingled with other customers' data?" },
      { sheet: 's', row: 5, question: 'Is data encrypted with customer-managed keys?' },
    ]);
    expect(breach).toMatchObject({ topic: 'incident-response', yesNo: null, status: 'review' });
    expect(breach!.answer).toMatch(/^We have a documented incident response plan/);
    expect(breach!.note).toContain(
      'the question asks about a past breach or incident, which a Yes would admit',
    );
    expect(unpatched).toMatchObject({ topic: 'vulnerability-management', yesNo: null, status: 'review' });
    // Tenants separated in every store is a sure "No".
    expect(commingled).toMatchObject({ topic: 'tenant-segregation', yesNo: 'No' });
    expect(commingled!.answer).toMatch(
      /^No\. How each store that holds customer data separates customers' data: .*LLM request log: filtered in our application’s queries/,
    );
    // What the map does not record of encryption at rest: no answer, the draft in the note (LLMStack: "who manages the
    // keys, can we bring our own?" answered with whether stores are encrypted).
    expect(byok).toMatchObject({ topic: 'encryption-at-rest', yesNo: null, status: 'blank', answer: '' });
    expect(byok!.note).toContain('the question asks about customer-managed keys');
  });

  it('lists sub-processors as "vendor service: purpose (data; location)"', () => {
    const list = composeAnswer('subprocessors', { model, results });
    if (!('answer' in list)) throw new Error('expected an answer');
    expect(list.answer.text).toContain(
      'OpenAI API (Responses and Embeddings): answer generation and document embeddings (data: Customer documents, User questions and Generated answers; location: us);',
    );
    expect(list.answer.text).not.toContain('( ');
  });

  it('answers the planted gaps honestly: prompt logs over policy, Cohere DPA expired', () => {
    const retention = composeAnswer('ai-prompt-retention', { model, results });
    const terms = composeAnswer('ai-provider-terms', { model, results });
    if (!('answer' in retention) || !('answer' in terms)) throw new Error('expected answers');
    expect(retention.answer.text).toContain('90 days');
    expect(retention.answer.review).toBeDefined();
    expect(terms.answer.yesNo).toBe('Partially');
    expect(terms.answer.text).toContain('Cohere');
    expect(terms.answer.text).toContain('expired on 2026-09-30');
  });
});

describe('approved answer library', () => {
  const text = [
    'answers:',
    '  - id: cyber-insurance',
    '    questions: ["Do you carry cyber liability insurance?"]',
    '    answer: "Yes, $5M cyber liability coverage."',
    '    yesNo: "Yes"',
    '    approvedBy: jane@tiny.example',
  ].join('\n');

  it('reuses an approved answer for a close question, and only for a close one', () => {
    const library = parseAnswerLibrary('answers.yaml', text);
    const knowledge = prepareKnowledge({ model: tinyModel({}), results: [] }, library.entries);
    const [close, far] = answerQuestions(knowledge, [
      { sheet: 's', row: 2, question: 'Does your company carry cyber liability insurance?' },
      { sheet: 's', row: 3, question: 'What is your annual revenue?' },
    ]);
    expect(close).toMatchObject({
      answer: 'Yes, $5M cyber liability coverage.',
      library: 'cyber-insurance',
      status: 'answered',
    });
    expect(close!.note).toContain('answers.yaml:2');
    expect(close!.sources).toEqual([
      { kind: 'evidence', id: 'answers.yaml#cyber-insurance', path: 'answers.yaml' },
    ]);
    expect(far).toMatchObject({ topic: null, answer: '', status: 'blank' });
  });

  it('reports a bad entry at its line', () => {
    const bad = 'answers:\n  - id: x\n    questions: []\n    answer: ok\n    topic: not-a-topic\n';
    expect(() => parseAnswerLibrary('answers.yaml', bad)).toThrow(InputError);
    expect(() => parseAnswerLibrary('answers.yaml', bad)).toThrow(
      /answers\.yaml:3:16: answers\[x\]\.questions/,
    );
    expect(() => parseAnswerLibrary('answers.yaml', bad)).toThrow(
      /answers\.yaml:5:\d+: answers\[x\]\.topic: not a known topic/,
    );
    expect(() => parseAnswerLibrary('answers.yaml', 'answers: [\n')).toThrow(
      /answers\.yaml:\d+:\d+: not valid YAML/,
    );
  });
});

describe('exceptions in the buyer’s words', async () => {
  const root = path.resolve('examples/acme-ai');
  const acme = await assembleModel(root, { now: NOW, discover: false });
  const acmeResults = runChecks(acme).results;

  it('names the store and says the days, with the check id in the note only', () => {
    const deletion = answerQuestions(prepareKnowledge({ model: acme, results: acmeResults }), [
      { sheet: 's', row: 2, question: 'How quickly is customer data deleted after the contract ends?' },
    ])[0]!;
    expect(deletion.topic).toBe('data-deletion');
    expect(deletion.answer).toContain(
      'However, LLM request log deletion takes up to 90 days, longer than the 30 days we promise.',
    );
    expect(deletion.note).toContain('deletion-coverage');
    expect(
      buyerFinding(
        {
          checkId: 'deletion-coverage',
          controls: [],
          status: 'fail',
          severity: 'high',
          subject: { kind: 'component', id: 'vector-index' },
          message: '`vector-index` holds tenant data but declares no deletion mechanism',
          sources: [],
        },
        acme,
      ),
    ).toBe('Document chunk index holds customer data but has no deletion mechanism documented yet');
    expect(deletion.note).toContain('`prompt-logs` deletion takes up to 90d');
  });

  it('says every failing check of a broken map without ids, backticks, control ids, `90d` or map words', () => {
    // examples/acme-ai with gaps planted in every check the answers read: an undeclared and an application-only
    // tenancy, a training export without opt-in, no provenance, missing safeguards; its evidence files are not
    // on disk here, so every document is "missing".
    const input = parse(readFileSync(path.join(root, 'trustmap.yaml'), 'utf8')) as SystemMapInput;
    for (const component of input.components ?? []) {
      if (component.id === 'vector-index') {
        delete component.tenancy;
        delete component.encryption;
      }
      if (component.id === 'app-db' && component.tenancy) component.tenancy.model = 'application-filter';
    }
    for (const flow of input.flows ?? []) if (flow.id === 'export-opt-in') delete flow.condition;
    for (const dataClass of input.dataClasses ?? []) delete dataClass.provenance;
    const model = modelOf(input);
    const failing = runChecks(model).results.filter((result) => result.status === 'fail');
    expect(new Set(failing.map((result) => result.checkId)).size).toBeGreaterThanOrEqual(6);
    const ids = [
      ...model.map.components.filter((entry) => entry.name && entry.name !== entry.id),
      ...model.map.dataClasses.filter((entry) => entry.name !== entry.id),
      ...model.map.flows,
      ...model.map.evidence,
    ].map((entry) => entry.id);
    for (const result of failing) {
      const said = buyerFinding(result, model);
      expect(said, result.message).not.toMatch(
        /`|\bTM-[A-Z]+-\d+|\b\d+[hdwy]\b|declare|\bin (?:the )?code\b|the map/,
      );
      for (const id of ids)
        expect(said, result.message).not.toMatch(new RegExp(`(?<![\\w-])${id}(?![\\w-])`));
    }
    const said = failing.map((result) => buyerFinding(result, model));
    expect(said).toContain(
      "Application database separates customers' data in the application only, not in the datastore itself",
    );
    expect(said).toContain("how Document chunk index separates customers' data is not yet documented");
    expect(said).toContain(
      "customer data can reach Opt-in training exports, used for model training, without the customer's opt-in",
    );
  });
});

describe('retrieval isolation', () => {
  it('does not say retrieval searches only the requesting tenant’s data when a store is shared', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'index',
          name: 'Vector index',
          kind: 'vector-store',
          dataClasses: ['docs'],
          tenancy: { model: 'shared' },
        },
      ],
    });
    const composed = composeAnswer('ai-tenant-isolation', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.text).not.toContain('only searches the requesting tenant');
    // The only store: "not every" would say some do (cognita's one Qdrant store).
    expect(composed.answer.text).toContain(
      'Our retrieval store does not separate customers’ data: Vector index is shared.',
    );
    expect(composed.answer.text).toContain('Vector index: shared, with no separation.');
    expect(composed.answer.review).toContain('Vector index');
    const storesOf = (...tenancies: ('shared' | 'index-per-tenant')[]) =>
      tinyModel({
        dataClasses: [DOCS],
        components: tenancies.map((tenancy, i) => ({
          id: `index-${i}`,
          name: `Index ${i}`,
          kind: 'vector-store' as const,
          dataClasses: ['docs'],
          tenancy: { model: tenancy },
        })),
      });
    const text = (model: ReturnType<typeof tinyModel>) =>
      (composeAnswer('ai-tenant-isolation', { model, results: [] }) as { answer: { text: string } }).answer
        .text;
    expect(text(storesOf('shared', 'shared', 'index-per-tenant'))).toMatch(
      /^Not every retrieval store separates/,
    );
    expect(text(storesOf('shared', 'shared'))).toMatch(
      /^No retrieval store separates customers’ data: Index 0 and Index 1 are shared\./,
    );
    const segregation = composeAnswer('tenant-segregation', { model: storesOf('shared'), results: [] });
    expect((segregation as { answer: { text: string } }).answer.text).toMatch(
      /^Our store of customer data does not separate customers' data\. By store: Index 0: shared/,
    );
  });
});
