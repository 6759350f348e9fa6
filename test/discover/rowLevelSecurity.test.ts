import { describe, expect, it } from 'vitest';
import { createDiscoveryDriftCheck } from '../../src/controls/checks/discoveryDrift.js';
import { computeDrift, planAdditions } from '../../src/discover/index.js';
import { policyKey } from '../../src/discover/rowSecurity.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { buildModel } from '../../src/model/index.js';
import { scan } from './fixture.js';

// Row-level security read from SQL migrations: proposed as a PostgreSQL store's tenancy where its policies key every
// table of user data to the signed-in user or a tenant, and set against a tenancy the map declares.

const EMPTY = 'version: 1\norganization: { name: Tiny, stage: seed }\n';

function mapOf(content: string) {
  const loaded = loadMapFromFiles([{ file: 'trustmap.yaml', content }], { root: '/tmp/map' });
  if (!loaded.ok) throw new Error('map does not load');
  return loaded.map;
}

/** What `init` would propose from `files` into an empty map, and the drift against `map`. */
async function run(files: Record<string, string>, map = EMPTY) {
  const report = await scan(files);
  const loaded = mapOf(map);
  const drift = computeDrift(loaded, report);
  return { report, drift, additions: planAdditions(loaded, drift, report.facts) };
}

const component = (additions: Awaited<ReturnType<typeof run>>['additions'], id: string) =>
  additions.find((addition) => addition.section === 'components' && addition.entry.id === id);

// supabase-community/chatgpt-your-files (2bb8afb): documents keyed to `auth.uid()` by `created_by`, their sections
// through the documents; `init` proposed its pgvector store with no tenancy.
const DOCUMENTS = [
  'create extension if not exists vector with schema extensions;',
  '',
  'create table documents (',
  '  id bigint primary key generated always as identity,',
  '  name text not null,',
  '  created_by uuid not null references auth.users (id) default auth.uid()',
  ');',
  '',
  'create table document_sections (',
  '  id bigint primary key generated always as identity,',
  '  document_id bigint not null references documents (id),',
  '  content text not null,',
  '  embedding vector (384)',
  ');',
  '',
  'alter table documents enable row level security;',
  'alter table document_sections enable row level security;',
  '',
  'create policy "Users can insert documents"',
  'on documents for insert to authenticated with check (',
  '  auth.uid() = created_by',
  ');',
  '',
  'create policy "Users can query their own documents"',
  'on documents for select to authenticated using (',
  '  auth.uid() = created_by',
  ');',
  '',
  'create policy "Users can query their own document sections"',
  'on document_sections for select to authenticated using (',
  '  document_id in (',
  '    select id from documents where created_by = auth.uid()',
  '  )',
  ');',
  '',
].join('\n');
const MIGRATION = 'supabase/migrations/20231006212813_documents.sql';

