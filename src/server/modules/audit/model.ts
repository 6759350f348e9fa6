import { type AuditWindow, dayOf, type LedgerRecord } from '../../../audit/index.js';
import type { SystemMap } from '../../../map/index.js';
import { buildModel, type Model } from '../../../model/index.js';

type Json = Record<string, unknown>;

/**
 * The model of the system at the end of the window, from the last map snapshot pushed on or before it. Snapshots
 * carry no file positions, so citations in the description name the ledger entry instead of a map line.
 */
export function modelAtWindowEnd(records: readonly LedgerRecord[], window: AuditWindow): Model | undefined {
  const last = [...records]
    .filter((record) => record.kind === 'map' && dayOf(record.effectiveAt) <= window.end)
    .sort((a, b) => a.seq - b.seq)
    .at(-1);
  const payload = last?.payload as { map?: Json } | undefined;
  const data = payload?.map;
  if (!data || typeof data !== 'object') return undefined;
  const list = (key: string) => (Array.isArray(data[key]) ? data[key] : []);
  const map = {
    ...data,
    dataClasses: list('dataClasses'),
    components: list('components'),
    subprocessors: list('subprocessors'),
    flows: list('flows'),
    aiSystems: list('aiSystems'),
    evidence: list('evidence'),
    controls: list('controls'),
    source: { root: '', files: [`ledger entry #${last?.seq}`], locations: {} },
  } as unknown as SystemMap;
  return buildModel(map, { now: new Date(`${window.end}T23:59:59Z`) });
}
