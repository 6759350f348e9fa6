import {
  INTEGRATION_CLASSES,
  INTEGRATION_PATHS,
  INTEGRATION_SLUGS,
  type IntegrationPath,
} from './integrations.js';
import type { ProviderEntry, TerraformSignal } from './types.js';

/** A literal the prefilter looks for; `prefix` keywords may be followed by any character. */
export interface Keyword {
  text: string;
  prefix: boolean;
}

export interface TerraformRule extends TerraformSignal {
  provider: string;
}

/** The catalog turned into lookup tables, built once per scan. */
export interface CompiledCatalog {
  providers: Map<string, ProviderEntry>;
  npm: Map<string, string>;
  pypi: Map<string, string>;
  pythonImports: [string, string][];
  go: [string, string][];
  jvm: [string, string][];
  cargo: Map<string, string>;
  gem: Map<string, string>;
  maven: Map<string, string>;
  /** NuGet package ids, lowercase, longest first (a C# namespace is looked up by its longest package prefix). */
  nuget: [string, string][];
  env: Map<string, string>;
  hostExact: Map<string, string>;
  hostPatterns: [RegExp, string][];
  models: [string, string][];
  images: Map<string, string>;
  /** GitHub Actions (`owner/repository`, lowercase) that deploy to a provider. */
  actions: Map<string, string>;
  terraform: TerraformRule[];
  awsServices: Map<string, string>;
  /** Framework integration paths, and the slugs and class names that name providers in them. */
  integrations: {
    paths: readonly IntegrationPath[];
    slugs: Map<string, string>;
    classes: Map<string, string>;
  };
  /** Literal code markers (`$vectorSearch`) that prove a provider's API is called. */
  markers: [string, string][];
  keywords: Keyword[];
}

/** PEP 503 normalisation: case and runs of `-_.` do not matter in PyPI names. */
/** AWS service ids whose Rust SDK crate is not the id without dashes. */
const AWS_RUST_CRATES: Record<string, string> = {
  logs: 'cloudwatchlogs',
  'cognito-idp': 'cognitoidentityprovider',
};

