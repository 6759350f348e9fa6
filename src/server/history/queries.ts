import type { ProbeTrust } from '../../probes/index.js';
import type { Tx } from '../db/driver.js';
import type { CauseRow, ControlDayRow, ExceptionRow } from './build.js';
import type { DayWindow } from './window.js';

/** Worst status per control per day in the window (one indexed scan, grouped in the database). */
export async function controlDays(tx: Tx, window: DayWindow, control?: string): Promise<ControlDayRow[]> {
  const { rows } = await tx.query<ControlDayRow>(
    `SELECT control_id, day::text AS day, max(status_rank)::int AS rank FROM control_results
     WHERE day BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR control_id = $3)
     GROUP BY control_id, day`,
    [window.from, window.to, control ?? null],
  );
  return rows;
}

/** Non-passing control results in the window, without their causes (grouped into periods first). */
export async function controlExceptions(
  tx: Tx,
  window: DayWindow,
  control?: string,
): Promise<ExceptionRow[]> {
  const { rows } = await tx.query<ExceptionRow>(
    `SELECT control_id, day::text AS day, status_rank::int AS status_rank, cause_key, run_pk FROM control_results
     WHERE status_rank > 1 AND day BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR control_id = $3)`,
    [window.from, window.to, control ?? null],
  );
  return rows;
}

/** The causes and runs of the given (run, control) results: one per exception period. */
export async function causesOf(
  tx: Tx,
  pairs: readonly { run_pk: string; control_id: string }[],
): Promise<CauseRow[]> {
  if (pairs.length === 0) return [];
  const { rows } = await tx.query<CauseRow>(
    `SELECT c.control_id, c.run_pk, c.causes, r.run_id, r.repo, r.commit_sha
     FROM jsonb_to_recordset($1::jsonb) AS p(run_pk uuid, control_id text)
     JOIN control_results c ON c.run_pk = p.run_pk AND c.control_id = p.control_id
     JOIN runs r ON r.id = c.run_pk`,
    [JSON.stringify(pairs)],
  );
  return rows;
}

/** Control ids this organisation has any result for (the controls its history can show). */
export async function knownControls(tx: Tx): Promise<string[]> {
  const { rows } = await tx.query<{ control_id: string }>(
    'SELECT DISTINCT control_id FROM control_results ORDER BY 1',
  );
  return rows.map((row) => row.control_id);
}

const TIME = `to_char(%s AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
const at = (column: string) => TIME.replace('%s', column);

/** Drift events in the window, newest first. */
export async function driftEvents(tx: Tx, window: DayWindow, limit = 500) {
  const { rows } = await tx.query<{
    date: string;
    kind: string;
    severity: string;
    subject: string;
    message: string;
    run_id: string;
    repo: string;
  }>(
    `SELECT d.day::text AS date, d.kind, d.severity, d.subject, d.message, r.run_id, r.repo
     FROM drift_events d JOIN runs r ON r.id = d.run_pk WHERE d.day BETWEEN $1::date AND $2::date
     ORDER BY d.day DESC, r.collected_at DESC LIMIT $3`,
    [window.from, window.to, limit],
  );
  return rows;
}

/** Sub-processor changes in the window, newest first. */
export async function subprocessorChangeEvents(tx: Tx, window: DayWindow, limit = 500) {
  const { rows } = await tx.query<{
    date: string;
    change: string;
    subprocessor: string;
    detail: string;
    run_id: string;
    repo: string;
  }>(
    `SELECT s.day::text AS date, s.change, s.subprocessor, s.detail, r.run_id, r.repo
     FROM subprocessor_changes s JOIN runs r ON r.id = s.run_pk WHERE s.day BETWEEN $1::date AND $2::date
     ORDER BY s.day DESC, r.collected_at DESC LIMIT $3`,
    [window.from, window.to, limit],
  );
  return rows;
}

/** Probe results in the window, newest first. */
export async function probeEvents(tx: Tx, window: DayWindow, limit = 500) {
  const { rows } = await tx.query<{
    date: string;
    kind: string;
    component: string | null;
    target: string;
    verdict: string;
    started_at: string;
    sha256: string;
    sealed: boolean;
    signed_by: string | null;
    /** The server's verdict on the signature; `not-checked` for rows stored before the server checked them. */
    trust: ProbeTrust['status'] | 'not-checked';
    run_id: string;
  }>(
    `SELECT p.day::text AS date, p.kind, p.component, p.target, p.verdict, ${at('p.started_at')} AS started_at, p.sha256, p.sealed, p.signed_by, p.trust, r.run_id
     FROM probe_results p JOIN runs r ON r.id = p.run_pk WHERE p.day BETWEEN $1::date AND $2::date
     ORDER BY p.started_at DESC LIMIT $3`,
    [window.from, window.to, limit],
  );
  return rows;
}

/**
 * Evidence as the latest run of each repository lists it, with expiry dates on or before `until` (already
 * expired included), soonest first.
 */
export async function expiringEvidence(tx: Tx, until: string) {
  const { rows } = await tx.query<{
    evidence_id: string;
    title: string;
    expires: string;
    repo: string;
    run_id: string;
  }>(
    `WITH latest AS (SELECT DISTINCT ON (repo) id, repo, run_id FROM runs ORDER BY repo, collected_at DESC)
     SELECT e.evidence_id, e.title, e.expires::text AS expires, l.repo, l.run_id
     FROM evidence_items e JOIN latest l ON l.id = e.run_pk
     WHERE e.expires IS NOT NULL AND e.expires <= $1::date ORDER BY e.expires, e.evidence_id`,
    [until],
  );
  return rows;
}
