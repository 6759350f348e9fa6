import {
  isolationShortfall,
  keepingUnsaid,
  runByCustomer,
  TENANT_STORE_KINDS,
} from '../../core/vocabulary.js';
import type { ComponentData } from '../../map/index.js';
import { durationDays, isWritten, keptAt } from '../../map/index.js';
import { componentLabel, type Model, rlsBypasses, rlsBypassPlaces } from '../../model/index.js';
import { distrustReason, type ProbeTrust, probeTrust } from '../../probes/trust.js';
import type { StoredProbeResult } from '../../probes/types.js';
import { type CheckModule, keepingAsked, notApplicable, whyTheirs } from '../check.js';
import { tenantScopedClasses } from '../dataClasses.js';
import { codeRef, evidenceRef, mapRef, probeRef } from '../sources.js';
import type { CheckResult } from '../types.js';

const id = 'tenant-isolation';
const controls = ['TM-TEN-01', 'TM-TEN-02', 'TM-TEN-03'];

const DEFAULT_PROBE_MAX_AGE = '30d';

interface JudgedProbe {
  stored: StoredProbeResult;
  trust: ProbeTrust;
}

/**
 * The component's probe results with their trust. Only results signed by a trusted key and not future-dated are
 * proof; the newest of those decides, and a newer untrusted `fail` still counts against it (a forged newer pass
 * can never hide a real fail, and a leak reported without a signature is still worth failing on).
 */
function probesOf(
  model: Model,
  component: string,
): {
  proof?: JudgedProbe;
  laterFail?: JudgedProbe;
  rejected?: JudgedProbe;
} {
  const keys = model.map.trust?.keys ?? [];
  const judged = model.probes
    .filter((stored) => stored.result.component === component)
    .map((stored) => ({ stored, trust: probeTrust(stored.result, keys, model.now) }))
    .sort((a, b) => a.stored.result.finishedAt.localeCompare(b.stored.result.finishedAt));
  const trusted = judged.filter((entry) => entry.trust.status === 'trusted');
  const proof = trusted.at(-1);
  const after = proof?.stored.result.finishedAt ?? '';
  const untrusted = judged.filter(
    (entry) => entry.trust.status !== 'trusted' && entry.stored.result.finishedAt > after,
  );
  const laterFail = untrusted
    .filter((entry) => entry.trust.status !== 'future-dated' && entry.stored.result.verdict === 'fail')
    .at(-1);
  return {
    ...(proof ? { proof } : {}),
    ...(laterFail ? { laterFail } : {}),
    ...(untrusted.at(-1) ? { rejected: untrusted.at(-1) } : {}),
  };
}

function signer(trust: ProbeTrust): string | undefined {
  return trust.status === 'trusted' ? `${trust.keyId}${trust.owner ? ` (${trust.owner})` : ''}` : undefined;
}

function ageDays(model: Model, iso: string): number {
  return (model.now.getTime() - Date.parse(iso)) / 86_400_000;
}

