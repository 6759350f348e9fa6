import { type StoreVerification, storeVerification } from '../controls/storeVerification.js';
import type { CheckResult, SourceRef } from '../controls/types.js';
import { declaringComponents, isDeclared } from '../core/declared.js';
import {
  entersTraining,
  isConfirmed,
  reachedAnonymously,
  runByCustomer,
  underCustomersAccount,
} from '../core/vocabulary.js';
import { withAside } from '../core/words.js';
import { customersOwnSource } from '../discover/index.js';
import type { Finding } from '../discover/types.js';
import type { ComponentData, DataClassData } from '../map/index.js';
import {
  deletesNothing,
  durationDays,
  keepsClass,
  keepsData,
  keptAt,
  longestRetention,
} from '../map/index.js';
import {
  componentLabel,
  customerDataClasses,
  customerPartsKeeping,
  holders,
  keepsOwnCopy,
  keptWithin,
  type Model,
  mapRef as mapSource,
  onlyWhen,
  promptClasses,
  type RetentionPlace,
  retentionPlaces,
  tenantScopedClasses,
  usedFindings,
  vendorLabel,
} from '../model/index.js';
import type { StoredProbeResult } from '../probes/types.js';

export { mapRef as mapSource } from '../model/index.js';

export interface TrainingPractice {
  /** The tenancy policy, when the map states one. */
  trainingDefault?: 'opt-in' | 'opt-out';
  promisedNoTraining: boolean;
  /** Training data classes built only from tenants that opted in. */
  optInDatasets: DataClassData[];
  sources: SourceRef[];
}

export type { StoreVerification };

export interface IsolationPractice {
  /** The map's component; absent for a store found in the code only. */
  component?: ComponentData;
  /** The discovery finding, for a store the map does not describe. */
  finding?: Finding;
  /** The name pages may show (internal components are described, not named). */
  name: string;
  /** The latest probe of this component, if any. */
  probe?: StoredProbeResult;
  verification: StoreVerification;
  /** Where its check fails, why, in the check's own words for buyers (`plain`). */
  failure?: string;
}

export interface RetentionPractice {
  dataClass: DataClassData;
  /** The policy: how long this class may be kept, as the map writes it; undefined where it says nothing. */
  retention?: string;
  /** Every place of ours the class lands, with what that place keeps in practice. */
  places: RetentionPlace[];
  /** The customer's own parts that also keep it, for as long as the customer keeps them: names as published. */
  customerParts: string[];
  /** The classes of ours that keep a copy of it for a time (`keptWithin`), with how long. */
  keptWithin: { name: string; retention: string }[];
}

/** When a customer data class is really gone: its own deletion time, and each place that keeps it longer. */
export interface DeletionPractice {
  dataClass: DataClassData;
  /** The longest time any place holding the class takes to delete it (the class's own SLA included). */
  within?: string;
  /** Places that take longer than the promise (`organization.commitments.deletionWithin`). */
  late: (DeletionPlace & { within: string })[];
  /** Parts of ours that keep it and say neither how long nor when they delete it: no "gone within" holds for them. */
  unstated: DeletionPlace[];
  /**
   * Held only in parts each customer runs, reaching no vendor of ours: the customer deletes it (paperless-ai: "not
   * deleted (kept with no limit)" from the log file of each customer's own installation).
   */
  customersOnly: boolean;
  /** The class's own `deletion` removes it (words that say nothing deletes it do not): kept with no limit is until then. */
  deletable: boolean;
}

/** A place a class is deleted from: its time, where it says one, and the condition it is reached under (`onlyWhen`). */
export interface DeletionPlace {
  id: string;
  name: string;
  within?: string;
  condition?: string;
}

/** What the AI data practices page states, gathered from the model and the check run. */
export interface DataPractices {
  training: TrainingPractice;
  retention: RetentionPractice[];
  isolation: IsolationPractice[];
  deletionWithin?: string;
  deletion: DeletionPractice[];
}

function latestProbe(model: Model, componentId: string): StoredProbeResult | undefined {
  return model.probes
    .filter((stored) => stored.result.component === componentId)
    .sort((a, b) => b.result.finishedAt.localeCompare(a.result.finishedAt))[0];
}

/** The buyer's words of a store's failing isolation result, where it has them. */
function failureOf(id: string, results: readonly CheckResult[]): { failure?: string } {
  const failing = results.find(
    (result) =>
      result.checkId === 'tenant-isolation' &&
      result.status === 'fail' &&
      result.subject.kind === 'component' &&
      result.subject.id === id &&
      result.plain,
  );
  return failing?.plain ? { failure: failing.plain } : {};
}

/** Finding categories that are places where data comes to rest. */
const STORE_FINDINGS = new Set(['datastore', 'vector-store']);

/**
 * Gathers the AI data practices from the model and the check run: training stance and opt-in datasets, prompt
 * and output retention (policy next to practice), how each store separates tenants and how far that is proven
 * (stores found in the code but missing from the map included), and when each kind of customer data is gone.
 * @example const practices = dataPractices(model, run.results);
 */
