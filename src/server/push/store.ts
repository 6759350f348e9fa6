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

const conflictOf = (runId: string) =>
  new RunConflict(`run ${runId} was already stored with different content`);

/**
 * A payload with text the database cannot store (NUL characters, which jsonb cannot hold): refused rather than
 * silently changed, because the ledger hashes what is stored. Nothing is stored.
 */
export class UnstorableText extends Error {
  override name = 'UnstorableText';
}

/** Rows for one table, inserted from a JSON array parameter (`jsonb_to_recordset`). */
interface Recordset extends RecordsetTable {
  /** The rows as JSON texts of arrays without their brackets (`{…},{…}`; empty for none), joined into one array. */
  rowsJson: readonly string[];
}

/** A table that rows go into from a JSON array. */
interface RecordsetTable {
  table: string;
  /** Column definitions as `jsonb_to_recordset` takes them: `name type, …`. */
  columns: string;
}

/**
 * `INSERT INTO table … FROM jsonb_to_recordset($param)` with `RETURNING 1`, keeping only the rows of runs in the
 * CTE `fresh` when `freshOnly`.
 */
function recordsetInsert(set: RecordsetTable, param: number, freshOnly = false): string {
  const names = set.columns
    .split(',')
    .map((column) => column.trim().split(/\s+/)[0])
    .join(', ');
  const filter = freshOnly ? ' WHERE x.run_pk IN (SELECT pk FROM fresh)' : '';
  return `INSERT INTO ${set.table} (${names}) SELECT ${names} FROM jsonb_to_recordset($${param}::jsonb) AS x(${set.columns})${filter}`;
}

/** What {@link writeAndLock} reads: the runs already stored, then, once it holds the ledger lock, the head. */
interface LockedHead {
  /** The runs asked about that are stored already (read before the lock). */
  existing: StoredRun[] | null;
  /** The chain's head, or null when the organisation's chain is empty. */
  head: { seq: number; hash: string } | null;
  /**
   * For each run asked about (same order), the repository's latest stored run collected before it, or null for
   * its first.
   */
  previous: ({ subprocessors: PushPayload['subprocessors']; collectedAt: string } | null)[] | null;
}

/**
 * The first of a push transaction's two statements. It finds which of `runs` are stored already (`existing`)
 * and writes, for the others, their history rows (`sets`, each row carrying its run's `run_pk`) and the record
 * parts not known to be stored ({@link newPartsJson}; a part stored meanwhile is skipped); then its main part takes
 * the organisation's ledger lock and reads the chain's head and, for each run, its repository's previous run
 * (`trustmap_ledger_lock_runs`, whose reads see what was committed before the lock). One round trip, one plan.
 * PostgreSQL runs a data-modifying CTE the main query does not read after the main query, so the lock's key is
 * computed from the CTEs' row counts: the rows are written before the lock is taken, not while other pushes wait.
 * A run stored by another process after this statement's snapshot makes the run rows' insert fail at the end,
 * and the push is tried again ({@link storeAlone}).
 */
async function writeAndLock(
  tx: Tx,
  orgId: string,
  runs: readonly { runPk: string; payload: Pick<PushPayload, 'runId' | 'repo' | 'collectedAt'> }[],
  partsJson: string | undefined,
  sets: readonly Recordset[],
): Promise<LockedHead> {
  const params: unknown[] = [runs.map((run) => run.payload.runId), runs.map((run) => run.runPk)];
  const ctes = [
    'ex AS (SELECT run_id, payload_sha256, ledger_seq, summary FROM runs WHERE run_id = ANY($1::text[]))',
    'fresh AS (SELECT f.pk FROM unnest($1::text[], $2::uuid[]) AS f(run_id, pk) WHERE f.run_id NOT IN (SELECT run_id FROM ex))',
  ];
  const writes: string[] = [];
  for (const set of sets) {
    const rowsJson = set.rowsJson.filter((json) => json.length > 0);
    if (rowsJson.length === 0) continue;
    params.push(`[${rowsJson.join(',')}]`);
    writes.push(`${recordsetInsert(set, params.length, true)} RETURNING 1`);
  }
  if (partsJson) {
    params.push(partsJson);
    writes.push(`${insertPartsSql(params.length)} RETURNING 1`);
  }
  ctes.push(...writes.map((statement, index) => `s${index} AS (${statement})`));
  const written = writes.map((_, index) => `(SELECT count(*) FROM s${index})`).join(' + ');
  params.push(
    ledgerLockKey(orgId),
    runs.map((run) => run.payload.repo),
    runs.map((run) => run.payload.collectedAt),
  );
  const at = params.length - 2;
  const key = writes.length ? `CASE WHEN ${written} >= 0 THEN $${at} END` : `$${at}`;
  const { rows } = await tx.query<LockedHead>(
    `WITH ${ctes.join(', ')}
     SELECT (SELECT json_agg(ex) FROM ex) AS existing, head, previous
     FROM trustmap_ledger_lock_runs(${key}, $${at + 1}::text[], $${at + 2}::timestamptz[])`,
    params,
  );
  return rows[0] ?? { existing: null, head: null, previous: null };
}

