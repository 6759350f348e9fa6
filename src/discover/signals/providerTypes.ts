import type { CompiledCatalog } from '../catalog/compile.js';
import type { ProviderEntry } from '../catalog/types.js';
import { CODE_KINDS, type FileKind } from '../scan/fileKind.js';
import { normaliseSlug, slugProvider } from './integrations.js';

/** How the evidence of a provider type starts (`provider type Ollama`). */
export const PROVIDER_TYPE_DETAIL = 'provider type ';

/** How the evidence of a vendor given as a selector setting's default starts (`default choice openai`). */
export const DEFAULT_CHOICE_DETAIL = 'default choice ';

/** A quoted value that may be a slug, a model name or an engine kind (`"vllm/completion"`). */
export const QUOTED = /["'`]([A-Za-z0-9@][\w.:/@-]{1,100})["'`]/g;
// An engine kind: the setting that picks a vendor's client, not a model name (models are not called `completion`).
const ENGINE_KIND = /^([a-z][a-z0-9.-]{1,30})\/(?:completion|embedding)$/i;
// The value compared with a variable named as a type, provider, kind, backend, vendor or engine, either way round.
const TYPE_COMPARED =
  /\b\w*(?:type|typ|provider|kind|backend|vendor|engine)\s*(?:===?|!==?)\s*["'`]([A-Za-z][\w.-]{1,30})["'`]|["'`]([A-Za-z][\w.-]{1,30})["'`]\s*(?:===?|!==?)\s*[\w.]*(?:type|typ|provider|kind|backend|vendor|engine)\b/gi;
const TYPE_WORD = /type|typ|provider|kind|backend|vendor|engine/i;
const CASE_LABEL = /\bcase\s+["'`]([A-Za-z][\w.-]{1,30})["'`]\s*:/g;
// Model, embedding and runtime vendors only: a database or search type (`type == "elasticsearch"`) may be the
// app's logs, and words that are also English (`writer`, `you`, `together`) say nothing alone.
const TYPE_CATEGORIES = new Set(['llm-api', 'embedding-api', 'inference-runtime', 'llm-gateway']);
// Nor `modal`, a dialog (formbricks's `previewType === "modal"`, a survey shown in a pop-up, proposed Modal as a GPU
// vendor).
const TYPE_WORDS = new Set(['writer', 'you', 'together', 'kay', 'local', 'custom', 'modal']);

function typeProvider(
  catalog: CompiledCatalog,
  value: string,
  umbrellas: ReadonlySet<string>,
  accepts: (entry: ProviderEntry) => boolean = (entry) => TYPE_CATEGORIES.has(entry.category),
): string | undefined {
  const slug = normaliseSlug(value);
  if (TYPE_WORDS.has(slug) || umbrellas.has(slug)) return undefined;
  const provider = catalog.integrations.slugs.get(slug) ?? (catalog.providers.has(slug) ? slug : undefined);
  const entry = provider ? catalog.providers.get(provider) : undefined;
  return entry && accepts(entry) ? provider : undefined;
}

/**
 * Vendors one line selects by name, for apps where the user picks a vendor and types its URL: an engine kind
 * (tabby's `"vllm/completion"`, `"llama.cpp/embedding"`), and in code a provider type the code dispatches on
 * (casibase's `typ == "Ollama"`, `case 'lmstudio':`). Umbrella slugs (`"azure/embedding"`, `type === 'google'`)
 * select none.
 * @example selectedProviders('if typ == "Ollama" {', 'go', catalog, umbrellas)[0].provider // 'ollama'
 */
export function selectedProviders(
  text: string,
  kind: FileKind,
  catalog: CompiledCatalog,
  umbrellas: ReadonlySet<string>,
): { provider: string; index: number; detail: string }[] {
  const found: { provider: string; index: number; detail: string }[] = [];
  if (text.includes('/'))
    for (const match of text.matchAll(QUOTED)) {
      const kindOf = ENGINE_KIND.exec(match[1]!);
      const provider = kindOf && slugProvider(catalog.integrations.slugs, kindOf[1]!, umbrellas);
      if (provider) found.push({ provider, index: match.index, detail: `engine kind ${match[1]}` });
    }
  if (!CODE_KINDS.has(kind)) return found;
  // Most lines compare nothing and label no case: the two patterns run only where they can match.
  const compares = text.includes('=') && TYPE_WORD.test(text);
  for (const pattern of [compares && TYPE_COMPARED, text.includes('case') && CASE_LABEL])
    if (pattern)
      for (const match of text.matchAll(pattern)) {
        const value = match[1] ?? match[2]!;
        const provider = typeProvider(catalog, value, umbrellas);
        if (provider) found.push({ provider, index: match.index, detail: `${PROVIDER_TYPE_DETAIL}${value}` });
      }
  return found;
}

/** A setting named for the vendor it selects: a provider, vendor, backend, type or engine (`CHAT_PROVIDER`, `vector_store_type`). */
const SELECTOR = '[A-Za-z0-9_]*(?:PROVIDER|VENDOR|BACKEND|TYPE|ENGINE)[A-Za-z0-9_]*';
/**
 * A selector setting given a vendor as its default: an environment read with a fallback
 * (`os.getenv("CHAT_PROVIDER", "openai")`, `process.env.LLM_PROVIDER ?? 'openai'`) or a typed field's default
 * (`vector_store_type: str = "chroma"`).
 */
const SELECTOR_DEFAULTS = [
  // Not a request's own field read with a fallback (aws-genai-llm-chatbot's `data.get("modelProviderName",
  // "bedrock")`, the model each chat's user picks, made Bedrock the provider every request reaches).
  new RegExp(
    String.raw`(?<!\b(?:data|request|req|body|payload|event|params|query|args|kwargs|message|msg|json|input|inputs)\.)\b(?:getenv|get|getEnv|env)\(\s*["'\`](${SELECTOR})["'\`]\s*,\s*["'\`]([A-Za-z][\w.-]{1,30})["'\`]`,
    'gi',
  ),
  new RegExp(String.raw`\benv\.(${SELECTOR})\s*(?:\?\?|\|\|)\s*["'\`]([A-Za-z][\w.-]{1,30})["'\`]`, 'gi'),
  // Cast or bracketed before its fallback: `(process.env.DB_TYPE as Config['database']['type']) || 'sqlite'`
  // (Hexabot's default database, unfound).
  new RegExp(
    String.raw`\benv\.(${SELECTOR})\b\s*(?:as\s+[^|?\n]{1,80}?)?\)\s*(?:\?\?|\|\|)\s*["'\`]([A-Za-z][\w.-]{1,30})["'\`]`,
    'gi',
  ),
  // A field's, not a function parameter's, followed by `,` or `)`: a helper's own default is no app's setting
  // (aws-genai-llm-chatbot's `def build_inference_config(self, provider: str = "bedrock", …)`).
  new RegExp(
    String.raw`\b(${SELECTOR})\s*:\s*(?:str|string|Optional\[str\]|Literal\[[^\]]{0,200}\])\s*=\s*["'\`]([A-Za-z][\w.-]{1,30})["'\`](?!\s*[,)])`,
    'gi',
  ),
];
/** Vendors a selector may choose by default: model, embedding and runtime vendors, gateways, vector stores and databases. */
const DEFAULT_CATEGORIES: ReadonlySet<string> = new Set([...TYPE_CATEGORIES, 'vector-store', 'datastore']);
const selectable = (entry: ProviderEntry) => DEFAULT_CATEGORIES.has(entry.category);
/**
 * In the app's configuration, search APIs too (open_deep_research's `search_api` defaults to Tavily,
 * llm-answer-engine's `searchProvider` to Serper, each proposed as reached "only when configured"); not in any typed
 * parameter, where a helper's own default is no app's (gptme's `search(query, engine: str = "duckduckgo")`, while its
 * browser tool tries Perplexity first).
 */
const configurable = (entry: ProviderEntry) =>
  selectable(entry) || entry.category === 'web-search' || entry.serves === 'search';

/**
 * The vendor a configuration's setting names by default, where the setting chooses among vendors (`"tavily"`, an enum
 * member's name `TAVILY`): a model, embedding, runtime, store or search vendor, not a word that is also English.
 * @example chosenProvider('TAVILY', catalog, umbrellas) // 'tavily'
 */
export function chosenProvider(
  value: string,
  catalog: CompiledCatalog,
  umbrellas: ReadonlySet<string>,
): string | undefined {
  return typeProvider(catalog, value, umbrellas, configurable);
}

/**
 * Vendors a line gives as the default of the setting that chooses among them (rag-web-ui's `CHAT_PROVIDER` and
 * `EMBEDDINGS_PROVIDER` default to `"openai"`, `VECTOR_STORE_TYPE` to `"chroma"`): the app's default choice, which
 * no model name on the line said. In code only.
 * @example defaultSelections('CHAT_PROVIDER = os.getenv("CHAT_PROVIDER", "openai")', 'python', catalog, umbrellas)[0].provider // 'openai'
 */
export function defaultSelections(
  text: string,
  kind: FileKind,
  catalog: CompiledCatalog,
  umbrellas: ReadonlySet<string>,
): { provider: string; index: number; detail: string }[] {
  if (!CODE_KINDS.has(kind) || !TYPE_WORD.test(text)) return [];
  const found: { provider: string; index: number; detail: string }[] = [];
  for (const pattern of SELECTOR_DEFAULTS)
    for (const match of text.matchAll(pattern)) {
      // A field that may hold one value only is the tag of one option's settings, not a choice among them (quivr's
      // `PGVectorConfig.vectordb_type: Literal["pgvector"] = "pgvector"` beside its FAISS default).
      if (/Literal\[[^\],]*\]/.test(match[0])) continue;
      const provider = typeProvider(catalog, match[2]!, umbrellas, selectable);
      if (provider)
        found.push({
          provider,
          index: match.index,
          detail: `${DEFAULT_CHOICE_DETAIL}${match[2]} for ${match[1]}`,
        });
    }
  return found;
}
