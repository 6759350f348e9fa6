import { canonicalJson, sha256Of } from '../core/canonicalJson.js';
import type { SourceRef } from '../core/contracts.js';
import {
  checkResultsOf,
  flatFieldsOf,
  type MapSnapshot,
  mapSnapshotOf,
  probeOf,
  type SubprocessorFacts,
} from './payloads.js';
import { type AuditWindow, inChainOrder, inWindow, type LedgerRecord, ledgerRef } from './records.js';

/** The populations an auditor tests over a window. */
export const POPULATION_KINDS = [
  'probe-runs',
  'drift-events',
  'subprocessor-changes',
  'changes',
  'access-changes',
] as const;
export type PopulationKind = (typeof POPULATION_KINDS)[number];

/** One item of a population: what happened, when, and the ledger entries that record it. */
export interface PopulationItem {
  /** Stable across rebuilds from the same ledger: the sample records these ids. */
  id: string;
  /** ISO time the event applies to. */
  at: string;
  summary: string;
  details: Record<string, string>;
  sources: SourceRef[];
}

export interface Population {
  kind: PopulationKind;
  title: string;
  window: AuditWindow;
  items: PopulationItem[];
}

const TITLES: Record<PopulationKind, string> = {
  'probe-runs': 'Tenant isolation probe runs',
  'drift-events': 'Drift between the map and the code',
  'subprocessor-changes': 'Sub-processor changes',
  changes: 'Changes to the system (map versions and deploys)',
  'access-changes': 'Access grants and role changes',
};

/** Every population of the window, in `POPULATION_KINDS` order. */
export function allPopulations(records: readonly LedgerRecord[], window: AuditWindow): Population[] {
  return POPULATION_KINDS.map((kind) => population(records, window, kind));
}

/**
 * One population over the window, built from ledger records (pure). Events that compare two records (a drift
 * that appeared, a sub-processor that changed) look at the record before the window too, so the first day of the
 * window is judged against what was true just before it.
 * @example population(records, { start: '2026-09-01', end: '2026-11-29' }, 'probe-runs').items.length
 */
export function population(
  records: readonly LedgerRecord[],
  window: AuditWindow,
  kind: PopulationKind,
): Population {
  const ordered = inChainOrder(records);
  const items = BUILDERS[kind](ordered, window);
  items.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { kind, title: TITLES[kind], window, items };
}

/** SHA-256 of a population's item ids and sources: what a sample records to prove which population it drew from. */
export function populationHash(population: Population): string {
  return sha256Of({
    kind: population.kind,
    window: population.window,
    items: population.items.map((item) => ({ id: item.id, sources: item.sources })),
  });
}

type Builder = (records: readonly LedgerRecord[], window: AuditWindow) => PopulationItem[];

const probeRuns: Builder = (records, window) =>
  records.flatMap((record) => {
    if (record.kind !== 'probe' || !inWindow(record, window)) return [];
    const probe = probeOf(record.payload);
    if (!probe) return [];
    return [
      {
        id: `probe-${record.seq}`,
        at: record.effectiveAt,
        summary: `${probe.kind} probe of ${probe.component ?? probe.target}: ${probe.verdict}`,
        details: {
          component: probe.component ?? '',
          target: probe.target,
          verdict: probe.verdict,
          ...(probe.sha256 ? { resultSha256: probe.sha256 } : {}),
        },
        sources: [ledgerRef(record)],
      },
    ];
  });

const DRIFT_CHECK = 'discovery-drift';

const driftEvents: Builder = (records, window) => {
  const items: PopulationItem[] = [];
  let open = new Map<string, { message: string; since: LedgerRecord }>();
  for (const record of records) {
    if (record.kind === 'drift' && inWindow(record, window)) {
      const fields = flatFieldsOf(record.payload, ['provider', 'message', 'severity']);
      items.push({
        id: `drift-${record.seq}`,
        at: record.effectiveAt,
        summary: fields.message ?? `drift: ${fields.provider ?? 'unknown provider'}`,
        details: fields,
        sources: [ledgerRef(record)],
      });
      continue;
    }
    if (record.kind !== 'check-run') continue;
    const results = checkResultsOf(record.payload).filter(
      (result) => result.checkId === DRIFT_CHECK && result.status === 'fail',
    );
    const now = new Map(
      results.map((result) => [result.subject.id, { message: result.message, since: record }] as const),
    );
    if (inWindow(record, window)) {
      for (const [subject, { message }] of now)
        if (!open.has(subject))
          items.push({
            id: `drift-${subject}-${record.seq}`,
            at: record.effectiveAt,
            summary: `appeared: ${message}`,
            details: { provider: subject, change: 'appeared', message },
            sources: [ledgerRef(record)],
          });
      for (const [subject, { message, since }] of open)
        if (!now.has(subject))
          items.push({
            id: `drift-${subject}-${record.seq}`,
            at: record.effectiveAt,
            summary: `resolved: ${message}`,
            details: { provider: subject, change: 'resolved', message },
            sources: [ledgerRef(since), ledgerRef(record)],
          });
    }
    // Keep the first record of a still-open drift, so "resolved" cites where it began.
    open = new Map([...now].map(([subject, value]) => [subject, open.get(subject) ?? value]));
  }
  return items;
};

function* snapshots(records: readonly LedgerRecord[]) {
  let previous: { record: LedgerRecord; snapshot: MapSnapshot } | undefined;
  for (const record of records) {
    if (record.kind !== 'map') continue;
    const snapshot = mapSnapshotOf(record.payload);
    if (!snapshot) continue;
    yield { record, snapshot, previous };
    previous = { record, snapshot };
  }
}

