import type { LedgerRecord as AuditRecord } from '../../../audit/index.js';
import type { LedgerEntry } from '../../ledger/types.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The audit's view of the server ledger. A pushed `run` entry carries the check run and the map snapshot, so it
 * becomes audit records (`check-run`, `map` and one `evidence` per item of its evidence metadata) citing the
 * same ledger entry; `probe`, `evidence` (runs stored before 2026-12-02) and any other type pass through under
 * their own name. The audit module's own entries (`audit.*`) are left out: they
 * are about the audit, not evidence of the system.
 */
export function auditRecordsOf(entries: readonly LedgerEntry[]): AuditRecord[] {
  const records: AuditRecord[] = [];
  for (const entry of entries) {
    if (entry.recordType.startsWith('audit.')) continue;
    const collectedDay = entry.collectedAt.slice(0, 10);
    // A back-filled run is evidence for its effective day; keep the time of day when they agree.
    const effectiveAt =
      collectedDay === entry.effectiveDate ? entry.collectedAt : `${entry.effectiveDate}T12:00:00.000Z`;
    const base = {
      org: entry.org,
      seq: entry.seq,
      hash: entry.hash,
      collectedAt: entry.collectedAt,
      effectiveAt,
    };
    const content = entry.record;
    if (entry.recordType === 'run' && isObject(content)) {
      if (isObject(content.checkRun)) records.push({ ...base, kind: 'check-run', payload: content.checkRun });
      const map = isObject(content.map) && isObject(content.map.snapshot) ? content.map.snapshot : undefined;
      if (map)
        records.push({
          ...base,
          kind: 'map',
          payload: {
            commit: content.commit,
            map: { ...map, subprocessors: map.subprocessors ?? content.subprocessors },
          },
        });
      // Its evidence metadata: one `evidence` record per item, as when each item had an entry of its own.
      if (Array.isArray(content.evidence))
        for (const item of content.evidence) records.push({ ...base, kind: 'evidence', payload: item });
      continue;
    }
    records.push({ ...base, kind: entry.recordType, payload: content });
  }
  return records;
}
