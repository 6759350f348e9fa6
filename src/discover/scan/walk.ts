import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
// The file itself, not io/index.js, which also loads signing (node:crypto) and zip bounds (node:zlib).
import { readUserText } from '../../io/readUserFile.js';
// The names alone, not map/index.js, which loads the YAML parser and the schema.
import { MAP_FILE_NAMES, OUTPUT_MARKER } from '../../map/fileNames.js';
import { type TrackedPaths, trackedPaths } from './gitIndex.js';

/** What the walker reports for each path it meets. */
export type WalkEntry =
  /** `size` is -1 when not yet known (the reader learns it from the open file, saving a stat per file). */
  | { type: 'file'; absolute: string; relative: string; name: string; size: number }
  | { type: 'skip'; relative: string; reason: string };

export interface WalkOptions {
  /** Decides from a file name whether it is worth reading at all (others are passed over silently). */
  wanted: (name: string) => boolean;
}

/** Folders no scan wants: tool caches and installed dependencies, not the project's own code. */
const ALWAYS_IGNORED = new Set([
  '.git',
  'node_modules',
  '.venv',
  'venv',
  '__pycache__',
  '.terraform',
  '.trustmap',
  '.hg',
  '.svn',
  '.tox',
  '.mypy_cache',
]);
const IGNORE_FILES = ['.gitignore', '.trustmapignore'];
/**
 * Trustmap's own files: the map (which names vendors, dismissed ones too, in its notes) and, beside it, the approved
 * answer library. Read as code they would make the map's own words into findings.
 */
const MAP_FILES = new Set<string>(MAP_FILE_NAMES);
const LIBRARY_FILE = 'answers.yaml';
const MAX_IGNORE_FILE_BYTES = 1024 * 1024;

interface Rules {
  base: string;
  matcher: Ignore;
}

interface Pending {
  absolute: string;
  relative: string;
  rules: Rules[];
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'error';
}

/**
 * The folder's ignore rules on top of its parent's. Only names the folder listing showed are read: trying
 * every folder blindly cost an ENOENT exception per folder and per name, 14% of a 5,000-file scan.
 */
function loadRules(
  absolute: string,
  relative: string,
  inherited: Rules[],
  present?: ReadonlySet<string>,
): Rules[] {
  let rules = inherited;
  for (const name of IGNORE_FILES) {
    if (present && !present.has(name)) continue;
    let text: string;
    try {
      // Bounded, regular files only, not leading out of the folder (a symlink to /dev/zero is refused).
      text = readUserText(name, { root: absolute, maxBytes: MAX_IGNORE_FILE_BYTES, what: 'ignore file' });
    } catch {
      continue;
    }
    rules = [...rules, { base: relative, matcher: ignore().add(text) }];
  }
  return rules;
}

function isIgnored(rules: readonly Rules[], relative: string, directory: boolean): boolean {
  for (const { base, matcher } of rules) {
    const local = base ? relative.slice(base.length + 1) : relative;
    if (local && matcher.ignores(directory ? `${local}/` : local)) return true;
  }
  return false;
}

/**
 * Walks `root` depth-first in name order without recursion (deep trees cannot overflow the stack).
 * Honours nested `.gitignore` and `.trustmapignore`, follows symlinks only to targets inside the root,
 * visits each real folder once (symlink loops end), and reports what it could not or would not read.
 * @example for (const entry of walkTree('/repo', { maxFileSize: 2e6, wanted: () => true })) console.log(entry);
 */
export function* walkTree(root: string, options: WalkOptions): Generator<WalkEntry> {
  const realRoot = realpathSync(root);
  const visited = new Set<string>();
  const rootStat = statSync(realRoot);
  visited.add(`${rootStat.dev}:${rootStat.ino}`);
  const stack: Pending[] = [{ absolute: realRoot, relative: '', rules: [] }];
  const inside = (target: string) => target === realRoot || target.startsWith(realRoot + path.sep);
  // What git tracks, where the root is a repository's work tree: an ignore file does not hide a tracked path.
  let tracked: TrackedPaths | undefined;

  while (stack.length) {
    const folder = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(folder.absolute, { withFileTypes: true });
    } catch (error) {
      yield {
        type: 'skip',
        relative: `${folder.relative || '.'}/`,
        reason: `unreadable folder (${errorCode(error)})`,
      };
      continue;
    }
    // A folder Trustmap wrote (a trust center site) is its own output, not the project's code.
    if (folder.relative && entries.some((entry) => entry.name === OUTPUT_MARKER)) {
      yield { type: 'skip', relative: `${folder.relative}/`, reason: 'written by Trustmap (its own output)' };
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (!folder.relative && entries.some((entry) => entry.name === '.git' && entry.isDirectory()))
      tracked = trackedPaths(realRoot);
    const ignoreFiles = new Set(entries.filter((e) => IGNORE_FILES.includes(e.name)).map((e) => e.name));
    if (ignoreFiles.size)
      folder.rules = loadRules(folder.absolute, folder.relative, folder.rules, ignoreFiles);
    const folders: Pending[] = [];
    const holdsMap = entries.some((entry) => MAP_FILES.has(entry.name));
    for (const entry of entries) {
      const relative = folder.relative ? `${folder.relative}/${entry.name}` : entry.name;
      // Not path.join: the folder's path is already normal and a name has no separator (normalising every entry's
      // path was a visible share of a small tree's walk).
      const absolute = folder.absolute.endsWith(path.sep)
        ? `${folder.absolute}${entry.name}`
        : `${folder.absolute}${path.sep}${entry.name}`;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      let size = -1;
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(absolute);
        } catch (error) {
          yield { type: 'skip', relative, reason: `broken symlink (${errorCode(error)})` };
          continue;
        }
        if (!inside(target)) {
          yield { type: 'skip', relative, reason: 'symlink to a target outside the root' };
          continue;
        }
        try {
          const info = statSync(target);
          isDirectory = info.isDirectory();
          isFile = info.isFile();
          size = info.size;
        } catch (error) {
          yield { type: 'skip', relative, reason: `unreadable symlink target (${errorCode(error)})` };
          continue;
        }
      }
      if (isDirectory) {
        if (ALWAYS_IGNORED.has(entry.name)) continue;
        if (isIgnored(folder.rules, relative, true) && !tracked?.folders.has(relative)) continue;
        let key: string;
        try {
          const info = statSync(absolute);
          key = `${info.dev}:${info.ino}`;
        } catch (error) {
          yield { type: 'skip', relative: `${relative}/`, reason: `unreadable folder (${errorCode(error)})` };
          continue;
        }
        if (visited.has(key)) {
          yield { type: 'skip', relative: `${relative}/`, reason: 'symlink loop: folder already visited' };
          continue;
        }
        visited.add(key);
        folders.push({ absolute, relative, rules: folder.rules });
        continue;
      }
      if (!isFile || !options.wanted(entry.name)) continue;
      if (isIgnored(folder.rules, relative, false) && !tracked?.files.has(relative)) continue;
      if (MAP_FILES.has(entry.name) || (holdsMap && entry.name === LIBRARY_FILE)) {
        yield {
          type: 'skip',
          relative,
          reason: 'Trustmap’s own file (the map or its answers), not the code',
        };
        continue;
      }
      yield { type: 'file', absolute, relative, name: entry.name, size };
    }
    // Pushed in reverse so that the first folder by name is popped, and walked, first.
    for (const next of folders.reverse()) stack.push(next);
  }
}
