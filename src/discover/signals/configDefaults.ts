import type { CompiledCatalog } from '../catalog/compile.js';
import type { FileKind } from '../scan/fileKind.js';
import { lineAt, lineStarts, lineText, type ProviderHit } from '../scan/hits.js';
import { cleanSnippet } from '../scan/snippet.js';
import { hostProvider, modelProvider } from './lineSignals.js';
import { chosenProvider, DEFAULT_CHOICE_DETAIL } from './providerTypes.js';
import { namesAppModel } from './settingNames.js';

/** One setting a configuration class or object gives a default: its name, declared type, value and where it is. */
interface Setting {
  name: string;
  type: string;
  value: string;
  /** Index of the value in the file's text. */
  at: number;
}

/** The settings of one configuration class or object, with its name. */
interface Settings {
  owner: string;
  settings: Setting[];
  /** Configuration classes it holds as optional, unset by default (`reranker: Optional[RerankerConfig] = None`). */
  optional: string[];
}

/** A field holding a configuration class or nothing: `Optional[RerankerConfig]`, `RerankerConfig | None`. */
const OPTIONAL_TYPE = /^(?:Optional\[\s*(\w+)\s*\]|Union\[\s*(\w+)\s*,\s*None\s*\]|(\w+)\s*\|\s*None)$/;

/**
 * A Python class of the app's settings: named as configuration (`Configuration`, `AppConfig`, `LLMSettings`) or
 * deriving pydantic's `BaseSettings`. Not any model class: a chat model class's own `Field(default="glm-4")`
 * (Langchain-Chatchat's `ChatPlatformAI`) is a library's default, while the app's default runs elsewhere.
 */
