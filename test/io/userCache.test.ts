import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { userCacheDir, writeCacheEntry } from '../../src/io/index.js';

describe('user cache', () => {
  it('puts each kind in its own folder, and TRUSTMAP_CACHE_DIR=off means no cache', () => {
    expect(userCacheDir('yaml', { XDG_CACHE_HOME: '/home/ada/.cache' })).toBe(
      '/home/ada/.cache/trustmap/yaml',
    );
    expect(userCacheDir('sentences', { TRUSTMAP_CACHE_DIR: '/tmp/c' })).toBe('/tmp/c/sentences');
    expect(userCacheDir('yaml', { TRUSTMAP_CACHE_DIR: 'off' })).toBeUndefined();
    expect(userCacheDir('yaml', { TRUSTMAP_CACHE_DIR: '' })).toBeUndefined();
    expect(userCacheDir('yaml', { XDG_CACHE_HOME: 'relative' }, 'linux', '/home/ada')).toBe(
      '/home/ada/.cache/trustmap/yaml',
    );
    expect(userCacheDir('yaml', {}, 'darwin', '/Users/ada')).toBe('/Users/ada/Library/Caches/trustmap/yaml');
  });

  it('writes entries whole and keeps at most `keep` of one kind, leaving other files alone', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'trustmap-user-cache-'));
    try {
      writeCacheEntry(dir, 'other.json', '{}', 4);
      for (let i = 0; i < 5; i++) writeCacheEntry(dir, `${i}.vectors`, new Uint8Array([i]), 4);
      const names = readdirSync(dir);
      expect(names.filter((name) => name.endsWith('.vectors')).length).toBeLessThanOrEqual(4);
      expect(names).toContain('4.vectors');
      expect(names).toContain('other.json');
      expect(names.some((name) => name.endsWith('.tmp'))).toBe(false);
      // A folder it cannot create costs the entry, not the run.
      expect(() => writeCacheEntry(path.join(dir, '4.vectors', 'x'), 'a.json', '{}', 4)).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
