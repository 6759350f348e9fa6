import { createHash } from 'node:crypto';
import path from 'node:path';
import { findProvider } from '../catalog/index.js';
import type { DiscoveryReport, Finding } from '../types.js';

export interface CycloneDxOptions {
  /** The BOM timestamp (pass the run's clock for reproducible output). */
  now: Date;
  toolVersion: string;
}

const FRAMEWORK_TYPES: Record<string, string> = {
  'agent-framework': 'framework',
  'inference-runtime': 'application',
  'vector-store': 'application',
  datastore: 'application',
};

/** A UUID derived from the content, so the same report gives the same serial number. */
function contentUuid(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const evidenceProperties = (finding: Finding) => [
  { name: 'trustmap:category', value: finding.category },
  { name: 'trustmap:confidence', value: finding.confidence },
  ...finding.evidence
    .slice(0, 10)
    .map((e) => ({ name: 'trustmap:evidence', value: `${e.file}:${e.line} (${e.signal})` })),
];

function endpoints(finding: Finding): string[] {
  const hosts = findProvider(finding.provider)?.signals.hosts ?? [];
  return hosts
    .filter((host) => !host.includes('*') && !host.startsWith('localhost'))
    .map((host) => `https://${host}`);
}

/**
 * The report as a CycloneDX 1.6 BOM: vendor-hosted providers as `services` with endpoints and data flows;
 * self-hosted ones, model files and vector tables as `components`.
 * @example renderDiscoveryCycloneDx(report, { now: new Date('2026-11-26'), toolVersion: '0.1.0' })
 */
export function renderDiscoveryCycloneDx(report: DiscoveryReport, options: CycloneDxOptions): string {
  // A bill of materials lists what is used: providers only mentioned (tests, docs, comments) stay out.
  const used = report.findings.filter((finding) => finding.status !== 'mentioned');
  const services = used
    .filter((finding) => finding.hosting === 'vendor-hosted')
    .map((finding) => ({
      'bom-ref': `service:${finding.id}`,
      provider: { name: finding.vendor ?? finding.provider },
      name: finding.name,
      ...(endpoints(finding).length ? { endpoints: endpoints(finding) } : {}),
      authenticated: true,
      'x-trust-boundary': true,
      data: [
        {
          flow: 'bi-directional',
          classification:
            finding.receivesPrompts || finding.category === 'llm-api'
              ? 'prompts-and-outputs'
              : finding.category,
        },
      ],
      properties: evidenceProperties(finding),
    }));
  const components = [
    ...used
      .filter((finding) => finding.hosting === 'self-hosted')
      .map((finding) => ({
        type: FRAMEWORK_TYPES[finding.category] ?? 'application',
        'bom-ref': `component:${finding.id}`,
        name: finding.name,
        properties: evidenceProperties(finding),
      })),
    ...(report.models ?? []).map((model) => ({
      type: 'machine-learning-model',
      'bom-ref': `model:${model.file}`,
      name: path.posix.basename(model.file),
      properties: [
        { name: 'trustmap:file', value: model.file },
        { name: 'trustmap:format', value: model.format },
        { name: 'trustmap:bytes', value: String(model.bytes) },
      ],
    })),
    ...report.tables
      .filter((table) => table.vectorColumns.length)
      .map((table) => ({
        type: 'data',
        'bom-ref': `data:${table.table}`,
        name: table.table,
        data: [
          {
            type: 'dataset',
            name: table.table,
            description: `Embeddings in ${table.vectorColumns.join(', ')}`,
          },
        ],
        properties: [
          { name: 'trustmap:rls', value: table.rlsForced ? 'forced' : table.rlsEnabled ? 'enabled' : 'none' },
          ...table.evidence
            .slice(0, 5)
            .map((e) => ({ name: 'trustmap:evidence', value: `${e.file}:${e.line}` })),
        ],
      })),
  ];
  const content = JSON.stringify({ services, components });
  const bom = {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${contentUuid(content)}`,
    version: 1,
    metadata: {
      timestamp: options.now.toISOString(),
      tools: { components: [{ type: 'application', name: 'trustmap', version: options.toolVersion }] },
      component: { type: 'application', 'bom-ref': 'root', name: path.basename(report.root) || 'root' },
    },
    components,
    services,
  };
  return `${JSON.stringify(bom, null, 2)}\n`;
}
