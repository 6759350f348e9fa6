import { z } from '@hono/zod-openapi';
import { AUDITED_FRAMEWORKS, type AuditedFramework, type ProfileOverrides } from '../../../auditors/index.js';
import { isCalendarDate } from '../../../core/dates.js';
import { STAGES } from '../../../map/index.js';

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .refine(isCalendarDate, 'not a real day');
const List = z
  .string()
  .max(500)
  .transform((text) =>
    text
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean)
      .slice(0, 20),
  );
const blankToUndefined = (value: unknown) => (value === '' ? undefined : value);

/** The page's form, the same fields as the CLI's flags; every field optional (the pushed map fills the rest). */
export const MatchQuery = z.object({
  stage: z.preprocess(blankToUndefined, z.enum(STAGES).optional()),
  headcount: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000_000).optional()),
  frameworks: z.preprocess(
    blankToUndefined,
    z
      .union([z.string().max(200), z.array(z.string().max(40)).max(5)])
      .transform((value) =>
        (Array.isArray(value) ? value : value.split(',')).map((id) => id.trim()).filter(Boolean),
      )
      .refine((ids) => ids.every((id) => (AUDITED_FRAMEWORKS as readonly string[]).includes(id)), {
        message: `frameworks are ${AUDITED_FRAMEWORKS.join(', ')}`,
      })
      .optional(),
  ),
  reportType: z.preprocess(blankToUndefined, z.enum(['type1', 'type2']).optional()),
  windowMonths: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(12).optional()),
  targetDate: z.preprocess(blankToUndefined, Day.optional()),
  regions: z.preprocess(blankToUndefined, List.optional()),
  readinessProviders: z.preprocess(blankToUndefined, List.optional()),
  budget: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000_000).optional()),
});
export type MatchQuery = z.infer<typeof MatchQuery>;

/** The form's values as profile overrides. */
export function overridesOf(query: MatchQuery): ProfileOverrides {
  return {
    ...(query.stage ? { stage: query.stage } : {}),
    ...(query.headcount ? { headcount: query.headcount } : {}),
    ...(query.frameworks?.length ? { frameworks: query.frameworks as AuditedFramework[] } : {}),
    ...(query.reportType ? { reportType: query.reportType } : {}),
    ...(query.windowMonths ? { windowMonths: query.windowMonths } : {}),
    ...(query.targetDate ? { targetDate: query.targetDate } : {}),
    ...(query.regions?.length ? { regions: query.regions } : {}),
    ...(query.readinessProviders?.length ? { readinessProviders: query.readinessProviders } : {}),
    ...(query.budget ? { budgetUsd: query.budget } : {}),
  };
}

/** Reads the form from URL search parameters (repeated `frameworks` checkboxes become a list). */
export function queryFrom(url: URL): unknown {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(MatchQuery.shape)) {
    const all = url.searchParams.getAll(key);
    if (all.length === 0) continue;
    out[key] = key === 'frameworks' ? all.flatMap((value) => value.split(',')) : all[0];
  }
  return out;
}
