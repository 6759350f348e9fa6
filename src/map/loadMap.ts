import { statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { MapError, type Problem } from '../errors/index.js';
import { ReadRefused, readUserFile } from '../io/index.js';
import { MAP_FILE_NAMES, MAP_FOLDER_NAME } from './fileNames.js';
import { type LoadOptions, loadMapFromFiles, type MapFile } from './loadText.js';
import { userParseCache } from './parseCache.js';
import { MAX_MAP_BYTES } from './sourceText.js';
import type { SystemMap } from './systemMap.js';

export { MAP_FILE_NAMES, MAP_FOLDER_NAME };

/** More parts than this is not a hand-written map. */
const MAX_MAP_PARTS = 500;
/** All parts together: a few maps' worth. */
const MAX_MAP_TOTAL_BYTES = 16 * 1024 * 1024;

const isYaml = (name: string) => /\.ya?ml$/i.test(name);

function display(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

async function kind(file: string): Promise<'file' | 'dir' | undefined> {
  try {
    const info = await stat(file);
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

async function yamlFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => isYaml(entry.name) && !entry.isDirectory())
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/**
 * Which files make up the map at `target`: a file; a folder's `trustmap.yaml` plus its `trustmap/` parts;
 * or, when given a folder of parts directly, every YAML file in it.
 */
export async function findMapFiles(target: string): Promise<{ root: string; files: string[] }> {
  const absolute = path.resolve(target);
  const found = await kind(absolute);
  if (found === 'file') return { root: path.dirname(absolute), files: [absolute] };
  if (found !== 'dir') {
    throw new MapError([
      {
        message: `no such file or folder: ${target}`,
        hint: 'pass the path of trustmap.yaml or of the folder that holds it',
      },
    ]);
  }
  const files: string[] = [];
  for (const name of MAP_FILE_NAMES) {
    if ((await kind(path.join(absolute, name))) === 'file') {
      files.push(path.join(absolute, name));
      break;
    }
  }
  if ((await kind(path.join(absolute, MAP_FOLDER_NAME))) === 'dir') {
    files.push(...(await yamlFilesIn(path.join(absolute, MAP_FOLDER_NAME))));
  }
  if (files.length === 0 && path.basename(absolute) === MAP_FOLDER_NAME)
    files.push(...(await yamlFilesIn(absolute)));
  if (files.length === 0) {
    throw new MapError([
      {
        location: { file: display(absolute), line: 1, col: 1 },
        message: 'no system map here: expected trustmap.yaml or a trustmap/ folder of YAML files',
        hint: 'run `trustmap init` to write one',
      },
    ]);
  }
  return { root: absolute, files };
}

/**
 * Reads and validates the system map at `target` (file or folder).
 * Throws `MapError` listing every located problem when the map is not valid.
 */
export async function loadMap(target: string, options: Omit<LoadOptions, 'root'> = {}): Promise<SystemMap> {
  const { root, files } = await findMapFiles(target);
  const contents: MapFile[] = [];
  const problems: Problem[] = [];
  if (files.length > MAX_MAP_PARTS) {
    throw new MapError([
      {
        location: { file: display(root), line: 1, col: 1 },
        message: `the map has ${files.length} parts, over the limit of ${MAX_MAP_PARTS}`,
        hint: 'a map is written by hand; merge parts, or move files that are not map parts out of trustmap/',
      },
    ]);
  }
  let remaining = MAX_MAP_TOTAL_BYTES;
  for (const file of files) {
    // Bounded, regular files only, inside the map's folder; the limit shrinks with every part, so many parts
    // cannot add up to more than one map's worth of memory.
    const maxBytes = Math.min(MAX_MAP_BYTES, remaining);
    try {
      const bytes = readUserFile(path.relative(root, file) || path.basename(file), {
        root,
        maxBytes,
        what: 'map file',
      });
      remaining -= bytes.byteLength;
      contents.push({ file: display(file), content: new Uint8Array(bytes) });
    } catch (error) {
      if (!(error instanceof ReadRefused)) throw error;
      problems.push({
        location: { file: display(file), line: 1, col: 1 },
        message:
          error.code === 'too-large'
            ? maxBytes < MAX_MAP_BYTES
              ? `the map's parts together are over the ${MAX_MAP_TOTAL_BYTES / 1024 / 1024} MB limit`
              : `the file is ${sizeInMb(file)} MB, over the ${MAX_MAP_BYTES / 1024 / 1024} MB limit for a map file`
            : (error.problems[0]?.message ?? 'cannot read the file'),
        hint:
          error.code === 'too-large'
            ? 'a map is written by hand; split a large organisation into a folder of files under trustmap/'
            : (error.problems[0]?.hint ?? 'check that the file exists and is readable'),
      });
      if (error.code === 'too-large' && maxBytes < MAX_MAP_BYTES) break;
    }
  }
  if (problems.length > 0) throw new MapError(problems);
  const result = loadMapFromFiles(contents, { parseCache: userParseCache(), ...options, root });
  if (!result.ok) throw new MapError(result.problems);
  return result.map;
}

function sizeInMb(file: string): string {
  try {
    return (statSync(file).size / 1024 / 1024).toFixed(1);
  } catch {
    return 'more than 8';
  }
}
