import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../src/discover/catalog/compile.js';
import { PROVIDERS } from '../../src/discover/catalog/index.js';
import { buildKeywordScanner, keywordScannerOf } from '../../src/discover/scan/keywordScanner.js';
import {
  buildKeywordTable,
  decodeKeywordTable,
  encodeKeywordTable,
} from '../../src/discover/scan/keywordTable.js';
import { KEYWORD_TABLE_FILE, keywordScannerFor } from '../../src/discover/scan/keywordTableFile.js';
import { EXTRA_KEYWORDS } from '../../src/discover/scan/scanFile.js';
import { tempTree } from '../helpers/tempTree.js';

const keywords = [...compileCatalog(PROVIDERS).keywords, ...EXTRA_KEYWORDS];
const sample = Buffer.from(
  'import OpenAI from "openai"\nconst x = 1\nclient = QdrantClient(url)\nOLLAMA_BASE_URL=http://localhost:11434\n',
);

describe('the keyword table written at build time', () => {
  it('reads back into the same automaton it was built as', () => {
    const built = buildKeywordTable(keywords);
    const read = decodeKeywordTable(encodeKeywordTable(keywords, built), keywords)!;
    expect(read.classCount).toBe(built.classCount);
    // Compared as bytes: a deep comparison of 600,000 cells takes vitest half a minute.
    const bytesOf = (cells: Int32Array | Uint8Array) =>
      Buffer.from(cells.buffer, cells.byteOffset, cells.byteLength);
    expect(bytesOf(read.byteClass).equals(bytesOf(built.byteClass))).toBe(true);
    expect(bytesOf(read.table).equals(bytesOf(built.table))).toBe(true);
    expect(JSON.stringify([...read.outputs].sort())).toBe(JSON.stringify([...built.outputs].sort()));
    expect(keywordScannerOf(read).scan(sample)).toEqual(buildKeywordScanner(keywords).scan(sample));
  });

  it('is refused when it was built from other keywords (the catalog changed since the build)', () => {
    const bytes = encodeKeywordTable(keywords, buildKeywordTable(keywords));
    expect(decodeKeywordTable(bytes, keywords.slice(1))).toBeUndefined();
    expect(decodeKeywordTable(bytes, [{ text: 'x', prefix: false }, ...keywords.slice(1)])).toBeUndefined();
    expect(decodeKeywordTable(new Uint8Array(7), keywords)).toBeUndefined();
  });

  it('is read when current, and a stale or missing file means building the automaton here', async () => {
    const own = [{ text: 'openai', prefix: false }];
    const current = await tempTree({ [KEYWORD_TABLE_FILE]: encodeKeywordTable(own, buildKeywordTable(own)) });
    const stale = await tempTree({
      [KEYWORD_TABLE_FILE]: encodeKeywordTable(keywords, buildKeywordTable(keywords)),
    });
    const none = await tempTree();
    for (const dir of [current, stale, none]) {
      const scanner = keywordScannerFor(own, pathToFileURL(`${dir}/`));
      expect(scanner.scan(Buffer.from('x\nimport OpenAI\n')).lines).toEqual([2]);
    }
  });

  it('in dist/ (when built) matches the catalog of these sources', () => {
    // The build writes the file beside the chunk that reads it; a stale one would only cost start-up time.
    const dist = path.resolve(import.meta.dirname, '../../dist');
    const file = path.join(dist, KEYWORD_TABLE_FILE);
    if (!existsSync(file)) return;
    expect(decodeKeywordTable(readFileSync(file), keywords)).toBeDefined();
  });
});
