import type { ProviderHit } from '../scan/hits.js';

/** The `detail` of a proof in a catalogue of servers or integrations users install: a mention, never a use. */
export const SERVER_CATALOG_DETAIL = 'an entry of a catalogue of servers users may install';

/**
 * A path named as a catalogue (`mcp/registries.ts`, `catalog.json`, `marketplace/servers.yaml`): a file or a folder
 * called registry, registries, catalog(ue)(s), marketplace or servers.
 */
const CATALOGUE_PATH =
  /(?:^|[/_.-])(?:registry|registries|catalogs?|catalogues?|marketplace|servers)(?=[/_.-]|$)/i;
/** An entry's description field (`description: '…'`, `"description": "…"`). */
const DESCRIPTION = /(?:^|[\s{,])["']?description["']?\s*[:=]/gm;
/** An entry's way to run or reach the server: a command, its URL, its homepage. */
const LAUNCH = /(?:^|[\s{,])["']?(?:command|url|homepage|endpoint)["']?\s*[:=]/gm;
/** How many entries, and vendors, make a catalogue rather than the app's own configuration of a few servers. */
const ENTRIES = 3;

const count = (text: string, pattern: RegExp, enough: number) => {
  let found = 0;
  for (const _ of text.matchAll(pattern)) if (++found >= enough) break;
  return found;
};

/**
 * Marks every proof in a catalogue of installable servers or integrations as data (`proofClass: 'data'`,
 * `SERVER_CATALOG_DETAIL`): a file or folder named as a registry, catalog, marketplace or servers whose entries each
 * have a description and a command or URL, naming at least three vendors. chatbox's
 * `src/renderer/components/settings/mcp/registries.ts` lists MCP servers users may add (Brave Search, E2B, Exa,
 * Firecrawl, ElevenLabs, Firebase… with their packages and key names), and each was proposed as a sub-processor the
 * app sends data to. A user who installs one runs it with their own key; the app itself calls none of them. The path is
 * tested first, so other files cost nothing; `text` is read only for a path so named. Pure.
 * @example markServerCatalog(hits, 'mcp/registries.ts', () => text) // true where `text` lists three servers
 */
export function markServerCatalog(hits: ProviderHit[], file: string, text: () => string): boolean {
  if (!CATALOGUE_PATH.test(file) || hits.length < ENTRIES) return false;
  if (new Set(hits.map((hit) => hit.provider)).size < ENTRIES) return false;
  const body = text();
  if (count(body, DESCRIPTION, ENTRIES) < ENTRIES || count(body, LAUNCH, ENTRIES) < ENTRIES) return false;
  for (const hit of hits) {
    hit.evidence.proofClass = 'data';
    hit.evidence.detail ??= SERVER_CATALOG_DETAIL;
  }
  return true;
}
