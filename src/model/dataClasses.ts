import {
  PROMPT_CATEGORIES,
  runByCustomer,
  SERVING_KINDS,
  underCustomersAccount,
} from '../core/vocabulary.js';
import { joinList } from '../core/words.js';
import {
  type ComponentData,
  CUSTOMER_CATEGORIES,
  type DataClassData,
  deletesNothing,
  deletesOnlyPart,
  keepsClass,
  keepsData,
  keptAt,
} from '../map/index.js';
import { hostsOurSystem } from './hosts.js';
import type { Model } from './model.js';
import { componentLabel } from './names.js';
import { holders } from './retentionPlaces.js';

const customer = new WeakMap<Model, Set<string>>();

/**
 * Ids of customer data classes: the customer categories (content, prompts, outputs, and embeddings unless derived
 * only from classes that are not the customer's), tenant-scoped training data, plus every class derived from one,
 * transitively. The one definition that checks, lineage, the trust center and
 * questionnaire answers share. Computed once per model.
 * @example customerDataClasses(model).has('document-embeddings') // true when derived from customer documents
 */
export function customerDataClasses(model: Model): Set<string> {
  const known = customer.get(model);
  if (known) return known;
  const memo = new Map<string, boolean>();
  const isCustomer = (id: string, visiting: Set<string>): boolean => {
    const seen = memo.get(id);
    if (seen !== undefined) return seen;
    const dataClass = model.index.dataClasses.get(id);
    if (!dataClass || visiting.has(id)) return false;
    visiting.add(id);
    const parents = dataClass.derivedFrom ?? [];
    // Embeddings are the customer's where what they embed is: vectors of our own public filings are not (sec-insights:
    // "handles customer data (document-embeddings)" and "every customer's data together" of an index of SEC filings).
    // Embeddings of nothing the map names stay the customer's.
    const ownCategory =
      CUSTOMER_CATEGORIES.has(dataClass.category) &&
      (dataClass.category !== 'embeddings' ||
        parents.length === 0 ||
        parents.some((parent) => !model.index.dataClasses.has(parent)));
    // Training data a customer supplies is the customer's (text-generation-webui: LoRA datasets each user brings,
    // tenant-scoped, and "no flow brings customer data to the trainer").
    const supplied = dataClass.category === 'training-data' && dataClass.tenantScoped;
    const result = ownCategory || supplied || parents.some((parent) => isCustomer(parent, visiting));
    visiting.delete(id);
    memo.set(id, result);
    return result;
  };
  const ids = new Set<string>();
  for (const dataClass of model.map.dataClasses)
    if (isCustomer(dataClass.id, new Set())) ids.add(dataClass.id);
  customer.set(model, ids);
  return ids;
}

/**
 * Ids of the classes that are the customers' own to a buyer: customer data (`customerDataClasses`), whatever the map
 * scopes to one tenant, and their people's personal data; with `credentials`, their secrets too. The one reading the
 * deletion answer, the reading of a product each customer runs, and lineage's resting places share (lunary, SurfSense:
 * end users' personal data, tenant-scoped, drawn as going nowhere although flows took it to a store and to Stripe).
 * @example customersClasses(model).has('user-accounts') // true for a class of category personal-data
 */
export function customersClasses(model: Model, { credentials = false } = {}): Set<string> {
  const customer = customerDataClasses(model);
  return new Set(
    model.map.dataClasses
      .filter(
        (dataClass) =>
          customer.has(dataClass.id) ||
          dataClass.tenantScoped ||
          dataClass.category === 'personal-data' ||
          (credentials && dataClass.category === 'credentials'),
      )
      .map((dataClass) => dataClass.id),
  );
}

/** Ids of tenant-scoped data classes. */
export function tenantScopedClasses(model: Model): Set<string> {
  return new Set(model.map.dataClasses.filter((entry) => entry.tenantScoped).map((entry) => entry.id));
}

/**
 * The customer data classes a component holds, and, unless `kept` only, those the flows into or out of it carry: what
 * a check of the component's sign-in or encryption weighs. The one reading both checks share; `customer` says which
 * classes count (the customer data classes by default).
 * @example customerDataAt(model, api) // ['docs', 'prompts']
 */
