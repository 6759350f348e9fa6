/** A parsed duration. `days` is fractional for hours. */
export type Duration =
  | { kind: 'zero' }
  | { kind: 'finite'; days: number; text: string }
  | { kind: 'indefinite' }
  | { kind: 'until-deleted' };

const UNIT_DAYS: Record<string, number> = { min: 1 / 1440, h: 1 / 24, d: 1, w: 7, y: 365 };

/**
 * Parses the map's duration text (already validated by the schema).
 * @example parseDuration('2w') // { kind: 'finite', days: 14, text: '2w' }
 */
export function parseDuration(text: string): Duration {
  if (text === 'zero') return { kind: 'zero' };
  if (text === 'indefinite') return { kind: 'indefinite' };
  if (text === 'until-deleted') return { kind: 'until-deleted' };
  const match = /^(\d+)(min|h|d|w|y)$/.exec(text);
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

/**
 * True when `actual` keeps data no longer than `limit` allows. Both unbounded kinds are Infinity days, but they are
 * not the same: data kept `indefinite`ly outlives a customer's delete, so it is not within `until-deleted`.
 * @example withinDuration('indefinite', 'until-deleted') // false
 */
export function withinDuration(actual: string, limit: string): boolean {
  if (actual === 'indefinite' && limit === 'until-deleted') return false;
  return durationDays(actual) <= durationDays(limit);
}

/**
 * The longest of several retention periods, as written in the map; undefined for none. Kept `indefinite`ly outlasts
 * `until-deleted`, as `withinDuration` reads them (sourcebot: a review log kept with no limit beside chats kept until
 * deleted made the trust center's headline "kept until deleted").
 * @example longestRetention(['30d', '1y', 'zero']) // '1y'; longestRetention(['until-deleted', 'indefinite']) // 'indefinite'
 */
export function longestRetention(periods: readonly string[]): string | undefined {
  let longest: string | undefined;
  for (const period of periods) if (!longest || !withinDuration(period, longest)) longest = period;
  return longest;
}

const UNIT_WORDS: Record<string, string> = { min: 'minute', h: 'hour', d: 'day', w: 'week', y: 'year' };

/**
 * A duration in words for people: `30d` → `30 days`. The words for `zero`, `indefinite` and `until-deleted`
 * depend on the sentence they go in, so each output passes its own.
 * @example durationInWords('1y', { zero: 'not kept', indefinite: 'indefinitely', 'until-deleted': 'until deleted' }) // '1 year'
 */
export function durationInWords(
  text: string,
  special: Record<'zero' | 'indefinite' | 'until-deleted', string>,
): string {
  if (text === 'zero' || text === 'indefinite' || text === 'until-deleted') return special[text];
  const match = /^(\d+)(min|[hdwy])$/.exec(text);
  if (!match) return text;
  const count = Number(match[1]);
  return `${count} ${UNIT_WORDS[match[2]!]}${count === 1 ? '' : 's'}`;
}
