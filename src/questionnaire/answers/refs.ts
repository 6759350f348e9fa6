import type { CheckResult } from '../../controls/types.js';
import { RETRIEVAL_KINDS, runByCustomer, STORE_CHECKED_TENANCY, STORE_KINDS } from '../../core/vocabulary.js';
import { joinList, tenancyInWords } from '../../core/words.js';

export { CODE_REFERENCES, withoutCodeReferences } from '../../core/codeReferences.js';

export { joinList };

import type { ComponentData, DataClassData, EVIDENCE_KINDS } from '../../map/index.js';

/** What a piece of evidence is. */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

import {
  byDefault,
  type CustomerRun,
  commitmentStatements,
  componentLabel,
  customerRunPointer,
  durationWords,
  type Model,
  mapRef,
  midSentence,
  opensToOthers,
  productName,
  reviewLabel,
  rlsBypasses,
  rlsBypassPlaces,
  vendorService,
} from '../../model/index.js';
import type { Answer, AnswerSource, YesNo } from './types.js';

export {
  componentLabel,
  durationWords,
  keptFor,
  mapRef,
  midSentence,
  named,
  nameOf,
  onlyUnder,
  onlyWhen,
  reachedThrough,
  reviewLabel,
  STATES_CONDITION,
  underConditions,
  unlessSaid,
  vendorLabel,
  vendorService,
} from '../../model/index.js';

/**
 * An evidence entry: its file when the file is known to exist, its URL, or else the map entry that names it,
 * so an answer never cites a file nobody can open.
 */
export function evidenceRef(model: Model, id: string): AnswerSource {
  const entry = model.index.evidence.get(id);
  if (entry?.path && model.evidenceFiles[id]?.exists) return { kind: 'evidence', id, path: entry.path };
  if (entry?.url) return { kind: 'evidence', id, url: entry.url };
  return mapRef(model, `evidence/${id}`);
}

/**
 * Whether the map says how a data class kept `until-deleted` is deleted: by the class's own `deletion`, or a
 * `deletion` on a component that holds it. Without either, "until deleted" would promise a step
 * nobody can take.
 */
export function deletionPathOf(model: Model, dataClass: Pick<DataClassData, 'id' | 'deletion'>): boolean {
  return (
    dataClass.deletion !== undefined ||
    model.map.components.some(
      (component) => component.deletion && component.dataClasses.includes(dataClass.id),
    )
  );
}

/**
 * A data class's retention policy as a buyer reads it, saying when removal is a manual step (`deletion.automated:
 * false`), so "30 days" is not read as an automatic expiry, and when data kept until deleted has no way to be
 * deleted on record (`deletable: false`).
 * @example retentionOf({ name: 'Request logs', retention: '30d', deletion: { mechanism: 'prune job', automated: false } }) // 'Request logs: 30 days (removed by a manual step)'
 */
export function retentionOf(
  dataClass: Pick<DataClassData, 'name' | 'retention' | 'deletion' | 'retentionConfigurable'>,
  deletable = true,
): string {
  if (dataClass.retention === 'until-deleted' && !deletable)
    return `${dataClass.name}: kept with no set limit (no way to delete it is on record yet)`;
  // Only a period has an expiry to qualify: "until deleted" is already a person's step.
  const period = /^\d/.test(dataClass.retention ?? '');
  const manual = period && dataClass.deletion?.automated === false ? ' (removed by a manual step)' : '';
  return `${dataClass.name}: ${byDefault(dataClass, durationWords(dataClass.retention ?? 'indefinite'))}${manual}`;
}

/**
 * The classes kept `until-deleted` with no way to delete them on record (`deletionPathOf`): said as no limit, and
 * held for review.
 */
export function undeletable<T extends Pick<DataClassData, 'id' | 'retention' | 'deletion'>>(
  model: Model,
  classes: readonly T[],
): T[] {
  return classes.filter(
    (dataClass) => dataClass.retention === 'until-deleted' && !deletionPathOf(model, dataClass),
  );
}

