import { type CompiledCatalog, lookupPrefix, normalisePypi } from '../catalog/compile.js';
import type { ManifestKind } from '../scan/fileKind.js';
import { lineStarts, lineText, type ProviderHit } from '../scan/hits.js';
import { cleanSnippet } from '../scan/snippet.js';

const REQUIREMENT = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:[<>=!~;@#]|$)/;
const QUOTED_REQUIREMENT = /["']([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:[<>=!~;]|["'])/g;
const TOML_KEY = /^\s*["']?([A-Za-z0-9][A-Za-z0-9._-]*)["']?\s*=/;
const TOML_TABLE = /^\s*\[(?:[\w.-]*dependencies)\.["']?([A-Za-z0-9._-]+)["']?\]/;
// Dot-separated labels without overlapping classes: `a.a.a.…` cannot make the match backtrack quadratically.
const GO_REQUIRE = /^\s*(?:require\s+)?([\w-]+(?:\.[\w-]+)+\/\S+)\s+v\d/;
const GEM = /^\s*gem\s+['"]([^'"]+)['"]/;
const POM_ARTIFACT = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/;
const GRADLE = /['"]([\w.-]+):([\w.-]+)(?::[^'"]*)?['"]/;
const LOCK_TOKEN = /@?[A-Za-z0-9][\w.-]*(?:\/[\w.-]+)*/g;
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

interface ManifestInput {
  file: string;
  kind: ManifestKind;
  text: string;
  /** Lines that hold a catalog keyword (1-based). */
  lines: number[];
}

/** Dependencies named in `package.json`, parsed as JSON so scripts and other fields never count. */
function packageJsonDependencies(text: string): Set<string> | undefined {
  try {
    const manifest = JSON.parse(text) as Record<string, unknown>;
    const names = new Set<string>();
    for (const field of DEPENDENCY_FIELDS) {
      const section = manifest[field];
      if (section && typeof section === 'object') for (const name of Object.keys(section)) names.add(name);
    }
    return names;
  } catch {
    return undefined;
  }
}

function lockfileProvider(catalog: CompiledCatalog, token: string): string | undefined {
  const name = token.replace(/^node_modules\//, '').replace(/^\//, '');
  return (
    catalog.npm.get(name) ??
    catalog.pypi.get(normalisePypi(name)) ??
    catalog.cargo.get(name) ??
    catalog.gem.get(name) ??
    lookupPrefix(catalog.go, name, '/')
  );
}

/** Names declared on one manifest line, with the provider each maps to. */
function namesOnLine(
  kind: ManifestKind,
  text: string,
  catalog: CompiledCatalog,
  dependencies: Set<string> | undefined,
): { name: string; provider: string }[] {
  const found: { name: string; provider: string }[] = [];
  const push = (name: string | undefined, provider: string | undefined) => {
    if (name && provider) found.push({ name, provider });
  };
  switch (kind) {
    case 'package.json':
      for (const match of text.matchAll(/"((?:@[\w.-]+\/)?[\w.-]+)"\s*:/g)) {
        if (!dependencies || dependencies.has(match[1]!)) push(match[1], catalog.npm.get(match[1]!));
      }
      break;
    case 'requirements': {
      const name = REQUIREMENT.exec(text)?.[1];
      push(name, name && catalog.pypi.get(normalisePypi(name)));
      break;
    }
    case 'pyproject':
    case 'pipfile': {
      for (const match of text.matchAll(QUOTED_REQUIREMENT))
        push(match[1], catalog.pypi.get(normalisePypi(match[1]!)));
      const key = TOML_KEY.exec(text)?.[1] ?? TOML_TABLE.exec(text)?.[1];
      push(key, key && catalog.pypi.get(normalisePypi(key)));
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
      break;
    }
    case 'gemfile': {
      const name = GEM.exec(text)?.[1];
      push(name, name && catalog.gem.get(name));
      break;
    }
    case 'pom': {
      const name = POM_ARTIFACT.exec(text)?.[1];
      push(name, name && catalog.maven.get(name));
      break;
    }
    case 'gradle': {
      const name = GRADLE.exec(text)?.[2];
      push(name, name && catalog.maven.get(name));
      break;
    }
    case 'lockfile':
      for (const match of text.matchAll(LOCK_TOKEN)) push(match[0], lockfileProvider(catalog, match[0]));
      break;
  }
  return found;
}

/**
 * Dependencies declared in a package manifest or lockfile that the catalog knows. Lockfile evidence is
 * `weak`: a lockfile also lists transitive dependencies the code may never call.
 */
export function manifestSignals(input: ManifestInput, catalog: CompiledCatalog, out: ProviderHit[]): void {
  const starts = lineStarts(input.text);
  const dependencies = input.kind === 'package.json' ? packageJsonDependencies(input.text) : undefined;
  const weak = input.kind === 'lockfile';
  const seen = new Set<string>();
  for (const line of input.lines) {
    const text = lineText(input.text, starts, line);
    for (const { name, provider } of namesOnLine(input.kind, text, catalog, dependencies)) {
      if (seen.has(provider)) continue;
      seen.add(provider);
      const col = Math.max(0, text.indexOf(name));
      out.push({
        provider,
        weak,
        evidence: {
          file: input.file,
          line,
          col: col + 1,
          signal: 'manifest',
          snippet: cleanSnippet(text, col),
          ...(weak ? { detail: 'lockfile: may be a transitive dependency' } : {}),
        },
      });
    }
  }
}
