import { describe, expect, it } from 'vitest';
import type { PolicyFacts, RoleFacts, TableFacts } from '../../src/probes/postgres/catalog.js';
import { readable, splitTopLevelOr } from '../../src/probes/postgres/expression.js';
import { catalogReasons } from '../../src/probes/postgres/policies.js';

const setting = { kind: 'setting', name: 'app.tenant_id' } as const;
const app: RoleFacts = { name: 'app', exists: true, superuser: false, bypassRls: false };
const BOUND = "(tenant_id = (current_setting('app.tenant_id'::text, true))::uuid)";

function table(policies: Partial<PolicyFacts>[], extra: Partial<TableFacts> = {}): TableFacts {
  return {
    requested: 'docs',
    name: 'docs',
    oid: 1,
    rlsEnabled: true,
    rlsForced: true,
    owner: 'postgres',
    roleOwns: false,
    roleCanSelect: true,
    hasTenantColumn: true,
    policies: policies.map((policy, i) => ({
      name: `p${i}`,
      permissive: true,
      command: '*',
      roles: ['public'],
      applies: true,
      ...policy,
    })),
    ...extra,
  };
}

describe('catalogReasons', () => {
  it('passes a forced table whose only policy binds the tenant', () => {
    expect(catalogReasons(table([{ using: BOUND }]), app, 'tenant_id', setting)).toEqual([]);
  });

  it('names the disjunct of an OR that does not bind the tenant', () => {
    const using = `(${BOUND} OR (sharing = 'public'::text))`;
    expect(catalogReasons(table([{ name: 'read', command: 'r', using }]), app, 'tenant_id', setting)).toEqual(
      ["docs: policy `read` lets any tenant select rows where sharing = 'public'"],
    );
  });

  it('says "every row" for USING (true), and checks WITH CHECK for inserts', () => {
    const reasons = catalogReasons(
      table([
        { name: 'all', command: 'r', using: 'true' },
        { name: 'ins', command: 'a', withCheck: '(owner_note IS NOT NULL)' },
      ]),
      app,
      'tenant_id',
      setting,
    );
    expect(reasons).toEqual([
      'docs: policy `all` lets any tenant select every row',
      'docs: policy `ins` lets any tenant insert rows where owner_note IS NOT NULL',
    ]);
  });

  it('accepts a broad permissive policy when a restrictive one binds the tenant', () => {
    const policies = [
      { name: 'share', command: 'r' as const, using: "(sharing <> 'private'::text)" },
      { name: 'tenant', permissive: false, using: BOUND },
    ];
    expect(catalogReasons(table(policies), app, 'tenant_id', setting)).toEqual([]);
  });

  it('ignores policies for other roles', () => {
    const policies = [{ name: 'admin', using: 'true', roles: ['admin'], applies: false }, { using: BOUND }];
    expect(catalogReasons(table(policies), app, 'tenant_id', setting)).toEqual([]);
  });

  it('a policy on another setting is not bound to this tenant context', () => {
    const using = "(tenant_id = (current_setting('app.org'::text, true))::uuid)";
    expect(catalogReasons(table([{ name: 'org', using }]), app, 'tenant_id', setting)).toHaveLength(1);
  });

  it('reads CURRENT_USER for a role per tenant and jwt claims for Supabase', () => {
    const role = { kind: 'role', rolePattern: 't_{tenant}' } as const;
    const byRole = "(('t_'::text || (tenant_id)::text) = CURRENT_USER)";
    expect(catalogReasons(table([{ using: byRole }]), app, 'tenant_id', role)).toEqual([]);
    const jwt = { kind: 'jwt-claims', claim: 'tenant_id' } as const;
    const byJwt =
      "((tenant_id)::text = ((current_setting('request.jwt.claims'::text, true))::json ->> 'tenant_id'::text))";
    expect(catalogReasons(table([{ using: byJwt }]), app, 'tenant_id', jwt)).toEqual([]);
  });

  it('names role and ownership faults, and stops at RLS off', () => {
    const superuser = { ...app, superuser: true };
    expect(catalogReasons(table([], { rlsEnabled: false }), superuser, 'tenant_id', setting)).toEqual([
      'docs: role `app` is a superuser, which bypasses row-level security',
      'docs: row-level security is off',
    ]);
    const owned = table([{ using: BOUND }], { rlsForced: false, roleOwns: true, owner: 'owners' });
    expect(catalogReasons(owned, app, 'tenant_id', setting)).toEqual([
      'docs: RLS enabled but not forced and role `app` owns the table (through membership in `owners`)',
    ]);
    expect(catalogReasons({ ...owned, name: undefined }, app, 'tenant_id', setting)).toEqual([
      'docs: table does not exist (or is not on the search path)',
    ]);
  });
});

describe('policy expressions', () => {
  it('splits only top-level ORs and ignores OR inside strings and parentheses', () => {
    expect(splitTopLevelOr("((a = 1) OR ((b = 2) OR (c = ' OR ')))")).toEqual([
      'a = 1',
      "(b = 2) OR (c = ' OR ')",
    ]);
    expect(readable("(sharing <> 'private'::text)")).toBe("sharing <> 'private'");
  });
});
