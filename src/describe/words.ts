import { durationInWords } from '../map/index.js';
/**
 * A map duration in words: `30d` → `30 days`, `until-deleted` → `kept until the customer deletes it`.
 * @example durationWords('1y') // '1 year'
 */
export function durationWords(text: string): string {
  return durationInWords(text, {
    zero: 'not kept',
    indefinite: 'kept without a time limit',
    'until-deleted': 'kept until the customer deletes it',
  });
}
