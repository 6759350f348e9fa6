import { UsageError } from '../../errors/index.js';

/** A range of days, both ends included, as ISO dates. */
export interface DayWindow {
  from: string;
  to: string;
}

/** Longest window one request may ask for: two years of days. */
export const MAX_WINDOW_DAYS = 731;
const DAY_MS = 86_400_000;

/** The UTC day of a time. */
export function dayOf(time: Date): string {
  return time.toISOString().slice(0, 10);
}

/** `day` plus `days` (negative to go back). */
export function addDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** Every day of the window, oldest first. */
export function daysOf(window: DayWindow): string[] {
  const days: string[] = [];
  for (let day = window.from; day <= window.to; day = addDays(day, 1)) days.push(day);
  return days;
}

function valid(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && dayOf(new Date(`${day}T00:00:00Z`)) === day;
}

/**
 * The window from query parameters: `to` defaults to today, `from` to `days - 1` days before `to` (90 by
 * default). Refuses reversed or over-long windows.
 */
export function resolveWindow(query: { from?: string; to?: string; days?: number }, now: Date): DayWindow {
  const to = query.to ?? dayOf(now);
  if (!valid(to)) throw new UsageError(`\`to\` is not a date: ${to.slice(0, 40)}`);
  const from = query.from ?? addDays(to, -((query.days ?? 90) - 1));
  if (!valid(from)) throw new UsageError(`\`from\` is not a date: ${from.slice(0, 40)}`);
  if (from > to) throw new UsageError('`from` is after `to`');
  if ((Date.parse(to) - Date.parse(from)) / DAY_MS + 1 > MAX_WINDOW_DAYS)
    throw new UsageError(`the window is longer than ${MAX_WINDOW_DAYS} days`);
  return { from, to };
}
