import type { Context } from 'hono';
import { isUuid } from '../../db/database.js';
import type { Tx } from '../../db/driver.js';
import { readLedger } from '../../db/ledgerStore.js';
import type { AppEnv, ServerDeps } from '../../types.js';
import { auditRecordsOf } from './fromLedger.js';

export const AUDIT_STATES = ['planning', 'fieldwork', 'reporting', 'done'] as const;
export const REQUEST_STATUSES = ['open', 'provided', 'accepted', 'flagged'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** An audit as the API shows it. */
export interface Audit {
  id: string;
  title: string;
  framework: 'soc2' | 'iso42001';
  kind: 'type-1' | 'type-2' | 'certification';
  categories: string[];
  periodStart: string;
  periodEnd: string;
  firm: string | null;
  state: (typeof AUDIT_STATES)[number];
}

export interface AuditRequest {
  id: string;
  ref: string;
  title: string;
  criteria: string[];
  due: string | null;
  details: string | null;
  status: RequestStatus;
  createdBy: string;
  /** Due before today and not yet provided or accepted. */
  late: boolean;
}

const AUDIT_COLUMNS = `id, title, framework::text AS framework, kind::text AS kind, categories, period_start::text AS "periodStart",
  period_end::text AS "periodEnd", firm, state::text AS state`;

/** The audits a caller may see: all of the organisation's, or for an auditor only those they are invited to. */
export async function listAudits(tx: Tx, role: string, userId: string | undefined): Promise<Audit[]> {
  const { rows } =
    role === 'auditor'
      ? await tx.query<Audit>(
          `SELECT ${AUDIT_COLUMNS} FROM audits WHERE id IN (SELECT audit_id FROM audit_auditors WHERE user_id = $1)
           ORDER BY period_end DESC, id`,
          [userId ?? '00000000-0000-0000-0000-000000000000'],
        )
      : await tx.query<Audit>(`SELECT ${AUDIT_COLUMNS} FROM audits ORDER BY period_end DESC, id`);
  return rows;
}

/**
 * The audit `id` if the caller may see it: any audit of their organisation for company roles, and for an auditor
 * only one they were invited to. Undefined otherwise (the route answers 404, as for an id that does not exist).
 */
export async function findAudit(
  tx: Tx,
  id: string,
  role: string,
  userId: string | undefined,
): Promise<Audit | undefined> {
  if (!isUuid(id)) return undefined;
  const { rows } = await tx.query<Audit>(`SELECT ${AUDIT_COLUMNS} FROM audits WHERE id = $1`, [id]);
  const audit = rows[0];
  if (!audit) return undefined;
  if (role === 'auditor') {
    const invited = await tx.query('SELECT 1 FROM audit_auditors WHERE audit_id = $1 AND user_id = $2', [
      id,
      userId ?? '00000000-0000-0000-0000-000000000000',
    ]);
    if (invited.rows.length === 0) return undefined;
  }
  return audit;
}

/** The caller's user id (undefined for API tokens) and their name for records. */
export function caller(c: Context<AppEnv>): { userId?: string; who: string } {
  const principal = c.get('principal');
  if (principal?.kind === 'user') return { userId: principal.userId, who: principal.email };
  return { who: principal?.kind === 'token' ? `token ${principal.tokenId}` : 'unknown' };
}

/** Runs `fn` with the audit in the path when the caller may see it; undefined when not (answer 404). */
export async function withAudit<T>(
  c: Context<AppEnv>,
  deps: ServerDeps,
  id: string,
  fn: (tx: Tx, audit: Audit) => Promise<T>,
): Promise<T | undefined> {
  const org = c.var.org;
  const { userId } = caller(c);
  return deps.db.withOrg(org.id, async (tx) => {
    const audit = await findAudit(tx, id, org.role, userId);
    return audit ? fn(tx, audit) : undefined;
  });
}

export async function listRequests(tx: Tx, auditId: string, today: string): Promise<AuditRequest[]> {
  const { rows } = await tx.query<Omit<AuditRequest, 'late'>>(
    `SELECT id, ref, title, criteria, due::text AS due, details, status::text AS status, created_by AS "createdBy"
     FROM audit_requests WHERE audit_id = $1 ORDER BY due NULLS LAST, ref, id`,
    [auditId],
  );
  return rows.map((row) => ({
    ...row,
    late: row.due !== null && row.due < today && (row.status === 'open' || row.status === 'flagged'),
  }));
}

/** The organisation's ledger as audit records (the pure audit functions' input). */
export async function auditRecords(tx: Tx, orgId: string) {
  return auditRecordsOf(await readLedger(tx, orgId));
}
