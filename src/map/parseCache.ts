import { createHash } from 'node:crypto';
import path from 'node:path';
import { LineCounter } from 'yaml';
import { readUserFile, userCacheDir, writeCacheEntry } from '../io/index.js';
import { VERSION } from '../version.js';
import type { ParsedYaml } from './parseYaml.js';

/**
 * Parsed YAML kept between runs, by the exact text parsed. Parsing is the dearest step of loading a map (the YAML
 * library's composer, run cold in every fresh process); validation and the rules still run on every load, on the
 * same value, so a cached parse changes how long a load takes, never what it accepts.
 */
export interface ParseCache {
  get(file: string, text: string): ParsedYaml | undefined;
  set(file: string, text: string, parsed: ParsedYaml): void;
}

/** Bump when what `parseYaml` returns for a text changes. */
const FORMAT = 'trustmap.yaml-parse/v1';
/** A cached parse is JSON a few times the YAML's size; anything far bigger is not ours and is not read. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

interface Entry {
  format: string;
  key: string;
  value: unknown;
  lineStarts: number[];
  values: [string, number][];
  keys: [string, number][];
}

/**
 * The parse cache in the user's cache folder (`userCacheDir('yaml')`: `$XDG_CACHE_HOME/trustmap/yaml`,
 * `~/.cache/trustmap/yaml` or `yaml` in `TRUSTMAP_CACHE_DIR`; `TRUSTMAP_CACHE_DIR=off` turns it off). It lives outside the repository on purpose: a
 * cache committed beside the map could make Trustmap read a different map than the one a reviewer reads.
 * Entries are keyed by a hash of the Trustmap version and the text, so an edit is a miss; at most 256 are kept.
 * Reading or writing failures only cost the cache, never the load.
 */
export function userParseCache(env: NodeJS.ProcessEnv = process.env): ParseCache | undefined {
  const dir = userCacheDir('yaml', env);
  return dir ? fileParseCache(dir) : undefined;
}

/** A parse cache in `dir`, one JSON file per parsed text. */
export function fileParseCache(dir: string): ParseCache {
  // The file name is not part of the key: a parse does not depend on it (the name is put back on a hit).
  const keyOf = (text: string) =>
    createHash('sha256').update(`${FORMAT}\0${VERSION}\0`).update(text).digest('hex');
  const fileOf = (key: string) => path.join(dir, `${key.slice(0, 40)}.json`);
  return {
    get(file, text) {
      const key = keyOf(text);
      try {
        // Through the bounded reader like every file Trustmap reads: a regular file inside the cache folder, capped.
        const bytes = readUserFile(path.basename(fileOf(key)), {
          root: dir,
          maxBytes: Math.min(MAX_ENTRY_BYTES, 64 * 1024 + text.length * 16),
          what: 'parse cache entry',
        });
        const entry = JSON.parse(bytes.toString('utf8')) as Entry;
        if (entry.format !== FORMAT || entry.key !== key) return undefined;
        const lineCounter = new LineCounter();
        for (const start of entry.lineStarts) lineCounter.addNewLine(start);
        return {
          value: entry.value,
          positions: { file, lineCounter, values: new Map(entry.values), keys: new Map(entry.keys) },
        };
      } catch {
        return undefined;
      }
    },
    set(_file, text, parsed) {
      // Only values JSON carries exactly (no .inf, .nan, or `__proto__` keys) are kept; the rest parse each time.
      if (!jsonExact(parsed.value, 0)) return;
      const key = keyOf(text);
      const entry: Entry = {
        format: FORMAT,
        key,
        value: parsed.value,
        lineStarts: parsed.positions.lineCounter.lineStarts,
        values: [...parsed.positions.values],
        keys: [...parsed.positions.keys],
      };
      writeCacheEntry(dir, path.basename(fileOf(key)), JSON.stringify(entry), MAX_ENTRIES);
    },
  };
}

/** Entries kept; past this, the least recently written half is removed (a write only happens on a miss). */
const MAX_ENTRIES = 256;

function jsonExact(value: unknown, depth: number): boolean {
  if (depth > 100) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every((item) => jsonExact(item, depth + 1));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.entries(value).every(([key, item]) => key !== '__proto__' && jsonExact(item, depth + 1));
  return false;
}
