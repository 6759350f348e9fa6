import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/driver.js';
import { DEFAULT_LINK_DAYS, type GateRules } from './gating.js';

/** The default NDA shown until an owner writes their own. Plain words, not legal advice. */
export const DEFAULT_NDA = {
  version: '1',
  text: `You will keep the documents shared with you confidential, use them only to assess our security and privacy practices for a business relationship with us, and not share them outside your company without our written permission.

This agreement lasts two years from the day you accept it. Return or delete the documents when we ask.`,
};

export interface Settings extends GateRules {
  published: boolean;
  nda: { version: string; text: string };
}

/** The organisation's trust-center settings, or the defaults (not published) when none are saved. */
export async function readSettings(tx: Tx): Promise<Settings> {
  const { rows } = await tx.query<{
    published: boolean;
    auto_approve_domains: string;
    block_free_mail: boolean;
    link_days: number;
    nda_version: string;
    nda_text: string;
  }>(
    'SELECT published, auto_approve_domains, block_free_mail, link_days, nda_version, nda_text FROM tc_settings',
  );
  const row = rows[0];
  if (!row)
    return {
      published: false,
      autoApproveDomains: [],
      blockFreeMail: true,
      linkDays: DEFAULT_LINK_DAYS,
      nda: DEFAULT_NDA,
    };
  return {
    published: row.published,
    autoApproveDomains: row.auto_approve_domains.split(/[\s,]+/).filter(Boolean),
    blockFreeMail: row.block_free_mail,
    linkDays: row.link_days,
    nda: { version: row.nda_version, text: row.nda_text },
  };
}

/** Saves the settings (one row per organisation). */
export async function saveSettings(tx: Tx, orgId: string, settings: Settings, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO tc_settings (org_id, published, auto_approve_domains, block_free_mail, link_days, nda_version, nda_text, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (org_id) DO UPDATE SET published = $2, auto_approve_domains = $3, block_free_mail = $4,
       link_days = $5, nda_version = $6, nda_text = $7, updated_at = $8`,
    [
      orgId,
      settings.published,
      settings.autoApproveDomains.join(', '),
      settings.blockFreeMail,
      settings.linkDays,
      settings.nda.version,
      settings.nda.text,
      now.toISOString(),
    ],
  );
}

/** Records who did what with which document, for the company's access analytics. */
export async function recordEvent(
  tx: Tx,
  orgId: string,
  now: Date,
  event: { kind: string; requestId?: string; email?: string; document?: string; detail?: string },
): Promise<void> {
  await tx.query(
    'INSERT INTO tc_events (id, org_id, at, kind, request_id, email, document, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [
      randomUUID(),
      orgId,
      now.toISOString(),
      event.kind,
      event.requestId ?? null,
      event.email ?? null,
      event.document ?? null,
      event.detail?.slice(0, 500) ?? null,
    ],
  );
}

export interface StoredDocument {
  evidence_id: string;
  filename: string;
  content_type: string;
  bytes: Uint8Array;
}

/** Uploaded document files, by evidence id. */
export async function readDocuments(tx: Tx, ids?: readonly string[]): Promise<Map<string, StoredDocument>> {
  const { rows } = await tx.query<StoredDocument>(
    ids
      ? 'SELECT evidence_id, filename, content_type, bytes FROM tc_documents WHERE evidence_id = ANY($1::text[])'
      : 'SELECT evidence_id, filename, content_type, bytes FROM tc_documents',
    ids ? [ids] : [],
  );
  return new Map(rows.map((row) => [row.evidence_id, { ...row, bytes: new Uint8Array(row.bytes) }]));
}

export interface RequestRow {
  id: string;
  created_at: string;
  name: string;
  email: string;
  company: string;
  reason: string;
  documents: string[];
  nda_version: string;
  nda_sha256: string;
  status: string;
  rule: string | null;
  decided_by: string | null;
  decided_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
}

const REQUEST_COLUMNS =
  'id::text, created_at::text, name, email, company, reason, documents, nda_version, nda_sha256, status, rule, decided_by, decided_at::text, expires_at::text, revoked_at::text';

/** Requests, newest first (bounded). */
export async function listRequests(tx: Tx): Promise<RequestRow[]> {
  const { rows } = await tx.query<RequestRow>(
    `SELECT ${REQUEST_COLUMNS} FROM tc_requests ORDER BY created_at DESC LIMIT 500`,
  );
  return rows;
}

/** The request a link secret's hash belongs to. */
export async function requestByLink(tx: Tx, hash: string): Promise<RequestRow | undefined> {
  const { rows } = await tx.query<RequestRow>(
    `SELECT ${REQUEST_COLUMNS} FROM tc_requests WHERE link_hash = $1`,
    [hash],
  );
  return rows[0];
}

/** One request by id. */
export async function requestById(tx: Tx, id: string): Promise<RequestRow | undefined> {
  const { rows } = await tx.query<RequestRow>(`SELECT ${REQUEST_COLUMNS} FROM tc_requests WHERE id = $1`, [
    id,
  ]);
  return rows[0];
}