function judge(model: Model, component: ComponentData): CheckResult {
  const pointer = `components/${component.id}`;
  const base = { checkId: id, controls, subject: { kind: 'component' as const, id: component.id } };
  const tenancy = component.tenancy;
  const name = componentLabel(component);
  // Asked, as the deletion check asks it (RAGFlow: its stateless API server "holds tenant-scoped data but does not
  // declare how tenants are separated", high).
  if (!tenancy && keepingUnsaid(component))
    return keepingAsked(
      base,
      component,
      {
        data: 'tenant-scoped data',
        plain: `whether ${name} keeps customers' data, and how it separates them, is not yet documented`,
        field: 'tenancy',
      },
      [mapRef(model, pointer)],
    );
  if (!tenancy) {
    return {
      ...base,
      status: 'fail',
      severity: 'high',
      message: `\`${component.id}\` holds tenant-scoped data but does not declare how tenants are separated`,
      plain: `how ${name} separates customers' data is not yet documented`,
      sources: [mapRef(model, pointer)],
      remediation: `add \`tenancy: { model: ..., mechanism: ... }\` to component \`${component.id}\``,
    };
  }
  const declared = [
    mapRef(model, `${pointer}/tenancy`),
    ...(tenancy.evidence ?? []).map((evidence) => evidenceRef(model, evidence)),
  ];
  const strict = (model.map.tenancy?.isolation ?? 'datastore-enforced') === 'datastore-enforced';
  const shortfall = isolationShortfall(component.kind, tenancy.model, model.map.tenancy?.isolation);
  // With no policy in the map, the strict one applies, said as the default rather than as the team's policy; the
  // source is the map then, not a `tenancy/isolation` the team never wrote (LibreChat, SurfSense reviews).
  const policySet = isWritten(model.map, 'tenancy/isolation');
  const policy = policySet ? [mapRef(model, 'tenancy/isolation')] : [];
  // Shared is no separation, whatever the policy allows: an application filter may be allowed, nothing is not.
  if (shortfall === 'shared') {
    return {
      ...base,
      status: 'fail',
      severity: 'high',
      message: `\`${component.id}\` holds tenant-scoped data with no separation between tenants (\`shared\`)`,
      // With what the map says of it, so an answer quoting the gap keeps the reason (DocsGPT: cached answers keyed by
      // a hash of the whole request, with a 30-minute expiry, read as an unqualified "does not separate").
      plain: `${name} does not separate customers' data${tenancy.mechanism ? ` (${tenancy.mechanism.trim().replace(/\.$/, '')})` : ''}`,
      sources: strict ? [...declared, ...policy] : declared,
      remediation:
        'separate tenants in this store (an application filter at least), or keep tenant data out of it',
    };
  }
  if (shortfall === 'application') {
    return {
      ...base,
      status: 'fail',
      severity: 'high',
      message: `\`${component.id}\` is a ${component.kind} separating tenants by \`${tenancy.model}\` only; ${policySet ? 'the policy requires' : 'with no `tenancy.isolation` set, Trustmap requires'} separation in the datastore`,
      plain: `${name} separates customers' data in the application only, not in the datastore itself`,
      sources: [...declared, ...policy],
      remediation: `use namespace-per-tenant, row-level-security, index-per-tenant, database-per-tenant or single-tenant${policySet ? '' : ', or set `tenancy.isolation: application-filter-allowed` if your policy accepts a filter in your queries'}`,
    };
  }
  const { proof, laterFail, rejected } = probesOf(model, component.id);
  const failed = proof?.stored.result.verdict === 'fail' ? proof : laterFail;
  if (failed) {
    const unsigned = failed.trust.status !== 'trusted';
    return {
      ...base,
      status: 'fail',
      severity: 'critical',
      message: `the isolation probe of \`${component.id}\` failed: one tenant could reach another's data${unsigned ? ` (reported by a result that is not proof: ${distrustReason(failed.trust as Exclude<ProbeTrust, { status: 'trusted' }>)})` : ''}`,
      plain: `a live test of ${name} found that one customer could reach another customer's data`,
      sources: [probeRef(failed.stored, signer(failed.trust)), ...declared],
      remediation: 'fix the failing steps listed in the probe file, then run `trustmap probe` again',
    };
  }
  // Row-level security holds only for queries it applies to: a service-role key in the code reads past it, and a
  // probe of the policies cannot see that path (Chatbot UI's retrieval route).
  const bypasses = tenancy.model === 'row-level-security' ? rlsBypasses(model) : [];
  if (bypasses.length > 0) {
    const where = rlsBypassPlaces(model);
    return {
      ...base,
      status: 'needs-evidence',
      severity: 'high',
      message: `\`${component.id}\` declares row-level-security, but the code also connects with a key that bypasses it (${where})`,
      // The buyer's words name no file of ours; the message and the sources do.
      plain: `${name} relies on row-level security, which our server bypasses with a service key on some paths`,
      sources: [...bypasses.slice(0, 3).map((fact) => codeRef(fact.evidence[0]!)), ...declared],
      remediation:
        "check that every query made with the service key is limited to the signed-in customer's rows, or make it with the user's own session",
    };
  }
  if (proof) {
    const probe = proof.stored;
    const verdict = probe.result.verdict;
    const maxAge = component.probe?.maxAge ?? model.map.tenancy?.probeMaxAge ?? DEFAULT_PROBE_MAX_AGE;
    const age = Math.max(0, ageDays(model, probe.result.finishedAt));
    const signedBy = signer(proof.trust);
    if (verdict === 'pass' && age <= durationDays(maxAge)) {
      return {
        ...base,
        status: 'pass',
        severity: 'high',
        message: `\`${component.id}\` separates tenants by \`${tenancy.model}\`, verified by a probe ${Math.floor(age)} days ago, signed by trusted key ${signedBy}`,
        sources: [probeRef(probe, signedBy), ...declared],
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
      sources: [probeRef(probe, signedBy), ...declared],
      remediation: 'run `trustmap probe` again',
    };
  }
  if (rejected) {
    const why = distrustReason(rejected.trust as Exclude<ProbeTrust, { status: 'trusted' }>);
    return {
      ...base,
      status: 'needs-evidence',
      severity: 'info',
      message: `\`${component.id}\` declares \`${tenancy.model}\`; its probe result ${rejected.stored.file} is not proof: ${why}`,
      sources: [probeRef(rejected.stored), ...declared],
      remediation:
        rejected.trust.status === 'unsigned' || rejected.trust.status === 'untrusted-key'
          ? 'run `trustmap keys create`, list the public key under `trust.keys` in the map, and run `trustmap probe` again'
          : 'delete the result and run `trustmap probe` again',
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
  // Declared by a part that is no store, with nothing to probe: separation is declared (TM-TEN-01), not segregated in
  // a datastore (TM-TEN-02) nor verified live (TM-TEN-03) (chathub: its API's application filter was "Tenant isolation
  // is verified by a recent live probe ✓ Passing" on a page saying no store had been tested live).
  return {
    ...base,
    controls: ['TM-TEN-01'],
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
    // Where customers' data rests: a component that keeps none of it (`retention: zero`, a stateless service or a
    // model server) has nothing to separate at rest, as the trust center's isolation table says.
    const holding = model.map.components.filter((component) =>
      component.dataClasses.some(
        (dataClass) => scoped.has(dataClass) && keptAt(component, dataClass) !== 'zero',
      ),
    );
    const holders = holding.filter((component) => !runByCustomer(component, model.map.subprocessors));
    if (holders.length === 0) {
      // Said as it is where the customer runs every holder (MaxKB, installed by each customer): "no component holds
      // tenant-scoped data" was false of a map whose PostgreSQL and Redis hold it.
      const theirs = holding.map((component) => component.id);
      return notApplicable(
        { id, controls, severity: 'high' },
        model,
        theirs.length > 0
          ? `every component holding tenant-scoped data is run by the customer (${whyTheirs(holding)}): ${theirs.join(', ')}`
          : 'no component holds tenant-scoped data',
        theirs.length > 0 ? 'components' : 'dataClasses',
      );
    }
    return holders.map((component) => judge(model, component));
  },
};