export function customerDataAt(
  model: Model,
  component: ComponentData,
  kept = false,
  customer: ReadonlySet<string> = customerDataClasses(model),
): string[] {
  if (kept)
    // A class the part keeps for no time is not kept there (podcastfy: an API keeping only the audio, said to keep
    // "source-content, prompts, transcripts, audio" unencrypted at rest).
    return component.dataClasses.filter(
      (dataClass) => customer.has(dataClass) && keptAt(component, dataClass) !== 'zero',
    );
  const flows = [
    ...(model.index.incoming.get(component.id) ?? []),
    ...(model.index.outgoing.get(component.id) ?? []),
  ];
  const classes = new Set([...component.dataClasses, ...flows.flatMap((flow) => flow.dataClasses)]);
  return [...classes].filter((dataClass) => customer.has(dataClass));
}

/**
 * The training data whose deletion says how a tenant withdraws consent, and deletes it: the one reading the opt-in
 * answer and the description's customer controls share. A deletion that leaves the files, or says nothing of consent,
 * is no way to withdraw (OpenPipe: "A tenant can withdraw consent at any time: … training files … are not deleted" in
 * four answers, and "withdraw consent when they no longer agree" in its description).
 * @example consentWithdrawal(model)?.id // 'opt-in-training-set'
 */
export function consentWithdrawal(model: Model): DataClassData | undefined {
  return model.map.dataClasses.find((dataClass) => {
    const mechanism = dataClass.deletion?.mechanism;
    return (
      dataClass.category === 'training-data' &&
      mechanism !== undefined &&
      /\bconsent\b|\bopt(?:s|ed)?[- ]?out\b|\bwithdraw|\brevok/i.test(mechanism) &&
      !deletesNothing(mechanism) &&
      !deletesOnlyPart(mechanism)
    );
  });
}

/** The components that hold a class or are sent it by a flow (not a search of a store): every part it reaches. */
function componentsHolding(model: Model, dataClass: string): ComponentData[] {
  return holders(model, dataClass).components;
}

/**
 * The customer's own parts (`runByCustomer`) that keep a class: where it also rests beside our places, for as long as
 * the customer sets (chat-llamaindex: chats in each user's browser storage, left off the trust center's table of
 * where model responses are kept).
 */
export function customerPartsKeeping(model: Model, dataClass: string): ComponentData[] {
  // Kept there, class by class: not a part keeping it `zero` however much else it keeps (frigate: its NVR, keeping
  // prompts for zero time, named on the site as keeping them).
  return componentsHolding(model, dataClass).filter(
    (component) => keepsClass(component, dataClass) && runByCustomer(component, model.map.subprocessors),
  );
}

/**
 * The classes of `classes` that rest only in the customer's own parts (`runByCustomer`), with those parts: held by at
 * least one component, by none of ours, and sent to no vendor under our account. What the questionnaire and the trust
 * center both say as "we keep none of them" (WrenAI's question and SQL pairs on each user's machine; openlit's traces
 * in each customer's ClickHouse).
 * @example customersOwn(model, [chats]) // [{ dataClass: chats, parts: [the customer's ClickHouse] }]
 */
export function customersOwn(
  model: Model,
  classes: readonly DataClassData[],
): { dataClass: DataClassData; parts: ComponentData[] }[] {
  return classes.flatMap((dataClass) => {
    const held = componentsHolding(model, dataClass.id);
    // Class by class: not a part keeping it `zero` (frigate's NVR). A part listing it with no time said is not said to
    // keep it (ragapp: its app and Ollama, which keep no chat, named as keeping prompts): `customerPartsUnsaid` names it.
    const keeping = held.filter((component) => keepsClass(component, dataClass.id));
    if (keeping.length === 0) return [];
    // A part of ours the class passes through, keeping nothing on record, is no place of ours it rests (DocsGPT: its
    // hosted model sent every question made "How long we keep them: … indefinitely" of chats kept only in each
    // customer's database, in six answers); whether it keeps them is asked (`heldByUsUnsaid`), not said.
    if (keeping.some((component) => !runByCustomer(component, model.map.subprocessors))) return [];
    // Not the host of our own parts, whose copy is theirs, which keep nothing (big-AGI: Vercel, running its stateless
    // server, made "How long we keep them: … until deleted" of chats kept only in each user's browser, in six answers).
    const ours = model.map.subprocessors.some(
      (vendor) =>
        !underCustomersAccount(vendor) &&
        !hostsOurSystem(model, vendor) &&
        vendor.dataClasses.includes(dataClass.id),
    );
    return ours ? [] : [{ dataClass, parts: keeping }];
  });
}

