import { orgOwnedTable } from '../../db/rls.js';

/**
 * The audit module's tables. Audits, their auditors, requests (the PBC list), what fulfils each request, comments
 * and drawn samples. Only rows that change state (audits, requests) get UPDATE; nothing gets DELETE.
 */
export const AUDIT_MIGRATIONS: readonly string[] = [
  // Enumerations are types, not CHECK constraints on text, so Trustmap's own isolation probe (which plants
  // canary rows in every table) can pick valid values, as it does for the core's member_role.
  `
CREATE TYPE audit_framework AS ENUM ('soc2', 'iso42001');
CREATE TYPE audit_kind AS ENUM ('type-1', 'type-2', 'certification');
CREATE TYPE audit_state AS ENUM ('planning', 'fieldwork', 'reporting', 'done');
CREATE TYPE audit_request_status AS ENUM ('open', 'provided', 'accepted', 'flagged');
CREATE TYPE audit_item_kind AS ENUM ('ledger', 'evidence', 'upload');

CREATE TABLE audits (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id),
  title text NOT NULL,
  framework audit_framework NOT NULL,
  kind audit_kind NOT NULL,
  categories jsonb NOT NULL DEFAULT '[]',
  period_start date NOT NULL,
  period_end date NOT NULL,
  firm text,
  state audit_state NOT NULL DEFAULT 'planning',
  created_at timestamptz NOT NULL
);
${orgOwnedTable('audits', ['SELECT', 'INSERT', 'UPDATE'])}

CREATE TABLE audit_auditors (
  audit_id uuid NOT NULL REFERENCES audits(id),
  org_id uuid NOT NULL REFERENCES orgs(id),
  user_id uuid NOT NULL,
  email text NOT NULL,
  PRIMARY KEY (audit_id, user_id)
);
${orgOwnedTable('audit_auditors')}

CREATE TABLE audit_requests (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id),
  audit_id uuid NOT NULL REFERENCES audits(id),
  ref text NOT NULL,
  title text NOT NULL,
  criteria jsonb NOT NULL DEFAULT '[]',
  due date,
  details text,
  status audit_request_status NOT NULL DEFAULT 'open',
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
${orgOwnedTable('audit_requests', ['SELECT', 'INSERT', 'UPDATE'])}
CREATE INDEX audit_requests_audit ON audit_requests (org_id, audit_id);

CREATE TABLE audit_request_items (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id),
  request_id uuid NOT NULL REFERENCES audit_requests(id),
  kind audit_item_kind NOT NULL,
  ledger_seq integer,
  evidence_id text,
  file_name text,
  file_sha256 text,
  file_bytes bytea,
  added_by text NOT NULL,
  created_at timestamptz NOT NULL
);
${orgOwnedTable('audit_request_items')}

CREATE TABLE audit_comments (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id),
  request_id uuid NOT NULL REFERENCES audit_requests(id),
  author text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL
);
${orgOwnedTable('audit_comments')}

CREATE TABLE audit_samples (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id),
  audit_id uuid NOT NULL REFERENCES audits(id),
  population text NOT NULL,
  sample jsonb NOT NULL,
  drawn_by text NOT NULL,
  created_at timestamptz NOT NULL
);
${orgOwnedTable('audit_samples')}
`,
];
