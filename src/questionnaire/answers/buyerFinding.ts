import type { CheckResult } from '../../controls/types.js';
import type { Model } from '../../model/index.js';
import { durationWords, named } from './refs.js';

/**
 * Map words a buyer does not use, each with the plain one: for a failing result that carries no `plain`
 * sentence (every check in `controls/checks/` sets one; a result made elsewhere may not).
 */
const WORDS: readonly (readonly [RegExp, string])[] = [
  [/\bdeclares no ([^;]+)/g, 'has no $1 documented yet'],
  [/\btenant data\b/g, 'customer data'],
  [/\bdoes not declare\b/g, 'does not yet document'],
  [/\bis not declared\b/g, 'is not yet documented'],
  [/\bdeclares\b/g, 'documents'],
  [/\bin the map\b/g, 'in our records'],
  [/\bused in (?:the )?code\b/g, 'used by our service'],
  [/\bfrom the code\b/g, 'from our service'],
  [/\btenant-scoped data\b/g, 'customer data'],
  [/(^|: |; )evidence /g, '$1'],
];

/**
 * A failing check result in words for the buyer: the check's own `plain` sentence, or, for a result without
 * one, its message with names for ids, durations in words, no check or control id and fewer map words. Pure.
 * @example buyerFinding(result, model) // 'deletion from LLM request logs takes up to 90 days, longer than the 30 days we promise'
 */
export function buyerFinding(result: CheckResult, model: Model): string {
  if (result.plain) return result.plain;
  let text = result.message
    // "TM-SEC-02 Incident response: …": the control's title says what it is about; its id is ours.
    .replace(/^TM-[A-Z]+-\d+ /, '')
    .replace(/`([^`]+)`/g, (_, id: string) => named(model, id))
    .replace(/\b(\d+(?:min|[hdwy]))\b/g, (_, duration: string) => durationWords(duration))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');
  for (const [word, plain] of WORDS) text = text.replace(word, plain);
  return text;
}
