import type { SourceRef } from '../core/contracts.js';

/**
 * What the audit reads: one entry of an organisation's evidence ledger. The server feeds its ledger entries; the
 * offline path reads the same shape from a folder of outputs (see `readHistoryFolder`). Only the fields an audit
 * needs are listed, so the server's entries fit without conversion.
 */
export interface LedgerRecord {
  /** The organisation whose chain this entry belongs to. */
  org: string;
  /** Position in the chain, from 1. */
  seq: number;
  /** Hex SHA-256 the ledger gives this entry. */
  hash: string;
  /** What was stored: `check-run`, `probe`, `map`, `deploy`, `access-grant`, `evidence`, `incident`... */
  kind: string;
  /** ISO time the record was collected. */
  collectedAt: string;
  /** ISO time the evidence applies to (may differ from collection). */
  effectiveAt: string;
  payload: unknown;
}

/** An audit window: inclusive dates as YYYY-MM-DD. */
export interface AuditWindow {
  start: string;
  end: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The YYYY-MM-DD (UTC) of an ISO time. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/** True when `window` has two valid dates in order. */
export function isWindow(window: AuditWindow): boolean {
  return (
    DAY.test(window.start) &&
    DAY.test(window.end) &&
    !Number.isNaN(Date.parse(window.start)) &&
    !Number.isNaN(Date.parse(window.end)) &&
    window.start <= window.end
  );
}

/** True when the record's effective day falls inside the window. */
export function inWindow(record: Pick<LedgerRecord, 'effectiveAt'>, window: AuditWindow): boolean {
  const day = dayOf(record.effectiveAt);
  return day >= window.start && day <= window.end;
}

/** Every day of the window, in order. Bounded to ten years so a typo cannot allocate millions of days. */
export function daysOf(window: AuditWindow): string[] {
  const days: string[] = [];
  const end = Date.parse(`${window.end}T00:00:00Z`);
  for (let t = Date.parse(`${window.start}T00:00:00Z`); t <= end && days.length < 3660; t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** The citation of a ledger entry, in the shared `SourceRef` form. */
export function ledgerRef(record: Pick<LedgerRecord, 'org' | 'seq' | 'hash'>): SourceRef {
  return { kind: 'ledger', org: record.org, seq: record.seq, hash: record.hash };
}

/** Records in chain order, so every derived list is the same whatever order they arrived in. */
export function inChainOrder(records: readonly LedgerRecord[]): LedgerRecord[] {
  return [...records].sort((a, b) => a.seq - b.seq);
}

/** A short text form of a ledger entry for CSV cells and prose: `#12 sha256:1a2b3c4d5e6f`. */
export function ledgerLabel(ref: { seq: number; hash: string }): string {
  return `#${ref.seq} sha256:${ref.hash.slice(0, 12)}`;
}
