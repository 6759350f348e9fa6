import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../../src/core/contracts.js';
import { describeSystem } from '../../src/describe/index.js';
import type { Model } from '../../src/model/index.js';
import { recommendSystem } from '../../src/scope/index.js';
import { tinyModel } from '../questionnaire/fixtures.js';

/** The components the description's boundary lists as the system: the ids its list cites. */
function describedSystem(model: Model): string[] {
  const boundary = describeSystem(model).sections.find((section) => section.id === 'boundary');
  const list = boundary?.blocks.find((block) => block.kind === 'list');
  if (list?.kind !== 'list') return [];
  return list.items.flatMap((item) =>
    item.sources.flatMap((source: SourceRef) =>
      source.kind === 'map' ? [source.pointer.replace(/^components\//, '')] : [],
    ),
  );
}

describe('the in-scope system', () => {
  it("leaves out what each customer runs and the vendors reached with each customer's own account, as the description does (zep)", () => {
    // zep (7de18dfa): every part each customer runs was "in" scope while the description put it outside the boundary,
    // and OpenAI, reached only with each customer's key, was carved out with "obtain a SOC 2 report".
    const model = tinyModel({
      dataClasses: [{ id: 'prompts', name: 'Messages', category: 'prompts', tenantScoped: true }],
      components: [
        { id: 'cloud', name: 'Memory API', kind: 'api', dataClasses: ['prompts'] },
        {
          id: 'server',
          name: 'Community Edition server',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['prompts'],
        },
      ],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'OpenAI API',
          purpose: 'extracts facts',
          ai: true,
          account: 'customer',
          dataClasses: ['prompts'],
        },
      ],
      flows: [
        { id: 'extract', from: 'server', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' },
      ],
    });
    const system = recommendSystem(model, new Set());
    expect(system.components.map((c) => [c.id, c.include, c.outside])).toEqual([
      ['cloud', true, undefined],
      ['server', false, 'run by each customer'],
    ]);
    expect(system.components[1]?.sources[0]).toMatchObject({ pointer: 'components/server/hosting' });
    expect(system.subprocessors).toEqual([]);
    expect(system.customerAccounts.map((vendor) => vendor.id)).toEqual(['openai']);
    expect(system.customerAccounts[0]?.reason).toContain('no report of it is needed');
    // Scope includes nothing the description leaves outside its boundary, with Availability too.
    const described = describedSystem(model);
    expect(described).toEqual(['cloud']);
    for (const categories of [new Set<never>(), new Set(['availability'] as const)])
      for (const component of recommendSystem(model, categories).components)
        if (component.include) expect(described).toContain(component.id);
  });

  it('includes every store of ours that holds customer data, tenant-scoped or not (search_with_lepton)', () => {
    // search_with_lepton (0a2fe37): its one KV, holding every generated answer for good and shared by all users, was
    // "out" of scope because the answers were not tenant-scoped, while the check said it keeps customer data.
    const model = tinyModel({
      dataClasses: [
        {
          id: 'answers',
          name: 'Answers',
          category: 'model-outputs',
          tenantScoped: false,
          retention: 'indefinite',
        },
        {
          id: 'keys',
          name: 'API keys',
          category: 'credentials',
          sensitivity: 'restricted',
          tenantScoped: false,
        },
      ],
      components: [
        { id: 'kv', name: 'KV', kind: 'datastore', dataClasses: ['answers'], retention: 'indefinite' },
        { id: 'vault', name: 'Secrets', kind: 'datastore', dataClasses: ['keys'] },
        { id: 'cache', name: 'Cache', kind: 'cache' },
        { id: 'app', name: 'App', kind: 'service' },
      ],
      flows: [{ id: 'save', from: 'app', to: 'cache', dataClasses: ['answers'], purpose: 'storage' }],
    });
    const system = recommendSystem(model, new Set());
    expect(system.components.map((c) => [c.id, c.include, c.roles])).toEqual([
      ['kv', true, ['customer data']],
      ['vault', true, ['confidential data']],
      ['cache', true, ['customer data']],
      ['app', true, ['customer data']],
    ]);
  });
});
