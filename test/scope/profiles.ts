import type { CheckResult } from '../../src/controls/types.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { buildModel, type Model } from '../../src/model/index.js';

export const NOW = new Date('2026-11-26T12:00:00Z');

/** Builds a model from YAML text, failing loudly when the map is not valid. */
export function modelFrom(yaml: string, now = NOW): Model {
  const result = loadMapFromFiles([{ file: 'trustmap.yaml', content: yaml }]);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return buildModel(result.map, { now });
}

/** A company map: an API, a database, a vector index, an LLM vendor; the organisation block varies. */
export function companyYaml(organization: string, extra = ''): string {
  return `version: 1
organization:
${organization
  .trim()
  .split('\n')
  .map((line) => `  ${line}`)
  .join('\n')}
dataClasses:
  - { id: docs, name: Customer documents, category: customer-content, tenantScoped: true, sensitivity: confidential }
  - { id: prompts, name: Prompts, category: prompts, tenantScoped: true, sensitivity: confidential, retention: 30d }
  - { id: embeddings, name: Embeddings, category: embeddings, tenantScoped: true, derivedFrom: [docs] }
  - { id: metrics, name: Metrics, category: telemetry, tenantScoped: false, sensitivity: internal }
components:
  - { id: api, name: Product API, kind: api, dataClasses: [docs, prompts], owner: platform }
  - { id: db, name: Main database, kind: datastore, dataClasses: [docs], owner: platform }
  - { id: vectors, name: Vector index, kind: vector-store, dataClasses: [embeddings], tenancy: { model: row-level-security } }
  - { id: metrics-store, name: Metrics store, kind: datastore, dataClasses: [metrics] }
subprocessors:
  - id: llm
    vendor: Model Vendor
    service: LLM API
    purpose: answers
    ai: true
    dataClasses: [prompts, docs]
    terms: { training: never, retention: zero }
  - id: cloud
    vendor: Cloud Co
    service: hosting
    purpose: hosting
    dataClasses: [docs, prompts]
    terms: { training: never, retention: until-deleted, soc2Report: cloud-soc2 }
    auditTreatment: carve-out
flows:
  - { id: store, from: api, to: db, dataClasses: [docs], purpose: storage }
  - { id: index, from: api, to: vectors, dataClasses: [embeddings], purpose: storage }
  - { id: retrieve, from: vectors, to: api, dataClasses: [embeddings], purpose: retrieval }
  - { id: ask, from: api, to: llm, dataClasses: [prompts, docs], purpose: inference }
  - { id: measure, from: api, to: metrics-store, dataClasses: [metrics], purpose: analytics }
evidence:
  - { id: cloud-soc2, title: Cloud Co SOC 2 Type II report, url: https://cloud.example/soc2 }
${extra}`;
}

/** A check result as the controls stage writes it. */
export function result(
  checkId: string,
  controls: string[],
  status: CheckResult['status'],
  severity: CheckResult['severity'],
  subject = 'api',
): CheckResult {
  return {
    checkId,
    controls,
    status,
    severity,
    subject: { kind: 'component', id: subject },
    message: `${checkId} on ${subject}`,
    sources: [{ kind: 'map', pointer: `components/${subject}` }],
  };
}
