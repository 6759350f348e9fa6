import { z } from 'zod';
import { isCalendarDate } from '../core/dates.js';

/** Who stands behind a fact: a public register, the firm's own pages (marketing), or someone else. */
export const FACT_KINDS = ['registry', 'firm-says', 'third-party'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** Company stages a firm may say it serves; the same ids as `organization.stage` in the map. */
export const FIRM_STAGES = [
  'pre-seed',
  'seed',
  'series-a',
  'series-b',
  'series-c',
  'growth',
  'public',
] as const;

/** Firm sizes, as the directory operator records them (used only to keep the three picks diverse). */
export const FIRM_SIZES = ['boutique', 'mid-size', 'large', 'global'] as const;
export type FirmSize = (typeof FIRM_SIZES)[number];

/** Standards a certification body can hold an accreditation for. */
export const ISO_STANDARDS = ['iso27001', 'iso42001', 'iso27701'] as const;
export type IsoStandard = (typeof ISO_STANDARDS)[number];

/** What a firm can deliver. SOC 2 is an attestation (CPA firm); ISO standards are certifications. */
export const DELIVERABLES = [
  'soc2',
  'soc2-type1',
  'soc2-type2',
  'iso27001',
  'iso42001',
  'iso27701',
  'readiness',
] as const;
export type Deliverable = (typeof DELIVERABLES)[number];

const Url = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/[^\s]+$/, 'a source is a public web address (http:// or https://)');
// YAML may hand us a Date for an unquoted day; keep the text either way.
const Day = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'write dates as YYYY-MM-DD')
    .refine(isCalendarDate, 'a day that exists'),
);

/**
 * One fact with where it was read and when. `source` and `checked` are optional in the file so that a
 * half-written entry still loads, but a fact without both is never used for matching and `validate` names it.
 */
export function fact<T extends z.ZodType>(value: T) {
  return z
    .strictObject({
      value,
      source: Url.optional().meta({ description: 'The public page the fact was read on.' }),
      checked: Day.optional().meta({ description: 'When the page was read (YYYY-MM-DD).' }),
      pageDate: Day.optional().meta({ description: 'The date the page itself shows, when it shows one.' }),
      kind: z
        .enum(FACT_KINDS)
        .optional()
        .meta({ description: '`registry`, `firm-says` (the firm’s own pages), or `third-party`.' }),
      note: z
        .string()
        .max(500)
        .optional()
        .meta({ description: 'What the page says, in a few of our words.' }),
    })
    .meta({ description: 'A fact with its public source and the date it was checked.' });
}

const Text = z.string().min(1).max(300);

const Accreditation = z
  .strictObject({
    standard: z.enum(ISO_STANDARDS),
    accreditationBody: Text.optional().meta({
      description: 'e.g. ANAB, UKAS, DAkkS. Without one the accreditation does not meet a hard requirement.',
    }),
    scope: z
      .string()
      .max(300)
      .optional()
      .meta({ description: 'The accredited scope as the source states it.' }),
    accredited: z
      .boolean()
      .meta({ description: 'false when the source says the body is not (yet) accredited.' }),
  })
  .meta({ description: 'Accreditation of a certification body, for one standard.' });

const PriceBand = z
  .strictObject({
    deliverable: z.enum(DELIVERABLES),
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD'),
    min: z.number().nonnegative().max(10_000_000),
    max: z.number().nonnegative().max(10_000_000).optional(),
    per: z.string().max(80).optional().meta({ description: 'e.g. `first year`, `surveillance year`.' }),
  })
  .meta({ description: 'A price band the firm publishes.' });

/** One firm in the directory. Every field except `id` and `name` is a fact (or a list of facts). */
export const FirmSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'ids are lowercase words joined by hyphens'),
    name: Text.meta({ description: 'The name people know the firm by.' }),
    size: z
      .enum(FIRM_SIZES)
      .optional()
      .meta({ description: 'Operator’s size bucket, used only for diversity.' }),
    legalName: fact(Text).optional(),
    website: fact(Url).optional(),
    cpaFirm: fact(z.boolean())
      .optional()
      .meta({ description: 'A licensed CPA firm (required to issue a SOC 2 report).' }),
    peerReview: fact(Text).optional().meta({ description: 'AICPA peer review enrolment, as public.' }),
    deliverables: z
      .array(fact(z.enum(DELIVERABLES)))
      .max(20)
      .optional(),
    accreditations: z.array(fact(Accreditation)).max(20).optional(),
    regions: z
      .array(fact(Text))
      .max(50)
      .optional()
      .meta({ description: 'Regions served: us, eu, uk, global…' }),
    languages: z.array(fact(Text)).max(50).optional(),
    industries: z.array(fact(Text)).max(50).optional(),
    stages: z
      .array(fact(z.enum(FIRM_STAGES)))
      .max(10)
      .optional(),
    aiExperience: z
      .array(fact(Text))
      .max(20)
      .optional()
      .meta({ description: 'Published AI-system audit work (an engagement, an accreditation, a method).' }),
    leadTimeDays: fact(z.number().int().min(0).max(730)).optional().meta({
      description: 'Days ahead the firm says it plans or books an engagement, where it publishes one.',
    }),
    prices: z.array(fact(PriceBand)).max(20).optional(),
  })
  .meta({ description: 'An audit or certification firm.' });

/** The directory file. */
export const DirectorySchema = z
  .strictObject({
    version: z.literal(1),
    name: Text.meta({ description: 'Who maintains this directory.' }),
    source: z.string().max(500).meta({ description: 'Where the directory came from.' }),
    checked: Day.meta({ description: 'When the directory was last checked as a whole.' }),
    firms: z.array(FirmSchema).max(2000),
  })
  .meta({ description: 'A directory of audit and certification firms; every fact cited.' });

export type FirmData = z.infer<typeof FirmSchema>;
export type DirectoryData = z.infer<typeof DirectorySchema>;

/** A fact as stored: value plus provenance. */
export interface Fact<T> {
  value: T;
  source?: string;
  checked?: string;
  pageDate?: string;
  kind?: FactKind;
  note?: string;
}
export type Accreditation = z.infer<typeof Accreditation>;
export type PriceBand = z.infer<typeof PriceBand>;

/** Where the committed schema is published. */
export const DIRECTORY_SCHEMA_ID = 'https://trustmap.dev/schema/auditors.schema.json';

/** The JSON Schema of the directory file, generated from the zod schema; a test keeps the committed copy current. */
export function directoryJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DirectorySchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
  return { ...schema, $id: DIRECTORY_SCHEMA_ID };
}
