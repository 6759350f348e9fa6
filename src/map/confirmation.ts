import { isConfirmed } from '../core/vocabulary.js';
import { mapIdFor } from './ids.js';
import type { DismissalData, SystemMapData } from './schema/map.js';

/** A map entry that a person has not confirmed yet. */
export interface ProposedEntry {
  /** Id-based pointer: `subprocessors/openai`, `organization/commitments`, `tenancy`. */
  pointer: string;
  section: string;
  id: string;
}

const SECTIONS = ['dataClasses', 'components', 'subprocessors', 'flows', 'aiSystems', 'evidence'] as const;

/**
 * Every entry marked `status: proposed`: starter promises, and what `discover --write` added. Pure.
 * @example proposedEntries(map).map((entry) => entry.pointer) // ['organization/commitments', 'subprocessors/openai']
 */
export function proposedEntries(
  map: Pick<SystemMapData, (typeof SECTIONS)[number] | 'organization' | 'tenancy'>,
): ProposedEntry[] {
  const found: ProposedEntry[] = [];
  const commitments = map.organization.commitments;
  if (commitments && !isConfirmed(commitments))
    found.push({ pointer: 'organization/commitments', section: 'organization', id: 'commitments' });
  if (map.tenancy && !isConfirmed(map.tenancy))
    found.push({ pointer: 'tenancy', section: 'tenancy', id: 'tenancy' });
  for (const section of SECTIONS)
    for (const entry of map[section] as readonly { id: string; status?: string }[])
      if (!isConfirmed(entry)) found.push({ pointer: `${section}/${entry.id}`, section, id: entry.id });
  return found;
}

/**
 * True when a map pointer lies inside a proposed entry (`subprocessors/openai/terms` inside a proposed
 * `subprocessors/openai`). The one test every output uses before stating something as fact.
 */
export function isProposedPointer(proposed: ReadonlySet<string>, pointer: string): boolean {
  const parts = pointer.split('/');
  for (let depth = 1; depth <= Math.min(parts.length, 2); depth++)
    if (proposed.has(parts.slice(0, depth).join('/'))) return true;
  return false;
}

/**
 * Whether a dismissal names a provider found in the code: by the finding's id, the provider's catalog id, or the id
 * its proposed map entry was given, which is what the starter tells a person to dismiss (gpt-researcher's reviewer
 * dismissed `api-aimlapi-com`, proposed for the endpoint `api.aimlapi.com`, and it was still "used by our service").
 * @example dismisses(new Set(['api-aimlapi-com']), { id: 'endpoint:api.aimlapi.com', provider: 'api.aimlapi.com' }) // true
 */
export function dismisses(
  dismissed: { has(id: string): boolean } | undefined,
  found: { id?: string; provider: string },
): boolean {
  if (!dismissed) return false;
  return (
    dismissed.has(found.provider) ||
    (found.id !== undefined && dismissed.has(found.id)) ||
    dismissed.has(mapIdFor(found.provider))
  );
}

/**
 * The dismissals in force on `now`: those without an expiry, or expiring after that day. Expired ones no longer
 * hide their finding, so it comes back for review.
 * @example activeDismissals(map, new Date('2026-12-01')).has('pinecone')
 */
export function activeDismissals(
  map: Pick<SystemMapData, 'dismissals'>,
  now: Date,
): Map<string, DismissalData> {
  const today = now.toISOString().slice(0, 10);
  return new Map(
    (map.dismissals ?? [])
      .filter((entry) => entry.expires === undefined || entry.expires >= today)
      .map((entry) => [entry.id, entry]),
  );
}
