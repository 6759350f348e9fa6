import type { CheckResult } from '../../../controls/types.js';
import { loadMapFromFiles } from '../../../map/index.js';
import { buildModel, type Model } from '../../../model/index.js';
import type { Tx } from '../../db/driver.js';
import { readEntries } from '../../db/ledgerStore.js';

/** The company as its latest pushed run describes it. */
export interface PushedCompany {
  model: Model;
  results: CheckResult[];
  runId: string;
  repo: string;
  collectedAt: string;
}

interface RunRecord {
  runId?: string;
  repo?: string;
  collectedAt?: string;
  map?: { snapshot?: unknown };
  checkRun?: { results?: unknown };
}

/**
 * The latest run pushed for the organisation (row-level security keeps it to the caller's own), rebuilt into a
 * model: the map snapshot goes through the same loader as a map file (so a stored snapshot is validated again,
 * never trusted), and the check results are the ones `check` computed when the run was pushed.
 * Undefined when nothing was pushed yet or the snapshot no longer loads.
 */
export async function latestPushedCompany(tx: Tx, now: Date): Promise<PushedCompany | undefined> {
  const [entry] = await readEntries(tx, "WHERE record_type = 'run' ORDER BY seq DESC LIMIT 1");
  const record = entry?.record as RunRecord | undefined;
  if (!record?.map?.snapshot) return undefined;
  const loaded = loadMapFromFiles([{ file: 'pushed map', content: JSON.stringify(record.map.snapshot) }]);
  if (!loaded.ok) return undefined;
  const results = Array.isArray(record.checkRun?.results) ? (record.checkRun.results as CheckResult[]) : [];
  return {
    model: buildModel(loaded.map, { now }),
    results,
    runId: String(record.runId ?? ''),
    repo: String(record.repo ?? ''),
    collectedAt: String(record.collectedAt ?? ''),
  };
}