const PY_CLASS = /^([ \t]*)class\s+(\w+)\s*(?:\(([^)]*)\))?\s*:/gm;
const CONFIG_CLASS = /(?:Config|Configuration|Settings)$/;
/** A field's name and annotation up to its `=`: the value is found with `indexOf`, not a pattern backtracking over a long line. */
const PY_FIELD_HEAD = /^[ \t]+(\w+)\s*:/;
/** A default value: a quoted string, or an enum's member (`SearchAPI.TAVILY`). */
const VALUE = /^(?:(["'`])([^"'`\n]{1,200})\1|([A-Za-z_]\w*)\.([A-Za-z_]\w*)\b)/;
/** `Field(default=…)`'s value, over one line or several; `Field(None, …)` gives it first. */
const FIELD_DEFAULT = /(?:^|[(,\s])default\s*=\s*|^\s*(?=None\b)/;

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;

/** The fields of Python configuration classes with a literal default (`x: T = "v"`, `x: T = Field(default="v", …)`). */
function pythonSettings(text: string): Settings[] {
  const found: Settings[] = [];
  const lines = text.split('\n');
  const starts = lineStarts(text);
  for (const match of text.matchAll(PY_CLASS)) {
    const [, indent, owner, bases] = match;
    if (!CONFIG_CLASS.test(owner!) && !/\bBaseSettings\b/.test(bases ?? '')) continue;
    // One option's own settings, a kind of a base configuration (mem0's `LLMRerankerConfig(BaseRerankerConfig)`, OpenAI
    // by default for the LLM reranker an operator may pick): its defaults choose nothing among the options.
    const family = /\bBase(\w+)/.exec(bases ?? '')?.[1];
    if (family && CONFIG_CLASS.test(family) && owner!.endsWith(family) && owner !== family) continue;
    const first = lineAt(starts, match.index).line;
    const settings: Setting[] = [];
    const optional: string[] = [];
    let body: number | undefined;
    for (let i = first; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
      const depth = indentOf(line);
      if (depth <= indent!.length) break;
      body ??= depth;
      if (depth !== body) continue;
      const field = PY_FIELD_HEAD.exec(line);
      const equals = field ? line.indexOf('=', field[0].length) : -1;
      if (!field || equals < 0) continue;
      const name = field[1];
      const type = line.slice(field[0].length, equals).trim();
      // A hostile line of nothing but spaces after `a:` once cost minutes in a backtracking pattern.
      const rest = line.slice(equals + 1).trimStart();
      if (type === '' || rest === '') continue;
      const restAt = starts[i]! + line.length - rest.length;
      let valueAt = restAt;
      if (/^Field\s*\(/.test(rest)) {
        // The call's arguments, to its closing parenthesis within a few lines.
        const from = restAt + rest.indexOf('(') + 1;
        let end = from;
        for (let open = 1; end < text.length && end - from < 3000 && open > 0; end++)
          open += text[end] === '(' ? 1 : text[end] === ')' ? -1 : 0;
        const args = text.slice(from, end);
        const keyword = FIELD_DEFAULT.exec(args);
        if (!keyword) continue;
        valueAt = from + keyword.index + keyword[0].length;
      }
      const held = OPTIONAL_TYPE.exec(type);
      const holds = held && (held[1] ?? held[2] ?? held[3])!;
      if (holds && CONFIG_CLASS.test(holds) && /^None\b/.test(text.slice(valueAt, valueAt + 5)))
        optional.push(holds);
      const value = VALUE.exec(text.slice(valueAt, valueAt + 260));
      if (value) settings.push({ name: name!, type, value: value[2] ?? value[0], at: valueAt });
    }
    if (settings.length || optional.length) found.push({ owner: owner!, settings, optional });
  }
  return found;
}

/** A JavaScript or TypeScript object of the app's settings (`export const config = {`, `const appSettings = {`). */
const JS_CONFIG =
  /^[ \t]*(?:export\s+)?(?:const|let|var)\s+(\w*(?:config|settings|defaults))\s*(?::[^=\n]{1,120})?=\s*\{/gim;
const JS_PROPERTY = /^\s*["']?(\w+)["']?\s*:\s*(["'`])([^"'`\n]{1,200})\2/;

/**
 * How far a line opens brackets (`{`, `[`) past those it closes, outside its strings and line comment. One pass: a
 * pattern for strings backtracked from every quote of a hostile line of unclosed ones (seconds at 64 KB).
 */
function bracketDepth(line: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = undefined;
    } else if (char === '/' && line[i + 1] === '/') break;
    else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
  }
  return depth;
}

/** The string-valued properties at the top level of JavaScript configuration objects. */
function jsSettings(text: string): Settings[] {
  const found: Settings[] = [];
  const lines = text.split('\n');
  const starts = lineStarts(text);
  for (const match of text.matchAll(JS_CONFIG)) {
    const first = lineAt(starts, match.index).line - 1;
    const settings: Setting[] = [];
    let depth = 0;
    for (let i = first; i < lines.length && i - first < 400; i++) {
      const line = lines[i]!;
      const before = depth;
      depth += bracketDepth(line);
      if (i > first && before === 1) {
        const property = JS_PROPERTY.exec(line);
        if (property)
          settings.push({
            name: property[1]!,
            type: '',
            value: property[3]!,
            at: starts[i]! + line.indexOf(property[2]!, line.indexOf(':')),
          });
      }
      if (depth <= 0 && i > first) break;
    }
    if (settings.length) found.push({ owner: match[1]!, settings, optional: [] });
  }
  return found;
}

/** A setting that picks a vendor by name (`search_provider`, `vectorStoreType`, `llm_backend`). */
const SELECTOR_NAME = /(?:provider|vendor|backend|type|engine)$/i;
/** A setting holding the base URL of the API the app calls (`nonOllamaBaseURL`, `api_base`). */
const BASE_URL_NAME = /(?:base_?url|api_?base|endpoint)$/i;
/** Vendors whose API a base URL setting chooses: model, embedding and runtime vendors, and gateways. */
const MODEL_CATEGORIES: ReadonlySet<string> = new Set([
  'llm-api',
  'embedding-api',
  'inference-runtime',
  'llm-gateway',
]);

const squash = (name: string) => name.replace(/[^a-z0-9]/gi, '').toLowerCase();

/**
 * The vendors a configuration class or object gives as a setting's default (`Finding.defaultChoice`): the app runs on
 * them unless an operator changes the setting. open_deep_research's `Configuration` (`search_api: SearchAPI =
 * Field(default=SearchAPI.TAVILY, …)`, `research_model: str = Field(default="openai:gpt-4.1", …)`) and
 * llm-answer-engine's `config` object (`searchProvider: 'serper'`, `nonOllamaBaseURL: 'https://api.groq.com/openai/v1'`)
 * had their defaults proposed as reached "only when configured". A vendor by name (a selector's value or an enum
 * member of the field's type), a model's name, or a model API's base URL.
 * A model named in a field named for a task (`summarization_model`) is that task's, not the app's, unless every model
 * the configuration names is one vendor's; nor does a configuration named for a vendor (`OpenAIConfig`), in a file
 * named for it, choose that vendor among others. In code only.
 * @example configDefaults('class Configuration(BaseModel):\n    search_api: SearchAPI = SearchAPI.TAVILY\n', 'config.py', 'python', catalog, umbrellas)[0].provider // 'tavily'
 */
export function configDefaults(
  text: string,
  file: string,
  kind: FileKind,
  catalog: CompiledCatalog,
  umbrellas: ReadonlySet<string>,
): { hits: ProviderHit[]; optional: string[] } {
  const groups =
    kind === 'python' && text.includes('class ')
      ? pythonSettings(text)
      : kind === 'js' && text.search(JS_CONFIG) >= 0
        ? jsSettings(text)
        : [];
  const hits: ProviderHit[] = [];
  const optional = groups.flatMap((group) => group.optional);
  const starts = lineStarts(text);
  const place = squash(file);
  for (const { owner, settings } of groups) {
    const chosen = settings.flatMap((setting) => {
      const member = /^[A-Za-z_]\w*\.(\w+)$/.exec(setting.value);
      if (member) {
        // An enum's member where the field is of that enum's type: one of its choices.
        const enumName = setting.value.split('.')[0]!;
        const provider = new RegExp(`\\b${enumName}\\b`).test(setting.type)
          ? chosenProvider(member[1]!, catalog, umbrellas)
          : undefined;
        return provider ? [{ setting, provider, model: false }] : [];
      }
      if (SELECTOR_NAME.test(setting.name)) {
        const provider = chosenProvider(setting.value, catalog, umbrellas);
        return provider ? [{ setting, provider, model: false }] : [];
      }
      if (BASE_URL_NAME.test(setting.name)) {
        const host = /^https?:\/\/([^/:\s]+)/i.exec(setting.value)?.[1];
        const provider = host ? hostProvider(catalog, host) : undefined;
        const category = provider ? catalog.providers.get(provider)?.category : undefined;
        return provider && category && MODEL_CATEGORIES.has(category)
          ? [{ setting, provider, model: false }]
          : [];
      }
      const provider = modelProvider(catalog, setting.value);
      return provider ? [{ setting, provider, model: true }] : [];
    });
    const models = new Set(chosen.filter((entry) => entry.model).map((entry) => entry.provider));
    const oneVendor = models.size === 1 && chosen.filter((entry) => entry.model).length > 1;
    // A configuration named for a feature (gptme's `ContextSelectorConfig.llm_model`) sets that feature's model.
    const appWide = namesAppModel(owner);
    for (const { setting, provider, model } of chosen) {
      if (model && (!appWide || (!oneVendor && !namesAppModel(setting.name)))) continue;
      const entry = catalog.providers.get(provider);
      const own = [provider, entry?.vendor ?? provider].map(squash);
      if (own.some((name) => squash(owner).includes(name) || place.includes(name))) continue;
      const { line, col } = lineAt(starts, setting.at);
      hits.push({
        provider,
        evidence: {
          file,
          line,
          col,
          signal: 'config',
          snippet: cleanSnippet(lineText(text, starts, line), col - 1),
          detail: `${DEFAULT_CHOICE_DETAIL}${setting.value} for ${owner}.${setting.name}`,
        },
      });
    }
  }
  return { hits, optional };
}

/**
 * The configuration class or object a default choice's proof names (`RerankerConfig` in `default choice cohere for
 * RerankerConfig.provider`), if `configDefaults` found it.
 */
export function settingsOwner(detail: string | undefined): string | undefined {
  return detail?.startsWith(DEFAULT_CHOICE_DETAIL) ? /\bfor (\w+)\.\w+$/.exec(detail)?.[1] : undefined;
}
