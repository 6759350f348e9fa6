import { TENANT_STORE_KINDS } from '../../core/vocabulary.js';
import type { ComponentData } from '../../map/index.js';
import { DATASTORE_ENFORCED_TENANCY, durationDays } from '../../map/index.js';
import type { Model } from '../../model/index.js';
import type { StoredProbeResult } from '../../probes/types.js';
import { type CheckModule, notApplicable } from '../check.js';
import { tenantScopedClasses } from '../dataClasses.js';
import { evidenceRef, mapRef, probeRef } from '../sources.js';
import type { CheckResult } from '../types.js';

const id = 'tenant-isolation';
const controls = ['TM-TEN-01', 'TM-TEN-02', 'TM-TEN-03'];

const DEFAULT_PROBE_MAX_AGE = '30d';

function latestProbe(model: Model, component: string): StoredProbeResult | undefined {
  let latest: StoredProbeResult | undefined;
  for (const stored of model.probes) {
    if (stored.result.component !== component) continue;
    if (!latest || stored.result.finishedAt > latest.result.finishedAt) latest = stored;
  }
  return latest;
}

function ageDays(model: Model, iso: string): number {
  return (model.now.getTime() - Date.parse(iso)) / 86_400_000;
}

function judge(model: Model, component: ComponentData): CheckResult {
  const pointer = `components/${component.id}`;
  const base = { checkId: id, controls, subject: { kind: 'component' as const, id: component.id } };
  const tenancy = component.tenancy;
  if (!tenancy) {
    return {
      ...base,
      status: 'fail',
      severity: 'high',
      message: `\`${component.id}\` holds tenant-scoped data but does not declare how tenants are separated`,
      sources: [mapRef(model, pointer)],
      remediation: `add \`tenancy: { model: ..., mechanism: ... }\` to component \`${component.id}\``,
    };
  }
  const declared = [
    mapRef(model, `${pointer}/tenancy`),
    ...(tenancy.evidence ?? []).map((evidence) => evidenceRef(model, evidence)),
  ];
  const strict = (model.map.tenancy?.isolation ?? 'datastore-enforced') === 'datastore-enforced';
  if (strict && TENANT_STORE_KINDS.has(component.kind) && !DATASTORE_ENFORCED_TENANCY.has(tenancy.model)) {
    return {
      ...base,
      status: 'fail',
      severity: 'high',
      message: `\`${component.id}\` is a ${component.kind} separating tenants by \`${tenancy.model}\` only; the policy requires separation in the datastore`,
      sources: [...declared, mapRef(model, 'tenancy/isolation')],
      remediation:
        'use namespace-per-tenant, row-level-security, index-per-tenant, database-per-tenant or single-tenant',
    };
  }
  const probe = latestProbe(model, component.id);
  if (probe) {
    const verdict = probe.result.verdict;
    if (verdict === 'fail') {
      return {
        ...base,
        status: 'fail',
        severity: 'critical',
        message: `the isolation probe of \`${component.id}\` failed: one tenant could reach another's data`,
        sources: [probeRef(probe), ...declared],
        remediation: 'fix the failing steps listed in the probe file, then run `trustmap probe` again',
      };
    }
    const maxAge = component.probe?.maxAge ?? model.map.tenancy?.probeMaxAge ?? DEFAULT_PROBE_MAX_AGE;
    const age = ageDays(model, probe.result.finishedAt);
    if (verdict === 'pass' && age <= durationDays(maxAge)) {
      return {
        ...base,
        status: 'pass',
        severity: 'high',
        message: `\`${component.id}\` separates tenants by \`${tenancy.model}\`, verified by a probe ${Math.floor(age)} days ago`,
        sources: [probeRef(probe), ...declared],
      };
    }
    return {
      ...base,
      status: 'needs-evidence',
      severity: 'info',
      message:
        verdict === 'pass'
          ? `\`${component.id}\`'s last passing probe is ${Math.floor(age)} days old, over the ${maxAge} allowed`
          : `\`${component.id}\`'s last probe could not run to a verdict (${verdict})`,
      sources: [probeRef(probe), ...declared],
      remediation: 'run `trustmap probe` again',
    };
  }
  if (TENANT_STORE_KINDS.has(component.kind) || component.probe) {
    return {
      ...base,
      status: 'needs-evidence',
      severity: 'info',
      message: `\`${component.id}\` declares \`${tenancy.model}\`: declared, not verified`,
      sources: declared,
      remediation: component.probe
        ? 'run `trustmap probe` to store a verification result'
        : `add a \`probe\` block to \`${component.id}\` and run \`trustmap probe\``,
    };
  }
  return {
    ...base,
    status: 'pass',
    severity: 'high',
    message: `\`${component.id}\` declares tenant separation by \`${tenancy.model}\``,
    sources: declared,
  };
}

/** Every tenant-scoped store declares tenant separation; datastores enforce it; probes verify it. */
export const tenantIsolation: CheckModule = {
  id,
  title: 'Tenant isolation declared and enforced',
  controls,
  severity: 'high',
  run(model) {
    const scoped = tenantScopedClasses(model);
    const holders = model.map.components.filter((component) =>
      component.dataClasses.some((dataClass) => scoped.has(dataClass)),
    );
    if (holders.length === 0) {
      return notApplicable(
        { id, controls, severity: 'high' },
        model,
        'no component holds tenant-scoped data',
        'dataClasses',
      );
    }
    return holders.map((component) => judge(model, component));
  },
};
