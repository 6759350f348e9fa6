import type { SqlClient } from '../client.js';

/** What the catalog says about one tenant-scoped table, as seen by the application role. */
export interface TableFacts {
  /** As written in the options. */
  requested: string;
  /** Quoted, schema-qualified name (`regclass` text); absent when the table does not exist. */
  name?: string;
  oid?: number;
  rlsEnabled: boolean;
  rlsForced: boolean;
  owner: string;
  /** The application role owns the table, directly or through membership. */
  roleOwns: boolean;
  roleCanSelect: boolean;
  hasTenantColumn: boolean;
  policies: PolicyFacts[];
}

export interface PolicyFacts {
  name: string;
  permissive: boolean;
  /** `r` select, `a` insert, `w` update, `d` delete, `*` all. */
  command: 'r' | 'a' | 'w' | 'd' | '*';
  roles: string[];
  /** The policy applies to the application role (PUBLIC, the role, or a role it is a member of). */
  applies: boolean;
  using?: string;
  withCheck?: string;
}

export interface RoleFacts {
  name: string;
  exists: boolean;
  superuser: boolean;
  bypassRls: boolean;
}

/** Attributes of a role; `exists: false` when there is none by that name. */
export async function readRole(client: SqlClient, role: string): Promise<RoleFacts> {
  const { rows } = await client.query(
    'SELECT rolsuper, rolbypassrls FROM pg_catalog.pg_roles WHERE rolname = $1',
    [role],
  );
  const row = rows[0];
  return {
    name: role,
    exists: Boolean(row),
    superuser: row?.rolsuper === true,
    bypassRls: row?.rolbypassrls === true,
  };
}

export async function currentUser(client: SqlClient): Promise<string> {
  const { rows } = await client.query('SELECT current_user::text AS name');
  return String(rows[0]?.name);
}

/** Reads RLS flags, ownership, privileges and policies of a table, judged for `role`. */
export async function readTable(
  client: SqlClient,
  requested: string,
  role: string,
  tenantColumn: string,
): Promise<TableFacts> {
  const { rows } = await client.query(
    `SELECT c.oid::int AS oid, c.oid::regclass::text AS name, c.relrowsecurity, c.relforcerowsecurity,
            pg_catalog.pg_get_userbyid(c.relowner)::text AS owner,
            pg_catalog.pg_has_role($2, c.relowner, 'USAGE') AS role_owns,
            pg_catalog.has_table_privilege($2, c.oid, 'SELECT') AS can_select,
            EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                    WHERE a.attrelid = c.oid AND a.attname = $3 AND a.attnum > 0 AND NOT a.attisdropped) AS has_tenant
       FROM pg_catalog.pg_class c WHERE c.oid = pg_catalog.to_regclass($1)`,
    [requested, role, tenantColumn],
  );
  const row = rows[0];
  if (!row) {
    return {
      requested,
      rlsEnabled: false,
      rlsForced: false,
      owner: '',
      roleOwns: false,
      roleCanSelect: false,
      hasTenantColumn: false,
      policies: [],
    };
  }
  return {
    requested,
    name: String(row.name),
    oid: Number(row.oid),
    rlsEnabled: row.relrowsecurity === true,
    rlsForced: row.relforcerowsecurity === true,
    owner: String(row.owner),
    roleOwns: row.role_owns === true,
    roleCanSelect: row.can_select === true,
    hasTenantColumn: row.has_tenant === true,
    policies: await readPolicies(client, Number(row.oid), role),
  };
}

async function readPolicies(client: SqlClient, oid: number, role: string): Promise<PolicyFacts[]> {
  const { rows } = await client.query(
    `SELECT p.polname::text AS name, p.polpermissive AS permissive, p.polcmd::text AS command,
            CASE WHEN p.polroles = '{0}' THEN ARRAY['public']
                 ELSE ARRAY(SELECT r.rolname::text FROM pg_catalog.pg_roles r WHERE r.oid = ANY (p.polroles)) END AS roles,
            (p.polroles = '{0}' OR EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
               WHERE r.oid = ANY (p.polroles) AND pg_catalog.pg_has_role($2, r.oid, 'USAGE'))) AS applies,
            pg_catalog.pg_get_expr(p.polqual, p.polrelid) AS using_expr,
            pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) AS check_expr
       FROM pg_catalog.pg_policy p WHERE p.polrelid = $1 ORDER BY p.polname`,
    [oid, role],
  );
  return rows.map((row) => ({
    name: String(row.name),
    permissive: row.permissive === true,
    command: String(row.command) as PolicyFacts['command'],
    roles: (row.roles as string[]) ?? [],
    applies: row.applies === true,
    ...(row.using_expr ? { using: String(row.using_expr) } : {}),
    ...(row.check_expr ? { withCheck: String(row.check_expr) } : {}),
  }));
}
