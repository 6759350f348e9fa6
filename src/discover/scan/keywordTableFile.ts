import { readFileSync } from 'node:fs';
import type { Keyword } from '../catalog/compile.js';
import { type KeywordScanner, keywordScannerOf } from './keywordScanner.js';
import { buildKeywordTable, decodeKeywordTable } from './keywordTable.js';

/**
 * The file `npm run build` writes next to the bundled scanner: the automaton of the built-in catalog's keywords.
 * Building it costs ~25 ms of every start on a quiet machine (more on a loaded one); reading it, about one.
 */
export const KEYWORD_TABLE_FILE = 'discover-keywords.bin';

/**
 * The scanner for `keywords`: read from the table file in `folder` (by default, beside this module) when that file
 * was built from the same keywords, built here otherwise (sources run by tsx, a custom catalog, a stale build).
 * @example keywordScannerFor([...compileCatalog(PROVIDERS).keywords, ...EXTRA_KEYWORDS]).scan(bytes)
 */
export function keywordScannerFor(
  keywords: readonly Keyword[],
  folder: URL = new URL('.', import.meta.url),
): KeywordScanner {
  let stored: Uint8Array | undefined;
  try {
    stored = readFileSync(new URL(KEYWORD_TABLE_FILE, folder));
  } catch {
    // No table file: running from sources, or a build that did not write one.
  }
  const table = (stored && decodeKeywordTable(stored, keywords)) ?? buildKeywordTable(keywords);
  return keywordScannerOf(table);
}
