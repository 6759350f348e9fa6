import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { loadMap } from '../../src/map/index.js';

// The example company must stay a real, consistent codebase: these tests fail when a file the map
// points to disappears, when the dataset manifest breaks, or when the migrations stop isolating tenants.

const EXAMPLE = path.resolve(import.meta.dirname, '../../examples/acme-ai');
const MIGRATIONS = path.join(EXAMPLE, 'services/api/migrations');
const SERVER_URL = process.env.TRUSTMAP_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const TENANT_A = '0a0a0a0a-0000-4000-8000-00000000000a';
const TENANT_B = '0b0b0b0b-0000-4000-8000-00000000000b';

/** The minimal query surface shared by PGlite and node-postgres that these tests need. */
interface Sql {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

async function migrationFiles(): Promise<string[]> {
  return (await readdir(MIGRATIONS)).filter((name) => name.endsWith('.sql')).sort();
}

async function migrate(db: Sql, options: { withoutPgvector?: boolean } = {}): Promise<void> {
  for (const name of await migrationFiles()) {
    const sql = await readFile(path.join(MIGRATIONS, name), 'utf8');
    await db.exec(options.withoutPgvector ? withoutPgvector(sql) : sql);
  }
}

/**
 * The migrations with pgvector's parts swapped out, for a server where Debian does not package pgvector:
 * embeddings are stored as text and `<=>` is a stand-in operator that ranks nothing, so the API's own queries
 * still run. The tables and row-level security stay exactly as written, which is what the server proves.
 */
function withoutPgvector(sql: string): string {
  return sql
    .replace(
      /CREATE EXTENSION IF NOT EXISTS vector;/g,
      () => `CREATE OR REPLACE FUNCTION no_distance(text, text) RETURNS float8 LANGUAGE sql IMMUTABLE AS 'SELECT 0::float8';
       DO $$ BEGIN CREATE OPERATOR <=> (LEFTARG = text, RIGHTARG = text, FUNCTION = no_distance);
       EXCEPTION WHEN duplicate_function THEN NULL; END $$;`,
    )
    .replace(/vector\(1536\)/g, 'text')
    .replace(/CREATE INDEX[^;]*USING hnsw[^;]*;/gs, '');
}

function embedding(seed: number): string {
  return `[${Array.from({ length: 1536 }, (_, i) => ((i * 31 + seed * 17) % 97) / 97).join(',')}]`;
}

/** Seeds one tenant's document and chunk as documind_app, inside that tenant's context. */
async function seedTenant(db: Sql, tenantId: string, seed: number): Promise<void> {
  await db.exec('BEGIN');
  await db.exec('SET LOCAL ROLE documind_app');
  await db.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
  const documentId = `${tenantId.slice(0, 35)}${seed}`;
  await db.query('INSERT INTO documents (id, tenant_id, title, s3_key) VALUES ($1, $2, $3, $4)', [
    documentId,
    tenantId,
    `Handbook ${seed}`,
    `tenants/${tenantId}/documents/${documentId}`,
  ]);
  await db.query(
    'INSERT INTO document_chunks (tenant_id, document_id, content, embedding) VALUES ($1, $2, $3, $4)',
    [tenantId, documentId, `Secret of tenant ${seed}`, embedding(seed)],
  );
  await db.exec('COMMIT');
}

/** Counts chunks visible to documind_app without any tenant context in this transaction. */
async function chunksWithoutTenant(db: Sql): Promise<number> {
  await db.exec('BEGIN');
  try {
    await db.exec('SET LOCAL ROLE documind_app');
    const result = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM document_chunks');
    return result.rows[0]?.n ?? -1;
  } finally {
    await db.exec('ROLLBACK');
  }
}

/** What documind_app sees with app.tenant_id set to `tenantId`, using the API's own search query. */
async function visibleAs(db: Sql, tenantId: string): Promise<{ documents: string[]; chunks: string[] }> {
  await db.exec('BEGIN');
  await db.exec('SET LOCAL ROLE documind_app');
  await db.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
  const documents = await db.query<{ tenant_id: string }>('SELECT tenant_id FROM documents');
  const chunks = await db.query<{ tenant_id: string }>(
    'SELECT tenant_id FROM document_chunks ORDER BY embedding <=> $1 LIMIT 8',
    [embedding(2)],
  );
  await db.exec('COMMIT');
  return { documents: documents.rows.map((r) => r.tenant_id), chunks: chunks.rows.map((r) => r.tenant_id) };
}

/** The isolation assertions shared by PGlite and the real server; `db` is a fresh session. */
async function expectTenantIsolation(db: Sql): Promise<void> {
  await db.query('INSERT INTO tenants (id, name) VALUES ($1, $2), ($3, $4)', [
    TENANT_A,
    'Tenant A',
    TENANT_B,
    'Tenant B',
  ]);
  // A chunk written by the (superuser) migration owner, before the session ever set app.tenant_id.
  await db.query(
    `INSERT INTO documents (id, tenant_id, title, s3_key) VALUES ($1, $2, 'Owner import', 'tenants/b/import')`,
    ['0c0c0c0c-0000-4000-8000-00000000000c', TENANT_B],
  );
  await db.query(
    `INSERT INTO document_chunks (tenant_id, document_id, content, embedding) VALUES ($1, $2, 'imported', $3)`,
    [TENANT_B, '0c0c0c0c-0000-4000-8000-00000000000c', embedding(3)],
  );
  // The policies fail closed: with app.tenant_id never set, current_setting(..., true) is NULL.
  expect(await chunksWithoutTenant(db)).toBe(0);

  await seedTenant(db, TENANT_A, 1);
  await seedTenant(db, TENANT_B, 2);
  expect(await visibleAs(db, TENANT_A)).toEqual({ documents: [TENANT_A], chunks: [TENANT_A] });
  const seenByB = await visibleAs(db, TENANT_B);
  expect(seenByB.documents).toEqual([TENANT_B, TENANT_B]);
  expect(seenByB.chunks).toEqual([TENANT_B, TENANT_B]);

  // WITH CHECK: tenant A cannot write a row tagged with tenant B.
  await db.exec('BEGIN');
  await db.exec('SET LOCAL ROLE documind_app');
  await db.query("SELECT set_config('app.tenant_id', $1, true)", [TENANT_A]);
  await expect(
    db.query('INSERT INTO documents (id, tenant_id, title, s3_key) VALUES (gen_random_uuid(), $1, $2, $3)', [
      TENANT_B,
      'planted',
      'tenants/b/x',
    ]),
  ).rejects.toThrow(/row-level security/);
  await db.exec('ROLLBACK');

  // Once a transaction has set it locally, the session's value reverts to '' (not NULL): the cast then
  // refuses the query instead of returning rows, which is still closed.
  await expect(chunksWithoutTenant(db)).rejects.toThrow(/invalid input syntax for type uuid/);
}

describe('examples/acme-ai files', () => {
  it('has every file the map points to: evidence paths, component paths, manifest and logo', async () => {
    const map = await loadMap(path.join(EXAMPLE, 'trustmap.yaml'));
    const pointed = [
      ...map.evidence.flatMap((item) => (item.path ? [item.path] : [])),
      ...map.components.flatMap((component) => component.paths ?? []),
      ...map.dataClasses.flatMap((dataClass) =>
        dataClass.provenance?.manifest ? [dataClass.provenance.manifest] : [],
      ),
      ...(map.organization.branding?.logo ? [map.organization.branding.logo] : []),
    ];
    expect(pointed.length).toBeGreaterThan(15);
    const missing = pointed.filter((relative) => !existsSync(path.join(EXAMPLE, relative)));
    expect(missing).toEqual([]);
  });

  it('has a dataset manifest with three files, each hashed with SHA-256 under a declared source', async () => {
    const manifest = JSON.parse(
      await readFile(path.join(EXAMPLE, 'pipelines/finetune/dataset-manifest.json'), 'utf8'),
    ) as {
      dataset: string;
      sources: string[];
      files: { path: string; sha256: string; source: string; records: number }[];
    };
    expect(manifest.dataset).toBe('opt-in-training-set');
    expect(manifest.files).toHaveLength(3);
    for (const file of manifest.files) {
      expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(manifest.sources).toContain(file.source);
      expect(file.path.startsWith('exports/')).toBe(true);
      expect(Number.isInteger(file.records) && file.records > 0).toBe(true);
    }
    expect(new Set(manifest.files.map((file) => file.sha256)).size).toBe(3);
  });

  it('keeps its three planted gaps and nothing the map forbids', async () => {
    const read = (relative: string) => readFile(path.join(EXAMPLE, relative), 'utf8');
    expect(await read('infra/logging.tf')).toMatch(/"\/acme\/llm-requests"[\s\S]*retention_in_days\s*=\s*90/);
    expect(await read('evidence/vendors/cohere-dpa.md')).toContain('2026-09-30');
    expect(await read('services/api/src/observability/tracing.ts')).toContain("from 'langsmith/traceable'");
    expect(await read('services/api/.env.example')).toMatch(/^LANGSMITH_TRACING=true$/m);

    const sources = await readSources(path.join(EXAMPLE, 'services/api/src'));
    const all = sources.join('\n');
    const responsesCalls = all.match(/responses\.create\(\{[\s\S]*?\}\)/g) ?? [];
    expect(responsesCalls.length).toBeGreaterThan(0);
    for (const call of responsesCalls) expect(call).toContain('store: false');
    expect(all).not.toMatch(/beta\.assistants|vectorStores|files\.create|cache_control|messages\.batches/);
    expect(all).toContain("'EX', ANSWER_TTL_SECONDS");
    expect(all).toContain('ANSWER_TTL_SECONDS = 3600');
  });
});

async function readSources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts'));
  return Promise.all(files.map((entry) => readFile(path.join(entry.parentPath, entry.name), 'utf8')));
}

