// What the seventeenth session's reviews of real apps found in the trust center and the checks, each from the smallest
// map that shows it: netease-youdao/QAnything (974f933), smallcloudai/refact (3e63fac), kortix-ai/suna (b63407c, a
// fork's snapshot), logancyang/obsidian-copilot (611831b).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { buildLineageGraph, renderMermaid } from '../../src/lineage/index.js';
import type { SystemMapInput } from '../../src/map/index.js';
import { buildTrustCenter } from '../../src/trust-center/index.js';
import { companyMap, modelOf } from './fixtures.js';

const text = (value: string | Uint8Array | undefined) => (typeof value === 'string' ? value : '');

describe('a question sent to a store as a search', () => {
  // QAnything: "We keep no prompts or model outputs: they are kept only in Application database, Vector index, Keyword
  // search index and Application log files … ✓ Verified"; the question only searches the two indexes, which keep
  // chunks. The retention check said the same.
  const map = (): SystemMapInput => ({
    version: 1,
    organization: { name: 'Youdao', stage: 'seed' },
    dataClasses: [
      { id: 'docs', name: 'Documents', category: 'customer-content', tenantScoped: true },
      { id: 'prompts', name: 'Questions', category: 'prompts', tenantScoped: true, retention: '30d' },
    ],
    components: [
      {
        id: 'app',
        name: 'App',
        kind: 'service',
        hosting: 'customer-hosted',
        retention: 'zero',
        dataClasses: ['docs', 'prompts'],
      },
      {
        id: 'db',
        name: 'Application database',
        kind: 'datastore',
        hosting: 'customer-hosted',
        dataClasses: ['prompts'],
      },
      {
        id: 'vectors',
        name: 'Vector index',
        kind: 'vector-store',
        hosting: 'customer-hosted',
        dataClasses: ['docs'],
      },
    ],
    flows: [
      { id: 'keep', from: 'app', to: 'db', dataClasses: ['prompts'], purpose: 'storage' },
      { id: 'search', from: 'app', to: 'vectors', dataClasses: ['prompts'], purpose: 'retrieval' },
    ],
  });

  it('is not where the class is kept, in the claim or the retention check', () => {
    const model = modelOf(map());
    const site = buildTrustCenter(model, runChecks(model).results, { allowUnverified: true });
    const claim = site.claims.find((entry) => entry.id === 'prompt-retention');
    expect(claim?.statement).toContain('kept only in Application database, which each customer runs');
    expect(claim?.statement).not.toContain('Vector index');
    // A store of ours searched with the question is not said to keep it either.
    const ours = map();
    for (const component of ours.components ?? []) delete component.hosting;
    ours.components![1]!.retention = '30d';
    ours.components![2]!.retention = 'indefinite';
    const retention = runChecks(modelOf(ours)).results.filter(
      (result) => result.checkId === 'prompt-output-retention',
    );
    expect(retention.map((result) => result.status)).not.toContain('fail');
    expect(retention.map((result) => result.message).join(' ')).not.toContain('vectors');
  });
});

describe('the deletion table', () => {
  it("names a vendor with no retention on record as an exception, whatever the class's own deletion time (suna)", () => {
    // suna: "User messages and tasks — gone within 31 days" from the class's deletion time, under "gone from every place
    // that holds it", while PostHog keeps every task's text with no time on record (the deletion check failed it).
    const map = companyMap();
    map.subprocessors!.push({
      id: 'posthog',
      vendor: 'PostHog',
      service: 'Product analytics',
      purpose: 'Analytics',
      dataClasses: ['contracts'],
    });
    map.flows!.push({
      id: 'track',
      from: 'api',
      to: 'posthog',
      dataClasses: ['contracts'],
      purpose: 'analytics',
    });
    const model = modelOf(map);
    const page = text(
      buildTrustCenter(model, runChecks(model).results, { allowUnverified: true }).files[
        'ai-data-practices.html'
      ],
    );
    const row =
      /<th[^>]*>Customer contracts<\/th><td data-label="Gone within">(.*?)<\/td><td[^>]*>([^<]*)<\/td>/.exec(
        page,
      );
    expect(row?.slice(1)).toEqual(['not stated', 'no time stated for PostHog']);
    // The check says the same of it.
    expect(
      runChecks(model).results.find(
        (result) => result.checkId === 'deletion-coverage' && result.subject.id === 'posthog',
      )?.status,
    ).toBe('fail');
  });
});

