import type { CheckResult } from '../core/contracts.js';

/**
 * Readers of ledger payloads. Payloads come from storage and may be from an older or newer Trustmap, so each
 * reader checks the shape it needs and returns undefined (or an empty list) instead of trusting a cast.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The check results of a `check-run` payload (a CheckRun or the JSON report). */
export function checkResultsOf(payload: unknown): CheckResult[] {
  if (!isObject(payload)) return [];
  const run = isObject(payload.run) ? payload.run : payload;
  if (!Array.isArray(run.results)) return [];
  return run.results.filter(
    (result): result is CheckResult =>
      isObject(result) &&
      typeof result.checkId === 'string' &&
      typeof result.status === 'string' &&
      Array.isArray(result.controls) &&
      isObject(result.subject),
  );
}

/** The few facts of a probe result the audit lists. */
export interface ProbeFacts {
  kind: string;
  component?: string;
  target: string;
  verdict: string;
  startedAt?: string;
  sha256?: string;
}

/** Probe facts of a `probe` payload (a ProbeResult, or a stored one with `result`). */
export function probeOf(payload: unknown): ProbeFacts | undefined {
  if (!isObject(payload)) return undefined;
  const result = isObject(payload.result) ? payload.result : payload;
  const verdict = text(result.verdict);
  if (!verdict) return undefined;
  return {
    kind: text(result.kind) ?? 'probe',
    component: text(result.component),
    target: text(result.target) ?? '',
    verdict,
    startedAt: text(result.startedAt),
    sha256: text(result.sha256),
  };
}

/** A sub-processor as a map snapshot lists it: the fields whose change an auditor tests. */
export interface SubprocessorFacts {
  id: string;
  vendor: string;
  service?: string;
  purpose?: string;
  dataClasses: string[];
  regions: string[];
  training?: string;
  retention?: string;
  dpa?: string;
  status?: string;
}

/** Component access facts as a map snapshot records them. */
export interface AccessFacts {
  component: string;
  mechanism?: string;
  mfa?: boolean;
  roles: string[];
}

/** What an audit reads from a `map` payload: the map (or `{ map, commit }`) and its commit. */
export interface MapSnapshot {
  commit?: string;
  name?: string;
  subprocessors: SubprocessorFacts[];
  access: AccessFacts[];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];

/** The audit's view of a `map` payload, or undefined when it is not a map. */
export function mapSnapshotOf(payload: unknown): MapSnapshot | undefined {
  if (!isObject(payload)) return undefined;
  const map = isObject(payload.map) ? payload.map : payload;
  if (!Array.isArray(map.subprocessors) && !Array.isArray(map.components)) return undefined;
  const subprocessors = (Array.isArray(map.subprocessors) ? map.subprocessors : [])
    .filter(isObject)
    .filter((entry) => typeof entry.id === 'string')
    .map((entry): SubprocessorFacts => {
      const terms = isObject(entry.terms) ? entry.terms : {};
      return {
        id: entry.id as string,
        vendor: text(entry.vendor) ?? (entry.id as string),
        service: text(entry.service),
        purpose: text(entry.purpose),
        dataClasses: strings(entry.dataClasses),
        regions: strings(entry.regions),
        training: text(terms.training),
        retention: text(terms.retention),
        dpa: text(terms.dpa),
        status: text(entry.status),
      };
    });
  const access = (Array.isArray(map.components) ? map.components : [])
    .filter(isObject)
    .filter((entry) => typeof entry.id === 'string' && isObject(entry.accessControl))
    .map((entry): AccessFacts => {
      const control = entry.accessControl as Json;
      return {
        component: entry.id as string,
        mechanism: text(control.mechanism),
        mfa: typeof control.mfa === 'boolean' ? control.mfa : undefined,
        roles: strings(control.roles),
      };
    });
  const organization = isObject(map.organization) ? map.organization : {};
  return {
    commit: text(payload.commit) ?? text(map.commit),
    name: text(organization.name),
    subprocessors,
    access,
  };
}

/** A recorded deploy or access grant: flat string fields only, for listing. */
export function flatFieldsOf(payload: unknown, keys: readonly string[]): Record<string, string> {
  if (!isObject(payload)) return {};
  const fields: Record<string, string> = {};
  for (const key of keys) {
    const value = payload[key];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      fields[key] = String(value);
  }
  return fields;
}