export function normalisePypi(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function put(map: Map<string, string>, keys: readonly string[] | undefined, id: string): void {
  for (const key of keys ?? []) if (!map.has(key)) map.set(key, id);
}

const longestFirst = (a: [string, string], b: [string, string]) => b[0].length - a[0].length;

/** Literal parts of a host pattern, usable as prefilter keywords. */
function hostLiterals(host: string): string[] {
  return host
    .split('*')
    .map((part) => part.replace(/^[.-]+|[.-]+$/g, ''))
    .filter((part) => part.length >= 4);
}

/** Domains many companies' services share: a label under them is no one vendor's product. */
const SHARED_PARENTS =
  /(?:^|\.)(?:amazonaws\.com|googleapis\.com|azure\.com|windows\.net|azure\.net|cloudflare\.com|appspot\.com|herokuapp\.com|vercel\.app|azurewebsites\.net)$/;

/**
 * The product domain above a catalog host `api.<product>.<vendor domain>` (`api.hunyuan.cloud.tencent.com`:
 * `hunyuan.cloud.tencent.com`), which the vendor also serves its API at: coai calls Tencent Hunyuan at
 * `hunyuan.cloud.tencent.com` (`adapter/hunyuan/sdk.go:40`) and discovery found no trace of it. Only where the parent
 * keeps a product's label under a vendor's own domain of two or more labels: a parent of three labels is mostly the
 * product's web app (`smith.langchain.com`, `search.brave.com`, `studio.nebius.ai`), which pages link to; and never
 * under a domain many vendors share (`amazonaws.com`, `googleapis.com`), nor a host with a wildcard or a path.
 * @example productDomain('api.hunyuan.cloud.tencent.com') // 'hunyuan.cloud.tencent.com'
 */
export function productDomain(host: string): string | undefined {
  if (!host.startsWith('api.') || /[*/:]/.test(host)) return undefined;
  const parent = host.slice('api.'.length);
  return parent.split('.').length >= 4 && !SHARED_PARENTS.test(parent) ? parent : undefined;
}

/** Compiles the catalog into the tables the signal matchers use. */
export function compileCatalog(providers: readonly ProviderEntry[]): CompiledCatalog {
  const compiled: CompiledCatalog = {
    providers: new Map(providers.map((p) => [p.id, p])),
    npm: new Map(),
    pypi: new Map(),
    pythonImports: [],
    go: [],
    jvm: [],
    cargo: new Map(),
    gem: new Map(),
    maven: new Map(),
    nuget: [],
    env: new Map(),
    hostExact: new Map(),
    hostPatterns: [],
    models: [],
    images: new Map(),
    actions: new Map(),
    terraform: [],
    awsServices: new Map(),
    integrations: { paths: INTEGRATION_PATHS, slugs: new Map(), classes: new Map() },
    markers: [],
    keywords: [],
  };
  const words = new Map<string, boolean>();
  const word = (text: string, prefix = false) => {
    const lower = text.toLowerCase();
    words.set(lower, (words.get(lower) ?? false) || prefix);
  };
  for (const provider of providers) {
    const { id, signals } = provider;
    put(compiled.npm, signals.npm, id);
    for (const name of signals.pypi ?? []) {
      if (!compiled.pypi.has(normalisePypi(name))) compiled.pypi.set(normalisePypi(name), id);
      compiled.pythonImports.push([name.toLowerCase().replace(/-/g, '_'), id]);
    }
    for (const module of signals.pythonImports ?? []) compiled.pythonImports.push([module, id]);
    for (const module of signals.go ?? []) compiled.go.push([module, id]);
    for (const module of signals.jvm ?? []) compiled.jvm.push([module, id]);
    put(compiled.cargo, signals.cargo, id);
    put(compiled.gem, signals.gem, id);
    put(compiled.maven, signals.maven, id);
    for (const name of signals.nuget ?? []) compiled.nuget.push([name.toLowerCase(), id]);
    put(compiled.env, signals.env, id);
    put(compiled.images, signals.images, id);
    put(compiled.images, provider.selfHosted?.images, id);
    put(
      compiled.actions,
      signals.actions?.map((action) => action.toLowerCase()),
      id,
    );
    put(compiled.awsServices, signals.awsServices, id);
    // The AWS SDK for Rust names one crate a service, `aws-sdk-` and the service's id without dashes (`aws-sdk-s3`,
    // `aws-sdk-bedrockruntime`), but for a few ids (docs.rs, the aws-sdk-rust crates, checked 2026-12-05).
    // The AWS SDK for Ruby v3 names its gems the same way (`aws-sdk-s3`, `aws-sdk-bedrockruntime`: its README).
    const awsPackages = signals.awsServices?.map(
      (service) => `aws-sdk-${AWS_RUST_CRATES[service] ?? service.replace(/-/g, '')}`,
    );
    put(compiled.cargo, awsPackages, id);
    put(compiled.gem, awsPackages, id);
    for (const host of signals.hosts ?? []) {
      const slash = host.indexOf('/');
      if (slash > 0) {
        // A host with a path (`api.cloudflare.com/client/v4/accounts/*/ai`): `*` in the path is one segment, and the
        // path is a prefix of the URL's.
        const escaped = (part: string) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&');
        const path = host.slice(slash).split('*').map(escaped).join('[^/]+');
        compiled.hostPatterns.push([new RegExp(`^${escaped(host.slice(0, slash))}${path}(?:/|$)`, 'i'), id]);
      } else if (host.includes('*')) {
        const source = host
          .split('*')
          .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
          .join('[a-z0-9-]+(?:\\.[a-z0-9-]+)*');
        compiled.hostPatterns.push([new RegExp(`^${source}$`, 'i'), id]);
      } else if (!compiled.hostExact.has(host)) compiled.hostExact.set(host, id);
      for (const literal of hostLiterals(host)) word(literal, true);
    }
    for (const model of signals.models ?? []) {
      compiled.models.push([model.toLowerCase(), id]);
      word(model, true);
    }
    for (const marker of signals.markers ?? []) {
      compiled.markers.push([marker, id]);
      // A call with an object literal (`auth.signUp({`) is looked for by the call, the brace checked after spaces.
      word(marker.endsWith('({') ? marker.slice(0, -1) : marker, true);
    }
    for (const rule of signals.terraform ?? []) {
      compiled.terraform.push({ ...rule, provider: id });
      word(rule.type.replace(/\*$/, ''), true);
    }
    for (const name of [
      ...(signals.npm ?? []),
      ...(signals.pypi ?? []),
      ...(signals.pythonImports ?? []),
      ...(signals.go ?? []),
      ...(signals.jvm ?? []),
      // A crate's feature (`sqlx/postgres`) is read where the crate is named.
      ...(signals.cargo ?? []).map((name) => name.split('/')[0]!),
      ...(signals.gem ?? []),
      ...(signals.maven ?? []),
      ...(signals.nuget ?? []),
      ...(signals.env ?? []),
      ...(signals.images ?? []),
      ...(provider.selfHosted?.images ?? []),
      ...(signals.awsServices ?? []),
      ...(signals.actions ?? []),
    ]) {
      word(name);
      // PyPI names are written with `_` in imports and sometimes in requirement files.
      if (name.includes('-')) word(name.replace(/-/g, '_'));
    }
    // A dotted module is also imported as `from google import genai`, among other names in any place (skyvern's
    // `from google.cloud import secretmanager_v1, storage` hid its Google Cloud Storage backend): the line is read
    // for any import from the parent, and the names decide.
    for (const module of signals.pythonImports ?? []) {
      const cut = module.lastIndexOf('.');
      if (cut > 0) word(`${module.slice(0, cut)} import`);
    }
  }
  // After every catalog host, so a host the catalog lists itself keeps its own provider.
  for (const provider of providers)
    for (const host of provider.signals.hosts ?? []) {
      const parent = productDomain(host);
      if (!parent || compiled.hostExact.has(parent)) continue;
      compiled.hostExact.set(parent, provider.id);
      word(parent, true);
    }
  for (const [id, slugs] of Object.entries(INTEGRATION_SLUGS)) {
    if (!compiled.providers.has(id)) continue;
    for (const slug of slugs)
      if (!compiled.integrations.slugs.has(slug)) compiled.integrations.slugs.set(slug, id);
    // A local runtime has no API key, so a setting named after it (`LLAMACPP_HOST`, `XINFERENCE_URL`) is often the
    // only name it gets, and no `api_key` keyword brings that line in: its slugs are keywords themselves.
    if (compiled.providers.get(id)?.category === 'inference-runtime') for (const slug of slugs) word(slug);
  }
  for (const [name, id] of Object.entries(INTEGRATION_CLASSES)) {
    if (!compiled.providers.has(id)) continue;
    compiled.integrations.classes.set(name, id);
    word(name);
  }
  for (const path of INTEGRATION_PATHS) {
    const literal = (path.suffix ?? path.prefix).replace(/^[-_./]+|[-_./]+$/g, '');
    if (literal.length >= 4) word(literal, true);
  }
  compiled.pythonImports.sort(longestFirst);
  compiled.go.sort(longestFirst);
  compiled.jvm.sort(longestFirst);
  compiled.nuget.sort(longestFirst);
  compiled.models.sort(longestFirst);
  compiled.keywords = [...words].map(([text, prefix]) => ({ text, prefix }));
  return compiled;
}

/** Longest entry of `table` that `name` equals or starts with, followed by one of `separators`. */
export function lookupPrefix(
  table: readonly [string, string][],
  name: string,
  separators: string,
): string | undefined {
  for (const [prefix, id] of table) {
    if (name === prefix) return id;
    if (name.startsWith(prefix) && separators.includes(name[prefix.length] ?? '')) return id;
  }
  return undefined;
}
