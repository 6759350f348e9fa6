import { type ComponentData, durationInWords, isInternal } from '../map/index.js';
import type { Model } from './model.js';

/**
 * Names for readers outside the team (a buyer's reviewer, a trust-center visitor): what the map calls a thing
 * for people, never its id when it has a name. Checks use them for `CheckResult.plain`, answers for their text.
 */

/**
 * A component as a reader outside the team names it: its name, else its id; a neutral description when the map
 * keeps it `internal`, so a page or an answer can still count it (a claim about "every store" covers it) without
 * naming it.
 * @example componentLabel({ id: 'x', kind: 'cache', visibility: 'internal' }) // 'an internal cache'
 */
export function componentLabel(
  component: Pick<ComponentData, 'id' | 'name' | 'kind' | 'visibility'>,
): string {
  if (isInternal(component))
    return `an internal ${KIND_WORDS[component.kind] ?? component.kind.replace(/-/g, ' ')}`;
  return reviewLabel(component);
}

/** The kinds whose id does not read as words once its hyphens are spaces. */
const KIND_WORDS: Partial<Record<ComponentData['kind'], string>> = {
  api: 'API',
  'gpu-cluster': 'GPU cluster',
  'fine-tuning-job': 'fine-tuning job',
};

/** A component as the team names it in a reviewer's note, internal or not: its name, else its id. */
export function reviewLabel(component: Pick<ComponentData, 'id' | 'name'>): string {
  return component.name ?? component.id;
}

/**
 * What an id of the map names, as a reader says it: a component's or data class's name, a vendor, an evidence
 * title, a flow by its ends; `undefined` for text that is not an id of the map.
 * @example nameOf(model, 'vector-index') // 'Document chunk index'
 */
export function nameOf(model: Model, id: string): string | undefined {
  const { components, subprocessors, dataClasses, evidence, flows } = model.index;
  const component = components.get(id);
  if (component) return componentLabel(component);
  const subprocessor = subprocessors.get(id);
  if (subprocessor) return vendorLabel(model, subprocessor);
  const dataClass = dataClasses.get(id);
  if (dataClass) return dataClass.name;
  const entry = evidence.get(id);
  if (entry) return entry.title;
  const flow = flows.get(id);
  if (flow)
    return `the flow from ${nameOf(model, flow.from) ?? flow.from} to ${nameOf(model, flow.to) ?? flow.to}`;
  return undefined;
}

/** `nameOf`, or the id itself when the map has no name for it. */
export function named(model: Model, id: string): string {
  return nameOf(model, id) ?? id;
}

/**
 * A map duration in words within a sentence: `30d` → `30 days`, `zero` → `not kept`.
 * @example durationWords('90d') // '90 days'
 */
export function durationWords(duration: string): string {
  return durationInWords(duration, {
    zero: 'not kept',
    indefinite: 'indefinitely',
    // Not "by the customer": a log kept until the operator removes its container is kept until deleted too (Verba).
    'until-deleted': 'until deleted',
  });
}

/**
 * How a time kept compares with a policy, after it: "longer than our policy of 30 days", or, of a policy to keep
 * nothing, "though our policy is not to keep them" (anthropic-quickstarts: "longer than our policy of not kept").
 * @example `Anthropic keeps them for 30 days, ${beyondPolicy('zero')}` // '…, though our policy is not to keep them'
 */
export function beyondPolicy(retention: string, what = 'them'): string {
  return retention === 'zero'
    ? `though our policy is not to keep ${what}`
    : `longer than our policy of ${durationWords(retention)}${what === 'them' ? '' : ` for ${what}`}`;
}

/**
 * A deletion time in words: `30d` → `within 30 days`, `zero` → `immediately` (kotaemon's "deleted when the user
 * removes the file (within not kept)").
 * @example `deleted ${deletedWithin('zero')}` // 'deleted immediately'
 */
export function deletedWithin(sla: string): string {
  return sla === 'zero' ? 'immediately' : `within ${durationWords(sla)}`;
}

/**
 * A class's retention policy as worded, with who may change it: a period each customer can set
 * (`retentionConfigurable`, MaxKB's chat-log purge, 180 days unless an administrator sets another) is the default.
 * @example byDefault({ retentionConfigurable: true }, '180 days') // '180 days unless the customer sets another period'
 */
export function byDefault(dataClass: { retentionConfigurable?: boolean }, words: string): string {
  return dataClass.retentionConfigurable ? `${words} unless the customer sets another period` : words;
}

