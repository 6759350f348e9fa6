import { z } from 'zod';
import { DurationText, EvidenceRefs, Text } from './common.js';

export const STAGES = ['pre-seed', 'seed', 'series-a', 'series-b', 'series-c', 'growth', 'public'] as const;
export const FRAMEWORKS = ['soc2', 'iso42001', 'iso27001', 'gdpr', 'hipaa', 'eu-ai-act'] as const;

const Commitments = z
  .strictObject({
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
    deletionWithin: DurationText.optional().meta({
      description: 'Promised time to delete a customer’s data after termination or request, e.g. `30d`.',
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

export const Organization = z
  .strictObject({
    name: Text,
    website: z.string().url('must be a URL such as https://example.com').optional(),
    description: z
      .string()
      .optional()
      .meta({ description: 'One or two sentences on what the company offers.' }),
    stage: z.enum(STAGES),
    headcount: z.number().int().positive().optional(),
    regions: z.array(Text).optional().meta({ description: 'Where the company operates or hosts data.' }),
    frameworks: z.array(z.enum(FRAMEWORKS)).optional().meta({ description: 'Target frameworks.' }),
    contact: z.string().optional().meta({ description: 'Security contact (email or URL).' }),
    commitments: Commitments.optional(),
    branding: Branding.optional(),
  })
  .meta({ description: 'The company this map describes.' });
