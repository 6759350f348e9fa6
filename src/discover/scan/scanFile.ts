import { redactLine, redactText } from '../../core/redact.js';
import type { CompiledCatalog } from '../catalog/compile.js';
import { commentMask, maskedLine, withoutComments } from '../proof/comments.js';
import { blankLines, fencedLines } from '../proof/fences.js';
import { imageHostLines } from '../proof/imageHosts.js';
import type { PathClass } from '../proof/pathClass.js';
import { promptLines } from '../proof/promptText.js';
import { rustTestLines } from '../proof/testBlocks.js';
import { adapterProvider } from '../signals/adapterPaths.js';
import { markBackingStores } from '../signals/composeServices.js';
import { configDefaults } from '../signals/configDefaults.js';
import { configFacts, importedProviders } from '../signals/configFacts.js';
import { markConnectionFields } from '../signals/connectionFields.js';
import { exampleScript, markConnectorClients } from '../signals/connectorClients.js';
import { CONSTRUCTED_MODEL_DETAIL, constructedModels } from '../signals/constructedModels.js';
import { customerKeyFacts } from '../signals/customerKey.js';
import { databaseChoices, markDatabaseChoices } from '../signals/databaseChoices.js';
import {
  type EndpointRef,
  type EnvValue,
  endpointRefs,
  envValueOn,
  generatedApiClient,
  settingDefaultRefs,
} from '../signals/endpoints.js';
import { frameworkClassImports } from '../signals/frameworkClasses.js';
import { gatewayModels } from '../signals/gatewayModels.js';
import { installHints } from '../signals/installHints.js';
import {
  importedNames,
  LISTED_KEY_DETAIL,
  lineSignals,
  ownClassNames,
  SETTINGS_FIELD_DETAIL,
  SILENCED_IMPORT_DETAIL,
  UMBRELLA_SLUGS,
  UNUSED_IMPORT_DETAIL,
  usedElsewhere,
} from '../signals/lineSignals.js';
import { litellmRoutes } from '../signals/litellmRoutes.js';
import {
  browserStoreFacts,
  LOCAL_STORE_KEYWORDS,
  localStoreHint,
  uploadFolderFacts,
} from '../signals/localStores.js';
import { manifestSignals } from '../signals/manifests.js';
import { markOfferedSignIn, offeredSignIn } from '../signals/offeredSignIn.js';
import { prismaHits } from '../signals/prisma.js';
import { DEFAULT_CHOICE_DETAIL, PROVIDER_TYPE_DETAIL } from '../signals/providerTypes.js';
import { markRequestFields } from '../signals/requestFields.js';
import { moveSearchOnly } from '../signals/searchOnly.js';
import { SEMANTIC_CACHE_KEYWORDS, semanticCacheFacts } from '../signals/semanticCache.js';
import { markServerCatalog } from '../signals/serverCatalog.js';
import { SIGN_IN_KEYWORDS, signInFacts } from '../signals/signIn.js';
import { extractSql, SQL_HINT } from '../signals/sql.js';
import { extractTerraform } from '../signals/terraform.js';
import { WEB_CONTENT_KEYWORDS, webContentFacts } from '../signals/webContent.js';
import type { ConfigFact, ProofClass, SignalKind, TableFact } from '../types.js';
import { commentedImports } from './deadModules.js';
import { CODE_KINDS, type FileKind, fileKindOf, manifestKindOf } from './fileKind.js';
import type { ProviderHit } from './hits.js';
import type { KeywordScanner } from './keywordScanner.js';
import { isMinifiedBundle, MINIFIED_LINE } from './minified.js';
import { isSettingsTemplate } from './settingsTemplates.js';

/** What one file contributes to the report. */
export interface FileResult {
  hits: ProviderHit[];
  facts: ConfigFact[];
  tables: TableFact[];
  /** Where AI clients in this file send data (resolved against every file's env values at the end). */
  endpoints: EndpointRef[];
  /** URL-valued variables this file sets. */
  envValues: EnvValue[];
  /**
   * Configuration classes the file's configuration holds as optional, unset by default: their defaults apply only
   * where a deployment sets them (`configDefaults`).
   */
  optionalSettings: string[];
  /** The modules its commented-out imports name (`commentedImports`), for the modules nothing else reaches. */
  commentedImports: string[];
  /** Why the file's text was not used after all (a minified bundle). */
  skippedBecause?: string;
}

