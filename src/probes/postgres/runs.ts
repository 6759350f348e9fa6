import path from 'node:path';
import { assertInsideRoot, ensureDir, ReadRefused, readUserText, writeFileAtomic } from '../../io/index.js';

/**
 * A committed-mode probe run, recorded before its canaries are committed, so `trustmap probe cleanup` can delete
 * exactly the rows this run wrote (and nothing a customer wrote that merely mentions the canary prefix).
 */
export interface CanaryRun {
  /** `trustmap-canary-` and 32 random hex digits: every text value the run planted is this, or this and `-<n>`. */
  marker: string;
  /** The two synthetic tenant ids (random UUIDs) the run planted rows for. */
  tenants: string[];
  tenantColumn: string;
  tables: string[];
  /** The database, without secrets. */
  target?: string;
  startedAt: string;
}

/** Where runs are recorded, relative to the map root. */
export const RUNS_FILE = path.join('.trustmap', 'probe-runs.json');
const MAX_RUNS_BYTES = 1024 * 1024;
const MARKER = /^trustmap-canary-[0-9a-f]{8,64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a well-formed run (a hand-edited file cannot widen what cleanup deletes). */
export function isCanaryRun(value: unknown): value is CanaryRun {
  const run = value as CanaryRun;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof run.marker === 'string' &&
    MARKER.test(run.marker) &&
    Array.isArray(run.tenants) &&
    run.tenants.every((tenant) => typeof tenant === 'string' && UUID.test(tenant)) &&
    typeof run.tenantColumn === 'string' &&
    Array.isArray(run.tables)
  );
}

/**
 * The recorded runs under `root` (none when the file is absent).
 * @example const runs = readCanaryRuns('.');
 */
export function readCanaryRuns(root: string): CanaryRun[] {
  try {
    assertInsideRoot(root, path.join(root, RUNS_FILE), 'probe run records');
    const parsed: unknown = JSON.parse(
      readUserText(RUNS_FILE, { root, maxBytes: MAX_RUNS_BYTES, what: 'probe run records' }),
    );
    const runs = (parsed as { runs?: unknown[] })?.runs;
    return Array.isArray(runs) ? runs.filter(isCanaryRun) : [];
  } catch (error) {
    if (error instanceof ReadRefused && error.code === 'missing') return [];
    if (error instanceof SyntaxError) return [];
    throw error;
  }
}

async function writeRuns(root: string, runs: CanaryRun[]): Promise<void> {
  const file = path.join(root, RUNS_FILE);
  assertInsideRoot(root, file, 'probe run records');
  await ensureDir(path.dirname(file));
  await writeFileAtomic(file, `${JSON.stringify({ format: 'trustmap.probe-runs/v1', runs }, null, 2)}\n`);
}

/** Adds a run to the records (before its canaries are committed). */
export async function recordCanaryRun(root: string, run: CanaryRun): Promise<void> {
  await writeRuns(root, [...readCanaryRuns(root).filter((entry) => entry.marker !== run.marker), run]);
}

/** Drops runs whose canaries are gone. */
export async function forgetCanaryRuns(root: string, markers: readonly string[]): Promise<void> {
  const runs = readCanaryRuns(root);
  const kept = runs.filter((run) => !markers.includes(run.marker));
  if (kept.length !== runs.length) await writeRuns(root, kept);
}