/** A push ready to store: its payload, hashed and serialised ahead of the transaction. */
interface Pending {
  payload: PushPayload;
  prepared: PreparedRun;
  demo: boolean;
  /** The id its run row will have, which its history rows reference. */
  runPk: string;
  /** Its history rows ({@link HISTORY_TABLES}), as {@link Recordset} `rowsJson` pieces, if it is new. */
  rowsJson: Record<HistoryTable, string>;
}

/** What a push came to: its receipt, or why it was refused (`RunConflict`, or the error that failed it). */
type Outcome = PushReceipt | Error;

/**
 * Stores one pushed run: the ledger entries (the run with its evidence metadata, each probe result) and the rows
 * history reads, in one transaction. Idempotent by run id: the same run again answers `duplicate` with the
 * original ledger range; different content under a stored run id throws `RunConflict`. A failure anywhere rolls
 * everything back, so nothing is half-stored.
 *
 * Built for many concurrent pushes to one organisation, whose appends all wait for one lock and one commit each:
 * the content is hashed and serialised before the transaction, and the pushes of an organisation that arrive
 * while one of its transactions is running are stored together in the next (group commit: one lock, one
 * chain statement, one COMMIT for all of them; see {@link storeBatch}). In `options.tx` (the caller's
 * transaction) it is stored alone.
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
  // Its history rows are built and serialised here, ahead of the organisation's transaction, not while it waits.
  const runPk = randomUUID();
  const rows = historyRows(payload, prepared, runPk, orgId, deps.clock());
  const rowsJson = Object.fromEntries(
    HISTORY_TABLES.map(({ table }) => [table, JSON.stringify(rows[table]).slice(1, -1)]),
  ) as Record<HistoryTable, string>;
  const pending = { payload, prepared, demo: options.demo ?? false, runPk, rowsJson };
  if (!options.tx) return appenderOf(deps, orgId).add(pending);
  // In the caller's transaction the last statement is an ordinary one; in its own, it carries the COMMIT.
  const { tx } = options;
  const inner: Tx = {
    query: (text, params) => tx.query(text, params),
    exec: (sql) => tx.exec(sql),
    finish: async (text, params) => {
      await tx.query(text, params);
    },
  };
  const [outcome] = await storeBatch(deps, orgId, [pending], inner);
  if (outcome instanceof Error || !outcome) throw outcome ?? new Error('nothing stored');
  return outcome;
}

/** At most this many waiting pushes of one organisation go in one transaction. */
export const PUSH_BATCH_MAX = 16;

type StoreDeps = Pick<ServerDeps, 'db' | 'signingKey' | 'clock'>;

/** Each database's appenders, by organisation: a process stores an organisation's pushes one transaction at a time. */
const appenders = new WeakMap<object, Map<string, Appender>>();

function appenderOf(deps: StoreDeps, orgId: string): Appender {
  const byOrg = appenders.get(deps.db) ?? new Map<string, Appender>();
  appenders.set(deps.db, byOrg);
  const appender = byOrg.get(orgId) ?? new Appender(deps, orgId, () => byOrg.delete(orgId));
  byOrg.set(orgId, appender);
  return appender;
}

/**
 * One organisation's pushes in this process, stored one transaction at a time: a push that arrives while a
 * transaction runs waits for it, then goes into the next with every other push that arrived meanwhile. A push
 * that arrives when none runs starts one at once, so nothing waits for a batch to fill.
 */
