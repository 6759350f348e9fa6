import parser from 'cron-parser';
import { InputError } from '../errors/index.js';

/** Daily at 03:00 UTC: the default schedule of a source. */
export const DEFAULT_SCHEDULE = '0 3 * * *';

/**
 * The first time after `after` that a cron expression (five fields, UTC) fires.
 * @example nextRunAfter('0 3 * * *', new Date('2026-12-01T12:00:00Z')) // 2026-12-02T03:00:00.000Z
 * @throws InputError for an expression cron-parser rejects
 */
export function nextRunAfter(schedule: string, after: Date): Date {
  if (schedule.length > 100 || schedule.trim().split(/\s+/).length !== 5)
    throw new InputError([
      {
        message: `not a five-field cron expression: ${schedule.slice(0, 100)}`,
        hint: 'e.g. 0 3 * * * (daily at 03:00 UTC)',
      },
    ]);
  try {
    return parser.parseExpression(schedule, { currentDate: after, tz: 'UTC' }).next().toDate();
  } catch (error) {
    throw new InputError([{ message: `not a cron expression: ${schedule} (${(error as Error).message})` }]);
  }
}

/**
 * A daily schedule at a minute derived from the source's organisation and name, so ten thousand organisations'
 * default schedules spread over the day instead of all firing at 03:00.
 * @example spreadDailySchedule('acme', 'api') // e.g. '17 4 * * *'
 */
export function spreadDailySchedule(orgId: string, name: string): string {
  let hash = 0;
  for (const char of `${orgId}\u0000${name}`) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  const minuteOfDay = hash % 1440;
  return `${minuteOfDay % 60} ${Math.floor(minuteOfDay / 60)} * * *`;
}
