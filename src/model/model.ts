import type { DiscoveryReport } from '../discover/types.js';
import type {
  ComponentData,
  DataClassData,
  EvidenceData,
  FlowData,
  SubprocessorData,
  SystemMap,
} from '../map/index.js';
import type { StoredProbeResult } from '../probes/types.js';

/** What the I/O edge learned about an evidence file named in the map. */
export interface EvidenceFileStatus {
  exists: boolean;
  bytes?: number;
  sha256?: string;
}

/**
 * The one in-memory model that checks and renderers read: the map, what discovery found, the stored probe
 * results, facts about evidence files, and the clock. Everything here was gathered at the edges; functions
 * of the model do no I/O.
 */
export interface Model {
  map: SystemMap;
  discovery?: DiscoveryReport;
  probes: StoredProbeResult[];
  /** Keyed by evidence id; only for evidence with a `path`. */
  evidenceFiles: Record<string, EvidenceFileStatus>;
  /** Contents of provenance manifests, keyed by data class id (undefined when missing or unreadable). */
  manifests: Record<string, { file: string; text?: string }>;
  now: Date;
  index: ModelIndex;
}

/** Lookups by id, built once. */
export interface ModelIndex {
  dataClasses: Map<string, DataClassData>;
  components: Map<string, ComponentData>;
  subprocessors: Map<string, SubprocessorData>;
  evidence: Map<string, EvidenceData>;
  flows: Map<string, FlowData>;
  /** Flows leaving each endpoint (component or sub-processor id). */
  outgoing: Map<string, FlowData[]>;
  /** Flows arriving at each endpoint. */
  incoming: Map<string, FlowData[]>;
}

export interface ModelFacts {
  discovery?: DiscoveryReport;
  probes?: StoredProbeResult[];
  evidenceFiles?: Record<string, EvidenceFileStatus>;
  manifests?: Record<string, { file: string; text?: string }>;
  now?: Date;
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((entry) => [entry.id, entry]));
}

function group(flows: readonly FlowData[], key: 'from' | 'to'): Map<string, FlowData[]> {
  const groups = new Map<string, FlowData[]>();
  for (const flow of flows) {
    const list = groups.get(flow[key]);
    if (list) list.push(flow);
    else groups.set(flow[key], [flow]);
  }
  return groups;
}

/**
 * Builds the model from a loaded map and gathered facts. Pure: pass `now` for reproducible results.
 * @example const model = buildModel(map, { now: new Date('2026-11-26') });
 */
export function buildModel(map: SystemMap, facts: ModelFacts = {}): Model {
  return {
    map,
    discovery: facts.discovery,
    probes: facts.probes ?? [],
    evidenceFiles: facts.evidenceFiles ?? {},
    manifests: facts.manifests ?? {},
    now: facts.now ?? new Date(),
    index: {
      dataClasses: byId(map.dataClasses),
      components: byId(map.components),
      subprocessors: byId(map.subprocessors),
      evidence: byId(map.evidence),
      flows: byId(map.flows),
      outgoing: group(map.flows, 'from'),
      incoming: group(map.flows, 'to'),
    },
  };
}
