import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ensureDir, writeFileAtomic } from '../io/index.js';
import { verifyProbeResult } from './result.js';
import type { ProbeResult, StoredProbeResult } from './types.js';

/** Where probe results live, relative to a map root. */
export const EVIDENCE_DIR = path.join('.trustmap', 'evidence');

const RESULT_FILE = /^probe-.*\.json$/;
const MAX_RESULT_BYTES = 5 * 1024 * 1024;

/** `probe-postgres-vector-index-2026-11-26T12-00-00-000Z.json` */
export function probeResultFileName(result: ProbeResult): string {
  const stamp = result.startedAt.replace(/[:.]/g, '-');
  return `probe-${result.kind}-${result.component ?? 'adhoc'}-${stamp}.json`;
}

/**
 * Writes a result under `<root>/.trustmap/evidence/` (or `dir` when given), atomically.
 * @example const file = await writeProbeResult(map.source.root, result);
 * @returns the absolute path written
 */
export async function writeProbeResult(root: string, result: ProbeResult, dir?: string): Promise<string> {
  const folder = dir ?? path.join(root, EVIDENCE_DIR);
  await ensureDir(folder);
  const file = path.join(folder, probeResultFileName(result));
  await writeFileAtomic(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

/** A file under the evidence folder that could not be used, and why. */
export interface RejectedProbeFile {
  file: string;
  reason: string;
}

/**
 * Reads every probe result under `<root>/.trustmap/evidence/`, oldest first. Files that are not results, are too
 * large, or whose SHA-256 does not match their content are left out and reported through `onRejected`.
 * @example const stored = await readProbeResults('examples/acme-ai');
 */
export async function readProbeResults(
  root: string,
  options: { onRejected?: (rejected: RejectedProbeFile) => void } = {},
): Promise<StoredProbeResult[]> {
  const folder = path.join(root, EVIDENCE_DIR);
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => RESULT_FILE.test(name)).sort();
  } catch {
    return [];
  }
  const stored: StoredProbeResult[] = [];
  for (const name of names) {
    const file = path.join(EVIDENCE_DIR, name).split(path.sep).join('/');
    const reason = await readOne(path.join(folder, name), (result) => stored.push({ file, result }));
    if (reason) options.onRejected?.({ file, reason });
  }
  return stored.sort((a, b) => a.result.startedAt.localeCompare(b.result.startedAt));
}

async function readOne(absolute: string, accept: (result: ProbeResult) => void): Promise<string | undefined> {
  const buffer = await readFile(absolute);
  if (buffer.byteLength > MAX_RESULT_BYTES) return 'larger than 5 MB';
  let parsed: unknown;
  try {
    parsed = JSON.parse(buffer.toString('utf8'));
  } catch {
    return 'not valid JSON';
  }
  if (!isProbeResult(parsed)) return 'not a trustmap.probe/v1 result';
  if (!verifyProbeResult(parsed)) return 'SHA-256 does not match the content (edited after the run?)';
  accept(parsed);
  return undefined;
}

function isProbeResult(value: unknown): value is ProbeResult {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return (
    record.format === 'trustmap.probe/v1' &&
    (record.kind === 'postgres' || record.kind === 'http') &&
    typeof record.startedAt === 'string' &&
    typeof record.verdict === 'string' &&
    Array.isArray(record.steps) &&
    typeof record.sha256 === 'string'
  );
}
