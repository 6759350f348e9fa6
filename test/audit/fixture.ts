import path from 'node:path';
import { exampleHistory, type LedgerRecord } from '../../src/audit/index.js';
import { loadMap, type SystemMap } from '../../src/map/index.js';
import { buildModel, type Model } from '../../src/model/index.js';
import { ROOT } from '../helpers/runCli.js';

export const END = '2026-11-29';
export const WINDOW = { start: '2026-09-01', end: END };

let cached: Promise<{ map: SystemMap; model: Model; records: LedgerRecord[] }> | undefined;

/** The example company with a 90-day seeded history ending on END (built once per test file). */
export function acmeHistory() {
  cached ??= (async () => {
    const map = await loadMap(path.join(ROOT, 'examples/acme-ai'));
    const records = exampleHistory(map, { org: 'acme-ai', end: END, days: 90, seed: 'audit-test' });
    return { map, model: buildModel(map, { now: new Date(`${END}T12:00:00Z`) }), records };
  })();
  return cached;
}
