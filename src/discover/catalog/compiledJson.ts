import type { CompiledCatalog } from './compile.js';
import { INTEGRATION_PATHS } from './integrations.js';
import type { ProviderEntry } from './types.js';

/** The Map-valued tables of a compiled catalog, which JSON carries as lists of entries. */
const MAPS = [
  'npm',
  'pypi',
  'cargo',
  'gem',
  'maven',
  'env',
  'hostExact',
  'images',
  'actions',
  'awsServices',
] as const;
const LISTS = ['pythonImports', 'go', 'jvm', 'nuget', 'models', 'terraform', 'markers', 'keywords'] as const;

/**
 * A compiled catalog as JSON, for `npm run build` to store beside the bundle: compiling the catalog at every start
 * (~1,500 names lower-cased, normalised and indexed by code that has not been optimised yet) cost 10-25 ms.
 * The providers themselves and the integration paths are left out: the reader has them as data already.
 * @example catalogFromJson(catalogToJson(compileCatalog(PROVIDERS)), PROVIDERS) // equal to compileCatalog(PROVIDERS)
 */
export function catalogToJson(catalog: CompiledCatalog): string {
  return JSON.stringify({
    ...Object.fromEntries(MAPS.map((key) => [key, [...catalog[key]]])),
    ...Object.fromEntries(LISTS.map((key) => [key, catalog[key]])),
    hostPatterns: catalog.hostPatterns.map(([pattern, id]) => [pattern.source, pattern.flags, id]),
    slugs: [...catalog.integrations.slugs],
    classes: [...catalog.integrations.classes],
  });
}

/** The compiled catalog of `providers` back from `catalogToJson`; throws on text that is not one. */
export function catalogFromJson(text: string, providers: readonly ProviderEntry[]): CompiledCatalog {
  const data = JSON.parse(text);
  const map = (key: string) => {
    if (!Array.isArray(data[key])) throw new Error(`compiled catalog: ${key} is missing`);
    return new Map<string, string>(data[key]);
  };
  const list = <T>(key: string): T[] => {
    if (!Array.isArray(data[key])) throw new Error(`compiled catalog: ${key} is missing`);
    return data[key];
  };
  return {
    providers: new Map(providers.map((provider) => [provider.id, provider])),
    npm: map('npm'),
    pypi: map('pypi'),
    pythonImports: list('pythonImports'),
    go: list('go'),
    jvm: list('jvm'),
    cargo: map('cargo'),
    gem: map('gem'),
    maven: map('maven'),
    nuget: list('nuget'),
    env: map('env'),
    hostExact: map('hostExact'),
    hostPatterns: list<[string, string, string]>('hostPatterns').map(([source, flags, id]) => [
      new RegExp(source, flags),
      id,
    ]),
    models: list('models'),
    images: map('images'),
    actions: map('actions'),
    terraform: list('terraform'),
    awsServices: map('awsServices'),
    integrations: { paths: INTEGRATION_PATHS, slugs: map('slugs'), classes: map('classes') },
    markers: list('markers'),
    keywords: list('keywords'),
  };
}
