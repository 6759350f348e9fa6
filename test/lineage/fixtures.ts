import { stringify } from 'yaml';
import { loadMapFromFiles, type SystemMapInput } from '../../src/map/index.js';
import { buildModel, type Model } from '../../src/model/index.js';

export const now = new Date('2026-11-26T12:00:00Z');

type Parts = Partial<Omit<SystemMapInput, 'version' | 'organization'>> & { organization?: string };

/** A model from a map written as an object literal, loaded through the real YAML loader. */
export function modelOf(parts: Parts): Model {
  const { organization = 'Example Co', ...rest } = parts;
  const input: SystemMapInput = { version: 1, organization: { name: organization, stage: 'seed' }, ...rest };
  const result = loadMapFromFiles([{ file: 'trustmap.yaml', content: stringify(input) }]);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return buildModel(result.map, { now });
}

export const customerDocs = {
  id: 'docs',
  name: 'Customer documents',
  category: 'customer-content',
  tenantScoped: true,
} as const;

/** A small RAG-plus-training system: documents land in a store, a pipeline trains from the store. */
export function trainingMap(options: { gated: boolean }): Parts {
  return {
    dataClasses: [
      customerDocs,
      { id: 'metrics', name: 'Metrics', category: 'telemetry', tenantScoped: false },
    ],
    components: [
      { id: 'api', kind: 'api', dataClasses: ['docs'], retention: 'zero' },
      {
        id: 'store',
        name: 'Document store',
        kind: 'datastore',
        dataClasses: ['docs'],
        tenancy: { model: 'row-level-security' },
      },
      { id: 'relay', kind: 'queue', dataClasses: ['docs'], retention: 'zero' },
      { id: 'trainer', kind: 'training-pipeline', dataClasses: ['docs'] },
      { id: 'dash', kind: 'service', tenancy: { model: 'application-filter' } },
    ],
    subprocessors: [
      { id: 'llm', vendor: 'LLM Co', service: 'Chat API', purpose: 'answers', dataClasses: ['docs'] },
    ],
    flows: [
      { id: 'save', from: 'api', to: 'store', dataClasses: ['docs'], purpose: 'storage' },
      {
        id: 'export',
        from: 'store',
        to: 'relay',
        dataClasses: ['docs'],
        purpose: 'training',
        ...(options.gated
          ? { condition: { kind: 'tenant-opt-in' as const, description: 'tenants that opted in' } }
          : {}),
      },
      { id: 'train', from: 'relay', to: 'trainer', dataClasses: ['docs'], purpose: 'training' },
      { id: 'ask', from: 'api', to: 'llm', dataClasses: ['docs'], purpose: 'inference' },
      { id: 'stats', from: 'api', to: 'dash', dataClasses: ['metrics'], purpose: 'analytics' },
    ],
  };
}
