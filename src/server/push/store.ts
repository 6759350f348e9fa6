import { randomUUID } from 'node:crypto';
import { sha256Of } from '../../core/canonicalJson.js';
import {
  futureDated,
  type ProbeResult,
  type ProbeTrust,
  signatureTrust,
  type TrustedKeyInput,
} from '../../probes/index.js';
import type { Tx } from '../db/driver.js';
import {
  chainEntries,
  insertEntriesSql,
  insertPartsSql,
  ledgerLockKey,
  newPartsJson,
  storedPartsSql,
} from '../db/ledgerStore.js';
import { type PreparedRecord, prepareRecord } from '../ledger/chain.js';
import type { LedgerEntry } from '../ledger/types.js';
import type { ServerDeps } from '../types.js';
import { controlStatusesOf, effectiveDayOf, subprocessorChanges } from './derive.js';
import type { PushPayload, PushReceipt } from './schema.js';

/** A run id already stored with different content: the client must not reuse run ids. */
export class RunConflict extends Error {
  override name = 'RunConflict';
}

/**
 * A payload with text the database cannot store (NUL characters, which jsonb cannot hold): refused rather than
 * silently changed, because the ledger hashes what is stored. Nothing is stored.
 */
export class UnstorableText extends Error {
  override name = 'UnstorableText';
}

/** Rows for one table, inserted from a JSON array parameter (`jsonb_to_recordset`). */
interface Recordset {
  table: string;
  /** Column definitions as `jsonb_to_recordset` takes them: `name type, …`. */
  columns: string;
  rows: readonly object[];
}

/** `INSERT INTO table … FROM jsonb_to_recordset($param)`, with `RETURNING 1` when `returning`. */
function recordsetInsert(set: Recordset, param: number, returning = false): string {
  const names = set.columns
    .split(',')
    .map((column) => column.trim().split(/\s+/)[0])
    .join(', ');
  return `INSERT INTO ${set.table} (${names}) SELECT ${names} FROM jsonb_to_recordset($${param}::jsonb) AS x(${set.columns})${returning ? ' RETURNING 1' : ''}`;
}

/** What {@link insertRecordsetsAndLock} reads once it holds the ledger lock. */
interface LockedHead {
  /** The chain's head, or null when the organisation's chain is empty. */
  head: { seq: number; hash: string } | null;
  /** The sub-processors of the repository's run before this one, or null for its first. */
  previous: PushPayload['subprocessors'] | null;
}

/**
 * Inserts new record parts ({@link newPartsJson}) and several recordsets in one statement (data-modifying CTEs)
 * whose main part then takes the organisation's ledger lock and reads the chain's head and the repository's
 * previous run (`trustmap_ledger_lock_head`, whose reads see what was committed before the lock): one round
 * trip, one plan. PostgreSQL runs a data-modifying CTE the main query does not read after the main query, so the
 * lock's key is computed from the CTEs' row counts: the rows are written before the lock is taken, not while
 * other pushes wait for it.
 */
async function insertRecordsetsAndLock(
  tx: Tx,
  orgId: string,
  payload: Pick<PushPayload, 'repo' | 'collectedAt'>,
  partsJson: string | undefined,
  sets: readonly Recordset[],
): Promise<LockedHead> {
  const filled = sets.filter((set) => set.rows.length > 0);
  const statements = filled.map((set, index) => recordsetInsert(set, index + 1, true));
  const params: unknown[] = filled.map((set) => JSON.stringify(set.rows));
  if (partsJson) {
    statements.push(`${insertPartsSql(params.length + 1)} RETURNING 1`);
    params.push(partsJson);
  }
  const at = params.length;
  params.push(ledgerLockKey(orgId), payload.repo, payload.collectedAt);
  const ctes = statements.map((statement, index) => `s${index} AS (${statement})`);
  const written = statements.map((_, index) => `(SELECT count(*) FROM s${index})`).join(' + ');
  const key = ctes.length ? `CASE WHEN ${written} >= 0 THEN $${at + 1} END` : `$${at + 1}`;
  const { rows } = await tx.query<LockedHead>(
    `${ctes.length ? `WITH ${ctes.join(', ')} ` : ''}SELECT head, previous FROM trustmap_ledger_lock_head(${key}, $${at + 2}, $${at + 3})`,
    params,
  );
  return rows[0] ?? { head: null, previous: null };
}

/**
 * Stores one pushed run in one transaction: the ledger entries (the run, each probe result, each evidence
 * item) and the rows history reads. Idempotent by run id: the same run again answers `duplicate` with the
 * original ledger range; different content under a stored run id throws `RunConflict`. A failure anywhere rolls
 * everything back, so nothing is half-stored.
 *
 * Built for many concurrent pushes to one organisation: the content is hashed and serialised before the
 * transaction, the rows history reads are written before the organisation's ledger lock is taken, and only the
 * chain (head, entries, the run row that carries their sequence numbers) is written under it. Two pushes of one
 * new run id race on the run row's unique key; the loser rolls back and answers as a duplicate.
 */
