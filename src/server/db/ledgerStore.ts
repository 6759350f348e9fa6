import type { SigningKey } from '../../core/signing.js';
import { assembleRecord, checkpointOf, nextEntry, type PreparedRecord } from '../ledger/chain.js';
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

/**
 * Takes the organisation's ledger lock (held to commit): appends serialise on it, so no two take one head. Read
 * the head in a later statement, never in the same one: its snapshot would be older than the lock.
 */
export async function lockLedger(tx: Tx, orgId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [ledgerLockKey(orgId)]);
}

/** The text whose `hashtext` is the organisation's ledger lock (here and in `trustmap_ledger_lock_runs`). */
export function ledgerLockKey(orgId: string): string {
  return `trustmap-ledger:${orgId}`;
}

/** SQL for the chain's head (`seq`, `hash`) of organisation `$1`, as a scalar subquery's row. */
export const LEDGER_HEAD_SQL =
  'SELECT seq, hash FROM ledger_entries WHERE org_id = $1 ORDER BY seq DESC LIMIT 1';

/**
 * SQL that inserts the entries of {@link chainEntries}' `json` (parameter `$param`) for the organisation in
 * parameter `$1`: a statement of its own, or a data-modifying CTE of a larger one.
 */
export function insertEntriesSql(param: number): string {
  return `INSERT INTO ledger_entries (org_id, seq, hash, record_type, record_id, effective_date, entry, record_parts)
     SELECT $1::uuid, x.seq, x.hash, x.record_type, x.record_id, x.effective_date, x.entry, x.record_parts
     FROM jsonb_to_recordset($${param}::jsonb) AS x(seq integer, hash text, record_type text, record_id text, effective_date date, entry jsonb, record_parts jsonb)`;
}

/**
 * Chains prepared records after `head` and signs them (pure): the entries, and their rows as one JSON text for
 * {@link insertEntriesSql}, with each record's JSON spliced in rather than serialised again under the lock. The
 * records' parts are not in it: store them first ({@link newPartsJson}, {@link insertPartsSql}).
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
      record_parts: record.parts.length
        ? Object.fromEntries(record.parts.map((part) => [part.pointer, part.sha256]))
        : null,
    });
    rowsJson.push(
      `${row.slice(0, -1)},"entry":${JSON.stringify(withoutRecord).slice(0, -1)},"record":${record.contentJson}}}`,
    );
  }
  return { entries, json: `[${rowsJson.join(',')}]` };
}

/** The organisation's entries in stored order (by `seq`), as stored: what verification must judge. */
export async function readLedger(
  tx: Tx,
  orgId: string,
  options: { records?: boolean } = {},
): Promise<LedgerEntry[]> {
  if (options.records === false) {
    const { rows } = await tx.query<{ entry: LedgerEntry }>(
      `SELECT entry - 'record' AS entry FROM ledger_entries WHERE org_id = $1 ORDER BY seq`,
      [orgId],
    );
    return rows.map(({ entry }) => entry);
  }
  return readEntries(tx, 'WHERE org_id = $1 ORDER BY seq', [orgId]);
}

/**
 * Entries of `ledger_entries` chosen by `where` (a `WHERE … ORDER BY …` clause over its columns), each with its
 * record whole again: the parts stored apart ({@link RecordPart}) are read in one more query and put back.
 */
export async function readEntries(
  tx: Tx,
  where: string,
  params: readonly unknown[] = [],
): Promise<LedgerEntry[]> {
  const { rows } = await tx.query<{
    org_id: string;
    entry: LedgerEntry;
    record_parts: Record<string, string> | null;
  }>(`SELECT org_id, entry, record_parts FROM ledger_entries ${where}`, params);
  // Parts are the organisation's own: keyed by organisation and hash (an owner's connection sees every one).
  const wanted = new Map<string, [string, string]>();
  for (const row of rows)
    for (const sha256 of Object.values(row.record_parts ?? {}))
      wanted.set(`${row.org_id}/${sha256}`, [row.org_id, sha256]);
  const contents = new Map<string, unknown>();
  if (wanted.size > 0) {
    const pairs = [...wanted.values()];
    const parts = await tx.query<{ org_id: string; sha256: string; content: unknown }>(
      `SELECT c.org_id, c.sha256, c.content FROM ledger_contents c
         JOIN unnest($1::uuid[], $2::text[]) AS w(org_id, sha256) ON c.org_id = w.org_id AND c.sha256 = w.sha256`,
      [pairs.map(([org]) => org), pairs.map(([, sha256]) => sha256)],
    );
    for (const part of parts.rows) contents.set(`${part.org_id}/${part.sha256}`, part.content);
  }
  return rows.map(({ org_id, entry, record_parts }) => {
    if (record_parts) entry.record = assembleRecord(entry.record, record_parts, contents, `${org_id}/`);
    return entry;
  });
}

/**
 * The parts of `records` not among `stored`, once each, as the JSON rows {@link insertPartsSql} takes (each
 * part's canonical JSON spliced in, not serialised again).
 */
export function newPartsJson(
  orgId: string,
  records: readonly PreparedRecord[],
  stored: Pick<ReadonlySet<string>, 'has'>,
): string | undefined {
  const seen = new Set<string>();
  const rows: string[] = [];
  for (const record of records)
    for (const part of record.parts) {
      if (seen.has(part.sha256) || stored.has(part.sha256)) continue;
      seen.add(part.sha256);
      rows.push(`{"org_id":${JSON.stringify(orgId)},"sha256":"${part.sha256}","content":${part.json}}`);
    }
  return rows.length ? `[${rows.join(',')}]` : undefined;
}

/**
 * SQL storing the parts of {@link newPartsJson} (parameter `$param`). A concurrent push storing the same part
 * first is no error: the content under a hash is the same.
 */
export function insertPartsSql(param: number): string {
  return `INSERT INTO ledger_contents (org_id, sha256, content)
     SELECT x.org_id, x.sha256, x.content FROM jsonb_to_recordset($${param}::jsonb) AS x(org_id uuid, sha256 text, content jsonb)
     ON CONFLICT (org_id, sha256) DO NOTHING`;
}

/** Signs and stores a checkpoint of the current head; undefined when the chain is empty. */
export async function createCheckpoint(
  tx: Tx,
  orgId: string,
  key: SigningKey,
  at: Date,
): Promise<LedgerCheckpoint | undefined> {
  const { rows } = await tx.query<{ seq: number; hash: string }>(LEDGER_HEAD_SQL, [orgId]);
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
