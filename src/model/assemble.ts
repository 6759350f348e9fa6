import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DiscoveryReport } from '../discover/types.js';
import { InputError, type Problem } from '../errors/index.js';
import { loadMap, type SystemMap } from '../map/index.js';
import { readProbeResults } from '../probes/evidence.js';
import { buildModel, type EvidenceFileStatus, type Model } from './model.js';

/** Evidence files larger than this are stat'ed but not hashed. */
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
    const absolute = path.resolve(map.source.root, entry.path);
    try {
      const info = await stat(absolute);
      if (!info.isFile()) {
        statuses[entry.id] = { exists: false };
        continue;
      }
      const status: EvidenceFileStatus = { exists: true, bytes: info.size };
      if (info.size <= MAX_HASHED_BYTES)
        status.sha256 = createHash('sha256')
          .update(await readFile(absolute))
          .digest('hex');
      statuses[entry.id] = status;
    } catch {
      statuses[entry.id] = { exists: false };
    }
  }
  return statuses;
}

async function manifests(map: SystemMap): Promise<Model['manifests']> {
  const found: Model['manifests'] = {};
  for (const dataClass of map.dataClasses) {
    const file = dataClass.provenance?.manifest;
    if (!file) continue;
    const absolute = path.resolve(map.source.root, file);
    try {
      const info = await stat(absolute);
      if (!info.isFile() || info.size > MAX_MANIFEST_BYTES) throw new Error('not a readable manifest');
      const text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(absolute));
      found[dataClass.id] = { file, text };
    } catch {
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
