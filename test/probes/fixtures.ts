import { randomBytes } from 'node:crypto';
import type { PostgresProbeOptions } from '../../src/probes/index.js';

/**
 * Deliberately broken and correct set-ups, one table per set-up, shared by the real-server and PGlite tests.
 * Everything lives in a fresh schema and roles with unique names, so parallel runs never collide.
 */
export interface Fixture {
  schema: string;
  app: string;
  bypass: string;
  owner: string;
  tenantRolePrefix: string;
  /** `vector(3)` with pgvector, or `double precision[]` with a stand-in `<->` operator without it. */
  vectorType: string;
}

export function newFixture(hasPgvector: boolean): Fixture {
  const id = randomBytes(4).toString('hex');
  return {
    schema: `trustmap_probe_${id}`,
    app: `tm_${id}_app`,
    bypass: `tm_${id}_bypass`,
    owner: `tm_${id}_owner`,
    tenantRolePrefix: `tm_${id}_t_`,
    vectorType: hasPgvector ? 'vector(3)' : 'double precision[]',
  };
}

const TENANT = "tenant_id = current_setting('app.tenant_id', true)::uuid";

function documentsTable(f: Fixture, name: string, extra = ''): string[] {
  return [
    `CREATE TABLE ${name} (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES tenants(id),
    title text NOT NULL,
    sharing text NOT NULL DEFAULT 'private' CHECK (sharing IN ('private', 'shared')),
    embedding ${f.vectorType}${extra}
  )`,
    `GRANT SELECT, INSERT ON ${name} TO ${f.app}, ${f.bypass}`,
  ];
}

function isolated(name: string, using = TENANT): string[] {
  return [
    `ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${name} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY tenant_isolation ON ${name} USING (${using})`,
  ];
}

/** Statements that build every set-up; run as a superuser. */
export function fixtureSql(f: Fixture): string[] {
  const distance = f.vectorType.startsWith('vector')
    ? []
    : [
        // Without pgvector on the server, a float8[] L2 distance stands in for `<->` so the same probe SQL runs.
        `CREATE FUNCTION ${f.schema}.l2(a double precision[], b double precision[]) RETURNS double precision
           LANGUAGE sql IMMUTABLE AS 'SELECT sqrt(sum((x - y) ^ 2)) FROM unnest(a, b) AS t(x, y)'`,
        `CREATE OPERATOR ${f.schema}.<-> (LEFTARG = double precision[], RIGHTARG = double precision[], FUNCTION = ${f.schema}.l2)`,
      ];
  return [
    `CREATE SCHEMA ${f.schema}`,
    `SET search_path TO ${f.schema}, public`,
    `CREATE ROLE ${f.app} NOLOGIN NOBYPASSRLS`,
    `CREATE ROLE ${f.bypass} NOLOGIN BYPASSRLS`,
    `CREATE ROLE ${f.owner} NOLOGIN NOBYPASSRLS`,
    `GRANT USAGE ON SCHEMA ${f.schema} TO ${f.app}, ${f.bypass}, ${f.owner}`,
    ...distance,
    `CREATE TABLE tenants (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL)`,
    `GRANT SELECT, INSERT ON tenants TO ${f.app}, ${f.bypass}, ${f.owner}`,
    // correct: forced RLS, one policy bound to app.tenant_id, and a child table of chunks
    ...documentsTable(f, 'docs_ok'),
    ...isolated('docs_ok'),
    `CREATE TABLE chunks_ok (
       id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       document_id uuid NOT NULL REFERENCES docs_ok(id) ON DELETE CASCADE,
       tenant_id uuid NOT NULL REFERENCES tenants(id),
       content text NOT NULL,
       embedding ${f.vectorType}
     )`,
    `GRANT SELECT, INSERT ON chunks_ok TO ${f.app}`,
    ...isolated('chunks_ok'),
    // broken: row-level security off
    ...documentsTable(f, 'docs_rls_off'),
    // broken: a second permissive policy that ignores the tenant
    ...documentsTable(f, 'docs_broad'),
    ...isolated('docs_broad'),
    `CREATE POLICY share_read ON docs_broad FOR SELECT USING (sharing <> 'private')`,
    // broken: RLS enabled but not forced, and the application role owns the table
    ...documentsTable(f, 'docs_owner'),
    `ALTER TABLE docs_owner ENABLE ROW LEVEL SECURITY`,
    `CREATE POLICY tenant_isolation ON docs_owner USING (${TENANT})`,
    `ALTER TABLE docs_owner OWNER TO ${f.owner}`,
    // broken: correct table, but the search runs in a SECURITY DEFINER function owned by a superuser
    ...documentsTable(f, 'docs_search'),
    ...isolated('docs_search'),
    `CREATE FUNCTION match_docs(query ${f.vectorType.replace(/\(\d+\)/, '')}, k int)
       RETURNS TABLE (id uuid, tenant_id uuid, title text) LANGUAGE sql SECURITY DEFINER
       SET search_path = ${f.schema}, public
       AS 'SELECT id, tenant_id, title FROM docs_search ORDER BY embedding <-> query LIMIT k'`,
    `GRANT EXECUTE ON FUNCTION match_docs TO ${f.app}`,
    // correct, other tenant contexts: a role per tenant, and JWT claims as Supabase sets them
    ...documentsTable(f, 'docs_role'),
    ...isolated('docs_role', `('${f.tenantRolePrefix}' || tenant_id::text) = current_user`),
    ...documentsTable(f, 'docs_jwt'),
    ...isolated(
      'docs_jwt',
      `tenant_id::text = (current_setting('request.jwt.claims', true)::json ->> 'tenant_id')`,
    ),
  ];
}

