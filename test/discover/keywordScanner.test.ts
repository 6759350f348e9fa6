import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/random.js';
import { compileCatalog } from '../../src/discover/catalog/compile.js';
import { PROVIDERS } from '../../src/discover/catalog/index.js';
import { encodeKeywordImage, readKeywordImage } from '../../src/discover/scan/keywordImage.js';
import { buildKeywordScanner, type KeywordScanner } from '../../src/discover/scan/keywordScanner.js';
import { buildKeywordTable } from '../../src/discover/scan/keywordTable.js';
import { wasmKeywordScanner } from '../../src/discover/scan/keywordWasm.js';

const isAlnum = (char: string | undefined) => char !== undefined && /[A-Za-z0-9]/.test(char);

/** The lines a plain search finds: a keyword at a word start, and at a word end unless it is a prefix keyword. */
function naiveLines(text: string, keywords: readonly { text: string; prefix: boolean }[]): number[] {
  const lower = text.toLowerCase();
  const found: number[] = [];
  text.split('\n').forEach((_, index, lines) => {
    const start = lines.slice(0, index).reduce((sum, line) => sum + line.length + 1, 0);
    const line = lower.slice(start, start + lines[index]!.length);
    const hit = keywords.some(({ text: word, prefix }) => {
      const needle = word.toLowerCase();
      for (let at = line.indexOf(needle); at >= 0; at = line.indexOf(needle, at + 1)) {
        if (isAlnum(lower[start + at - 1])) continue;
        if (!prefix && isAlnum(lower[start + at + needle.length])) continue;
        return true;
      }
      return false;
    });
    if (hit) found.push(index + 1);
  });
  return found;
}

/** The WebAssembly scanner over the same automaton. */
function wasmScanner(keywords: readonly { text: string; prefix: boolean }[]): KeywordScanner {
  const image = readKeywordImage(encodeKeywordImage(buildKeywordTable(keywords), { id: '', note: '' }))!;
  return wasmKeywordScanner(image)!;
}

describe.each([
  ['in JavaScript', buildKeywordScanner],
  ['in WebAssembly', wasmScanner],
])('the keyword automaton %s', (_, buildKeywordScanner) => {
  it('finds the same lines as a plain search, for the whole catalog, on random text built from its keywords', () => {
    const keywords = compileCatalog(PROVIDERS).keywords;
    const scanner = buildKeywordScanner(keywords);
    const random = seededRandom(13);
    const pieces = [' ', '\n', '.', '_', 'x', '9', '/', '"', ...keywords.slice(0, 400).map((k) => k.text)];
    for (let round = 0; round < 40; round++) {
      let text = '';
      for (let i = 0; i < 60; i++) {
        const piece = pieces[Math.floor(random() * pieces.length)]!;
        // Cut some keywords short and change case, so partial and mixed-case matches are exercised too.
        text += random() < 0.2 ? piece.slice(0, -1) : random() < 0.2 ? piece.toUpperCase() : piece;
      }
      expect(scanner.scan(Buffer.from(text, 'latin1')).lines, text).toEqual(naiveLines(text, keywords));
    }
  });

  it('reports a keyword that ends inside another (failure links) and honours prefix keywords', () => {
    const scanner = buildKeywordScanner([
      { text: 'openai', prefix: false },
      { text: 'penai_x', prefix: false },
      { text: 'langchain_', prefix: true },
    ]);
    expect(scanner.scan(Buffer.from('a openai\nxopenai\nopenaix\nlangchain_openai\nopenai_x')).lines).toEqual(
      [1, 4, 5],
    );
    expect(scanner.scan(Buffer.from('zpenai_x')).lines).toEqual([]);
    // A mismatch deep in one keyword must resume inside it, where another match starts.
    const dashed = buildKeywordScanner([{ text: 'open-ai', prefix: false }]);
    expect(dashed.scan(Buffer.from('x\nopen-open-ai\nopen-op')).lines).toEqual([2]);
    expect(scanner.scan(Buffer.from('o penai_x')).lines).toEqual([1]);
  });

  it('gives every line of a file with thousands of candidates, and a keyword that ends the file', () => {
    const scanner = buildKeywordScanner([{ text: 'openai', prefix: false }]);
    const text = `${'import openai\n'.repeat(9000)}x = openai`;
    const found = scanner.scan(Buffer.from(text));
    expect(found.lines).toEqual(Array.from({ length: 9001 }, (_, i) => i + 1));
    expect(found.starts[9000]).toBe(9000 * 14);
    expect(found.ends[9000]).toBe(text.length);
    expect(scanner.scan(Buffer.from('openai')).lines).toEqual([1]);
    expect(scanner.scan(Buffer.from('')).lines).toEqual([]);
  });
});
