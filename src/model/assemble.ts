import { createHash } from 'node:crypto';
import path from 'node:path';
import type { DiscoveryReport } from '../discover/types.js';
import { InputError, type Problem } from '../errors/index.js';
import { ReadRefused, readUserFile } from '../io/index.js';
import { loadMap, type SystemMap } from '../map/index.js';
import { readProbeResults } from '../probes/evidence.js';
import { buildModel, type EvidenceFileStatus, type Model } from './model.js';

/** Evidence files larger than this are on file but not hashed: the reader stops before reading more. */
const MAX_HASHED_BYTES = 64 * 1024 * 1024;
/** Provenance manifests larger than this are treated as unreadable. */
const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

/** Scans code folders; `discover` from src/discover has this shape. */
export type DiscoverFunction = (roots: string[]) => Promise<DiscoveryReport>;

export interface AssembleOptions {
  /** The clock for every time-dependent judgement. Defaults to now. */
  now?: Date;
  /** How to scan the code next to the map; `false` skips discovery. */
  discover?: DiscoverFunction | false;
  /** Folders to scan; defaults to the map's root folder. */
  roots?: string[];
}

async function evidenceFiles(map: SystemMap): Promise<Record<string, EvidenceFileStatus>> {
  const statuses: Record<string, EvidenceFileStatus> = {};
  for (const entry of map.evidence) {
    if (!entry.path) continue;
    // Through the bounded reader: a path that is absolute, climbs out of the project, or is a symlink leading
    // out of it (say to /etc/passwd), a device or a FIFO is not "on file", whatever its name says.
    try {
      const bytes = readUserFile(entry.path, {
        root: map.source.root,
        maxBytes: MAX_HASHED_BYTES,
        what: 'evidence file',
      });
      statuses[entry.id] = {
        exists: true,
        bytes: bytes.byteLength,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
    } catch (error) {
      if (!(error instanceof ReadRefused)) throw error;
      // A regular file inside the project that is only too large to hash is on file, without a hash.
      statuses[entry.id] = { exists: error.code === 'too-large' };
    }
  }
  return statuses;
}

async function manifests(map: SystemMap): Promise<Model['manifests']> {
  const found: Model['manifests'] = {};
  for (const dataClass of map.dataClasses) {
    const file = dataClass.provenance?.manifest;
    if (!file) continue;
    try {
      const bytes = readUserFile(file, {
        root: map.source.root,
        maxBytes: MAX_MANIFEST_BYTES,
        what: 'manifest',
      });
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      found[dataClass.id] = { file, text };
    } catch (error) {
      if (error instanceof Error && !(error instanceof ReadRefused) && !(error instanceof TypeError))
        throw error;
      found[dataClass.id] = { file };
    }
  }
  return found;
}

async function probes(map: SystemMap): Promise<Model['probes']> {
  const problems: Problem[] = [];
  const stored = await readProbeResults(map.source.root, {
    onRejected: (rejected) =>
      problems.push({
        location: {
          file: path.join(path.relative(process.cwd(), map.source.root), rejected.file),
          line: 1,
          col: 1,
        },
        message: `stored probe result is unusable: ${rejected.reason}`,
        hint: 'delete the file and run `trustmap probe` again',
      }),
  });
  if (problems.length > 0) throw new InputError(problems);
  return stored;
}

/**
 * The I/O edge before the checks: loads the map, scans the code (unless `discover: false`), reads stored probe
 * results and the facts about evidence files and provenance manifests, then builds the pure `Model`.
 * Throws `MapError` for a bad map and `InputError` for a corrupt probe result.
 * @example const model = await assembleModel('examples/acme-ai', { now: new Date('2026-11-26'), discover: false });
 */
export async function assembleModel(target: string, options: AssembleOptions = {}): Promise<Model> {
  const map = await loadMap(target);
  return assembleFromMap(map, options);
}

/** Like `assembleModel`, for a map that is already loaded. */
export async function assembleFromMap(map: SystemMap, options: AssembleOptions = {}): Promise<Model> {
  const scan = options.discover;
  const [discovery, stored, files, manifestTexts] = await Promise.all([
    scan ? scan(options.roots ?? [map.source.root]) : Promise.resolve(undefined),
    probes(map),
    evidenceFiles(map),
    manifests(map),
  ]);
  return buildModel(map, {
    discovery,
    probes: stored,
    evidenceFiles: files,
    manifests: manifestTexts,
    now: options.now ?? new Date(),
  });
}
