import { afterAll, beforeAll, expect, it } from 'vitest';
import { probePostgres, sqlClient } from '../../src/probes/index.js';
import { CORE_MIGRATIONS } from '../../src/server/db/coreMigrations.js';
import { migrate } from '../../src/server/db/migrate.js';
import { SERVER_MODULES } from '../../src/server/modules/index.js';
import { describeOnDatabases, openTestServer, seedOrg, type TestServer } from './harness.js';

/** Tables with an `org_id` column: every one must be organisation-owned under forced row-level security. */
async function orgTables(server: TestServer): Promise<{ table: string; rls: boolean; forced: boolean }[]> {
  const { rows } = await server.rawQuery(
    `SELECT c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind = 'r'
       AND (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped) OR c.relname = 'orgs')
     ORDER BY 1`,
    [server.db.schema],
  );
  return rows as { table: string; rls: boolean; forced: boolean }[];
}

await describeOnDatabases('server database', (kind) => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof seedOrg>>;
  let b: Awaited<ReturnType<typeof seedOrg>>;
  beforeAll(async () => {
    server = await openTestServer(kind);
    a = await seedOrg(server, 'org-a');
    b = await seedOrg(server, 'org-b');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('applies migrations once: a second start applies nothing', async () => {
    const again = await migrate(server.db, [
      { name: 'core', migrations: CORE_MIGRATIONS },
      ...SERVER_MODULES,
    ]);
    expect(again).toEqual([]);
    const { rows } = await server.rawQuery('SELECT id FROM trustmap_migrations ORDER BY id');
    // Every migration of the core and of each module, once (ids `<name>:<n>`).
    const expected = [{ name: 'core', migrations: CORE_MIGRATIONS }, ...SERVER_MODULES]
      .flatMap((set) => set.migrations.map((_, i) => `${set.name}:${i + 1}`))
      .sort();
    expect(rows.map((row) => row.id)).toEqual(expected);
  });

  it('runs requests as a role that is neither owner, superuser nor BYPASSRLS', async () => {
    const who = await server.db.withOrg(a.orgId, (tx) =>
      tx.query<{ who: string }>('SELECT current_user AS who'),
    );
    expect(who.rows[0]?.who).toBe(server.db.appRole);
    const { rows } = await server.rawQuery(
      `SELECT r.rolsuper, r.rolbypassrls, r.rolcanlogin,
         (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $2 AND c.relowner = r.oid) AS owns
       FROM pg_roles r WHERE r.rolname = $1`,
      [server.db.appRole, server.db.schema],
    );
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, rolcanlogin: false, owns: 0 });
  });

  it('forces row-level security on every organisation-owned table', async () => {
    const tables = await orgTables(server);
    expect(tables.map((t) => t.table)).toEqual(
      expect.arrayContaining([
        'api_tokens',
        'control_results',
        'ledger_entries',
        'memberships',
        'orgs',
        'runs',
      ]),
    );
    for (const table of tables) expect(table, table.table).toMatchObject({ rls: true, forced: true });
  });

  it('gives the application role no UPDATE or DELETE on the ledger, and no access to users or sessions', async () => {
    const { rows } = await server.rawQuery(
      `SELECT has_table_privilege($1, 'ledger_entries', 'UPDATE') AS update, has_table_privilege($1, 'ledger_entries', 'DELETE') AS delete,
              has_table_privilege($1, 'ledger_entries', 'INSERT') AS insert, has_table_privilege($1, 'users', 'SELECT') AS users,
              has_table_privilege($1, 'sessions', 'SELECT') AS sessions`,
      [server.db.appRole],
    );
    expect(rows[0]).toEqual({ update: false, delete: false, insert: true, users: false, sessions: false });
    await expect(server.db.withOrg(a.orgId, (tx) => tx.query('DELETE FROM ledger_entries'))).rejects.toThrow(
      /permission denied/,
    );
    await expect(server.db.withApp((tx) => tx.query('SELECT * FROM users'))).rejects.toThrow(
      /permission denied/,
    );
  });

  it('shows each organisation only its own rows, and nothing without an organisation', async () => {
    const seen = (orgId: string) =>
      server.db.withOrg(orgId, (tx) => tx.query<{ n: number }>('SELECT count(*)::int AS n FROM api_tokens'));
    expect((await seen(a.orgId)).rows[0]?.n).toBe(3);
    const orgs = await server.db.withOrg(b.orgId, (tx) =>
      tx.query<{ slug: string }>('SELECT slug FROM orgs'),
    );
    expect(orgs.rows).toEqual([{ slug: 'org-b' }]);
    const none = await server.db.withApp((tx) =>
      tx.query<{ n: number }>('SELECT count(*)::int AS n FROM api_tokens'),
    );
    expect(none.rows[0]?.n).toBe(0);
    await expect(
      server.db.withOrg(a.orgId, (tx) =>
        tx.query(
          'INSERT INTO api_tokens (id, org_id, name, token_hash, scopes) VALUES (gen_random_uuid(), $1, $2, $3, $4)',
          [b.orgId, 'x', 'y', '[]'],
        ),
      ),
    ).rejects.toThrow();
  });

  it('passes Trustmap’s own tenant-isolation probe (`probe postgres`) on its own tables', async () => {
    const tables = (await orgTables(server)).map((t) => t.table).filter((table) => table !== 'orgs');
    const result = await server.withRawClient((client) =>
      probePostgres({
        client: sqlClient(client),
        tables: tables.map((table) => `${server.db.schema}.${table}`),
        tenantColumn: 'org_id',
        tenantContext: { kind: 'setting', name: 'app.org_id' },
        role: server.db.appRole,
      }),
    );
    const failing = [
      ...result.steps.filter((step) => step.verdict !== 'pass'),
      ...(result.tables ?? []).filter((t) => t.verdict !== 'pass'),
    ];
    expect(failing.map((f) => JSON.stringify(f).slice(0, 300))).toEqual([]);
    expect(result.verdict).toBe('pass');
  });
});
