import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { DiscoveryReport } from '../discover/types.js';
import { ensureDir, writeFileAtomic } from '../io/index.js';
import type { DiscoverFunction } from '../model/index.js';
import { VERSION } from '../version.js';

const run = promisify(execFile);

// The build's discovery engine (`npm run build` names its bundle by content hash), with the version: a report made by
// another build of discovery is not reused (an upgrade, or a fix to what counts as use, read stale findings for a day).
declare const __TRUSTMAP_DISCOVER_BUNDLE__: string | undefined;
const ENGINE = `${VERSION} ${typeof __TRUSTMAP_DISCOVER_BUNDLE__ === 'string' ? __TRUSTMAP_DISCOVER_BUNDLE__ : 'source'}`;

/** Where cached discovery reports live, under the map's folder. */
export const DISCOVERY_CACHE_FOLDER = path.join('.trustmap', 'cache');
/** A cached report older than this is scanned again even when the tree looks the same. */
export const DISCOVERY_CACHE_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** Cached reports bigger than this are not read back (a corrupt or hostile file). */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
/** Reports kept beside a map: one per tree state, so each commit, edit and build would add one (150 KB each). */
const MAX_CACHED_REPORTS = 8;
/** Past this many uncommitted changes, the rest only count by their status line. */
const MAX_CHANGED_FILES = 5_000;

/**
 * The state of the working tree as git sees it: the commit and every uncommitted change. `undefined` outside a
 * git repository, where nothing is cached. Ignored files are not part of the key, as discovery skips them too.
 */
async function treeState(root: string): Promise<string | undefined> {
  try {
    const options = { cwd: root, maxBuffer: 16 * 1024 * 1024, timeout: 5_000 };
    const [head, status] = await Promise.all([
      run('git', ['rev-parse', 'HEAD'], options),
      // Trustmap's own outputs (this cache among them) are not part of the tree being scanned.
      run(
        'git',
        ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', '.', ':(exclude).trustmap'],
        options,
      ),
    ]);
    const hash = createHash('sha256').update(head.stdout).update(status.stdout);
    // A file edited twice keeps the same status line: its size and modification time tell the edits apart.
    const changed = status.stdout
      .split('\0')
      .filter((entry) => entry.length > 3)
      .slice(0, MAX_CHANGED_FILES);
    const stats = await Promise.all(
      changed.map((entry) =>
        stat(path.join(root, entry.slice(3))).then(
          (info) => `${info.size}:${info.mtimeMs}`,
          () => '-',
        ),
      ),
    );
    return hash.update(stats.join('\n')).digest('hex').slice(0, 32);
  } catch {
    return undefined;
  }
}

/** Removes all but the `keep` most recently written discovery reports of `folder`. */
async function keepNewest(folder: string, keep: number): Promise<void> {
  const names = (await readdir(folder)).filter((name) => /^discovery-[0-9a-f]+\.json$/.test(name));
  if (names.length <= keep) return;
  const dated = await Promise.all(
    names.map(async (name) => ({ name, at: (await stat(path.join(folder, name))).mtimeMs })),
  );
  dated.sort((a, b) => b.at - a.at);
  await Promise.all(dated.slice(keep).map(({ name }) => rm(path.join(folder, name), { force: true })));
}

interface CachedReport {
  key: string;
  roots: string[];
  createdAt: string;
  report: DiscoveryReport;
}

/**
 * Wraps a discover function so a questionnaire reuses the discovery report of a recent run on the same tree
 * (same commit, same uncommitted changes, same roots, under a day old) instead of scanning on every answer.
 * Stored as `.trustmap/cache/discovery-<key>.json` beside the map; any problem reading it means a fresh scan.
 * @example assembleModel('.', { discover: cachedDiscover('.', (roots) => discover(roots)) })
 */
export function cachedDiscover(
  root: string,
  discover: DiscoverFunction,
  now: () => number = Date.now,
  engine: string = ENGINE,
): DiscoverFunction {
  return async (roots) => {
    const state = await treeState(root);
    if (!state) return discover(roots);
    const key = createHash('sha256')
      .update(engine)
      .update(state)
      .update(JSON.stringify([...roots].sort()))
      .digest('hex')
      .slice(0, 24);
    const folder = path.join(root, DISCOVERY_CACHE_FOLDER);
    const file = path.join(folder, `discovery-${key}.json`);
    try {
      const text = await readFile(file, 'utf8');
      if (text.length <= MAX_CACHE_BYTES) {
        const cached = JSON.parse(text) as CachedReport;
        const age = now() - Date.parse(cached.createdAt);
        if (cached.key === key && age >= 0 && age < DISCOVERY_CACHE_MAX_AGE_MS) return cached.report;
      }
    } catch {
      // No cache yet, or an unreadable one: scan.
    }
    const report = await discover(roots);
    try {
      await ensureDir(folder);
      const entry: CachedReport = { key, roots, createdAt: new Date(now()).toISOString(), report };
      await writeFileAtomic(file, JSON.stringify(entry));
      await keepNewest(folder, MAX_CACHED_REPORTS);
    } catch {
      // A read-only checkout still answers; it only scans again next time.
    }
    return report;
  };
}
