import type { SigningKey } from '../../core/signing.js';
import { checkpointOf, nextEntry, type PreparedRecord, prepareRecord } from '../ledger/chain.js';
import type { LedgerCheckpoint, LedgerEntry, LedgerRecord } from '../ledger/types.js';
import type { Tx } from './driver.js';

/**
 * Appends a record to the organisation's chain inside the caller's transaction (run it in `db.withOrg`). An
 * advisory lock per organisation serialises appends, so two pushes cannot both take the same head; the lock is
 * released at commit, and a rollback drops the entry with the rest of the work.
 */
export async function appendToLedger(
  tx: Tx,
  orgId: string,
  record: LedgerRecord,
  key: SigningKey,
): Promise<LedgerEntry> {
  await lockLedger(tx, orgId);
  const { rows } = await tx.query<{ seq: number; hash: string }>(LEDGER_HEAD_SQL, [orgId]);
  const entry = nextEntry(rows[0], orgId, record, key);
  await tx.query(
    `INSERT INTO ledger_entries (org_id, seq, hash, record_type, record_id, effective_date, entry)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
    [
      orgId,
      entry.seq,
      entry.hash,
      entry.recordType,
      entry.recordId,
      entry.effectiveDate,
      JSON.stringify(entry),
    ],
  );
  return entry;
}

/** Takes the organisation's ledger lock (held to commit): appends serialise on it, so no two take one head. */
export async function lockLedger(tx: Tx, orgId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`trustmap-ledger:${orgId}`]);
}

/** SQL for the chain's head (`seq`, `hash`) of organisation `$1`, as a scalar subquery's row. */
export const LEDGER_HEAD_SQL =
  'SELECT seq, hash FROM ledger_entries WHERE org_id = $1 ORDER BY seq DESC LIMIT 1';

/**
 * SQL that inserts the entries of {@link chainEntries}' `json` (parameter `$param`) for the organisation in
 * parameter `$1`: a statement of its own, or a data-modifying CTE of a larger one.
 */
export function insertEntriesSql(param: number): string {
  return `INSERT INTO ledger_entries (org_id, seq, hash, record_type, record_id, effective_date, entry)
     SELECT $1::uuid, x.seq, x.hash, x.record_type, x.record_id, x.effective_date, x.entry
     FROM jsonb_to_recordset($${param}::jsonb) AS x(seq integer, hash text, record_type text, record_id text, effective_date date, entry jsonb)`;
}

/**
 * Chains prepared records after `head` and signs them (pure): the entries, and their rows as one JSON text for
 * {@link insertEntriesSql}, with each record's JSON spliced in rather than serialised again under the lock.
 */
export function chainEntries(
  head: { seq: number; hash: string } | undefined,
  orgId: string,
  records: readonly PreparedRecord[],
  key: SigningKey,
): { entries: LedgerEntry[]; json: string } {
  const entries: LedgerEntry[] = [];
  const rowsJson: string[] = [];
  let previous = head;
  for (const record of records) {
    const entry = nextEntry(previous, orgId, record, key);
    entries.push(entry);
    previous = entry;
    const { record: _content, ...withoutRecord } = entry;
    const row = JSON.stringify({
      seq: entry.seq,
      hash: entry.hash,
      record_type: entry.recordType,
      record_id: entry.recordId,
      effective_date: entry.effectiveDate,
    });
    rowsJson.push(
      `${row.slice(0, -1)},"entry":${JSON.stringify(withoutRecord).slice(0, -1)},"record":${record.contentJson}}}`,
    );
  }
  return { entries, json: `[${rowsJson.join(',')}]` };
}

/**
 * Appends several records in order with one lock, one head read and one INSERT. Prepare the records first
 * ({@link prepareRecord}) to keep hashing and serialising their content out of the locked part.
 */
export async function appendManyToLedger(
  tx: Tx,
  orgId: string,
  records: readonly (LedgerRecord | PreparedRecord)[],
  key: SigningKey,
): Promise<LedgerEntry[]> {
  if (records.length === 0) return [];
  const prepared = records.map((record) => ('contentJson' in record ? record : prepareRecord(record)));
  await lockLedger(tx, orgId);
  const { rows } = await tx.query<{ seq: number; hash: string }>(LEDGER_HEAD_SQL, [orgId]);
  const { entries, json } = chainEntries(rows[0], orgId, prepared, key);
  await tx.query(insertEntriesSql(2), [orgId, json]);
  return entries;
}

/** The organisation's entries in stored order (by `seq`), as stored: what verification must judge. */
export async function readLedger(
  tx: Tx,
  orgId: string,
  options: { records?: boolean } = {},
): Promise<LedgerEntry[]> {
  const { rows } = await tx.query<{ entry: LedgerEntry }>(
    'SELECT entry FROM ledger_entries WHERE org_id = $1 ORDER BY seq',
    [orgId],
  );
  return rows.map(({ entry }) => {
    if (options.records !== false) return entry;
    const { record: _record, ...rest } = entry;
    return rest;
  });
}

/** Signs and stores a checkpoint of the current head; undefined when the chain is empty. */
export async function createCheckpoint(
  tx: Tx,
  orgId: string,
  key: SigningKey,
  at: Date,
): Promise<LedgerCheckpoint | undefined> {
  const { rows } = await tx.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM ledger_entries WHERE org_id = $1 ORDER BY seq DESC LIMIT 1',
    [orgId],
  );
  const head = rows[0];
  if (!head) return undefined;
  const checkpoint = checkpointOf({ org: orgId, seq: head.seq, hash: head.hash }, at, key);
  await tx.query(
    `INSERT INTO ledger_checkpoints (org_id, seq, head_hash, created_at, checkpoint) VALUES ($1, $2, $3, $4, $5::jsonb)
     ON CONFLICT (org_id, seq) DO NOTHING`,
    [orgId, checkpoint.seq, checkpoint.headHash, checkpoint.at, JSON.stringify(checkpoint)],
  );
  return checkpoint;
}

/** Stored checkpoints, oldest first. */
export async function readCheckpoints(tx: Tx, orgId: string): Promise<LedgerCheckpoint[]> {
  const { rows } = await tx.query<{ checkpoint: LedgerCheckpoint }>(
    'SELECT checkpoint FROM ledger_checkpoints WHERE org_id = $1 ORDER BY seq',
    [orgId],
  );
  return rows.map((row) => row.checkpoint);
}
