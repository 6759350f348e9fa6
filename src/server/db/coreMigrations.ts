import { ORG_SETTING, orgOwnedTable } from './rls.js';

/**
 * The server's own schema, as a list of SQL texts applied in order (never edit one that shipped; append).
 * `{{app_role}}` and `{{schema}}` are replaced when applied. Global tables (users, sessions, server keys) have no
 * grants to the application role: it reaches them only through the SECURITY DEFINER functions below, each
 * doing one narrow thing.
 */
export const CORE_MIGRATIONS: readonly string[] = [
  `
CREATE OR REPLACE FUNCTION trustmap_org_id() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.org_id', true), '')::uuid $$;
GRANT USAGE ON SCHEMA {{schema}} TO {{app_role}};

CREATE TYPE member_role AS ENUM ('owner', 'admin', 'member', 'auditor', 'viewer');

CREATE TABLE orgs (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE orgs ENABLE ROW LEVEL SECURITY;
ALTER TABLE orgs FORCE ROW LEVEL SECURITY;
CREATE POLICY orgs_org_isolation ON orgs USING (id = ${ORG_SETTING});
GRANT SELECT ON orgs TO {{app_role}};

CREATE TABLE users (
  id uuid PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
  org_id uuid NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role member_role NOT NULL,
  PRIMARY KEY (org_id, user_id)
);
${orgOwnedTable('memberships', ['SELECT'])}

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  scopes jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
${orgOwnedTable('api_tokens', ['SELECT'])}

CREATE TABLE server_keys (
  key_id text PRIMARY KEY,
  public_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT ON server_keys TO {{app_role}};

CREATE FUNCTION trustmap_login_user(p_email text)
  RETURNS TABLE (id uuid, password_hash text) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {{schema}}
  AS $$ SELECT id, password_hash FROM users WHERE email = lower(p_email) $$;

CREATE FUNCTION trustmap_session_start(p_token_hash text, p_user uuid, p_csrf text, p_expires timestamptz)
  RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = {{schema}}
  AS $$ INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES (p_token_hash, p_user, p_csrf, p_expires) $$;

CREATE FUNCTION trustmap_session_user(p_token_hash text, p_now timestamptz)
  RETURNS TABLE (user_id uuid, email text, name text, csrf_token text) LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = {{schema}}
  AS $$ SELECT s.user_id, u.email, u.name, s.csrf_token FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = p_token_hash AND s.expires_at > p_now $$;

CREATE FUNCTION trustmap_session_end(p_token_hash text, p_now timestamptz)
  RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = {{schema}}
  AS $$ DELETE FROM sessions WHERE token_hash = p_token_hash OR expires_at < p_now $$;

CREATE FUNCTION trustmap_user_orgs(p_user uuid)
  RETURNS TABLE (org_id uuid, slug text, name text, role member_role) LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = {{schema}}
  AS $$ SELECT o.id, o.slug, o.name, m.role FROM memberships m JOIN orgs o ON o.id = m.org_id
        WHERE m.user_id = p_user ORDER BY o.slug $$;

CREATE FUNCTION trustmap_token_org(p_token_hash text)
  RETURNS TABLE (token_id uuid, org_id uuid, slug text, name text, scopes jsonb) LANGUAGE sql STABLE
  SECURITY DEFINER SET search_path = {{schema}}
  AS $$ SELECT t.id, o.id, o.slug, o.name, t.scopes FROM api_tokens t JOIN orgs o ON o.id = t.org_id
        WHERE t.token_hash = p_token_hash AND t.revoked_at IS NULL $$;

-- Members of the organisation set for the transaction, with their e-mail: the only way to read users.
CREATE FUNCTION trustmap_org_members()
  RETURNS TABLE (user_id uuid, email text, name text, role member_role) LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = {{schema}}
  AS $$ SELECT u.id, u.email, u.name, m.role FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.org_id = trustmap_org_id() ORDER BY u.email $$;

REVOKE ALL ON FUNCTION trustmap_login_user(text), trustmap_session_start(text, uuid, text, timestamptz),
  trustmap_session_user(text, timestamptz), trustmap_session_end(text, timestamptz), trustmap_user_orgs(uuid), trustmap_token_org(text),
  trustmap_org_members() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trustmap_login_user(text), trustmap_session_start(text, uuid, text, timestamptz),
  trustmap_session_user(text, timestamptz), trustmap_session_end(text, timestamptz), trustmap_user_orgs(uuid), trustmap_token_org(text),
  trustmap_org_members() TO {{app_role}};
`,
  // The evidence ledger: insert-only for the application role (no UPDATE, no DELETE grant, and no policy for
  // them either), one hash chain per organisation.
  `
CREATE TABLE ledger_entries (
  org_id uuid NOT NULL REFERENCES orgs(id),
  seq integer NOT NULL,
  hash text NOT NULL,
  record_type text NOT NULL,
  record_id text NOT NULL,
  effective_date date NOT NULL,
  entry jsonb NOT NULL,
  PRIMARY KEY (org_id, seq)
);
${orgOwnedTable('ledger_entries', ['SELECT', 'INSERT'])}

CREATE TABLE ledger_checkpoints (
  org_id uuid NOT NULL REFERENCES orgs(id),
  seq integer NOT NULL,
  head_hash text NOT NULL,
  created_at timestamptz NOT NULL,
  checkpoint jsonb NOT NULL,
  PRIMARY KEY (org_id, seq)
);
${orgOwnedTable('ledger_checkpoints', ['SELECT', 'INSERT'])}
`,
  // Runs and what history reads: one row per pushed run, per control result, probe, evidence item, drift event
  // and sub-processor change. The full pushed record lives in the ledger; these are its indexes.
  `
CREATE TABLE runs (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id),
  run_id text NOT NULL,
  repo text NOT NULL,
  commit_sha text,
  branch text,
  collected_at timestamptz NOT NULL,
  effective_date date NOT NULL,
  received_at timestamptz NOT NULL,
  payload_sha256 text NOT NULL,
  ledger_seq integer NOT NULL,
  summary jsonb NOT NULL,
  subprocessors jsonb NOT NULL,
  demo boolean NOT NULL DEFAULT false,
  UNIQUE (org_id, run_id)
);
${orgOwnedTable('runs')}
CREATE INDEX runs_org_day ON runs (org_id, effective_date);

CREATE TABLE control_results (
  org_id uuid NOT NULL REFERENCES orgs(id),
  run_pk uuid NOT NULL REFERENCES runs(id),
  control_id text NOT NULL,
  day date NOT NULL,
  -- 1 pass, 2 needs-evidence, 3 fail: a day's status is the worst of its runs.
  status_rank smallint NOT NULL,
  -- Hash of the causes: consecutive days with the same key form one exception period.
  cause_key text NOT NULL,
  causes jsonb NOT NULL,
  PRIMARY KEY (org_id, run_pk, control_id)
);
${orgOwnedTable('control_results')}
CREATE INDEX control_results_org_day ON control_results (org_id, day, control_id);
CREATE INDEX control_results_org_control_day ON control_results (org_id, control_id, day);

CREATE TABLE probe_results (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id),
  run_pk uuid NOT NULL REFERENCES runs(id),
  day date NOT NULL,
  kind text NOT NULL,
  component text,
  target text NOT NULL,
  verdict text NOT NULL,
  started_at timestamptz NOT NULL,
  sha256 text NOT NULL,
  sealed boolean NOT NULL,
  signed_by text
);
${orgOwnedTable('probe_results')}
CREATE INDEX probe_results_org_day ON probe_results (org_id, day);

CREATE TABLE evidence_items (
  org_id uuid NOT NULL REFERENCES orgs(id),
  run_pk uuid NOT NULL REFERENCES runs(id),
  evidence_id text NOT NULL,
  day date NOT NULL,
  title text NOT NULL,
  collected date,
  expires date,
  sha256 text,
  PRIMARY KEY (org_id, run_pk, evidence_id)
);
${orgOwnedTable('evidence_items')}

CREATE TABLE drift_events (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id),
  run_pk uuid NOT NULL REFERENCES runs(id),
  day date NOT NULL,
  kind text NOT NULL,
  severity text NOT NULL,
  subject text NOT NULL,
  message text NOT NULL
);
${orgOwnedTable('drift_events')}
CREATE INDEX drift_events_org_day ON drift_events (org_id, day);

CREATE TABLE subprocessor_changes (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id),
  run_pk uuid NOT NULL REFERENCES runs(id),
  day date NOT NULL,
  change text NOT NULL,
  subprocessor text NOT NULL,
  detail text NOT NULL
);
${orgOwnedTable('subprocessor_changes')}
`,
  // Pushes store a run's rows before they take the ledger lock, and the run row itself last, under the lock (it
  // carries the ledger sequence): the references to it are checked at commit. The sub-processor look-up of the
  // previous run of a repository gets its index.
  `
ALTER TABLE control_results ALTER CONSTRAINT control_results_run_pk_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE probe_results ALTER CONSTRAINT probe_results_run_pk_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE evidence_items ALTER CONSTRAINT evidence_items_run_pk_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE drift_events ALTER CONSTRAINT drift_events_run_pk_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE subprocessor_changes ALTER CONSTRAINT subprocessor_changes_run_pk_fkey DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX runs_org_repo_collected ON runs (org_id, repo, collected_at);
`,
  // What the server itself concluded of a pushed probe's signature (the client's word is not taken): trusted,
  // unsigned, untrusted-key, bad-signature or future-dated; rows stored before this are 'not-checked'.
  `
ALTER TABLE probe_results ADD COLUMN trust text NOT NULL DEFAULT 'not-checked';
`,
  // Rate limits shared by every server process on one database (sign-in, trust-center forms): one row per
  // failed attempt, keyed by a hash (no e-mail or address stored), reachable only through these functions.
  `
CREATE TABLE attempts (
  scope text NOT NULL,
  key_hash text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX attempts_scope_key_at ON attempts (scope, key_hash, at);
CREATE INDEX attempts_scope_at ON attempts (scope, at);

CREATE FUNCTION trustmap_attempts_recent(p_scope text, p_keys text[], p_since timestamptz)
  RETURNS TABLE (key_hash text, n integer, oldest timestamptz) LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = {{schema}}
  AS $$ SELECT key_hash, count(*)::integer, min(at) FROM attempts
        WHERE scope = p_scope AND key_hash = ANY (p_keys) AND at > p_since GROUP BY key_hash $$;

CREATE FUNCTION trustmap_attempts_fail(p_scope text, p_keys text[], p_at timestamptz, p_expired timestamptz)
  RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = {{schema}}
  AS $$ DELETE FROM attempts WHERE scope = p_scope AND at <= p_expired;
        INSERT INTO attempts (scope, key_hash, at) SELECT p_scope, k, p_at FROM unnest(p_keys) AS k $$;

CREATE FUNCTION trustmap_attempts_clear(p_scope text, p_keys text[])
  RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = {{schema}}
  AS $$ DELETE FROM attempts WHERE scope = p_scope AND key_hash = ANY (p_keys) $$;

REVOKE ALL ON FUNCTION trustmap_attempts_recent(text, text[], timestamptz),
  trustmap_attempts_fail(text, text[], timestamptz, timestamptz), trustmap_attempts_clear(text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trustmap_attempts_recent(text, text[], timestamptz),
  trustmap_attempts_fail(text, text[], timestamptz, timestamptz), trustmap_attempts_clear(text, text[]) TO {{app_role}};
`,
  // Large parts of ledger records (a map snapshot, a run's check results, a probe's steps) stored once per
  // organisation under their SHA-256, as git stores blobs: entries point at them by JSON pointer
  // (record_parts) and hold null in their place. Insert-only, like the ledger; a part's hash is checked again
  // whenever its entries are verified.
  `
CREATE TABLE ledger_contents (
  org_id uuid NOT NULL REFERENCES orgs(id),
  sha256 text NOT NULL,
  content jsonb NOT NULL,
  PRIMARY KEY (org_id, sha256)
);
${orgOwnedTable('ledger_contents', ['SELECT', 'INSERT'])}
ALTER TABLE ledger_entries ADD COLUMN record_parts jsonb;
`,
  // A push takes the organisation's ledger lock and reads the chain's head in the statement that writes its
  // history rows (one round trip fewer). The reads are in a VOLATILE function because under READ COMMITTED each
  // statement inside one takes a new snapshot: taken after the lock, it sees every entry committed by whoever
  // held the lock before. A statement's own snapshot is taken before it waits, and would not.
  `
CREATE FUNCTION trustmap_ledger_lock_head(p_key text, p_repo text, p_before timestamptz)
  RETURNS TABLE (head json, previous jsonb) LANGUAGE plpgsql VOLATILE
  AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext(p_key));
  RETURN QUERY SELECT
    (SELECT row_to_json(h) FROM (SELECT e.seq, e.hash FROM ledger_entries e WHERE e.org_id = trustmap_org_id()
      ORDER BY e.seq DESC LIMIT 1) h),
    (SELECT r.subprocessors FROM runs r WHERE r.org_id = trustmap_org_id() AND r.repo = p_repo
      AND r.collected_at < p_before ORDER BY r.collected_at DESC LIMIT 1);
END
$$;
REVOKE ALL ON FUNCTION trustmap_ledger_lock_head(text, text, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trustmap_ledger_lock_head(text, text, timestamptz) TO {{app_role}};
`,
  // The same for several runs stored in one transaction (a batch of pushes): the head, and for each run (in
  // order) its repository's latest run collected before it, with that run's collection time.
  `
CREATE FUNCTION trustmap_ledger_lock_runs(p_key text, p_repos text[], p_befores timestamptz[])
  RETURNS TABLE (head json, previous jsonb) LANGUAGE plpgsql VOLATILE
  AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext(p_key));
  RETURN QUERY SELECT
    (SELECT row_to_json(h) FROM (SELECT e.seq, e.hash FROM ledger_entries e WHERE e.org_id = trustmap_org_id()
      ORDER BY e.seq DESC LIMIT 1) h),
    (SELECT jsonb_agg((SELECT jsonb_build_object('subprocessors', r.subprocessors, 'collectedAt', r.collected_at)
        FROM runs r WHERE r.org_id = trustmap_org_id() AND r.repo = x.repo AND r.collected_at < x.before
        ORDER BY r.collected_at DESC LIMIT 1) ORDER BY x.ord)
      FROM unnest(p_repos, p_befores) WITH ORDINALITY AS x(repo, before, ord));
END
$$;
REVOKE ALL ON FUNCTION trustmap_ledger_lock_runs(text, text[], timestamptz[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trustmap_ledger_lock_runs(text, text[], timestamptz[]) TO {{app_role}};
`,
];