export function dataPractices(model: Model, results: readonly CheckResult[] = []): DataPractices {
  const { map } = model;
  // Opted in to training, not to a feature that sends data for answers (linkwarden: AI tagging, off until a user turns
  // it on, read as "opt in to model improvement").
  const optInFlows = map.flows.filter(
    (flow) =>
      flow.condition?.kind === 'tenant-opt-in' &&
      entersTraining(flow, model.index.components.get(flow.to)?.kind),
  );
  const optInIds = new Set(optInFlows.flatMap((flow) => flow.dataClasses));
  const training: TrainingPractice = {
    trainingDefault: map.tenancy?.trainingDefault,
    promisedNoTraining: map.organization.commitments?.noTrainingOnCustomerData === true,
    optInDatasets: map.dataClasses.filter((entry) => optInIds.has(entry.id)),
    sources: [
      ...(map.tenancy?.trainingDefault ? [mapSource(model, 'tenancy/trainingDefault')] : []),
      ...(map.organization.commitments?.noTrainingOnCustomerData !== undefined
        ? [mapSource(model, 'organization/commitments/noTrainingOnCustomerData')]
        : []),
      ...optInFlows.map((flow) => mapSource(model, `flows/${flow.id}/condition`)),
    ],
  };
  const retention = promptClasses(model).map((entry) => ({
    dataClass: entry,
    ...(entry.retention ? { retention: entry.retention } : {}),
    places: retentionPlaces(model, entry.id, entry.retention),
    // Confirmed parts only: a proposed one is not published as a place that keeps the customer's data.
    customerParts: customerPartsKeeping(model, entry.id).filter(isConfirmed).map(componentLabel),
    // Confirmed copies only, as the customer's parts above.
    keptWithin: keptWithin(model, entry.id)
      .filter(isConfirmed)
      .map((copy) => ({ name: copy.name, retention: copy.retention! })),
  }));
  const tenantScoped = tenantScopedClasses(model);
  const customer = customerDataClasses(model);
  const isolation: IsolationPractice[] = map.components
    // Stateless components hold nothing between requests; isolation is a property of where data rests, and a part
    // that is no store and says no retention keeps nothing we know of (`keepsData`). The customer's own parts hold
    // their own data. A part the map says every customer shares is listed whatever its kind, as the isolation check
    // fails it (Briefer: the Jupyter server every workspace shares, keeping uploads and query results, was not in the
    // table); a stateless API filtering each request is not.
    // One that says it keeps none of it (`retention: zero`) has nothing to separate at rest, shared or not, as the
    // isolation check reads it (chatbot-ollama, superagent: stateless endpoints "do not separate one customer's data",
    // "0 of 2 stores … passed").
    .filter(
      (component) =>
        keepsData(component) ||
        (component.tenancy?.model === 'shared' &&
          component.dataClasses.some((id) => keptAt(component, id) !== 'zero')),
    )
    .filter((component) => !runByCustomer(component, map.subprocessors))
    .filter((component) => component.dataClasses.some((id) => tenantScoped.has(id) || customer.has(id)))
    .map((component) => ({
      component,
      name: componentLabel(component),
      probe: latestProbe(model, component.id),
      verification: storeVerification(component, results),
      ...failureOf(component.id, results),
    }));
  // A store the code uses but the map does not describe may hold tenant data; nothing proves it does not.
  // A component naming it is that store, whoever the map says runs it: not counted twice (linkwarden's file store).
  // Not one the code names only as each customer's own source (Dataherald: MySQL, one of nine databases its connection
  // form lists, published as "Found in our code, under review").
  for (const finding of usedFindings(model))
    if (
      STORE_FINDINGS.has(finding.category) &&
      !isDeclared(map, finding) &&
      declaringComponents(map.components, finding).length === 0 &&
      !customersOwnSource(finding)
    )
      isolation.push({ finding, name: finding.name, verification: 'undeclared' });
  const deletionWithin = map.organization.commitments?.deletionWithin;
  return {
    training,
    retention,
    isolation,
    deletionWithin,
    deletion: map.dataClasses
      .filter((entry) => customer.has(entry.id) || entry.tenantScoped)
      .map((entry) => deletionOf(model, entry, deletionWithin)),
  };
}

/** Components and sub-processors a class reaches: held there, or carried there by a flow. */

/** A place's name for the public page; one still proposed is not named, only said to be under review. */
const publicName = (entry: object, name: string) => (isConfirmed(entry) ? name : 'a place under review');

/**
 * When a class is gone from every place: its own SLA, each component's deletion SLA (or, without one, its
 * retention), and each vendor's retention unless the vendor only hosts our stores (`until-deleted`). The
 * same fields `deletion-coverage` judges, so the page and the check cannot disagree.
 */
