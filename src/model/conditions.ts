import { CODE_REFERENCES } from '../core/codeReferences.js';
import { STORE_KINDS } from '../core/vocabulary.js';
import { joinList } from '../core/words.js';
import type { FlowData } from '../map/index.js';
import type { Model } from './model.js';

/**
 * A condition that holds unless someone acts: "unless the operator turns it off", "on by default; each installation can
 * turn it off". It takes no "only" or "if" (Leon: telemetry "only on by default" in four answers, "if on by default" on
 * the lineage's edge).
 */
export const DEFAULT_ON = /^(?:unless|(?:on\s+)?by\s+default)\b/i;

/** Words a condition may open with; one that opens with none is said after "when". */
const CONDITION_OPENING =
  /^(?:when|if|while|unless|where|whenever|after|before|during|once|until|as long as|for|in|on|with|by|per)\b/i;

/**
 * A flow's condition as a clause: the map's own words, with "when" before words that open with none (llama-gpt: "only
 * the user picks the Google Search plugin", read as a limit on who acts, on the site and in four answers).
 * @example asCondition('the user picks the Google plugin') // 'when the user picks the Google plugin'
 */
export function asCondition(text: string): string {
  // A clause: someone or something doing something ("the user picks …", "an administrator enables …"). A noun phrase
  // ("the default API", "default embedding provider; not when …") is left as the map says it: "when" would not mend it.
  const clause = CLAUSE_SUBJECT.test(text) && CLAUSE_VERB.test(text);
  return clause && !CONDITION_OPENING.test(text) && !DEFAULT_ON.test(text) ? `when ${text}` : text;
}

const CLAUSE_SUBJECT =
  /^(?:the|a|an|each|every|any|its|their|users?|operators?|administrators?|admins?|customers?|developers?|tenants?|someone|it|they|we|you)\b/i;
const CLAUSE_VERB =
  /\b(?:sets?|picks?|selects?|enables?|turns?|configures?|chooses?|is|are|has|have|uploads?|sends?|runs?|asks?|opts?|provides?|adds?|connects?|installs?|supplies|supply|clicks?|shares?|requests?|calls?|exceeds?|fails?|gives?|enters?|types?|starts?|links?)\b/i;

/**
 * The map's conditions on flows, said after what they qualify: "only when the operator sets a key" (the map's own text
 * may open with "only" already, or end with a stop), or, where they differ, that each holds under its own.
 * @example onlyUnder(['Only when an administrator selects it.']) // 'only when an administrator selects it'
 */
export function onlyUnder(descriptions: readonly string[]): string {
  // One condition written twice, once with "when" (lmnr: "only RESEND_API_KEY is set or RESEND_API_KEY is set").
  const byKey = new Map<string, string>();
  for (const text of descriptions) {
    const plain = asCondition(text.replace(/\.$/, '').replace(/^only\s+/i, ''));
    const key = plain.replace(/^(?:when|if)\s+/i, '').toLowerCase();
    if (!byKey.has(key)) byKey.set(key, plain);
  }
  const said = [...byKey.values()];
  // "unless the operator turns it off" takes no "only" (AnythingLLM, quivr: "only unless …"); mixed with "when"s, one
  // "only" cannot serve both (retrieval-plugin: "only unless …, when …, or when …").
  const unless = said.filter((text) => DEFAULT_ON.test(text)).length;
  // Mixed, two or three are said as they are, with no "only": "each only under its own condition" hid that OpenAI gets
  // every question unless the operator sets up Azure (Dataherald).
  if (unless > 0 && unless < said.length)
    return said.length <= 3 ? joinList(said, 'or') : 'each only under its own condition';
  // Nor one the text already ends with ("opted-in tenants only": "only opted-in tenants only").
  const only = unless > 0 || said.every((text) => /\bonly$/i.test(text)) ? '' : 'only ';
  if (said.length === 1) return `${only}${said[0]}`;
  // Two or three are said ("only when configured as the model provider or when configured as the embedding
  // provider"): "each only under its own condition" named none (DocsGPT, quivr, AnythingLLM).
  return said.length <= 3 ? `${only}${joinList(said, 'or')}` : 'each only under its own condition';
}

