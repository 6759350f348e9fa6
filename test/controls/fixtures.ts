import { stringify } from 'yaml';
import type { DiscoveryReport, Finding } from '../../src/discover/types.js';
import { formatProblem } from '../../src/errors/index.js';
import { loadMapFromFiles, type SystemMapInput } from '../../src/map/index.js';
import { buildModel, type Model, type ModelFacts } from '../../src/model/index.js';

export const NOW = new Date('2026-11-26T12:00:00Z');

/** Builds a model from a map written as an object literal, through the real loader. */
export function modelOf(input: SystemMapInput, facts: ModelFacts = {}): Model {
  const result = loadMapFromFiles([{ file: 'trustmap.yaml', content: stringify(input) }], {
    root: '/tmp/map',
  });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return buildModel(result.map, { now: NOW, ...facts });
}

/** A small, clean RAG product: every check passes or is not applicable on it. */
export function ragMap(): SystemMapInput {
  return {
    version: 1,
    organization: { name: 'Tiny AI', stage: 'seed', commitments: { deletionWithin: '30d' } },
    tenancy: { trainingDefault: 'opt-in', isolation: 'datastore-enforced', probeMaxAge: '30d' },
    dataClasses: [
      {
        id: 'docs',
        name: 'Documents',
        category: 'customer-content',
        tenantScoped: true,
        retention: 'until-deleted',
      },
      {
        id: 'chunks',
        name: 'Chunk embeddings',
        category: 'internal',
        tenantScoped: true,
        derivedFrom: ['docs'],
      },
      { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true, retention: '30d' },
      { id: 'metrics', name: 'Metrics', category: 'telemetry', tenantScoped: false },
    ],
    components: [
      {
        id: 'api',
        kind: 'api',
        dataClasses: ['docs', 'prompts'],
        tenancy: { model: 'application-filter' },
        retention: 'zero',
      },
      {
        id: 'vectors',
        kind: 'vector-store',
        dataClasses: ['chunks'],
        tenancy: { model: 'index-per-tenant' },
        encryption: { atRest: { enabled: true }, inTransit: { enabled: true } },
        accessControl: { mechanism: 'IAM' },
        logging: { enabled: true },
        monitoring: { enabled: true },
        changeControl: { process: 'reviewed pull requests' },
        deletion: { mechanism: 'drop the tenant index', sla: '7d' },
      },
    ],
    subprocessors: [
      {
        id: 'openai',
        vendor: 'OpenAI',
        service: 'API',
        provider: 'openai',
        purpose: 'answers',
        ai: true,
        dataClasses: ['prompts'],
        terms: { training: 'never', retention: 'zero', dpa: 'dpa-openai' },
      },
    ],
    flows: [
      { id: 'ask', from: 'api', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' },
      { id: 'index', from: 'api', to: 'vectors', dataClasses: ['chunks'], purpose: 'storage' },
    ],
    evidence: [
      { id: 'dpa-openai', title: 'OpenAI DPA', url: 'https://example.com/dpa', expires: '2027-06-01' },
    ],
  };
}

/** A discovery report holding these findings and configuration facts, as `discover` would return it. */
export function discoveryReport(findings: Finding[], facts: DiscoveryReport['facts'] = []): DiscoveryReport {
  return {
    root: '/tmp/map',
    findings,
    facts,
    tables: [],
    skipped: [],
    stats: { files: 1, bytes: 1, durationMs: 1 },
  };
}

/** LangSmith found in the code (an LLM observability vendor that receives prompts); `more` overrides fields. */
export function langsmithFinding(more: Partial<Finding> = {}): Finding {
  return {
    id: 'langsmith',
    provider: 'langsmith',
    name: 'LangSmith',
    category: 'llm-observability',
    hosting: 'vendor-hosted',
    confidence: 'high',
    evidence: [
      { file: 'src/tracing.ts', line: 3, signal: 'import', snippet: "import { Client } from 'langsmith'" },
    ],
    ...more,
  };
}