describe("a store's tenancy proposed from its migrations", () => {
  it('proposes row-level security keyed to the signed-in user, with the policies and where (chatgpt-your-files)', async () => {
    const { additions } = await run({ [MIGRATION]: DOCUMENTS });
    const store = component(additions, 'pgvector');
    expect(store?.entry.tenancy).toEqual({
      model: 'row-level-security',
      mechanism:
        'row-level security on document_sections and documents, each row keyed to the signed-in user (auth.uid())',
    });
    // The policy on reading is cited, at its line.
    expect(store?.comment).toContain(`documents: \`auth.uid() = created_by\` (${MIGRATION}:24)`);
    expect(store?.comment).toContain(`document_sections: \`document_id in ( select id from documents`);
    expect(store?.comment).toContain(`(${MIGRATION}:29)`);
  });

  it('proposes none where row-level security is on with no policy, or with `using (true)`', async () => {
    const table =
      'create extension vector;\ncreate table chunks (id int, user_id uuid, embedding vector(3));\n';
    const noPolicy = await run({
      'db/migrations/1.sql': `${table}alter table chunks enable row level security;\n`,
    });
    expect(component(noPolicy.additions, 'pgvector')?.entry.tenancy).toBeUndefined();
    const open = await run({
      'db/migrations/1.sql': `${table}alter table chunks enable row level security;\ncreate policy "read" on chunks for select using (true);\ncreate policy "own" on chunks for all using (user_id = auth.uid());\n`,
    });
    expect(component(open.additions, 'pgvector')?.entry.tenancy).toBeUndefined();
    expect(component(open.additions, 'pgvector')?.comment).toContain(
      'chunks (a policy open to every row, db/migrations/1.sql:4)',
    );
  });

  it('proposes none where one table of user data has no row-level security, even in a file with no keyword (morphic)', async () => {
    // morphic (drizzle migrations): `feedback` is created in a file of its own that names no keyword, and read by a
    // policy open to every row; `chats` is keyed to `current_setting('app.current_user_id')`.
    const { additions } = await run({
      'lib/db/index.ts': "import postgres from 'postgres';\n",
      'drizzle/0000_chats.sql':
        'CREATE TABLE "chats" (\n\t"id" varchar(191) PRIMARY KEY,\n\t"user_id" varchar(255) NOT NULL\n);\n',
      'drizzle/0003_feedback.sql':
        'CREATE TABLE "feedback" (\n\t"id" varchar(191) PRIMARY KEY,\n\t"user_id" varchar(255),\n\t"message" text NOT NULL\n);\n',
      'drizzle/0005_rls.sql': [
        'ALTER TABLE "chats" ENABLE ROW LEVEL SECURITY;',
        `CREATE POLICY "users_manage_own_chats" ON "chats" AS PERMISSIVE FOR ALL TO public USING (user_id = current_setting('app.current_user_id', true));`,
        '',
      ].join('\n'),
    });
    const store = component(additions, 'postgres');
    expect(store?.entry.tenancy).toBeUndefined();
    expect(store?.comment).toContain(
      "its migrations key rows to the signed-in user (current_setting('app.current_user_id', true)) with row-level security on chats, but not on every table holding user data: feedback (no row-level security, drizzle/0003_feedback.sql:1)",
    );
  });

  it("reads a tenant's setting as the tenant, and leaves test fixtures and service-role policies out", async () => {
    const { additions } = await run({
      'compose.yaml': 'services:\n  db:\n    image: postgres:16\n',
      'migrations/001.sql': [
        'create table notes (id uuid primary key, tenant_id uuid not null, body text);',
        'alter table notes enable row level security;',
        'alter table notes force row level security;',
        "create policy tenant_isolation on notes using (tenant_id = current_setting('app.tenant_id')::uuid);",
        'create policy service on notes for all to service_role using (true);',
        '',
      ].join('\n'),
      'tests/test_rls.sql': 'create policy injected on notes using (true);\n',
    });
    expect(component(additions, 'postgres')?.entry.tenancy).toEqual({
      model: 'row-level-security',
      mechanism:
        "row-level security on notes, each row keyed to the current tenant (current_setting('app.tenant_id'))",
    });
  });

  it('says nothing where the migrations belong to a store the map does not describe', async () => {
    // Supabase is proposed as a sub-processor only: no component of ours holds the tables.
    const { additions, drift } = await run({
      'lib/supabase.ts': "import { createClient } from '@supabase/supabase-js';\n",
      'supabase/migrations/1.sql':
        'create table chats (id uuid, user_id uuid references auth.users);\nalter table chats enable row level security;\ncreate policy own on chats using (user_id = auth.uid());\n',
    });
    expect(additions.some((addition) => addition.entry.tenancy !== undefined)).toBe(false);
    expect(drift.some((item) => item.kind === 'tenancy-differs-from-migrations')).toBe(false);
  });
});

describe('who a policy keys rows to', () => {
  it('needs a comparison with the identity, not a test that someone signed in', () => {
    expect(policyKey('auth.uid() = created_by')).toEqual({ kind: 'user', identity: 'auth.uid()' });
    expect(policyKey('(select auth.uid()) = user_id')?.kind).toBe('user');
    expect(policyKey('auth.uid() is not null')).toBeUndefined();
    expect(policyKey("auth.role() = 'authenticated'")).toBeUndefined();
    expect(policyKey("sharing <> 'private'")).toBeUndefined();
    // Read once, however hostile: an unclosed setting name of 200,000 "user"s backtracked for minutes.
    expect(policyKey(`current_setting('${'user'.repeat(200_000)}`)).toBeUndefined();
    expect(policyKey("current_setting('app.current_user_id') = user_id")?.kind).toBe('user');
    expect(policyKey("current_setting('app.tenant_id')::uuid = tenant_id")?.kind).toBe('tenant');
    expect(policyKey('org_id in (select org_id from members where user_id = auth.uid())')?.kind).toBe(
      'membership',
    );
    expect(policyKey('org_id = trustmap_org_id()')).toEqual({
      kind: 'tenant',
      identity: 'trustmap_org_id()',
    });
    expect(policyKey('user_id = requesting_user_id()')?.kind).toBe('user');
  });
});