/**
 * The conditions data moves under, where every one of `flows` carries one ("only when a client id is set"); undefined
 * when any moves unconditionally, or there is none.
 * @example underConditions(model.index.incoming.get('logs') ?? []) // 'only when LOG_LEVEL is debug'
 */
export function underConditions(flows: readonly FlowData[]): string | undefined {
  if (flows.length === 0 || flows.some((flow) => !flow.condition)) return undefined;
  return onlyUnder(flows.map((flow) => flow.condition!.description));
}

/**
 * When data reaches an endpoint only under a condition: every flow to it carries one (a provider an administrator
 * selects, a tenant's opt-in). Said beside the vendor, so a list of 25 optional providers does not read as each
 * receiving every prompt (anything-llm). Undefined when any flow to it is unconditional, or none reaches it. With a
 * `dataClass`, the flows that carry it, where any does.
 * @example onlyWhen(model, 'groq') // 'only when an administrator selects it'
 */
export function onlyWhen(model: Model, id: string, dataClass?: string): string | undefined {
  // Either way for a vendor or a store: a flow from the vendor (R2R's sign-in with Google, only when a client id is
  // set) is how it handles our data too, and a store's data is read out of it. Not what a service sends on: refact's
  // self-hosted server was used "only when … the administrator enables it with their own key, or when … starts a
  // training run", the conditions of its own optional calls.
  const component = model.index.components.get(id);
  const readOut = component === undefined || STORE_KINDS.has(component.kind);
  // Not what a vendor sends on to another vendor (superagent: Daytona's sandbox calling Anthropic made Daytona "used only
  // … or scan() with an anthropic/ model", the condition of the call leaving it).
  const flows = model.map.flows.filter(
    (flow) => flow.to === id || (readOut && flow.from === id && !model.index.subprocessors.has(flow.to)),
  );
  // A part a vendor runs for us that no flow names is reached by the flows to the vendor (langflow: Pinecone's index,
  // reached only by the flow to Pinecone "when a customer uses it in a flow", was said kept with no condition).
  if (component?.subprocessor && flows.length === 0 && model.index.subprocessors.has(component.subprocessor))
    return onlyWhen(model, component.subprocessor, dataClass);
  // And through the parts it runs for us (`subprocessor`): morphik-core's turbopuffer, reached only by the optional
  // flow into the index it runs, was counted as always receiving data. A store's data is read out of it too; what a
  // service sends on goes elsewhere, and a part no flow reaches (a web app it hosts, served to every user) is always in
  // use: refly's Cloudflare, hosting its web app, read "only when a tag id is configured or when its key is set", the
  // conditions of the app's optional analytics calls.
  for (const part of model.map.components) {
    if (part.subprocessor !== id) continue;
    const store = STORE_KINDS.has(part.kind);
    const touching = model.map.flows.filter(
      (flow) => flow.to === part.id || (store && flow.from === part.id),
    );
    // A store no flow reaches tells nothing of when data goes there (storm: Azure AI Search, reached only when chosen
    // as the retriever, counted as always in use through the index component naming it).
    if (touching.length === 0) {
      if (store) continue;
      return undefined;
    }
    flows.push(...touching);
  }
  // Of one class, the flows that carry it, where any does (docmost: page embeddings reach PostgreSQL only for workspaces
  // that turn on AI search, while every page goes there always).
  const carrying = dataClass ? flows.filter((flow) => flow.dataClasses.includes(dataClass)) : [];
  return underConditions(carrying.length > 0 ? carrying : flows);
}

/**
 * A vendor's id and those of the components it runs for us (`subprocessor`): where a flow reaching any of them takes
 * data to the vendor.
 * @example reachedThrough(model, 'turbopuffer') // Set { 'turbopuffer', 'turbopuffer-index' }
 */