export async function storeRun(
  deps: Pick<ServerDeps, 'db' | 'signingKey' | 'clock'>,
  orgId: string,
  payload: PushPayload,
  options: { demo?: boolean; tx?: Tx } = {},
): Promise<PushReceipt> {
  const prepared = prepareRun(payload);
  // The records' JSON holds the whole payload, so this is the NUL check without serialising it again.
  if (
    prepared.records.some(
      (record) => holdsNul(record.contentJson) || record.parts.some((part) => holdsNul(part.json)),
    )
  )
    throw new UnstorableText('text with NUL characters cannot be stored');
  // In the caller's transaction the last statement is an ordinary one; in its own, it carries the COMMIT.
  if (options.tx) {
    const { tx } = options;
    const inner: Tx = {
      query: (text, params) => tx.query(text, params),
      exec: (sql) => tx.exec(sql),
      finish: async (text, params) => {
        await tx.query(text, params);
      },
    };
    return storePrepared(deps, orgId, payload, prepared, inner, options);
  }
  const own = (tx: Tx) => storePrepared(deps, orgId, payload, prepared, tx, options);
  try {
    return await deps.db.withOrg(orgId, own);
  } catch (error) {
    if (!isRunIdRace(error)) throw error;
    // Another push of the same run id committed first: this one is now a duplicate (or a conflict).
    return deps.db.withOrg(orgId, own);
  }
}

/** `\\u0000` after an even number of backslashes: a NUL character in JSON text, not a backslash and `u0000`. */
const JSON_NUL = /(?<!\\)(?:\\\\)*\\u0000/;

/** JSON text holding a NUL character (which jsonb cannot store); the cheap test first, on the hot path. */
function holdsNul(json: string): boolean {
  return json.includes('\\u0000') && JSON_NUL.test(json);
}

/** A unique-key violation on the run id: a concurrent push of the same run stored it first. */
function isRunIdRace(error: unknown): boolean {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return code === '23505' && (constraint === undefined || constraint === 'runs_org_id_run_id_key');
}

interface PreparedRun {
  payloadSha256: string;
  day: string;
  records: PreparedRecord[];
}

/**
 * The costly, pure part of a push: hashing the payload and each ledger record's content. The run's record holds
 * the run and its evidence metadata (the list is one value, so a list pushed unchanged day after day is one
 * stored part); each probe result is a record of its own, with its own collection time.
 */
function prepareRun(payload: PushPayload): PreparedRun {
  const day = effectiveDayOf(payload);
  const { probes, ...run } = payload;
  const records = [
    {
      type: 'run',
      id: payload.runId,
      collectedAt: payload.collectedAt,
      effectiveDate: day,
      content: { ...run, probeSha256: probes.map((probe) => probe.sha256) },
    },
    ...probes.map((probe) => ({
      type: 'probe',
      id: probe.sha256,
      collectedAt: probe.finishedAt,
      effectiveDate: day,
      content: probe,
    })),
  ].map((record) => prepareRecord(record, { split: true, fromJson: true }));
  // The records hold the whole payload between them, so their hashes identify it without hashing it again.
  const payloadSha256 = sha256Of(records.map(({ type, id, recordSha256 }) => [type, id, recordSha256]));
  return { payloadSha256, day, records };
}

/**
 * The payload's hash as servers before 2026-12-02 computed it, when each evidence item was a ledger record of
 * its own: a run stored by such a server and pushed again after an upgrade is still the same run. Only computed
 * when the current hash differs from a stored run's.
 */
function legacyPayloadSha256(payload: PushPayload, { day, records }: PreparedRun): string {
  const { probes, evidence, ...run } = payload;
  const base = { collectedAt: payload.collectedAt, effectiveDate: day };
  const legacy = [
    {
      type: 'run',
      id: payload.runId,
      ...base,
      content: { ...run, probeSha256: probes.map((probe) => probe.sha256) },
    },
    ...evidence.map((item) => ({ type: 'evidence', id: item.id, ...base, content: item })),
  ].map((record) => prepareRecord(record));
  const [runRecord, ...items] = legacy;
  return sha256Of(
    [runRecord, ...records.slice(1), ...items].map((record) => [
      record?.type,
      record?.id,
      record?.recordSha256,
    ]),
  );
}

