import { z } from 'zod';
import { EntryStatusField, EvidenceRefs, Id, IsoDate, promisedTime, Text } from './common.js';

export const STAGES = ['pre-seed', 'seed', 'series-a', 'series-b', 'series-c', 'growth', 'public'] as const;
export const FRAMEWORKS = ['soc2', 'iso42001', 'iso27001', 'gdpr', 'hipaa', 'eu-ai-act'] as const;

/** How each framework id is written for people. */
export const FRAMEWORK_NAMES: Record<(typeof FRAMEWORKS)[number], string> = {
  soc2: 'SOC 2',
  iso42001: 'ISO/IEC 42001',
  iso27001: 'ISO/IEC 27001',
  gdpr: 'GDPR',
  hipaa: 'HIPAA',
  'eu-ai-act': 'the EU AI Act',
};

const Commitments = z
  .strictObject({
    status: EntryStatusField,
    confidentiality: z
      .boolean()
      .optional()
      .meta({ description: 'Customer contracts or NDAs promise confidentiality of customer data.' }),
    availabilitySla: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .meta({ description: 'Contracted availability in percent, for example 99.9.' }),
    privacy: z
      .boolean()
      .optional()
      .meta({ description: 'Contracts carry privacy terms (a DPA with customers).' }),
    noTrainingOnCustomerData: z
      .boolean()
      .optional()
      .meta({ description: 'Contracts promise that customer data does not train models.' }),
    noSecondaryUse: z.boolean().optional().meta({
      description:
        'Contracts promise customer data is used only to provide the service: never sold or rented, not used for advertising, not shared for anyone else’s purposes.',
    }),
    deletionWithin: promisedTime().optional().meta({
      description:
        'Promised time to delete a customer’s data, e.g. `30d`, counted from what `deletionAfter` says (a request or the end of the contract, unless it says otherwise).',
    }),
    deletionAfter: z.enum(['request', 'termination', 'request-or-termination']).optional().meta({
      description:
        'What starts the `deletionWithin` clock: a customer’s `request`, the end of the contract (`termination`), or either (`request-or-termination`, the default).',
    }),
    breachNotificationWithin: promisedTime().optional().meta({
      description: 'Promised time to notify customers of a breach affecting their data, e.g. `72h`.',
    }),
    recoveryPointObjective: promisedTime({ allowZero: true }).optional().meta({
      description: 'Most data, as time, the service may lose in a disaster (RPO), e.g. `24h`.',
    }),
    recoveryTimeObjective: promisedTime().optional().meta({
      description: 'Longest time to restore the service after a disaster (RTO), e.g. `4h`.',
    }),
    evidence: EvidenceRefs.optional(),
  })
  .meta({ description: 'What customer contracts demand.' });

const Branding = z.strictObject({
  logo: z.string().optional().meta({ description: 'Path (relative to the map) or URL of the logo.' }),
  primaryColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'colours are written as #rrggbb')
    .optional(),
  accentColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'colours are written as #rrggbb')
    .optional(),
});

export const AUDIT_KINDS = ['type-1', 'type-2', 'certification', 'assessment'] as const;
export const AUDIT_STATUSES = ['planned', 'in-progress', 'issued'] as const;

const Audit = z
  .strictObject({
    framework: z.enum(FRAMEWORKS),
    kind: z
      .enum(AUDIT_KINDS)
      .meta({ description: 'SOC 2 `type-1` or `type-2`; ISO `certification`; or an `assessment`.' }),
    status: z.enum(AUDIT_STATUSES),
    auditor: z.string().optional(),
    periodStart: IsoDate.optional().meta({ description: 'Start of the observation window (SOC 2 Type II).' }),
    periodEnd: IsoDate.optional().meta({ description: 'End of the observation window, or the Type I date.' }),
    issued: IsoDate.optional().meta({ description: 'When the report or certificate was issued.' }),
    report: Id.optional().meta({ description: 'Evidence id of the report or certificate.' }),
  })
  .meta({ description: 'An audit, report or certification: planned, under way, or issued.' });

export const Organization = z
  .strictObject({
    name: Text,
    product: Text.optional().meta({
      description:
        'The product’s name, where it is not the company’s (`PandasAI` of `Sinaptik`): what answers say runs in each customer’s own environment.',
    }),
    website: z.string().url('must be a URL such as https://example.com').optional(),
    description: z
      .string()
      .optional()
      .meta({ description: 'One or two sentences on what the company offers.' }),
    // Optional: a repository rarely shows a funding stage, and a required one made every reviewer of a real app keep
    // an invented `seed` in a map they had corrected (WrenAI, cognee, lmnr, sim). Scope advice and auditor matching
    // ask for it where they need it.
    stage: z
      .enum(STAGES)
      .optional()
      .meta({ description: 'Funding stage, for scope advice and auditor matching.' }),
    headcount: z.number().int().positive().optional(),
    regions: z.array(Text).optional().meta({ description: 'Where the company operates or hosts data.' }),
    frameworks: z.array(z.enum(FRAMEWORKS)).optional().meta({ description: 'Target frameworks.' }),
    contact: z.string().optional().meta({ description: 'Security contact (email or URL).' }),
    commitments: Commitments.optional(),
    audits: z.array(Audit).optional().meta({ description: 'Audits and certifications, planned or issued.' }),
    targetReportDate: IsoDate.optional().meta({
      description:
        'When buyers need the first report or certificate (YYYY-MM-DD); `auditors` reads it and passes it to the scope advice.',
    }),
    readinessProviders: z.array(Text).optional().meta({
      description:
        'Firms that helped prepare for the audit (readiness, control design). They cannot also audit: `auditors match` leaves them out.',
    }),
    branding: Branding.optional(),
  })
  .meta({ description: 'The company this map describes.' });
