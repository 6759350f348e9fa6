import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { userCacheDir } from '../io/userCache.js';

// A file of V8's code cache for one build of one script under one Node, as the CLI stores it:
//   "trustmap-v8-cache 1 <key> <checksum> <work>" padded with spaces to 128 bytes and a newline, then V8's bytes.
// V8 checks its own version, its flags and the source's length, but not the bytes (its checksum is on in debug
// builds only): a damaged file with an intact header would be deserialised as is. Hence our own checksum.
const MAGIC = 'trustmap-v8-cache 1';
const HEADER_BYTES = 128;

/**
 * The folder for compiled code: `v8` in the user's cache folder (`userCacheDir`), none when `TRUSTMAP_CACHE_DIR=off`.
 * @example codeCacheDir({ XDG_CACHE_HOME: '/home/ada/.cache' }, 'linux', '/home/ada') // '/home/ada/.cache/trustmap/v8'
 */
export function codeCacheDir(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string | undefined {
  return userCacheDir('v8', env, platform, home);
}

/**
 * True when `dir` is a folder only this user can change: a real folder (not a symlink), owned by this user, not
 * writable by the group or others. On Windows, where modes mean little, the per-user profile folder is trusted.
 */
export function isPrivateDir(dir: string): boolean {
  try {
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return false;
    if (process.platform === 'win32' || process.getuid === undefined) return true;
    return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/**
 * The CRC-32 of `bytes` (`zlib.crc32`, Node 20.15+; loading `node:zlib` and summing 400 KB costs fewer
 * instructions than a JavaScript loop that runs before the JIT has optimised it). Undefined without it, which
 * turns the cache off.
 */
export function checksum(bytes: Uint8Array): number | undefined {
  return (zlib as { crc32?: (data: Uint8Array) => number }).crc32?.(bytes);
}

/** V8's data for a script, and how much work (CPU milliseconds) the run that wrote it did. */
export interface CodeCache {
  data: Buffer;
  work: number;
}

/** The cache file's bytes: a header with `key`, the checksum and `work`, then V8's `data`. */
export function encodeCodeCache(key: string, data: Uint8Array, work = 0): Buffer {
  const sum = checksum(data);
  if (sum === undefined) throw new Error('code cache: no zlib.crc32 in this Node');
  const header = `${MAGIC} ${key} ${sum.toString(16).padStart(8, '0')} ${Math.max(0, Math.round(work))}`;
  if (header.length >= HEADER_BYTES) throw new Error(`code cache key too long: ${key}`);
  return Buffer.concat([Buffer.from(`${header.padEnd(HEADER_BYTES - 1)}\n`, 'latin1'), data]);
}

/** The cache in a file, or undefined when the file is not one written for `key` or is damaged. */
export function decodeCodeCache(file: Buffer, key: string): CodeCache | undefined {
  if (file.length <= HEADER_BYTES) return undefined;
  const header = file.toString('latin1', 0, HEADER_BYTES).trim().split(' ');
  const [magic, version, fileKey, sum, work, ...rest] = header;
  if (`${magic} ${version}` !== MAGIC || fileKey !== key || rest.length || !sum || !/^\d+$/.test(work ?? ''))
    return undefined;
  const data = file.subarray(HEADER_BYTES);
  const expected = checksum(data);
  return expected !== undefined && expected === Number.parseInt(sum, 16)
    ? { data, work: Number(work) }
    : undefined;
}

/** The cache for `key` in `dir`, when `dir` is private and holds an intact one. */
export function readCodeCache(dir: string, key: string): CodeCache | undefined {
  if (!isPrivateDir(dir)) return undefined;
  try {
    return decodeCodeCache(readFileSync(path.join(dir, `${key}.v8cache`)), key);
  } catch {
    return undefined;
  }
}

/**
 * Stores `data` as the cache for `key` in `dir` (made private when missing), atomically: a temporary file then a
 * rename, so a reader never sees half a file. Caches of other builds for the same `prefix` of key are removed.
 * `work` is how much the run that compiled `data` did (see `shouldRewrite`).
 * Failing quietly is fine (a read-only home): the next run compiles again. Returns whether it was written.
 */
export function writeCodeCache(
  dir: string,
  key: string,
  data: Uint8Array,
  { prefix = '', work = 0 }: { prefix?: string; work?: number } = {},
): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!isPrivateDir(dir)) return false;
    const file = path.join(dir, `${key}.v8cache`);
    const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, encodeCodeCache(key, data, work), { mode: 0o600, flag: 'wx' });
    renameSync(temporary, file);
    for (const name of readdirSync(dir))
      if (prefix && name.startsWith(prefix) && name.endsWith('.v8cache') && name !== `${key}.v8cache`)
        rmSync(path.join(dir, name), { force: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a run that did `work` (CPU milliseconds) should store its compiled code over `cache`: when there is none,
 * when V8 rejected it, or when this run did more than 1.5 times the work of the run that wrote it. V8's data
 * holds the functions that had run when it was made, so a cache written by a run on a few files would leave later
 * scans of larger trees compiling the functions it never reached. The recorded work only grows, so a cache is
 * replaced a few times at most, not at every run whose timing varies.
 */
export function shouldRewrite(cache: CodeCache | undefined, rejected: boolean, work: number): boolean {
  return !cache || rejected || work > 1.5 * cache.work;
}
