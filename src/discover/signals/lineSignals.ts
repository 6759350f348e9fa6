import { type CompiledCatalog, lookupPrefix } from '../catalog/compile.js';
import type { FileKind } from '../scan/fileKind.js';
import type { ProviderHit } from '../scan/hits.js';
import { cleanSnippet } from '../scan/snippet.js';
import type { SignalKind } from '../types.js';

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
const PY_FROM = /^\s*from\s+([\w.]+)\s+import\s+\(?\s*([\w\s,]+)/;
const PY_IMPORT = /^\s*import\s+([\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*)/;
const GO_IMPORT = /^\s*(?:import\s+)?(?:[\w.]+\s+)?"([\w.-]+\.[\w.-]+\/[^"]+)"/;
const RUBY_REQUIRE = /^\s*(?:require|gem)\s*\(?\s*['"]([^'"]+)['"]/;
const RUST_USE = /\b(?:use|extern\s+crate)\s+([a-z0-9_]+)/;
const AWS_CLIENT = /\b(?:client|resource)\s*\(\s*(?:service_name\s*=\s*)?['"]([\w-]+)['"]/g;
const ENV_TOKEN = /\b[A-Z][A-Z0-9_]{2,}\b/g;
// Labels of at most 63 characters and at most 10 of them (DNS allows 63 and 253 in all): every attempt ends
// within ~650 characters, so a long line of \`a-a-a-…\` or \`a.a.a.…\` costs linear time, not quadratic.
const HOST = /\b(?:[a-z0-9-]{1,63}\.){1,10}[a-z]{2,24}(?::\d{2,5})?|\blocalhost:\d{2,5}/gi;
const QUOTED = /["'`]([A-Za-z0-9@][\w.:/@-]{1,100})["'`]/g;
const MODEL_VALUE = /\bmodel(?:_?id|_?name)?["']?\s*[:=]\s*["']?([A-Za-z0-9@][\w.:/@-]{1,100})/gi;
const SLASH_COMMENT = /^\s*(?:\/\/|\/\*|\*)/;
const HASH_COMMENT = /^\s*#/;
const IMAGE_LINE = /^\s*(?:-\s*)?(?:image|repository)\s*:\s*["']?([^\s"'#]+)/i;
const FROM_LINE = /^\s*FROM\s+(?:--platform=\S+\s+)?([^\s]+)/i;

const CODE = new Set<FileKind>(['js', 'python', 'go', 'ruby', 'jvm', 'rust']);

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

function modelProvider(catalog: CompiledCatalog, value: string): string | undefined {
  const lower = value.toLowerCase();
  for (const [prefix, id] of catalog.models) if (lower.startsWith(prefix)) return id;
  return undefined;
}

function hostProvider(catalog: CompiledCatalog, host: string): string | undefined {
  const lower = host.toLowerCase();
  const exact = catalog.hostExact.get(lower) ?? catalog.hostExact.get(lower.replace(/:\d+$/, ''));
  if (exact) return exact;
  const bare = lower.replace(/:\d+$/, '');
  for (const [pattern, id] of catalog.hostPatterns) if (pattern.test(bare)) return id;
  return undefined;
}

function importsOf(input: LineInput, catalog: CompiledCatalog): { specifier: string; provider: string }[] {
  const found: { specifier: string; provider: string }[] = [];
  const { text, kind } = input;
  if (kind === 'js') {
    for (const match of text.matchAll(JS_IMPORT)) {
      const specifier = match[1]!;
      const provider = catalog.npm.get(specifier) ?? catalog.npm.get(npmPackageOf(specifier));
      if (provider) found.push({ specifier, provider });
    }
  } else if (kind === 'python') {
    const modules: string[] = [];
    const from = PY_FROM.exec(text);
    if (from) {
      // `from google import genai` imports the module `google.genai`, so each imported name is tried too.
      for (const name of from[2]!.split(','))
        if (name.trim()) modules.push(`${from[1]}.${name.trim().split(/\s+/)[0]}`);
      modules.push(from[1]!);
    }
    const plain = PY_IMPORT.exec(text);
    if (plain) for (const part of plain[1]!.split(',')) modules.push(part.trim().split(/\s+/)[0]!);
    for (const module of modules) {
      const provider = lookupPrefix(catalog.pythonImports, module.toLowerCase(), '.');
      if (provider) found.push({ specifier: module, provider });
    }
  } else if (kind === 'go') {
    const match = GO_IMPORT.exec(text);
    const provider = match && lookupPrefix(catalog.go, match[1]!, '/');
    if (match && provider) found.push({ specifier: match[1]!, provider });
  } else if (kind === 'ruby') {
    const match = RUBY_REQUIRE.exec(text);
    const provider = match && catalog.gem.get(match[1]!.split('/')[0]!);
    if (match && provider) found.push({ specifier: match[1]!, provider });
  } else if (kind === 'rust') {
    const match = RUST_USE.exec(text);
    const provider = match && catalog.cargo.get(match[1]!.replace(/_/g, '-'));
    if (match && provider) found.push({ specifier: match[1]!, provider });
  }
  return found;
}

/**
 * Every provider signal on one candidate line: imports, AWS SDK clients, environment variables, API hosts,
 * model identifiers and container images.
 */
export function lineSignals(input: LineInput, catalog: CompiledCatalog, out: ProviderHit[]): void {
  const { file, line, text, kind } = input;
  // A commented-out import or key in source is not use.
  if ((kind === 'python' || kind === 'ruby' ? HASH_COMMENT : SLASH_COMMENT).test(text) && CODE.has(kind))
    return;
  const seen = new Set<string>();
  const add = (provider: string, signal: SignalKind, col: number) => {
    const key = `${provider}:${signal}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ provider, evidence: { file, line, col: col + 1, signal, snippet: cleanSnippet(text, col) } });
  };

  const imports = importsOf(input, catalog);
  for (const { specifier, provider } of imports)
    add(provider, 'import', Math.max(0, text.indexOf(specifier)));
  if (kind === 'python' || kind === 'js') {
    for (const match of text.matchAll(AWS_CLIENT)) {
      const provider = catalog.awsServices.get(match[1]!.toLowerCase());
      if (provider) add(provider, 'import', match.index);
    }
  }
  for (const match of text.matchAll(ENV_TOKEN)) {
    const provider = catalog.env.get(match[0]);
    if (provider) add(provider, 'env-var', match.index);
  }
  for (const match of text.matchAll(HOST)) {
    const provider = hostProvider(catalog, match[0]);
    if (provider) add(provider, 'api-host', match.index);
  }
  if (imports.length === 0) {
    for (const pattern of [QUOTED, MODEL_VALUE]) {
      for (const match of text.matchAll(pattern)) {
        const provider = modelProvider(catalog, match[1]!);
        if (provider) add(provider, 'model-id', match.index);
      }
    }
  }
  if (kind === 'yaml' || kind === 'dockerfile' || kind === 'shell') {
    const match = IMAGE_LINE.exec(text) ?? (kind === 'dockerfile' ? FROM_LINE.exec(text) : null);
    if (match) {
      for (const repository of imageRepository(match[1]!)) {
        const provider = catalog.images.get(repository);
        if (provider) {
          add(provider, input.imageSignal, text.indexOf(match[1]!));
          break;
        }
      }
    }
  }
}
