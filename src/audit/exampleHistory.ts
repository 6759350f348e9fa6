import { runChecks } from '../controls/index.js';
import { sha256Of } from '../core/canonicalJson.js';
import type { SystemMap } from '../map/index.js';
import { buildModel } from '../model/index.js';
import type { ProbeResult, StoredProbeResult } from '../probes/types.js';
import { VERSION } from '../version.js';
import type { LedgerRecord } from './records.js';
import { uniform } from './sampling.js';

/** Options of a seeded demo history. */
export interface ExampleHistoryOptions {
  /** Organisation slug written into every record. */
  org: string;
  /** Last day of the history (YYYY-MM-DD). */
  end: string;
  days: number;
  /** Seed of every random choice (which deploys, which probe fails), so the same seed gives the same ledger. */
  seed: string;
}

const DAY_MS = 86_400_000;

/** The map as a ledger payload: its data without source locations. */
function mapPayload(map: SystemMap, commit: string): unknown {
  const { source: _source, ...data } = map as SystemMap & { source: unknown };
  return { commit, map: data };
}

function probe(component: string, at: Date, verdict: 'pass' | 'fail'): ProbeResult {
  const body = {
    format: 'trustmap.probe/v1' as const,
    kind: 'postgres' as const,
    component,
    target: `postgres://documind_app@db.internal:5432/acme (${component})`,
    startedAt: at.toISOString(),
    finishedAt: new Date(at.getTime() + 4_000).toISOString(),
    trustmapVersion: VERSION,
    verdict,
    steps: [
      {
        name: 'cross-tenant read',
        verdict,
        detail:
          verdict === 'pass'
            ? 'tenant B saw none of tenant A’s canary rows'
            : 'tenant B read 1 canary row of tenant A',
      },
    ],
  };
  return { ...body, sha256: sha256Of(body) };
}

/**
 * A seeded, clearly labelled demo history of a map over `days` days, as a hash-chained list of ledger records:
 * a check run every day, weekly isolation probes of every probed component (one seeded failure, fixed the next
 * day), deploys, a sub-processor added a third of the way in, a role added to the API two thirds in, access
 * grants, and one low-severity incident. For tests and demos only; real ledgers come from the server.
 * @example const records = exampleHistory(map, { org: 'acme-ai', end: '2026-11-29', days: 90, seed: 'demo' });
 */
export function exampleHistory(map: SystemMap, options: ExampleHistoryOptions): LedgerRecord[] {
  const records: LedgerRecord[] = [];
  const end = Date.parse(`${options.end}T00:00:00Z`);
  const start = end - (options.days - 1) * DAY_MS;
  const append = (kind: string, at: Date, payload: unknown) => {
    const previous = records.at(-1);
    const entry = {
      org: options.org,
      seq: records.length + 1,
      kind,
      collectedAt: at.toISOString(),
      effectiveAt: at.toISOString(),
      payload,
    };
    records.push({ ...entry, hash: sha256Of({ ...entry, prev: previous?.hash ?? null }) });
  };
  const added = map.subprocessors.find((entry) => entry.id === 'cohere') ?? map.subprocessors.at(-1);
  const addedDay = Math.floor(options.days / 3);
  const roleDay = Math.floor((options.days * 2) / 3);
  const failDay =
    7 * (1 + Math.floor(uniform(options.seed, 0) * Math.max(1, Math.floor(options.days / 7) - 1)));
  const probed = map.components.filter((component) => component.probe).map((component) => component.id);
  const mapFor = (day: number): SystemMap => {
    let view: SystemMap = map;
    if (added && day < addedDay)
      view = {
        ...view,
        subprocessors: view.subprocessors.filter((entry) => entry.id !== added.id),
        flows: view.flows.filter((flow) => flow.from !== added.id && flow.to !== added.id),
      };
    if (day < roleDay)
      view = {
        ...view,
        components: view.components.map((component) =>
          component.accessControl?.roles?.includes('on-call')
            ? {
                ...component,
                accessControl: {
                  ...component.accessControl,
                  roles: component.accessControl.roles.filter((role) => role !== 'on-call'),
                },
              }
            : component,
        ),
      };
    return view;
  };
  const commit = (day: number, n: number) => sha256Of({ seed: options.seed, day, n }).slice(0, 40);
  let stored: StoredProbeResult[] = [];
  for (let day = 0; day < options.days; day += 1) {
    const midnight = start + day * DAY_MS;
    const at = (hours: number) => new Date(midnight + hours * 3_600_000);
    if (day === 0 || day === addedDay || day === roleDay)
      append('map', at(1), mapPayload(mapFor(day), commit(day, 0)));
    if (uniform(options.seed, 1000 + day) < 0.35)
      append('deploy', at(3), {
        commit: commit(day, 1),
        environment: 'production',
        service: 'api',
        author: 'platform',
        approvedBy: 'reviewer',
      });
    if (day % 7 === 0 || day === failDay + 1)
      stored = probed.map((component) => {
        const result = probe(
          component,
          at(4),
          day === failDay && component === probed.at(-1) ? 'fail' : 'pass',
        );
        append('probe', at(4), result);
        return { file: `.trustmap/evidence/${component}-${day}.json`, result };
      });
    if (day === roleDay)
      append('access-grant', at(2), {
        user: 'sam@acme-ai.example',
        role: 'on-call',
        system: 'api',
        action: 'granted',
        requestedBy: 'sam@acme-ai.example',
        approvedBy: 'cto@acme-ai.example',
        ticket: 'SEC-142',
      });
    if (day === Math.floor(options.days / 2))
      append('incident', at(9), {
        title: 'Elevated answer latency after a cache node failover',
        severity: 'low',
        summary: 'No customer data was exposed; answers were slower for 40 minutes.',
        resolvedAt: at(10).toISOString(),
      });
    const model = buildModel(mapFor(day), { now: at(6), probes: stored });
    const run = runChecks(model);
    // A seeded spell of drift: an undeclared provider shows up in the code and is removed five days later.
    const driftFrom = Math.floor(options.days / 4) + Math.floor(uniform(options.seed, 1) * 7);
    const results =
      day >= driftFrom && day < driftFrom + 5
        ? [
            ...run.results,
            {
              checkId: 'discovery-drift',
              controls: ['TM-MAP-01'],
              status: 'fail' as const,
              severity: 'high' as const,
              subject: { kind: 'finding' as const, id: 'mistral' },
              message: '`mistral` is used in the code (services/api/src/rerank.ts) but is not in the map',
              sources: [{ kind: 'code' as const, file: 'services/api/src/rerank.ts', line: 3 }],
            },
          ]
        : run.results;
    append('check-run', at(6), { generatedAt: run.generatedAt, results });
  }
  return records;
}