/**
 * Whether a class lands only in what the customer runs or holds an account with: some part or vendor holds it, every
 * part holding it is the customer's (`runByCustomer`), and every vendor it reaches is under the customer's account or
 * none. How long it is kept and how it is deleted are then the customer's to say, not ours (Leon: "Not yet on record:
 * how we delete" and "No retention period is set yet" of voice recordings and API keys that never leave each user's
 * machine or the user's own speech accounts, in ten answers).
 * @example onlyCustomersHold(model, 'provider-keys') // true where only each customer's settings file holds them
 */
export function onlyCustomersHold(model: Model, dataClass: string): boolean {
  const { components, vendors } = holders(model, dataClass);
  return (
    components.length + vendors.length > 0 &&
    components.every((component) => runByCustomer(component, model.map.subprocessors)) &&
    vendors.every(underCustomersAccount)
  );
}

/**
 * Classes made from prompts or model outputs under another category (`derivedFrom`, transitively; not embeddings, which
 * are vectors, not the text), that land in a part or a vendor of ours: where prompts are kept as something else, so
 * "we keep no prompts" is not said beside them (GPT4All: chats users share to its Datalake, kept and published by the
 * company, beside "We keep none of them … ✓ Verified").
 * @example promptsKeptAsOther(model).map((dataClass) => dataClass.id) // ['datalake-contributions']
 */
export function promptsKeptAsOther(model: Model): DataClassData[] {
  const prompts = new Set(promptClasses(model).map((dataClass) => dataClass.id));
  const fromPrompts = (id: string, visiting: Set<string>): boolean => {
    const dataClass = model.index.dataClasses.get(id);
    if (!dataClass || visiting.has(id)) return false;
    visiting.add(id);
    return (dataClass.derivedFrom ?? []).some(
      (parent) => prompts.has(parent) || fromPrompts(parent, visiting),
    );
  };
  return model.map.dataClasses.filter((dataClass) => {
    if (prompts.has(dataClass.id) || dataClass.category === 'embeddings') return false;
    if (!fromPrompts(dataClass.id, new Set())) return false;
    const { components, vendors } = holders(model, dataClass.id);
    return (
      components.some(
        (component) =>
          !runByCustomer(component, model.map.subprocessors) && keptAt(component, dataClass.id) !== 'zero',
      ) || vendors.some((vendor) => !underCustomersAccount(vendor) && vendor.terms?.retention !== 'zero')
    );
  });
}

/**
 * The customer's own parts, not model servers, that list one of `classes` as held and say nothing of how long: whether
 * they keep it is not stated, so a list of where it is kept is no "only" beside them (Nextcloud Assistant: its server
 * keeps every task's input and output, left out of "Only parts each customer runs keep them: Nextcloud database and
 * Users' files"). Model servers answer and forget unless said otherwise (ragapp's Ollama).
 * @example customerPartsUnsaid(model, ['prompts']) // [the Nextcloud server]
 */
export function customerPartsUnsaid(model: Model, classes: readonly string[]): ComponentData[] {
  // Disjoint from the parts that keep it (`keepsClass` needs `keepsData`): no output filters one list by the other.
  return model.map.components.filter(
    (component) =>
      runByCustomer(component, model.map.subprocessors) &&
      !SERVING_KINDS.has(component.kind) &&
      !keepsData(component) &&
      classes.some((id) => component.dataClasses.includes(id) && keptAt(component, id) === undefined),
  );
}

/**
 * The two clauses every output says `customerPartsUnsaid` with, each joined by its own punctuation: who handles them,
 * and that whether they keep them is not stated. The answers and the trust center's claim say the same words.
 * @example unsaidPartsClauses([server]) // ['Nextcloud server, which each customer also runs, handles them too', 'whether it keeps them is not stated']
 */
export function unsaidPartsClauses(parts: readonly ComponentData[]): [string, string] {
  const one = parts.length === 1;
  return [
    `${joinList(parts.map(componentLabel))}, which each customer also runs, ${one ? 'handles' : 'handle'} them too`,
    `whether ${one ? 'it keeps' : 'they keep'} them is not stated`,
  ];
}

/** Said of a class made from prompts that keeps none of their words: counts, metrics, "without payloads". */
const CARRIES_NO_CONTENT =
  /\b(?:no|not|without|never)\b[^.;]{0,30}\b(?:prompts?|content|payloads?|text|bodies)\b|\b(?:counts?|metrics|token usage|statistics)\b/i;

