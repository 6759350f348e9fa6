import { orgOwnedTable } from '../../db/rls.js';

/**
 * The trust center's tables. Requests, links and events are written by anonymous visitors through a
 * transaction scoped to the one organisation whose trust center they are on (row-level security does the
 * rest); the only thing an anonymous visitor can look up across organisations is whether a slug has a
 * published trust center, through one narrow SECURITY DEFINER function.
 */
export const TRUST_CENTER_MIGRATIONS: readonly string[] = [
  `
CREATE TABLE tc_settings (
  org_id uuid PRIMARY KEY REFERENCES orgs(id),
  published boolean NOT NULL DEFAULT false,
  auto_approve_domains text NOT NULL DEFAULT '',
  block_free_mail boolean NOT NULL DEFAULT true,
  link_days integer NOT NULL DEFAULT 14 CHECK (link_days BETWEEN 1 AND 365),
  nda_version text NOT NULL,
  nda_text text NOT NULL,
  updated_at timestamptz NOT NULL
);
${orgOwnedTable('tc_settings', ['SELECT', 'INSERT', 'UPDATE'])}

CREATE TABLE tc_documents (
  org_id uuid NOT NULL REFERENCES orgs(id),
  evidence_id text NOT NULL,
  filename text NOT NULL,
  content_type text NOT NULL,
  bytes bytea NOT NULL,
  sha256 text NOT NULL,
  uploaded_at timestamptz NOT NULL,
  PRIMARY KEY (org_id, evidence_id)
);
${orgOwnedTable('tc_documents', ['SELECT', 'INSERT', 'UPDATE'])}

-- An enum rather than a CHECK list: our own isolation probe can plant canary rows in it.
CREATE TYPE tc_request_status AS ENUM ('pending', 'approved', 'denied', 'blocked');

CREATE TABLE tc_requests (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id),
  created_at timestamptz NOT NULL,
  name text NOT NULL,
  email text NOT NULL,
  company text NOT NULL,
  reason text NOT NULL,
  documents jsonb NOT NULL,
  nda_version text NOT NULL,
  nda_sha256 text NOT NULL,
  nda_text text NOT NULL,
  status tc_request_status NOT NULL,
  rule text,
  decided_by text,
  decided_at timestamptz,
  link_hash text UNIQUE,
  expires_at timestamptz,
  revoked_at timestamptz
);
${orgOwnedTable('tc_requests', ['SELECT', 'INSERT', 'UPDATE'])}
CREATE INDEX tc_requests_org_status ON tc_requests (org_id, status, created_at);

CREATE TABLE tc_events (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id),
  at timestamptz NOT NULL,
  kind text NOT NULL,
  request_id uuid,
  email text,
  document text,
  detail text
);
${orgOwnedTable('tc_events')}
CREATE INDEX tc_events_org_at ON tc_events (org_id, at);

CREATE TABLE tc_subscribers (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id),
  email text NOT NULL,
  topics jsonb NOT NULL,
  confirm_hash text NOT NULL UNIQUE,
  confirmed_at timestamptz,
  removed_at timestamptz,
  created_at timestamptz NOT NULL
);
${orgOwnedTable('tc_subscribers', ['SELECT', 'INSERT', 'UPDATE'])}

CREATE TABLE tc_notices (
  org_id uuid NOT NULL REFERENCES orgs(id),
  run_pk uuid NOT NULL,
  sent_at timestamptz NOT NULL,
  recipients integer NOT NULL,
  changes integer NOT NULL,
  PRIMARY KEY (org_id, run_pk)
);
${orgOwnedTable('tc_notices')}

CREATE FUNCTION trustmap_tc_public_org(p_slug text)
  RETURNS TABLE (id uuid, name text) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {{schema}}
  AS $$ SELECT o.id, o.name FROM orgs o JOIN tc_settings s ON s.org_id = o.id
        WHERE o.slug = p_slug AND s.published $$;
REVOKE ALL ON FUNCTION trustmap_tc_public_org(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trustmap_tc_public_org(text) TO {{app_role}};
`,
];
