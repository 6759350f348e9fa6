import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Model } from '../model/index.js';

/** One sub-processor as published in `subprocessors.json`: what a customer needs, no internal ids of evidence. */
export const PublishedSubprocessorSchema = z.object({
  id: z.string(),
  name: z.string(),
  service: z.string(),
  purpose: z.string(),
  ai: z.boolean(),
  dataCategories: z.array(z.string()),
  locations: z.array(z.string()),
  terms: z.object({
    training: z.string().optional(),
    retention: z.string().optional(),
    zeroDataRetention: z.boolean().optional(),
    dpa: z.boolean(),
  }),
});
export type PublishedSubprocessor = z.infer<typeof PublishedSubprocessorSchema>;

export const SubprocessorChangeSchema = z.object({
  /** Stable Atom entry id. */
  id: z.string(),
  date: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  subprocessor: z.string(),
  name: z.string(),
  /** For `changed`: which published fields changed. */
  fields: z.array(z.string()).optional(),
  summary: z.string(),
});
export type SubprocessorChange = z.infer<typeof SubprocessorChangeSchema>;

/** The `subprocessors.json` file: the current list and the history of changes the Atom feed is built from. */
export const SubprocessorListSchema = z.object({
  format: z.literal('trustmap.subprocessors/v1'),
  organization: z.string(),
  updated: z.string(),
  subprocessors: z.array(PublishedSubprocessorSchema),
  changes: z.array(SubprocessorChangeSchema),
});
export type SubprocessorList = z.infer<typeof SubprocessorListSchema>;

/** Turns the map's sub-processors into their published form, sorted by name for a stable file. */
export function publishedSubprocessors(model: Model): PublishedSubprocessor[] {
  const className = (id: string) => model.index.dataClasses.get(id)?.name ?? id;
  const today = model.now.toISOString().slice(0, 10);
  // A DPA counts only while it is in force: an expired one is not "signed" for a customer reading the list.
  const dpaInForce = (id: string | undefined) => {
    const evidence = id ? model.index.evidence.get(id) : undefined;
    return evidence !== undefined && (evidence.expires === undefined || evidence.expires >= today);
  };
  return model.map.subprocessors
    .map((entry) => ({
      id: entry.id,
      name: entry.vendor,
      service: entry.service,
      purpose: entry.purpose,
      ai: entry.ai === true,
      dataCategories: entry.dataClasses.map(className),
      locations: entry.regions ?? [],
      terms: {
        training: entry.terms?.training,
        retention: entry.terms?.retention,
        zeroDataRetention: entry.terms?.zeroDataRetention,
        dpa: dpaInForce(entry.terms?.dpa),
      },
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** A `urn:uuid:` made from a hash, so the same change always gets the same Atom id. */
export function stableUuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const FIELD_LABELS: Record<string, string> = {
  name: 'name',
  service: 'service',
  purpose: 'purpose',
  ai: 'AI service',
  dataCategories: 'data',
  locations: 'location',
  terms: 'terms',
};

function changedFields(before: PublishedSubprocessor, after: PublishedSubprocessor): string[] {
  return Object.keys(FIELD_LABELS).filter(
    (key) =>
      canonical(before[key as keyof PublishedSubprocessor]) !==
      canonical(after[key as keyof PublishedSubprocessor]),
  );
}

/**
 * The changes between the previously published list and the current one, dated `date` (YYYY-MM-DD).
 * With no previous list (first publish), every current sub-processor is one `added` change.
 * @example diffSubprocessors(undefined, current, 'Acme AI', '2026-11-26') // one `added` per entry
 */
export function diffSubprocessors(
  previous: readonly PublishedSubprocessor[] | undefined,
  current: readonly PublishedSubprocessor[],
  organization: string,
  date: string,
): SubprocessorChange[] {
  const before = new Map((previous ?? []).map((entry) => [entry.id, entry]));
  const after = new Map(current.map((entry) => [entry.id, entry]));
  const changes: SubprocessorChange[] = [];
  const make = (kind: SubprocessorChange['kind'], entry: PublishedSubprocessor, fields?: string[]) => {
    const summary =
      kind === 'added'
        ? `${entry.name} added as a sub-processor (${entry.purpose})`
        : kind === 'removed'
          ? `${entry.name} is no longer a sub-processor`
          : `${entry.name}: ${fields!.map((field) => FIELD_LABELS[field]).join(', ')} changed`;
    changes.push({
      id: stableUuid(organization, entry.id, kind, date, canonical(entry)),
      date,
      kind,
      subprocessor: entry.id,
      name: entry.name,
      ...(fields ? { fields } : {}),
      summary,
    });
  };
  for (const entry of current) {
    const old = before.get(entry.id);
    if (!old) make('added', entry);
    else {
      const fields = changedFields(old, entry);
      if (fields.length > 0) make('changed', entry, fields);
    }
  }
  for (const entry of previous ?? []) if (!after.has(entry.id)) make('removed', entry);
  return changes;
}

/**
 * The new `subprocessors.json`: current list, and the history with this build's changes first.
 * When nothing changed, the previous `updated` date is kept so rebuilding does not touch the file.
 */
export function nextSubprocessorList(
  model: Model,
  previous: SubprocessorList | undefined,
  date: string,
): SubprocessorList {
  const organization = model.map.organization.name;
  const current = publishedSubprocessors(model);
  const changes = diffSubprocessors(previous?.subprocessors, current, organization, date);
  const known = new Set(changes.map((change) => change.id));
  return {
    format: 'trustmap.subprocessors/v1',
    organization,
    updated: changes.length > 0 || !previous ? date : previous.updated,
    subprocessors: current,
    changes: [...changes, ...(previous?.changes ?? []).filter((change) => !known.has(change.id))],
  };
}
