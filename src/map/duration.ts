/** A parsed duration. `days` is fractional for hours. */
export type Duration =
  | { kind: 'zero' }
  | { kind: 'finite'; days: number; text: string }
  | { kind: 'indefinite' }
  | { kind: 'until-deleted' };

const UNIT_DAYS: Record<string, number> = { h: 1 / 24, d: 1, w: 7, y: 365 };

/**
 * Parses the map's duration text (already validated by the schema).
 * @example parseDuration('2w') // { kind: 'finite', days: 14, text: '2w' }
 */
export function parseDuration(text: string): Duration {
  if (text === 'zero') return { kind: 'zero' };
  if (text === 'indefinite') return { kind: 'indefinite' };
  if (text === 'until-deleted') return { kind: 'until-deleted' };
  const match = /^(\d+)(h|d|w|y)$/.exec(text);
  if (!match) throw new Error(`not a duration: ${text}`);
  const days = Number(match[1]) * UNIT_DAYS[match[2]!]!;
  return days === 0 ? { kind: 'zero' } : { kind: 'finite', days, text };
}

/** Days as a number: 0 for zero, Infinity for no bound (indefinite, until deleted). */
export function durationDays(text: string): number {
  const duration = parseDuration(text);
  if (duration.kind === 'zero') return 0;
  if (duration.kind === 'finite') return duration.days;
  return Number.POSITIVE_INFINITY;
}

/** True when `actual` keeps data no longer than `limit` allows. */
export function withinDuration(actual: string, limit: string): boolean {
  return durationDays(actual) <= durationDays(limit);
}
