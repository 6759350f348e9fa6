import {
  HOSTING_PURPOSES,
  REQUEST_KINDS,
  runByCustomer,
  SERVICE_KINDS,
  SERVING_KINDS,
  STORE_KINDS,
  underCustomersAccount,
} from '../core/vocabulary.js';
import { joinList } from '../core/words.js';
import { deploysApps, findProvider } from '../discover/catalog/index.js';
import type { ComponentData, SubprocessorData } from '../map/index.js';
import { customersClasses } from './dataClasses.js';
import type { Model } from './model.js';
import { keptFor, vendorLabel } from './names.js';

/**
 * The vendor that keeps a part under each customer's own account (`subprocessor` naming one with `account: customer`
 * or `none`), where the part is not one the customer runs itself: who runs it, and on whose terms, for every output
 * that says so (ai-pr-reviewer: GitHub's Actions logs said as "run in each customer's own environment").
 * @example customersVendorOf(model, actionsLogs)?.vendor // 'GitHub'
 */
export function customersVendorOf(model: Model, component: ComponentData): SubprocessorData | undefined {
  if (component.hosting === 'customer-hosted' || component.subprocessor === undefined) return undefined;
  const vendor = model.index.subprocessors.get(component.subprocessor);
  return vendor && underCustomersAccount(vendor) ? vendor : undefined;
}

/**
 * What of ours a sub-processor hosts: `'system'` where one of our services or model servers runs on it (`cloud` names
 * its provider, or `subprocessor` names it), or the catalog knows it as a platform apps run on (Vercel, Fly.io, a
 * cloud: everything our users send passes through it); the parts it runs where those are only stores (an S3 bucket, a
 * managed vector index: open-saas's Amazon S3 and morphik-core's turbopuffer were said to protect the facilities
 * "that host the system"); otherwise nothing.
 * @example hostedBy(model, { id: 'aws-s3', provider: 'aws-s3' }) // [the files bucket]
 */
export function hostedBy(
  model: Model,
  vendor: Pick<SubprocessorData, 'id' | 'provider' | 'account'>,
): 'system' | ComponentData[] | undefined {
  // A vendor reached only under each customer's own account runs nothing of ours (WrenAI deploys a user's dashboard
  // to the user's own Vercel project).
  if (underCustomersAccount(vendor)) return undefined;
  const parts = model.map.components.filter(
    (component) =>
      (vendor.provider !== undefined && component.cloud === vendor.provider) ||
      component.subprocessor === vendor.id,
  );
  // The system where it runs every service of ours; where it runs some, those, named (Dataherald: AWS, running its
  // Slack bot and a bucket, was "expected to protect the facilities … that host the system" beside an engine and a
  // console the map hosts elsewhere).
  const services = model.map.components.filter(
    (component) => REQUEST_KINDS.has(component.kind) && !runByCustomer(component, model.map.subprocessors),
  );
  if (parts.some((component) => REQUEST_KINDS.has(component.kind)))
    return services.every((component) => parts.includes(component)) ? 'system' : parts;
  // A platform found by its deployment file, or a cloud whose credentials its services share (AWS, Google Cloud,
  // Azure): not every service that is no AI one (a job queue such as Trigger.dev runs our tasks, not our system).
  const entry = vendor.provider ? findProvider(vendor.provider) : undefined;
  if (
    entry !== undefined &&
    !entry.ai &&
    (deploysApps(entry) || (entry.sharedCredentials === true && entry.category === 'ml-platform'))
  )
    return 'system';
  return parts.length > 0 ? parts : undefined;
}

/**
 * Whether a sub-processor hosts our system or a part of it (`hostedBy`). What a host is asked differs from what a
 * service we send data to is asked: it protects the facilities, and a training question is not for it (typebot:
 * "whether OpenAI and Vercel train on it is not yet documented").
 * @example hostsOurSystem(model, { id: 'vercel', provider: 'vercel', … }) // true
 */
export function hostsOurSystem(
  model: Model,
  vendor: Pick<SubprocessorData, 'id' | 'provider' | 'account'>,
): boolean {
  return hostedBy(model, vendor) !== undefined;
}

/**
 * Where the system runs, as far as the map says: our services and our stores of customer data (a customer's own part
 * is none of ours), those of them with a region on record, and whether every one has one. Only then is a region
 * "where the system and its data are": morphik-core's one region, on an optional vector store a vendor runs, read "The
 * service and its data are hosted in aws-us-west-2" to an EU bank and "The system runs in the region aws-us-west-2" in
 * the system description. Read by the residency answer and the description alike.
 */