/**
 * One promise of the customer contracts in the words every output uses (`commitmentStatements`), drafts of a
 * proposed entry included: the answer is held for review by its pointers.
 * @example promiseOf(model, 'breachNotificationWithin')?.text // 'We commit to notify affected customers … within 72 hours of confirming it.'
 */
export function promiseOf(model: Model, key: string) {
  return commitmentStatements(model, 'we', true).find((entry) => entry.key === key);
}

/** The model's clock as a calendar date. */
export function isoDate(model: Model): string {
  return model.now.toISOString().slice(0, 10);
}

/** Whether an evidence entry has expired by the model's clock. */
export function expired(model: Model, id: string): boolean {
  const expires = model.index.evidence.get(id)?.expires;
  return expires !== undefined && expires < isoDate(model);
}

/**
 * Evidence entries of these kinds (`kind:` in the map). Titles are never read: an incident postmortem named
 * "Incident 2025-03" is not an incident response plan.
 */
export function evidenceOfKind(model: Model, kinds: readonly EvidenceKind[]) {
  return model.map.evidence.filter((entry) => entry.kind !== undefined && kinds.includes(entry.kind));
}

/**
 * Evidence without a `kind` whose title looks like one of these documents: named to the reviewer, so the map
 * can say what it is, and never used as proof.
 */
export function untypedLookalikes(model: Model, pattern: RegExp) {
  return model.map.evidence.filter(
    (entry) => entry.kind === undefined && pattern.test(`${entry.id} ${entry.title}`),
  );
}

/**
 * Entries that would repeat the same words said once, with their names joined: 54 optional model providers with
 * one purpose make one line, not 54 ("OpenAI API, Anthropic API and … : optional, …").
 * @example sayOnce([{ name: 'A', words: 'x' }, { name: 'B', words: 'x' }]) // ['A and B: x']
 */
export function sayOnce(entries: readonly { name: string; words: string }[]): string[] {
  const byWords = new Map<string, string[]>();
  for (const { name, words } of entries) {
    const names = byWords.get(words) ?? [];
    if (!names.includes(name)) names.push(name);
    byWords.set(words, names);
  }
  return [...byWords].map(([words, names]) => `${joinList(names)}: ${words}`);
}

/** The map's `controls:` entries whose id or notes match. */
export function findControls(model: Model, pattern: RegExp) {
  return model.map.controls.filter((entry) => pattern.test(`${entry.id} ${entry.notes ?? ''}`));
}

/** The promised recovery point and time objectives (RPO, RTO), in words, when the map has them. */
export function recoveryObjectives(model: Model): { text: string; sources: AnswerSource[] } | undefined {
  const commitments = model.map.organization.commitments;
  const rpo = commitments?.recoveryPointObjective;
  const rto = commitments?.recoveryTimeObjective;
  if (!rpo && !rto) return undefined;
  const parts = [
    rpo ? `a recovery point objective (RPO) of ${durationWords(rpo)}` : '',
    rto ? `a recovery time objective (RTO) of ${durationWords(rto)}` : '',
  ].filter(Boolean);
  return {
    text: `We plan for ${parts.join(' and ')}.`,
    sources: [
      ...(rpo ? [mapRef(model, 'organization/commitments/recoveryPointObjective')] : []),
      ...(rto ? [mapRef(model, 'organization/commitments/recoveryTimeObjective')] : []),
    ],
  };
}

/**
 * The answer with one more reason for a person to look, and the verdict left standing (none unless given): the one
 * way an answer is held for review, so the reasons read alike and none is dropped.
 * @example holdForReview(answer, 'the DPA has expired') // { ...answer, yesNo: undefined, review: '…; the DPA has expired' }
 */
export function holdForReview(answer: Answer, reason: string, yesNo?: YesNo): Answer {
  return { ...answer, yesNo, review: answer.review ? `${answer.review}; ${reason}` : reason };
}

/**
 * Which stores a live cross-customer query has tested, in a buyer's words ("Not yet tested live" read as probe jargon,
 * cognita). Empty when none was. Stores no probe tested are not said to the buyer as untested: a probe on record is
 * one proof of several (Onyx tests cross-tenant search in its own integration suite, and "We have not yet tested
 * this separation" was false there); the answer's review names them instead.
 * @example liveTested(['Vector store']) // ' A live cross-customer query has tested the separation on Vector store.'
 */