/**
 * How long something is kept, after "keeps …": `90d` → `for 90 days`, `indefinite` → `indefinitely`.
 * @example `Langfuse keeps prompts ${keptFor('1y')}` // 'Langfuse keeps prompts for 1 year'
 */
export function keptFor(duration: string): string {
  const words = durationWords(duration);
  return /^\d/.test(words) ? `for ${words}` : words;
}

/**
 * Whether a vendor's service is named as the vendor is ("Anthropic Claude API" twice: langflow), so it is said once:
 * the trust center's pages and the lineage diagram read the same.
 * @example sameName('Anthropic Claude API', 'anthropic claude api') // true
 */
export function sameName(vendor: string, service: string): boolean {
  return service.trim().toLowerCase() === vendor.trim().toLowerCase();
}

/**
 * A vendor and its service, without saying the vendor's name twice ("OpenAI API", not "OpenAI, OpenAI API"; "Jina
 * Embeddings API", not "Jina AI Jina Embeddings API"), and never hiding the vendor in a host name ("PostHog Product
 * analytics (us.i.posthog.com)").
 * @example vendorService('OpenAI', 'OpenAI API') // 'OpenAI API'
 * @example vendorService('Microsoft Azure', 'Azure Blob Storage') // 'Microsoft Azure Blob Storage'
 * @example vendorService('Google', 'Gemini API with Grounding with Google Search') // 'Google Gemini API with Grounding with Google Search'
 */
export function vendorService(vendor: string, service: string): string {
  const word = (text: string) => text.toLowerCase().split(/\s+/)[0] ?? '';
  const escaped = vendor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Named in the service's own name, not in what follows it: "Gemini Developer API (…) with Grounding with Google
  // Search" does not say Google is the vendor (gemini-fullstack: the vendor left out of eight answers).
  const head = service.split(/\s+(?:with|via|for|on|through|using|and|plus)\s+|\s*[(,;:]/)[0] ?? service;
  const named = new RegExp(`(?<![\\w.])${escaped}(?![\\w.])`, 'i').test(head);
  // "GroqCloud API" already says Groq: not "Groq GroqCloud API" (anything-llm). "AWS infrastructure" says Amazon Web
  // Services by its initials (aws-genai-llm-chatbot: "Amazon Web Services AWS infrastructure").
  const first = word(vendor);
  const initials = vendor
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .toLowerCase();
  if (
    named ||
    word(service) === first ||
    (first.length >= 3 && word(service).startsWith(first)) ||
    (initials.length >= 2 && word(service) === initials)
  )
    return service;
  // "Microsoft Azure" and "Azure Blob Storage" share a word: "Microsoft Azure Blob Storage", not "Microsoft Azure
  // Azure Blob Storage" (skyvern); "Twilio Segment" and "Segment" are the vendor alone (chat-langchain).
  const last = vendor.split(/\s+/).at(-1)!;
  if (word(service) !== last.toLowerCase()) return `${vendor} ${service}`;
  const rest = service.includes(' ') ? service.slice(service.indexOf(' ') + 1) : '';
  return rest ? `${vendor} ${rest}` : vendor;
}

/**
 * A sub-processor's name in a sentence: its vendor, or, where another sub-processor of the map has the same vendor, the
 * vendor and its service (storm: Azure OpenAI, Bing Web Search and Azure AI Search were three "Microsoft"s, one keeping
 * what we send 30 days, the others "not yet documented", in one answer).
 * @example vendorLabel(model, { id: 'bing', vendor: 'Microsoft', service: 'Bing Web Search API' }) // 'Microsoft Bing Web Search API'
 */
export function vendorLabel(model: Model, vendor: { id: string; vendor: string; service: string }): string {
  const same = vendor.vendor.toLowerCase();
  return model.map.subprocessors.some(
    (other) => other.id !== vendor.id && other.vendor.toLowerCase() === same,
  )
    ? vendorService(vendor.vendor, vendor.service)
    : vendor.vendor;
}

/**
 * What the software is called where a sentence says what runs, not who we are: the map's `organization.product`, else
 * the company's name (pandas-ai: "Sinaptik runs in each customer's own environment" of the PandasAI library).
 * @example productName({ name: 'Sinaptik', product: 'PandasAI' }) // 'PandasAI'
 */
export function productName(organization: { name: string; product?: string }): string {
  return organization.product ?? organization.name;
}