describe('services reached with no account at all', () => {
  // refact's Jina Reader and QAnything's DuckDuckGo: "0 sub-processors (besides 3 services customers reach only with
  // their own accounts)" under "Services customers connect with their own accounts", and drawn in the lineage under
  // "Each customer's own systems and accounts".
  const map = (keyed: boolean) => {
    const entry = companyMap();
    entry.subprocessors!.push(
      {
        id: 'jina',
        vendor: 'Jina AI',
        service: 'Reader',
        purpose: 'Reads web pages',
        account: 'none',
        dataClasses: ['prompts'],
      },
      ...(keyed
        ? [
            {
              id: 'groq',
              vendor: 'Groq',
              service: 'API',
              purpose: 'Answers',
              ai: true,
              account: 'customer' as const,
              dataClasses: ['prompts'],
            },
          ]
        : []),
    );
    entry.components!.push({
      id: 'plugin',
      name: 'Plugin',
      kind: 'service',
      hosting: 'customer-hosted',
      dataClasses: ['prompts'],
    });
    entry.flows!.push({
      id: 'read',
      from: 'plugin',
      to: 'jina',
      dataClasses: ['prompts'],
      purpose: 'retrieval',
    });
    return entry;
  };

  it('are counted and headed apart from those reached with the customer’s own account', () => {
    const alone = buildTrustCenter(modelOf(map(false)), [], { allowUnverified: true });
    const page = text(alone.files['subprocessors.html']);
    expect(page).toContain(
      'We work with 2 sub-processors (besides 1 service their installations reach anonymously, with no account).',
    );
    expect(page).toContain(
      '<h2 id="customer-accounts">Services customers’ installations reach anonymously</h2>',
    );
    expect(page).not.toContain('own accounts');
    const both = text(
      buildTrustCenter(modelOf(map(true)), [], { allowUnverified: true }).files['subprocessors.html'],
    );
    expect(both).toContain(
      '(besides 1 service customers reach only with their own accounts, and 1 their installations reach anonymously, with no account)',
    );
    expect(both).toContain('<h2 id="customer-accounts">Services customers reach themselves</h2>');
  });

  it('are titled as such in the lineage', () => {
    const mermaid = renderMermaid(buildLineageGraph(modelOf(map(false))));
    expect(mermaid).toContain(
      'subgraph customers["Each customer\'s own systems and accounts, and services its installation reaches anonymously"]',
    );
    expect(mermaid).toContain('or at a service its installation reaches anonymously');
  });
});

