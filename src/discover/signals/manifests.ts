import { type CompiledCatalog, lookupPrefix, normalisePypi } from '../catalog/compile.js';
import { proofRank } from '../proof/classes.js';
import type { ManifestKind } from '../scan/fileKind.js';
import { lineStarts, lineText, type ProviderHit } from '../scan/hits.js';
import { cleanSnippet } from '../scan/snippet.js';
import type { DiscoveryEvidence } from '../types.js';
import { integrationProvider } from './integrations.js';
import { type Classifier, lockfileClassifier, manifestClassifier, packageJsonClass } from './lockClasses.js';

const REQUIREMENT = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:[<>=!~;@#]|$)/;
const QUOTED_REQUIREMENT = /["']([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:[<>=!~;]|["'])/g;
const TOML_KEY = /^\s*["']?([A-Za-z0-9][A-Za-z0-9._-]*)["']?\s*=/;
const TOML_TABLE = /^\s*\[(?:[\w.-]*dependencies)\.["']?([A-Za-z0-9._-]+)["']?\]/;
// Dot-separated labels without overlapping classes: `a.a.a.…` cannot make the match backtrack quadratically.
const GO_REQUIRE = /^\s*(?:require\s+)?([\w-]+(?:\.[\w-]+)+\/\S+)\s+v\d/;
const GEM = /^\s*gem\s+['"]([^'"]+)['"]/;
const POM_ARTIFACT = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/;
const GRADLE = /['"]([\w.-]+):([\w.-]+)(?::[^'"]*)?['"]/;
// `<PackageReference Include="Azure.AI.OpenAI" …/>` in a project, `<PackageVersion Include="…"/>` in
// `Directory.Packages.props`, `<package id="…" …/>` in `packages.config` (NuGet's and MSBuild's documentation).
const NUGET_PACKAGE =
  /<(?:PackageReference|PackageVersion)\s[^>]*?\b(?:Include|Update)\s*=\s*"([^"]+)"|<package\s[^>]*?\bid\s*=\s*"([^"]+)"/gi;
const LOCK_TOKEN = /@?[A-Za-z0-9][\w.-]*(?:\/[\w.-]+)*/g;
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

interface ManifestInput {
  file: string;
  /** The file's name (decides the lockfile format). */
  name?: string;
  kind: ManifestKind;
  /** The text with secrets masked: what snippets are cut from. */
  text: string;
  /**
   * The text as read, for parsing `package.json` alone (only dependency names are taken from it): a masked value
   * can leave the JSON unparseable, and then every line naming a package would count as a dependency.
   */
  raw?: string;
  /** Lines that hold a catalog keyword (1-based). */
  lines: number[];
}

/** Dependencies named in `package.json` with their field, parsed as JSON so scripts never count. */
function packageJsonDependencies(text: string): Map<string, string> | undefined {
  try {
    const manifest = JSON.parse(text) as Record<string, unknown>;
    const names = new Map<string, string>();
    for (const field of DEPENDENCY_FIELDS) {
      const section = manifest[field];
      if (section && typeof section === 'object')
        for (const name of Object.keys(section)) if (!names.has(name)) names.set(name, field);
    }
    return names;
  } catch {
    return undefined;
  }
}

/** An npm package's provider: the catalog's own name, or a framework integration package (`@ai-sdk/groq`). */
function npmProvider(catalog: CompiledCatalog, name: string): string | undefined {
  return catalog.npm.get(name) ?? integrationProvider(catalog, 'npm', name)?.provider;
}

/** A Maven artifact's provider, directly or as a framework integration (`langchain4j-ollama`). */
function mavenProvider(catalog: CompiledCatalog, name: string): string | undefined {
  return catalog.maven.get(name) ?? integrationProvider(catalog, 'maven', name)?.provider;
}

/** A PyPI distribution's provider, directly or as a framework integration (`llama-index-llms-groq`). */
/** The provider a PyPI distribution name installs, directly or as a framework's integration package. */
export function pypiProvider(catalog: CompiledCatalog, name: string): string | undefined {
  const normal = normalisePypi(name);
  return catalog.pypi.get(normal) ?? integrationProvider(catalog, 'pypi', normal)?.provider;
}

function lockfileProvider(catalog: CompiledCatalog, token: string): string | undefined {
  const name = token.replace(/^node_modules\//, '').replace(/^\//, '');
  return (
    npmProvider(catalog, name) ??
    pypiProvider(catalog, name) ??
    catalog.cargo.get(name) ??
    catalog.gem.get(name) ??
    lookupPrefix(catalog.go, name, '/')
  );
}

const CARGO_FEATURES = /\bfeatures\s*=\s*\[([^\]]*)\]/;

/**
 * The features a Cargo dependency declared at `start` turns on: in its inline table (`sqlx = { …, features = [ … ] }`,
 * which may run over lines) or in the lines of its own table (`[dependencies.sqlx]`), read at most 2,000 characters on.
 */
function cargoFeatures(text: string, start: number): string[] {
  const ahead = text.slice(start, start + 2000);
  const lineEnd = ahead.indexOf('\n');
  const first = lineEnd < 0 ? ahead : ahead.slice(0, lineEnd);
  let end: number;
  if (/^\s*\[/.test(first)) {
    const next = ahead.indexOf('\n[', lineEnd < 0 ? ahead.length : lineEnd);
    end = next < 0 ? ahead.length : next;
  } else {
    const brace = first.indexOf('{');
    if (brace < 0) return [];
    const close = ahead.indexOf('}', brace);
    end = close < 0 ? ahead.length : close;
  }
  const list = CARGO_FEATURES.exec(ahead.slice(0, end))?.[1];
  return list ? [...list.matchAll(/["']([\w-]+)["']/g)].map((match) => match[1]!) : [];
}

/** Names declared on one manifest line, with the provider each maps to. */
function namesOnLine(
  kind: ManifestKind,
  text: string,
  catalog: CompiledCatalog,
  dependencies: Map<string, string> | undefined,
  features?: readonly string[],
): { name: string; provider: string }[] {
  const found: { name: string; provider: string }[] = [];
  const push = (name: string | undefined, provider: string | undefined) => {
    if (name && provider) found.push({ name, provider });
  };
  switch (kind) {
    case 'package.json':
      for (const match of text.matchAll(/"((?:@[\w.-]+\/)?[\w.-]+)"\s*:/g)) {
        if (!dependencies || dependencies.has(match[1]!)) push(match[1], npmProvider(catalog, match[1]!));
      }
      break;
    case 'requirements': {
      const name = REQUIREMENT.exec(text)?.[1];
      push(name, name && pypiProvider(catalog, name));
      break;
    }
    case 'pyproject':
    case 'pipfile': {
      for (const match of text.matchAll(QUOTED_REQUIREMENT)) push(match[1], pypiProvider(catalog, match[1]!));
      const key = TOML_KEY.exec(text)?.[1] ?? TOML_TABLE.exec(text)?.[1];
      push(key, key && pypiProvider(catalog, key));
      break;
    }
    case 'go.mod': {
      const module = GO_REQUIRE.exec(text)?.[1];
      push(module, module && lookupPrefix(catalog.go, module, '/'));
      break;
    }
    case 'cargo': {
      const name = TOML_KEY.exec(text)?.[1] ?? TOML_TABLE.exec(text)?.[1];
      push(name, name && catalog.cargo.get(name));
      if (name && features)
        for (const feature of features) push(name, catalog.cargo.get(`${name}/${feature}`));
      break;
    }
    case 'gemfile': {
      const name = GEM.exec(text)?.[1];
      push(name, name && catalog.gem.get(name));
      break;
    }
    case 'pom': {
      const name = POM_ARTIFACT.exec(text)?.[1];
      push(name, name && mavenProvider(catalog, name));
      break;
    }
    case 'gradle': {
      const name = GRADLE.exec(text)?.[2];
      push(name, name && mavenProvider(catalog, name));
      break;
    }
    case 'nuget':
      for (const match of text.matchAll(NUGET_PACKAGE)) {
        const name = (match[1] ?? match[2])!.trim();
        push(name, catalog.nuget.find(([id]) => id === name.toLowerCase())?.[1]);
      }
      break;
    case 'lockfile':
      for (const match of text.matchAll(LOCK_TOKEN)) push(match[0], lockfileProvider(catalog, match[0]));
      break;
  }
  return found;
}

function classifierFor(input: ManifestInput, dependencies: Map<string, string> | undefined): Classifier {
  if (input.kind === 'package.json')
    return (name) => packageJsonClass(dependencies?.get(name) ?? 'dependencies');
  if (input.kind === 'lockfile')
    return lockfileClassifier(input.name ?? input.file.split('/').pop()!, input.text);
  return manifestClassifier(input.kind, input.name ?? input.file.split('/').pop()!, input.text);
}

// Packages a framework loads by name from configuration (`init_chat_model("groq:…")` imports langchain_groq), and
// Spring Boot starters that configure a client from properties. Not LangChain4j's plain modules, which Java code
// must import (`langchain4j-anthropic` declared and never imported sends nothing).
const LOADED_BY_FRAMEWORK =
  /langchain(?!4j)|llama[-_]?index|haystack|semantic[-_]kernel|spring-boot-starter|spring-ai-starter/i;

/**
 * Dependencies declared in a package manifest or lockfile that the catalog knows, one proof per provider:
 * the strongest line (a direct dependency over a transitive one over an optional peer). Each is classed
 * `lockfile-direct`, `lockfile-transitive`, `lockfile-optional` or `test` (development dependencies).
 */
export function manifestSignals(input: ManifestInput, catalog: CompiledCatalog, out: ProviderHit[]): void {
  const starts = lineStarts(input.text);
  const dependencies =
    input.kind === 'package.json' ? packageJsonDependencies(input.raw ?? input.text) : undefined;
  const classify = classifierFor(input, dependencies);
  const best = new Map<string, DiscoveryEvidence>();
  const framework = new Set<string>();
  for (const line of input.lines) {
    const text = lineText(input.text, starts, line);
    const features = input.kind === 'cargo' ? cargoFeatures(input.text, starts[line - 1] ?? 0) : undefined;
    for (const { name, provider } of namesOnLine(input.kind, text, catalog, dependencies, features)) {
      const { proofClass, detail } = classify(name, line);
      const known = best.get(provider);
      if (known && proofRank(known) <= proofRank({ proofClass })) continue;
      const col = Math.max(0, text.indexOf(name));
      if (LOADED_BY_FRAMEWORK.test(name)) framework.add(provider);
      else framework.delete(provider);
      best.set(provider, {
        file: input.file,
        line,
        col: col + 1,
        signal: 'manifest',
        snippet: cleanSnippet(text, col),
        proofClass,
        ...(detail ? { detail } : {}),
      });
    }
  }
  for (const [provider, evidence] of best)
    out.push({ provider, evidence, ...(framework.has(provider) ? { framework: true } : {}) });
}