async function storePrepared(
  deps: Pick<ServerDeps, 'signingKey' | 'clock'>,
  orgId: string,
  payload: PushPayload,
  { payloadSha256, day, records }: PreparedRun,
  tx: Tx,
  options: { demo?: boolean },
): Promise<PushReceipt> {
  // One round trip: is the run stored already, and which of its parts does the organisation hold already?
  const partHashes = [...new Set(records.flatMap((record) => record.parts.map((part) => part.sha256)))];
  const lookup = await tx.query<{
    existing: {
      payload_sha256: string;
      ledger_seq: number;
      summary: { lastSeq: number; head: string };
    } | null;
    stored: string[];
  }>(
    `SELECT (SELECT row_to_json(r) FROM (SELECT payload_sha256, ledger_seq, summary FROM runs WHERE run_id = $1) r) AS existing,
       ${storedPartsSql(3, 2)} AS stored`,
    [payload.runId, partHashes, orgId],
  );
  const found = lookup.rows[0]?.existing;
  if (found) {
    if (
      found.payload_sha256 !== payloadSha256 &&
      found.payload_sha256 !== legacyPayloadSha256(payload, { payloadSha256, day, records })
    )
      throw new RunConflict(`run ${payload.runId} was already stored with different content`);
    return {
      runId: payload.runId,
      status: 'duplicate',
      ledger: { firstSeq: found.ledger_seq, lastSeq: found.summary.lastSeq, head: found.summary.head },
      effectiveDate: day,
    };
  }
  const { probes, evidence } = payload;
  const keys = trustedKeysOf(payload.map.snapshot);
  const fingerprint = keys.map((key) => `${key.id ?? ''} ${key.publicKey} ${key.owner ?? ''}`).join('\n');
  const trusted = { keys, fingerprint };
  const now = deps.clock();
  // The probe records follow the run's record, in the payload's order.
  const verdicts = probes.map((probe, index) =>
    judgeProbe(probe, (records[index + 1] as PreparedRecord).recordSha256, trusted, now),
  );
  const runPk = randomUUID();
  const common = { org_id: orgId, run_pk: runPk, day };
  // The rows history reads reference the run row, written last; their references are checked at commit. The
  // parts the organisation does not hold yet go in the same statement, which ends by taking the ledger lock.
  const locked = await insertRecordsetsAndLock(
    tx,
    orgId,
    payload,
    newPartsJson(orgId, records, new Set(lookup.rows[0]?.stored ?? [])),
    [
      {
        table: 'control_results',
        columns:
          'org_id uuid, run_pk uuid, day date, control_id text, status_rank smallint, cause_key text, causes jsonb',
        rows: [...controlStatusesOf(payload)].map(([control, status]) => ({
          ...common,
          control_id: control,
          status_rank: status.rank,
          cause_key: causeKey(status.causes),
          causes: status.causes,
        })),
      },
      {
        table: 'probe_results',
        columns:
          'id uuid, org_id uuid, run_pk uuid, day date, kind text, component text, target text, verdict text, started_at timestamptz, sha256 text, sealed boolean, signed_by text, trust text',
        rows: probes.map((probe, index) => ({
          ...common,
          id: randomUUID(),
          kind: probe.kind,
          component: probe.component ?? null,
          target: probe.target,
          verdict: probe.verdict,
          started_at: probe.startedAt,
          sha256: probe.sha256,
          sealed: verdicts[index]?.sealed ?? false,
          // The server's own verdict on the signature, never the client's `signedBy`.
          signed_by: verdicts[index]?.trust.status === 'trusted' ? verdicts[index].trust.keyId : null,
          trust: verdicts[index]?.trust.status ?? 'unsigned',
        })),
      },
      {
        table: 'evidence_items',
        columns:
          'org_id uuid, run_pk uuid, day date, evidence_id text, title text, collected date, expires date, sha256 text',
        rows: evidence.map((item) => ({
          ...common,
          evidence_id: item.id,
          title: item.title,
          collected: item.collected ?? null,
          expires: item.expires ?? null,
          sha256: item.sha256 ?? null,
        })),
      },
      {
        table: 'drift_events',
        columns:
          'id uuid, org_id uuid, run_pk uuid, day date, kind text, severity text, subject text, message text',
        rows: (payload.discovery?.drift ?? []).map((item) => ({
          ...common,
          id: randomUUID(),
          kind: item.kind,
          severity: item.severity,
          subject: item.pointer ?? item.provider,
          message: item.message,
        })),
      },
    ],
  );

  // From here to commit the organisation's ledger lock is held: one more statement, sent with the COMMIT,
  // writes the entries, the sub-processor changes and the run row.
  const { entries, json } = chainEntries(locked.head ?? undefined, orgId, records, deps.signingKey);
  const first = entries[0] as LedgerEntry;
  const last = entries.at(-1) as LedgerEntry;
  const changes = subprocessorChanges(locked.previous ?? undefined, payload.subprocessors).map((change) => ({
    ...common,
    id: randomUUID(),
    ...change,
  }));
  const summary = {
    results: payload.checkRun.results.length,
    byStatus: countBy(payload.checkRun.results.map((result) => result.status)),
    organization: payload.map.organization,
    lastSeq: last.seq,
    head: last.hash,
  };
  const changeSet: Recordset = {
    table: 'subprocessor_changes',
    columns: 'id uuid, org_id uuid, run_pk uuid, day date, change text, subprocessor text, detail text',
    rows: changes,
  };
  await tx.finish(
    `WITH entries AS (${insertEntriesSql(2)}), changes AS (${recordsetInsert(changeSet, 3)})
     INSERT INTO runs (id, org_id, run_id, repo, commit_sha, branch, collected_at, effective_date, received_at,
       payload_sha256, ledger_seq, summary, subprocessors, demo)
     VALUES ($4, $1, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15::jsonb, $16)`,
    [
      orgId,
      json,
      JSON.stringify(changes),
      runPk,
      payload.runId,
      payload.repo,
      payload.commit ?? null,
      payload.branch ?? null,
      payload.collectedAt,
      day,
      deps.clock().toISOString(),
      payloadSha256,
      first.seq,
      JSON.stringify(summary),
      JSON.stringify(payload.subprocessors),
      options.demo ?? false,
    ],
  );
  return {
    runId: payload.runId,
    status: 'stored',
    ledger: { firstSeq: first.seq, lastSeq: last.seq, head: last.hash },
    effectiveDate: day,
  };
}