export function liveTested(live: readonly string[]): string {
  return live.length > 0
    ? ` A live cross-customer query has tested the separation on ${joinList(live)}.`
    : '';
}

/**
 * The map's sub-processors and components that name a service discovery knows but did not find in the code (the
 * drift check's "declared, no trace" results), by name: a claim that the inventory is checked against the code is
 * not made for them.
 * @example notFoundInCode(model, results) // ['Google Cloud Vertex AI']
 */
export function notFoundInCode(model: Model, results: readonly CheckResult[]): string[] {
  const names = results.flatMap((result): string[] => {
    if (result.checkId !== 'discovery-drift' || result.status !== 'needs-evidence') return [];
    return result.sources.flatMap((source) => {
      if (source.kind !== 'map') return [];
      const [section, id] = source.pointer.split('/');
      const vendor = section === 'subprocessors' && id ? model.index.subprocessors.get(id) : undefined;
      if (vendor) return [vendorService(vendor.vendor, vendor.service)];
      const component = section === 'components' && id ? model.index.components.get(id) : undefined;
      return component ? [reviewLabel(component)] : [];
    });
  });
  return [...new Set(names)];
}

/**
 * What a reviewer must hear where stores keep customers apart by a key our application chooses (a filter, or a
 * namespace, index or database per customer): whether that key is the signed-in customer's, and what the map says of
 * the services that bind a request to its customer. R2R's and PrivateGPT's maps said of their API that requests
 * without credentials run as the superuser, or that the tenant key is a request parameter; the isolation and
 * segregation answers quoted only the stores, "separate namespace per customer", and asked only for a probe.
 * @example reviewsOfBinding(model, stores) // ['Documents index: …confirm the key is the signed-in customer's…', …]
 */
export function reviewsOfBinding(model: Model, stores: readonly ComponentData[]): string[] {
  const byApplication = (store: ComponentData) =>
    store.tenancy !== undefined &&
    !STORE_CHECKED_TENANCY.has(store.tenancy.model) &&
    store.tenancy.model !== 'shared' &&
    store.tenancy.model !== 'single-tenant';
  const filtered = stores.filter((store) => store.tenancy?.model === 'application-filter');
  const chosen = stores.filter(
    (store) => byApplication(store) && store.tenancy!.model !== 'application-filter',
  );
  const relies = stores.some(byApplication);
  const services = model.map.components.filter(
    (component) =>
      component.tenancy && !STORE_KINDS.has(component.kind) && !RETRIEVAL_KINDS.has(component.kind),
  );
  // "Serves a single customer" is only as true as the deployment: Autoflow's store, declared single-tenant, is shared
  // by every user of one installation, anonymous ones included.
  const single = stores.filter((store) => store.tenancy?.model === 'single-tenant');
  return [
    ...(single.length > 0
      ? [
          `${joinList(single.map(reviewLabel))}: single-tenant; confirm each customer has ${single.length === 1 ? 'its own' : 'their own'} (a deployment or store per customer), not one that every user of an installation shares`,
        ]
      : []),
    ...(filtered.length > 0
      ? [
          `${joinList(filtered.map(reviewLabel))}: separated by an application filter only; confirm the filter is bound to the signed-in customer on every path before saying another customer's data cannot be reached`,
        ]
      : []),
    ...(chosen.length > 0
      ? [
          `${joinList(chosen.map(reviewLabel))}: our application chooses which customer's ${chosen.length === 1 ? 'part' : 'parts'} a request reads; confirm the key comes from the signed-in customer on every path, not from the request`,
        ]
      : []),
    ...(relies && services.length > 0
      ? [
          `what the map says of how ${joinList(services.map(reviewLabel))} ${services.length === 1 ? 'binds' : 'bind'} a request to its customer: ${services.map((service) => `${reviewLabel(service)}: ${tenancyInWords(service.tenancy!.model)}${service.tenancy!.mechanism ? ` (${service.tenancy!.mechanism.replace(/\.$/, '')})` : ''}`).join('; ')}; make sure the answer holds with it`,
        ]
      : []),
  ];
}