/** Settings files a person writes: named as an example, they are a template like `.env.example`. */
/** A field that documents a value rather than using it: `examples=[…]`, `example: "…"`, `placeholder="…"`. */
const DOCUMENTED_VALUE = /\b(?:examples?|placeholder)\s*[=:]\s*[[{("'`]/i;

/**
 * A line of quoted bare domains and nothing else, an item of a list or set (`"sentry.io",`): a domain named as data
 * (SurfSense's e-mail domains its crawler skips, cited as Sentry receiving data), not a host the code reaches. A
 * host given to a setting (`host = "api.openai.com"`, `"base_url": "…"`) or in a URL is not such a line.
 */
const DOMAIN_ITEMS =
  /^\s*[[{(]?\s*(?:["'`][a-z0-9-]+(?:\.[a-z0-9-]+)+["'`]\s*(?:,\s*)?)+[\]})]?\s*[,;]?\s*(?:(?:#|\/\/).*)?$/i;

/**
 * One origin alone on a line, a scheme and a host with no path (`"https://api.segment.io",`): an item of a list of
 * origins where the line before or after is one too (langflow's `EXTERNAL_DOMAINS`, the origins its requests send no
 * auth header to, `frontend/src/controllers/API/api.tsx:141`: Segment, never loaded, was proposed as a sub-processor).
 * Alone, it is as likely the address a call on the line before is given (`post(\n 'https://r.jina.ai/',`).
 */
const ORIGIN_ITEM = /^\s*["'`]https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?\/?["'`]\s*,?\s*$/i;

/**
 * A Content-Security-Policy: the hosts a page may load from, allowed in case a build uses them (unstract's nginx.conf
 * allows Google Analytics and Stripe, which no code loads, and both were proposed as sub-processors). Data, not a call.
 */
const SECURITY_POLICY =
  /Content-Security-Policy|\b(?:default|script|connect|frame|img|style|font|media|worker|child)-src\b/i;

/**
 * A variable's name alone as an item of a list (`"SENTRY_DSN",` in turbo.json, `- OPENAI_API_KEY` passed through by
 * Compose): Plane's build list made Sentry a vendor it never calls; inbox-zero's made Google Cloud one.
 */
const NAME_ITEM = /^\s*(?:-\s+)?["'`]?[A-Z][A-Z0-9_]{2,}["'`]?\s*,?\s*$/;

/**
 * A model's name as the key of an entry of a table (`"claude-instant-1": {` in firecrawl's price list of 1,000 models):
 * data about models, not a call to one.
 */
const MODEL_KEY = /^\s*["'`][^"'`\s]{2,120}["'`]\s*:\s*(?:[{[]|-?\d)/;

/**
 * A logo's or an icon's address (`"logo_url": "https://….oss-us-west-1.aliyuncs.com/logo.png"` in a plugin manifest,
 * `iconUrl:`, `favicon =`): a picture shown from that host, to which the app sends no data (openagents's plugin
 * manifests proposed Alibaba Cloud OSS and Cloud Storage for Firebase, each receiving customer documents).
 */
const LOGO_ADDRESS =
  /(?:(?:^|[^A-Za-z0-9])(?:logo|icon|favicon)|(?<=[a-z])(?:Logo|Icon|Favicon))(?:[_-]?(?:url|uri|src|href|image)|Url|URL|Uri|Src|Href|Image)?["']?\s*[:=]\s*["'`]https?:\/\//;

/**
 * A picture's address: a quoted URL to an image file on a line that names a picture (`DEFAULT_AVATAR_URL =
 * 'https://….oss-cn-shanghai.aliyuncs.com/github/default.jpeg'`, `<img src="…">`, `background: url(…)`): shown from
 * that host, which receives no data of ours (Yuxi-Know's `web/src/components/UserInfoComponent.vue:214`, a default
 * avatar on its author's bucket, proposed Alibaba Cloud OSS as receiving customer documents).
 */
const PICTURE_ADDRESS =
  /["'`(]https?:\/\/[^"'`\s()]{1,300}\.(?:png|jpe?g|gif|svg|webp|ico|avif|bmp)(?:\?[^"'`\s()]{0,200})?["'`)]/i;
const PICTURE_WORD = /avatar|image|img|picture|photo|cover|banner|thumbnail|background|poster|\bsrc\b/i;

/**
 * A host and a port held together (`"together": ("api.together.xyz", 443)`, `{Host: "api.openai.com", Port: 443}`): a
 * table of endpoints a tool watches for or classifies, as openlit's controller and SDK keep (each proposed as a vendor
 * it calls). A call names a URL, not a host beside its port.
 */
const HOST_PORT = /["'`][a-z0-9-]+(?:\.[a-z0-9-]+)+["'`]\s*,\s*(?:port\s*[:=]\s*)?\d{2,5}\b/i;

/**
 * A file of prices (`pricing.go`, `model_prices.json`, `costs.ts`): the models it names are priced there, not called
 * (openlit's CLI price list made OpenAI, xAI and Anthropic vendors of its own).
 */
const PRICE_FILE = /(?:^|\/)[^/]*(?:pric(?:e|es|ing)|costs?)[^/]*$/i;

/** What makes a JSON file a Terraform plan (`terraform show -json`), read for its resources. */
const TERRAFORM_PLAN = /"(?:planned_values|resource_changes)"\s*:/;

const ENV_KINDS = new Set(['env', 'yaml', 'dockerfile', 'shell', 'config', 'toml']);

const INFRASTRUCTURE_SIGNALS = new Set<SignalKind>(['terraform', 'compose-image', 'kubernetes', 'sql']);
const COMPOSE_FILE = /(?:^|[-.])compose[\w.-]*\.ya?ml$/i;
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
/** The first key of an OpenAPI or Swagger document, in YAML or JSON. */
const OPENAPI_DOCUMENT =
  /^(?:\s*#[^\n]*\n)*\s*(?:["']?(?:openapi|swagger)["']?\s*:|\{\s*"(?:openapi|swagger)"\s*:)/;

/** Keywords beyond the catalog's: SQL that describes vector data and tenant isolation. */
export const EXTRA_KEYWORDS = [
  { text: 'create extension', prefix: false },
  { text: 'row level security', prefix: false },
  { text: 'create policy', prefix: false },
  { text: 'hnsw', prefix: false },
  { text: 'ivfflat', prefix: false },
  { text: '<=>', prefix: true },
  { text: 'provider "', prefix: true },
  { text: 'vector(', prefix: true },
  // How users sign in: the sign-in libraries' set-up (`signInFacts`).
  ...SIGN_IN_KEYWORDS.map((text) => ({ text, prefix: true })),
  // What the app retrieves: web pages it reads and embeds, files users upload (`webContentFacts`).
  ...WEB_CONTENT_KEYWORDS.map((text) => ({ text, prefix: true })),
  ...SEMANTIC_CACHE_KEYWORDS.map((text) => ({ text, prefix: true })),
  // Users' content kept in their browser, and uploads written to the server's disk (`localStores.ts`).
  ...LOCAL_STORE_KEYWORDS.map((text) => ({ text, prefix: true })),
  // Base URLs of OpenAI-compatible clients and direct calls to AI paths on any host.
  { text: 'base_url', prefix: true },
  { text: 'baseurl', prefix: true },
  { text: 'api_base', prefix: true },
  // Connection settings named after a provider in words the catalog does not spell out (`KOBOLD_CPP_BASE_PATH`).
  { text: 'base_path', prefix: false },
  { text: 'api_key', prefix: false },
  { text: 'endpoint', prefix: false },
  { text: 'chat/completions', prefix: true },
  { text: 'embeddings', prefix: false },
  { text: 'api/generate', prefix: true },
  { text: 'generatecontent', prefix: true },
  // llama.cpp as engine kinds and settings spell it (`"llama.cpp/completion"`): its slug `llamacpp` is no word.
  // (Generic `completion"` keywords were tried: they made every `st.write("Completion")` line a candidate.)
  { text: 'llama.cpp', prefix: true },
  // A setting that chooses among vendors given one as its default (`os.getenv("CHAT_PROVIDER", "openai")`,
  // `vector_store_type: str = "chroma"`, `env.LLM_PROVIDER ?? 'openai'`): the line names no keyword of the vendor.
  ...['provider', 'type', 'backend', 'engine', 'vendor'].flatMap((word) =>
    ['", "', "', '", '", \'', '\', "', ': str = "', ": str = '", " ?? '", ' ?? "', " || '", ' || "'].map(
      (tail) => ({
        text: `${word}${tail}`,
        prefix: true,
      }),
    ),
  ),
];

/**
 * The class of a hit not classed yet: the path's class first (tests, examples, docs, translations), then
 * code for source files, infrastructure for IaC, images and migrations, config for everything else.
 */
function classify(hits: ProviderHit[], from: number, pathClass: PathClass | undefined, code: boolean): void {
  for (let i = from; i < hits.length; i++) {
    const evidence = hits[i]!.evidence;
    // A workflow that deploys the app is how the company runs it, though CI folders are otherwise the developers' own.
    if (evidence.signal === 'deploy-action') evidence.proofClass = 'infrastructure';
    else if (pathClass && pathClass !== 'code') evidence.proofClass = pathClass;
    else if (evidence.proofClass) continue;
    else if (INFRASTRUCTURE_SIGNALS.has(evidence.signal) && evidence.signal !== 'sql')
      evidence.proofClass = 'infrastructure';
    else if (evidence.signal === 'sql') evidence.proofClass = code ? 'code' : 'infrastructure';
    else evidence.proofClass = code ? 'code' : 'config';
  }
}

/**
 * Tables with each statement classed as hits are: a test's fixture policy (LangBot's `using (true)` in a migration
 * test) says nothing of the app's own tables.
 */
function classedTables(tables: TableFact[], pathClass: PathClass | undefined, code: boolean): TableFact[] {
  const proofClass: ProofClass =
    pathClass && pathClass !== 'code' ? pathClass : code ? 'code' : 'infrastructure';
  for (const table of tables)
    for (const proof of [...table.evidence, ...(table.createdAt ?? [])]) proof.proofClass ??= proofClass;
  return tables;
}

// `os.environ["ANTHROPIC_BASE_URL"] = url`, `process.env.OPENAI_BASE_URL = …`: code that sets a provider's
// base-URL variable points that provider's client (often a child process it starts) at another server.
const BASE_URL_ASSIGNMENT =
  /(?:os\.environ\[\s*["']|process\.env\.|process\.env\[\s*["']|os\.(?:putenv|setenv)\(\s*["']|environ\.setdefault\(\s*["'])([A-Z][A-Z0-9_]*_(?:BASE_URL|API_BASE|API_URL|BASE|HOST|ENDPOINT))\b["']?\s*(?:\]\s*=(?!=)|=(?!=)|,)/;

/**
 * Drops a file's environment-variable proofs of a provider whose base-URL variable the file assigns: those
 * lines redirect the provider's client elsewhere (private-gpt points Claude Code at itself through
 * `ANTHROPIC_BASE_URL` and `ANTHROPIC_API_KEY`), so none of them shows data going to the provider. A host of
 * the provider on the same line is still an `api-host` proof and stays.
 */
function dropRedirectedVariables(hits: ProviderHit[], from: number): void {
  const redirected = new Set<string>();
  for (let i = from; i < hits.length; i++) {
    const { evidence, provider } = hits[i]!;
    if (evidence.signal === 'env-var' && BASE_URL_ASSIGNMENT.test(evidence.snippet ?? ''))
      redirected.add(provider);
  }
  if (redirected.size === 0) return;
  let kept = from;
  for (let i = from; i < hits.length; i++) {
    const hit = hits[i]!;
    if (hit.evidence.signal === 'env-var' && redirected.has(hit.provider)) continue;
    hits[kept++] = hit;
  }
  hits.length = kept;
}

/**
 * Drops a file's Amazon S3 proofs where its S3 client is pointed at another store's endpoint (`speaksS3`: postiz's
 * `@aws-sdk/client-s3` with `https://${accountID}.r2.cloudflarestorage.com`): the files go to that store, not to Amazon.
 */
function dropS3PointedElsewhere(hits: ProviderHit[], catalog: CompiledCatalog): void {
  const elsewhere = hits.some(
    (hit) => hit.evidence.signal === 'api-host' && catalog.providers.get(hit.provider)?.speaksS3,
  );
  if (!elsewhere) return;
  let kept = 0;
  for (const hit of hits) if (hit.provider !== 'aws-s3') hits[kept++] = hit;
  hits.length = kept;
}

/** A typed schema of the environment the app accepts (`createEnv({ server: { … } })`, @t3-oss/env-nextjs, env-core). */
const ENV_SCHEMA = /\bcreateEnv\s*\(/;

/**
 * Marks the keys an environment schema declares as names the app accepts, as a list of names is (`LISTED_KEY_DETAIL`):
 * `ANTHROPIC_API_KEY: z.string().optional()` and its `runtimeEnv` line say the app takes the setting, not that it calls
 * the vendor (onlook declared Anthropic, OpenAI, Gemini and Bedrock keys it never reads; they were proposed as vendors,
 * and made its one real provider "one of 5").
 */
function listKeysOfSchema(hits: ProviderHit[]): void {
  for (const hit of hits)
    if (hit.evidence.signal === 'env-var' && !hit.evidence.detail) hit.evidence.detail = LISTED_KEY_DETAIL;
}

/** The providers a telling class name proves, per catalog. */
const classProvidersOf = new WeakMap<CompiledCatalog, Set<string>>();
function classProviders(catalog: CompiledCatalog): Set<string> {
  let providers = classProvidersOf.get(catalog);
  if (!providers) {
    providers = new Set(catalog.integrations.classes.values());
    classProvidersOf.set(catalog, providers);
  }
  return providers;
}

/**
 * Drops a file's proofs by a telling class name (`InferenceClient`) that the file imports from a module of its own, or
 * declares: the app's own type of that name (`ownClassNames`).
 */
function dropOwnClasses(hits: ProviderHit[], own: ReadonlySet<string>, catalog: CompiledCatalog): void {
  if (own.size === 0) return;
  const named = [...own].map((name) => ({
    provider: catalog.integrations.classes.get(name),
    word: new RegExp(String.raw`\b${name}\b`),
  }));
  let kept = 0;
  for (const hit of hits) {
    const mine =
      hit.evidence.signal === 'import' &&
      named.some(({ provider, word }) => provider === hit.provider && word.test(hit.evidence.snippet ?? ''));
    if (!mine) hits[kept++] = hit;
  }
  hits.length = kept;
}

// Platforms that serve several vendors' models: on them a provider type names a model family (mem0's Bedrock
// client tests `self.provider == "ai21"`), not a vendor the app calls.
const MULTI_VENDOR_PLATFORMS = new Set(['aws-bedrock', 'vertex-ai', 'azure-ai-services', 'aws-sagemaker']);

/** Drops provider-type proofs (`typ == "Ollama"`) from a file that calls a multi-vendor platform or gateway. */
function dropModelFamilies(hits: ProviderHit[], catalog: CompiledCatalog): void {
  const platform = hits.some(
    ({ provider, evidence }) =>
      !evidence.detail?.startsWith(PROVIDER_TYPE_DETAIL) &&
      (MULTI_VENDOR_PLATFORMS.has(provider) || catalog.providers.get(provider)?.category === 'llm-gateway'),
  );
  if (!platform) return;
  let kept = 0;
  for (const hit of hits) if (!hit.evidence.detail?.startsWith(PROVIDER_TYPE_DETAIL)) hits[kept++] = hit;
  hits.length = kept;
}

// A client given a base URL: `base_url=`, `baseURL:`, `openai_api_base=`, `basePath:`, a builder's `.baseUrl(`.
const BASE_URL_ARGUMENT = /\b(?:\w*_)?(?:base_?url|api_?base|base_?path)["']?\s*[=:]|\.base_?url\(/i;
// Vendors whose SDK other servers speak as a wire format (OpenAI-compatible chat, Cohere-compatible rerank).
const API_CATEGORIES = new Set(['llm-api', 'embedding-api']);

/**
 * In the app's adapter for one vendor, another vendor's SDK given a base URL is a client for the first
 * (MaxKB's vLLM reranker is `cohere.ClientV2(key, base_url=vllm_url)`): its imports there prove nothing.
 */
function dropForeignClients(hits: ProviderHit[], own: string, catalog: CompiledCatalog): void {
  let kept = 0;
  for (const hit of hits) {
    const category = catalog.providers.get(hit.provider)?.category;
    const foreign = hit.provider !== own && category && API_CATEGORIES.has(category);
    if (foreign && hit.evidence.signal === 'import') continue;
    hits[kept++] = hit;
  }
  hits.length = kept;
}

/** The app's own module for one vendor, when it names a connection: an `adapter` proof of that vendor. */
function adapterSignal(
  hits: ProviderHit[],
  file: string,
  kind: FileKind | undefined,
  pathClass: PathClass | undefined,
  catalog: CompiledCatalog,
  text: () => string,
  line: number,
): { provider: string; folder: string } | undefined {
  if (!kind || !CODE_KINDS.has(kind) || (pathClass && pathClass !== 'code')) return undefined;
  const adapter = adapterProvider(catalog, file, text);
  if (adapter)
    hits.push({
      provider: adapter.provider,
      evidence: {
        file,
        line,
        signal: 'adapter',
        snippet: adapter.folder,
        detail: `the app's adapter for it (${adapter.folder})`,
      },
    });
  return adapter;
}

/**
 * Scans one file's bytes. A single keyword pass selects candidate lines; only those lines (and, for
 * manifests, SQL and Terraform, the whole text) reach the detailed matchers. Text inside comments is
 * matched separately and classed `comment`; configuration rules never see it.
 */
export async function scanFile(
  bytes: Uint8Array,
  file: string,
  name: string,
  catalog: CompiledCatalog,
  scanner: KeywordScanner,
  pathClass?: PathClass,
  appDefaults?: boolean,
): Promise<FileResult> {
  const result: FileResult = {
    hits: [],
    facts: [],
    tables: [],
    endpoints: [],
    envValues: [],
    optionalSettings: [],
    commentedImports: [],
  };
  const kind = fileKindOf(name);
  if (kind === 'prisma') {
    // A schema's datasource names the app's database whatever keywords it holds (`provider = "sqlite"`): no keyword
    // pass. Only the matched `provider = "…"` and `url = env("…")` become snippets, so nothing else of the file can
    // reach a report; a variable the catalog knows names the service the database runs on (`prismaHits`).
    const mask = commentMask(bytes, kind);
    result.hits.push(
      ...prismaHits(decoder.decode(mask?.includes(1) ? withoutComments(bytes, mask) : bytes), file, (name) =>
        catalog.env.get(name),
      ),
    );
    classify(result.hits, 0, pathClass, false);
    return result;
  }
  const manifest = manifestKindOf(name);
  // Read whatever keywords the file holds: a module's only importer may name nothing of the catalog.
  if (kind === 'python' || kind === 'js') result.commentedImports = commentedImports(bytes, kind);
  const candidates = scanner.scan(bytes);
  let fullText: string | undefined;
  const text = () => {
    // Secrets are masked before any signal sees the text, so no finding or snippet can carry one.
    fullText ??= redactText(decoder.decode(bytes));
    return fullText;
  };
  if (candidates.lines.length === 0) {
    // The app's module for one vendor may hold no keyword at all (`oaiKey: setup.cerebrasKey`).
    if (adapterSignal(result.hits, file, kind, pathClass, catalog, text, 1))
      classify(result.hits, 0, pathClass, true);
    // A migration that only creates tables names no keyword: which columns key its rows to users still matters
    // beside the migrations that secure the others (morphic's `feedback`, created in a file of its own).
    if (kind === 'sql') {
      const mask = pathClass && pathClass !== 'code' ? undefined : commentMask(bytes, kind);
      const sqlText = mask?.includes(1) ? decoder.decode(withoutComments(bytes, mask)) : text();
      result.tables.push(...classedTables(extractSql(sqlText, file).tables, pathClass, false));
    }
    return result;
  }

  if (manifest) {
    manifestSignals(
      {
        file,
        name,
        kind: manifest,
        text: text(),
        ...(manifest === 'package.json' ? { raw: decoder.decode(bytes) } : {}),
        lines: candidates.lines,
      },
      catalog,
      result.hits,
    );
    classify(result.hits, 0, pathClass, false);
    return result;
  }
  if (!kind) return result;
  // An OpenAPI or Swagger document describes the app's own API, its examples and descriptions included: documentation
  // (pipeshub-ai's `pipeshub-openapi.yaml`, whose SMTP settings' description lists Amazon SES's host among common
  // providers, proposed Amazon SES as a sub-processor).
  if (
    !pathClass &&
    (kind === 'yaml' || kind === 'json') &&
    OPENAPI_DOCUMENT.test(decoder.decode(bytes.subarray(0, 300)))
  )
    pathClass = 'docs';
  // A usage sample run by hand beside a connector's client (`sources/external/zendesk/example.py`) is an example.
  if (!pathClass && kind === 'python' && exampleScript(name, () => decoder.decode(bytes)))
    pathClass = 'example';
  const code = CODE_KINDS.has(kind);
  // A bundle carries its dependencies' code (SDKs included) on giant lines: it proves nothing about the app's
  // own use, and regexes over 500 KB lines cost more than the rest of the file set. A file a person wrote with one
  // long literal is read (`isMinifiedBundle`).
  const longLine = () => candidates.starts.some((start, i) => candidates.ends[i]! - start > MINIFIED_LINE);
  if (kind === 'js' && longLine() && isMinifiedBundle(bytes, name)) {
    result.skippedBecause = `minified or generated (a line over ${MINIFIED_LINE} characters)`;
    return result;
  }
  // JSON on lines that long is data a tool wrote (gpt-researcher's committed issue exports named Supabase in
  // users' bug reports), not configuration a person wrote; a Terraform plan (`terraform show -json`) is read.
  if (kind === 'json' && longLine() && !TERRAFORM_PLAN.test(text())) {
    result.skippedBecause = `data, not configuration (a JSON line over ${MINIFIED_LINE} characters)`;
    return result;
  }
  const adapter = adapterSignal(result.hits, file, kind, pathClass, catalog, text, candidates.lines[0]!);
  const imageSignal: SignalKind =
    kind === 'dockerfile' || COMPOSE_FILE.test(name) ? 'compose-image' : 'kubernetes';
  // Everything in a test, example, docs or translation file is a mention anyway: no need to find comments.
  const mask = pathClass && pathClass !== 'code' ? undefined : commentMask(bytes, kind);
  let sqlHint = kind === 'sql';
  // Whether a candidate line names a word of the local-store rules (`localStoreHint`): most files name none.
  let localHint = false;
  const production = !pathClass || pathClass === 'code';
  // `.env.example`, `.example.env`, `.env.sample`: a template lists settings a deployment may set, so a
  // provider named only there is mentioned; its URL values still resolve base URLs read from code. So is a settings
  // file named as an example or template (`librechat.example.yaml`, `settings.template.toml`): LibreChat's example
  // YAML listed Groq, Helicone and Portkey, which were proposed and raised as critical. Not one the app's code loads
  // itself (`appDefaults`, see `templatesTheCodeLoads`): its values are the app's defaults.
  const template = !appDefaults && isSettingsTemplate(kind, name);
  const lineClass: ProofClass | undefined = template && production ? 'example' : undefined;
  let textLines: string[] | undefined;
  // An origin alone on its line, with another item of the list next to it.
  const originListed = (lineText: string, line: number) => {
    if (!ORIGIN_ITEM.test(lineText)) return false;
    textLines ??= text().split('\n');
    return [textLines[line - 2], textLines[line]].some(
      (next) => next !== undefined && (ORIGIN_ITEM.test(next) || DOMAIN_ITEMS.test(next)),
    );
  };
  const scanLine = (lineBytes: Uint8Array, line: number, proofClass?: ProofClass) => {
    // Secrets are masked before any signal sees the line, so no finding or snippet can carry one.
    let lineText = redactLine(decoder.decode(lineBytes).replace(/\r$/, ''));
    // `# import groq`, `// import x from 'y'`: without its marker a commented-out line reads as the code it was.
    if (proofClass === 'comment')
      lineText = lineText.replace(
        /^(\s*)(\/\/+|\/\*+|\*+|#+|=begin)/,
        (_, space: string, marker: string) => space + ' '.repeat(marker.length),
      );
    if (proofClass !== 'comment' && !sqlHint && SQL_HINT.test(lineText)) sqlHint = true;
    if (!localHint && (kind === 'js' || kind === 'python') && localStoreHint(lineText)) localHint = true;
    if (proofClass !== 'comment' && production && ENV_KINDS.has(kind)) {
      const value = envValueOn(lineText, file, line);
      if (value) result.envValues.push(value);
    }
    // A schema's documented example or a form's placeholder (`examples=[{"OPENAI_API_KEY": …}]`, TaskingAI's rerank
    // schema, proposed as OpenAI reranking) shows what a caller may send, not a call the app makes.
    // A page's form field too (SillyTavern's `placeholder="Example: http://localhost:1234/v1"`, proposed as LM Studio).
    const lineProof =
      proofClass ?? ((code || kind === 'html') && DOCUMENTED_VALUE.test(lineText) ? 'example' : undefined);
    const from = result.hits.length;
    lineSignals({ file, kind, line, text: lineText, imageSignal }, catalog, result.hits);
    if (lineProof)
      for (let k = from; k < result.hits.length; k++) result.hits[k]!.evidence.proofClass = lineProof;
    else if (result.hits.length > from) {
      // A list of domains, or a table keyed by model names, is data the code holds, not a call it makes; a list of
      // variable names (turbo.json's `globalEnv`, a Compose pass-through) names a setting, and sets nothing.
      const listed = SECURITY_POLICY.test(lineText)
        ? 'any'
        : (code &&
              (DOMAIN_ITEMS.test(lineText) || HOST_PORT.test(lineText) || originListed(lineText, line))) ||
            LOGO_ADDRESS.test(lineText) ||
            (PICTURE_ADDRESS.test(lineText) && PICTURE_WORD.test(lineText))
          ? 'api-host'
          : (code || kind === 'json') && (MODEL_KEY.test(lineText) || PRICE_FILE.test(file))
            ? 'model-id'
            : NAME_ITEM.test(lineText)
              ? 'env-var'
              : undefined;
      if (listed)
        for (let k = from; k < result.hits.length; k++)
          if (listed === 'any' || result.hits[k]!.evidence.signal === listed)
            result.hits[k]!.evidence.proofClass = 'data';
    }
  };
  // A Markdown code sample inside a source file (a string a UI shows), or a prompt's text teaching a model to write
  // code, is an example, not the app's code; a Rust test module is a test.
  const fenced = code && production ? joined(fencedLines(text()), promptLines(text(), file)) : undefined;
  const tests = kind === 'rust' && production ? rustTestLines(text()) : undefined;
  const imageHosts = kind === 'js' && production ? imageHostLines(text()) : undefined;
  for (let i = 0; i < candidates.lines.length; i++) {
    const start = candidates.starts[i]!;
    const end = candidates.ends[i]!;
    const line = candidates.lines[i]!;
    const liveClass = fenced?.has(line)
      ? 'example'
      : tests?.has(line)
        ? 'test'
        : imageHosts?.has(line)
          ? 'data'
          : lineClass;
    if (!mask) {
      scanLine(bytes.subarray(start, end), line, liveClass);
      continue;
    }
    const live = maskedLine(bytes, mask, start, end, 0);
    if (live) scanLine(live, line, liveClass);
    const commented = maskedLine(bytes, mask, start, end, 1);
    if (commented) scanLine(commented, line, 'comment');
  }
  // Configuration rules and SQL read the code only: a commented-out `cache_control` proves nothing.
  let codeText = text();
  // Decoded from the bytes where comments are blanked, so not yet masked: every rule that quotes a line quotes it
  // through `cleanSnippet`, which masks secrets.
  const unmasked = mask?.includes(1) === true;
  if (unmasked) codeText = decoder.decode(withoutComments(bytes, mask));
  const hidden = fenced && tests ? new Set([...fenced, ...tests]) : (fenced ?? tests);
  if (hidden) codeText = blankLines(codeText, hidden);
  if (sqlHint) {
    const sql = extractSql(codeText, file);
    result.hits.push(...sql.hits);
    result.tables.push(...classedTables(sql.tables, pathClass, code));
  }
  const plan = kind === 'json' && TERRAFORM_PLAN.test(text());
  if (kind === 'terraform' || plan) {
    // text() runs before the await: the caller reuses `bytes` for the next file once this yields.
    const terraform = await extractTerraform(codeText, file, catalog, plan);
    result.hits.push(...terraform.hits);
    result.facts.push(...terraform.facts);
  }
  // Classes imported over several lines, or from a framework module that re-exports them (`import { OpenAI } from
  // "llamaindex"`): only where the file imports a framework, which the line scan has found by then.
  if (
    code &&
    result.hits.some(
      (hit) =>
        hit.evidence.signal === 'import' &&
        catalog.providers.get(hit.provider)?.category === 'agent-framework',
    )
  )
    result.hits.push(...frameworkClassImports(codeText, kind, file, catalog));
  // Only where a telling class's vendor was found in the file: most files name none.
  if (code && result.hits.some((hit) => classProviders(catalog).has(hit.provider)))
    dropOwnClasses(result.hits, ownClassNames(codeText, kind, catalog), catalog);
  if (code) dropRedirectedVariables(result.hits, 0);
  if (code) dropS3PointedElsewhere(result.hits, catalog);
  // A store the Compose file runs only for another vendor's server (Temporal's Elasticsearch) is that server's.
  if (kind === 'yaml' && imageSignal === 'compose-image' && result.hits.length > 0)
    markBackingStores(result.hits, text(), catalog);
  // Only a file with a key read has one to mark: most files read none, and their text is not searched for a schema.
  if (code && result.hits.some((hit) => hit.evidence.signal === 'env-var') && ENV_SCHEMA.test(codeText))
    listKeysOfSchema(result.hits);
  // A key field of a class of one connection's parameters is the customer's, not a setting of ours.
  if (kind === 'python' && result.hits.some((hit) => hit.evidence.detail === SETTINGS_FIELD_DETAIL))
    markConnectionFields(result.hits, codeText);
  if (code) dropModelFamilies(result.hits, catalog);
  if (adapter && BASE_URL_ARGUMENT.test(codeText)) dropForeignClients(result.hits, adapter.provider, catalog);
  // Models routed through LiteLLM by its provider prefixes (unstract's adapters: `f"bedrock/{model}"`).
  if (code && production) result.hits.push(...litellmRoutes(codeText, file, catalog, text()));
  // A maker's model under a gateway's provider setting is the gateway's (`provider="openrouter"`, `"openai/gpt-4.1"`).
  if (
    code &&
    result.hits.some((hit) => hit.evidence.signal === 'model-id' || hit.evidence.signal === 'api-call')
  )
    gatewayModels(result.hits, codeText, catalog);
  // A configuration's defaults over several lines (`Field(\n default=…`), or read as one object's: each line alone
  // may say nothing of a default. Not twice where one line said it already.
  if (code && production) {
    const defaults = configDefaults(codeText, file, kind, catalog, UMBRELLA_SLUGS);
    result.optionalSettings.push(...defaults.optional);
    for (const hit of defaults.hits)
      if (
        !result.hits.some(
          (seen) =>
            seen.provider === hit.provider &&
            seen.evidence.line === hit.evidence.line &&
            seen.evidence.detail?.startsWith(DEFAULT_CHOICE_DETAIL),
        )
      )
        result.hits.push(hit);
  }
  // A model vendor's search API used alone in a file (Perplexity's `/search`) is that API, not the models.
  if (code) moveSearchOnly(result.hits, codeText);
  // A request body's field defaults are one request's, not the configuration's (`class ChatRequest(BaseModel)`).
  if (kind === 'python' && production && codeText.includes('class '))
    markRequestFields(result.hits, codeText);
  // Not a package's `__init__.py`, whose imports are its exports.
  if (kind === 'python' && name !== '__init__.py') markUnusedImports(result.hits, codeText);
  // Read in the whole file: an install command sits in a docstring or an error message as often as in a comment.
  if (kind === 'python' && production) result.hits.push(...installHints(text(), file, catalog));
  // A model API's client built with a literal model: a task of its own (`constructedModels`). One proof per line.
  if (code && production)
    for (const hit of constructedModels(codeText, kind, file, catalog, importedProviders(result.hits))) {
      const same = result.hits.find(
        (seen) =>
          seen.provider === hit.provider &&
          seen.evidence.line === hit.evidence.line &&
          seen.evidence.signal === 'model-id',
      );
      if (!same) result.hits.push(hit);
      else same.evidence.detail ??= CONSTRUCTED_MODEL_DETAIL;
    }
  classify(result.hits, 0, pathClass, code);
  // A catalogue of servers users may install names their vendors as data (`markServerCatalog`: the path decides first).
  if (production && (code || kind === 'json' || kind === 'yaml')) markServerCatalog(result.hits, file, text);
  if (code && production) {
    const imported = importedProviders(result.hits, codeText);
    result.facts.push(...configFacts(codeText, file, imported));
    // Read before secrets are masked: the mask takes `apiKey: credentials.apiKey` for a key's value (typebot's
    // model blocks, each called with the bot creator's saved key, read as ours).
    const keyText = () => {
      if (unmasked) return codeText;
      const raw = decoder.decode(bytes);
      return hidden ? blankLines(raw, hidden) : raw;
    };
    const found = new Set(result.hits.map((hit) => hit.provider));
    result.facts.push(...customerKeyFacts(keyText, file, imported, catalog, found));
    const offered = offeredSignIn(codeText);
    if (offered) markOfferedSignIn(result.hits, offered, catalog);
    // Only a file with a marker found has a list entry to mark: most have none, and their text is not searched.
    const kinds = result.hits.some((hit) => hit.evidence.signal === 'api-call') && databaseChoices(codeText);
    if (kinds) markDatabaseChoices(result.hits, kinds);
    result.facts.push(...signInFacts(codeText, file, offered));
    result.facts.push(...webContentFacts(codeText, file, result.hits, catalog));
    result.facts.push(...semanticCacheFacts(codeText, file));
    if (localHint && kind === 'js') result.facts.push(...browserStoreFacts(codeText, file));
    if (localHint) result.facts.push(...uploadFolderFacts(codeText, file, kind));
    if (!generatedApiClient(decoder.decode(bytes.subarray(0, 1000))))
      result.endpoints.push(...endpointRefs(codeText, file));
    // Last: the proofs of a connector instance's client, where no other detail says more of them.
    markConnectorClients(result.hits, codeText);
  }
  if (production && (code || kind === 'yaml' || kind === 'json'))
    result.endpoints.push(...settingDefaultRefs(codeText, file));
  return result;
}

/**
 * Marks a Python import whose names the file never uses again (`UNUSED_IMPORT_DETAIL`): judged without, as an import of
 * exception types is, so the vendor is mentioned unless something else uses it. One-line imports only.
 */
function markUnusedImports(hits: ProviderHit[], codeText: string): void {
  let lines: string[] | undefined;
  for (const hit of hits) {
    const { evidence } = hit;
    // Not an import judged already (an SDK's exception types); a framework's (`through LangChain (…)`) is.
    if (evidence.signal !== 'import' || (evidence.detail && !evidence.detail.startsWith('through ')))
      continue;
    lines ??= codeText.split('\n');
    const line = lines[evidence.line - 1] ?? '';
    const names = importedNames(line);
    if (names?.every((name) => !usedElsewhere(codeText, name, evidence.line))) {
      evidence.detail = UNUSED_IMPORT_DETAIL;
      continue;
    }
    // An SDK imported directly is the app's choice of vendor, unless all the file does with it is silence it.
    const silenced = names ?? PLAIN_IMPORT.exec(line)?.slice(1, 3).filter(Boolean).slice(-1);
    if (
      silenced?.length &&
      silenced.every(
        (name) =>
          usedElsewhere(codeText, name, evidence.line) &&
          !usedElsewhere(withoutNoOps(codeText, name), name, evidence.line),
      )
    )
      evidence.detail = SILENCED_IMPORT_DETAIL;
  }
}

/** A plain Python import of one module (`import posthog`, `import posthog as ph`): the module, then its alias. */
const PLAIN_IMPORT = /^\s*import\s+(\w+)(?:\s+as\s+(\w+))?\s*(?:#.*)?$/;

/**
 * The text with each line that replaces one of `name`'s functions by a no-op (`posthog.capture = lambda *args,
 * **kwargs: None`) blanked, lines kept: text-generation-webui's superbooga imports PostHog only to stop Chroma's
 * telemetry calls, and PostHog was read as used.
 */
function withoutNoOps(codeText: string, name: string): string {
  const noOp = new RegExp(
    String.raw`^[ \t]*${name}(?:\.\w+)+[ \t]*=[ \t]*lambda\b[^:\n]*:[ \t]*None[ \t]*(?:#.*)?$`,
    'gm',
  );
  return codeText.replace(noOp, '');
}

/** Both sets of lines, or the one there is. */
function joined(one: Set<number> | undefined, other: Set<number> | undefined): Set<number> | undefined {
  if (!one || !other) return one ?? other;
  for (const line of other) one.add(line);
  return one;
}
