/**
 * The map's vocabulary and the groupings every stage reasons with. Defined once, so that a check, a diagram, a
 * trust-center claim, a questionnaire answer and the system description all mean the same thing by
 * "customer data", "a prompt", "a training sink" or "a retrieval store". The map's schema takes its enums from
 * here; sets are typed by their enum, so a misspelt member does not compile.
 */

export const COMPONENT_KINDS = [
  'service',
  'api',
  'datastore',
  'object-store',
  'cache',
  'queue',
  'log-sink',
  'vector-store',
  'embedding-index',
  'inference-endpoint',
  'model',
  'hosted-model-layer',
  'gpu-cluster',
  'training-pipeline',
  'fine-tuning-job',
  'evaluation-pipeline',
] as const;

/**
 * Who runs a component: we do (`self-hosted`, or `cloud-managed` in our cloud account), a vendor does, or the customer
 * does (`customer-hosted`: a model server or data source the customer runs and points our service at, or a part on each
 * user's own device, such as a browser's IndexedDB (bolt.new's chat history); Onyx's and
 * AnythingLLM's Ollama or LM Studio endpoint).
 */
export const HOSTINGS = ['self-hosted', 'cloud-managed', 'vendor', 'customer-hosted'] as const;

/**
 * Whether a component is the customer's: one the customer runs (`hosting: customer-hosted`), or one a vendor runs under
 * each customer's own account (its `subprocessor` has `account: customer`). Theirs to secure, separate, keep and
 * delete, so our checks of those do not judge it, and it is outside the system described (quivr: a customer's Tika
 * server was "how Apache Tika server separates customers' data is not yet documented"; vector-admin: each
 * organisation's own Pinecone index was inside our boundary and asked our tenancy).
 * @example runByCustomer({ hosting: 'customer-hosted' }, []) // true
 */
export function runByCustomer(
  component: { hosting?: string; subprocessor?: string },
  subprocessors: readonly { id: string; account?: string }[],
): boolean {
  if (component.hosting === 'customer-hosted') return true;
  const vendor = component.subprocessor
    ? subprocessors.find((entry) => entry.id === component.subprocessor)
    : undefined;
  return vendor !== undefined && underCustomersAccount(vendor);
}

export const TENANCY_MODELS = [
  'shared',
  'application-filter',
  'namespace-per-tenant',
  'row-level-security',
  'index-per-tenant',
  'database-per-tenant',
  'single-tenant',
] as const;

export const DATA_CATEGORIES = [
  'customer-content',
  'prompts',
  'model-outputs',
  'embeddings',
  'training-data',
  'telemetry',
  'credentials',
  'personal-data',
  'internal',
] as const;

export const SENSITIVITIES = ['public', 'internal', 'confidential', 'restricted'] as const;

export const FLOW_PURPOSES = [
  'inference',
  'retrieval',
  'embedding',
  'ingestion',
  'training',
  'fine-tuning',
  'evaluation',
  'analytics',
  'support',
  'backup',
  'deletion',
  'logging',
  'storage',
  /**
   * Code a model wrote (or a tool's code), run in a sandbox: E2B, Daytona, Modal's sandboxes. Not a model run, so its
   * receiver is no model provider (letta's Modal tool sandbox and E2B were counted among 24 model providers).
   */
  'code-execution',
] as const;

export type ComponentKind = (typeof COMPONENT_KINDS)[number];
export type TenancyModel = (typeof TENANCY_MODELS)[number];
export type DataCategory = (typeof DATA_CATEGORIES)[number];
export type FlowPurpose = (typeof FLOW_PURPOSES)[number];

/** Flow purposes that only put data where it is kept for us (a store a vendor runs, a backup), nothing more. */
export const HOSTING_PURPOSES: ReadonlySet<string> = new Set<FlowPurpose>(['storage', 'backup']);

/** A set typed by its enum that still answers `has()` for any string read from a user's map. */
export interface VocabularySet<T extends string> extends ReadonlySet<T> {
  has(value: T | (string & {})): boolean;
}
const setOf = <T extends string>(...members: T[]): VocabularySet<T> =>
  new Set<T>(members) as VocabularySet<T>;