/**
 * The classes that are prompts and model outputs to a buyer: those of the prompt categories, and customer content
 * named as prompts, completions, model inputs or outputs, chats, conversations or transcripts (lmnr's traces, "LLM
 * inputs/outputs"; tiledesk-server's conversations), and classes derived from prompts or outputs that are not vectors
 * or training sets and do not say they carry none of their words (logs and traces of them). "Prompt" only in the name: a description saying what goes into
 * prompts is of content that is not one (pandas-ai's datasets, "the prompt carries each table's schema"). The one
 * reading the prompt-retention answer, the trust center's retention tables and the retention check share
 * (mattermost-ai: call transcripts were among where prompts are kept in the answers, not on the site or in `check`).
 * @example promptClasses(model).map((dataClass) => dataClass.id) // ['prompts', 'outputs', 'chat-history']
 */
export function promptClasses(model: Model): DataClassData[] {
  const direct = new Set(
    model.map.dataClasses.filter((dataClass) => PROMPT_CATEGORIES.has(dataClass.category)).map((d) => d.id),
  );
  return model.map.dataClasses.filter(
    (dataClass) =>
      PROMPT_CATEGORIES.has(dataClass.category) ||
      // Made from prompts or outputs, and no vectors, training set nor what says it carries none of them: a copy of them, kept under
      // its own name (cognita's backend logs "include full prompts with retrieved context", 30 days, and letta's raw LLM
      // traces, kept indefinitely, beside "User questions: not kept" in five answers and on the trust center).
      ((dataClass.derivedFrom ?? []).some((parent) => direct.has(parent)) &&
        // Vectors are no copy of the words; a training set of them is said by the training answers.
        dataClass.category !== 'embeddings' &&
        dataClass.category !== 'training-data' &&
        !CARRIES_NO_CONTENT.test(`${dataClass.name} ${dataClass.description ?? ''}`)) ||
      // Customer content only: not the vectors made from them (latitude-llm's "Embeddings of trace conversation
      // chunks"), nor usage events that say they carry no prompt (cline's telemetry).
      (dataClass.category === 'customer-content' &&
        (/\bprompts?\b/i.test(dataClass.name) ||
          /\b(?:completions?|(?:llm|model) (?:inputs?|outputs?|calls?)|chat (?:history|messages?|transcripts?|logs?)|conversations?|transcripts?)\b/i.test(
            `${dataClass.name} ${dataClass.description ?? ''}`,
          ))),
  );
}

/**
 * The parts of ours that list a class as held and say nothing of how long they keep it (no `retention` for it): not
 * proof that they keep nothing, so "we keep none" is not said over them (Kiln: "We keep none of them" of prompts its
 * own hosted assistant service holds, with no retention on record). Stores are said by `retentionPlaces` already.
 * @example heldByUsUnsaid(model, 'assistant-chats') // [the hosted service]
 */
export function heldByUsUnsaid(model: Model, dataClass: string): ComponentData[] {
  return model.map.components.filter(
    (component) =>
      !runByCustomer(component, model.map.subprocessors) &&
      component.dataClasses.includes(dataClass) &&
      keptAt(component, dataClass) === undefined,
  );
}

/**
 * The classes that keep a copy of a class's words for a time (`derivedFrom` it, no vectors or training set, not
 * saying it carries none of its words, with a `retention` other than zero): the prompt-retention answer and the trust
 * center's retention tables say a class is kept within them, not gone after the request (SWE-agent: each run's prompts
 * and outputs saved in its run records until deleted, while "Model prompts: not kept after the request" went out).
 * @example keptWithin(model, 'prompts').map((dataClass) => dataClass.id) // ['run-records']
 */
export function keptWithin(model: Model, id: string): DataClassData[] {
  return model.map.dataClasses.filter(
    (other) =>
      other.id !== id &&
      (other.derivedFrom ?? []).includes(id) &&
      other.category !== 'embeddings' &&
      other.category !== 'training-data' &&
      !CARRIES_NO_CONTENT.test(`${other.name} ${other.description ?? ''}`) &&
      other.retention !== undefined &&
      other.retention !== 'zero',
  );
}

/** The customer content sent to a model with the prompts (passages, files): ids. */
export function sentWithPrompts(model: Model, prompts: ReadonlySet<string>): Set<string> {
  return new Set(
    model.map.flows
      .filter((flow) => flow.purpose === 'inference' && flow.dataClasses.some((id) => prompts.has(id)))
      .flatMap((flow) => flow.dataClasses)
      .filter((id) => !prompts.has(id) && model.index.dataClasses.get(id)?.category === 'customer-content'),
  );
}
