import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/runCli.js';

/**
 * Files allowed to read with `fs` directly, and why. Everything else reads user files through
 * `src/io/readUserFile.ts` (bounded, regular files only, confined to the project).
 */
const ALLOWED: Record<string, string> = {
  'src/cli/cachedDiscover.ts': "reads Trustmap's own discover script, written by the build under dist/",
  'src/cli/codeCache.ts':
    "reads V8 code caches Trustmap wrote into the user's own cache folder (0700, owner-checked, checksummed)",
  'src/discover/scan/processFiles.ts':
    "the walker's own bounded reader (size checked on the open file, inside the root)",
  'src/discover/scan/scanTables.ts':
    "reads Trustmap's own scan tables, written by the build beside its chunk (checked against the bundle's id)",
  'src/paths.ts': "reads Trustmap's own package.json, not a user file",
  'src/questionnaire/discoveryCache.ts': 'reads the cache Trustmap itself wrote under .trustmap/cache/',
  'src/questionnaire/model/corpus.ts':
    'a doc comment shows reading the bundled corpus; the code parses text it is given',
  'src/questionnaire/sentenceWorkers.ts':
    "the encoder worker reads the sentence model's files from Trustmap's own installed package (a resolved entry point, never a user path), weights bounded to 64 MB",
  'src/server/db/dataDirLock.ts': "reads the server's own lock file (a pid) in its data folder",
  'src/server/serverKey.ts': "reads the server's own key, written by the server into its data folder",
};

const DIRECT_READ =
  /\b(?:readFile|readFileSync|createReadStream|openSync|readSync|openAsBlob)\s*\(|\bfs\.(?:read|open)\w*\s*\(|\bopen\s*\([^)]*['"]r/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('every user file is read through the bounded reader', () => {
  it('finds no direct fs read outside src/io/ and the allow-list', () => {
    const offenders = sources(path.join(ROOT, 'src'))
      .map((file) => path.relative(ROOT, file).split(path.sep).join('/'))
      .filter((file) => !file.startsWith('src/io/') && !(file in ALLOWED))
      .filter((file) => DIRECT_READ.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('catches a direct read (the pattern is not vacuous)', () => {
    expect(DIRECT_READ.test("const text = await readFile(file, 'utf8');")).toBe(true);
    expect(DIRECT_READ.test('const fd = openSync(file);')).toBe(true);
    expect(DIRECT_READ.test('readUserText(file, options)')).toBe(false);
  });
});
