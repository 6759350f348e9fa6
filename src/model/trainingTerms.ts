import { PROMPT_CATEGORIES, underCustomersAccount } from '../core/vocabulary.js';
import type { SubprocessorData } from '../map/index.js';
import { customerDataClasses, tenantScopedClasses } from './dataClasses.js';
import { hostsOurSystem } from './hosts.js';
import type { Model } from './model.js';
import { vendorService } from './names.js';

/** What the vendors whose terms bear on "customer data is not used to train models" say about training. */
export interface TrainingTerms {
  /** Every such vendor, under whichever account. */
  all: SubprocessorData[];
  /** Those reached under our account: their terms are ours to state (a customer's own key brings its own terms). */
  ours: SubprocessorData[];
  /** What to call them in a sentence: "our AI providers", "the providers that receive prompts", or both. */
  group: string;
  /** Of `ours`, by name, each company once: those whose terms say they never train on what we send… */
  never: string[];
  /** …that may (`default-on`)… */
  mayTrain: string[];
  /** …that train only if we opt in… */
  optIn: string[];
  /** …and those whose terms nobody recorded. */
  unknown: string[];
}

/**
 * The vendors a no-training promise depends on, and what their terms say: every AI service that may see customer data,
 * and every other service prompts or answers reach that hosts nothing of ours and is not marked `ai: false` (agenta: a
 * code sandbox and a tool broker sent prompts under our account may train on them as well as a model API). The one
 * reading the trust center's no-training claim and the questionnaire's training answers share (h2ogpt: the page named 9
 * providers without training terms and the answers 13).
 * @example trainingTerms(model).unknown // ['Anthropic', 'Tavily']
 */
export function trainingTerms(model: Model): TrainingTerms {
  const customer = customerDataClasses(model);
  const tenantScoped = tenantScopedClasses(model);
  const prompts = new Set(
    model.map.dataClasses
      .filter((dataClass) => PROMPT_CATEGORIES.has(dataClass.category))
      .map((dataClass) => dataClass.id),
  );
  const received = (subprocessor: SubprocessorData) =>
    new Set([
      ...subprocessor.dataClasses,
      ...(model.index.incoming.get(subprocessor.id) ?? []).flatMap((flow) => flow.dataClasses),
    ]);
  const reached = (subprocessor: SubprocessorData) =>
    [...received(subprocessor)].some((dataClass) => prompts.has(dataClass));
  // An AI service the map says receives only data that is not the customer's (a model that tags our own public pages)
  // has no say over training on customer data; one the map gives no data at all is still asked, as the map may be short.
  const seesCustomerData = (subprocessor: SubprocessorData) => {
    const classes = [...received(subprocessor)];
    return (
      classes.length === 0 ||
      classes.some((id) => customer.has(id) || tenantScoped.has(id) || prompts.has(id))
    );
  };
  // One the map says is no AI service (`ai: false`) is not asked: Hexabot's map embed, shown a location shared in chat,
  // was named in every training answer. Nor a host: it protects the facilities.
  const all = model.map.subprocessors.filter((subprocessor) =>
    subprocessor.ai
      ? seesCustomerData(subprocessor)
      : subprocessor.ai !== false && reached(subprocessor) && !hostsOurSystem(model, subprocessor),
  );
  // "AI providers" where every one is; "the providers that receive prompts" where prompts reach every one; otherwise
  // both (typebot: an OpenAI account of ours sent only member emails was among "the providers that receive prompts").
  const group = all.every((subprocessor) => subprocessor.ai)
    ? 'our AI providers'
    : all.every(reached)
      ? 'the providers that receive prompts'
      : 'our AI providers and the services that receive prompts';
  const ours = all.filter((subprocessor) => !underCustomersAccount(subprocessor));
  // Each company once, though two of its services are listed (Google's Gemini API and Vertex AI); by its service where
  // the company is also reached with customers' own keys (typebot: "whether OpenAI trains on it is not yet documented"
  // beside "OpenAI … reached only with a customer's own API key").
  const alsoTheirs = new Set(all.filter(underCustomersAccount).map((subprocessor) => subprocessor.vendor));
  const names = (list: readonly SubprocessorData[]) => [
    ...new Set(
      list.map((subprocessor) =>
        alsoTheirs.has(subprocessor.vendor)
          ? vendorService(subprocessor.vendor, subprocessor.service)
          : subprocessor.vendor,
      ),
    ),
  ];
  const by = (stance: string | undefined) =>
    names(ours.filter((subprocessor) => subprocessor.terms?.training === stance));
  return {
    all,
    ours,
    group,
    never: by('never'),
    mayTrain: by('default-on'),
    optIn: by('opt-in'),
    unknown: by(undefined),
  };
}
