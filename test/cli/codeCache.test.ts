import { execFile } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  checksum,
  codeCacheDir,
  decodeCodeCache,
  encodeCodeCache,
  isPrivateDir,
  readCodeCache,
  shouldRewrite,
  writeCodeCache,
} from '../../src/cli/codeCache.js';
import { ROOT } from '../helpers/runCli.js';
import { tempTree } from '../helpers/tempTree.js';

const KEY = 'discover-v20.20.2-x64-discover-cli-0123456789abcdef-1000-1700000000000';
const DATA = Uint8Array.from({ length: 1001 }, (_, i) => (i * 7) & 0xff);

describe('code cache files', () => {
  it('round-trips V8 data under its key', () => {
    expect(decodeCodeCache(encodeCodeCache(KEY, DATA, 250.4), KEY)).toEqual({
      data: Buffer.from(DATA),
      work: 250,
    });
  });

  it('ignores a damaged, truncated, foreign or empty file', () => {
    const file = encodeCodeCache(KEY, DATA);
    const flipped = Buffer.from(file);
    flipped[file.length - 500]! ^= 0x10;
    expect(decodeCodeCache(flipped, KEY)).toBeUndefined();
    expect(decodeCodeCache(file.subarray(0, file.length - 1), KEY)).toBeUndefined();
    expect(decodeCodeCache(file, KEY.replace('v20.20.2', 'v22.12.0'))).toBeUndefined();
    expect(decodeCodeCache(Buffer.alloc(0), KEY)).toBeUndefined();
    expect(decodeCodeCache(Buffer.from('x'.repeat(4000)), KEY)).toBeUndefined();
  });

  it('is rewritten when missing, rejected, or written by a run with much less work', () => {
    const cache = { data: Buffer.from(DATA), work: 100 };
    expect(shouldRewrite(undefined, false, 10)).toBe(true);
    expect(shouldRewrite(cache, true, 10)).toBe(true);
    expect(shouldRewrite(cache, false, 150)).toBe(false);
    expect(shouldRewrite(cache, false, 151)).toBe(true);
  });

  it('sums with CRC-32', () => {
    expect(checksum(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});

describe('the code cache folder', () => {
  it('is the user’s own cache folder, or TRUSTMAP_CACHE_DIR', () => {
    expect(codeCacheDir({}, 'linux', '/home/ada')).toBe('/home/ada/.cache/trustmap/v8');
    expect(codeCacheDir({ XDG_CACHE_HOME: '/xdg' }, 'linux', '/home/ada')).toBe('/xdg/trustmap/v8');
    expect(codeCacheDir({ XDG_CACHE_HOME: 'relative' }, 'linux', '/home/ada')).toBe(
      '/home/ada/.cache/trustmap/v8',
    );
    expect(codeCacheDir({}, 'darwin', '/Users/ada')).toBe('/Users/ada/Library/Caches/trustmap/v8');
    expect(codeCacheDir({ TRUSTMAP_CACHE_DIR: '/c' }, 'linux', '/home/ada')).toBe('/c/v8');
    expect(codeCacheDir({}, 'win32', 'C:\\Users\\ada')).toBeUndefined();
    // `off` is every cache's switch (a folder named "off" in the working directory was written before).
    expect(codeCacheDir({ TRUSTMAP_CACHE_DIR: 'off' }, 'linux', '/home/ada')).toBeUndefined();
    expect(codeCacheDir({ TRUSTMAP_CACHE_DIR: '' }, 'linux', '/home/ada')).toBeUndefined();
  });

  it.skipIf(process.platform === 'win32')(
    'is written private and atomically, and used only while private',
    async () => {
      const dir = path.join(await tempTree(), 'cache', 'v8');
      expect(writeCodeCache(dir, KEY, DATA)).toBe(true);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(statSync(path.join(dir, `${KEY}.v8cache`)).mode & 0o777).toBe(0o600);
      expect(readdirSync(dir)).toEqual([`${KEY}.v8cache`]);
      expect(readCodeCache(dir, KEY)?.data).toEqual(Buffer.from(DATA));
      chmodSync(dir, 0o777);
      expect(isPrivateDir(dir)).toBe(false);
      expect(readCodeCache(dir, KEY)).toBeUndefined();
      expect(writeCodeCache(dir, KEY, DATA)).toBe(false);
    },
  );

  it.skipIf(process.platform === 'win32')('is never a symlink to another folder', async () => {
    const root = await tempTree();
    const real = path.join(root, 'real');
    mkdirSync(real, { mode: 0o700 });
    writeFileSync(path.join(real, `${KEY}.v8cache`), encodeCodeCache(KEY, DATA));
    symlinkSync(real, path.join(root, 'link'));
    expect(readCodeCache(path.join(root, 'link'), KEY)).toBeUndefined();
  });

  it('removes caches of other builds for the same Node when it writes one', async () => {
    const dir = await tempTree();
    const old = `${KEY.replace('0123456789abcdef', 'fedcba9876543210')}.v8cache`;
    const otherNode = `${KEY.replace('v20.20.2', 'v22.12.0')}.v8cache`;
    writeFileSync(path.join(dir, old), 'old');
    writeFileSync(path.join(dir, otherNode), 'other');
    writeFileSync(path.join(dir, 'unrelated.txt'), 'keep');
    expect(writeCodeCache(dir, KEY, DATA, { prefix: 'discover-v20.20.2-x64-' })).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([`${KEY}.v8cache`, otherNode, 'unrelated.txt'].sort());
  });
});

const run = promisify(execFile);

/** `trustmap discover --format json` through the real binary with its cache in `cacheDir`. */
async function discoverJson(root: string, cacheDir: string, env: Record<string, string> = {}) {
  const { stdout } = await run(
    'node',
    [path.join(ROOT, 'bin/trustmap.js'), 'discover', root, '--format', 'json'],
    {
      env: { ...process.env, TRUSTMAP_CACHE_DIR: cacheDir, CI: 'true', ...env },
    },
  );
  return stdout.replace(/"durationMs": \d+/, '"durationMs": 0');
}

describe('trustmap discover with the code cache (binary)', () => {
  it('writes the cache once, then uses it; a damaged or foreign cache is ignored and rebuilt', async () => {
    const root = await tempTree({
      'package.json': '{ "dependencies": { "openai": "^4.0.0" } }\n',
      'src/app.py': 'import anthropic\nclient = anthropic.Anthropic()\n',
    });
    const cache = await tempTree();
    const dir = path.join(cache, 'v8');
    const first = await discoverJson(root, cache);
    expect(first).toContain('"id": "openai"');
    const [name] = readdirSync(dir);
    expect(name).toMatch(/^discover-v\d+\.\d+\.\d+-.+\.v8cache$/);
    const file = path.join(dir, name!);
    const written = readFileSync(file);

    // Used as is: the same output, the file left alone.
    expect(await discoverJson(root, cache)).toBe(first);
    expect(readFileSync(file)).toEqual(written);

    // Damaged in V8's part (its header intact): our checksum refuses it, and the run writes a good one.
    const damaged = Buffer.from(written);
    damaged[damaged.length - 100]! ^= 0xff;
    writeFileSync(file, damaged);
    expect(await discoverJson(root, cache)).toBe(first);
    expect(decodeCodeCache(readFileSync(file), name!.replace(/\.v8cache$/, ''))).toBeDefined();

    // Data of another V8 configuration under a valid header: V8 rejects it (`cachedDataRejected`), the run
    // compiles from source and writes its own.
    const key = name!.replace(/\.v8cache$/, '');
    writeFileSync(file, encodeCodeCache(key, Buffer.alloc(4096, 1)));
    expect(await discoverJson(root, cache)).toBe(first);
    expect(decodeCodeCache(readFileSync(file), key)!.data.length).toBeGreaterThan(4096);

    // Garbage: ignored, rebuilt.
    writeFileSync(file, 'not a cache');
    expect(await discoverJson(root, cache)).toBe(first);
    expect(decodeCodeCache(readFileSync(file), key)).toBeDefined();
  });

  it('writes none for --help or a usage error, whose runs reach none of the scanner', async () => {
    const cache = await tempTree();
    const bin = path.join(ROOT, 'bin/trustmap.js');
    const env = { ...process.env, TRUSTMAP_CACHE_DIR: cache };
    await run('node', [bin, 'discover', '--help'], { env });
    await run('node', [bin, 'discover', '--format', 'nope'], { env }).catch(() => undefined);
    expect(readdirSync(cache)).toEqual([]);
  });

  it('writes nothing with NODE_DISABLE_COMPILE_CACHE=1, and prints the same report', async () => {
    const root = await tempTree({ 'requirements.txt': 'cohere==5.0.0\n' });
    const cache = await tempTree();
    const cached = await discoverJson(root, cache);
    const cold = await discoverJson(root, path.join(cache, 'other'), { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(cold).toBe(cached);
    expect(readdirSync(cache)).toEqual(['v8']);
  });

  it('writes nothing with TRUSTMAP_CACHE_DIR=off, not a folder named "off" where it runs', async () => {
    const root = await tempTree({ 'requirements.txt': 'cohere==5.0.0\n' });
    const cwd = await tempTree();
    await run('node', [path.join(ROOT, 'bin/trustmap.js'), 'discover', root, '--format', 'json'], {
      cwd,
      env: { ...process.env, TRUSTMAP_CACHE_DIR: 'off', CI: 'true' },
    });
    expect(readdirSync(cwd)).toEqual([]);
  });
});
