import type { ProviderEntry } from './catalog/types.js';
import { proofRank, statusOf } from './proof/classes.js';
import { BASE_URL_DETAIL, ENDPOINT_PREFIX, endpointFinding } from './resolveEndpoints.js';
import { DEAD_MODULE_DETAIL } from './scan/deadModules.js';
import type { ProviderHit } from './scan/hits.js';
import { UNMOUNTED_CLERK_DETAIL } from './scan/unmountedClerk.js';
import { BACKING_STORE_DETAIL, SERVER_SETTING_DETAIL } from './signals/composeServices.js';
import { CONSTRUCTED_MODEL_DETAIL } from './signals/constructedModels.js';
import { INSTALL_HINT_DETAIL } from './signals/installHints.js';
import {
  EXCEPTIONS_ONLY_DETAIL,
  LISTED_KEY_DETAIL,
  SELF_HOSTED_IMAGE_DETAIL,
  SILENCED_IMPORT_DETAIL,
  STAND_IN_KEY_DETAIL,
  SWITCHED_OFF_DETAIL,
  UNUSED_IMPORT_DETAIL,
} from './signals/lineSignals.js';
import { OFFERED_SIGN_IN_DETAIL } from './signals/offeredSignIn.js';
import { PRISMA_CHATS_DETAIL, PRISMA_DATASOURCE_DETAIL } from './signals/prisma.js';
import { DEFAULT_CHOICE_DETAIL } from './signals/providerTypes.js';
import { REQUEST_FIELD_DETAIL } from './signals/requestFields.js';
import { namesAppModel } from './signals/settingNames.js';
import type {
  Confidence,
  ConfigFact,
  DataSent,
  DiscoveryEvidence,
  Finding,
  SignalKind,
  TableFact,
} from './types.js';

/** Evidence kept per finding; the total is in `evidenceCount`. */
export const MAX_EVIDENCE = 50;

const STRONG: ReadonlySet<SignalKind> = new Set([
  'manifest',
  'import',
  'terraform',
  'compose-image',
  'kubernetes',
  'sql',
]);
const MEDIUM: ReadonlySet<SignalKind> = new Set([
  'env-var',
  'api-host',
  'config',
  'api-call',
  'adapter',
  'deploy-file',
  'deploy-action',
]);

/** Strongest proof class first, then by place. */
export const byStrength = (a: DiscoveryEvidence, b: DiscoveryEvidence) =>
  proofRank(a) - proofRank(b) || byPlace(a, b);

export const byPlace = (a: DiscoveryEvidence, b: DiscoveryEvidence) =>
  a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line ||
        (a.col ?? 0) - (b.col ?? 0) ||
        (a.signal < b.signal ? -1 : a.signal > b.signal ? 1 : 0);

/** Whether one proof alone makes its provider used (production code, configuration, a direct dependency…). */
const usesProvider = (evidence: DiscoveryEvidence) => statusOf([evidence]) === 'used';

/**
 * high: a manifest, import, IaC or SQL proves use; medium: an env var, host or config does; low: only model
 * ids, lockfiles or mentions (tests, docs, comments).
 */
function confidenceOf(hits: readonly ProviderHit[]): Confidence {
  const using = hits.filter((hit) => usesProvider(hit.evidence) && !hit.weak);
  if (using.some((hit) => STRONG.has(hit.evidence.signal))) return 'high';
  if (using.some((hit) => MEDIUM.has(hit.evidence.signal))) return 'medium';
  return 'low';
}

/**
 * `used` needs a proof of use other than a model name: `deepseek-r1` in a gateway's model list or a CLI's
 * help text sends nothing to DeepSeek. Model names still raise confidence and stay as evidence.
 */
function usedStatus(
  allEvidence: readonly DiscoveryEvidence[],
  allHits: readonly ProviderHit[],
  entry: ProviderEntry,
  codeScanned: boolean,
  redirected: ReadonlySet<string>,
  pythonLocked = false,
  modelsNamed: ReadonlySet<string> = new Set(),
) {
  // An import of the SDK's exception types alone calls nothing (`EXCEPTIONS_ONLY_DETAIL`): judged without it, so the
  // SDK it names is installed only unless something else uses it.
  // Nor does a Python import whose names its file never uses (`UNUSED_IMPORT_DETAIL`: QAnything's Tavily).
  // An install command the code names (`INSTALL_HINT_DETAIL`) proves no use either: it only says the package is one
  // the operator installs, so its import is not uninstallable.
  // Nor Clerk's hooks where nothing mounts Clerk (`UNMOUNTED_CLERK_DETAIL`: skyvern's unmounted onboarding component).
  const caught = (item: DiscoveryEvidence) =>
    item.detail === EXCEPTIONS_ONLY_DETAIL ||
    item.detail === UNUSED_IMPORT_DETAIL ||
    item.detail === SILENCED_IMPORT_DETAIL ||
    item.detail === STAND_IN_KEY_DETAIL ||
    item.detail === INSTALL_HINT_DETAIL ||
    item.detail === SWITCHED_OFF_DETAIL ||
    item.detail?.endsWith(UNMOUNTED_CLERK_DETAIL) === true;
  const evidence = allEvidence.filter((item) => !caught(item));
  const group = allHits.filter((hit) => !caught(hit.evidence));
  if (evidence.length === 0) return 'mentioned';
  const off = allEvidence.some((item) => item.detail === SWITCHED_OFF_DETAIL);
  // Where the code names its models, a model vendor's integration package it names none of is not loaded by them.
  const loadsByName =
    MODEL_VENDORS.has(entry.category) && [...modelsNamed].some((provider) => provider !== entry.id);
  if (codeScanned && declaredOnly(group, entry, off, loadsByName)) return 'mentioned';
  const optional = allEvidence.some((item) => item.detail === INSTALL_HINT_DETAIL);
  if (pythonLocked && !optional && uninstallable(group, entry)) return 'mentioned';
  if (codeScanned && entry.id === 'openai' && borrowedClient(group, redirected)) return 'mentioned';
  // A store the repository's Compose file runs only for another vendor's server, and its settings there, prove that
  // server's store, not one the app uses (postiz: Temporal's Elasticsearch proposed as the app's datastore).
  const proofs = evidence.filter((item) => item.signal !== 'model-id' && !behindAnotherServer(item));
  if (onlyListedKeys(proofs, entry)) return 'mentioned';
  if (onlyOffered(proofs, entry)) return 'mentioned';
  if (onlyHelpers(group, entry)) return 'mentioned';
  return statusOf(proofs);
}