export function placement(model: Model): {
  placed: ComponentData[];
  unplaced: ComponentData[];
  whole: boolean;
  /** Our services, and our stores and model servers of customer data: where the data is, placed or not. */
  ours: ComponentData[];
} {
  // The customers' own data, whether or not the map scopes it to one tenant, and the model servers of ours it reaches
  // (farfalle: a Redis keeping questions no tenant owns, and the Ollama answering them, both with no region, were left
  // out of "not yet documented" in an answer to an EU bank).
  const theirs = customersClasses(model);
  const ours = model.map.components.filter(
    (component) =>
      !runByCustomer(component, model.map.subprocessors) &&
      (SERVICE_KINDS.has(component.kind) ||
        ((STORE_KINDS.has(component.kind) ||
          (SERVING_KINDS.has(component.kind) && component.hosting !== 'vendor')) &&
          component.dataClasses.some((id) => theirs.has(id)))),
  );
  const unplaced = ours.filter((component) => !component.region);
  return {
    placed: model.map.components.filter((component) => component.region),
    unplaced,
    whole: ours.length > 0 && unplaced.length === 0,
    ours,
  };
}

/**
 * The parts of the map that are ours: every component but those each customer runs, or a vendor runs under each
 * customer's own account (`runByCustomer`). The system description's boundary, tables and procedures read this one
 * list (zep: the stores each customer runs for its own deployment were in the description's infrastructure table).
 */
export function ourComponents(model: Model): ComponentData[] {
  return model.map.components.filter((component) => !runByCustomer(component, model.map.subprocessors));
}

/**
 * A product each customer runs: every part of the map is the customer's own (`runByCustomer`), with the vendors of
 * ours that still receive customer data (telemetry aside, nothing of the customers' reaches us), and those each
 * customer reaches with its own account. Undefined where any part is ours, or the map names none. The one reading
 * the residency, staff-access and physical-access statements share (pr-agent, openlit: each customer runs them).
 * The vendors of ours that receive only what is no customer's (`usage`) are listed apart.
 * @example runsAtCustomers(model)?.ours // [] where no vendor of ours receives customer data
 */
export function runsAtCustomers(model: Model): CustomerRun | undefined {
  const run = dataAtCustomers(model);
  return run && run.serving.length === 0 ? run : undefined;
}

/** What `runsAtCustomers` and `dataAtCustomers` read: the parts and vendors on each side. */
export interface CustomerRun {
  /** Vendors of ours that receive customers' data. */
  ours: SubprocessorData[];
  /** Vendors each customer reaches under its own account. */
  theirs: SubprocessorData[];
  /** Vendors of ours that receive only what is no customer's (usage events, crash reports). */
  usage: SubprocessorData[];
  /** The parts each customer runs. */
  parts: ComponentData[];
  /** The parts we run, none of which holds or passes on customers' data (a web app's files we serve). */
  serving: ComponentData[];
  /** Where customers' data is kept, to name it: the customer's stores holding it, or else its parts holding it. */
  keeping: ComponentData[];
}

/**
 * Customers' data only in what each customer runs: every part that holds customers' data, or is sent it by a flow, is
 * the customer's own (`runByCustomer`); the parts of ours (`serving`) hold none of it (Hollama: the web app we host on
 * Cloudflare Pages holds nothing, every conversation is in each user's browser, and tenant separation, staff access
 * and retrieval isolation were left blank because one part was ours). Undefined where no part is the customer's, or
 * a part of ours holds or receives customers' data. `runsAtCustomers` is the case with no part of ours at all.
 * @example dataAtCustomers(model)?.serving // [web-app] where the app we host holds no customer data
 */
