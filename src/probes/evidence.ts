import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SigningKey } from '../core/signing.js';
import { InputError } from '../errors/index.js';
import { assertInsideRoot, ensureDir, ReadRefused, readUserFile, writeFileAtomic } from '../io/index.js';
import { verifyProbeResult } from './result.js';
import { signProbeResult } from './trust.js';
import type { ProbeResult, StoredProbeResult } from './types.js';

/** Where probe results live, relative to a map root. */
export const EVIDENCE_DIR = path.join('.trustmap', 'evidence');

const RESULT_FILE = /^probe-.*\.json$/;
const MAX_RESULT_BYTES = 5 * 1024 * 1024;
/** More result files than this in one folder is not a real history; the rest are ignored and reported. */
const MAX_RESULT_FILES = 2000;

/** `probe-postgres-vector-index-2026-11-26T12-00-00-000Z.json` */
export function probeResultFileName(result: ProbeResult): string {
  const stamp = result.startedAt.replace(/[:.]/g, '-');
  const component = (result.component ?? 'adhoc').replace(/[^A-Za-z0-9._-]/g, '_');
  return `probe-${result.kind}-${component}-${stamp}.json`;
}

/**
 * Writes a result under `<root>/.trustmap/evidence/` (or `dir` when given), atomically, signed with `key` when
 * one is given. The default folder must stay inside `root` (a symlinked `.trustmap/` is refused).
 * @example const file = await writeProbeResult(map.source.root, result, undefined, loadSigningKey());
 * @returns the absolute path written
 */
export async function writeProbeResult(
  root: string,
  result: ProbeResult,
  dir?: string,
  key?: SigningKey,
): Promise<string> {
  const folder = dir ?? path.join(root, EVIDENCE_DIR);
  if (!dir) assertInsideRoot(root, folder, 'evidence folder');
  await ensureDir(folder);
  if (!dir) assertInsideRoot(root, folder, 'evidence folder');
  const file = path.join(folder, probeResultFileName(result));
  const stored = key ? signProbeResult(result, key) : result;
  await writeFileAtomic(file, `${JSON.stringify(stored, null, 2)}\n`);
  return file;
}

/** A file under the evidence folder that could not be used, and why. */
export interface RejectedProbeFile {
  file: string;
  reason: string;
}

/**
 * Reads every probe result under `<root>/.trustmap/evidence/`, oldest first, through the bounded reader. Files
 * that are not results, are too large, are not regular files inside the project, or whose SHA-256 does not match
 * are left out and reported through `onRejected`. Whether a result counts as proof is decided later, from its
 * signature (`probeTrust`).
 * @example const stored = await readProbeResults('examples/acme-ai');
 */
export async function readProbeResults(
  root: string,
  options: { onRejected?: (rejected: RejectedProbeFile) => void } = {},
): Promise<StoredProbeResult[]> {
  const folder = path.join(root, EVIDENCE_DIR);
  let names: string[];
  try {
    assertInsideRoot(root, folder, 'evidence folder');
    names = (await readdir(folder)).filter((name) => RESULT_FILE.test(name)).sort();
  } catch (error) {
    if (error instanceof InputError) throw error;
    return [];
  }
  const stored: StoredProbeResult[] = [];
  if (names.length > MAX_RESULT_FILES) {
    options.onRejected?.({
      file: EVIDENCE_DIR.split(path.sep).join('/'),
      reason: `holds ${names.length} result files; only the newest ${MAX_RESULT_FILES} are read`,
    });
    names = names.slice(-MAX_RESULT_FILES);
  }
  for (const name of names) {
    const file = path.join(EVIDENCE_DIR, name).split(path.sep).join('/');
    const reason = readOne(root, file, (result) => stored.push({ file, result }));
    if (reason) options.onRejected?.({ file, reason });
  }
  return stored.sort((a, b) => a.result.startedAt.localeCompare(b.result.startedAt));
}

function readOne(root: string, file: string, accept: (result: ProbeResult) => void): string | undefined {
  let buffer: Buffer;
  try {
    buffer = readUserFile(file, { root, maxBytes: MAX_RESULT_BYTES, what: 'probe result' });
  } catch (error) {
    if (error instanceof ReadRefused) return error.problems[0]?.message;
    throw error;
  }
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
    typeof record.finishedAt === 'string' &&
    typeof record.verdict === 'string' &&
    ['pass', 'fail', 'error'].includes(record.verdict as string) &&
    Array.isArray(record.steps) &&
    typeof record.sha256 === 'string' &&
    (record.component === undefined || typeof record.component === 'string') &&
    (record.signature === undefined || (typeof record.signature === 'object' && record.signature !== null))
  );
}
