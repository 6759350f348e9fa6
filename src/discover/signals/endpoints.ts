import { lineAt, lineStarts, lineText } from '../scan/hits.js';
import { cleanSnippet } from '../scan/snippet.js';
import type { DataSent, DiscoveryEvidence } from '../types.js';

/** A place in code that sets where an AI client sends data: a literal URL, or an env var with its default. */
export interface EndpointRef {
  evidence: DiscoveryEvidence;
  /** A variable or constant the base URL is read from, resolved in the same file when it can be. */
  name?: string;
  literal?: string;
  env?: string;
  fallback?: string;
  sends: DataSent[];
  /**
   * `base-url` for an OpenAI-compatible client, `http-call` for a direct request to an AI path, `named-url` for a
   * local URL in a constant whose name says whose it is (`liteLLMBaseURL = "http://localhost:4000/v1"`).
   */
  via: 'base-url' | 'http-call' | 'named-url';
}

/** A value an env file, Compose file or Dockerfile gives a variable that holds a URL. */
export interface EnvValue {
  name: string;
  value: string;
  evidence: DiscoveryEvidence;
}

const BASE_ARGUMENT =
  /\b(base_url|baseURL|baseUrl|api_base|openai_api_base|openai_api_base_url|api_base_url|OPENAI_BASE_URL|OPENAI_API_BASE)["']?\s*[:=]\s*/g;
const VALUE_PATTERNS: { pattern: RegExp; read: (m: RegExpExecArray) => Partial<EndpointRef> }[] = [
  { pattern: /^f?["'`]([^"'`\s]+)["'`]/, read: (m) => ({ literal: m[1] }) },
  {
    pattern: /^os\.(?:getenv|environ\.get)\(\s*["'](\w+)["'](?:\s*,\s*["']([^"']*)["'])?/,
    read: (m) => ({ env: m[1], ...(m[2] ? { fallback: m[2] } : {}) }),
  },
  { pattern: /^os\.environ\[\s*["'](\w+)["']\s*\]/, read: (m) => ({ env: m[1] }) },
  // A setting with a literal fallback (`proxy_url or "https://router.requesty.ai/v1"`, `opts.url ?? '…'`): the
  // literal is where the client sends when the setting is unset.
  {
    pattern: /^(?:self\.|this\.)?[A-Za-z_][\w.]*\s*(?:\bor\b|\|\||\?\?)\s*f?["'`](https?:\/\/[^"'`\s]+)["'`]/,
    read: (m) => ({ literal: m[1] }),
  },
  // A name: resolved below against a literal assigned to it in the same file (`BASE_URL = "https://..."`).
  { pattern: /^(?:self\.|this\.)?([A-Za-z_]\w*)\b(?!\s*[.([])/, read: (m) => ({ name: m[1] }) },
  {
    pattern: /^process\.env(?:\.(\w+)|\[\s*["'](\w+)["']\s*\])(?:\s*(?:\?\?|\|\|)\s*["'`]([^"'`\s]+)["'`])?/,
    read: (m) => ({ env: m[1] ?? m[2], ...(m[3] ? { fallback: m[3] } : {}) }),
  },
];
/** What follows a value that is compared rather than used: `===`, `!==`, `==`, `!=`, ` in `, ` is `. */
const COMPARED = /^\s*(?:===?|!==?|\bin\b|\bis\b)/;

const HTTP_CALL =
  /\b(?:requests|httpx|aiohttp|session|client|axios|http|got|ky)\.(?:post|put)\s*\(\s*f?["'`](https?:\/\/[^"'`\s]+)["'`]|\bfetch\s*\(\s*["'`](https?:\/\/[^"'`\s]+)["'`]/g;
/**
 * Paths that AI APIs answer on: chat and completions, embeddings, reranking, transcription, generation. Anthropic's
 * `/v1/messages` only with its version and at the path's end: a chat or mail API's messages (Twitch's
 * `/helix/chat/messages`, Discord's `/channels/…/messages`) are no model's (postiz: Twitch proposed as an AI endpoint).
 */
const AI_PATH =
  /\/(?:v\d+(?:beta)?\/)?(?:chat\/completions|completions|embeddings?|api\/generate|api\/chat|api\/embed|rerank|audio\/transcriptions|generate|inference)\b|\/v\d+\/messages(?:$|[?#])|:generateContent\b/;
const OPENAI_COMPATIBLE = /OpenAI|openai|OpenAILike|createOpenAICompatible/g;
// A constant or setting named as a connection, given a plain-HTTP URL: `liteLLMBaseURL = "http://localhost:4000/v1"`,
// `const val OLLAMA_API_URL = "http://localhost:11434/v1/"`, `VLLM_ENDPOINT: str = "http://vllm:8000"`.
const NAMED_URL =
  /\b([A-Za-z][A-Za-z0-9_]{2,60}?(?:_?(?:API)?_?(?:BASE_?URL|BASE_?PATH|API_?BASE|API_?URL|URL|HOST|ENDPOINT)))\s*(?::[^=\n]{1,30})?=\s*["'`](http:\/\/[^"'`\s]+)["'`]/gi;

/** Whether the file names OpenAI or an OpenAI-compatible client outside a URL (`…/public/openai/v0/products` is none). */
function namesOpenAiClient(text: string): boolean {
  for (const match of text.matchAll(OPENAI_COMPATIBLE)) {
    const before = text.slice(Math.max(0, match.index - 120), match.index);
    if (!/https?:\/\/[^\s"'`]*$/.test(before)) return true;
  }
  return false;
}

/**
 * A JavaScript variable named `baseURL` declared with no OpenAI-compatible client near it (paperless-ai: `const baseURL
 * = process.env.PAPERLESS_API_URL…`, building links to another app 1,200 lines from any model call, was read as the
 * host receiving prompts). A client's own option (`baseURL:`, `base_url=`) is read wherever it is; so is a literal URL.
 */
function declaredFarFromClient(text: string, index: number): boolean {
  if (!/\b(?:const|let|var)\s+$/.test(text.slice(Math.max(0, index - 8), index))) return false;
  const near = text.slice(Math.max(0, index - 1500), index + 1500);
  return !/\bnew\s+\w*OpenAI\w*\s*\(|\bcreateOpenAI\w*\s*\(|\bOpenAI\w*\s*\(/.test(near);
}

/**
 * Whether a position sits inside a string literal of its line: `click.echo('base_url = "http://localhost:8000/v1"')`
 * prints a sample setting, it makes no client. A quote around the name is the name's own (`{"base_url": …}`).
 */
function insideString(text: string, index: number, name: string): boolean {
  let before = text.slice(text.lastIndexOf('\n', index - 1) + 1, index);
  const own = /^\w+(["'])/.exec(name)?.[1];
  if (own && before.endsWith(own)) before = before.slice(0, -1);
  for (const quote of ['"', "'", '`']) if (before.split(quote).length % 2 === 0) return true;
  return false;
}

// Keywords only an OAuth client registration takes next to its `api_base_url` (authlib's `oauth.register(name="github",
// api_base_url="https://api.github.com", access_token_url=…, authorize_url=…)`, Open WebUI's GitHub and Feishu logins):
// there the base URL is the identity provider's REST API, which receives no prompt.
const OAUTH_WORDS =
  /\b(?:access_token_url|authorize_url|request_token_url|server_metadata_url|userinfo_endpoint|authorization_endpoint|token_endpoint|jwks_uri)\b/;
const OPENERS = '({[';
const CLOSERS = ')}]';

/**
 * The text of the call or literal that encloses a position (from its opening bracket to the matching close), or the
 * 300 characters either side when no bracket encloses it nearby. Brackets inside strings are not told apart: a
 * templated URL (`f"{base}/v1"`) is balanced.
 */
function enclosing(text: string, index: number): string {
  const open = openerBefore(text, index);
  if (open < 0) return text.slice(Math.max(0, index - 300), index + 300);
  return text.slice(open, closerAfter(text, index) + 1);
}

/** The opening bracket left unclosed before `index`, within 2000 characters; -1 where there is none. */
function openerBefore(text: string, index: number): number {
  let depth = 0;
  for (let i = index - 1; i >= Math.max(0, index - 2000); i--) {
    const char = text[i]!;
    if (CLOSERS.includes(char)) depth++;
    else if (OPENERS.includes(char)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** The bracket that closes the one open at `index`, within 3000 characters, or the last character looked at. */
function closerAfter(text: string, index: number): number {
  let depth = 0;
  const end = Math.min(text.length, index + 3000);
  for (let i = index; i < end; i++) {
    const char = text[i]!;
    if (OPENERS.includes(char)) depth++;
    else if (CLOSERS.includes(char)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return end - 1;
}

/**
 * A client generated from an OpenAPI document, by its generator's banner at the top of the file: its default base URL
 * is the API the document describes, the product's own server (helix's `frontend/src/api/api.ts`, swagger-typescript-api,
 * `baseURL: axiosConfig.baseURL || "https://app.helix.ml"`, proposed as an OpenAI-compatible endpoint of ours).
 * @example generatedApiClient('/* THIS FILE WAS GENERATED VIA SWAGGER-TYPESCRIPT-API *\/') // true
 */
export function generatedApiClient(head: string): boolean {
  return /\b(?:swagger-typescript-api|openapi-generator|swagger-codegen|openapi-typescript-codegen|@hey-api\/openapi-ts|generated by orval)\b/i.test(
    head,
  );
}

/** Whether a base-URL argument belongs to an OAuth client's registration, not to an AI client. */
function inOAuthRegistration(text: string, index: number): boolean {
  return OAUTH_WORDS.test(enclosing(text, index));
}

/**
 * The statement a base-URL argument sits in, within 300 characters either side: from after the last statement end
 * (`;`, a closing brace at a line's end, a blank line) before it to the first after it. What the client sends is read
 * from its own construction, not its neighbours' (llm-answer-engine: Groq's `new OpenAI({ baseURL })`, beside
 * `new OpenAIEmbeddings()` and a comment "Initialize Groq and embeddings", proposed as receiving documents only).
 */
function statementAround(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 300), index);
  const ends = [...before.matchAll(/;|\}\s*\n|\n\s*\n/g)];
  const last = ends.at(-1);
  const start = last ? last.index + last[0].length : 0;
  const after = text.slice(index, index + 300);
  const end = after.search(/;|\n\s*\n/);
  const statement = `${before.slice(start)}${end === -1 ? after : after.slice(0, end)}`;
  // And what the client it builds is then asked for, by the name it is given (`e.embeddings.create(…)`).
  const name = /\b([A-Za-z_$][\w$]*)\s*=\s*(?:new\s+|await\s+)?[\w$.]+\s*\(/.exec(statement)?.[1];
  const window = text.slice(Math.max(0, index - 300), index + 300);
  const uses = name
    ? [...window.matchAll(new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\s*\\.\\s*[\\w$.]+`, 'g'))].map(
        (use) => use[0],
      )
    : [];
  return [statement, ...uses].join(' ');
}

/**
 * The text what a base-URL client sends is read from: 300 characters either side, as before, unless another client
 * is built there as an embedder (`new OpenAIEmbeddings()`), in which case the client's own statement and what it is
 * asked for (llm-answer-engine). Embedders of their own (Verba's Voyage, in a file named for embedding) keep the
 * wider reading.
 */
function sendingContext(text: string, index: number): string {
  const window = text.slice(Math.max(0, index - 300), index + 300);
  if (!/\bnew\s+\w*Embedding\w*\s*\(/.test(window)) return window;
  const statement = statementAround(text, index);
  return /embedding/i.test(statement) ? window : statement;
}

/** Words an item of settings names an embedding or reranking model by (`categories: ['embedding']`, `embed_models`). */
const EMBED_WORDS = /embed|rerank/i;
/** Words it names a chat model by (`categories: ['llm']`, `llm_models`, `ChatOpenAI`, `chat/completions`). */
const CHAT_WORDS = /(?<![A-Za-z])(?:llms?|LLMs?|[Cc]hat)(?![a-z])/;

/**
 * What comes before an object literal's brace, not a block's (a function's body, an `if`): a key, an assignment, an
 * argument, a list's item, Python's `**{`, a `return`. A block follows `)`, `=>`, `else` or a type.
 */
const LITERAL_BEFORE = /(?:[:(,[*?]|(?<![=!<>])=|\breturn)\s*$/;

/** How many object literals out from a base URL are read for what its vendor serves. */
const ITEM_LEVELS = 3;

/**
 * What a base URL set in an object literal sends, read from the literal itself and the name it is given on its line
 * (`llm: {`, `new OpenAIEmbeddings({`), then from each literal around it, the nearest that says first: not from its
 * neighbours. refly's list of providers gave Anthropic (`categories: ['llm']`) the `categories: ['llm', 'embedding']`
 * of OpenAI above it, and seven chat models were proposed as receiving documents only. Where an item serves chat
 * models, it receives prompts, whatever else (embeddings) it also serves. Undefined where no literal encloses it, or
 * it is a call's own options that say nothing (`new OpenAI({ baseURL })`): the text around it says then.
 */
function itemSends(text: string, index: number): DataSent[] | undefined {
  let at = index;
  for (let level = 0; level < ITEM_LEVELS; level++) {
    const open = openerBefore(text, at);
    if (open < 0 || text[open] !== '{' || !LITERAL_BEFORE.test(text.slice(Math.max(0, open - 12), open)))
      return undefined;
    const lineStart = text.lastIndexOf('\n', open - 1) + 1;
    // Its name on its line, after any neighbour's end (`}, {` names none).
    const head = text.slice(Math.max(lineStart, open - 80), open).replace(/^.*[,;{}[\]]/, '');
    const item = `${head}${text.slice(open, closerAfter(text, open + 1) + 1)}`;
    const embeds = EMBED_WORDS.test(item);
    const chats = CHAT_WORDS.test(item);
    if (chats) return embeds ? ['prompts', 'outputs', 'documents'] : ['prompts', 'outputs'];
    if (embeds) return ['documents'];
    // A call's options say nothing more outside the call (`new OpenAI({ baseURL })`).
    if (/\(\s*$/.test(head)) return undefined;
    at = open;
  }
  return undefined;
}

function sendsOf(text: string): DataSent[] {
  if (/\/embed|Embedding|embedding|rerank/i.test(text)) return ['documents'];
  if (/\/audio|files\s*=/.test(text)) return ['files'];
  return ['prompts', 'outputs'];
}

/**
 * Where a source file points AI clients: base URLs of OpenAI-compatible clients (literal or from an env var
 * with its default) and direct POSTs to AI-looking paths on hard-coded hosts. Comments are already blanked.
 * @example endpointRefs('OpenAI(base_url="https://llm.acme.dev/v1")', 'a.py')[0].literal
 */
export function endpointRefs(text: string, file: string): EndpointRef[] {
  const refs: EndpointRef[] = [];
  let starts: number[] | undefined;
  const evidenceAt = (index: number): DiscoveryEvidence => {
    starts ??= lineStarts(text);
    const { line, col } = lineAt(starts, index);
    return {
      file,
      line,
      col,
      signal: 'api-call',
      snippet: cleanSnippet(lineText(text, starts, line), col - 1),
    };
  };
  if (namesOpenAiClient(text)) {
    for (const match of text.matchAll(BASE_ARGUMENT)) {
      if (insideString(text, match.index, match[0]) || inOAuthRegistration(text, match.index)) continue;
      const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 300);
      for (const { pattern, read } of VALUE_PATTERNS) {
        const value = pattern.exec(rest);
        if (!value) continue;
        // A setting compared, not read (`baseUrl = process.env.POLAR_ENVIRONMENT === "sandbox" ? … : …`, midday's
        // billing probe): the URL is one of the literals after it, not the setting's value.
        if (COMPARED.test(rest.slice(value[0].length))) break;
        const said = read(value);
        // An address read from the environment alone, in a variable no client is near, says nothing of a model host: a
        // literal URL given (mem0's `const baseUrl = config?.host || 'https://api.mem0.ai'`, fetched) still does.
        if (!said.literal && !said.fallback && declaredFarFromClient(text, match.index)) break;
        refs.push({
          evidence: evidenceAt(match.index),
          ...said,
          sends: itemSends(text, match.index) ?? sendsOf(sendingContext(text, match.index)),
          via: 'base-url',
        });
        break;
      }
      if (refs.length >= 50) break;
    }
  }
  for (const match of text.matchAll(HTTP_CALL)) {
    const url = match[1] ?? match[2]!;
    if (!AI_PATH.test(url.replace(/^https?:\/\/[^/]+/, ''))) continue;
    // The path says what is sent; the call's own line may add files (`files=`).
    const window = text.slice(match.index + match[0].length, match.index + 600);
    refs.push({
      evidence: evidenceAt(match.index),
      literal: url,
      sends: sendsOf(
        `${url.replace(/^https?:\/\/[^/]+/, '')} ${window.slice(0, Math.max(0, window.indexOf('\n')))}`,
      ),
      via: 'http-call',
    });
    if (refs.length >= 100) break;
  }
  if (text.includes('http://'))
    for (const match of text.matchAll(NAMED_URL)) {
      refs.push({
        evidence: evidenceAt(match.index),
        name: match[1]!,
        literal: match[2]!,
        sends: ['prompts', 'outputs'],
        via: 'named-url',
      });
      if (refs.length >= 150) break;
    }
  return refs.map((ref) => (ref.via === 'named-url' ? ref : resolveName(ref, text)));
}

// A base-URL setting declared by name in a form schema or manifest, with its default on a later line of the same
// item (LangBot's requester manifests: `- name: base_url` … `default: https://api.deepseek.com`; JSON
// `{"name": "baseURL", "default": "…"}`; a `key` field is masked as a secret before any rule reads it). The item
// ends where the next one is named.
const SETTING_NAME =
  /\b(?:name|variable|field)["']?\s*[:=]\s*["']?(?:base_url|baseURL|baseUrl|api_base|api_base_url|openai_api_base)["']?\s*(?:[,\n}]|$)/g;
const SETTING_DEFAULT =
  /\b(?:default|default_value|defaultValue)["']?\s*[:=]\s*["']?(https?:\/\/[^\s"'`,}]+)/;
const NEXT_ITEM = /\n\s*-\s|\b(?:name|key|variable|field)["']?\s*[:=]/;
// The settings a model vendor's form asks for: a manifest of anything else (a CI job's `base_url`) names no model.
const MODEL_WORDS = /\b(?:llm|LLM|chat|Chat|embedding|Embedding|rerank|completions?|model|Model)s?\b/;

/**
 * Defaults of base-URL settings that a form schema or manifest declares for a model vendor: each default is
 * where that vendor's client sends prompts unless the user types another URL.
 * @example settingDefaultRefs('- name: base_url\n  default: https://api.x.ai/v1\nsupport_type: [llm]', 'x.yaml')[0].literal
 */
export function settingDefaultRefs(text: string, file: string): EndpointRef[] {
  if (!/base_?url|api_base/i.test(text) || !MODEL_WORDS.test(text)) return [];
  const refs: EndpointRef[] = [];
  let starts: number[] | undefined;
  for (const match of text.matchAll(SETTING_NAME)) {
    const from = match.index + match[0].length;
    let item = text.slice(from, from + 400);
    const next = NEXT_ITEM.exec(item);
    if (next) item = item.slice(0, next.index);
    const value = SETTING_DEFAULT.exec(item);
    if (!value) continue;
    starts ??= lineStarts(text);
    const { line, col } = lineAt(starts, from + value.index);
    refs.push({
      evidence: {
        file,
        line,
        col,
        signal: 'config',
        snippet: cleanSnippet(lineText(text, starts, line), col - 1),
      },
      literal: value[1]!,
      // A vendor whose form serves chat models receives prompts, whatever else (embeddings) it also serves.
      sends: /\b(?:llm|chat)\b/i.test(text) ? ['prompts', 'outputs'] : sendsOf(text),
      via: 'base-url',
    });
    if (refs.length >= 20) break;
  }
  return refs;
}

/** `base_url=BASE` where the file says `BASE = "https://..."` (or `BASE: str = "..."`): the literal it names. */
function resolveName(ref: EndpointRef, text: string): EndpointRef {
  if (!ref.name) return ref;
  const { name, ...rest } = ref;
  const assigned = new RegExp(
    String.raw`(?:^|
)[ 	]*(?:export\s+)?(?:const\s+|let\s+|var\s+)?${name}\s*(?::\s*[\w.\[\]|]+\s*)?=\s*["'\`](https?:\/\/[^"'\`\s]+)["'\`]`,
  ).exec(text);
  // Unresolved, the name is kept: it may still say whose server it is (`groqBaseUrl`, `TOGETHER_BASE_URL`).
  return assigned ? { ...rest, literal: assigned[1] } : ref;
}

const ENV_LINE =
  /^\s*(?:export\s+|ENV\s+|-\s+)?["']?([A-Z][A-Z0-9_]*(?:URL|BASE|ENDPOINT|HOST|API_BASE))["']?\s*(?:=|:\s|\s)\s*["']?(https?:\/\/[^\s"'#]+)/;

/**
 * A variable that holds the app's own address, where its users or its sign-in callbacks reach it: a browser-exposed
 * base URL (`NEXT_PUBLIC_BASE_URL`), the app's, site's or front end's URL, the sign-in library's own (`NEXTAUTH_URL`).
 * No model runs there (inbox-zero's `NEXT_PUBLIC_BASE_URL=http://localhost:3000` was an unidentified AI endpoint).
 */
const OWN_ADDRESS =
  /^(?:(?:NEXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|PUBLIC|NUXT_PUBLIC)_(?:BASE|APP|SITE|WEB|WEBAPP|FRONTEND|URL)\w*|(?:APP|SITE|WEB|WEBAPP|FRONTEND|PUBLIC|NEXTAUTH|BETTER_AUTH|AUTH|CALLBACK|REDIRECT)_(?:BASE_)?URL)$/;

/** A URL-valued variable set on one line of an env file, Compose file, Dockerfile or shell script. */
export function envValueOn(text: string, file: string, line: number): EnvValue | undefined {
  const match = ENV_LINE.exec(text);
  if (!match || OWN_ADDRESS.test(match[1]!)) return undefined;
  return {
    name: match[1]!,
    value: match[2]!,
    evidence: { file, line, col: match.index + 1, signal: 'config', snippet: cleanSnippet(text, 0) },
  };
}

/** Names whose value is an OpenAI-compatible base URL by definition (the OpenAI SDKs read them). */
export const IMPLICIT_BASE_URL_VARIABLES = new Set(['OPENAI_BASE_URL', 'OPENAI_API_BASE']);