export function reachedThrough(model: Model, id: string): Set<string> {
  return new Set([
    id,
    ...model.map.components
      .filter((component) => component.subprocessor === id)
      .map((component) => component.id),
  ]);
}

/**
 * A condition (`onlyWhen`) to follow `said`, unless `said` already says it (cognita, SurfSense: "…, when a user
 * connects their own Anthropic account, only when a user connects their own Anthropic account").
 * @example unlessSaid('only when an admin selects it', 'Chat, when an admin selects it') // undefined
 */
export function unlessSaid(when: string | undefined, said: string): string | undefined {
  // Code references are not said (`CODE_REFERENCES`): "when X is set (api_server.py:22-28)" is said by "when X is set".
  const plain = (text: string) => text.replace(CODE_REFERENCES, '').toLowerCase().replace(/\s+/g, ' ');
  if (!when) return undefined;
  // A purpose that states its own condition in other words ("Reads an answer aloud when a user asks for it") is not
  // followed by the flow's ("only when a user asks for an answer to be read aloud"): DocsGPT, LibreChat. Not in a list
  // of uses, where "optional moderation" qualifies one of them, and the flow's condition on them all was lost
  // (LibreChat's OpenAI, one provider of many: "chat models, image tools, optional moderation; default embeddings").
  const words = plain(said);
  const qualifiesOne = words.includes(';') || /.\boptional(?:ly)?\b/.test(words);
  if (STATES_CONDITION.test(said) && !qualifiesOne) return undefined;
  // Its clause said with another conjunction is said too (papermark: "Stores uploaded files where Blob storage is the
  // configured file store, only when Blob storage is the configured file store").
  const clause = plain(when.replace(/^only /, '')).replace(/^(?:when|where|if|while|whenever)\s+/, '');
  if (
    words.includes(plain(when.replace(/^only /, ''))) ||
    (clause.split(' ').length >= 3 && words.includes(clause))
  )
    return undefined;
  // Or in other words, where the purpose has a clause of its own that names what the condition names (chat-langchain:
  // "second fallback model when Gemini and OpenAI fail, only when both Gemini and OpenAI fail for a request"; opengpts:
  // "chat model for assistants whose owner picks it, only when an assistant's owner picks Claude").
  const named = clause.split(/[^a-z0-9]+/).filter((word) => word.length >= 3 && !CONDITION_FILLER.has(word));
  const purposeWords = new Set(words.split(/[^a-z0-9]+/));
  const shared = named.filter((word) => purposeWords.has(word) || purposeWords.has(word.replace(/s$/, '')));
  return OWN_CLAUSE.test(words) && named.length >= 2 && shared.length >= Math.ceil(named.length * 0.6)
    ? undefined
    : when;
}

/** A purpose's own clause of when it holds: "when X fail", "for assistants whose owner picks it", "if Y is set". */
const OWN_CLAUSE = /\b(?:when|whenever|if|where|whose|unless)\b/;

/** Words of a condition that name nothing of it. */
const CONDITION_FILLER = new Set(
  'the and for when only where whose with from that this each both its their our your any all are has have one request requests'.split(
    ' ',
  ),
);

/**
 * Words by which a purpose says it holds only sometimes: "only", "optional", "unless", or "when"/"if" followed by who
 * chooses or what is set ("when a user asks for it", "if the operator picks Groq", "when configured", "when screenshot upload is configured"). Not any "if":
 * "Checks if a message is spam" states no condition.
 */
export const STATES_CONDITION =
  /\b(?:only|optional(?:ly)?|unless)\b|\b(?:when|whenever|if|once)\s+(?:(?:the|an?|its|their|our|your|each)\s+)?(?:operator|admin(?:istrator)?s?|users?|customers?|tenants?|deployers?|owners?|teams?|it is|they are|configured|enabled|selected|chosen|set|turned on|switched on)\b|\b(?:when|whenever|if|where)\s[^,;.]{0,60}?\b(?:is|are)\s+(?:configured|enabled|set up|selected|chosen|turned on|switched on)\b/i;
