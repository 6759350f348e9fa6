import { sha256Of } from '../../core/canonicalJson.js';
import { type SigningKey, signValue } from '../../core/signing.js';
import {
  GENESIS_HASH,
  type LedgerCheckpoint,
  type LedgerEntry,
  type LedgerEntryBody,
  type LedgerRecord,
} from './types.js';

/** The part of an entry its hash covers. */
export function entryBody(entry: LedgerEntryBody): LedgerEntryBody {
  return {
    format: entry.format,
    org: entry.org,
    seq: entry.seq,
    prevHash: entry.prevHash,
    recordType: entry.recordType,
    recordId: entry.recordId,
    recordSha256: entry.recordSha256,
    collectedAt: entry.collectedAt,
    effectiveDate: entry.effectiveDate,
  };
}

/** What the signature covers: the body and its hash. */
export function signedPart(entry: LedgerEntryBody & { hash: string }): LedgerEntryBody & { hash: string } {
  return { ...entryBody(entry), hash: entry.hash };
}

/** A record with its content hashed and serialised ahead of time, so appending under the lock only chains and signs. */
export interface PreparedRecord extends LedgerRecord {
  recordSha256: string;
  /** `JSON.stringify` of the content (what the entry stores as `record`). */
  contentJson: string;
}

/** Hashes and serialises a record's content (the costly part of an append), outside any lock. Pure. */
export function prepareRecord(record: LedgerRecord): PreparedRecord {
  const content = record.content ?? null;
  return { ...record, recordSha256: sha256Of(content), contentJson: JSON.stringify(content) };
}

/**
 * The next entry of an organisation's chain, after `previous` (undefined for the first). Pure: the caller
 * stores it (and makes sure nobody appended in between).
 * @example const entry = nextEntry(head, orgId, { type: 'run', id: runId, collectedAt, effectiveDate, content }, key)
 */
export function nextEntry(
  previous: Pick<LedgerEntry, 'seq' | 'hash'> | undefined,
  org: string,
  record: LedgerRecord | PreparedRecord,
  key: SigningKey,
): LedgerEntry {
  const body: LedgerEntryBody = {
    format: 'trustmap.ledger-entry/v1',
    org,
    seq: (previous?.seq ?? 0) + 1,
    prevHash: previous?.hash ?? GENESIS_HASH,
    recordType: record.type,
    recordId: record.id,
    recordSha256: 'recordSha256' in record ? record.recordSha256 : sha256Of(record.content ?? null),
    collectedAt: record.collectedAt,
    effectiveDate: record.effectiveDate,
  };
  const hash = sha256Of(body);
  return { ...body, hash, signature: signValue(key, { ...body, hash }), record: record.content ?? null };
}

/** A signed checkpoint of the chain's head. */
export function checkpointOf(
  head: Pick<LedgerEntry, 'org' | 'seq' | 'hash'>,
  at: Date,
  key: SigningKey,
): LedgerCheckpoint {
  const body = {
    format: 'trustmap.ledger-checkpoint/v1' as const,
    org: head.org,
    seq: head.seq,
    headHash: head.hash,
    at: at.toISOString(),
  };
  return { ...body, signature: signValue(key, body) };
}