class Appender {
  readonly #waiting: {
    pending: Pending;
    resolve: (receipt: PushReceipt) => void;
    reject: (error: Error) => void;
  }[] = [];
  #running = false;

  constructor(
    private readonly deps: StoreDeps,
    private readonly orgId: string,
    private readonly idle: () => void,
  ) {}

  add(pending: Pending): Promise<PushReceipt> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ pending, resolve, reject });
      if (!this.#running) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#running = true;
    try {
      while (this.#waiting.length > 0) {
        const batch = this.#waiting.splice(0, PUSH_BATCH_MAX);
        const outcomes = await storeAlone(
          this.deps,
          this.orgId,
          batch.map((waiting) => waiting.pending),
        );
        batch.forEach((waiting, index) => {
          const outcome = outcomes[index];
          if (outcome instanceof Error) waiting.reject(outcome);
          else if (outcome) waiting.resolve(outcome);
          else waiting.reject(new Error('nothing stored'));
        });
      }
    } finally {
      this.#running = false;
      this.idle();
    }
  }
}

/**
 * Stores `items` in one transaction of their own. When the database refuses a row (one push's data, or a push
 * of the same run id by another process committed first) nothing of it is kept, and each push is stored again
 * alone, so one push's failure is never another's; a push alone that lost a run-id race is tried once more and
 * then answers as a duplicate (or a conflict). Any other failure (the database unreachable) is every push's.
 */
async function storeAlone(deps: StoreDeps, orgId: string, items: readonly Pending[]): Promise<Outcome[]> {
  const once = async () => {
    const outcomes = await deps.db.withOrg(orgId, (tx) => storeBatch(deps, orgId, items, tx));
    rememberParts(
      deps.db,
      orgId,
      items.filter((_, index) => !(outcomes[index] instanceof Error)),
    );
    return outcomes;
  };
  try {
    return await once();
  } catch (error) {
    if (items.length > 1 && !refusedData(error)) return items.map(() => asError(error));
    if (items.length > 1) {
      const outcomes: Outcome[] = [];
      for (const item of items) outcomes.push(...(await storeAlone(deps, orgId, [item])));
      return outcomes;
    }
    if (!isRunIdRace(error)) return [asError(error)];
    return once().catch((again: unknown) => [asError(again)]);
  }
}

/**
 * The record parts each organisation is known to hold, per database (`${orgId}/${sha256}`): a push sends only
 * the parts not among them, with no look-up first (a part stored meanwhile is skipped by the insert). Parts are
 * never updated or deleted, so a part once committed stays known; only what a transaction of the push store's own
 * committed is added ({@link rememberParts}), a duplicate's parts included: the statement that found it stored
 * wrote every part not known already. The oldest goes first once {@link KNOWN_PARTS_KEPT} are known.
 */
const knownParts = new WeakMap<object, Set<string>>();

/** How many part hashes a process keeps known per database (about 150 bytes each). */
export const KNOWN_PARTS_KEPT = 8192;

function knownPartsOf(db: object, orgId: string): Pick<ReadonlySet<string>, 'has'> {
  const known = knownParts.get(db);
  return { has: (sha256) => known?.has(`${orgId}/${sha256}`) ?? false };
}

/** Remembers the parts of `items` as stored: call once their transaction has committed. */
function rememberParts(db: object, orgId: string, items: readonly Pending[]): void {
  const known = knownParts.get(db) ?? new Set<string>();
  knownParts.set(db, known);
  for (const item of items)
    for (const record of item.prepared.records)
      for (const part of record.parts) {
        const key = `${orgId}/${part.sha256}`;
        known.delete(key);
        if (known.size >= KNOWN_PARTS_KEPT) known.delete(known.values().next().value as string);
        known.add(key);
      }
}