/**
 * Every use in code loads only a helper of the provider's that runs no model (`helpersOnly`: Transformers'
 * tokenizers): installed and imported, but nothing is sent to or run by it. Any other proof in code keeps it used.
 */
function onlyHelpers(group: readonly ProviderHit[], entry: ProviderEntry): boolean {
  if (!entry.helpersOnly) return false;
  const helper = new RegExp(entry.helpersOnly);
  const using = group.filter((hit) => usesProvider(hit.evidence) && hit.evidence.signal !== 'manifest');
  return (
    using.length > 0 &&
    using.every((hit) => hit.evidence.signal === 'import' && helper.test(hit.evidence.snippet.trim()))
  );
}

/**
 * Key names that only stand in a list of names (node-DeepResearch's env loader lists `ANTHROPIC_API_KEY` and
 * `REPLICATE_API_KEY` and calls neither) say the app accepts a setting, not that it calls the vendor. Not for
 * observability and gateways, which a variable passed on is enough to switch on.
 */
function onlyListedKeys(proofs: readonly DiscoveryEvidence[], entry: ProviderEntry): boolean {
  // Switched on by environment variables alone: LangSmith traces LangChain with no import, a gateway is a base URL.
  // Not every tracer: Langfuse needs its callback or wrapper in code (screenshot-to-code: `langfuse` declared in
  // pyproject.toml and never imported, proposed as receiving prompts).
  if (ENV_ENABLED.has(entry.id) || entry.category === 'llm-gateway') return false;
  const using = proofs.filter(usesProvider);
  return using.length > 0 && using.every((item) => item.detail === LISTED_KEY_DETAIL);
}

/**
 * A sign-in vendor set up only as one of several account providers users may choose from (`OFFERED_SIGN_IN_DETAIL`:
 * linkwarden's Auth0, one of 58 Auth.js providers each switched on by a setting): a choice a deployment may offer, not
 * the service every user signs in through. Its own SDK, a key read elsewhere or a host keeps it used.
 */
function onlyOffered(proofs: readonly DiscoveryEvidence[], entry: ProviderEntry): boolean {
  if (entry.category !== 'identity') return false;
  const using = proofs.filter(usesProvider);
  return (
    using.some((item) => item.detail?.startsWith(OFFERED_SIGN_IN_DETAIL)) &&
    using.every(
      (item) => item.detail === LISTED_KEY_DETAIL || item.detail?.startsWith(OFFERED_SIGN_IN_DETAIL),
    )
  );
}

/**
 * A dependency the project declares but that no file names (no import, variable, host, model or call) is
 * installed, not used: `unstructured-client` listed in pyproject.toml and never imported sends nothing. Not for
 * framework integration packages (a framework loads them from configuration) nor for observability and
 * gateways (switched on by environment variables: LangSmith traces LangChain with no import); only judged when
 * the scan read code, so a manifest scanned on its own keeps its direct dependencies as used.
 */
/** Tracing services an SDK switches on from environment variables, with no import of theirs in the code. */
const ENV_ENABLED: ReadonlySet<string> = new Set(['langsmith']);

function declaredOnly(
  group: readonly ProviderHit[],
  entry: ProviderEntry,
  switchedOff = false,
  /**
   * Whether the code names the models it runs, none of them this vendor's: a framework's integration package for it is
   * then loaded by no model string (chat-langchain's `langchain-baseten`, declared beside a table of Claude, GPT and
   * Gemini models, proposed as a model provider).
   */
  modelsNamedElsewhere = false,
): boolean {
  // Switched on by environment variables alone: LangSmith traces LangChain with no import, a gateway is a base URL.
  // Not every tracer: Langfuse needs its callback or wrapper in code (screenshot-to-code: `langfuse` declared in
  // pyproject.toml and never imported, proposed as receiving prompts). Unless the code turns it off.
  if ((ENV_ENABLED.has(entry.id) && !switchedOff) || entry.category === 'llm-gateway') return false;
  // Names in tests, examples, docs and comments do not make a declared SDK used (ruoyi-ai's test of its MiniMax
  // client imports LangChain4j's Anthropic module, which no production file imports).
  const using = group.filter((hit) => usesProvider(hit.evidence));
  // A framework's integration package the code imports only in modules nothing reaches (AIHawk's `llm_manager.py`,
  // whose importer is commented out) is loaded by that code, not by the framework from configuration.
  const importedDead = group.some(
    (hit) => hit.evidence.signal === 'import' && hit.evidence.detail?.includes(DEAD_MODULE_DETAIL),
  );
  return (
    using.length > 0 &&
    using.every(
      (hit) =>
        hit.evidence.signal === 'manifest' &&
        (!hit.framework || importedDead || modelsNamedElsewhere) &&
        !bundled(hit.evidence),
    )
  );
}

/**
 * A gem a Gemfile's default group declares: Rails loads every one at boot (`Bundler.require(*Rails.groups)` in
 * `config/application.rb`), and the code uses it by its constants with no `require` (maybe's `intercom-rails` and
 * `logtail-rails`, set up in initializers, were mentioned only).
 */
function bundled(evidence: DiscoveryEvidence): boolean {
  return /(?:^|\/)Gemfile$/.test(evidence.file) && evidence.proofClass === 'lockfile-direct';
}

/**
 * An SDK imported in Python that no manifest or lockfile of a project with a Python lockfile lists: the import cannot
 * be installed, so the code around it does not run (letta imports `composio`, which neither pyproject.toml nor uv.lock
 * has: proposed as a vendor receiving data). Not for imports through a framework (`langchain_openai` brings its own
 * package), nor where anything else proves use (a key, a host, a call).
 */