describe('a declared tenancy set against the migrations', () => {
  const USERS_TABLES = {
    'lib/db.ts': "import postgres from 'postgres';\n",
    'db/migrations/001_chats.sql':
      'create table chats (\n  id uuid primary key,\n  user_id uuid not null references users(id)\n);\n',
    'db/migrations/002_files.sql':
      'create table files (\n  id uuid primary key,\n  owner_id uuid not null\n);\n',
  };
  const declaring = (model: string) =>
    `${EMPTY}components:\n  - id: db\n    kind: datastore\n    provider: postgres\n    tenancy: { model: ${model} }\n`;

  it('finds row-level-security declared where the migrations enable it on no table', async () => {
    const { drift } = await run(USERS_TABLES, declaring('row-level-security'));
    const item = drift.find((entry) => entry.kind === 'tenancy-differs-from-migrations');
    expect(item?.severity).toBe('high');
    expect(item?.message).toContain(
      'Component db declares row-level-security, but its migrations (db/migrations) enable it on no table: 2 tables hold user data, chats (no row-level security, db/migrations/001_chats.sql:1); files (no row-level security, db/migrations/002_files.sql:1)',
    );
    expect(item?.message).toContain('ENABLE ROW LEVEL SECURITY');
    expect(item?.evidence.map((proof) => `${proof.file}:${proof.line}`)).toEqual([
      'db/migrations/001_chats.sql:1',
      'db/migrations/002_files.sql:1',
    ]);
    expect(item?.pointer).toBe('components/db/tenancy');
    // The map check says it as the store's tenancy, not as an undeclared vendor to declare.
    const { report } = await run(USERS_TABLES, declaring('row-level-security'));
    const model = buildModel(mapOf(declaring('row-level-security')), { now: new Date(), discovery: report });
    const result = createDiscoveryDriftCheck()
      .run(model)
      .find((entry) => entry.status === 'fail' && entry.message.includes('enable it on no table'));
    expect(result?.controls).toEqual(['TM-MAP-01', 'TM-TEN-01']);
    expect(result?.cause).toBeUndefined();
    expect(result?.lacks).toEqual(['tenancy']);
    expect(result?.remediation).toContain("make the component's `tenancy` say what its migrations enforce");
  });

  it('finds row-level-security declared where the migrations key some tables of user data and not others', async () => {
    const { drift } = await run(
      {
        ...USERS_TABLES,
        'db/migrations/003_rls.sql':
          'alter table chats enable row level security;\ncreate policy own on chats using (user_id = auth.uid());\n',
      },
      declaring('row-level-security'),
    );
    const item = drift.find((entry) => entry.kind === 'tenancy-differs-from-migrations');
    expect(item?.severity).toBe('high');
    expect(item?.message).toContain(
      'do not key every table holding user data (1 is keyed to the signed-in user (auth.uid())): files (no row-level security, db/migrations/002_files.sql:1)',
    );
  });

  it('finds application-filter declared where the migrations key every table to the user (chatbot-ui)', async () => {
    const keyed = {
      ...USERS_TABLES,
      'db/migrations/003_rls.sql': [
        'alter table chats enable row level security;',
        'alter table files enable row level security;',
        'create policy own_chats on chats using (user_id = auth.uid());',
        'create policy own_files on files using (owner_id = auth.uid());',
        '',
      ].join('\n'),
    };
    const { drift } = await run(keyed, declaring('application-filter'));
    const item = drift.find((entry) => entry.kind === 'tenancy-differs-from-migrations');
    expect(item?.severity).toBe('info');
    expect(item?.message).toContain(
      'make it `tenancy: { model: row-level-security, mechanism: "row-level security on chats and files, each row keyed to the signed-in user (auth.uid())" }`',
    );
    expect(item?.evidence[0]).toMatchObject({ file: 'db/migrations/003_rls.sql', line: 3 });
    // Declared as the migrations show it: nothing to say.
    const agreed = await run(keyed, declaring('row-level-security'));
    expect(agreed.drift.some((entry) => entry.kind === 'tenancy-differs-from-migrations')).toBe(false);
  });

  it('says nothing where two PostgreSQL stores cannot be told apart', async () => {
    const { drift, additions } = await run(
      { ...USERS_TABLES, 'compose.yaml': 'services:\n  vectors:\n    image: pgvector/pgvector:pg16\n' },
      declaring('row-level-security'),
    );
    expect(drift.some((entry) => entry.kind === 'tenancy-differs-from-migrations')).toBe(false);
    expect(component(additions, 'pgvector')?.entry.tenancy).toBeUndefined();
  });
});