function deletionOf(model: Model, dataClass: DataClassData, promise: string | undefined): DeletionPractice {
  const times: (DeletionPlace & { within: string })[] = [];
  if (dataClass.deletion?.sla)
    times.push({ id: dataClass.id, name: dataClass.name, within: dataClass.deletion.sla });
  const { components, vendors } = holders(model, dataClass.id);
  // A vendor reached only under a condition is named with it (ai-town: OpenAI and Together AI, "not stated", used only
  // where configured instead of the model server we run).
  const when = (id: string) => {
    const condition = onlyWhen(model, id, dataClass.id);
    return condition ? { condition } : {};
  };
  // A store of ours keeping it with no time said: the class is not "gone within" the others' longest (sweep: "gone
  // within 29 days" from one TTL, beside a cache and a disk that keep prompts with none).
  const unstated: DeletionPractice['unstated'] = [];
  // What each customer runs, the customer deletes: not "kept with no limit" by us (paperless-ai's log file).
  const ours = components.filter((component) => !runByCustomer(component, model.map.subprocessors));
  const ourVendors = vendors.filter((vendor) => !underCustomersAccount(vendor));
  for (const component of ours) {
    const kept = keptAt(component, dataClass.id);
    if (kept === 'zero') continue;
    // Kept until deleted says how long it is kept, not how long deleting it takes: the class's deletion time covers it,
    // as the deletion check reads it (pdftochat, zep: "gone within: until deleted", and "longer than promised").
    const within = component.deletion?.sla ?? (kept === 'until-deleted' ? undefined : kept);
    if (within) times.push({ id: component.id, name: componentLabel(component), within });
    // The class's own deletion time covers every place that says none of its own.
    else if (!dataClass.deletion?.sla && keepsData(component))
      unstated.push({ id: component.id, name: publicName(component, componentLabel(component)) });
  }
  for (const vendor of ourVendors) {
    const kept = vendor.terms?.retention;
    if (kept && kept !== 'zero' && kept !== 'until-deleted')
      times.push({ id: vendor.id, name: vendorLabel(model, vendor), within: kept, ...when(vendor.id) });
    // A vendor of ours sent it with no retention on record, unless its copy is our stores' own (a host) or the
    // customer's account: no "gone within" either (ai-analyst: "uploaded files, gone within 10 minutes", a sandbox's
    // timeout, beside four model providers the same page lists as "not stated"). The class's own deletion time is ours
    // to keep, not the vendor's, as the deletion check reads it (suna: "gone within 31 days" of tasks an analytics
    // vendor keeps with no time on record).
    else if (keepsOwnCopy(model, vendor))
      // Kept until deleted by a vendor that keeps a copy of its own (`keepsOwnCopy`: threads, messages, an app's
      // conversations), which the class's deletion time, ours to keep, is not known to reach (AstrBot: the
      // conversations Dify keeps, dropped from "gone within 55 days"). A host's copy is our stores': deleted with them.
      unstated.push({
        id: vendor.id,
        name: publicName(vendor, withAside(vendorLabel(model, vendor), 'kept until deleted there')),
        ...when(vendor.id),
      });
    else if (!kept && !model.map.components.some((component) => component.subprocessor === vendor.id))
      unstated.push({
        id: vendor.id,
        name: publicName(vendor, vendorLabel(model, vendor)),
        ...when(vendor.id),
      });
  }
  const within = longestRetention(times.map((time) => time.within));
  const late = promise
    ? times.filter((time) => time.id !== dataClass.id && durationDays(time.within) > durationDays(promise))
    : [];
  // Kept there, not passed through: a class kept nowhere (langtrace's playground prompts, `retention: zero`) is not
  // "kept only in what each customer runs".
  // A service reached with no account keeps it as its public terms say, which no customer deletes on request
  // (BetterChatGPT: ShareGPT's public links and a community proxy, under "kept only in what each customer runs, who
  // deletes it there").
  const anonymous = vendors.filter(reachedAnonymously);
  for (const vendor of anonymous)
    unstated.push({
      id: vendor.id,
      name: publicName(vendor, withAside(vendorLabel(model, vendor), 'reached with no account or agreement')),
      ...when(vendor.id),
    });
  const customersOnly =
    anonymous.length === 0 &&
    ourVendors.length === 0 &&
    ours.length === 0 &&
    components.some(
      (component) => runByCustomer(component, model.map.subprocessors) && keepsClass(component, dataClass.id),
    );
  const mechanism = dataClass.deletion?.mechanism;
  const deletable = mechanism !== undefined && !deletesNothing(mechanism);
  return { dataClass, within, late, unstated, customersOnly, deletable };
}

/**
 * Where a class lands (held by a component, or carried to a component or sub-processor by a flow) and what
 * each of those places keeps, so a page shows practice next to policy rather than the policy alone. Not the
 * customer's own parts and accounts (what they keep is the customer's to set: WrenAI's stores on each user's machine),
 * nor a part that is no store and says no retention (a service a class passes through keeps nothing we know of:
 * cognee's API server was said to keep the session cache "for no fixed limit, longer than the policy").
 */
