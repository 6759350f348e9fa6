/**
 * A map duration in words: `30d` → `30 days`, `until-deleted` → `kept until the customer deletes it`.
 * @example durationWords('1y') // '1 year'
 */
export function durationWords(text: string): string {
  if (text === 'zero') return 'not kept';
  if (text === 'indefinite') return 'kept without a time limit';
  if (text === 'until-deleted') return 'kept until the customer deletes it';
  const match = /^(\d+)(h|d|w|y)$/.exec(text);
  if (!match) return text;
  const unit = { h: 'hour', d: 'day', w: 'week', y: 'year' }[match[2]!] ?? 'day';
  const count = Number(match[1]);
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
