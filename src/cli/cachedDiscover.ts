import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { loadParallel } from '../discover/scan/loadParallel.js';
import { codeCacheDir, readCodeCache, shouldRewrite, writeCodeCache } from './codeCache.js';

// `npm run build` writes `dist/discover-cli-<hash>.cjs` (the `discover` command, its engine and commander as one
// CommonJS script) and builds this module as `dist/cli/cachedDiscover.cjs`, with the script's name.
declare const __TRUSTMAP_DISCOVER_BUNDLE__: string | undefined;
const BUNDLE = typeof __TRUSTMAP_DISCOVER_BUNDLE__ === 'string' ? __TRUSTMAP_DISCOVER_BUNDLE__ : undefined;

/** What the bundle gets besides CommonJS's own parameters: its URL, and the pool loader (which imports the pool's
 * ES entry, whose helper threads start that file). */
export interface BundleHost {
  /** Stands for `import.meta.url` in the bundle (a file in dist/, where the scan tables are). */
  url: string;
  modules: { loadParallel: { loadParallel: typeof loadParallel } };
}

/**
 * Runs `trustmap discover …` from the build's CommonJS bundle, compiled with V8's code cache, and returns the exit
 * code; undefined when there is no bundle (a run from the TypeScript sources), so the caller runs `main`.
 *
 * Node 20 caches no ES module's compiled code (22.1+ does with `module.enableCompileCache`), and every run
 * parsed and compiled the ~400 KB of chunks `discover` loads, then each function again on its first call. A
 * `vm.Script` takes V8's cached data instead: written after the first run (so it holds every function that run
 * compiled), keyed by the bundle's content hash, size and time and by Node's version, kept in the user's own
 * cache folder (see `codeCache.ts`). Data V8 rejects (another V8, other flags) is written again after the run,
 * and so is the data of a much smaller run (`shouldRewrite`); `--help` and usage errors write none.
 * `NODE_DISABLE_COMPILE_CACHE=1`, Node's switch for its own cache, turns this one off too.
 */
export async function runCachedDiscover(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
): Promise<number | undefined> {
  if (!BUNDLE) return undefined;
  const file = new URL(`../${BUNDLE}`, import.meta.url);
  const filename = fileURLToPath(file);
  let source: string;
  let key: string;
  try {
    source = readFileSync(filename, 'utf8');
    const stat = statSync(filename);
    // The build's content hash is in the name; size and time stand for an edit of the file in place.
    key = `${cachePrefix()}${BUNDLE.replace(/\.cjs$/, '')}-${stat.size}-${Math.trunc(stat.mtimeMs)}`;
  } catch {
    return undefined;
  }
  const dir = env.NODE_DISABLE_COMPILE_CACHE ? undefined : codeCacheDir(env);
  const cache = dir ? readCodeCache(dir, key) : undefined;
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname, __trustmapHost) {${source}\n})`,
    { filename, ...(cache ? { cachedData: cache.data } : {}) },
  );
  const module = { exports: {} as { discoverMain?: (argv: string[]) => Promise<number> } };
  const host: BundleHost = { url: file.href, modules: { loadParallel: { loadParallel } } };
  script.runInThisContext()(module.exports, createRequire(file), module, filename, '', host);
  const code = await module.exports.discoverMain!(argv);
  const usage = process.cpuUsage();
  const work = (usage.user + usage.system) / 1000;
  // Help and usage errors scan nothing: their data would hold none of the scanner's functions.
  const scanned = code < 2 && !argv.some((arg) => arg === '-h' || arg === '--help');
  if (dir && scanned && shouldRewrite(cache, script.cachedDataRejected === true, work))
    writeCodeCache(dir, key, script.createCachedData(), { prefix: cachePrefix(), work });
  return code;
}

/** The part of a cache's key that names this Node: caches of other builds for it are removed when one is written. */
function cachePrefix(): string {
  return `discover-${process.version}-${process.arch}-`;
}