describe('where prompts rest in what each customer runs', () => {
  // Nextcloud Assistant: "kept only in Nextcloud database and Users' Nextcloud files", leaving out its server, which keeps
  // every task's input and output. frigate: its NVR, keeping prompts for zero time, named as keeping them.
  const map = (serverRetention?: Record<string, string>): SystemMapInput => ({
    version: 1,
    organization: { name: 'Nextcloud GmbH', stage: 'seed' },
    dataClasses: [
      { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true, retention: 'until-deleted' },
      { id: 'files', name: 'Files', category: 'customer-content', tenantScoped: true },
    ],
    components: [
      {
        id: 'server',
        name: 'Nextcloud server',
        kind: 'service',
        hosting: 'customer-hosted',
        dataClasses: ['prompts', 'files'],
        ...(serverRetention ? { retention: serverRetention } : {}),
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
  const claim = (input: SystemMapInput) => {
    const model = modelOf(input);
    return buildTrustCenter(model, runChecks(model).results, { allowUnverified: true }).claims.find(
      (entry) => entry.id === 'prompt-retention',
    )?.statement;
  };

  it("names a customer's part that lists them with no time said apart, and not one that keeps them zero", () => {
    expect(claim(map())).toBe(
      'We keep no prompts or model outputs: they are kept in Nextcloud database, which each customer runs, for as long as the customer keeps them; Nextcloud server, which each customer also runs, handles them too, and whether it keeps them is not stated.',
    );
    expect(claim(map({ prompts: 'zero', files: 'until-deleted' }))).toContain(
      'kept only in Nextcloud database, which each customer runs',
    );
  });
});

describe('prompts kept by us as something else', () => {
  it('keep "we keep none" out of the answer and the trust center (GPT4All: shared chats in its Datalake)', async () => {
    const { composeAnswer } = await import('../../src/questionnaire/index.js');
    const map: SystemMapInput = {
      version: 1,
      organization: { name: 'Nomic AI', stage: 'seed' },
      dataClasses: [
        { id: 'prompts', name: 'Chats', category: 'prompts', tenantScoped: true, retention: 'until-deleted' },
        {
          id: 'shared',
          name: 'Shared chats',
          category: 'training-data',
          tenantScoped: false,
          derivedFrom: ['prompts'],
        },
      ],
      components: [
        {
          id: 'desktop',
          name: 'Desktop app',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['prompts'],
        },
        {
          id: 'chats',
          name: 'Chat files',
          kind: 'datastore',
          hosting: 'customer-hosted',
          dataClasses: ['prompts'],
        },
        { id: 'lake', name: 'Datalake ingest', kind: 'datastore', dataClasses: ['shared'] },
      ],
      flows: [
        {
          id: 'share',
          from: 'desktop',
          to: 'lake',
          dataClasses: ['shared'],
          purpose: 'storage',
          condition: { kind: 'tenant-opt-in', description: 'only chats a user chooses to share' },
        },
      ],
    };
    const model = modelOf(map);
    const results = runChecks(model).results;
    const composed = composeAnswer('ai-prompt-retention', { model, results });
    expect('answer' in composed ? composed.answer.text : '').not.toContain('We keep none');
    expect('missing' in composed ? composed.missing : '').toContain('`shared`');
    const claim = buildTrustCenter(model, results, { allowUnverified: true }).claims.find(
      (entry) => entry.id === 'prompt-retention',
    );
    expect(claim?.statement ?? '').not.toMatch(/^We keep no prompts/);
  });
});

describe('a question sent to a store as a search, in the lineage', () => {
  it('does not stop there unless the store keeps it (QAnything: "stops here: prompts" at its indexes)', () => {
    const map: SystemMapInput = {
      version: 1,
      organization: { name: 'Youdao', stage: 'seed' },
      dataClasses: [
        { id: 'docs', name: 'Documents', category: 'customer-content', tenantScoped: true },
        { id: 'prompts', name: 'Questions', category: 'prompts', tenantScoped: true },
      ],
      components: [
        { id: 'app', name: 'App', kind: 'service', retention: 'zero', dataClasses: ['docs', 'prompts'] },
        { id: 'db', name: 'Database', kind: 'datastore', dataClasses: ['prompts'] },
        { id: 'vectors', name: 'Vector index', kind: 'vector-store', dataClasses: ['docs'] },
      ],
      flows: [
        { id: 'keep', from: 'app', to: 'db', dataClasses: ['prompts'], purpose: 'storage' },
        { id: 'index', from: 'app', to: 'vectors', dataClasses: ['docs'], purpose: 'embedding' },
        { id: 'search', from: 'app', to: 'vectors', dataClasses: ['prompts'], purpose: 'retrieval' },
      ],
    };
    const graph = buildLineageGraph(modelOf(map));
    const prompts = graph.classes.find((entry) => entry.id === 'prompts');
    expect(prompts?.stops.map((stop) => stop.node)).toEqual(['db']);
    expect(graph.nodes.find((node) => node.id === 'vectors')?.stops.map((stop) => stop.dataClass)).toEqual([
      'docs',
    ]);
  });
});
