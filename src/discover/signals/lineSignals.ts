import { type CompiledCatalog, lookupPrefix } from '../catalog/compile.js';
import { CODE_KINDS, type FileKind } from '../scan/fileKind.js';
import type { ProviderHit } from '../scan/hits.js';
import { cleanSnippet } from '../scan/snippet.js';
import type { SignalKind } from '../types.js';
import { integrationProvider, normaliseSlug } from './integrations.js';
import { LITELLM_PROVIDER_DETAIL, litellmProviderOf } from './litellmRoutes.js';
import { pypiProvider } from './manifests.js';
import { defaultSelections, PROVIDER_TYPE_DETAIL, QUOTED, selectedProviders } from './providerTypes.js';
import { WEB_APP_DETAIL, webAppAddress } from './webSessions.js';

/** One candidate line handed to the matchers. */
export interface LineInput {
  file: string;
  kind: FileKind;
  line: number;
  text: string;
  /** `compose-image` for Compose files and Dockerfiles, `kubernetes` for other YAML. */
  imageSignal: SignalKind;
}

const JS_IMPORT =
  /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*|^\s*import\s+|\bexport\s+\*\s+from\s+)['"`]([^'"`\s]+)['"`]/g;
// The names may continue on the next lines of a parenthesised import (`from x import (` then one per line).
const PY_FROM = /^\s*from\s+([\w.]+)\s+import\s*\(?\s*([\w\s,]*)/;
const PY_DYNAMIC_IMPORT = /\b(?:import_module|__import__)\s*\(\s*["']([\w.]+)["']/g;
const PY_IMPORT = /^\s*import\s+([\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*)/;
const GO_IMPORT = /^\s*(?:import\s+)?(?:[\w.]+\s+)?"([\w.-]+\.[\w.-]+\/[^"]+)"/;
const RUBY_REQUIRE = /^\s*(?:require|gem)\s*\(?\s*['"]([^'"]+)['"]/;
const RUST_USE = /\b(?:use|extern\s+crate)\s+([a-z0-9_]+)/;
/** `pip install …`, `pip3 install`, `uv pip install`, `python -m pip install`: the packages after it. */
const PIP_INSTALL = /\b(?:pip3?|uv\s+pip|python3?\s+-m\s+pip)\s+install\s+([^&|;#\n]+)/;
/** A requirement token's distribution name, not an option (`-r`, `--no-cache-dir`) or a path. */
const PIP_REQUIREMENT = /^["']?([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?(?:[<>=!~].*)?["']?$/;
/**
 * A typed class field holding a string, as settings classes declare one (`openai_api_key: Optional[str] = None`), as
 * the scan reads it: a key's name before a colon has what follows masked (`anthropic_api_key: ***`).
 */
const SETTINGS_FIELD =
  /^\s+([a-z][a-z0-9_]*_(?:api_key|key|token|key_id|secret|secret_access_key))\s*:\s*(?:Optional\[\s*(?:str|SecretStr)\s*\]|(?:str|SecretStr)(?:\s*\|\s*None)?|\*\*\*)\s*(?:=|$)/;
/** The detail of a key read through a settings class's field. */
export const SETTINGS_FIELD_DETAIL = 'a settings field read from the environment';
const RUST_PATH = /(?<![\w:])([a-z][a-z0-9_]*)::[A-Za-z_]/g;
const RUST_MODULE = /(?<![\w:])([a-z][a-z0-9_]*)::([a-z][a-z0-9_]*)::/;
const AWS_CLIENT = /(?:\b|_)(?:client|resource)\s*\(\s*(?:service_name\s*=\s*)?['"]([\w-]+)['"]/g;
const ENV_TOKEN = /\b[A-Z][A-Z0-9_]{2,}\b/g;
// Labels of at most 63 characters and at most 10 of them (DNS allows 63 and 253 in all): every attempt ends
// within ~650 characters, so a long line of \`a-a-a-…\` or \`a.a.a.…\` costs linear time, not quadratic.
const HOST = /\b(?:[a-z0-9-]{1,63}\.){1,10}[a-z]{2,24}(?::\d{2,5})?|\blocalhost:\d{2,5}/gi;
const JVM_IMPORT = /^\s*import\s+(?:static\s+)?([A-Za-z_][\w.]*)/;
/** C#'s `using Azure.AI.OpenAI;`, `global using static …;`, `using Alias = …;`; not a `using (var x = …)` statement. */
const SHARED_NAMESPACE =
  /^(?:openai|microsoft\.semantickernel\.connectors\.openai|microsoft\.kernelmemory\.ai\.openai)(?:\.|$)/;
const CSHARP_USING = /^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?([A-Za-z_][\w.]*)\s*;/;
const URL_PATH = /^[^\s"'`)<>]*/;
// `${…}`, `{name}` and ERB's `<%= … %>` (maybe's storage.yml: `https://<%= ENV['CLOUDFLARE_ACCOUNT_ID'] %>.r2.cloudflarestorage.com`).
export const HOST_PLACEHOLDER = /\$\{[^}\n]{1,60}\}|\{[A-Za-z_][\w.]{0,40}\}|<%=?[^%\n]{1,80}%>/g;
const MODEL_VALUE = /\bmodel(?:_?id|_?name)?["']?\s*[:=]\s*["']?([A-Za-z0-9@][\w.:/@-]{1,100})/gi;
const IMAGE_LINE = /^\s*(?:-\s*)?(?:image|repository)\s*:\s*["']?([^\s"'#]+)/i;

/** A GitHub Actions step's action (`- uses: azure/container-apps-deploy-action@v2`): its `owner/repository`. */
const USES_LINE = /^\s*(?:-\s*)?uses\s*:\s*["']?([\w.-]+\/[\w.-]+)[^@\s"']*@/i;

/** Where GitHub Actions workflows live. */
const WORKFLOW_FILE = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i;
const IDENTIFIER = /\b[A-Z][A-Za-z0-9]{3,}\b|\bgTTS\b/g;
const FROM_LINE = /^\s*FROM\s+(?:--platform=\S+\s+)?([^\s]+)/i;

// `VLLM_OPENAI_API_BASE`, `NEBIUS_API_KEY`, `MILVUS_HOST`, `KOBOLD_CPP_BASE_PATH`: a provider's slug (in up to
// five words), then a connection setting.
const ENV_SETTING =
  /^([A-Z][A-Z0-9]*(?:_[A-Z0-9]+){0,4}?)_(?:OPENAI_)?(?:API_KEY|API_TOKEN|BASE_URL|BASE_PATH|API_BASE|API_URL|URL|HOST|ENDPOINT)$/;
// Words that say what a setting is for, before the provider's name: `TTS_KOKORO_ENDPOINT`, `AGENT_TAVILY_API_KEY`,
// `IMAGE_GEN_OLLAMA_BASE_PATH`.
const PURPOSE_WORDS = new Set([
  'AGENT',
  'TTS',
  'STT',
  'IMAGE',
  'GEN',
  'EMBEDDING',
  'EMBEDDINGS',
  'EMBED',
  'LLM',
  'CHAT',
  'RERANK',
  'RERANKER',
  'VISION',
  'AUDIO',
  'SPEECH',
  'WHISPER',
  'DEFAULT',
]);
// A name with one of these words is a generic OpenAI-compatible setting (`GENERIC_OPEN_AI_BASE_PATH`), whatever
// provider it happens to name.
const GENERIC_WORDS = new Set(['GENERIC', 'COMPATIBLE', 'CUSTOM']);
// A general store named after the vendor's word is the vendor's product of that kind, not its AI service:
// `UPSTASH_REDIS_REST_URL` is Upstash Redis (a rate limiter's store), not Upstash Vector.
const STORE_WORDS = new Set(['REDIS', 'POSTGRES', 'POSTGRESQL', 'MONGO', 'MONGODB', 'MYSQL', 'KAFKA']);
// In code, a name only guessed from its shape (`NEBIUS_API_KEY`) must be read as an environment variable:
// quoted (`os.getenv("…")`, `env["…"]`) or after `process.env.`/`import.meta.env.`. A bare constant such as
// `ANTHROPIC_STATS_URL = "https://raw.githubusercontent.com/…"` names a URL of the app's own, not a setting.
const READ_AS_VARIABLE = /(?:["'`]|\benv\.|\$\{?)$/;
/**
 * The detail of a key's name that stands alone in a list (`'ANTHROPIC_API_KEY',` in a loader's `CONF_ENV = [ … ]`):
 * a setting the app accepts or passes on, which proves no call when nothing else names the vendor.
 */
export const LISTED_KEY_DETAIL = 'key name in a list';
/**
 * The detail of a key read with a built-in value when the variable is unset (`os.getenv("POSTHOG_API_KEY", "phc_…")`,
 * `process.env.SEGMENT_WRITE_KEY || "…"`): the service is on unless a deployment overrides it, not switched on by it
 * (skyvern's PostHog had been proposed "when its keys are set").
 */
export const DEFAULTED_KEY_DETAIL = 'read with a built-in value';
/**
 * The detail of an import of nothing but an SDK's exception types (`from mixpanel import MixpanelException`,
 * `import { APIError } from 'openai'`): code that catches the SDK's errors, not code that calls it (aider's
 * `analytics.py` imports Mixpanel's exception and its Mixpanel client is commented out; Mixpanel was proposed as used).
 */
export const EXCEPTIONS_ONLY_DETAIL = 'imports only its exception types or data-model base';
/**
 * The detail of a Python import whose names the file never uses again (`from langchain_community.tools.tavily_search
 * import TavilySearchResults`, then nothing): code that could call the vendor, and does not (QAnything's Tavily and
 * Google search, proposed, raised as a critical drift and said "under review" in thirty answers).
 */
export const UNUSED_IMPORT_DETAIL = 'imported and never used in its file';
/** The detail of a Python import whose functions the file only replaces with no-ops: imported to switch it off. */
export const SILENCED_IMPORT_DETAIL = 'imported only to replace its calls with no-ops';

/**
 * A one-line Python import of a framework's integration (`from langchain_community.tools.tavily_search import …`, no
 * parentheses): a framework offers every vendor it wraps, and a file importing one and never using it calls nothing. An
 * SDK imported directly (`import openai`) is not judged so: importing it is the app's own choice of vendor.
 */
const PYTHON_IMPORT_LINE =
  /^\s*from\s+(?:langchain\w*|llama_index|haystack\w*|crewai\w*|autogen\w*|semantic_kernel)(?:\.\w+)*\s+import\s+([^()#\n]+)$/;

/**
 * The names a one-line Python import of a framework's integration binds (an alias where there is one), or undefined
 * for a line that is not one, a star import or a multi-line one.
 * @example importedNames('from langchain_community.tools import C as D, E') // ['D', 'E']
 */
export function importedNames(line: string): string[] | undefined {
  const match = PYTHON_IMPORT_LINE.exec(line.replace(/\s+$/, ''));
  if (!match) return undefined;
  const list = match[1]!;
  if (list.includes('*') || list.trim().endsWith('\\')) return undefined;
  const names = list.split(',').map((part) => {
    const [name, alias] = part.trim().split(/\s+as\s+/);
    return (alias ?? name ?? '').split('.')[0]!.trim();
  });
  return names.every((name) => /^[A-Za-z_]\w*$/.test(name)) ? names : undefined;
}

/**
 * Whether `name` occurs in `text` as a whole word anywhere but on line `line` (1-based): a use, a re-export or a
 * mention in `__all__` all count. Linear in the text.
 */
export function usedElsewhere(text: string, name: string, line: number): boolean {
  let lineNo = 1;
  let scanned = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    for (let i = text.indexOf('\n', scanned); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
      lineNo++;
      scanned = i + 1;
    }
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = text[at + name.length] ?? ' ';
    if (/\w/.test(before) || /\w/.test(after)) continue;
    if (lineNo !== line) return true;
  }
  return false;
}

/** The name of an exception type, or of a module of them (`RateLimitError`, `MixpanelException`, `openai.error`). */
const EXCEPTION_NAME = /(?:Exception|Error|Warning)s?$/;
const EXCEPTION_MODULE = /(?:^|[./])_?(?:exceptions?|errors?)$/;

/**
 * The data-model base an SDK re-exports (`from openai import BaseModel`, pydantic's, as the OpenAI and Anthropic Python
 * SDKs export it): a class to declare one's own types with, no client (agent-zero's MCP server's responses, cited as
 * OpenAI's use).
 */
const SDK_BASE_TYPE = /^BaseModel$/;

/**
 * Whether the names imported from a module are all exception types, or the data-model base an SDK re-exports (none:
 * the module itself is imported).
 */
function exceptionsOnly(module: string, names: readonly string[]): boolean {
  return (
    names.length > 0 &&
    (names.every(
      (name) => EXCEPTION_NAME.test(name) || EXCEPTION_MODULE.test(name) || SDK_BASE_TYPE.test(name),
    ) ||
      EXCEPTION_MODULE.test(module))
  );
}
/** A key's name (`…_KEY`, `…_TOKEN`, `…_DSN`), then a non-empty literal given as its fallback, 8 characters or more. */
const KEY_NAME = /(?:KEY|TOKEN|DSN)$/;
const LITERAL_FALLBACK =
  /^["'`]?\s*(?:\)\s*)?(?:,\s*(?:default\s*=\s*)?|\|\||\?\?|\bor\b)\s*["'`]([^"'`\s]{8,})["'`]/;
const PLACEHOLDER = /your|xxx|change|placeholder|example|dummy|test|fake|<|\$\{/i;
/** The detail of a container image that is a vendor's own server run by the repository (`selfHosted`). */
export const SELF_HOSTED_IMAGE_DETAIL = "runs the vendor's server image";
const LISTED_NAME = /^\s*["'`][A-Z][A-Z0-9_]+["'`]\s*,?\s*$/;
/** A file whose name says it draws things per provider (icons, logos, avatars, brand colours). */
const DRAWS_PROVIDERS = /(?:icon|logo|avatar|brand)[^/]*$/i;
/**
 * What follows a setting's name when the line sets it off: `=false`, `: "0"`, `= off`, `"] = "False"` (a Python
 * `os.environ[…]` assignment), then nothing or a comment.
 */
const SWITCHED_OFF = /^["'`]?\]?\s*[:=]\s*["'`]?(?:false|0|off|no|disabled)["'`]?\s*(?:[#,;}]|\/\/|$)/i;
/** The detail of a provider's setting that code turns off: no proof of use. */
export const SWITCHED_OFF_DETAIL = 'a setting the code turns off';
/**
 * What follows a key's name when code sets it to a stand-in (`"] = "sk-FAKE-OPENAI-API-KEY"`): chainlit's `--ci` mode
 * sets one so a library starts with no real key, and OpenAI was read as used.
 */
const STAND_IN = /^["'`]?\]?\s*[:=]\s*["'`][^"'`\n]{0,40}?\b(?:fake|dummy|placeholder)\b[^"'`\n]{0,40}["'`]/i;
/** The detail of a provider's key that code sets to a stand-in value: no proof of use. */
export const STAND_IN_KEY_DETAIL = 'a key the code sets to a stand-in value';
// Prefixes that front-end bundlers require to expose a variable to the browser: `NEXT_PUBLIC_OLLAMA_URL` is
// `OLLAMA_URL` as far as the provider goes.
const BUNDLER_PREFIX =
  /^(?:NEXT_PUBLIC|NUXT_PUBLIC|NUXT|VITE|REACT_APP|EXPO_PUBLIC|GATSBY|STORYBOOK|PUBLIC)_/;
// Slugs that name a company or a generic store, not one service: `GOOGLE_API_KEY` is also Custom Search.
export const UMBRELLA_SLUGS: ReadonlySet<string> = new Set([
  'google',
  'aws',
  'azure',
  'ibm',
  'nvidia',
  'baidu',
  'cloudflare',
  'elastic',
  'mongo',
  'mongodb',
  'postgres',
  'postgresql',
  'redis',
  'huggingface',
  'glm',
  'nim',
  'lance',
  'weave',
  'phoenix',
  'vertex',
  'claude',
  'gemini',
  'qwen',
  'ernie',
]);

/**
 * The provider an env var's name starts with (after words of purpose), when the rest is a connection setting:
 * the longest run of its words that is a provider's slug (`NVIDIA_NIM_LLM` -> `nvidianim`).
 */
/**
 * The provider a setting's name says it connects to (`NVIDIA_NIM_LLM_BASE_PATH`, `TTS_KOKORO_ENDPOINT`).
 * @example settingProvider(catalog, 'LITE_LLM_BASE_URL') // 'litellm'
 */
export function settingProvider(catalog: CompiledCatalog, name: string): string | undefined {
  const match = ENV_SETTING.exec(name.replace(BUNDLER_PREFIX, ''));
  if (!match) return undefined;
  const words = match[1]!.split('_');
  if (words.some((word) => GENERIC_WORDS.has(word))) return undefined;
  while (words.length > 1 && PURPOSE_WORDS.has(words[0]!)) words.shift();
  for (let end = words.length; end > 0; end--) {
    const slug = words.slice(0, end).join('').toLowerCase();
    if (UMBRELLA_SLUGS.has(slug)) continue;
    const provider = catalog.integrations.slugs.get(slug);
    if (provider) return STORE_WORDS.has(words[end] ?? '') ? undefined : provider;
  }
  return undefined;
}

/** npm package name of an import specifier: `@scope/name/sub` -> `@scope/name`. */
function npmPackageOf(specifier: string): string {
  const parts = specifier.replace(/^node:/, '').split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Image repository without registry, tag or digest; `docker.io/library/redis:7` -> `redis`. */
export function imageRepository(image: string): string[] {
  const withoutDigest = image.split('@')[0]!;
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  const repository = (colon > slash ? withoutDigest.slice(0, colon) : withoutDigest).toLowerCase();
  const parts = repository.split('/');
  const candidates = [repository];
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!)) {
    const rest = parts.slice(1);
    if (rest[0] === 'library') rest.shift();
    candidates.push(rest.join('/'));
  }
  return candidates;
}

/**
 * A translation function's call just before a string (`t(`, `i18n.t(`, `$t(`, `i18next.t(`, `translate(`), whose key
 * may be `namespace:key` (i18next's separator).
 */
const TRANSLATION_CALL = /(?:^|[^\w$.]|\b(?:i18n|i18next)\.)(?:\$?t|translate)\(\s*$/;

// LangChain's `init_chat_model("google_genai:gemini-2.5-flash")` and similar `provider:model` strings.
const PROVIDER_MODEL = /^([a-z][a-z0-9_-]{1,30}):[a-z0-9][\w.:/-]*$/;
/** A region after a provider's name in a `provider:model` route (`-cn`, `-intl`, `_global`). */
const REGION = /[-_](?:cn|china|intl|international|global)$/;

/**
 * Names that open like a model's but name a product or a key (supermemory: `"claude-code"`, an MCP client's name, and
 * `"openai/widgetSessionId"`, a ChatGPT app's metadata key, made Anthropic and OpenAI vendors it calls): a vendor's
 * own apps, and a name that goes on in camel case after a vendor's prefix (model names are lower case there).
 */
const NOT_A_MODEL =
  /^claude-(?:code|desktop|app|ai)$|^gpt-(?:researcher|engineer|pilot)$|^[a-z]+\/[a-z]+[A-Z]/;

/**
 * The vendor whose model a value names (`"gpt-4.1"`, `"openai:gpt-4.1"`, `"google_genai:gemini-2.5-flash"`), if any.
 * @example modelProvider(catalog, 'openai:gpt-4.1') // 'openai'
 */
export function modelProvider(catalog: CompiledCatalog, value: string): string | undefined {
  if (NOT_A_MODEL.test(value)) return undefined;
  const lower = value.toLowerCase();
  for (const [prefix, id] of catalog.models) if (lower.startsWith(prefix)) return id;
  const routed = PROVIDER_MODEL.exec(lower);
  if (!routed) return undefined;
  // A provider's name with its region (Yuxi-Know's `siliconflow-cn:Pro/BAAI/bge-m3`, SiliconFlow's China endpoint, the
  // default of every model setting; proposed only "when configured as the model provider").
  const slugs = catalog.integrations.slugs;
  return slugs.get(normaliseSlug(routed[1]!)) ?? slugs.get(normaliseSlug(routed[1]!.replace(REGION, '')));
}

// A vendor's documentation, web site, console or status page under its API domain (`docs.pinecone.io`,
// `console.volces.com`): a link to read, not an API a wildcard host (`*.pinecone.io`) means.
const SITE_LABEL =
  /^(?:docs?|www|blog|help|support|status|console|dashboard|community|forum|learn|developers?|platform|cookbook)\./;

const PATH_HOSTS = new WeakMap<CompiledCatalog, Set<string>>();

/** Hosts that some catalog entry names with a path (compiled as `^host\/path…` patterns). */
function pathHosts(catalog: CompiledCatalog): Set<string> {
  let hosts = PATH_HOSTS.get(catalog);
  if (!hosts) {
    hosts = new Set();
    for (const [pattern] of catalog.hostPatterns) {
      const slash = pattern.source.indexOf('\\/');
      if (slash > 0) hosts.add(pattern.source.slice(1, slash).replace(/\\/g, '').toLowerCase());
    }
    PATH_HOSTS.set(catalog, hosts);
  }
  return hosts;
}

export function hostProvider(catalog: CompiledCatalog, host: string): string | undefined {
  const lower = host.toLowerCase();
  const exact = catalog.hostExact.get(lower) ?? catalog.hostExact.get(lower.replace(/:\d+$/, ''));
  if (exact) return exact;
  const bare = lower.replace(/:\d+$/, '');
  if (SITE_LABEL.test(bare)) return undefined;
  for (const [pattern, id] of catalog.hostPatterns) if (pattern.test(bare)) return id;
  return undefined;
}

interface ImportFound {
  specifier: string;
  provider: string;
  /** The framework whose integration path named the provider. */
  via?: string;
  /** Only the module's exception types are imported (`EXCEPTIONS_ONLY_DETAIL`). */
  caught?: true;
}

/**
 * Imports from one module: named classes that say more than the module (`AzureChatOpenAI` from
 * `langchain_openai`) win; the module's own provider counts only when some name is not such a class.
 */
function moduleImports(
  catalog: CompiledCatalog,
  ecosystem: 'npm' | 'python',
  module: string,
  names: readonly string[],
  found: ImportFound[],
  /** Names imported besides `names` that are no exception type (a default import): then not exceptions only. */
  more = false,
): void {
  let unexplained = names.length === 0;
  for (const name of names) {
    const byClass = catalog.integrations.classes.get(name);
    if (byClass) {
      found.push({ specifier: name, provider: byClass });
      continue;
    }
    unexplained = true;
    if (ecosystem !== 'python') continue;
    // `from google import genai` imports the module `google.genai`, so each imported name is tried too.
    const dotted = `${module}.${name}`;
    const provider = lookupPrefix(catalog.pythonImports, dotted.toLowerCase(), '.');
    const through = integrationProvider(catalog, 'python', dotted);
    if (through) found.push({ specifier: dotted, provider: through.provider, via: through.framework });
    else if (provider)
      found.push({
        specifier: dotted,
        provider,
        ...(exceptionsOnly(module, [name]) ? { caught: true as const } : {}),
      });
  }
  if (!unexplained) return;
  const direct =
    ecosystem === 'npm'
      ? (catalog.npm.get(module) ?? catalog.npm.get(npmPackageOf(module)))
      : lookupPrefix(catalog.pythonImports, module.toLowerCase(), '.');
  const through = integrationProvider(catalog, ecosystem, module);
  if (through) found.push({ specifier: module, provider: through.provider, via: through.framework });
  const caught = !more && exceptionsOnly(module, names);
  if (direct && direct !== through?.provider)
    found.push({ specifier: module, provider: direct, ...(caught ? { caught: true as const } : {}) });
}

const JS_NAMED = /\bimport\s+(?:type\s+)?(?:\w+\s*,\s*)?\{([^}]*)\}\s*from\s*['"`]([^'"`\s]+)['"`]/g;

function importsOf(input: LineInput, catalog: CompiledCatalog): ImportFound[] {
  const found: ImportFound[] = [];
  const { text, kind } = input;
  if (kind === 'js') {
    const named = new Map<string, string[]>();
    // Modules imported with a default import beside the named ones (`import OpenAI, { APIError } from 'openai'`).
    const withDefault = new Set<string>();
    for (const match of text.matchAll(JS_NAMED)) {
      if (/^import\s+(?:type\s+)?\w+\s*,/.test(match[0])) withDefault.add(match[2]!);
      named.set(
        match[2]!,
        match[1]!
          .split(',')
          .map((name) =>
            name
              .trim()
              .split(/\s+as\s+/)[0]!
              .replace(/^type\s+/, ''),
          )
          .filter(Boolean),
      );
    }
    for (const match of text.matchAll(JS_IMPORT))
      moduleImports(catalog, 'npm', match[1]!, named.get(match[1]!) ?? [], found, withDefault.has(match[1]!));
  } else if (kind === 'python') {
    const from = PY_FROM.exec(text);
    if (from) {
      const names = (from[2] ?? '')
        .split(',')
        .map((name) => name.trim().split(/\s+/)[0]!)
        .filter(Boolean);
      moduleImports(catalog, 'python', from[1]!, names, found);
    }
    // `importlib.import_module("lancedb")`, `__import__("pinecone")`: optional backends loaded by name.
    for (const match of text.matchAll(PY_DYNAMIC_IMPORT))
      moduleImports(catalog, 'python', match[1]!, [], found);
    const plain = PY_IMPORT.exec(text);
    if (plain)
      for (const part of plain[1]!.split(','))
        moduleImports(catalog, 'python', part.trim().split(/\s+/)[0]!, [], found);
  } else if (kind === 'go') {
    const match = GO_IMPORT.exec(text);
    const provider = match && lookupPrefix(catalog.go, match[1]!, '/');
    if (match && provider) found.push({ specifier: match[1]!, provider });
  } else if (kind === 'ruby') {
    const match = RUBY_REQUIRE.exec(text);
    const provider = match && catalog.gem.get(match[1]!.split('/')[0]!);
    if (match && provider) found.push({ specifier: match[1]!, provider });
  } else if (kind === 'jvm') {
    const match = JVM_IMPORT.exec(text);
    if (match) {
      const through = integrationProvider(catalog, 'jvm', match[1]!);
      const direct = lookupPrefix(catalog.jvm, match[1]!, '.');
      if (through) found.push({ specifier: match[1]!, provider: through.provider, via: through.framework });
      else if (direct) found.push({ specifier: match[1]!, provider: direct });
    }
  } else if (kind === 'csharp') {
    const match = CSHARP_USING.exec(text);
    const namespace = match?.[1]?.toLowerCase();
    // Azure OpenAI's clients use the OpenAI libraries' own types (the SDK's `OpenAI.Chat.ChatClient`, Semantic
    // Kernel's `OpenAIPromptExecutionSettings`, Kernel Memory's tokenizers: chat-copilot imports the last two for Azure
    // OpenAI), so such a `using` alone does not say which of the two the app calls.
    const provider =
      namespace && !SHARED_NAMESPACE.test(namespace) && lookupPrefix(catalog.nuget, namespace, '.');
    if (match && provider) found.push({ specifier: match[1]!, provider });
  } else if (kind === 'rust') {
    const match = RUST_USE.exec(text);
    const provider = match && catalog.cargo.get(match[1]!.replace(/_/g, '-'));
    // A crate that names a provider only by a feature (`sqlx/postgres`) names it by the module of that name.
    const module = !provider && RUST_MODULE.exec(text);
    const byModule = module && catalog.cargo.get(`${module[1]!.replace(/_/g, '-')}/${module[2]!}`);
    if (match && provider) found.push({ specifier: match[1]!, provider });
    else if (module && byModule)
      found.push({ specifier: `${module[1]!}::${module[2]!}`, provider: byModule });
    // A crate called by its path with no `use` (`sentry::init(…)`, `redis::cmd("GET")`): the path's first segment,
    // not one inside another path (`crate::redis::…` is a module of the app's own).
    else if (!match)
      for (const path of text.matchAll(RUST_PATH)) {
        const named = catalog.cargo.get(path[1]!.replace(/_/g, '-'));
        if (named) {
          found.push({ specifier: path[1]!, provider: named });
          break;
        }
      }
  }
  return found;
}

/**
 * A key's name followed, somewhere on the line, by a literal fallback that is not a placeholder (see
 * `DEFAULTED_KEY_DETAIL`): `POSTHOG_API_KEY = os.getenv("POSTHOG_API_KEY", "phc_…")` names it twice.
 */
function defaulted(name: string, text: string): boolean {
  if (!KEY_NAME.test(name)) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const fallback = LITERAL_FALLBACK.exec(text.slice(at + name.length, at + name.length + 120))?.[1];
    if (fallback !== undefined && !PLACEHOLDER.test(fallback)) return true;
  }
  return false;
}

/**
 * Whether a class-like name at `at` is the app's own member rather than the class: after a `.` and not called
 * (`PromptService.X]`; `anthropic.AnthropicVertex(` is the class), defined by `=` or `:` after it (`X = "X"`, an enum
 * member), or quoted.
 */
function ownMember(text: string, at: number, length: number): boolean {
  const before = text.slice(Math.max(0, at - 1), at);
  const after = text.slice(at + length).trimStart();
  return (
    (before === '.' && !after.startsWith('(')) ||
    /^(?:=(?!=)|:(?!:))/.test(after) ||
    (/["'`]/.test(before) && /^["'`]/.test(after))
  );
}

/**
 * Every provider signal on one candidate line: imports, AWS SDK clients, environment variables, API hosts,
 * model identifiers and container images.
 */
export function lineSignals(input: LineInput, catalog: CompiledCatalog, out: ProviderHit[]): void {
  const { file, line, text, kind } = input;
  const seen = new Set<string>();
  const add = (provider: string, signal: SignalKind, col: number, detail?: string) => {
    const key = `${provider}:${signal}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      provider,
      evidence: {
        file,
        line,
        col: col + 1,
        signal,
        snippet: cleanSnippet(text, col),
        ...(detail ? { detail } : {}),
      },
    });
  };

  const imports = importsOf(input, catalog);
  // One name of the SDK's that is no exception type makes the line a use (`from mixpanel import MixpanelException, Mixpanel`).
  const called = new Set(imports.filter((found) => !found.caught).map((found) => found.provider));
  for (const { specifier, provider, via, caught } of imports.filter(
    (found) => !found.caught || !called.has(found.provider),
  ))
    add(
      provider,
      'import',
      Math.max(0, text.indexOf(specifier)),
      via
        ? `through ${catalog.providers.get(via)?.name ?? via} (${specifier})`
        : caught
          ? EXCEPTIONS_ONLY_DETAIL
          : undefined,
    );
  if (CODE_KINDS.has(kind)) {
    // Integration classes used anywhere in code (`new AzureChatOpenAI(`), e.g. after a multi-line import.
    for (const match of text.matchAll(IDENTIFIER)) {
      const provider = catalog.integrations.classes.get(match[0]);
      // The app's own name that only shares the class's (pezzo's enum `PromptService.AzureOpenAIChatCompletion`, an
      // option labelled "Azure OpenAI (Coming Soon)"): a member of something else, a member being defined, or a
      // string is no use of the class.
      if (provider && !ownMember(text, match.index, match[0].length)) add(provider, 'import', match.index);
    }
  }
  // A page's script settings (`window['_fs_org']`, a `gtag/js` loader) are markers as much as code's calls are.
  if (CODE_KINDS.has(kind) || kind === 'html') {
    const quoted = quotedMarkers(catalog);
    for (const [marker, provider] of catalog.markers) {
      const at = markerAt(text, marker, quoted.has(marker));
      if (at >= 0 && !(marker.includes('/') && servedRoute(text, at))) add(provider, 'api-call', at);
    }
  }
  if (kind === 'python' || kind === 'js') {
    for (const match of text.matchAll(AWS_CLIENT)) {
      const provider = catalog.awsServices.get(match[1]!.toLowerCase());
      if (provider) add(provider, 'import', match.index);
    }
  }
  // A settings class's field (pydantic's `BaseSettings`: `anthropic_api_key: Optional[str] = None` reads
  // ANTHROPIC_API_KEY from the environment): letta's Anthropic and Bedrock keys of ours, unseen, so both were proposed
  // as reached only with customers' keys.
  if (kind === 'python') {
    const field = SETTINGS_FIELD.exec(text)?.[1];
    const name = field?.toUpperCase();
    const provider = name && (catalog.env.get(name) ?? settingProvider(catalog, name));
    if (field && provider) add(provider, 'env-var', text.indexOf(field), SETTINGS_FIELD_DETAIL);
  }
  for (const match of text.matchAll(ENV_TOKEN)) {
    const provider =
      catalog.env.get(match[0]) ??
      (!CODE_KINDS.has(kind) || READ_AS_VARIABLE.test(text.slice(Math.max(0, match.index - 16), match.index))
        ? settingProvider(catalog, match[0])
        : undefined);
    // A setting given a value that turns it off (`LANGCHAIN_TRACING_V2=false`) is no proof of use (SurfSense's
    // Compose file, cited as LangSmith receiving prompts). Read only for a provider's setting: most capitalised
    // words of a line are none.
    const end = match.index + match[0].length;
    // Code that turns it off (podcastfy's `os.environ["LANGCHAIN_TRACING_V2"] = "False"`) overrides any deployment's
    // setting: kept as a weak proof that says so (`SWITCHED_OFF_DETAIL`), so the package alone does not make the
    // tracer used.
    if (provider && SWITCHED_OFF.test(text.slice(end, end + 40))) {
      if (CODE_KINDS.has(kind) && !seen.has(`${provider}:env-var`)) {
        add(provider, 'env-var', match.index, SWITCHED_OFF_DETAIL);
        out[out.length - 1]!.weak = true;
      }
    } else if (provider && CODE_KINDS.has(kind) && STAND_IN.test(text.slice(end, end + 100))) {
      if (!seen.has(`${provider}:env-var`)) {
        add(provider, 'env-var', match.index, STAND_IN_KEY_DETAIL);
        out[out.length - 1]!.weak = true;
      }
    } else if (provider)
      add(
        provider,
        'env-var',
        match.index,
        CODE_KINDS.has(kind) && LISTED_NAME.test(text)
          ? LISTED_KEY_DETAIL
          : CODE_KINDS.has(kind) && defaulted(match[0], text)
            ? DEFAULTED_KEY_DETAIL
            : undefined,
      );
  }
  // A host with a templated label (`bedrock-mantle.${region}.api.aws`, f"https://{resource}.openai.azure.com") is
  // matched with the placeholder as a label of the same length, so positions stay those of the line.
  const hostText =
    text.includes('{') || text.includes('<%')
      ? text.replace(HOST_PLACEHOLDER, (part) => 'x'.repeat(part.length))
      : text;
  for (const match of hostText.matchAll(HOST)) {
    // A host named in another address's path is no host called (lollms-webui's help text links
    // `https://console.cloud.google.com/apis/library/aiplatform.googleapis.com`, the console's page for enabling Vertex
    // AI, and Vertex AI was proposed as a model provider); one after `//` is a URL's own.
    if (inUrlPath(hostText, match.index)) continue;
    // A catalog host with a path (`api.cloudflare.com/client/v4/accounts/*/ai`) is matched with the URL's path, before
    // the bare host: the path says more (`api.perplexity.ai/search` is Perplexity's search API, its host its models').
    const end = match.index + match[0].length;
    let provider =
      hostText[end] === '/' && pathHosts(catalog).has(match[0].toLowerCase())
        ? hostProvider(catalog, match[0] + URL_PATH.exec(hostText.slice(end, end + 200))![0])
        : undefined;
    provider ??= hostProvider(catalog, match[0]);
    // An OAuth address of an account a user connects, not the vendor's service called (helix's
    // `strings.Contains(userInfoURL, "https://api.hubapi.com")` and its presets' `token_url:` for HubSpot).
    if (provider && !OAUTH_ADDRESS.test(text))
      add(
        provider,
        'api-host',
        match.index,
        webAppAddress(hostText.slice(match.index, end + 20)) ? WEB_APP_DETAIL : undefined,
      );
  }
  for (const { provider, index, detail } of selectedProviders(text, kind, catalog, UMBRELLA_SLUGS)) {
    // A file that draws providers (an icon or logo per provider: SurfSense's `provider-icons.tsx`, `case "AI21":`)
    // dispatches on their names to pick a picture, not a client.
    if (detail.startsWith(PROVIDER_TYPE_DETAIL) && DRAWS_PROVIDERS.test(file)) continue;
    add(provider, 'config', index, detail);
  }
  for (const { provider, index, detail } of defaultSelections(text, kind, catalog, UMBRELLA_SLUGS))
    add(provider, 'config', index, detail);
  if (imports.length === 0) {
    for (const pattern of [QUOTED, MODEL_VALUE]) {
      for (const match of text.matchAll(pattern)) {
        // A translation's key (`t("openai:settings")`: page-assist's i18n namespace `openai`) names no model.
        if (TRANSLATION_CALL.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
        const provider = modelProvider(catalog, match[1]!);
        if (provider) add(provider, 'model-id', match.index);
      }
    }
  }
  // `RUN pip install composio-core` in a Dockerfile or a script installs a package as a manifest does (letta-like trees
  // whose lockfile does not list an SDK the image installs).
  if (kind === 'dockerfile' || kind === 'shell') {
    const install = PIP_INSTALL.exec(text);
    if (install)
      for (const token of install[1]!.split(/\s+/)) {
        const name = PIP_REQUIREMENT.exec(token)?.[1];
        const provider = name && pypiProvider(catalog, name);
        if (provider) add(provider, 'manifest', text.indexOf(token));
      }
  }
  if (kind === 'yaml' || kind === 'json') {
    const provider = litellmProviderOf(text, catalog);
    if (provider) add(provider, 'config', text.indexOf('litellm_provider'), LITELLM_PROVIDER_DETAIL);
  }
  if (kind === 'yaml' && WORKFLOW_FILE.test(file)) {
    const uses = USES_LINE.exec(text);
    const provider = uses ? catalog.actions.get(uses[1]!.toLowerCase()) : undefined;
    if (provider) add(provider, 'deploy-action', text.indexOf(uses![1]!));
  }
  if (kind === 'yaml' || kind === 'dockerfile' || kind === 'shell') {
    const match = IMAGE_LINE.exec(text) ?? (kind === 'dockerfile' ? FROM_LINE.exec(text) : null);
    if (match) {
      for (const repository of imageRepository(match[1]!)) {
        const provider = catalog.images.get(repository);
        if (provider) {
          const own = catalog.providers.get(provider)?.selfHosted?.images.includes(repository);
          add(
            provider,
            input.imageSignal,
            text.indexOf(match[1]!),
            own ? SELF_HOSTED_IMAGE_DETAIL : undefined,
          );
          break;
        }
      }
    }
  }
}

const JS_NAMED_IMPORT = /\bimport\s+(?:type\s+)?\{([^}]{0,2000})\}\s*from\s*["']([^"']{1,300})["']/g;
const PY_FROM_IMPORT = /^[ \t]*from\s+([.\w]{1,200})\s+import\s+(\([^)]{0,2000}\)|[^\n#]{1,2000})/gm;
const DECLARED_TYPE = /\b(?:class|interface|type|enum)\s+([A-Z]\w{2,})\b/g;

/** npm scopes of the catalog's packages (`@langchain`, `@huggingface`), per catalog. */
const catalogScopes = new WeakMap<CompiledCatalog, Set<string>>();
function scopesOf(catalog: CompiledCatalog): Set<string> {
  let scopes = catalogScopes.get(catalog);
  if (!scopes) {
    scopes = new Set(
      [...catalog.npm.keys()].filter((name) => name.startsWith('@')).map((name) => name.split('/')[0]!),
    );
    catalogScopes.set(catalog, scopes);
  }
  return scopes;
}

/**
 * Names of the catalog's telling classes (`InferenceClient`, `SentenceTransformer`) that a file imports from a
 * module of the app's own, or declares itself: the app's own type of that name, not the vendor's client (karakeep's
 * `InferenceClient` from `@karakeep/shared/inference`, its own interface over OpenAI and Ollama, was proposed as
 * Hugging Face with 17 proofs). The app's own module: a relative path, an alias (`@/`, `~/`), or a package under an
 * npm scope no catalog package has. Other unknown modules keep the class as proof (`huggingface_hub` is not in the
 * catalog, by design, and its `InferenceClient` is the vendor's). Pure.
 * @example ownClassNames('import { InferenceClient } from "@acme/shared/inference";', 'js', catalog) // Set { 'InferenceClient' }
 */
export function ownClassNames(code: string, kind: FileKind, catalog: CompiledCatalog): Set<string> {
  const own = new Set<string>();
  const telling = (name: string) => catalog.integrations.classes.has(name);
  const ours = (module: string): boolean => {
    if (kind === 'python') return module.startsWith('.');
    if (/^(?:\.|\/|@\/|~\/|#)/.test(module)) return true;
    return module.startsWith('@') && !scopesOf(catalog).has(module.split('/')[0]!);
  };
  const names = (list: string) =>
    list
      .replace(/[()]/g, '')
      .split(',')
      .map((part) =>
        part
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)[0]!
          .trim(),
      );
  if (kind === 'python')
    for (const match of code.matchAll(PY_FROM_IMPORT)) {
      if (!ours(match[1]!)) continue;
      for (const name of names(match[2]!)) if (telling(name)) own.add(name);
    }
  else if (kind === 'js')
    for (const match of code.matchAll(JS_NAMED_IMPORT)) {
      if (!ours(match[2]!)) continue;
      for (const name of names(match[1]!)) if (telling(name)) own.add(name);
    }
  for (const match of code.matchAll(DECLARED_TYPE)) if (telling(match[1]!)) own.add(match[1]!);
  return own;
}

const WORD_CHAR = /\w/;
/** An object literal next, or nothing more on the line (the literal on the next one). */
const OBJECT_NEXT = /^[ \t]*(?:\{|$|\r?\n)/;

const quotedCache = new WeakMap<CompiledCatalog, ReadonlySet<string>>();
/**
 * Markers read only as a string's whole text: a search engine's vector field is a mapping's type (`"type":
 * "dense_vector"`), and a bare name is the app's own variable (trieve's `let (dense_vector, sparse_vector) =` proposed
 * Elasticsearch). Worked out once per catalog, not on every file.
 */
function quotedMarkers(catalog: CompiledCatalog): ReadonlySet<string> {
  let quoted = quotedCache.get(catalog);
  if (!quoted) {
    quoted = new Set(
      [...catalog.markers]
        .filter(
          ([marker, provider]) =>
            /^\w+$/.test(marker) && catalog.providers.get(provider)?.searchEngine === true,
        )
        .map(([marker]) => marker),
    );
    quotedCache.set(catalog, quoted);
  }
  return quoted;
}

/** A setting or variable holding an OAuth address: where a user is sent to authorize, a token, who the user is. */
const OAUTH_ADDRESS =
  /\b(?:user_?info|access_?token|token|auth|authori[sz]e|authori[sz]ation)_?(?:url|uri|endpoint)\b/i;

/** A route declared for the app to serve: Go's `HandleFunc("/…"`, Express's `app.post('/…'`, Flask's `@app.route("/…"`. */
const ROUTE_DECLARED =
  /(?:\bHandle(?:Func)?|\b(?:app|router|mux|r|e|g|group|engine|server)\.(?:get|post|put|patch|delete|all|any|route|handle|handleFunc|api_route)|@\w+\.(?:get|post|put|patch|delete|route|api_route))\s*\(\s*["'`]$/i;

/**
 * Whether a path marker at `at` is the path of a route the app serves, not one it calls (helix serves
 * `/openai/deployments/{model}/chat/completions`, an Azure OpenAI-compatible route, and was read as Azure OpenAI's user).
 * @example servedRoute('router.HandleFunc("/openai/deployments/{m}", h)', 18) // true
 */
function servedRoute(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at).replace(/\/+$/, '');
  return ROUTE_DECLARED.test(before);
}

/**
 * Where a marker stands, not as the start of a longer identifier (private-gpt's Qdrant store names
 * `self.dense_vector_name`, which is no Elasticsearch mapping's `dense_vector`), nor as the end of a snake_case or
 * lower-case one (trieve's `get_dense_vector`, a function of its own). A CamelCase name may end in one
 * (`AsyncPostgresSaver`). With `quoted`, only as a string's whole text. -1 where it does not.
 * @example markerAt('self.dense_vector_name = 1', 'dense_vector') // -1
 */
export function markerAt(text: string, marker: string, quoted = false): number {
  // A call with an object literal (`auth.signUp({`): the call, then the brace after spaces or on the next line.
  const withObject = marker.endsWith('({');
  const call = withObject ? marker.slice(0, -1) : marker;
  const endsWord = WORD_CHAR.test(call.charAt(call.length - 1));
  const startsLower = /^[a-z_]/.test(call);
  for (let at = text.indexOf(call); at >= 0; at = text.indexOf(call, at + 1)) {
    if (endsWord && WORD_CHAR.test(text.charAt(at + call.length))) continue;
    if (withObject && !OBJECT_NEXT.test(text.slice(at + call.length, at + call.length + 40))) continue;
    if (startsLower && at > 0 && WORD_CHAR.test(text.charAt(at - 1))) continue;
    // Only as a string's whole text, where the caller asks (`quoted`).
    if (
      quoted &&
      !(/["'`]/.test(text.charAt(at - 1)) && text.charAt(at + call.length) === text.charAt(at - 1))
    )
      continue;
    return at;
  }
  return -1;
}

/**
 * Whether the host at `index` of `text` sits in the path of an address (`https://a.example/docs/b.example.com`): after
 * a single `/`, with the address's `://` earlier in the same run of characters without spaces.
 * @example inUrlPath('see https://x.example/apis/api.openai.com', 29) // true
 */
export function inUrlPath(text: string, index: number): boolean {
  if (text[index - 1] !== '/' || text[index - 2] === '/') return false;
  let start = index - 1;
  while (start > 0 && index - start < 400 && !/[\s"'`(<[]/.test(text[start - 1]!)) start--;
  return text.slice(start, index).includes('://');
}