/** PostgreSQL refused the data (SQLSTATE class 22, data exception, or 23, integrity constraint violation). */
function refusedData(error: unknown): boolean {
  const { code } = error as { code?: unknown };
  return typeof code === 'string' && /^2[23]/.test(code);
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
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

/** A stored run, as {@link storeBatch}'s look-up reads it. */
interface StoredRun {
  run_id: string;
  payload_sha256: string;
  ledger_seq: number;
  summary: { lastSeq: number; head: string };
}

/**
 * Stores `items` (one organisation's pushes, in arrival order) in the transaction `tx`, which it ends
 * (`tx.finish`) when a run is new. Two round trips: one statement ({@link writeAndLock}) finds which runs are
 * stored already, writes the new runs' history rows and the parts not known to be stored, and then takes the
 * ledger lock; one, sent with the COMMIT, chains and writes their entries, sub-processor changes and run rows.
 * Runs already stored answer as duplicates (or conflicts), as does a later push in `items` of a run id an
 * earlier one holds. Throws when the database refuses a statement: the caller stores each push alone then.
 */
async function storeBatch(
  deps: StoreDeps,
  orgId: string,
  items: readonly Pending[],
  tx: Tx,
): Promise<Outcome[]> {
  const outcomes: (Outcome | undefined)[] = Array(items.length);
  // Within the batch, the first push of a run id may store it; a later one with the same content answers as
  // the first does, with other content it is a conflict.
  const storing = new Map<string, number>();
  /** Later pushes of a run id an earlier push in `items` has: their index and the earlier one's. */
  const repeats: [number, number][] = [];
  const candidates: number[] = [];
  items.forEach(({ payload, prepared }, index) => {
    const earlier = storing.get(payload.runId);
    if (earlier === undefined) {
      storing.set(payload.runId, index);
      candidates.push(index);
    } else if (items[earlier]?.prepared.payloadSha256 === prepared.payloadSha256)
      repeats.push([index, earlier]);
    else outcomes[index] = conflictOf(payload.runId);
  });
  const asked = candidates.map((index) => items[index] as Pending);
  // The rows history reads reference the run rows, written last; their references are checked at commit. The
  // parts not known to be stored go in the same statement, which ends by taking the ledger lock.
  const locked = await writeAndLock(
    tx,
    orgId,
    asked,
    newPartsJson(
      orgId,
      asked.flatMap((run) => run.prepared.records),
      knownPartsOf(deps.db, orgId),
    ),
    HISTORY_TABLES.map((table) => ({ ...table, rowsJson: asked.map((run) => run.rowsJson[table.table]) })),
  );
  const stored = new Map((locked.existing ?? []).map((run) => [run.run_id, run]));
  const fresh: number[] = [];
  const runs: (Pending & { previous: NonNullable<LockedHead['previous']>[number] })[] = [];
  candidates.forEach((index, position) => {
    const pending = items[index] as Pending;
    const { payload, prepared } = pending;
    const found = stored.get(payload.runId);
    if (!found) {
      fresh.push(index);
      runs.push({ ...pending, previous: locked.previous?.[position] ?? null });
      return;
    }
    outcomes[index] =
      found.payload_sha256 === prepared.payloadSha256 ||
      found.payload_sha256 === legacyPayloadSha256(payload, prepared)
        ? {
            runId: payload.runId,
            status: 'duplicate',
            ledger: { firstSeq: found.ledger_seq, lastSeq: found.summary.lastSeq, head: found.summary.head },
            effectiveDate: prepared.day,
          }
        : conflictOf(payload.runId);
  });
  const answerRepeats = () => {
    for (const [index, earlier] of repeats) {
      const original = outcomes[earlier] as Outcome;
      outcomes[index] = original instanceof Error ? original : { ...original, status: 'duplicate' as const };
    }
    return outcomes as Outcome[];
  };
  // Every run stored already: the transaction wrote nothing but parts those runs hold, and commits as it is.
  if (runs.length === 0) return answerRepeats();

  // From here to commit the organisation's ledger lock is held: one more statement, sent with the COMMIT,
  // writes the entries, the sub-processor changes and the run rows.
  const { entries, json } = chainEntries(
    locked.head ?? undefined,
    orgId,
    runs.flatMap((run) => run.prepared.records),
    deps.signingKey,
  );
  const receivedAt = deps.clock().toISOString();
  const changes: object[] = [];
  const runRows: object[] = [];
  let next = 0;
  runs.forEach((run, position) => {
    const { payload, prepared } = run;
    const mine = entries.slice(next, next + prepared.records.length);
    next += prepared.records.length;
    const first = mine[0] as LedgerEntry;
    const last = mine.at(-1) as LedgerEntry;
    const common = { org_id: orgId, run_pk: run.runPk, day: prepared.day };
    const previous = previousRun(run, runs, run.previous);
    for (const change of subprocessorChanges(previous, payload.subprocessors))
      changes.push({ ...common, id: randomUUID(), ...change });
    runRows.push({
      id: run.runPk,
      org_id: orgId,
      run_id: payload.runId,
      repo: payload.repo,
      commit_sha: payload.commit ?? null,
      branch: payload.branch ?? null,
      collected_at: payload.collectedAt,
      effective_date: prepared.day,
      received_at: receivedAt,
      payload_sha256: prepared.payloadSha256,
      ledger_seq: first.seq,
      summary: {
        results: payload.checkRun.results.length,
        byStatus: countBy(payload.checkRun.results.map((result) => result.status)),
        organization: payload.map.organization,
        lastSeq: last.seq,
        head: last.hash,
      },
      subprocessors: payload.subprocessors,
      demo: run.demo,
    });
    outcomes[fresh[position] as number] = {
      runId: payload.runId,
      status: 'stored',
      ledger: { firstSeq: first.seq, lastSeq: last.seq, head: last.hash },
      effectiveDate: prepared.day,
    };
  });
  await tx.finish(
    `WITH entries AS (${insertEntriesSql(2)}), changes AS (${recordsetInsert(CHANGES, 3)})
     ${recordsetInsert(RUNS, 4)}`,
    [orgId, json, JSON.stringify(changes), JSON.stringify(runRows)],
  );
  return answerRepeats();
}

/** The tables of the rows history reads, in the order they are written, with their columns. */
const HISTORY_TABLES = [
  {
    table: 'control_results',
    columns:
      'org_id uuid, run_pk uuid, day date, control_id text, status_rank smallint, cause_key text, causes jsonb',
  },
  {
    table: 'probe_results',
    columns:
      'id uuid, org_id uuid, run_pk uuid, day date, kind text, component text, target text, verdict text, started_at timestamptz, sha256 text, sealed boolean, signed_by text, trust text',
  },
  {
    table: 'evidence_items',
    columns:
      'org_id uuid, run_pk uuid, day date, evidence_id text, title text, collected date, expires date, sha256 text',
  },
  {
    table: 'drift_events',
    columns:
      'id uuid, org_id uuid, run_pk uuid, day date, kind text, severity text, subject text, message text',
  },
] as const;

type HistoryTable = (typeof HISTORY_TABLES)[number]['table'];

const CHANGES: RecordsetTable = {
  table: 'subprocessor_changes',
  columns: 'id uuid, org_id uuid, run_pk uuid, day date, change text, subprocessor text, detail text',
};

const RUNS: RecordsetTable = {
  table: 'runs',
  columns:
    'id uuid, org_id uuid, run_id text, repo text, commit_sha text, branch text, collected_at timestamptz, effective_date date, received_at timestamptz, payload_sha256 text, ledger_seq integer, summary jsonb, subprocessors jsonb, demo boolean',
};

/** One run's rows for each of {@link HISTORY_TABLES}. */
function historyRows(
  payload: PushPayload,
  prepared: PreparedRun,
  runPk: string,
  orgId: string,
  now: Date,
): Record<HistoryTable, object[]> {
  const { probes, evidence } = payload;
  const common = { org_id: orgId, run_pk: runPk, day: prepared.day };
  const keys = trustedKeysOf(payload.map.snapshot);
  const fingerprint = keys.map((key) => `${key.id ?? ''} ${key.publicKey} ${key.owner ?? ''}`).join('\n');
  // The probe records follow the run's record, in the payload's order.
  const verdicts = probes.map((probe, index) =>
    judgeProbe(
      probe,
      (prepared.records[index + 1] as PreparedRecord).recordSha256,
      { keys, fingerprint },
      now,
    ),
  );
  return {
    control_results: [...controlStatusesOf(payload)].map(([control, status]) => ({
      ...common,
      control_id: control,
      status_rank: status.rank,
      cause_key: causeKey(status.causes),
      causes: status.causes,
    })),
    probe_results: probes.map((probe, index) => ({
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
    evidence_items: evidence.map((item) => ({
      ...common,
      evidence_id: item.id,
      title: item.title,
      collected: item.collected ?? null,
      expires: item.expires ?? null,
      sha256: item.sha256 ?? null,
    })),
    drift_events: (payload.discovery?.drift ?? []).map((item) => ({
      ...common,
      id: randomUUID(),
      kind: item.kind,
      severity: item.severity,
      subject: item.pointer ?? item.provider,
      message: item.message,
    })),
  };
}

/**
 * The sub-processors of `run`'s repository at its previous run: the latest collected before it, among the stored
 * one the lock's read found (`stored`) and the runs stored with it.
 */
function previousRun(
  run: { payload: PushPayload },
  batch: readonly { payload: PushPayload }[],
  stored: { subprocessors: PushPayload['subprocessors']; collectedAt: string } | null,
): PushPayload['subprocessors'] | undefined {
  const before = Date.parse(run.payload.collectedAt);
  let best = stored ? { at: Date.parse(stored.collectedAt), subprocessors: stored.subprocessors } : undefined;
  for (const other of batch) {
    if (other === run || other.payload.repo !== run.payload.repo) continue;
    const at = Date.parse(other.payload.collectedAt);
    if (at < before && (!best || at > best.at)) best = { at, subprocessors: other.payload.subprocessors };
  }
  return best?.subprocessors;
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