export function dataAtCustomers(model: Model): CustomerRun | undefined {
  const { components, subprocessors, flows } = model.map;
  // What is the customer's to a buyer asking whether anything leaves its installation: its content, and its people's
  // personal data and secrets, or whatever the map scopes to a tenant (Maxun: its telemetry vendor receiving users'
  // emails beside "no vendor of ours receives it" in eighteen answers).
  const customers = customersClasses(model, { credentials: true });
  const theirs = (id: string) => customers.has(id);
  const parts = components.filter((component) => runByCustomer(component, subprocessors));
  const serving = components.filter((component) => !runByCustomer(component, subprocessors));
  if (parts.length === 0) return undefined;
  const handles = (component: ComponentData) =>
    component.dataClasses.some(theirs) ||
    flows.some(
      (flow) => (flow.from === component.id || flow.to === component.id) && flow.dataClasses.some(theirs),
    );
  if (serving.some(handles)) return undefined;
  const ours = subprocessors.filter((vendor) => !underCustomersAccount(vendor));
  return {
    ours: ours.filter((vendor) => vendor.dataClasses.some(theirs)),
    theirs: subprocessors.filter(underCustomersAccount),
    // Vendors of ours receiving only what is no customer's (usage events, crash reports): what does reach us, said
    // beside "nothing of a customer's" (meeting-minutes: PostHog keeping every installation's usage events a year,
    // beside "nothing of a customer's stays with us" and "no vendor of ours receives it").
    usage: ours.filter((vendor) => vendor.dataClasses.length > 0 && !vendor.dataClasses.some(theirs)),
    parts,
    serving,
    keeping: [
      parts.filter((component) => STORE_KINDS.has(component.kind) && component.dataClasses.some(theirs)),
      parts.filter((component) => component.dataClasses.some(theirs)),
      parts,
    ].find((list) => list.length > 0)!,
  };
}

/**
 * Where the map says a part is the customer's: its `hosting` (`customer-hosted`), or its `subprocessor`, a vendor under
 * the customer's own account. The pointer every statement about a product each customer runs cites.
 * @example customerRunPointer({ id: 'db', hosting: 'customer-hosted' }) // 'components/db/hosting'
 */
export function customerRunPointer(component: Pick<ComponentData, 'id' | 'hosting'>): string {
  return `components/${component.id}/${component.hosting === 'customer-hosted' ? 'hosting' : 'subprocessor'}`;
}

/**
 * Whether a place (a component or a vendor, by id) is the customer's own: a part it runs (`runByCustomer`), or a vendor
 * reached only under its account (`underCustomersAccount`). A path wholly of such places is the customer's, not ours
 * (Kiln: each user's own fine-tune, from the desktop app to its own Fireworks account).
 * @example customersOwnPlace(model, 'fireworks') // true where `account: customer`
 */
export function customersOwnPlace(model: Model, id: string): boolean {
  const component = model.index.components.get(id);
  if (component) return runByCustomer(component, model.map.subprocessors);
  const vendor = model.index.subprocessors.get(id);
  return vendor !== undefined && underCustomersAccount(vendor);
}

/**
 * What of no customer's still reaches a vendor of ours from a product each customer runs, in words: "Product usage
 * events, which PostHog keeps for 1 year". Empty where nothing does.
 * @example usageReachingUs(model, selfRun.usage) // 'Product usage events, which PostHog keeps for 1 year'
 */
export function usageReachingUs(model: Model, vendors: readonly SubprocessorData[]): string {
  return joinList(
    vendors.map((vendor) => {
      const classes = joinList(vendor.dataClasses.map((id) => model.index.dataClasses.get(id)?.name ?? id));
      const kept = vendor.terms?.retention;
      const label = vendorLabel(model, vendor);
      return kept === 'zero'
        ? `${classes}, which ${label} does not keep`
        : kept
          ? `${classes}, which ${label} keeps ${keptFor(kept)}`
          : `${classes}, sent to ${label}`;
    }),
  );
}

/**
 * Whether a vendor kept `until-deleted` keeps a copy of its own, until it is deleted there, rather than our stores on its
 * infrastructure, deleted with them: it hosts none of our parts, and data is sent to it for something other than keeping
 * (a model's answer, a message, a trace). The one reading of the retention table, the deletion check and table, and the
 * description's subservice controls (AstrBot's Dify conversations, chatgpt_telegram_bot's Telegram chats,
 * executive-ai-assistant's sent mail in Gmail: each "as long as our own stores keep it (hosting)" and "deleted on
 * request").
 * @example keepsOwnCopy(model, dify) // true
 */
export function keepsOwnCopy(model: Model, vendor: SubprocessorData): boolean {
  return (
    vendor.terms?.retention === 'until-deleted' &&
    // `hostsOurSystem` already counts the parts that name it as their `subprocessor`.
    !hostsOurSystem(model, vendor) &&
    model.map.flows.some((flow) => flow.to === vendor.id && !HOSTING_PURPOSES.has(flow.purpose))
  );
}
