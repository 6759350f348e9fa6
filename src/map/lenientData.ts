import { LIST_SECTIONS, type SystemMapData } from './schema/map.js';

/** Fields the rules read as lists of ids; a malformed value reads as an empty list. */
const ID_LISTS = ['dataClasses', 'components', 'derivedFrom'] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A best-effort reading of a document that failed the schema, shaped enough for the reference rules to run on,
 * so one `validate` reports unknown ids alongside shape errors instead of one batch after the other.
 * Entries keep their positions (list indices stay the same) so problems are still located correctly.
 */
export function lenientData(value: Record<string, unknown>): SystemMapData {
  const data: Record<string, unknown> = { ...value };
  data.organization = isObject(value.organization) ? value.organization : {};
  for (const section of LIST_SECTIONS) {
    const list = Array.isArray(value[section]) ? (value[section] as unknown[]) : [];
    data[section] = list.map((entry) => {
      const copy: Record<string, unknown> = isObject(entry) ? { ...entry } : {};
      for (const field of ID_LISTS) {
        if (field in copy || field === 'dataClasses' || (section === 'aiSystems' && field === 'components')) {
          copy[field] = Array.isArray(copy[field])
            ? (copy[field] as unknown[]).filter((v) => typeof v === 'string')
            : [];
        }
      }
      if (typeof copy.id !== 'string') copy.id = '';
      return copy;
    });
  }
  return data as unknown as SystemMapData;
}