function uninstallable(group: readonly ProviderHit[], entry: ProviderEntry): boolean {
  if (!entry.signals.pypi?.length || group.some((hit) => hit.evidence.signal === 'manifest')) return false;
  // Python's own modules come with every interpreter (`import sqlite3`: AstrBot's database, said only mentioned).
  const standard = new Set(entry.signals.pythonImports?.filter((module) => STANDARD_LIBRARY.has(module)));
  // Only an import of the entry's own package: `openai.AzureOpenAI(` names Azure OpenAI through the openai package, and
  // `boto3.client("sagemaker-runtime")` SageMaker through boto3, which their lockfiles list under those names (khoj,
  // private-gpt).
  const own = new Set([
    ...entry.signals.pypi.map((name) => name.toLowerCase().replace(/[-.]/g, '_')),
    ...(entry.signals.pythonImports ?? []),
  ]);
  const using = group.filter((hit) => usesProvider(hit.evidence));
  return (
    using.length > 0 &&
    using.every((hit) => {
      const line = PYTHON_IMPORT_LINE.exec(hit.evidence.snippet);
      const module = line?.[1] ?? line?.[2];
      return (
        hit.evidence.signal === 'import' &&
        hit.evidence.file.endsWith('.py') &&
        module !== undefined &&
        own.has(module) &&
        !standard.has(module) &&
        !hit.evidence.detail?.startsWith('through ')
      );
    })
  );
}

/** Modules of Python's standard library the catalog names (docs.python.org/3/library, checked 2026-12-07). */
const STANDARD_LIBRARY: ReadonlySet<string> = new Set(['sqlite3', 'dbm', 'shelve']);

/** The top-level module of a Python import statement (`from composio.exceptions import …` → `composio`). */
const PYTHON_IMPORT_LINE = /^\s*(?:from\s+(\w+)[\w.]*\s+import\b|import\s+(?=\w)(\w+))/;

/**
 * The OpenAI SDK imported only in files that point it at another server (local-deep-researcher's
 * `class ChatLMStudio(ChatOpenAI)` with `base_url` LM Studio's; notesGPT's `new OpenAI({ baseURL:
 * 'https://api.together.xyz/v1' })`): the client library of that server, which receives the prompts, not OpenAI. The
 * SDK's own entry in a manifest installs that library, and a model named with its maker's prefix is served by whichever
 * host the client names (`openai/whisper-large-v3`, an open model on Together). Any other proof (a key, a host, an
 * import elsewhere, a bare OpenAI model such as fragments' `gpt-5` in its model list) keeps OpenAI used.
 */
function borrowedClient(group: readonly ProviderHit[], redirected: ReadonlySet<string>): boolean {
  const using = group.filter((hit) => usesProvider(hit.evidence) && !routedModel(hit.evidence));
  return (
    using.some((hit) => hit.evidence.signal === 'import') &&
    using.every(
      (hit) =>
        (hit.evidence.signal === 'import' && redirected.has(hit.evidence.file)) ||
        hit.evidence.signal === 'manifest',
    )
  );
}