/**
 * The stores among `stores` declared `row-level-security` while the code also connects with a key it does not apply
 * to (`rlsBypasses`): none where no such key was found.
 */
export function bypassedStores(model: Model, stores: readonly ComponentData[]): ComponentData[] {
  return rlsBypasses(model).length > 0
    ? stores.filter((store) => store.tenancy?.model === 'row-level-security')
    : [];
}

/**
 * Stores declared `row-level-security` where the code also connects with a key it does not apply to (`rlsBypasses`):
 * what the reviewer must settle before the separation is stated (Chatbot UI's retrieval route).
 */
export function reviewsOfBypass(model: Model, stores: readonly ComponentData[]): string[] {
  const bypassed = bypassedStores(model, stores);
  return bypassed.length > 0
    ? [
        `${joinList(bypassed.map(reviewLabel))}: the code connects with a key that bypasses row-level security (${rlsBypassPlaces(model)}); say how those queries are limited to the signed-in customer before saying another customer's data cannot be reached`,
      ]
    : [];
}

/**
 * How an answer opens where customers' data is only in what each customer runs (`dataAtCustomers`): "<product> runs
 * in each customer's own environment" where every part is theirs; where we also run parts holding none of it (a web
 * app's files we serve), the data is placed in their parts by name and ours are said to hold none (`aside`, a
 * sentence or ''). `sources` cite where the map says each part is theirs.
 * @example customerRunWords(model, run).runs // "Customers' data stays in what each customer runs (Browser local storage)"
 */
export function customerRunWords(
  model: Model,
  run: CustomerRun,
): { runs: string; aside: string; sources: AnswerSource[] } {
  const sources = customerRunSources(model, run);
  if (run.serving.length === 0)
    return {
      runs: `${productName(model.map.organization)} runs in each customer's own environment`,
      aside: '',
      sources,
    };
  return {
    runs: `Customers' data stays in what each customer runs (${joinList(run.keeping.map(componentLabel))})`,
    aside: ` What we run (${joinList(run.serving.map(componentLabel))}) holds none of it.`,
    sources,
  };
}

/**
 * What a statement that customers' data is only in what each customer runs rests on: where the map says each part is
 * theirs, and each part of ours said to hold none of it, so a part nobody confirmed holds the answer back.
 */
export function customerRunSources(model: Model, run: CustomerRun): AnswerSource[] {
  return [
    ...run.parts.map((component) => mapRef(model, customerRunPointer(component))),
    ...run.serving.map((component) => mapRef(model, `components/${component.id}`)),
  ];
}

/**
 * The parts whose tenancy words open some data beyond its owner (`opensToOthers`: a public assistant's files, a share
 * link), which hold a separation verdict for a person: ours, and those of `said` (the parts the answer's lines already
 * give with their words); each not in `said` in its words (`line`), the reviewer's reason, and the sources of those
 * `line` gives. Read by the segregation and retrieval-isolation answers alike (opengpts, AgentGPT).
 */
export function openedBeyondOwner(
  model: Model,
  said: ReadonlySet<string>,
): { opened: ComponentData[]; line: string; review?: string; sources: AnswerSource[] } {
  const opened = opensToOthers(model).filter(
    (component) => !runByCustomer(component, model.map.subprocessors) || said.has(component.id),
  );
  const unsaid = opened.filter((component) => !said.has(component.id));
  return {
    opened,
    line: unsaid
      .map(
        (component) => ` ${componentLabel(component)}: ${midSentence(model, component.tenancy!.mechanism!)}.`,
      )
      .join(''),
    ...(opened.length > 0
      ? {
          review: `the tenancy of ${joinList(opened.map(reviewLabel))} opens some data beyond its owner: say who else can reach it before answering Yes or No`,
        }
      : {}),
    sources: unsaid.map((component) => mapRef(model, `components/${component.id}/tenancy`)),
  };
}
