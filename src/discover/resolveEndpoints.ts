import type { CompiledCatalog } from './catalog/compile.js';
import { LOCAL_RUNTIME_PORTS } from './catalog/localRuntimes.js';
import type { ProviderHit } from './scan/hits.js';
import { type EndpointRef, type EnvValue, IMPLICIT_BASE_URL_VARIABLES } from './signals/endpoints.js';
import { normaliseSlug } from './signals/integrations.js';
import { HOST_PLACEHOLDER, hostProvider, settingProvider } from './signals/lineSignals.js';
import type { ConfigFact, DataSent, DiscoveryEvidence, Finding } from './types.js';

/** Provider id prefix of an unidentified AI endpoint's hits; the rest is the host. */
export const ENDPOINT_PREFIX = 'endpoint:';

/** Hosts that only the machine itself or its private network reach. */
export function isPrivateHost(host: string): boolean {
  const bare = host.replace(/:\d+$/, '').toLowerCase();
  return (
    !bare.includes('.') ||
    bare === '127.0.0.1' ||
    bare === '0.0.0.0' ||
    bare === '::1' ||
    bare === 'host.docker.internal' ||
    /\.(?:local|internal|lan|localhost|svc|cluster\.local)$/.test(bare) ||
    /^(?:10|127)\.|^192\.168\.|^172\.(?:1[6-9]|2\d|3[01])\./.test(bare)
  );
}

/**
 * Hosts that only stand in for the reader's own: the reserved documentation domains (RFC 2606: `example.com`,
 * `.net`, `.org`) and the usual placeholders (`litellm.mywebsite.com`, `api.yourdomain.com`).
 * A template's sample value sends nothing anywhere.
 */
export function isPlaceholderHost(host: string): boolean {
  const bare = host.split(':')[0]!;
  if (/(?:^|\.)example\.(?:com|net|org)$/.test(bare)) return true;
  const labels = bare.split('.');
  const name = labels.length >= 2 ? labels[labels.length - 2]! : '';
  return /^(?:(?:my|your)[-_]?(?:website|site|domain|company|server|host|app|org|api)|domain|yourhost)$/.test(
    name,
  );
}

/**
 * Public API hosts of identity, collaboration and chat platforms that serve no model: a base URL there is an OAuth
 * provider's or a bot's REST API (Open WebUI registers GitHub's and Feishu's logins with `api_base_url`), never where
 * prompts go. GitHub's models are on `models.github.ai`, not here.
 */
const NON_AI_API_HOSTS = new Set([
  'api.github.com',
  'graph.microsoft.com',
  'login.microsoftonline.com',
  'www.googleapis.com',
  'oauth2.googleapis.com',
  'openidconnect.googleapis.com',
  'open.feishu.cn',
  'open.larksuite.com',
  'slack.com',
  'discord.com',
  // Chat platforms' bot APIs, where a bot sends its replies (AstrBot's WeCom adapter, `api_base_url` set to
  // `https://qyapi.weixin.qq.com/cgi-bin/`, was proposed as an unidentified AI endpoint): WeCom, WeChat Official
  // Accounts, DingTalk, Telegram, LINE, each its own documented API host (checked 2026-12-07).
  'qyapi.weixin.qq.com',
  'api.weixin.qq.com',
  'oapi.dingtalk.com',
  'api.dingtalk.com',
  'api.telegram.org',
  'api.line.me',
]);

/**
 * Public catalogues of papers and their records, which research apps search and download from: arXiv (its site and its
 * `export.arxiv.org` API), Semantic Scholar's Graph API, Crossref and OpenAlex. None serves a model (ChatPaper's
 * `base_url = "https://arxiv.org/search/?"`, a search page it fetches, was an unidentified AI endpoint sent prompts and
 * documents). Hosts, not domains: Semantic Scholar's `model-apis.semanticscholar.org` runs its SPECTER model.
 */
const PUBLIC_DATA_HOSTS = new Set([
  'arxiv.org',
  'export.arxiv.org',
  'api.semanticscholar.org',
  'api.crossref.org',
  'api.openalex.org',
]);