/** What identifies a set of causes across days: the checks and subjects, not the wording of their messages. */
function causeKey(causes: readonly { checkId: string; subject: string; status: string }[]): string {
  return sha256Of(
    causes.map(({ checkId, subject, status }) => `${status}:${checkId}:${subject}`).sort(),
  ).slice(0, 16);
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/**
 * The public keys the pushed map trusts (`trust.keys`): what `trustmap check` verifies probe signatures against,
 * so the server reaches the same verdict from the same inputs. Malformed entries are ignored.
 */
export function trustedKeysOf(snapshot: Record<string, unknown>): TrustedKeyInput[] {
  const keys = (snapshot.trust as { keys?: unknown } | undefined)?.keys;
  if (!Array.isArray(keys)) return [];
  return keys.flatMap((key) => {
    const { id, publicKey, owner } = (key ?? {}) as Record<string, unknown>;
    if (typeof publicKey !== 'string') return [];
    return [
      {
        publicKey,
        ...(typeof id === 'string' ? { id } : {}),
        ...(typeof owner === 'string' ? { owner } : {}),
      },
    ];
  });
}

/** What the server concludes of a pushed probe: its hash still matches its content, and who signed it. */
interface ProbeVerdict {
  sealed: boolean;
  trust: ProbeTrust;
}

/**
 * Verdicts already reached, by the SHA-256 of the pushed probe's whole canonical JSON (signature included) and
 * the keys trusted: CI pushes the same probe results with run after run, and the verdict on the same bytes
 * against the same keys is the same (checking it again cost ~5% of a push's CPU). Dates are judged every time.
 * The oldest verdict goes first once {@link PROBE_VERDICTS_KEPT} are kept.
 */
const probeVerdicts = new Map<string, ProbeVerdict>();

/** How many probe verdicts a process keeps (a few hundred bytes each). */
export const PROBE_VERDICTS_KEPT = 2048;

/**
 * {@link ProbeVerdict} of `probe`, whose record's hash is `recordSha256`, against the trusted keys (and their
 * `fingerprint`, written once per push) at `now`.
 */
function judgeProbe(
  probe: PushPayload['probes'][number],
  recordSha256: string,
  trusted: { keys: readonly TrustedKeyInput[]; fingerprint: string },
  now: Date,
): ProbeVerdict {
  const written = asWritten(probe);
  const key = `${recordSha256}\n${trusted.fingerprint}`;
  let verdict = probeVerdicts.get(key);
  if (!verdict) {
    verdict = { sealed: sealedProbe(probe), trust: signatureTrust(written, trusted.keys) };
    if (probeVerdicts.size >= PROBE_VERDICTS_KEPT)
      probeVerdicts.delete(probeVerdicts.keys().next().value as string);
    probeVerdicts.set(key, verdict);
  }
  const late = futureDated(written, now);
  return late ? { sealed: verdict.sealed, trust: late } : verdict;
}

/** A pushed probe as the probe wrote it: without what push adds (`file`, a client's `signedBy`). */
function asWritten(probe: PushPayload['probes'][number]): ProbeResult {
  const { file: _file, signedBy: _signedBy, ...result } = probe;
  return result as unknown as ProbeResult;
}

/** The probe's own SHA-256 still matches its content (it was not edited after the run). */
function sealedProbe(probe: PushPayload['probes'][number]): boolean {
  const {
    sha256,
    file: _file,
    signedBy: _signedBy,
    signature: _signature,
    ...content
  } = probe as Record<string, unknown>;
  return sha256 === sha256Of(content);
}
