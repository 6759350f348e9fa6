import { stringify } from 'yaml';
import type { CheckResult, CheckStatus } from '../../src/controls/types.js';
import type { DiscoveryReport, Finding } from '../../src/discover/types.js';
import { loadMapFromFiles, type SystemMapInput } from '../../src/map/index.js';
import { buildModel, type Model } from '../../src/model/index.js';
import type { StoredProbeResult } from '../../src/probes/types.js';

export const NOW = new Date('2026-11-26T12:00:00Z');

/** A small AI company with every section the trust center renders. */
export function companyMap(): SystemMapInput {
  return {
    version: 1,
    organization: {
      name: 'Globex AI',
      website: 'https://globex.example',
      description: 'Contract review assistant.',
      stage: 'seed',
      frameworks: ['soc2', 'iso42001', 'gdpr'],
      contact: 'security@globex.example',
      commitments: { noTrainingOnCustomerData: true, deletionWithin: '30d' },
      branding: { logo: 'logo.svg', primaryColor: '#ffcc00', accentColor: '#3366ff' },
    },
    tenancy: { trainingDefault: 'opt-in', isolation: 'datastore-enforced', probeMaxAge: '30d' },
    dataClasses: [
      {
        id: 'contracts',
        name: 'Customer contracts',
        category: 'customer-content',
        tenantScoped: true,
        retention: 'until-deleted',
        deletion: { mechanism: 'offboarding job', automated: true, sla: '30d' },
      },
      { id: 'prompts', name: 'Questions', category: 'prompts', tenantScoped: true, retention: '30d' },
      { id: 'answers', name: 'Answers', category: 'model-outputs', tenantScoped: true, retention: '7d' },
      {
        id: 'tuning-set',
        name: 'Opt-in tuning set',
        description: 'Pairs from tenants that opted in.',
        category: 'training-data',
        tenantScoped: true,
        derivedFrom: ['prompts'],
      },
    ],
    components: [
      { id: 'api', name: 'API', kind: 'api', retention: 'zero', dataClasses: ['contracts', 'prompts'] },
      {
        id: 'db',
        name: 'Contract store',
        kind: 'datastore',
        dataClasses: ['contracts', 'tuning-set'],
        tenancy: { model: 'row-level-security', mechanism: 'FORCE RLS' },
      },
      {
        id: 'vectors',
        name: 'Clause index',
        kind: 'vector-store',
        dataClasses: ['contracts'],
        tenancy: { model: 'index-per-tenant' },
      },
      {
        id: 'trainer',
        name: 'Trainer',
        kind: 'fine-tuning-job',
        retention: 'zero',
        dataClasses: ['tuning-set'],
      },
    ],
    subprocessors: [
      {
        id: 'openai',
        vendor: 'OpenAI',
        service: 'API',
        purpose: 'Answers',
        ai: true,
        dataClasses: ['prompts', 'contracts'],
        regions: ['us'],
        terms: { training: 'never', retention: 'zero', zeroDataRetention: true, dpa: 'dpa-openai' },
      },
      {
        id: 'aws',
        vendor: 'Amazon Web Services',
        service: 'Hosting',
        purpose: 'Hosting',
        dataClasses: ['contracts'],
        regions: ['eu-west-1'],
        terms: { training: 'never', retention: 'until-deleted' },
      },
    ],
    flows: [
      { id: 'ask', from: 'api', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' },
      {
        id: 'export',
        from: 'db',
        to: 'trainer',
        dataClasses: ['tuning-set'],
        purpose: 'fine-tuning',
        condition: { kind: 'tenant-opt-in', description: 'opted-in tenants only' },
      },
    ],
    evidence: [
      { id: 'dpa-openai', title: 'OpenAI DPA', path: 'evidence/dpa-openai.md', visibility: 'private' },
      {
        id: 'security-policy',
        title: 'Security policy',
        path: 'evidence/policy.md',
        collected: '2026-04-01',
        visibility: 'public',
      },
      {
        id: 'pentest',
        title: 'Penetration test summary',
        path: 'evidence/pentest.md',
        visibility: 'request-access',
      },
      { id: 'hidden', title: 'Board minutes', path: 'evidence/board.md', visibility: 'private' },
    ],
  };
}

/** Loads a map literal through the real loader (so pointers carry file:line) and builds the model. */
export function modelOf(
  input: SystemMapInput,
  facts: { probes?: StoredProbeResult[]; root?: string; findings?: Finding[] } = {},
): Model {
  const result = loadMapFromFiles([{ file: 'trustmap.yaml', content: stringify(input) }], {
    root: facts.root ?? '/nonexistent',
  });
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  const discovery: DiscoveryReport | undefined = facts.findings
    ? {
        root: '/repo',
        findings: facts.findings,
        facts: [],
        tables: [],
        skipped: [],
        stats: { files: 1, bytes: 1, durationMs: 1 },
      }
    : undefined;
  return buildModel(result.map, { now: NOW, probes: facts.probes ?? [], discovery });
}

/** A provider found in the code, as discovery reports it. */
export function findingOf(
  id: string,
  fields: Partial<Finding> & Pick<Finding, 'name' | 'category' | 'hosting'>,
): Finding {
  return {
    id,
    provider: id,
    confidence: 'high',
    evidence: [{ file: 'src/app.ts', line: 3, signal: 'import', snippet: `import ${id}` }],
    ...fields,
  };
}

/** The stores of `companyMap()` that hold tenant data (the API and the trainer keep nothing). */
export const STORES = ['db', 'vectors'];

/**
 * One result per claim-backing check, all with `status`, unless overridden per check id. Tenant isolation has
 * one result per store, as the real check gives; a passing one cites a live probe unless `liveProbe` is false.
 */
export function resultsFor(
  status: CheckStatus,
  overrides: Record<string, CheckStatus> = {},
  options: { liveProbe?: boolean } = {},
): CheckResult[] {
  const checks: [string, string][] = [
    ['no-training-on-customer-data', 'TM-DATA-01'],
    ['prompt-output-retention', 'TM-DATA-02'],
    ['deletion-coverage', 'TM-DATA-03'],
    ['llm-subprocessor-terms', 'TM-VEND-01'],
  ];
  const results: CheckResult[] = checks.map(([checkId, control]) => ({
    checkId,
    controls: [control],
    status: overrides[checkId] ?? status,
    severity: 'high',
    subject: { kind: 'organization', id: 'organization' },
    message: `${checkId} is ${overrides[checkId] ?? status}`,
    sources: [{ kind: 'map', pointer: 'organization' }],
  }));
  const isolation = overrides['tenant-isolation'] ?? status;
  for (const store of STORES)
    results.push({
      checkId: 'tenant-isolation',
      controls: ['TM-TEN-02'],
      status: isolation,
      severity: 'high',
      subject: { kind: 'component', id: store },
      message: `tenant-isolation is ${isolation} for ${store}`,
      sources: [
        { kind: 'map', pointer: `components/${store}/tenancy` },
        ...(isolation === 'pass' && options.liveProbe !== false
          ? [
              {
                kind: 'probe' as const,
                file: `.trustmap/evidence/probe-${store}.json`,
                verdict: 'pass',
                at: '2026-11-20',
              },
            ]
          : []),
      ],
    });
  return results;
}

export function probeOf(component: string, verdict: 'pass' | 'fail', finishedAt: string): StoredProbeResult {
  return {
    file: `.trustmap/evidence/probe-${component}.json`,
    result: {
      format: 'trustmap.probe/v1',
      kind: 'postgres',
      component,
      target: 'postgres://app@db:5432/app',
      startedAt: finishedAt,
      finishedAt,
      trustmapVersion: '0.1.0',
      verdict,
      steps: [],
      sha256: '0'.repeat(64),
    },
  };
}
