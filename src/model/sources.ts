import type { SourceRef } from '../core/contracts.js';
import type { DiscoveryEvidence } from '../discover/types.js';
import { locationOf } from '../map/index.js';
import type { StoredProbeResult } from '../probes/types.js';
import type { Model } from './model.js';

/**
 * Constructors of `SourceRef`s, the citations every claim in every output carries. One place, so that a check
 * result, a trust-center claim, a description paragraph and a questionnaire answer cite a map entry the same way.
 */

/**
 * A map pointer with the file:line where it is written (or its nearest written ancestor).
 * @example mapRef(model, 'components/api/tenancy')
 */
export function mapRef(model: Model, pointer: string): SourceRef {
  const location = locationOf(model.map.source.locations, pointer);
  return location ? { kind: 'map', pointer, location } : { kind: 'map', pointer };
}

/** An evidence entry of the map, with its file or URL. */
export function evidenceRef(model: Model, id: string): SourceRef {
  const entry = model.index.evidence.get(id);
  return {
    kind: 'evidence',
    id,
    ...(entry?.path ? { path: entry.path } : {}),
    ...(entry?.url ? { url: entry.url } : {}),
  };
}

/** A stored probe result. */
export function probeRef(stored: StoredProbeResult, signedBy?: string): SourceRef {
  return {
    kind: 'probe',
    file: stored.file,
    verdict: stored.result.verdict,
    at: stored.result.finishedAt,
    ...(signedBy ? { signedBy } : {}),
  };
}

/** A line of code that discovery matched. */
export function codeRef(evidence: DiscoveryEvidence): SourceRef {
  return { kind: 'code', file: evidence.file, line: evidence.line, snippet: evidence.snippet };
}
