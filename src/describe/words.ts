import { durationInWords } from '../map/index.js';
/**
 * A map duration in words: `30d` → `30 days`, `until-deleted` → `kept until deleted` (as the answers say it: a log
 * kept until its container is removed is not deleted by the customer).
 * @example durationWords('1y') // '1 year'
 */
export function durationWords(text: string): string {
  return durationInWords(text, {
    zero: 'not kept',
    indefinite: 'kept without a time limit',
    'until-deleted': 'kept until deleted',
  });
}

const SPECIAL: Record<string, string> = {
  'needs-evidence': 'needs evidence',
  'not-applicable': 'not applicable',
  'cloud-managed': 'cloud managed',
  'self-hosted': 'self hosted',
  'carve-out': 'carve-out',
  api: 'API',
  'processing-integrity': 'processing integrity',
};

/**
 * A vocabulary value as words for prose and tables: `vector-store` → `vector store`. Descriptions never show
 * raw enum values.
 * @example humanize('log-sink') // 'log sink'
 */
export function humanize(value: string): string {
  return SPECIAL[value] ?? value.replace(/-/g, ' ');
}

/**
 * Text for a reader, not a terminal: `code` spans (which check messages use) become quoted words, and a stop doubled
 * by a sentence built around the map's text is one.
 * @example prose('declare `cohere`') // 'declare “cohere”'; prose('Access through IAM.: API.') // 'Access through IAM: API.'
 */
export function prose(text: string): string {
  return (
    text
      .replace(/`([^`]*)`/g, '“$1”')
      .replace(/`/g, '')
      // A sentence built around the map's own text keeps one stop (WrenAI: "… placeholders..", "… placeholders.: "),
      // never an ellipsis touched.
      .replace(/(?<!\.)\.\.(?!\.)/g, '.')
      .replace(/(?<!\.)\.(?=[:;] )/g, '')
  );
}