const SUBPROCESSOR_FIELDS: readonly (keyof SubprocessorFacts)[] = [
  'vendor',
  'service',
  'purpose',
  'dataClasses',
  'regions',
  'training',
  'retention',
  'dpa',
  'status',
];

const subprocessorChanges: Builder = (records, window) => {
  const items: PopulationItem[] = [];
  for (const { record, snapshot, previous } of snapshots(records)) {
    if (!previous || !inWindow(record, window)) continue;
    const before = new Map(previous.snapshot.subprocessors.map((entry) => [entry.id, entry]));
    const after = new Map(snapshot.subprocessors.map((entry) => [entry.id, entry]));
    const sources = [ledgerRef(previous.record), ledgerRef(record)];
    for (const [id, entry] of after) {
      const old = before.get(id);
      if (!old) {
        items.push({
          id: `subprocessor-${id}-added-${record.seq}`,
          at: record.effectiveAt,
          summary: `added ${entry.vendor} (${entry.service ?? entry.purpose ?? id})`,
          details: { subprocessor: id, change: 'added', vendor: entry.vendor },
          sources,
        });
        continue;
      }
      const changed = SUBPROCESSOR_FIELDS.filter(
        (field) => canonicalJson(old[field] ?? null) !== canonicalJson(entry[field] ?? null),
      );
      if (changed.length > 0)
        items.push({
          id: `subprocessor-${id}-changed-${record.seq}`,
          at: record.effectiveAt,
          summary: `changed ${entry.vendor}: ${changed.join(', ')}`,
          details: { subprocessor: id, change: 'changed', fields: changed.join(' ') },
          sources,
        });
    }
    for (const [id, entry] of before)
      if (!after.has(id))
        items.push({
          id: `subprocessor-${id}-removed-${record.seq}`,
          at: record.effectiveAt,
          summary: `removed ${entry.vendor}`,
          details: { subprocessor: id, change: 'removed', vendor: entry.vendor },
          sources,
        });
  }
  return items;
};

const changes: Builder = (records, window) => {
  const items: PopulationItem[] = [];
  let previousHash: string | undefined;
  for (const record of records) {
    if (record.kind === 'deploy' && inWindow(record, window)) {
      const fields = flatFieldsOf(record.payload, [
        'commit',
        'environment',
        'service',
        'author',
        'approvedBy',
      ]);
      items.push({
        id: `deploy-${record.seq}`,
        at: record.effectiveAt,
        summary: `deploy${fields.service ? ` of ${fields.service}` : ''}${fields.commit ? ` at ${fields.commit.slice(0, 12)}` : ''}`,
        details: { change: 'deploy', ...fields },
        sources: [ledgerRef(record)],
      });
      continue;
    }
    if (record.kind !== 'map') continue;
    const snapshot = mapSnapshotOf(record.payload);
    const map = (record.payload as { map?: unknown } | null)?.map ?? record.payload;
    const hash = sha256Of(map);
    if (snapshot && previousHash !== undefined && hash !== previousHash && inWindow(record, window))
      items.push({
        id: `map-${record.seq}`,
        at: record.effectiveAt,
        summary: `new map version${snapshot.commit ? ` at commit ${snapshot.commit.slice(0, 12)}` : ''}`,
        details: { change: 'map', commit: snapshot.commit ?? '', mapSha256: hash },
        sources: [ledgerRef(record)],
      });
    if (snapshot) previousHash = hash;
  }
  return items;
};

const accessChanges: Builder = (records, window) => {
  const items: PopulationItem[] = [];
  for (const record of records) {
    if (record.kind === 'access-grant' && inWindow(record, window)) {
      const fields = flatFieldsOf(record.payload, [
        'user',
        'role',
        'system',
        'action',
        'requestedBy',
        'approvedBy',
        'ticket',
      ]);
      items.push({
        id: `access-${record.seq}`,
        at: record.effectiveAt,
        summary: `${fields.action ?? 'granted'} ${fields.role ?? 'access'} on ${fields.system ?? 'a system'} for ${fields.user ?? 'someone'}`,
        details: fields,
        sources: [ledgerRef(record)],
      });
    }
  }
  for (const { record, snapshot, previous } of snapshots(records)) {
    if (!previous || !inWindow(record, window)) continue;
    const before = new Map(previous.snapshot.access.map((entry) => [entry.component, entry]));
    for (const entry of snapshot.access) {
      const old = new Set(before.get(entry.component)?.roles ?? []);
      const now = new Set(entry.roles);
      const added = entry.roles.filter((role) => !old.has(role));
      const removed = [...old].filter((role) => !now.has(role));
      const mfaChanged = before.has(entry.component) && before.get(entry.component)?.mfa !== entry.mfa;
      if (added.length === 0 && removed.length === 0 && !mfaChanged) continue;
      const parts = [
        added.length > 0 ? `roles added: ${added.join(', ')}` : '',
        removed.length > 0 ? `roles removed: ${removed.join(', ')}` : '',
        mfaChanged ? `multi-factor authentication ${entry.mfa ? 'required' : 'no longer required'}` : '',
      ].filter(Boolean);
      items.push({
        id: `access-${entry.component}-${record.seq}`,
        at: record.effectiveAt,
        summary: `${entry.component}: ${parts.join('; ')}`,
        details: { component: entry.component, added: added.join(' '), removed: removed.join(' ') },
        sources: [ledgerRef(previous.record), ledgerRef(record)],
      });
    }
  }
  return items;
};

const BUILDERS: Record<PopulationKind, Builder> = {
  'probe-runs': probeRuns,
  'drift-events': driftEvents,
  'subprocessor-changes': subprocessorChanges,
  changes,
  'access-changes': accessChanges,
};
