import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../src/discover/catalog/compile.js';
import { catalogFromJson, catalogToJson } from '../../src/discover/catalog/compiledJson.js';
import { PROVIDERS } from '../../src/discover/catalog/index.js';
import { encodeKeywordImage, readKeywordImage } from '../../src/discover/scan/keywordImage.js';
import { buildKeywordScanner, keywordScannerOf } from '../../src/discover/scan/keywordScanner.js';
import { buildKeywordTable } from '../../src/discover/scan/keywordTable.js';
import { EXTRA_KEYWORDS } from '../../src/discover/scan/scanFile.js';
import { SCAN_TABLES_FILE, scanTablesFor, scanTablesImage } from '../../src/discover/scan/scanTables.js';
import { tempTree } from '../helpers/tempTree.js';

const keywords = [...compileCatalog(PROVIDERS).keywords, ...EXTRA_KEYWORDS];
const sample = Buffer.from(
  'import OpenAI from "openai"\nconst x = 1\nclient = QdrantClient(url)\nOLLAMA_BASE_URL=http://localhost:11434\n',
);
// Compared as bytes: a deep comparison of 600,000 cells takes vitest half a minute.
const bytesOf = (cells: Int32Array | Uint8Array) =>
  Buffer.from(cells.buffer, cells.byteOffset, cells.byteLength);

describe('the scan tables written at build time', () => {
  it('read back into the same automaton, catalog and id they were written with', () => {
    const built = buildKeywordTable(keywords);
    const read = readKeywordImage(encodeKeywordImage(built, { id: 'abc', note: 'note ✓' }))!;
    expect(read.id).toBe('abc');
    expect(read.note).toBe('note ✓');
    expect(read.table.classCount).toBe(built.classCount);
    for (const key of [
      'byteClass',
      'table',
      'outStart',
      'outList',
      'lengths',
      'prefixes',
      'text',
      'starts',
    ] as const)
      expect(bytesOf(read.table[key]).equals(bytesOf(built[key])), key).toBe(true);
    expect(keywordScannerOf(read.table).scan(sample)).toEqual(buildKeywordScanner(keywords).scan(sample));
    const catalog = compileCatalog(PROVIDERS);
    expect(catalogFromJson(catalogToJson(catalog), PROVIDERS)).toEqual(catalog);
  });

  it('are refused when truncated, of another format or not an image at all', () => {
    const image = scanTablesImage(PROVIDERS, 'abc');
    expect(readKeywordImage(image)).toBeDefined();
    expect(readKeywordImage(image.subarray(0, image.length - 4))).toBeUndefined();
    expect(readKeywordImage(new Uint8Array(7))).toBeUndefined();
    expect(readKeywordImage(new Uint8Array(4096))).toBeUndefined();
    const otherFormat = image.slice();
    otherFormat[4] = 99;
    expect(readKeywordImage(otherFormat)).toBeUndefined();
    // An offset pointing outside the image.
    const outside = image.slice();
    new Int32Array(outside.buffer)[22] = image.length;
    expect(readKeywordImage(outside)).toBeUndefined();
  });

  it('are read when their id is the bundle’s; another id, a damaged or a missing file means building them here', async () => {
    const lines = (folder: string, id?: string) =>
      scanTablesFor(PROVIDERS, { folder: pathToFileURL(`${folder}/`), id }).scanner.scan(
        Buffer.from('x\nimport OpenAI\n'),
      ).lines;
    // A file whose automaton knows only `qdrant`: used only when the ids agree, which shows which one ran.
    const own = buildKeywordTable([{ text: 'qdrant', prefix: false }]);
    const current = await tempTree({
      [SCAN_TABLES_FILE]: encodeKeywordImage(own, {
        id: 'mine',
        note: catalogToJson(compileCatalog(PROVIDERS)),
      }),
    });
    expect(lines(current, 'mine')).toEqual([]);
    expect(lines(current, 'other')).toEqual([2]);
    expect(lines(current, undefined)).toEqual([2]);
    const damaged = await tempTree({
      [SCAN_TABLES_FILE]: encodeKeywordImage(own, { id: 'mine', note: '{' }),
    });
    expect(lines(damaged, 'mine')).toEqual([2]);
    const truncated = await tempTree({
      [SCAN_TABLES_FILE]: scanTablesImage(PROVIDERS, 'mine').subarray(0, 999),
    });
    expect(lines(truncated, 'mine')).toEqual([2]);
    expect(lines(await tempTree(), 'mine')).toEqual([2]);
  });

  it('in dist/ (when built) match the catalog of these sources', () => {
    // The build writes the file beside the chunk that reads it; a stale one would only cost start-up time.
    const file = path.resolve(import.meta.dirname, '../../dist', SCAN_TABLES_FILE);
    if (!existsSync(file)) return;
    const image = readKeywordImage(readFileSync(file))!;
    expect(image.note).toBe(catalogToJson(compileCatalog(PROVIDERS)));
    expect(bytesOf(image.table.table).equals(bytesOf(buildKeywordTable(keywords).table))).toBe(true);
  });
});
