import { stripFormPrefix } from './analyze.js';

/** First words of a question that asks for a description, a list or a figure, not for a yes or a no. */
const OPEN_START =
  /^(?:what|how|which|where|when|who|whom|whose|why|describe|explain|list|provide|outline|detail|specify|identify|summari[sz]e|share|attach|upload|give|name|enumerate|elaborate|walk us through|tell us)\b/;
/** "To what extent…", "Under which circumstances…", "For how long…". */
const OPEN_PHRASE = /^(?:to|in|under|for|with|at|by|on|from|of|over|within) (?:what|which|how|whom)\b/;
/** Politeness and framing words before the question proper. */
const LEAD_IN = /^(?:(?:please|kindly|briefly|also|additionally|if applicable|where applicable)[,:]?\s+)+/;

/**
 * Whether a question asks for a yes or a no, so that an answer may open with "Yes." or "No.": a closed question
 * ("Do you…", "Is…"), a control statement ("Data is encrypted at rest.") or a form line. Not one that asks what,
 * how, which or when, or that asks to describe, list or provide something: "Yes." does not answer "What are your
 * RTO and RPO?" and "No." does not answer "Please provide your SOC 2 report." Its first clause decides, so "Do you
 * encrypt data? If so, describe how." is closed. Pure.
 * @example asksYesOrNo('What is your breach notification timeline?') // false
 */
export function asksYesOrNo(question: string): boolean {
  const start = stripFormPrefix(question)
    .trim()
    .toLowerCase()
    .replace(/^[^a-z0-9]+/, '')
    .replace(LEAD_IN, '');
  return !OPEN_START.test(start) && !OPEN_PHRASE.test(start);
}
