import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, MapError } from '../../src/errors/index.js';
import { loadMap, loadMapFromFiles } from '../../src/map/index.js';
import { tempTree } from '../helpers/tempTree.js';
import { MINIMAL_MAP } from './fixtures.js';

const problemsOf = (content: string | Uint8Array) => {
  const result = loadMapFromFiles([
    { file: 'map.yaml', content: typeof content === 'string' ? new TextEncoder().encode(content) : content },
  ]);
  if (result.ok) throw new Error('expected the map to be refused');
  return result.problems.map(formatProblem);
};

describe('hostile and malformed maps', () => {
  it('refuses a YAML alias bomb without expanding it', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(',')}]`,
      );
    }
    expect(problemsOf(lines.join('\n'))).toEqual([
      expect.stringMatching(/^map\.yaml:1:1: too many YAML aliases.*\n {2}hint: use at most 100 aliases/),
    ]);
  });

  it('refuses a 50 MB map before reading it', async () => {
    const dir = await tempTree();
    const file = path.join(dir, 'trustmap.yaml');
    await writeFile(file, Buffer.alloc(50 * 1024 * 1024, 'a'));
    const error = (await loadMap(dir).catch((e: unknown) => e)) as MapError;
    expect(error).toBeInstanceOf(MapError);
    expect(error.message).toMatch(
      /trustmap\.yaml:1:1: the file is 50\.0 MB, over the 8 MB limit for a map file/,
    );
    expect(problemsOf(new Uint8Array(9 * 1024 * 1024))).toEqual([
      expect.stringMatching(/^map\.yaml:1:1: the file is 9\.0 MB/),
    ]);
  });

  it('refuses binary garbage and invalid UTF-8 at the offending byte', () => {
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    expect(problemsOf(binary)).toEqual([expect.stringMatching(/^map\.yaml:3:1: the file is binary/)]);
    const text = new TextEncoder().encode('version: 1\norganization:\n  name: Ac');
    const invalid = new Uint8Array([...text, 0xff, 0xfe, 0x41]);
    expect(problemsOf(invalid)).toEqual([
      'map.yaml:3:11: the file is not valid UTF-8\n  hint: save the map as UTF-8',
    ]);
  });

  it('explains an empty file, a scalar document and a list document', () => {
    expect(problemsOf('')).toEqual([
      'map.yaml:1:1: the map is empty\n  hint: run `trustmap init` to write a starter map',
    ]);
    expect(problemsOf('  \n\n')).toHaveLength(1);
    expect(problemsOf('just a string')[0]).toMatch(/^map\.yaml:1:1: a map file must be a YAML mapping/);
    expect(problemsOf('- a\n- b\n')[0]).toMatch(/^map\.yaml:1:1: a map file must be a YAML mapping/);
  });

  it('refuses absurd nesting, in flow and in block style, without a stack overflow', () => {
    expect(problemsOf(`a: ${'['.repeat(200_000)}`)).toEqual([
      expect.stringMatching(/^map\.yaml:1:67: the document nests deeper than 64 levels/),
    ]);
    expect(problemsOf(`a:\n  ${'- '.repeat(100_000)}x\n`)).toEqual([
      expect.stringMatching(/^map\.yaml:2:\d+: the document nests deeper/),
    ]);
    let block = 'root:\n';
    for (let depth = 1; depth < 300; depth++) block += `${'  '.repeat(depth)}k${depth}:\n`;
    expect(problemsOf(block)).toEqual([
      expect.stringMatching(/^map\.yaml:65:129: the document nests deeper than 64 levels/),
    ]);
  });

  it('points at tab indentation and duplicate keys with a hint', () => {
    expect(problemsOf('version: 1\norganization:\n\tname: x\n')[0]).toMatch(
      /^map\.yaml:3:1: .*\n {2}hint: YAML indentation must use spaces, not tabs/,
    );
    expect(problemsOf('version: 1\nversion: 1\n')).toEqual([
      expect.stringMatching(
        /^map\.yaml:2:1: Map keys must be unique\n {2}hint: remove or rename one of the two keys/,
      ),
    ]);
  });

  it('accepts a byte-order mark and CRLF line endings, keeping line numbers right', () => {
    const crlf = MINIMAL_MAP.replace(/\n/g, '\r\n').replace('to: vectors', 'to: nowhere');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(crlf)]);
    expect(problemsOf(withBom)).toEqual([
      expect.stringMatching(/^map\.yaml:33:33: unknown component or sub-processor `nowhere`/),
    ]);
    const clean = loadMapFromFiles([
      {
        file: 'map.yaml',
        content: new Uint8Array([
          0xef,
          0xbb,
          0xbf,
          ...new TextEncoder().encode(MINIMAL_MAP.replace(/\n/g, '\r\n')),
        ]),
      },
    ]);
    expect(clean.ok).toBe(true);
  });

  it('says when a folder holds no map, or the path does not exist', async () => {
    const dir = await tempTree({ 'README.md': '# nothing here\n' });
    await expect(loadMap(dir)).rejects.toThrow(
      /no system map here: expected trustmap\.yaml or a trustmap\/ folder/,
    );
    await expect(loadMap(path.join(dir, 'missing'))).rejects.toThrow(/no such file or folder/);
  });

  it('refuses an unknown map version with the allowed one', () => {
    expect(problemsOf(MINIMAL_MAP.replace('version: 1', 'version: 2'))[0]).toMatch(
      /^map\.yaml:1:10: version: `2` is not one of the allowed values/,
    );
  });
});