/**
 * How the product's users sign in (`components[].userAuthentication.methods`): `social` is a public account (Google,
 * GitHub), `oidc`, `saml` and `ldap` the customer's own identity provider (single sign-on), `api-key` a key issued to
 * a program, `email-code` a one-time code sent by email and typed in (midday, agenta; not a link), `delegated` a token the application in front of it issues after its own sign-in (LibreChat's RAG API
 * trusts LibreChat's), `none` no sign-in at all (anyone who reaches it may use it).
 */
export const SIGN_IN_METHODS = [
  'none',
  'password',
  'magic-link',
  'email-code',
  'passkey',
  'social',
  'oidc',
  'saml',
  'ldap',
  'api-key',
  'delegated',
] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];
/** Sign-in methods that let a customer's users sign in with the customer's own identity provider. */
export const SSO_METHODS = setOf<SignInMethod>('oidc', 'saml', 'ldap');
/** Ways a program, or the application in front, signs in: no person signs in there, and no identity service does it. */
export const PROGRAM_METHODS = setOf<SignInMethod>('api-key', 'delegated');
/** Whether the product asks its users for a second factor: always, when a user or admin turns it on, or never. */
export const USER_MFA = ['required', 'optional', 'not-offered'] as const;

/**
 * Whose account with a vendor our service sends data under (`subprocessors[].account`): `ours` (the default: our
 * contract and terms with the vendor apply), `customer` (only with each customer's own API key or account: the
 * customer's own terms with the vendor apply, not ours, as with "bring your own key"), `ours-or-customer` (ours
 * unless a customer brings its own key).
 */
export const VENDOR_ACCOUNTS = ['ours', 'customer', 'ours-or-customer', 'none'] as const;
export type VendorAccount = (typeof VENDOR_ACCOUNTS)[number];

/**
 * Whether a vendor is reached only under each customer's own account with it (`account: customer`, bring your own
 * key): it keeps and uses what it receives on the customer's terms, so our checks of its terms, retention and
 * deletion do not judge it, as `runByCustomer` for a component the customer runs.
 * @example underCustomersAccount({ account: 'customer' }) // true
 */
export function underCustomersAccount(vendor: { account?: string }): boolean {
  return vendor.account === 'customer' || vendor.account === 'none';
}

/**
 * Whether each customer's installation reaches a vendor with no account or agreement at all (`account: none`): a
 * public or anonymous service (a shared anonymous key, a keyless endpoint). Not ours, as `underCustomersAccount`, but
 * never said to be reached with the customer's own key either (SillyTavern: AI Horde, its default, "reached only with
 * a customer's own API key" in 40 answers, though it takes every prompt under a shared anonymous key).
 * @example reachedAnonymously({ account: 'none' }) // true
 */
export function reachedAnonymously(vendor: { account?: string }): boolean {
  return vendor.account === 'none';
}

/**
 * Whether a customer may reach a vendor with its own key (`account: customer` or `ours-or-customer`): what is sent
 * under that key goes under the customer's terms, which every output that states terms says.
 * @example bringsOwnKey({ account: 'ours-or-customer' }) // true
 */
export function bringsOwnKey<T extends { account?: string }>(
  vendor: T,
): vendor is T & { account: 'customer' | 'ours-or-customer' } {
  return vendor.account === 'customer' || vendor.account === 'ours-or-customer';
}

/** Data categories that are customer data by themselves (classes derived from them are too). */
export const CUSTOMER_CATEGORIES = setOf<DataCategory>(
  'customer-content',
  'prompts',
  'model-outputs',
  'embeddings',
);

/** Data categories that are what users type to a model or what it answers: prompts and completions. */
export const PROMPT_CATEGORIES = setOf<DataCategory>('prompts', 'model-outputs');

/**
 * Component kinds that train or fine-tune models: training sinks. Not `evaluation-pipeline`: evaluating a model, or a
 * retrieval service, changes no weights (zep: its eval harness, grading answers with Gemini, was a "Training path" in
 * the description, a "training path" in scope and a training sink in lineage, in a repository that trains nothing).
 * What an evaluation passes on to a training job is still traced there, flow by flow.
 */