describe('examples/acme-ai migrations on PGlite with pgvector', () => {
  it('run twice, hide tenant B from tenant A under SET ROLE documind_app, and cascade chunk deletes', async () => {
    const db = await PGlite.create({ extensions: { vector } });
    try {
      await migrate(db);
      await migrate(db);
      const forced = await db.query<{ relname: string; relforcerowsecurity: boolean }>(
        `SELECT relname, relforcerowsecurity FROM pg_class
          WHERE relname IN ('users', 'documents', 'document_chunks') ORDER BY relname`,
      );
      expect(forced.rows).toEqual([
        { relname: 'document_chunks', relforcerowsecurity: true },
        { relname: 'documents', relforcerowsecurity: true },
        { relname: 'users', relforcerowsecurity: true },
      ]);
      const role = await db.query<{ rolbypassrls: boolean; rolcanlogin: boolean }>(
        "SELECT rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = 'documind_app'",
      );
      expect(role.rows).toEqual([{ rolbypassrls: false, rolcanlogin: false }]);
      await expectTenantIsolation(db);

      // Deleting a document as its tenant removes its chunks too (ON DELETE CASCADE).
      await db.exec('BEGIN');
      await db.exec('SET LOCAL ROLE documind_app');
      await db.query("SELECT set_config('app.tenant_id', $1, true)", [TENANT_A]);
      await db.exec('DELETE FROM documents');
      const left = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM document_chunks');
      await db.exec('COMMIT');
      expect(left.rows[0]?.n).toBe(0);
      const others = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM document_chunks');
      expect(others.rows[0]?.n).toBe(2);
    } finally {
      await db.close();
    }
  });
});

