import type { CompiledCatalog } from '../catalog/compile.js';
import { lineAt, lineStarts, lineText } from '../scan/hits.js';
import { cleanSnippet } from '../scan/snippet.js';
import type { ConfigFact } from '../types.js';

/** Facts that a provider's key comes from each customer's saved credential, not from the server's settings. */
export const CUSTOMER_KEY_FACT = 'customer-key';

/**
 * A key read from a customer's or user's saved credential: Flowise's `getCredentialData(…)` and
 * `getCredentialParam('openAIApiKey', …)`, inbox-zero's `userAi.aiApiKey`, a `credential.apiKey`, a workspace's or
 * project's stored key, "bring your own key", a row of a table of providers' settings or credentials (lunary's
 * `select * from provider_config where id = …`). Not a credential object's method (pr-agent's Azure AD
 * `credential.get_token(…)`, read as a customer's saved key for OpenAI).
 */
const CUSTOMER_KEY =
  /\bget_?credential(?:_?data|_?param|s)?\s*\(|\b(?:credential|credentials|credentialData)\s*(?:\.|\[\s*["'])\s*\w*(?:api_?key|token|secret)\b(?!\s*\()|\b(?:user|users|customer|tenant|workspace|project|team|org|organization)\w*\s*(?:\.|\[\s*["'])\s*\w*api_?key\b|(?:user|customer|workspace|project)_?ai_?api_?key\b|\bbyok\b|\bfrom\s+["'`]?\w*(?:provider|credential|api_?key)\w*["'`]?\s+where\b/i;

/** Where a request is read in a route handler: Express's and Next.js's `req`/`request`, Hono's `c.req`, Koa's `ctx.request`. */
const REQUEST = String.raw`(?:await\s+)?(?:\w+\.)?(?:req|request)`;

/** A name for an API key: `apiKey`, `api_key`, `openaiApiKey`, `x_api_key`. */
const KEY_NAME = String.raw`\w*api_?key\w*`;

/**
 * A key taken from the request into a variable of its own: destructured from the body or the query
 * (`const { apiKey, messages } = await req.json()`), read from a field, a header or a search parameter
 * (`const userKey = req.headers["x-api-key"]`: the field's name says it is a key), or a FastAPI parameter
 * (`api_key: str = Header(...)`). The first group is the variable.
 */
const KEY_FROM_REQUEST = [
  new RegExp(
    String.raw`\{[^{}]{0,300}?\b(${KEY_NAME})\s*[,}][^{}]{0,300}?\}?\s*(?::\s*[^=;\n]{1,80})?=\s*${REQUEST}\.(?:json\s*\(\s*\)|(?:body|query|params)\b)`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(\w+)\s*=\s*${REQUEST}\.(?:body|query|params|headers|json|args|form|query_params)\s*(?:\.get\s*\(|\[|\.)\s*["'\x60]?[\w-]*(?:api[_-]?key|authorization|token)\b`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(${KEY_NAME})\s*=\s*(?:\w+\.)*searchParams\.get\s*\(\s*["'\x60]\w*api_?key["'\x60]`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(${KEY_NAME})\s*:\s*[\w[\]|. ]{1,40}=\s*(?:fastapi\.)?(?:Header|Query|Body|Form)\s*\(`,
    'gi',
  ),
];

/** A client made with a key: `new OpenAI({`, `createAnthropic({`, Python's `OpenAI(`, then the options up to the key. */
const CLIENT_CALL = String.raw`(?:\bnew\s+[\w.]+|\bcreate\w*|\b[A-Z]\w*)\s*\(\s*\{?[^{}()]{0,400}?`;

/** The key option of a client's options (`apiKey:`, `api_key=`, `openAIApiKey:`). */
const KEY_OPTION = String.raw`\b(?:api_?[kK]ey|\w*ApiKey|\w*_api_key)\s*[:=]\s*`;

/** A client given a key straight from the request (`new OpenAI({ apiKey: req.body.apiKey })`). */
const CLIENT_WITH_REQUEST_KEY = new RegExp(
  String.raw`${CLIENT_CALL}${KEY_OPTION}(?:${REQUEST}\.(?:body|query|headers)\b|(?:body|reqBody|requestBody)\.${KEY_NAME})`,
);

/**
 * Where the file takes a key from the request and makes a client with it, as an offset: the caller's own key, typed
 * by the user into the app and sent with each request (make-real's routes, `const { apiKey, … } = await req.json()`
 * then `createOpenAI({ apiKey })`). A key the app checks for its own API, passed to no client, is not one.
 */
function requestKeyAt(text: string): number | undefined {
  const direct = CLIENT_WITH_REQUEST_KEY.exec(text);
  if (direct) return direct.index;
  for (const pattern of KEY_FROM_REQUEST) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1]!;
      const passed = new RegExp(
        String.raw`${CLIENT_CALL}(?:${KEY_OPTION}${name}\b(?!\s*[.([])|\b${name}\s*[,}])`,
      );
      if (passed.test(text)) return match.index + match[0].indexOf(name);
    }
  }
  return undefined;
}

/** How a fact says the key is the one each request carries (`requestKeyAt`), and how the map's comment says it. */
const REQUEST_KEY_WORDS = 'the key the caller sends with the request';

/** How a fact says the token is the one each user linked to their own account (`LINKED_TOKEN`). */
const LINKED_TOKEN_WORDS = 'the token each user linked';

/**
 * A token read from a stored record of a linked account: Tandoor's `monitor.storage.token` (each space's Dropbox), a
 * `connection.access_token`, `account.refresh_token`, `integration.token`. Not a method (`credentials.token()`).
 */
const LINKED_TOKEN =
  /\b\w*(?:storage|account|connection|integration|link|source|credential)s?\s*(?:\.|\[\s*["'])\s*(?:access_?|refresh_?|oauth_?|api_?)?token\b(?!\s*\()/i;

/** A key setting of the server's read: `process.env.X_API_KEY`, `env.X_API_KEY`, `os.environ["X_API_KEY"]`, `settings.x_api_key`. */
const OUR_KEY =
  /\b(?:process\.env|env|os\.environ|os\.getenv|getenv|settings|config)\s*(?:\.|\[\s*["']|\(\s*["'])\s*\w*api_?key/i;

/** Providers whose key a customer may bring: model, embedding and tracing APIs, and vector stores. */
export const KEYED_CATEGORIES: ReadonlySet<string> = new Set([
  'llm-api',
  'embedding-api',
  'llm-gateway',
  'vector-store',
  'llm-observability',
  'web-search',
  'ml-platform',
]);

/**
 * The customer-key facts of one production source file: for each provider of a kind a customer may bring its own key
 * to, imported in the file, where the file takes a key from a customer's saved credential. A file reading the
 * provider's own key setting as well (`aiApiKey || env.OPENAI_API_KEY`) says so in the fact: ours by default, theirs
 * when brought. Pure.
 * @example customerKeyFacts('const key = getCredentialParam("openAIApiKey", data)', 'n.ts', new Set(['openai']), catalog)[0].kind // 'customer-key'
 */
export function customerKeyFacts(
  source: string | (() => string),
  file: string,
  imported: ReadonlySet<string>,
  catalog: CompiledCatalog,
  found: ReadonlySet<string> = new Set(),
): ConfigFact[] {
  // Only a file importing a provider a customer may bring a key to is read: most import none, and the pattern is
  // slower than the import check (a tenth of discovery's time on inbox-zero when run on every file).
  const keyed = [...imported].filter((provider) =>
    KEYED_CATEGORIES.has(catalog.providers.get(provider)?.category ?? ''),
  );
  // A file store the file reaches (its SDK or its host), with a token each user linked: their own storage.
  const stores = [...found].filter((provider) => catalog.providers.get(provider)?.serves === 'files');
  if (keyed.length === 0 && stores.length === 0) return [];
  const text = typeof source === 'string' ? source : source();
  const linked = stores.length > 0 ? linkedTokenFacts(text, file, stores, catalog) : [];
  if (keyed.length === 0) return linked;
  const saved = CUSTOMER_KEY.exec(text)?.index;
  const sent = saved === undefined ? requestKeyAt(text) : undefined;
  const at = saved ?? sent;
  if (at === undefined) return linked;
  const starts = lineStarts(text);
  const { line, col } = lineAt(starts, at);
  const whose = saved !== undefined ? "a customer's saved key" : REQUEST_KEY_WORDS;
  const facts: ConfigFact[] = [...linked];
  // A key of ours read in the same file, whatever its name (inbox-zero reads `env.GOOGLE_API_KEY` beside each user's
  // own key): the customer's key is then an alternative to ours.
  const readsOurs = OUR_KEY.test(text);
  for (const provider of keyed) {
    const entry = catalog.providers.get(provider)!;
    const ours = readsOurs || (entry.signals.env ?? []).some((name) => text.includes(name));
    facts.push({
      kind: CUSTOMER_KEY_FACT,
      provider,
      message: ours
        ? `${entry.name} is called with ${whose} where one is set, else with ours`
        : saved !== undefined
          ? `${entry.name} is called with a key from a customer's saved credential`
          : `${entry.name} is called with ${whose}`,
      ...(ours ? { heuristic: true } : {}),
      evidence: [
        { file, line, col, signal: 'config', snippet: cleanSnippet(lineText(text, starts, line), col - 1) },
      ],
    });
  }
  return facts;
}

/**
 * The customer-key facts of file stores a file reaches with a token each user linked (`LINKED_TOKEN`): Tandoor lists
 * each space's Dropbox folder with `"Bearer " + monitor.storage.token`, the token the user gave when linking it. Not
 * where the file reads the store's own setting of ours (its variable's name, or a token from the environment).
 */
function linkedTokenFacts(
  text: string,
  file: string,
  stores: readonly string[],
  catalog: CompiledCatalog,
): ConfigFact[] {
  const token = LINKED_TOKEN.exec(text);
  if (!token || OUR_TOKEN.test(text)) return [];
  const starts = lineStarts(text);
  const { line, col } = lineAt(starts, token.index);
  return stores
    .filter(
      (provider) => !(catalog.providers.get(provider)!.signals.env ?? []).some((name) => text.includes(name)),
    )
    .map((provider) => ({
      kind: CUSTOMER_KEY_FACT,
      provider,
      message: `${catalog.providers.get(provider)!.name} is called with ${LINKED_TOKEN_WORDS} to their own account`,
      evidence: [
        { file, line, col, signal: 'config', snippet: cleanSnippet(lineText(text, starts, line), col - 1) },
      ],
    }));
}

/** A token setting of the server's read: `os.environ["DROPBOX_TOKEN"]`, `process.env.DROPBOX_ACCESS_TOKEN`, `settings.dropbox_token`. */
const OUR_TOKEN =
  /\b(?:process\.env|env|os\.environ|os\.getenv|getenv|settings|config)\s*(?:\.|\[\s*["']|\(\s*["'])\s*\w*token/i;

/**
 * Whose key a provider is called with, from the customer-key facts of a whole scan: `customer` where every fact says
 * a customer's key only and no production proof reads the provider's own key setting, `ours-or-customer` where either
 * is read, undefined where no fact names it. With the first place and which key it is (saved or sent with each
 * request), for the map's comment.
 */
export function keyOwner(
  facts: readonly ConfigFact[],
  provider: string,
  readsOwnKey: boolean,
): { account: 'customer' | 'ours-or-customer'; where: string; key: string } | undefined {
  const mine = facts.filter((fact) => fact.kind === CUSTOMER_KEY_FACT && fact.provider === provider);
  if (mine.length === 0) return undefined;
  const first = mine[0]!.evidence[0]!;
  const either = readsOwnKey || mine.some((fact) => fact.heuristic);
  return {
    account: either ? 'ours-or-customer' : 'customer',
    where: `${first.file}:${first.line}`,
    key: mine[0]!.message.includes(REQUEST_KEY_WORDS)
      ? REQUEST_KEY_WORDS
      : mine[0]!.message.includes(LINKED_TOKEN_WORDS)
        ? LINKED_TOKEN_WORDS
        : "a key from a customer's saved credential",
  };
}

/** The customer-key facts of a scan, one per provider with its first places (at most five); others pass through. */
export function collapseCustomerKeys(facts: readonly ConfigFact[]): ConfigFact[] {
  const byProvider = new Map<string, ConfigFact>();
  const rest: ConfigFact[] = [];
  for (const fact of facts) {
    if (fact.kind !== CUSTOMER_KEY_FACT || !fact.provider) {
      rest.push(fact);
      continue;
    }
    const first = byProvider.get(fact.provider);
    if (!first) byProvider.set(fact.provider, { ...fact, evidence: [...fact.evidence] });
    else {
      if (first.evidence.length < 5)
        first.evidence.push(...fact.evidence.slice(0, 5 - first.evidence.length));
      // Ours as well as theirs anywhere is ours or theirs.
      if (fact.heuristic && !first.heuristic)
        Object.assign(first, { heuristic: true, message: fact.message });
    }
  }
  return [...rest, ...byProvider.values()];
}
