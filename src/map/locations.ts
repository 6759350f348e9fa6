import type { Location } from '../errors/index.js';
import type { MergedSource } from './merge.js';
import { LIST_SECTIONS, type SystemMapData } from './schema/map.js';

/**
 * Locations keyed by stable, id-based pointers: `components/api`, `components/api/tenancy`,
 * `components/api/tenancy/model`, `organization/name`. Outputs (SARIF, reports) cite these.
 */
export function indexLocations(data: SystemMapData, source: MergedSource): Record<string, Location> {
  const locations: Record<string, Location> = {};
  const walk = (node: unknown, rawPath: (string | number)[], pointer: string, depth: number) => {
    // Only what the file says: a field the schema defaulted (`tenancy.isolation`) has no place of its own, so a
    // message can tell a team's choice from Trustmap's default (`isWritten`).
    if (!writtenAt(source.value, rawPath)) return;
    locations[pointer] = source.locate(rawPath);
    if (depth === 0 || node === null || typeof node !== 'object' || Array.isArray(node)) return;
    for (const [key, child] of Object.entries(node))
      walk(child, [...rawPath, key], `${pointer}/${key}`, depth - 1);
  };
  walk(data.organization, ['organization'], 'organization', 2);
  if (data.tenancy) walk(data.tenancy, ['tenancy'], 'tenancy', 1);
  for (const section of LIST_SECTIONS) {
    for (const [i, entry] of data[section].entries()) walk(entry, [section, i], `${section}/${entry.id}`, 2);
  }
  return locations;
}

function writtenAt(value: unknown, path: readonly (string | number)[]): boolean {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}

/** Whether the map's files write `pointer` themselves, rather than the schema's default filling it. */
export function isWritten(
  map: { source: { locations: Record<string, Location> } },
  pointer: string,
): boolean {
  return Object.hasOwn(map.source.locations, pointer);
}

/** The location of a pointer, or of its nearest ancestor that has one. */
export function locationOf(locations: Record<string, Location>, pointer: string): Location | undefined {
  let key = pointer;
  while (key) {
    const found = locations[key];
    if (found) return found;
    const cut = key.lastIndexOf('/');
    if (cut < 0) return undefined;
    key = key.slice(0, cut);
  }
  return undefined;
}
