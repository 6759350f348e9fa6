import { createHash } from 'node:crypto';
import { z } from 'zod';
import { notOnFile } from '../controls/index.js';
import { withoutCodeReferences } from '../core/codeReferences.js';
import { isDeclared } from '../core/declared.js';
import {
  bringsOwnKey,
  isConfirmed,
  PROMPT_CATEGORIES,
  reachedAnonymously,
  underCustomersAccount,
} from '../core/vocabulary.js';
import { customersOwnSource } from '../discover/index.js';
import { type Model, onlyWhen, unlessSaid, usedFindings } from '../model/index.js';

/** One sub-processor as published in `subprocessors.json`: what a customer needs, no internal ids of evidence. */
export const PublishedSubprocessorSchema = z.object({
  id: z.string(),
  name: z.string(),
  service: z.string(),
  purpose: z.string(),
  /**
   * When data reaches it, where every flow to it (or to the parts it runs for us) carries a condition: "only when the
   * operator configures it". Absent where data reaches it always. The same reading as the questionnaire's answers.
   */
  condition: z.string().optional(),
  ai: z.boolean(),
  /**
   * Whose account with the vendor data goes under, where not ours alone: `customer` (only with each customer's own
   * API key, under the customer's own terms), `ours-or-customer` (ours unless a customer brings its own key) or `none`
   * (each customer's installation reaches it anonymously, with no account or agreement).
   */
  account: z.enum(['customer', 'ours-or-customer', 'none']).optional(),
  /**
   * `under-review`: found in the code but not (yet) declared in the map, so its terms are unknown. Absent for a
   * declared sub-processor. Listed so the count and the list never leave out a vendor the code sends data to.
   */
  status: z.enum(['under-review']).optional(),
  dataCategories: z.array(z.string()),
  locations: z.array(z.string()),
  terms: z.object({
    training: z.string().optional(),
    retention: z.string().optional(),
    zeroDataRetention: z.boolean().optional(),
    dpa: z.boolean(),
    /**
     * `in-force`, `expired` (said plainly, with the date) or `none` on file; `customer` where the customer's own
     * agreement with the vendor applies, or `no-agreement` where nobody's does (`account: customer` or `none`): no DPA
     * of ours is missing (mattermost-ai: `"dpa": false, "dpaStatus": "none"` of providers its customers' keys reach).
     */
    dpaStatus: z.enum(['in-force', 'expired', 'none', 'customer', 'no-agreement']).optional(),
    /** YYYY-MM-DD the DPA expires or expired, when the map says. */
    dpaExpires: z.string().optional(),
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

/** A sub-processor's DPA as a buyer reads it: in force (until when), expired (since when), or none on file. */
export function dpaOf(
  model: Model,
  evidenceId: string | undefined,
): { status: 'in-force' | 'expired' | 'none'; expires?: string } {
  const evidence = evidenceId ? model.index.evidence.get(evidenceId) : undefined;
  if (!evidence) return { status: 'none' };
  const today = model.now.toISOString().slice(0, 10);
  if (evidence.expires !== undefined && evidence.expires < today)
    return { status: 'expired', expires: evidence.expires };
  // Referred to, but not on file: none in force (open-notebook: "✓ DPA in force" of agreements with no file).
  if (notOnFile(model, evidenceId!)) return { status: 'none' };
  return { status: 'in-force', ...(evidence.expires ? { expires: evidence.expires } : {}) };
}

/**
 * Vendor-hosted services the code uses that no sub-processor declares (the shared `isDeclared`), as published
 * entries marked `under-review`. What they receive is only stated when the catalog knows it (prompts).
 */
export function underReviewSubprocessors(model: Model): PublishedSubprocessor[] {
  const prompts = model.map.dataClasses
    .filter((entry) => PROMPT_CATEGORIES.has(entry.category))
    .map((entry) => entry.name);
  const seen = new Set<string>();
  const listed: PublishedSubprocessor[] = [];
  for (const finding of usedFindings(model)) {
    if (finding.hosting !== 'vendor-hosted' || isDeclared(model.map, finding) || customersOwnSource(finding))
      continue;
    if (seen.has(finding.id)) continue;
    seen.add(finding.id);
    listed.push({
      id: finding.id,
      name: finding.name,
      service: `Found in our code (${finding.category.replace(/-/g, ' ')})`,
      purpose: 'Under review',
      ai: finding.ai === true,
      status: 'under-review',
      dataCategories: finding.receivesPrompts ? prompts : [],
      locations: [],
      terms: { dpa: false, dpaStatus: 'none' },
    });
  }
  return listed;
}

/**
 * Turns the map's sub-processors into their published form, with the vendors found in the code but not yet
 * declared marked `under-review`, sorted by name for a stable file.
 */
export function publishedSubprocessors(model: Model): PublishedSubprocessor[] {
  const className = (id: string) => model.index.dataClasses.get(id)?.name ?? id;
  const declared = model.map.subprocessors.map((entry): PublishedSubprocessor => {
    // A proposed entry is no fact yet: listed as under review, its proposed words unpublished (openui: Amazon S3,
    // unconfirmed, listed among "13 sub-processors" with its purpose and data).
    if (!isConfirmed(entry))
      return {
        id: entry.id,
        name: entry.vendor,
        service: entry.service,
        purpose: 'Under review',
        ai: entry.ai === true,
        status: 'under-review',
        dataCategories: [],
        locations: [],
        terms: { dpa: false, dpaStatus: 'none' },
      };
    const dpa = dpaOf(model, entry.terms?.dpa);
    // Not where the purpose says it already ("Optional: when the operator sets a key"), as the answers read it.
    const condition = unlessSaid(onlyWhen(model, entry.id), entry.purpose);
    return {
      id: entry.id,
      name: entry.vendor,
      service: entry.service,
      // The team's code references stay in the map (ai-sdk-preview-rag: `README.md:3` on the public list).
      purpose: withoutCodeReferences(entry.purpose),
      // Said, not dropped (sourcebot: ten model APIs, DeepSeek and xAI among them, read as receiving every customer's
      // code, where a deployment calls only the models its operator configures).
      ...(condition ? { condition: withoutCodeReferences(condition) } : {}),
      ai: entry.ai === true,
      ...(bringsOwnKey(entry)
        ? { account: entry.account }
        : reachedAnonymously(entry)
          ? { account: 'none' as const }
          : {}),
      dataCategories: entry.dataClasses.map(className),
      locations: entry.regions ?? [],
      terms: {
        training: entry.terms?.training,
        retention: entry.terms?.retention,
        zeroDataRetention: entry.terms?.zeroDataRetention,
        // A DPA counts only while it is in force: an expired one is not "signed" for a customer reading the list.
        dpa: dpa.status === 'in-force',
        dpaStatus:
          dpa.status === 'none' && underCustomersAccount(entry)
            ? reachedAnonymously(entry)
              ? 'no-agreement'
              : 'customer'
            : dpa.status,
        ...(dpa.expires ? { dpaExpires: dpa.expires } : {}),
      },
    };
  });
  return [...declared, ...underReviewSubprocessors(model)].sort(
    (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
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
  condition: 'condition',
  ai: 'AI service',
  account: 'account',
  status: 'review status',
  dataCategories: 'data',
  locations: 'location',
  terms: 'terms',
};

/**
 * What a list says of a vendor, for comparing: `customer` and `no-agreement` are said where `none` was before they
 * existed (no DPA of ours either way), so a rebuild does not tell subscribers the terms changed.
 */
function comparable(entry: PublishedSubprocessor, key: string): unknown {
  const value = entry[key as keyof PublishedSubprocessor];
  if (key !== 'terms') return value;
  const terms = value as PublishedSubprocessor['terms'];
  return terms.dpaStatus === 'customer' || terms.dpaStatus === 'no-agreement'
    ? { ...terms, dpaStatus: 'none' }
    : terms;
}

function changedFields(before: PublishedSubprocessor, after: PublishedSubprocessor): string[] {
  return Object.keys(FIELD_LABELS).filter(
    (key) => canonical(comparable(before, key)) !== canonical(comparable(after, key)),
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
        ? entry.status === 'under-review'
          ? `${entry.name} found in use; under review as a sub-processor`
          : `${entry.name} added as a sub-processor (${entry.purpose})`
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
 * The first publication has no history: nothing was "added today" just because the list was published today.
 */
export function nextSubprocessorList(
  model: Model,
  previous: SubprocessorList | undefined,
  date: string,
): SubprocessorList {
  const organization = model.map.organization.name;
  const current = publishedSubprocessors(model);
  const changes = previous ? diffSubprocessors(previous.subprocessors, current, organization, date) : [];
  const known = new Set(changes.map((change) => change.id));
  return {
    format: 'trustmap.subprocessors/v1',
    organization,
    updated: changes.length > 0 || !previous ? date : previous.updated,
    subprocessors: current,
    changes: [...changes, ...(previous?.changes ?? []).filter((change) => !known.has(change.id))],
  };
}
