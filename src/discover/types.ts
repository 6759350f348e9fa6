/**
 * Contract between discovery and everything that consumes it (drift, checks, reports).
 * Extend with new optional fields; do not rename or remove.
 */

/** What kind of signal proved a fact. */
export type SignalKind =
  | 'manifest'
  | 'import'
  | 'env-var'
  | 'api-host'
  | 'model-id'
  | 'terraform'
  | 'compose-image'
  | 'kubernetes'
  | 'sql'
  | 'model-file'
  | 'config'
  /** A call only this provider's API takes (`$vectorSearch`), or an OpenAI-compatible client's base URL. */
  | 'api-call'
  /** A code file in the app's own module or folder for one vendor (`providers/lm_studio/`, `kimi_model_provider/`). */
  | 'adapter'
  /** A platform's deployment file in the tree (`vercel.json`, `wrangler.toml`, `fly.toml`). */
  | 'deploy-file'
  /** A CI workflow step that deploys the app there (`uses: azure/container-apps-deploy-action@v1`). */
  | 'deploy-action';

/**
 * How strong a proof is, from where it sits. Production `code`, `config` (env files, app settings, compose
 * environment), `infrastructure` (Terraform, Kubernetes, Compose images, Dockerfiles, SQL migrations) and a
 * `lockfile-direct` dependency (one the project itself declares) show use; a dependency that only another
 * package pulls in (`lockfile-transitive`), an optional or peer dependency (`lockfile-optional`), and
 * anything in `test`, `example`, `docs` or `translation` paths, or in a `comment`, only mention it.
 * `PROOF_CLASSES` lists them strongest first (the order evidence is sorted in).
 */
export type ProofClass =
  | 'code'
  | 'config'
  | 'infrastructure'
  | 'lockfile-direct'
  | 'lockfile-transitive'
  | 'lockfile-optional'
  | 'test'
  | 'example'
  /** A host named as data, not reached: a quoted domain alone in a list (SurfSense's e-mail domains to skip). */
  | 'data'
  | 'docs'
  | 'translation'
  | 'comment';

/**
 * `used`: some proof is code, config, infrastructure or a direct dependency (a bare model name does not count:
 * `deepseek-r1` in a gateway's model list sends nothing to DeepSeek); `mentioned`: none is.
 */
export type FindingStatus = 'used' | 'mentioned';

/** What the code shows reaching a provider or endpoint (used by `discover --write` to propose flows). */
export type DataSent = 'prompts' | 'outputs' | 'documents' | 'embeddings' | 'files';

/** One line of proof: where, which signal, and the text that matched (trimmed, secrets never included). */
export interface DiscoveryEvidence {
  /** Path relative to the scanned root, with forward slashes. */
  file: string;
  line: number;
  col?: number;
  signal: SignalKind;
  /** The matching text (at most ~200 characters). */
  snippet: string;
  /** A qualifier, e.g. `lockfile: may be a transitive dependency`, `through LangChain (langchain_community…)`. */
  detail?: string;
  /** Where the proof sits and so how much it proves (absent in reports from older versions: treat as `code`). */
  proofClass?: ProofClass;
}

export type ProviderCategory =
  | 'llm-api'
  | 'embedding-api'
  | 'vector-store'
  | 'inference-runtime'
  | 'ml-platform'
  | 'llm-observability'
  | 'llm-gateway'
  /** Product analytics and error tracking (PostHog, Segment, Sentry): usage events, not prompts. */
  | 'product-analytics'
  /** Classic web search and answer APIs (Serper, SerpApi, Brave, DuckDuckGo, SearXNG, Wolfram|Alpha): they receive the query. */
  | 'web-search'
  /** Transactional email and SMS (SendGrid, Mailgun, Resend, Amazon SES, Twilio): they receive recipients and messages. */
  | 'messaging'
  /** Payments and billing (Stripe, Paddle, Lemon Squeezy, Braintree, PayPal): they receive customers and payments. */
  | 'payments'
  /** CRM and customer support (HubSpot, Intercom, Zendesk, Salesforce, Crisp): contacts and support conversations. */
  | 'crm'
  /** Sign-in and user management (Auth0, Clerk, WorkOS, Stytch, Amazon Cognito): who the users are, and how they sign in. */
  | 'identity'
  | 'agent-framework'
  | 'datastore';

/** vendor-hosted: a sub-processor candidate; self-hosted: an internal component. */
export type ProviderHosting = 'vendor-hosted' | 'self-hosted';

export type Confidence = 'high' | 'medium' | 'low';

/**
 * One provider or component found in the code, merged across all its signals. An `endpoint` finding is an
 * unidentified AI endpoint: an OpenAI-compatible client or an outbound call to a host no catalog entry knows;
 * its `provider` is the host and `host` repeats it.
 */
