import { readFileSync } from 'node:fs';
import { type CompiledCatalog, compileCatalog } from '../catalog/compile.js';
import { catalogFromJson, catalogToJson } from '../catalog/compiledJson.js';
import { PROVIDERS } from '../catalog/index.js';
import type { ProviderEntry } from '../catalog/types.js';
import { encodeKeywordImage, type KeywordImage, readKeywordImage } from './keywordImage.js';
import { type KeywordScanner, keywordScannerOf } from './keywordScanner.js';
import { buildKeywordTable } from './keywordTable.js';
import { keywordScannerModule, wasmKeywordScanner } from './keywordWasm.js';
import { EXTRA_KEYWORDS } from './scanFile.js';

/**
 * The file `npm run build` writes beside the bundled scanner: the keyword automaton and the compiled catalog of the
 * built-in providers, so that a start builds neither (~30 ms of code that runs once, unoptimised).
 */
export const SCAN_TABLES_FILE = 'discover-tables.bin';

// The build sets this (esbuild `define`) to the id of the tables file it writes; run from sources, it is unset.
declare const __TRUSTMAP_SCAN_TABLES_ID__: string | undefined;
/** The id of the tables file that belongs to this bundle, or `undefined` when running from sources. */
export const BUILT_TABLES_ID =
  typeof __TRUSTMAP_SCAN_TABLES_ID__ === 'string' ? __TRUSTMAP_SCAN_TABLES_ID__ : undefined;

/** What a scan matches with: the catalog's lookup tables and the keyword prefilter. */
export interface ScanTables {
  catalog: CompiledCatalog;
  scanner: KeywordScanner;
}

/**
 * The image of `providers`' tables (what the build writes, and what a start without it builds): the automaton
 * over the catalog's keywords and the extra ones, with the compiled catalog as its note.
 * @example writeFileSync(`dist/${SCAN_TABLES_FILE}`, scanTablesImage(PROVIDERS, 'id'))
 */
export function scanTablesImage(providers: readonly ProviderEntry[], id = ''): Uint8Array {
  return built(providers, { id, forFile: true }).image;
}

function built(providers: readonly ProviderEntry[], { id = '', forFile = false } = {}) {
  const catalog = compileCatalog(providers);
  const table = buildKeywordTable([...catalog.keywords, ...EXTRA_KEYWORDS]);
  const image = forFile
    ? encodeKeywordImage(table, { id, note: catalogToJson(catalog), wasm: keywordScannerModule() })
    : encodeKeywordImage(table, { id, note: '' });
  return { catalog, image };
}

function scannerOf(image: KeywordImage): KeywordScanner {
  return wasmKeywordScanner(image) ?? keywordScannerOf(image.table);
}

/**
 * The tables for `providers`: for the built-in catalog, read from the build's file in `folder` (by default,
 * beside this module) when its id is the one this bundle was built with; built here otherwise (sources run by
 * tsx, a custom catalog, a file from another build or a damaged one).
 * @example scanTablesFor(PROVIDERS).scanner.scan(Buffer.from('import openai')).lines // [1]
 */
export function scanTablesFor(
  providers: readonly ProviderEntry[],
  { folder = new URL('.', import.meta.url), id = BUILT_TABLES_ID }: { folder?: URL; id?: string } = {},
): ScanTables {
  if (providers === PROVIDERS && id) {
    const image = readImage(new URL(SCAN_TABLES_FILE, folder));
    if (image?.id === id) {
      try {
        return { catalog: catalogFromJson(image.note, providers), scanner: scannerOf(image) };
      } catch {
        // A note that is not a compiled catalog: build the tables below.
      }
    }
  }
  const { catalog, image } = built(providers);
  return { catalog, scanner: scannerOf(readKeywordImage(image)!) };
}

function readImage(file: URL): KeywordImage | undefined {
  try {
    return readKeywordImage(readFileSync(file));
  } catch {
    // No file: running from sources, or a build that did not write one.
    return undefined;
  }
}
