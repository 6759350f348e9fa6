import type { TENANCY_MODELS } from './vocabulary.js';

/**
 * Names joined for a sentence, shared by every output written in prose.
 * @example joinList(['OpenAI', 'Anthropic', 'Cohere']) // 'OpenAI, Anthropic and Cohere'
 */
export function joinList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  // A name with "and" in it ("Report files and logs") makes the count unclear without a serial comma.
  const serial = items.length > 2 && items.some((item) => /\s(?:and|or)\s/.test(item)) ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${serial} ${conjunction} ${items.at(-1)}`;
}

/**
 * Names joined for a sentence that is about something else, at most `limit` of them and a count of the rest: 54
 * optional model providers said in full in a sentence about training would bury it. The list itself is said in full
 * where it is the answer (the sub-processors).
 * @example joinSome(['A', 'B', 'C', 'D'], 2) // 'A, B and 2 more'
 */
export function joinSome(items: readonly string[], limit = 6, conjunction = 'and', more = 'more'): string {
  if (items.length <= limit + 1) return joinList(items, conjunction);
  return `${items.slice(0, limit).join(', ')} ${conjunction} ${items.length - limit} ${more}`;
}

/**
 * Names said in full where the list is the answer, up to a screenful (`MANY_NAMES`); past it, how many there are and
 * the first of them: 77 providers each customer may connect, in one sentence, buried the answer (portkey-gateway).
 * @example manyNames(['A', 'B']) // 'A and B'
 */
export function manyNames(items: readonly string[]): string {
  if (items.length <= MANY_NAMES) return joinList(items);
  return `${items.length} services, among them ${joinSome(items, 8)}`;
}

/** How many names a list says in full. */
export const MANY_NAMES = 20;

/**
 * `text` with a note in parentheses, inside the parentheses `text` already ends with: "Ollama (local models;
 * on the Docker host)", not "Ollama (local models) (on the Docker host)".
 * @example withAside('Ollama (local models)', 'on the Docker host') // 'Ollama (local models; on the Docker host)'
 */
export function withAside(text: string, note: string): string {
  // What the text already says is not said again (podcastfy: "Optional local model (llamafile; llamafile; …)").
  const said = text.toLowerCase();
  const parts = note.split('; ').filter((part) => !saysWhole(said, part.toLowerCase()));
  if (parts.length === 0) return text;
  // Nor does the aside end a sentence inside the brackets (codel: "(… is the customer's choice.), which runs …").
  const rest = parts.join('; ').replace(/([^.])\.$/, '$1');
  // The map's words may end a sentence: the aside goes inside it (aws-genai-llm-chatbot, lollms-webui: "… deletes the
  // files. (immediately)").
  const phrase = /[^.]\.$/.test(text.trimEnd()) ? text.trimEnd().slice(0, -1) : text;
  return phrase.endsWith(')') ? `${phrase.slice(0, -1)}; ${rest})` : `${phrase} (${rest})`;
}

/** Whether `text` holds `part` as whole words: "llamafile" in "model (llamafile)", not "ai" in "openai". */
function saysWhole(text: string, part: string): boolean {
  const word = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    const before = text[at - 1];
    const after = text[at + part.length];
    if ((before === undefined || !word.test(before)) && (after === undefined || !word.test(after)))
      return true;
  }
  return false;
}

/**
 * A count with its noun, singular or plural.
 * @example plural(1, 'store') // '1 store'; plural(3, 'entry', 'entries') // '3 entries'
 */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** How a store separates customers' data, as every output says it (a trust-center table cell, an answer). */
export const TENANCY_WORDS: Readonly<Record<(typeof TENANCY_MODELS)[number], string>> = {
  shared: 'Shared, with no separation',
  // Not "by tenant": the filter may key on a user, not a customer (Cheshire Cat's queries filter on the user's id).
  'application-filter': 'Filtered in our application’s queries',
  'namespace-per-tenant': 'Separate namespace per customer',
  'row-level-security': 'Row-level security in the database',
  'index-per-tenant': 'Separate index per customer',
  'database-per-tenant': 'Separate database per customer',
  'single-tenant': 'Single-tenant',
};

/**
 * A tenancy model in words, within a sentence; text that is not a tenancy model is returned as it is.
 * @example tenancyInWords('row-level-security') // 'row-level security in the database'
 */
export function tenancyInWords(model: string): string {
  const words = (TENANCY_WORDS as Record<string, string>)[model];
  return words ? `${words[0]!.toLowerCase()}${words.slice(1)}` : model;
}

/**
 * A vendor discovery found in the code that the map does not list yet, for a buyer: found, and under review, as the
 * trust center lists it; never "used by our service", which the line found may not show (RAGFlow's Zendesk connector
 * reads a customer's own account; Phoenix's instrumentation snippets are samples its UI shows). The one sentence the
 * checks' buyer words use.
 * @example foundUnderReview('LangSmith', true) // 'LangSmith, a service that receives prompts, was found in our code and is under review for our sub-processor list'
 */
export function foundUnderReview(name: string, receivesPrompts = false): string {
  return `${name}${receivesPrompts ? ', a service that receives prompts,' : ''} was found in our code and is under review for our sub-processor list`;
}

/**
 * Whether a name reads as plural, for its verb: its last word a lower-case noun in -s ("Uploaded files", "Run
 * records", "Symmetry network peers"), not a capitalised product name ("Postgres", "Google Docs") nor -ss, -us, -is.
 * @example namesMany('Uploaded files') // true; namesMany('Postgres') // false
 */
export function namesMany(name: string): boolean {
  const last = name.trim().split(/\s+/).at(-1) ?? '';
  return /^[a-z][a-z-]*[^su]s$/.test(last) && !/(?:ss|us|is)$/.test(last);
}

/**
 * Whether a list of names takes a singular verb: one name that is not a plural noun (`namesMany`).
 * @example oneThing(['Uploaded files']) // false; oneThing(['Postgres']) // true
 */
export function oneThing(names: readonly string[]): boolean {
  return names.length === 1 && !namesMany(names[0]!);
}