/** A model named as a route, its maker before a slash (`openai/whisper-large-v3`): any host may serve it. */
function routedModel(evidence: DiscoveryEvidence): boolean {
  return evidence.signal === 'model-id' && /["'`][\w.-]+\/[\w.:-]+["'`]/.test(evidence.snippet ?? '');
}

/**
 * The vendor's server as the repository runs it (`selfHosted`): its image in the repository's own Compose or
 * Kubernetes files, not in a test or an example, makes the finding self-hosted (cognita's Unstructured API).
 */
function runsOwnServer(group: readonly ProviderHit[], entry: ProviderEntry) {
  if (!entry.selfHosted) return undefined;
  return group.some((hit) => hit.evidence.detail === SELF_HOSTED_IMAGE_DETAIL && usesProvider(hit.evidence))
    ? entry.selfHosted
    : undefined;
}

/**
 * Words of a search engine's proof that it keeps vectors: a vector store module or class (`vector_stores/
 * elasticsearch.py`, `langchain_community.vectorstores`, `ElasticsearchStore`), a vector field (`dense_vector`,
 * `knn_vector`), kNN, semantic or hybrid search, embeddings.
 */
const VECTOR_USE = /vector|embedd?ing|knn|dense|semantic|hybrid|ElasticsearchStore/i;

/**
 * The category of a search engine that can also keep vectors (`searchEngine`): a vector store where some proof of use
 * shows vectors, otherwise a search index, a `datastore` (LibreChat's Meilisearch of chat messages, kotaemon's
 * Elasticsearch document store).
 */
function searchEngineCategory(group: readonly ProviderHit[], entry: ProviderEntry): Finding['category'] {
  if (entry.managedIndex) {
    const index = new RegExp(entry.managedIndex);
    const indexes = group.some(
      (hit) =>
        usesProvider(hit.evidence) &&
        hit.evidence.signal !== 'manifest' &&
        index.test(`${hit.evidence.snippet} ${hit.evidence.detail ?? ''}`),
    );
    return indexes ? 'vector-store' : entry.category;
  }
  if (!entry.searchEngine) return entry.category;
  // A search engine's `markers` are its vector fields (`dense_vector`); their snippets may be masked as values.
  const vectors = group.some(
    (hit) =>
      usesProvider(hit.evidence) &&
      (hit.evidence.signal === 'api-call' ||
        VECTOR_USE.test(`${hit.evidence.file} ${hit.evidence.snippet} ${hit.evidence.detail ?? ''}`)),
  );
  return vectors ? entry.category : 'datastore';
}

/**
 * A setting's default: a `DEFAULT_…` name or a `default…` key given a value, a fallback after `||`, `??` or `or`, an
 * environment read with a fallback, or an ORM column's `@default(…)`, on a line that says "default". Not a field's
 * own `default=` in a class (Langchain-Chatchat's chat model class, `Field(default="glm-4")`: a library's default
 * model name, while the app's default model runs on its own Xinference).
 */
const DEFAULT_SETTING =
  /\b(?:\w+_default|default_?[a-z]\w*)\s*[:=]|@default\(|(?:\|\||\?\?|\bor\b)\s*["'`]|\b(?:getenv|environ\.get|env\.get)\(\s*["'`][^"'`]*["'`]\s*,\s*["'`]/i;

/** A line that is an object's property value: no assignment, a comma at its end. */
const PROPERTY_VALUE = /^[^=]*,\s*$/;

/**
 * The proofs that make a provider the app's default choice (`Finding.defaultChoice`): a model name or host set as a
 * setting's default in production code or configuration, outside files named for the provider (a vendor adapter's
 * own default model, `rerankers/cohere.py`'s `default="rerank-v3.5"`, chooses nothing among vendors). Read on the
 * whole group: evidence is capped.
 */
function defaultChoices(group: readonly ProviderHit[], entry: ProviderEntry): DiscoveryEvidence[] {
  const own = [entry.id, entry.vendor].map((name) => name.replace(/[^a-z0-9]/gi, '').toLowerCase());
  return (
    group
      .map((hit) => hit.evidence)
      .filter(
        (proof) =>
          // A vendor given as the default of the setting that chooses among vendors (rag-web-ui's `CHAT_PROVIDER`).
          (proof.signal === 'config' &&
            proof.detail?.startsWith(DEFAULT_CHOICE_DETAIL) &&
            usesProvider(proof)) ||
          // A model name, not a host: every adapter's own default URL names its vendor (TaskingAI's model files).
          (proof.signal === 'model-id' &&
            usesProvider(proof) &&
            // A request body's field (`class ChatRequest(BaseModel): model: str = Field(default="gpt-4o")`).
            !proof.detail?.startsWith(REQUEST_FIELD_DETAIL) &&
            ((/default/i.test(proof.snippet) && DEFAULT_SETTING.test(proof.snippet)) ||
              DEFAULTS_FILE.test(proof.file)) &&
            !own.some(
              (name) =>
                proof.file
                  .replace(/[^a-z0-9/]/gi, '')
                  .toLowerCase()
                  .includes(name) ||
                // A setting named for the vendor is its own default model, chosen once the vendor is (Onyx's
                // `DEFAULT_VOYAGE_MODEL = "voyage-large-2-instruct"` beside DEFAULT_OPENAI_MODEL and four more made
                // Voyage the embedding provider every request reaches).
                settingName(proof.snippet).includes(name),
            ) &&
            // The default of one feature is that feature's model, not the app's (lunary's
            // `DEFAULT_EVALUATOR_MODEL = "gpt-5-mini"` for its opt-in dataset evaluators made OpenAI the provider
            // every request reaches).
            (DEFAULTS_FILE.test(proof.file) || !namesTask(proof.snippet))),
      )
      // A settings file of defaults first: what a reviewer should read to confirm it. Then a variable or setting
      // assigned the default before an object's property given the same fallback, which reports it (anything-llm's
      // telemetry events, `LLMSelection: process.env.LLM_PROVIDER || "openai",`, were cited as the default model
      // provider, not `helpers/index.js:137`, where `getLLMProvider` picks it).
      .sort(
        (a, b) =>
          Number(!DEFAULTS_FILE.test(a.file)) - Number(!DEFAULTS_FILE.test(b.file)) ||
          Number(PROPERTY_VALUE.test(a.snippet)) - Number(PROPERTY_VALUE.test(b.snippet)) ||
          byPlace(a, b),
      )
      .slice(0, 8)
  );
}

/**
 * Whether the setting a line gives a value names a task of its own (`DEFAULT_EVALUATOR_MODEL`, `summaryModelDefault`),
 * not the app's model: a word, in a name that says "default", that no setting for the app's model uses.
 * @example namesTask('const DEFAULT_EVALUATOR_MODEL = "gpt-5-mini";') // true
 */
export function namesTask(snippet: string): boolean {
  // The names that say "default" (`DEFAULT_EVALUATOR_MODEL`, `settings.default_model`, an environment variable's),
  // each read word by word.
  return (snippet.match(/[A-Za-z_][\w]*/g) ?? [])
    .filter((name) => /default/i.test(name))
    .some((name) => !namesAppModel(name));
}

/** The words before a line's first quoted value, squashed: the setting's name (`DEFAULT_VOYAGE_MODEL = "…"` → `defaultvoyagemodel`). */
function settingName(snippet: string): string {
  return (snippet.split(/["'`]/)[0] ?? '').replace(/[^a-z0-9]/gi, '').toLowerCase();
}

/**
 * A call given a model's name as its first argument: `getModel("gpt-4o", "openai")`, `anthropic("claude-…")`. Not a
 * string's or a collection's own method (`name.startsWith("o1")`, `models.includes("gpt-4o")`): Flowise's reasoning
 * model test was read as a task calling OpenAI. Nor a schema's default or choices (lunary's
 * `model: z.string().default("gpt-5-mini")`: a request's field, which the caller chooses).
 */
const MODEL_CALL =
  /(?:(?<![\w$.])[\w$]+|\.(?!(?:includes|startsWith|endsWith|indexOf|lastIndexOf|match|matchAll|test|replace|replaceAll|split|search|startswith|endswith|find|index|count|has|get|set|add|push|contains|equals|remove|delete|lower|upper|strip|format|join|default|describe|placeholder|example|options|choices|enum|literal)\s*\()[\w$]+)\(\s*["'`][^"'`\s]{2,120}["'`]/;

/** Categories of vendors whose models a call names (not frameworks such as the Vercel AI SDK that call them). */
const MODEL_VENDORS: ReadonlySet<string> = new Set([
  'llm-api',
  'llm-gateway',
  'inference-runtime',
  'embedding-api',
]);

/**
 * A provider's route prefix measured or written out (`model[len("openrouter/") :]`, `str("openai/")`): the prefix of
 * every model of the provider's, stripped or tested, not one model called (aider's scrape of OpenRouter's public model
 * page for prices made OpenRouter a task of its own, run under no condition).
 */
const ROUTE_PREFIX = /\b(?:len|str|repr|print|escape|quote|length)\s*\(\s*["'`][^"'`\s]{1,60}\/["'`]\s*\)/;

/**
 * A setting read from the environment with a model's name as its fallback (`os.getenv("WATSONX_GENERATION_MODEL",
 * "ibm/granite-13b-chat-v2")`): the call reads a setting, it sends nothing. localGPT's watsonx models, used only when
 * `LLM_BACKEND=watsonx`, were proposed as a task of its own, run under no condition.
 */
const ENV_FALLBACK = /\b(?:getenv|getEnv|get_env|env|environ\.get)\s*\(\s*["'`][\w.-]+["'`]\s*,/;

/**
 * A model given by name as a call's keyword argument (`define_deep_agent(…, model="google_genai:gemini-…", …)`), followed
 * by `,` or `)`; not a variable assigned (`model = "…"`), nor a function's own parameter default (`def answer(q,
 * model="gpt-4o"):`). chat-langchain's
 * agent, run on Gemini for every request, was proposed as reached "when configured as the model provider".
 */
const MODEL_ARGUMENT = /(?:^\s*|[(,]\s*)model(?:_name|_id)?\s*=\s*["'][^"'\s]{2,120}["']\s*[,)]/;
const DEF_LINE = /^\s*(?:async\s+)?def\s/;

/** Whether a proof is a model named in a call in production code. */
const pinnedProof = (proof: DiscoveryEvidence) =>
  proof.signal === 'model-id' &&
  usesProvider(proof) &&
  (MODEL_CALL.test(proof.snippet ?? '') ||
    proof.detail === CONSTRUCTED_MODEL_DETAIL ||
    (MODEL_ARGUMENT.test(proof.snippet ?? '') && !DEF_LINE.test(proof.snippet ?? ''))) &&
  !ENV_FALLBACK.test(proof.snippet ?? '') &&
  !COUNTS_TOKENS.test(proof.snippet ?? '') &&
  !ROUTE_PREFIX.test(proof.snippet ?? '');

/**
 * A model's name given to a tokenizer, a token counter or a price or context-size table: counted or looked up here,
 * not sent (unstract's `tiktoken.encoding_for_model("gpt-3.5-turbo")` made OpenAI a task every document reaches).
 */
const COUNTS_TOKENS =
  /\b(?:encoding_?for_?model|encodingForModel|get_?encoding|getEncoding|\w*[tT]okeni[sz]er\w*|(?:count|num|get|estimate)_?[tT]okens\w*|token_?count\w*|\w*(?:[cC]ost|[pP]rice|[pP]ricing|[cC]ontext_?(?:[wW]indow|[lL]ength|[sS]ize)|[mM]ax_?[tT]okens)\w*)\s*\(/;

/**
 * For each file that names a model in a call, the AI providers it names so or imports: a file with two is a menu of
 * choices (`[groq("llama-…"), anthropic("claude-…")]`), not a fixed task.
 */
function pinnedCallFiles(
  hits: readonly ProviderHit[],
  lookup: (id: string) => ProviderEntry | undefined,
): Map<string, Set<string>> {
  const files = new Map<string, Set<string>>();
  for (const hit of hits)
    if (pinnedProof(hit.evidence))
      files.set(hit.evidence.file, (files.get(hit.evidence.file) ?? new Set()).add(hit.provider));
  for (const hit of hits)
    if (hit.evidence.signal === 'import' && MODEL_VENDORS.has(lookup(hit.provider)?.category ?? ''))
      files.get(hit.evidence.file)?.add(hit.provider);
  return files;
}

/**
 * The proofs that production code calls a provider for a fixed task (`Finding.pinned`): a model named in the call, in
 * a file that names no other provider's model in a call, and not the provider's own adapter (whose default model
 * chooses nothing among vendors).
 */
function pinnedCalls(
  group: readonly ProviderHit[],
  entry: ProviderEntry,
  files: ReadonlyMap<string, ReadonlySet<string>>,
): DiscoveryEvidence[] {
  const own = [entry.id, entry.vendor].map((name) => name.replace(/[^a-z0-9]/gi, '').toLowerCase());
  return group
    .map((hit) => hit.evidence)
    .filter(
      (proof) =>
        pinnedProof(proof) &&
        files.get(proof.file)?.size === 1 &&
        !own.some((name) =>
          proof.file
            .replace(/[^a-z0-9/]/gi, '')
            .toLowerCase()
            .includes(name),
        ),
    )
    .sort(byPlace)
    .slice(0, 8);
}

/** A settings file of defaults (gpt-researcher's `config/variables/default.py`: `"FAST_LLM": "openai:gpt-5.4-mini"`). */
const DEFAULTS_FILE =
  /(?:^|\/)(?:defaults?|default[_-]?(?:config|settings)|(?:config|settings)[_-]?defaults?)\.[a-z]+$/i;

/** Files where an OpenAI-compatible client is given another provider's base URL (in code, not from env files). */
function redirectedFiles(hits: readonly ProviderHit[]): Set<string> {
  const files = new Set<string>();
  for (const hit of hits)
    if (
      hit.provider !== 'openai' &&
      hit.evidence.signal === 'api-call' &&
      hit.evidence.detail?.startsWith(BASE_URL_DETAIL) &&
      usesProvider(hit.evidence)
    )
      files.add(hit.evidence.file);
  return files;
}

/**
 * The proofs a finding keeps, at most `MAX_EVIDENCE`, strongest first, and among them the strongest of each kind of
 * proof (signal and detail) however many stronger ones there are: letta's Anthropic had 402 proofs, and the key its
 * settings read was not among the first 50 imports, so the proposal said "reads no key of ours for it".
 */
function keptEvidence(evidence: readonly DiscoveryEvidence[]): DiscoveryEvidence[] {
  if (evidence.length <= MAX_EVIDENCE) return [...evidence];
  const kinds = new Set<string>();
  const first: DiscoveryEvidence[] = [];
  for (const item of evidence) {
    const kind = `${item.signal}:${item.proofClass ?? ''}:${item.detail ?? ''}`;
    if (kinds.has(kind)) continue;
    kinds.add(kind);
    first.push(item);
  }
  const chosen = new Set(first.slice(0, MAX_EVIDENCE));
  for (const item of evidence) {
    if (chosen.size >= MAX_EVIDENCE) break;
    chosen.add(item);
  }
  return evidence.filter((item) => chosen.has(item));
}

/** Evidence of one group: strongest first, one item per file, line and signal. */
function sortedEvidence(group: readonly ProviderHit[]): DiscoveryEvidence[] {
  const seen = new Set<string>();
  return group
    .map((hit) => hit.evidence)
    .sort(byStrength)
    .filter((item) => {
      const key = `${item.file}:${item.line}:${item.signal}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** A proof of a store another vendor's server runs in the same Compose file (`markBackingStores`). */
const behindAnotherServer = (item: DiscoveryEvidence) =>
  item.detail?.startsWith(BACKING_STORE_DETAIL) === true ||
  item.detail?.startsWith(SERVER_SETTING_DETAIL) === true;

/**
 * One finding per provider, merged across every signal and file, evidence sorted strongest proof first and
 * de-duplicated; `status` follows the strongest proof.
 * @example mergeFindings(hits, findProvider)
 */
export function mergeFindings(
  hits: readonly ProviderHit[],
  lookup: (id: string) => ProviderEntry | undefined,
  sends: ReadonlyMap<string, ReadonlySet<DataSent>> = new Map(),
  codeScanned = false,
  /** Whether the tree holds a Python lockfile (`uv.lock`, `poetry.lock`, `Pipfile.lock`, `pdm.lock`). */
  pythonLocked = false,
): Finding[] {
  const groups = new Map<string, ProviderHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.provider);
    if (list) list.push(hit);
    else groups.set(hit.provider, [hit]);
  }
  const redirected = redirectedFiles(hits);
  const pinnedFiles = pinnedCallFiles(hits, lookup);
  // The model vendors whose models production code names.
  const modelsNamed = new Set(
    hits
      .filter(
        (hit) =>
          hit.evidence.signal === 'model-id' &&
          usesProvider(hit.evidence) &&
          MODEL_VENDORS.has(lookup(hit.provider)?.category ?? ''),
      )
      .map((hit) => hit.provider),
  );
  const findings: Finding[] = [];
  for (const [id, group] of groups) {
    const entry = lookup(id);
    const evidence = sortedEvidence(group);
    const sent = sends.get(id);
    if (!entry && id.startsWith(ENDPOINT_PREFIX)) {
      findings.push({
        ...endpointFinding(id.slice(ENDPOINT_PREFIX.length), evidence, sent),
        confidence: confidenceOf(group),
        status: statusOf(evidence),
        evidence: keptEvidence(evidence),
        ...(evidence.length > MAX_EVIDENCE ? { evidenceCount: evidence.length } : {}),
      });
      continue;
    }
    if (!entry) continue;
    const selfHosted = runsOwnServer(group, entry);
    const category = searchEngineCategory(group, entry);
    const defaults = defaultChoices(group, entry);
    const pinned = pinnedCalls(group, entry, pinnedFiles);
    findings.push({
      id,
      provider: id,
      name: selfHosted ? selfHosted.name : entry.name,
      category,
      hosting: selfHosted ? 'self-hosted' : entry.hosting,
      confidence: confidenceOf(group),
      status: usedStatus(evidence, group, entry, codeScanned, redirected, pythonLocked, modelsNamed),
      evidence: keptEvidence(evidence),
      vendor: entry.vendor,
      // A search index is not an AI service.
      ai: entry.ai && category === entry.category,
      ...(entry.receivesPrompts !== undefined ? { receivesPrompts: entry.receivesPrompts } : {}),
      ...(entry.covers ? { covers: [...entry.covers] } : {}),
      ...(evidence.length > MAX_EVIDENCE ? { evidenceCount: evidence.length } : {}),
      ...(sent?.size ? { sends: [...sent].sort() } : {}),
      ...(defaults.length > 0 ? { defaultChoice: defaults } : {}),
      ...(pinned.length > 0 ? { pinned } : {}),
    });
  }
  credentialsOfServices(findings, groups, lookup);
  engineOfVectorSearch(findings, groups, lookup);
  platformOfSignIn(findings, groups);
  engineOfHostedStore(findings, groups, lookup);
  cloudClientOfStore(findings, groups);
  cloudBesideOwnServer(findings, groups, lookup);
  return findings.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * A database found only in the files where its own vector search is used (Redis in a RediSearch datastore, MongoDB in an
 * Atlas Vector Search one) is that vector store's client, not a second store: it `covers` the vector search, so the one
 * store is proposed and declares it (retrieval-plugin: Redis proposed as a cache beside Redis vector search, from the
 * same file). Where it is used elsewhere too (a Cosmos DB file), it stays a store of its own.
 */
function engineOfVectorSearch(
  findings: Finding[],
  groups: ReadonlyMap<string, readonly ProviderHit[]>,
  lookup: (id: string) => ProviderEntry | undefined,
): void {
  const files = (provider: string) =>
    new Set(
      (groups.get(provider) ?? [])
        .filter((hit) => usesProvider(hit.evidence) && hit.evidence.signal !== 'manifest')
        .map((hit) => hit.evidence.file),
    );
  for (const finding of findings) {
    if (finding.category !== 'datastore' || finding.status === 'mentioned' || finding.covers) continue;
    const search = findings.find(
      (other) =>
        other.category === 'vector-store' &&
        (other.vendor === finding.vendor || lookup(other.provider)?.engine === finding.provider) &&
        other.provider !== finding.provider &&
        other.status !== 'mentioned',
    );
    if (!search) continue;
    const own = files(finding.provider);
    const theirs = files(search.provider);
    // Or in their folders: the modules of one database's code (aws-genai-llm-chatbot's `genai_core/aurora/`, whose
    // `query.py` and `delete.py` import psycopg2 beside `connection.py` registering pgvector, proposed the one Aurora
    // cluster twice, as PostgreSQL and as pgvector).
    const folders = new Set([...theirs].map(folderOf).filter((folder) => folder !== ''));
    if (own.size > 0 && [...own].every((file) => theirs.has(file) || folders.has(folderOf(file))))
      finding.covers = [search.provider];
  }
}

/** A file named for sign-in (`AuthProvider.tsx`, `identity.py`, `lib/auth/…`, `login.ts`, `session.ts`). */
const SIGN_IN_FILE =
  /(?:^|\/)(?:[^/]*(?:auth|identity|login|signin|sign-in|session)[^/]*$|(?:auth|identity)\/)/i;

/**
 * A vendor's platform SDK found only in its sign-in's files, or in files named for sign-in, is the sign-in's client,
 * not a second service: it `covers` the sign-in, so the sign-in alone is proposed (chat-langchain: Supabase, used only
 * to sign users in, proposed as `supabase` beside `supabase-auth`). Its database or storage used in any other file
 * keeps it a service of its own.
 */
function platformOfSignIn(findings: Finding[], groups: ReadonlyMap<string, readonly ProviderHit[]>): void {
  const files = (provider: string) =>
    (groups.get(provider) ?? [])
      .filter((hit) => usesProvider(hit.evidence) && hit.evidence.signal !== 'manifest')
      .map((hit) => hit.evidence.file.replace(/\\/g, '/'));
  for (const platform of findings) {
    if (platform.category === 'identity' || platform.status === 'mentioned' || platform.covers) continue;
    const signIn = findings.find(
      (other) =>
        other.category === 'identity' &&
        other.vendor === platform.vendor &&
        other.status !== 'mentioned' &&
        other.provider !== platform.provider,
    );
    if (!signIn) continue;
    const theirs = new Set(files(signIn.provider));
    const own = files(platform.provider);
    if (own.length > 0 && own.every((file) => theirs.has(file) || SIGN_IN_FILE.test(file)))
      platform.covers = [signIn.provider];
  }
}

/** The folder of a file's path, `''` at the top. */
const folderOf = (file: string) => file.replace(/\\/g, '/').replace(/\/?[^/]*$/, '');

/**
 * A database engine found only in the files that use a hosted service of that engine (`engine`: Neon's driver for
 * PostgreSQL), or only by an ORM schema's datasource, is that service reached through its driver, not a database of
 * ours: it `covers` the service, so the service is proposed and declares it (llamacoder: Prisma's
 * `provider = "postgresql"` with `@prisma/adapter-neon` was proposed as a self-hosted PostgreSQL beside Neon). Its
 * image, its own driver elsewhere or its settings keep it a store of its own.
 */
function engineOfHostedStore(
  findings: Finding[],
  groups: ReadonlyMap<string, readonly ProviderHit[]>,
  lookup: (id: string) => ProviderEntry | undefined,
): void {
  const using = (provider: string) =>
    (groups.get(provider) ?? []).filter(
      (hit) => usesProvider(hit.evidence) && hit.evidence.signal !== 'manifest',
    );
  for (const hosted of findings) {
    const engine = lookup(hosted.provider)?.engine;
    if (!engine || hosted.status === 'mentioned') continue;
    const database = findings.find(
      (finding) => finding.provider === engine && finding.status !== 'mentioned' && !finding.covers,
    );
    if (!database) continue;
    const theirs = new Set(using(hosted.provider).map((hit) => hit.evidence.file));
    const own = using(engine);
    const schema = (hit: ProviderHit) =>
      hit.evidence.detail === PRISMA_DATASOURCE_DETAIL || hit.evidence.detail === PRISMA_CHATS_DETAIL;
    if (own.length > 0 && own.every((hit) => theirs.has(hit.evidence.file) || schema(hit))) {
      database.covers = [hosted.provider];
      // What the schema keeps is kept at the service (llamacoder's chats and messages, in Neon).
      const kept = own
        .filter((hit) => hit.evidence.detail === PRISMA_CHATS_DETAIL)
        .map((hit) => hit.evidence);
      if (kept.length > 0) hosted.evidence = [...hosted.evidence, ...kept];
    }
  }
}

const STORE_CATEGORIES: ReadonlySet<string> = new Set(['vector-store', 'datastore']);
/** What a store's SDK shows where the code only loads it: its import, the app's module named for it. */
const CLIENT_SIGNALS: ReadonlySet<SignalKind> = new Set(['import', 'adapter']);
/** A setting that says where a server runs (`CHROMA_HOST`, `QDRANT_URL`): a server of ours may run there. */
const LOCATION_SETTING = /\b[A-Z][A-Z0-9_]*_(?:URL|URI|HOST|ENDPOINT|PORT|PATH|SERVER)\b/;

/**
 * A proof that only loads a store's SDK or hands it a credential (`apiKey: process.env.CHROMA_API_KEY`), which the
 * vendor's cloud client needs as much as a server of ours would; not a setting that says where a server runs.
 */
const clientProof = (evidence: DiscoveryEvidence) =>
  CLIENT_SIGNALS.has(evidence.signal) ||
  (evidence.signal === 'env-var' && !LOCATION_SETTING.test(evidence.snippet ?? ''));

/**
 * A self-hosted store whose SDK is loaded, and given its key, only in the files that build its vendor's cloud client
 * (chromadb's `new CloudClient(…)`, weaviate's `connect_to_weaviate_cloud(…)`) is that cloud's client, not a store of
 * ours: it `covers` the cloud, so the cloud alone is proposed (pdftochat: `import { CloudClient } from 'chromadb'` was
 * proposed as Chroma Cloud and as a self-hosted Chroma, with a flow to each). A setting that says where a server runs
 * (`CHROMA_HOST`), its image, or its SDK in any other file keeps it a store of its own.
 */
function cloudClientOfStore(findings: Finding[], groups: ReadonlyMap<string, readonly ProviderHit[]>): void {
  const using = (provider: string) =>
    (groups.get(provider) ?? []).filter(
      (hit) => usesProvider(hit.evidence) && hit.evidence.signal !== 'manifest',
    );
  const inUse = (finding: Finding) =>
    STORE_CATEGORIES.has(finding.category) && finding.status !== 'mentioned';
  for (const own of findings) {
    if (own.hosting !== 'self-hosted' || own.covers || !inUse(own)) continue;
    const cloud = findings.find(
      (other) => other.vendor === own.vendor && other.hosting === 'vendor-hosted' && inUse(other),
    );
    if (!cloud) continue;
    const theirs = new Set(using(cloud.provider).map((hit) => hit.evidence.file));
    const mine = using(own.provider);
    if (mine.length > 0 && mine.every((hit) => clientProof(hit.evidence) && theirs.has(hit.evidence.file)))
      own.covers = [cloud.provider];
  }
}

/**
 * The `detail` of a vendor's cloud found only by its key, where the repository runs the vendor's own server: the key
 * switches a deployment to the cloud (`cloudBesideOwnServer`). The server and its image's place follow in brackets.
 */
export const CLOUD_BESIDE_SERVER_DETAIL =
  "the cloud's key only, beside the vendor's own server the repository runs";

/**
 * Marks the proofs of a vendor's cloud that the code knows only by its key (`TEMPORAL_API_KEY`, passed where set),
 * where the repository's Compose or Kubernetes files run the vendor's own server (postiz: Temporal in its Compose
 * file, and Temporal Cloud proposed as a sub-processor every deployment uses): a deployment that sets the key uses the
 * cloud in place of the server, one that does not never reaches it. Seen on the whole group of hits.
 */
function cloudBesideOwnServer(
  findings: readonly Finding[],
  groups: ReadonlyMap<string, readonly ProviderHit[]>,
  lookup: (id: string) => ProviderEntry | undefined,
): void {
  for (const cloud of findings) {
    if (cloud.hosting !== 'vendor-hosted' || cloud.status === 'mentioned') continue;
    const keys = lookup(cloud.provider)?.signals.env ?? [];
    const uses = (groups.get(cloud.provider) ?? []).filter(
      (hit) => usesProvider(hit.evidence) && hit.evidence.signal !== 'manifest',
    );
    if (
      uses.length === 0 ||
      !uses.every(
        (hit) => hit.evidence.signal === 'env-var' && keys.some((key) => hit.evidence.snippet.includes(key)),
      )
    )
      continue;
    let image: DiscoveryEvidence | undefined;
    const server = findings.find((other) => {
      if (other === cloud || other.vendor !== cloud.vendor || other.hosting !== 'self-hosted') return false;
      image = (groups.get(other.provider) ?? [])
        .map((hit) => hit.evidence)
        .find(
          (proof) =>
            (proof.signal === 'compose-image' || proof.signal === 'kubernetes') && usesProvider(proof),
        );
      return image !== undefined;
    });
    if (!server || !image) continue;
    for (const { evidence } of uses)
      evidence.detail ??= `${CLOUD_BESIDE_SERVER_DETAIL} (${server.name}, ${image.file}:${image.line})`;
  }
}

/**
 * An import of the SDK's error classes alone (`from botocore.exceptions import ClientError`): code that handles a
 * service's failures, using no service of its own (openui: its server catching S3's `ClientError` kept Amazon Web
 * Services "under review" in six answers beside the Amazon S3 the map declared).
 */
const SDK_ERRORS = /^\s*from\s+[\w.]+\.(?:exceptions|errors)\s+import\b/;

/**
 * A service whose credentials serve all of its vendor's (`sharedCredentials`: a cloud account, Jina) found only by
 * those variables, its SDK in a manifest, its SDK imported in the files of a used service of the same vendor, or its
 * error classes imported, is
 * that service's credential and client: it `covers` the services, so it is declared by them and not proposed beside
 * them. Seen on the whole group of hits, not the capped evidence list.
 */
function credentialsOfServices(
  findings: Finding[],
  groups: ReadonlyMap<string, readonly ProviderHit[]>,
  lookup: (id: string) => ProviderEntry | undefined,
): void {
  for (const finding of findings) {
    if (!lookup(finding.provider)?.sharedCredentials) continue;
    const services = findings.filter(
      (other) =>
        other !== finding &&
        other.vendor === finding.vendor &&
        other.hosting === 'vendor-hosted' &&
        other.status !== 'mentioned',
    );
    if (services.length === 0) continue;
    // The account's SDK imported in a service's own files is that service's client too (MaxKB's `botocore` in its
    // Bedrock provider was proposed as Amazon Web Services beside Amazon Bedrock); so is the SDK in a manifest.
    const serviceFiles = new Set(
      services.flatMap((service) => (groups.get(service.provider) ?? []).map((hit) => hit.evidence.file)),
    );
    const credentialOnly = groups
      .get(finding.provider)
      ?.every(
        (hit) =>
          hit.evidence.signal === 'env-var' ||
          hit.evidence.signal === 'manifest' ||
          (hit.evidence.signal === 'import' &&
            (serviceFiles.has(hit.evidence.file) || SDK_ERRORS.test(hit.evidence.snippet))),
      );
    if (credentialOnly) finding.covers = services.map((service) => service.provider).sort();
  }
}

/** Facts about one table from several migrations, combined. */
export function mergeTables(tables: readonly TableFact[]): TableFact[] {
  const merged = new Map<string, TableFact>();
  for (const table of tables) {
    const into = merged.get(table.table);
    if (!into) {
      merged.set(table.table, {
        ...table,
        vectorColumns: [...table.vectorColumns],
        vectorIndexes: [...table.vectorIndexes],
        policies: [...table.policies],
        evidence: [...table.evidence],
        ...(table.rlsAt ? { rlsAt: [...table.rlsAt] } : {}),
        ...(table.ownerColumns ? { ownerColumns: [...table.ownerColumns] } : {}),
        ...(table.createdAt ? { createdAt: [...table.createdAt] } : {}),
      });
      continue;
    }
    into.vectorColumns.push(...table.vectorColumns.filter((c) => !into.vectorColumns.includes(c)));
    into.vectorIndexes.push(...table.vectorIndexes.filter((c) => !into.vectorIndexes.includes(c)));
    into.rlsEnabled ||= table.rlsEnabled;
    into.rlsForced ||= table.rlsForced;
    into.policies.push(...table.policies);
    into.evidence.push(...table.evidence);
    if (table.rlsAt) into.rlsAt = [...(into.rlsAt ?? []), ...table.rlsAt];
    if (table.ownerColumns)
      into.ownerColumns = [...new Set([...(into.ownerColumns ?? []), ...table.ownerColumns])];
    if (table.createdAt) into.createdAt = [...(into.createdAt ?? []), ...table.createdAt];
  }
  for (const table of merged.values()) {
    table.evidence.sort(byPlace);
    table.rlsAt?.sort(byPlace);
    table.createdAt?.sort(byPlace);
  }
  return [...merged.values()].sort((a, b) => (a.table < b.table ? -1 : 1));
}

/** Facts that follow from findings alone: Gemini Developer API, Azure OpenAI, prompts sent to observability. */
export function derivedFacts(findings: readonly Finding[]): ConfigFact[] {
  const facts: ConfigFact[] = [];
  // "X (not Y)" is said only where Y is not found in use too: jina reader has an AI Studio client and calls Gemini
  // through Vertex AI on its hosted path, and was told "the Gemini Developer API is used (not Vertex AI)".
  const used = (provider: string) =>
    findings.some((finding) => finding.provider === provider && finding.status !== 'mentioned');
  for (const finding of findings) {
    // A provider only mentioned (a transitive dependency, a test, a doc) is not used: nothing to say about its use.
    if (finding.status === 'mentioned') continue;
    const evidence = finding.evidence.slice(0, 5);
    if (finding.provider === 'gemini-developer-api')
      facts.push({
        kind: 'gemini-developer-api',
        provider: finding.provider,
        message: used('vertex-ai')
          ? 'The Gemini Developer API is used beside Vertex AI: its data terms differ from Google Cloud’s, so which one customer data reaches matters'
          : 'The Gemini Developer API is used (not Vertex AI): its data terms differ from Google Cloud’s',
        evidence,
      });
    if (finding.provider === 'azure-openai')
      facts.push({
        kind: 'azure-openai-resource',
        provider: finding.provider,
        message: 'Azure OpenAI is used: check abuse-monitoring data retention for the resource',
        evidence,
      });
    if (finding.receivesPrompts && finding.hosting === 'vendor-hosted')
      facts.push({
        kind: 'prompts-to-observability',
        provider: finding.provider,
        message: `${finding.name} receives prompts and completions`,
        evidence,
      });
  }
  return facts;
}
