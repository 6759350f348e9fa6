import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileParseCache, loadMapFromFiles, userParseCache } from '../../src/map/index.js';
import { tempTree } from '../helpers/tempTree.js';

const acme = path.resolve('examples/acme-ai/trustmap.yaml');

describe('the YAML parse cache', () => {
  it('gives the same map, locations included, from a cached parse as from a fresh one', async () => {
    const dir = await tempTree({});
    const cache = fileParseCache(dir);
    const files = [{ file: 'trustmap.yaml', content: await readFile(acme, 'utf8') }];
    const fresh = loadMapFromFiles(files);
    const first = loadMapFromFiles(files, { parseCache: cache });
    expect(await readdir(dir)).toHaveLength(1);
    const cached = loadMapFromFiles(files, { parseCache: cache });
    expect(cached).toEqual(fresh);
    expect(first).toEqual(fresh);
  });

  it('misses on an edit, ignores a damaged or foreign entry, and still validates a cached parse', async () => {
    const dir = await tempTree({});
    const cache = fileParseCache(dir);
    const text = await readFile(acme, 'utf8');
    loadMapFromFiles([{ file: 'trustmap.yaml', content: text }], { parseCache: cache });
    const [entry] = await readdir(dir);
    await writeFile(path.join(dir, entry!), '{"format":"trustmap.yaml-parse/v1","key":"other"');
    expect(cache.get('trustmap.yaml', text)).toBeUndefined();
    expect(cache.get('trustmap.yaml', `${text}\n# edited\n`)).toBeUndefined();
    // A map with a shape error fails the same way with the cache, cached parse or not.
    const broken = text.replace(/^version: .*$/m, 'version: nine');
    const once = loadMapFromFiles([{ file: 'trustmap.yaml', content: broken }], { parseCache: cache });
    const twice = loadMapFromFiles([{ file: 'trustmap.yaml', content: broken }], { parseCache: cache });
    expect(once.ok).toBe(false);
    expect(twice).toEqual(once);
  });

  it('keeps only values JSON carries exactly, stays bounded, and can be turned off', async () => {
    const dir = await tempTree({});
    const cache = fileParseCache(dir);
    loadMapFromFiles([{ file: 'x.yaml', content: 'version: 1\nweight: .inf\n' }], { parseCache: cache });
    expect(await readdir(dir)).toHaveLength(0);
    expect(userParseCache({ TRUSTMAP_CACHE_DIR: 'off' })).toBeUndefined();
    // The folder stays bounded: past 256 entries, the oldest are removed on the next write.
    for (let i = 0; i < 300; i++) await writeFile(path.join(dir, `old-${i}.json`), '{}');
    loadMapFromFiles([{ file: 'y.yaml', content: 'version: 1\n' }], { parseCache: cache });
    const left = await readdir(dir);
    expect(left.length).toBeLessThanOrEqual(256);
    expect(left.length).toBeGreaterThan(100);
    expect(userParseCache({ TRUSTMAP_CACHE_DIR: dir })).toBeDefined();
  });
});