export interface Finding {
  /** Stable id of the finding, equal to the provider id for provider findings (e.g. `openai`). */
  id: string;
  /** Catalog provider id, or the host of an unidentified AI endpoint. */
  provider: string;
  name: string;
  category: ProviderCategory;
  hosting: ProviderHosting;
  confidence: Confidence;
  /** Strongest proof class first, then by file and line. */
  evidence: DiscoveryEvidence[];
  /** Catalog vendor key grouping one company's services (`aws` for `aws-s3`). */
  vendor?: string;
  /** An AI service (model API, embeddings, vector store, LLM observability). */
  ai?: boolean;
  /** For observability and gateway vendors: prompts and completions reach the vendor. */
  receivesPrompts?: boolean;
  /**
   * The services this finding stands for where one of them is found: an SDK of several (Google's Gen AI SDK: Gemini API
   * or Vertex AI), or a cloud account seen only as a service's credential or client (`sharedCredentials`).
   */
  covers?: string[];
  /** Evidence found in all, when more than `evidence` lists (evidence is capped per finding). */
  evidenceCount?: number;
  /** `used` or only `mentioned` (see `ProofClass`); absent in reports from older versions: treat as `used`. */
  status?: FindingStatus;
  /** `endpoint` for an unidentified AI endpoint; absent for a catalog provider. */
  kind?: 'provider' | 'endpoint';
  /** For endpoints: the host (with port when not the default) that receives the data. */
  host?: string;
  /** What the code shows being sent, when it shows it. */
  sends?: DataSent[];
  /**
   * Where the app's own settings make it the default choice (`DEFAULT_LLM_MODEL = os.environ.get(…, "gpt-5-mini")`,
   * `model: config.defaultChatModel || "gpt-3.5-turbo"`), outside the provider's own adapter: among alternatives it
   * is the one used unless an operator configures another (mem0, dialoqbase: OpenAI).
   */
  defaultChoice?: DiscoveryEvidence[];
  /**
   * Where production code calls it with a model named in the call itself (`getModel("gpt-4o", "openai")`,
   * `anthropic("claude-sonnet-4-5")`), in a file that names no other vendor's model so: a fixed task that always runs
   * on it, whatever else the app can be configured with (midday, firecrawl: each feature calls its own provider).
   */
  pinned?: DiscoveryEvidence[];
}

/** A model weights or serialized model file found in the tree (never read). */
export interface ModelFileFact {
  file: string;
  format: string;
  bytes: number;
}

/** A configuration fact that a control needs (e.g. a Responses API call without `store: false`). */
export interface ConfigFact {
  /** Kind of fact, e.g. `openai-store-not-disabled`, `zdr-excluded-feature`, `gemini-developer-api`. */
  kind: string;
  /** Provider the fact concerns, when there is one. */
  provider?: string;
  message: string;
  /** True when the fact comes from a heuristic that can be wrong; the message says so too. */
  heuristic?: boolean;
  evidence: DiscoveryEvidence[];
}

/** One `CREATE POLICY` on a table. */
export interface PolicyFact {
  name: string;
  command?: string;
  using?: string;
  withCheck?: string;
  /** The roles of its `TO` clause, lowercase (`authenticated`, `service_role`); absent: every role (`PUBLIC`). */
  roles?: string[];
  /** Where it is created. */
  evidence?: DiscoveryEvidence;
}

/** What SQL migrations say about one table. */
export interface TableFact {
  table: string;
  vectorColumns: string[];
  vectorIndexes: string[];
  rlsEnabled: boolean;
  rlsForced: boolean;
  policies: PolicyFact[];
  evidence: DiscoveryEvidence[];
  /** Where row-level security is enabled or forced on it. */
  rlsAt?: DiscoveryEvidence[];
  /**
   * Columns of its `CREATE TABLE` that key each row to a user or a tenant: named so (`user_id`, `created_by`,
   * `org_id`, `workspace_uuid`) or referencing a users', organisations' or workspaces' table (`references auth.users`).
   */
  ownerColumns?: string[];
  /** Where it is created, for a table with `ownerColumns`. */
  createdAt?: DiscoveryEvidence[];
}

/** A file that was not read, and why (size, binary, unreadable, symlink outside the root, ...). */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** The full result of a scan. */
export interface DiscoveryReport {
  /** Absolute root that was scanned (first root when several). */
  root: string;
  findings: Finding[];
  facts: ConfigFact[];
  tables: TableFact[];
  skipped: SkippedFile[];
  stats: { files: number; bytes: number; durationMs: number };
  /** Model files (`.gguf`, `.safetensors`, `.onnx`, `.pt`, `.pkl`, ...). */
  models?: ModelFileFact[];
  /** Every root scanned, absolute. */
  roots?: string[];
}
