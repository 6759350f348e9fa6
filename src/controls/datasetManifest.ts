import { parse } from 'yaml';
import { findExcessiveNesting } from '../map/index.js';

const MAX_MANIFEST_DEPTH = 64;

/** One file or shard of a dataset, as its manifest pins it. */
export interface ManifestFile {
  path: string;
  sha256?: string;
  source?: string;
}

export type ManifestReading =
  | { ok: true; files: ManifestFile[]; sources: string[] }
  | { ok: false; problem: string };

const SHA256 = /^[a-f0-9]{64}$/i;

/**
 * Reads a dataset manifest: JSON or YAML with `files: [{ path, sha256, source? }]` and optional top-level
 * `sources`. Pure; the text was read at the edge.
 * @example readDatasetManifest('{"files":[{"path":"a.jsonl","sha256":"…"}]}') // { ok: true, files: [...], sources: [] }
 */
export function readDatasetManifest(text: string): ManifestReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The parser recurses per level: refuse deep nesting before it runs, as the map loader does.
    const deep = findExcessiveNesting(text, MAX_MANIFEST_DEPTH);
    if (deep >= 0) return { ok: false, problem: `nests deeper than ${MAX_MANIFEST_DEPTH} levels` };
    try {
      value = parse(text, { maxAliasCount: 100 });
    } catch (error) {
      return { ok: false, problem: `is not JSON or YAML (${(error as Error).message.split('\n')[0]})` };
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, problem: 'is not a JSON or YAML object' };
  const { files, sources } = value as { files?: unknown; sources?: unknown };
  if (!Array.isArray(files)) return { ok: false, problem: 'has no `files` list' };
  const read: ManifestFile[] = [];
  for (const [index, entry] of files.entries()) {
    const { path, sha256, source } = (entry ?? {}) as Record<string, unknown>;
    if (typeof path !== 'string' || path === '')
      return { ok: false, problem: `entry ${index + 1} of \`files\` has no \`path\`` };
    read.push({
      path,
      ...(typeof sha256 === 'string' ? { sha256 } : {}),
      ...(typeof source === 'string' ? { source } : {}),
    });
  }
  return {
    ok: true,
    files: read,
    sources: Array.isArray(sources) ? sources.filter((s): s is string => typeof s === 'string') : [],
  };
}

/** Whether a manifest entry carries a well-formed SHA-256. */
export function isPinned(file: ManifestFile): boolean {
  return file.sha256 !== undefined && SHA256.test(file.sha256);
}
