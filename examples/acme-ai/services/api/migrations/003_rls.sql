-- Tenant isolation is enforced by the database, not only by the application's WHERE clauses:
-- the API sets app.tenant_id per transaction (services/api/src/db.ts) and connects as documind_app,
-- which has no BYPASSRLS. FORCE makes the policies apply to the table owner as well.

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;
ALTER TABLE document_chunks ENABLE ROW LEVEL SECURITY;
ALTER TABLE document_chunks FORCE ROW LEVEL SECURITY;

-- Without a tenant the policies fail closed: current_setting(..., true) is NULL when the session never
-- set app.tenant_id (no rows match), and '' after an earlier transaction set it locally (the uuid cast
-- rejects the query).
DROP POLICY IF EXISTS tenant_isolation ON users;
CREATE POLICY tenant_isolation ON users
  USING (tenant_id = current_setting('app.tenant_id', true)::uuid)
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true)::uuid);

DROP POLICY IF EXISTS tenant_isolation ON documents;
CREATE POLICY tenant_isolation ON documents
  USING (tenant_id = current_setting('app.tenant_id', true)::uuid)
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true)::uuid);

DROP POLICY IF EXISTS tenant_isolation ON document_chunks;
CREATE POLICY tenant_isolation ON document_chunks
  USING (tenant_id = current_setting('app.tenant_id', true)::uuid)
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true)::uuid);

-- Roles are cluster-wide, so re-running the migration in another database must not fail.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'documind_app') THEN
    CREATE ROLE documind_app NOLOGIN NOBYPASSRLS;
  END IF;
END
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON users, documents, document_chunks TO documind_app;
-- tenants has no tenant_id column to scope by: the API reads it (opt-in flag) and the offboarding job
-- removes the tenant's own row last, after its scoped deletes.
GRANT SELECT, DELETE ON tenants TO documind_app;
-- Unqualified so the grant follows search_path, like the tables above.
GRANT USAGE ON SEQUENCE document_chunks_id_seq TO documind_app;
