import { z } from 'zod';
import { POPULATION_KINDS, SAMPLE_METHODS } from '../../../audit/index.js';
import { isCalendarDate } from '../../../core/dates.js';
import { AUDIT_STATES, REQUEST_STATUSES } from './store.js';

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .refine(isCalendarDate, 'a day that exists');
const Criteria = z.array(z.string().regex(/^[A-Za-z0-9.]{1,20}$/)).max(50);

export const NewAudit = z
  .object({
    title: z.string().min(1).max(200),
    framework: z.enum(['soc2', 'iso42001']),
    kind: z.enum(['type-1', 'type-2', 'certification']),
    categories: z
      .array(z.enum(['security', 'availability', 'confidentiality', 'processing-integrity', 'privacy']))
      .max(5)
      .default([]),
    periodStart: Day,
    periodEnd: Day,
    firm: z.string().max(200).optional(),
  })
  .refine((audit) => audit.periodStart <= audit.periodEnd, 'the period ends before it starts');

export const NewState = z.object({ state: z.enum(AUDIT_STATES) });
export const NewAuditor = z.object({ email: z.string().email().max(320) });
export const NewRequest = z.object({
  ref: z.string().min(1).max(50),
  title: z.string().min(1).max(2000),
  criteria: Criteria.default([]),
  due: Day.optional(),
  details: z.string().max(4000).optional(),
});
export const ImportRequests = z.object({
  fileName: z
    .string()
    .regex(/\.(csv|xlsx)$/i, 'a .csv or .xlsx file')
    .max(200),
  contentBase64: z.string().max(14_000_000),
});
export const NewStatus = z.object({ status: z.enum(REQUEST_STATUSES) });
export const NewComment = z.object({ body: z.string().min(1).max(4000) });
export const NewItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ledger'), seq: z.number().int().min(1) }),
  z.object({ kind: z.literal('evidence'), evidenceId: z.string().min(1).max(200) }),
  z.object({
    kind: z.literal('upload'),
    fileName: z.string().min(1).max(200),
    contentBase64: z.string().max(14_000_000),
  }),
]);
export const NewSample = z.object({
  population: z.enum(POPULATION_KINDS),
  method: z.enum(SAMPLE_METHODS),
  size: z.coerce.number().int().min(1).max(10_000),
  seed: z.string().min(1).max(200),
});