/** Connects to the real server and reports why the migrations cannot run there, if they cannot. */
async function serverForMigrations(): Promise<{ client: pg.Client; pgvector: boolean } | { reason: string }> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    return { reason: `PostgreSQL at ${SERVER_URL} is unreachable (${(error as Error).message})` };
  }
  const available = await client.query("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'");
  return { client, pgvector: (available.rowCount ?? 0) > 0 };
}

const server = await serverForMigrations();

describe('examples/acme-ai migrations on the PostgreSQL server', () => {
  if ('reason' in server) {
    if (process.env.CI === 'true') {
      it('needs the PostgreSQL server under CI=true', () => {
        throw new Error(server.reason);
      });
    } else {
      it.skip(`skipped: ${server.reason}`, () => {});
    }
    return;
  }
  const { client, pgvector } = server;
  const db: Sql = {
    exec: (sql) => client.query(sql),
    query: async <T>(sql: string, params?: unknown[]) => ({
      rows: (await client.query(sql, params)).rows as T[],
    }),
  };

  // Without pgvector on the server (Debian bookworm has no package for PostgreSQL 15), the vector parts are
  // swapped out and the server still proves the tables and row-level security; PGlite above runs them unchanged.
  it(`run ${pgvector ? 'unchanged' : 'without the pgvector parts'} in a throwaway schema and isolate tenants as documind_app`, async () => {
    const schema = `acme_example_${process.pid}_${Date.now()}`;
    // Installed in public first (as the probe tests do) so CREATE EXTENSION in 001 is a no-op here and
    // dropping the throwaway schema can never take the extension, or other tests' columns, with it.
    if (pgvector) await client.query('CREATE EXTENSION IF NOT EXISTS vector SCHEMA public');
    const roleBefore = await client.query("SELECT 1 FROM pg_roles WHERE rolname = 'documind_app'");
    try {
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.query(`SET search_path = ${schema}, public`);
      await migrate(db, { withoutPgvector: !pgvector });
      await migrate(db, { withoutPgvector: !pgvector });
      await client.query(`GRANT USAGE ON SCHEMA ${schema} TO documind_app`);
      await expectTenantIsolation(db);
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.query('RESET search_path');
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      // Roles are cluster-wide: remove ours only if this test created it and nothing else uses it since.
      if (roleBefore.rowCount === 0) {
        await client.query(`REVOKE ALL ON SCHEMA public FROM documind_app`).catch(() => undefined);
        await client.query('DROP ROLE IF EXISTS documind_app').catch(() => undefined);
      }
      await client.end();
    }
  });
});