export const TRAINING_KINDS = setOf<ComponentKind>('training-pipeline', 'fine-tuning-job');

/**
 * Flow purposes that feed a model's training. Not `evaluation`: a model judging outputs (an LLM-as-judge scoring each
 * tenant's traces: latitude-llm's flaggers on Amazon Bedrock) changes no weights, and was put on a "training path"
 * and failed the no-training check.
 */
export const TRAINING_PURPOSES = setOf<FlowPurpose>('training', 'fine-tuning');

/** Flow purposes that mean the receiver runs a model on the data: who does is a model provider. */
export const MODEL_PURPOSES = setOf<FlowPurpose>(
  'inference',
  'embedding',
  'fine-tuning',
  'training',
  'evaluation',
);

/** Flow purposes that are steps of an AI pipeline whatever the endpoints are: a model run, and what feeds or reads it. */
export const AI_PIPELINE_PURPOSES = setOf<FlowPurpose>(
  ...MODEL_PURPOSES,
  'ingestion',
  'retrieval',
  'code-execution',
);

/** Component kinds where data comes to rest. */
export const STORE_KINDS = setOf<ComponentKind>(
  'datastore',
  'object-store',
  'cache',
  'queue',
  'log-sink',
  'vector-store',
  'embedding-index',
);

/** Component kinds that are our own code serving requests: where users sign in, and not a store or a model server. */
export const SERVICE_KINDS = setOf<ComponentKind>('service', 'api');

/** Component kinds that answer similarity searches: where retrieval reads from. */
export const RETRIEVAL_KINDS = setOf<ComponentKind>('vector-store', 'embedding-index');

/** Component kinds whose tenancy must be enforced below the application: retrieval stores and databases. */
export const TENANT_STORE_KINDS = setOf<ComponentKind>('vector-store', 'embedding-index', 'datastore');

/**
 * Component kinds where a data class lives, so the class's own `deletion` is the store's: databases, buckets and
 * retrieval stores, not the logs, caches and queues that also hold copies.
 */
export const PRIMARY_STORE_KINDS = setOf<ComponentKind>(
  'datastore',
  'object-store',
  'vector-store',
  'embedding-index',
);

/** Component kinds that hold or serve a model. */
export const MODEL_KINDS = setOf<ComponentKind>(
  'model',
  'inference-endpoint',
  'hosted-model-layer',
  'fine-tuning-job',
  'training-pipeline',
);

/** Component kinds that serve a model's answers. */
export const SERVING_KINDS = setOf<ComponentKind>('model', 'inference-endpoint', 'hosted-model-layer');

/**
 * Component kinds that handle data in requests and keep it only where their `retention` says: our services and model
 * servers. With no retention on record they are asked whether they keep any, not judged as stores (Typebot's and
 * RAGFlow's applications, skyvern's Ollama: failed for no deletion and no tenancy).
 */
export const REQUEST_KINDS = setOf<ComponentKind>(...SERVICE_KINDS, ...SERVING_KINDS);

/**
 * A part that handles data in requests (`REQUEST_KINDS`) and says nothing of keeping it: what the deletion and isolation
 * checks ask about rather than judge as a store.
 * @example keepingUnsaid({ kind: 'api' }) // true
 */
export function keepingUnsaid(component: { kind: string; retention?: unknown }): boolean {
  return REQUEST_KINDS.has(component.kind) && component.retention === undefined;
}

/** Tenancy models that separate tenants below the application (in the datastore, index or deployment). */
export const DATASTORE_ENFORCED_TENANCY = setOf<TenancyModel>(
  'namespace-per-tenant',
  'row-level-security',
  'index-per-tenant',
  'database-per-tenant',
  'single-tenant',
);

/**
 * How a component's separation of tenants falls short of the isolation policy, if it does: `shared` (none, whatever
 * the policy) or `application` (a retrieval store or database separating them in our queries only, where the policy,
 * by default, asks the datastore to). The one rule of the tenant-isolation check and the system description's
 * requirement (firecrawl: the description had its own, looser rule).
 * @example isolationShortfall('datastore', 'application-filter', 'datastore-enforced') // 'application'
 */
