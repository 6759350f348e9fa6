import { z } from 'zod';
import { isCalendarDate } from '../../core/dates.js';
import { ENTRY_STATUSES } from '../../core/vocabulary.js';

/** An id: lowercase letters, digits and dashes, so it is safe in file names, URLs and SARIF rule ids. */
export const Id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,62}$/,
    'ids use lowercase letters, digits and dashes (for example `vector-db`)',
  )
  .meta({ description: 'Stable identifier: lowercase letters, digits and dashes.' });

/**
 * A duration written the way people write them in config: `30d`, `12h`, `2w`, `1y`,
 * plus `zero` (nothing kept), `indefinite` (no limit) and `until-deleted` (kept until the customer deletes it).
 */
/** A number and a unit (`30d`, `10min`): the period both duration forms below are written in. */
const PERIOD = '\\d+(min|h|d|w|y)';

export const DurationText = z
  .string()
  .regex(
    new RegExp(`^(zero|indefinite|until-deleted|${PERIOD})$`),
    'durations are written like `30d`, `12h`, `10min`, `2w`, `1y`, or `zero`, `indefinite`, `until-deleted`',
  )
  .meta({
    description:
      "A duration such as `30d`, `12h`, `10min` (a cache of TaskingAI's), `2w`, `1y`, or `zero`, `indefinite`, `until-deleted`.",
    examples: ['zero', '30d', '90d', '1y', 'until-deleted'],
  });

/**
 * A time a contract promises (to delete, to notify, to restore): a number and a unit. `indefinite` is no promise, and
 * read as one it gave "Customer data is deleted within indefinitely of a request" (farfalle): where nothing is promised,
 * the field is left out. `zero` only where `allowZero` says it means something (an RPO of zero: no data lost).
 */
export const promisedTime = ({ allowZero = false }: { allowZero?: boolean } = {}) =>
  z
    .string()
    .regex(
      new RegExp(allowZero ? `^(zero|${PERIOD})$` : `^${PERIOD}$`),
      `a promised time is written like \`30d\`, \`72h\` or \`4h\`${allowZero ? ' (or `zero`)' : ''}; where nothing is promised, leave the field out`,
    )
    .meta({
      description: `A promised time: \`30d\`, \`72h\`, \`10min\`, \`2w\`, \`1y\`${allowZero ? ', or `zero`' : ''}. Where nothing is promised, the field is left out.`,
      examples: ['30d', '72h'],
    });

/** A calendar date in ISO form (`2026-11-26`). YAML may hand us a Date; we keep the text. */
export const IsoDate = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written as YYYY-MM-DD')
    .refine(isCalendarDate, 'not a real calendar date'),
);

/** References to entries of the top-level `evidence` list. */
export const EvidenceRefs = z
  .array(Id)
  .meta({ description: 'Ids of entries in the top-level `evidence` list.' });

export const Text = z.string().min(1, 'must not be empty');

/** `proposed` until a person confirms the entry; absent means confirmed (written by hand). */
export const EntryStatusField = z.enum(ENTRY_STATUSES).optional().meta({
  description:
    'Whether a person has confirmed this entry. `proposed` entries (from the starter or `trustmap discover --write`) are never stated as fact; delete the line or set `confirmed` once checked.',
});

/**
 * Who may see an entry's details on the trust center. `public`: shown; `on-request`: listed, shared on request;
 * `internal`: never published. `request-access` and `private` are the older names of the last two and stay
 * accepted; the validated map holds the older names, so code reads one set of values.
 */
const VISIBILITY_ALIASES: Readonly<Record<string, string>> = {
  'on-request': 'request-access',
  internal: 'private',
};
export const VisibilityField = z
  .enum(['public', 'on-request', 'internal', 'request-access', 'private'])
  // `overwrite`, not `transform`: the JSON Schema keeps every default, and the value still comes out in one spelling.
  .overwrite((value) => (VISIBILITY_ALIASES[value] ?? value) as typeof value)
  .meta({
    description:
      'What the trust center publishes: `public` (shown), `on-request` (listed, shared on request), `internal` (never published). `request-access` and `private` are accepted older names.',
  });