/** Whether a host is a well-known API that serves no model (`api.github.com`, `export.arxiv.org`). */
function isNonAiApiHost(host: string): boolean {
  const bare = host.split(':')[0]!;
  return NON_AI_API_HOSTS.has(bare) || PUBLIC_DATA_HOSTS.has(bare.replace(/^www\./, ''));
}

/**
 * Whether a URL carries a query (`?`) or a fragment: an address to fetch as it is, a search page's or a download's, not
 * a client's base URL, to which the client appends its paths (`/chat/completions`). ChatPaper's
 * `base_url = "https://arxiv.org/search/?"`, joined to its search terms, was read as an OpenAI-compatible client's.
 */
function fetchedAsIs(url: string): boolean {
  return /^[^?#]*[?#]/.test(url);
}

/** `https://Api.Example.com:443/v1` -> `api.example.com`; keeps a port that is not the default. */
export function hostOf(url: string): string | undefined {
  // Templated URLs (`https://${region}.x`, `{endpoint}/v1`) name no host we can report.
  if (/[{}$<>%]/.test(url.replace(/^[a-z]+:\/\/[^/]*?@/, '').split('/')[2] ?? '')) return undefined;
  try {
    const parsed = new URL(url);
    if (!/^https?:$/.test(parsed.protocol) || !parsed.hostname) return undefined;
    return parsed.port ? `${parsed.hostname.toLowerCase()}:${parsed.port}` : parsed.hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * The host of a URL with templated labels (`f"https://{self.model}.lepton.run/api/v1/"`,
 * `https://${location}-aiplatform.googleapis.com`), each template written `*`: the vendor is the domain the templates
 * leave fixed. None when the domain itself is templated (`https://{host}/v1`, `https://api.{domain}`), which names no
 * one (search_with_lepton: its client per model, on `{model}.lepton.run`, was read as OpenAI's).
 * @example templatedHostOf('https://{model}.lepton.run/api/v1/') // '*.lepton.run'
 */
export function templatedHostOf(url: string): string | undefined {
  const authority = /^https?:\/\/([^/?#\s]+)/i.exec(url)?.[1];
  if (!authority || authority.includes('*')) return undefined;
  const marked = authority.replace(HOST_PLACEHOLDER, '*');
  if (marked === authority) return undefined;
  const [name, port, ...more] = marked.toLowerCase().split(':');
  if (more.length > 0 || (port !== undefined && !/^\d{2,5}$/.test(port))) return undefined;
  const labels = name!.split('.');
  const [second, top] = labels.slice(-2);
  if (
    labels.length < 3 ||
    labels.some((label) => !/^[a-z0-9*-]+$/.test(label)) ||
    !/^[a-z0-9-]+$/.test(second ?? '') ||
    !/^[a-z]{2,24}$/.test(top ?? '')
  )
    return undefined;
  return port === undefined ? name : `${name}:${port}`;
}

/**
 * A host's last two labels (`www.baichuan-ai.com` -> `baichuan-ai.com`); empty where those are a public suffix
 * (`com.cn`, `co.uk`) or a hosting platform's domain every customer shares (`vercel.app`, `hf.space`).
 */
function domainOf(host: string): string {
  const domain = host.split(':')[0]!.toLowerCase().split('.').slice(-2).join('.');
  return /^(?:com|co|net|org|gov|edu|ac|or|ne|go)\.[a-z]{2}$|^(?:vercel\.app|netlify\.app|github\.io|herokuapp\.com|workers\.dev|pages\.dev|hf\.space|onrender\.com|fly\.dev|ngrok\.io|ngrok-free\.app|azurewebsites\.net|cloudfront\.net|amazonaws\.com|appspot\.com|run\.app|modal\.run)$/.test(
    domain,
  )
    ? ''
    : domain;
}

const AI_DOMAINS = new WeakMap<CompiledCatalog, Map<string, string | null>>();

/**
 * The AI provider that alone has catalog hosts on each domain; `null` for a domain several providers share (a cloud's
 * `amazonaws.com`, `googleapis.com`). Built once per catalog, linear in its hosts.
 */
function aiDomains(catalog: CompiledCatalog): Map<string, string | null> {
  let domains = AI_DOMAINS.get(catalog);
  if (domains) return domains;
  domains = new Map();
  for (const [id, entry] of catalog.providers)
    for (const host of entry.signals.hosts ?? []) {
      const domain = domainOf(host.split('/')[0]!);
      if (!domain || domain.includes('*')) continue;
      const owner = domains.get(domain);
      domains.set(domain, owner === undefined && entry.ai ? id : owner === id ? id : null);
    }
  AI_DOMAINS.set(catalog, domains);
  return domains;
}

/**
 * The catalog provider a host belongs to: known API hosts, then another host on the domain of one AI provider's only
 * (chathub's `fetch('https://www.baichuan-ai.com/api/chat/v1/chat')`, Baichuan's web app, was proposed as an
 * unidentified AI endpoint beside the catalog's Baichuan, `api.baichuan-ai.com`), then local runtimes by port or
 * service name.
 */
function providerOfHost(catalog: CompiledCatalog, host: string): string | undefined {
  const known = hostProvider(catalog, host);
  if (known) return known;
  if (!isPrivateHost(host)) return aiDomains(catalog).get(domainOf(host) || '-') ?? undefined;
  const [name, port] = host.split(':');
  const byName = catalog.integrations.slugs.get(normaliseSlug(name!));
  if (byName && catalog.providers.get(byName)?.category === 'inference-runtime') return byName;
  if (byName && catalog.providers.get(byName)?.category === 'llm-gateway') return byName;
  const byPort = port ? LOCAL_RUNTIME_PORTS[port] : undefined;
  return byPort && catalog.providers.has(byPort) ? byPort : undefined;
}

const SELF_HOSTED_CATEGORIES = new Set(['inference-runtime', 'llm-gateway']);

/** `liteLLMBaseURL` -> `LITE_LLM_BASE_URL`: a name in code spelled as a setting is. */
function settingCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toUpperCase();
}

/**
 * The vendor a base URL's variable is named for when nothing gives it a value (`baseURL: process.env.TOGETHER_BASE_URL`,
 * `base_url=groq_base_url` from another module): the client is that vendor's, whatever SDK it is. Not OpenAI's own
 * variables, which point the OpenAI SDK at OpenAI unless set otherwise.
 */
function namedVendor(catalog: CompiledCatalog, ref: EndpointRef): string | undefined {
  const name = ref.env ?? ref.name;
  if (!name) return undefined;
  const provider = settingProvider(catalog, settingCase(name));
  return provider && provider !== 'openai' && catalog.providers.get(provider)?.ai ? provider : undefined;
}

/**
 * The runtime or gateway a constant's name says a private URL belongs to (`liteLLMBaseURL`, `OLLAMA_API_URL`):
 * none when the host is public (its host speaks for itself) or the name names no self-hosted server.
 */
function namedLocalProvider(catalog: CompiledCatalog, ref: EndpointRef): string | undefined {
  const host = ref.literal && hostOf(ref.literal);
  if (!host || !isPrivateHost(host) || !ref.name) return undefined;
  const provider = settingProvider(catalog, settingCase(ref.name));
  const category = provider && catalog.providers.get(provider)?.category;
  return category && SELF_HOSTED_CATEGORIES.has(category) ? provider : undefined;
}

/** Provider hits and sends of endpoints, plus a fact for each base URL no file gives a value for. */
export interface ResolvedEndpoints {
  hits: ProviderHit[];
  sends: Map<string, Set<DataSent>>;
  facts: ConfigFact[];
}

/** The detail of a base URL given to an OpenAI-compatible client. */
export const BASE_URL_DETAIL = 'OpenAI-compatible base URL';

/**
 * Resolves base URLs and direct AI calls to providers: a literal URL, or an env var's default in code and its
 * values in env files, Compose files and Dockerfiles. A known host is its provider; a local runtime by port
 * or service name is that runtime; any other host is an unidentified AI endpoint named by its host. Pure.
 */
export function resolveEndpoints(
  refs: readonly EndpointRef[],
  envValues: readonly EnvValue[],
  catalog: CompiledCatalog,
): ResolvedEndpoints {
  const byName = new Map<string, EnvValue[]>();
  for (const value of envValues) byName.set(value.name, [...(byName.get(value.name) ?? []), value]);
  const resolved: ResolvedEndpoints = { hits: [], sends: new Map(), facts: [] };
  const add = (url: string, evidence: DiscoveryEvidence, sends: readonly DataSent[], detail: string) => {
    const host = hostOf(url) ?? templatedHostOf(url);
    if (!host || isPlaceholderHost(host) || isNonAiApiHost(host)) return;
    // A templated label is looked up as any one label would be: `*.lepton.run` is a host of `*.lepton.run`'s vendor.
    const known = providerOfHost(catalog, host.replace(/\*/g, 'x'));
    // A host the catalog does not know is an AI endpoint only by how the code uses it: not a base URL with a query,
    // fetched as it is. A direct request may carry its key in a query (Gemini's `:generateContent?key=…`), and a known
    // vendor's URL is its vendor's whatever it carries (Azure OpenAI's `?api-version=`).
    if (!known && detail.includes(BASE_URL_DETAIL) && fetchedAsIs(url)) return;
    const provider = known ?? `${ENDPOINT_PREFIX}${host}`;
    resolved.hits.push({ provider, evidence: { ...evidence, detail } });
    const set = resolved.sends.get(provider) ?? new Set<DataSent>();
    for (const item of sends) set.add(item);
    resolved.sends.set(provider, set);
  };
  const all: EndpointRef[] = [...refs];
  // OPENAI_BASE_URL and OPENAI_API_BASE point the OpenAI SDKs elsewhere without any code naming them.
  for (const name of IMPLICIT_BASE_URL_VARIABLES)
    for (const value of byName.get(name) ?? [])
      add(value.value, value.evidence, ['prompts', 'outputs'], `${name}: OpenAI-compatible base URL`);
  for (const ref of all) {
    if (ref.via === 'named-url') {
      const provider = namedLocalProvider(catalog, ref);
      if (provider)
        resolved.hits.push({
          provider,
          evidence: { ...ref.evidence, detail: `local URL of ${ref.name}` },
        });
      continue;
    }
    const what = ref.via === 'base-url' ? BASE_URL_DETAIL : 'direct request to an AI API path';
    if (ref.literal) add(ref.literal, ref.evidence, ref.sends, what);
    const values = ref.env ? (byName.get(ref.env) ?? []) : [];
    const vendor =
      ref.via === 'base-url' && !ref.literal && !ref.fallback && values.length === 0
        ? namedVendor(catalog, ref)
        : undefined;
    if (vendor) {
      resolved.hits.push({
        provider: vendor,
        evidence: { ...ref.evidence, detail: `${what}: named ${ref.env ?? ref.name}` },
      });
      const set = resolved.sends.get(vendor) ?? new Set<DataSent>();
      for (const item of ref.sends) set.add(item);
      resolved.sends.set(vendor, set);
    }
    if (!ref.env) continue;
    if (ref.fallback) add(ref.fallback, ref.evidence, ref.sends, `${what}: default of ${ref.env}`);
    for (const value of values)
      add(
        value.value,
        value.evidence,
        ref.sends,
        `${what} from ${ref.env} (used at ${ref.evidence.file}:${ref.evidence.line})`,
      );
    if (!ref.fallback && values.length === 0 && !IMPLICIT_BASE_URL_VARIABLES.has(ref.env))
      resolved.facts.push({
        kind: 'ai-endpoint-from-environment',
        message: `An OpenAI-compatible client takes its base URL from ${ref.env}, which no env file, Compose file or Dockerfile sets: the host that receives prompts is chosen at deploy time`,
        heuristic: true,
        evidence: [ref.evidence],
      });
  }
  return resolved;
}

/** The finding for an unidentified AI endpoint, from its merged evidence. */
export function endpointFinding(
  host: string,
  _evidence: DiscoveryEvidence[],
  sends: ReadonlySet<DataSent> | undefined,
): Omit<Finding, 'confidence' | 'status' | 'evidence'> {
  const documentsOnly = sends && [...sends].every((item) => item === 'documents');
  return {
    id: `${ENDPOINT_PREFIX}${host}`,
    provider: host,
    name: `Unidentified AI endpoint (${host})`,
    category: documentsOnly ? 'embedding-api' : 'llm-api',
    hosting: isPrivateHost(host) ? 'self-hosted' : 'vendor-hosted',
    ai: true,
    kind: 'endpoint',
    host,
    ...(sends?.size ? { sends: [...sends].sort() } : {}),
  };
}
