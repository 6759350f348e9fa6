import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A folder of the user's cache for one kind of entry: `<TRUSTMAP_CACHE_DIR>/<kind>` when set, else `<kind>` in
 * `trustmap` in the user's own cache folder (`$XDG_CACHE_HOME` when absolute, or `~/.cache`, on Linux;
 * `~/Library/Caches` on macOS; `%LOCALAPPDATA%` on Windows); none when `TRUSTMAP_CACHE_DIR=off` (or empty), or where
 * no such folder is known. Every cache reads this one rule. Outside the repository on purpose: a cache committed
 * beside a map could make Trustmap read other than what a reviewer reads; and never a shared temporary folder, where
 * another user could plant what this one then loads.
 * @example userCacheDir('yaml', { XDG_CACHE_HOME: '/home/ada/.cache' }, 'linux', '/home/ada') // '/home/ada/.cache/trustmap/yaml'
 */
export function userCacheDir(
  kind: string,
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string | undefined {
  const configured = env.TRUSTMAP_CACHE_DIR;
  if (configured === 'off' || configured === '') return undefined;
  if (configured) return path.resolve(configured, kind);
  if (platform === 'win32')
    return env.LOCALAPPDATA ? path.join(env.LOCALAPPDATA, 'trustmap', kind) : undefined;
  if (!home) return undefined;
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'trustmap', kind);
  const xdg = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : undefined;
  return path.join(xdg ?? path.join(home, '.cache'), 'trustmap', kind);
}

/**
 * Writes one cache entry whole (a temporary name, then a rename: a concurrent reader sees the old entry or the new
 * one), private to the user, then keeps at most `keep` entries named `*<ext>` (past that, the least recently
 * written half goes). Failures only cost the cache: nothing is thrown.
 */
export function writeCacheEntry(dir: string, name: string, data: string | Uint8Array, keep: number): void {
  const file = path.join(dir, name);
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(temp, data, { flag: 'wx', mode: 0o600 });
    renameSync(temp, file);
    const ext = path.extname(name);
    const names = readdirSync(dir).filter((entry) => entry.endsWith(ext));
    if (names.length <= keep) return;
    const byAge = names
      .map((entry) => ({ entry, mtime: statSync(path.join(dir, entry)).mtimeMs }))
      .sort((a, b) => a.mtime - b.mtime);
    for (const { entry } of byAge.slice(0, names.length - keep / 2))
      rmSync(path.join(dir, entry), { force: true });
  } catch {
    // A read-only or full home only costs the next run the work the entry would have saved; the clean-up too may
    // fail (a path through a file is ENOTDIR, which `force` does not cover).
    try {
      rmSync(temp, { force: true });
    } catch {}
  }
}