export function isolationShortfall(
  kind: string,
  tenancy: string,
  isolation: string = 'datastore-enforced',
): 'shared' | 'application' | undefined {
  if (tenancy === 'shared') return 'shared';
  if (
    isolation === 'datastore-enforced' &&
    TENANT_STORE_KINDS.has(kind) &&
    !DATASTORE_ENFORCED_TENANCY.has(tenancy)
  )
    return 'application';
  return undefined;
}

/**
 * Tenancy the store itself checks on every read (a row-level policy). An index, namespace or database per tenant keeps
 * customers' data apart in the store, but which one a request reads is the application's choice.
 */
export const STORE_CHECKED_TENANCY = setOf<TenancyModel>('row-level-security');

/** Discovery categories of vendor-hosted services that receive prompts or content when the catalog is silent. */
export const AI_SERVICE_CATEGORIES: ReadonlySet<string> = new Set([
  'llm-api',
  'embedding-api',
  'llm-gateway',
]);

/**
 * True when a flow feeds a model's training: its purpose trains, or it ends in a training sink.
 * @example entersTraining({ purpose: 'inference' }, 'fine-tuning-job') // true
 */
export function entersTraining(flow: { purpose: string }, targetKind: string | undefined): boolean {
  return TRAINING_PURPOSES.has(flow.purpose) || (targetKind !== undefined && TRAINING_KINDS.has(targetKind));
}

/**
 * Whether a person stands behind a map entry. Entries written by hand are confirmed (the default); entries the
 * starter template or `discover --write` added are `proposed` until someone flips them. No output states a
 * proposed entry as fact.
 */
export const ENTRY_STATUSES = ['confirmed', 'proposed'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

/**
 * How text starts that `discover` writes where only a person knows what to put (a found vendor's purpose). An entry
 * still holding it is not confirmed, whatever its `status` says: deleting the `status: proposed` line without
 * filling it in would otherwise put "describe what it is used for" in front of a buyer.
 */
export const PLACEHOLDER_MARK = 'Proposed by trustmap discover:';

/**
 * Whether one of an entry's own text fields is still a placeholder `discover` wrote (`PLACEHOLDER_MARK`).
 * @example holdsPlaceholder({ purpose: 'Proposed by trustmap discover: describe what it is used for' }) // true
 */
export function holdsPlaceholder(entry: object): boolean {
  const mark = PLACEHOLDER_MARK.toLowerCase();
  const marked = (value: unknown) =>
    typeof value === 'string' && value.trimStart().toLowerCase().startsWith(mark);
  // One level down too: the starter's `deletion: { mechanism: … }` is a placeholder a person must write.
  return Object.values(entry).some(
    (value) =>
      marked(value) ||
      (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.values(value).some(marked)),
  );
}

/**
 * True unless the entry is marked `status: proposed` or still holds a placeholder `discover` wrote.
 * @example isConfirmed({ status: 'proposed' }) // false
 */
export function isConfirmed(entry: object | undefined): boolean {
  if (!entry) return true;
  return (entry as { status?: unknown }).status !== 'proposed' && !holdsPlaceholder(entry);
}

/**
 * Whether a data class is a log kept for security and operations (an audit log, an operation log, server logs):
 * telemetry named as a log, not metrics, traces or usage events. Where its store keeps it says how long logs are kept
 * (MaxKB's operation log in PostgreSQL, kept forever, beside server log files kept 7 days).
 * @example isLogClass({ id: 'audit-logs', name: 'Operation log', category: 'telemetry' }) // true
 */
export function isLogClass(dataClass: { id: string; name: string; category: string }): boolean {
  return (
    // Telemetry, or our own records (`internal`): Langfuse's audit log of changes, written as internal, had its store
    // answered "log retention: not yet on record".
    (dataClass.category === 'telemetry' || dataClass.category === 'internal') &&
    /\blogs?\b|audit|logging/i.test(`${dataClass.id} ${dataClass.name}`)
  );
}
