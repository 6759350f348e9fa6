import { z } from 'zod';
import { VENDOR_ACCOUNTS } from '../../core/vocabulary.js';
import { DurationText, EntryStatusField, EvidenceRefs, Id, IsoDate, Text } from './common.js';

export const TRAINING_STANCES = ['never', 'opt-in', 'default-on'] as const;

export const Subprocessor = z
  .strictObject({
    id: Id,
    status: EntryStatusField,
    vendor: Text,
    service: Text,
    provider: z.string().optional().meta({
      description: 'Discovery catalog id (e.g. `openai`, `anthropic`), to match code against the map.',
    }),
    purpose: Text,
    ai: z
      .boolean()
      .optional()
      .meta({ description: 'An AI service (model API, embeddings, LLM observability).' }),
    dataClasses: z.array(Id).default([]),
    regions: z.array(Text).optional(),
    website: z.string().optional(),
    terms: z
      .strictObject({
        training: z.enum(TRAINING_STANCES).meta({ description: 'Does the vendor train on data we send?' }),
        retention: DurationText.meta({
          description: 'How long the vendor keeps what we send: `zero` or a duration.',
        }),
        zeroDataRetention: z
          .boolean()
          .optional()
          .meta({ description: 'A zero-data-retention agreement is in place.' }),
        dpa: Id.optional().meta({ description: 'Evidence id of the signed DPA.' }),
        soc2Report: Id.optional().meta({ description: 'Evidence id of the vendor’s SOC 2 report.' }),
        lastReviewed: IsoDate.optional(),
      })
      .optional(),
    account: z.enum(VENDOR_ACCOUNTS).optional().meta({
      description:
        'Whose account with the vendor data is sent under: `ours` (the default), `customer` (only with each customer’s own API key or account, under the customer’s own terms with the vendor: bring your own key), `ours-or-customer` (ours unless a customer brings its own key), `none` (each customer’s installation reaches it with no account or agreement at all: a public or anonymous service; only for what parts each customer runs send it).',
    }),
    auditTreatment: z
      .enum(['carve-out', 'inclusive'])
      .default('carve-out')
      .meta({ description: 'How the SOC 2 report treats this subservice organisation.' }),
    evidence: EvidenceRefs.optional(),
  })
  .meta({ description: 'A third party that receives data.' });