/** Drops what `fixtureSql` created. */
export function teardownSql(f: Fixture): string[] {
  return [
    'RESET search_path',
    `DROP SCHEMA IF EXISTS ${f.schema} CASCADE`,
    ...[f.app, f.bypass, f.owner].map((role) => `DROP ROLE IF EXISTS ${role}`),
  ];
}

type SetupOptions = Omit<PostgresProbeOptions, 'client'>;

export interface Setup {
  name: string;
  options: (f: Fixture) => SetupOptions;
  verdict: 'pass' | 'fail';
  /** Substrings the table's reasons must contain (the table and the policy or role at fault). */
  reasons: (f: Fixture) => string[];
}

const setting = { kind: 'setting', name: 'app.tenant_id' } as const;
const base = (f: Fixture, tables: string[]): SetupOptions => ({
  tables,
  tenantColumn: 'tenant_id',
  tenantContext: setting,
  embeddingColumn: 'embedding',
  role: f.app,
});

export const SETUPS: Setup[] = [
  {
    name: 'correct: forced RLS with a tenant policy, parent and child tables',
    options: (f) => base(f, ['docs_ok', 'chunks_ok']),
    verdict: 'pass',
    reasons: () => [],
  },
  {
    name: 'broken: row-level security off',
    options: (f) => base(f, ['docs_rls_off']),
    verdict: 'fail',
    reasons: () => [
      'docs_rls_off: row-level security is off',
      "docs_rls_off: tenant A saw 1 of tenant B's canary row",
    ],
  },
  {
    name: 'broken: a policy that is too broad',
    options: (f) => base(f, ['docs_broad']),
    verdict: 'fail',
    reasons: () => ["docs_broad: policy `share_read` lets any tenant select rows where sharing <> 'private'"],
  },
  {
    name: 'broken: application role with BYPASSRLS',
    options: (f) => ({ ...base(f, ['docs_ok']), role: f.bypass }),
    verdict: 'fail',
    reasons: (f) => [
      `docs_ok: role \`${f.bypass}\` has BYPASSRLS`,
      "tenant A saw 1 of tenant B's canary row",
    ],
  },
  {
    name: 'broken: table owner without FORCE',
    options: (f) => ({ ...base(f, ['docs_owner']), role: f.owner }),
    verdict: 'fail',
    reasons: (f) => [`docs_owner: RLS enabled but not forced and role \`${f.owner}\` owns the table`],
  },
  {
    name: 'broken: similarity search that leaks across tenants',
    options: (f) => ({ ...base(f, ['docs_search']), searchQuery: 'SELECT * FROM match_docs($1, $2)' }),
    verdict: 'fail',
    reasons: () => [
      "docs_search: similarity search (the configured search query) with tenant B's canary vector",
    ],
  },
  {
    name: 'correct: a role per tenant',
    options: (f) => ({
      ...base(f, ['docs_role']),
      tenantContext: { kind: 'role', rolePattern: `${f.tenantRolePrefix}{tenant}` },
    }),
    verdict: 'pass',
    reasons: () => [],
  },
  {
    name: 'correct: JWT claims (Supabase style)',
    options: (f) => ({ ...base(f, ['docs_jwt']), tenantContext: { kind: 'jwt-claims', claim: 'tenant_id' } }),
    verdict: 'pass',
    reasons: () => [],
  },
];
