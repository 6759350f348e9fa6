import type { SqlClient } from '../client.js';
import type { TenantContext } from './options.js';
import { quoteIdent } from './plant.js';

/** The role-per-tenant name for a tenant id. */
export function tenantRoleName(pattern: string, tenant: string): string {
  return pattern.replaceAll('{tenant}', tenant);
}

/**
 * Makes the current (sub)transaction look like the application serving `tenant`, or serving no tenant at all
 * when `tenant` is undefined. Everything is `LOCAL`, so rolling back to the enclosing savepoint undoes it.
 * For a role per tenant the probe creates the synthetic tenant's role inside the transaction (role creation is
 * transactional in PostgreSQL), as a member of the application role so it has the application's grants.
 */
export async function enterTenant(
  client: SqlClient,
  context: TenantContext,
  appRole: string | undefined,
  tenant: string | undefined,
): Promise<string | undefined> {
  if (context.kind === 'role') {
    if (tenant === undefined) return setRole(client, appRole);
    const role = tenantRoleName(context.rolePattern, tenant);
    await client.query(`CREATE ROLE ${quoteIdent(role)} NOLOGIN`);
    if (appRole) await client.query(`GRANT ${quoteIdent(appRole)} TO ${quoteIdent(role)}`);
    return setRole(client, role);
  }
  if (context.kind === 'setting') {
    const role = await setRole(client, appRole);
    if (tenant !== undefined) await setSetting(client, context.name, tenant);
    return role;
  }
  const role = await setRole(client, context.role ?? appRole);
  if (tenant !== undefined) {
    const claims = JSON.stringify({ [context.claim]: tenant, ...(role ? { role } : {}) });
    await setSetting(client, context.setting ?? 'request.jwt.claims', claims);
  }
  return role;
}

/** Sets only the settings part of the context (used while planting, so inserts pass `WITH CHECK`). */
export async function setTenantSettings(
  client: SqlClient,
  context: TenantContext,
  tenant: string,
): Promise<void> {
  if (context.kind === 'setting') await setSetting(client, context.name, tenant);
  if (context.kind === 'jwt-claims') {
    await setSetting(
      client,
      context.setting ?? 'request.jwt.claims',
      JSON.stringify({ [context.claim]: tenant }),
    );
  }
}

/** The setting the tenant context uses, if it uses one (role-per-tenant does not). */
export function contextSetting(context: TenantContext): string | undefined {
  if (context.kind === 'setting') return context.name;
  if (context.kind === 'jwt-claims') return context.setting ?? 'request.jwt.claims';
  return undefined;
}

/**
 * Reads the context setting, so it can be put back after planting: the no-context step must not inherit the
 * last planted tenant. (A placeholder setting cannot return to NULL inside a transaction; `''` is what a pooled
 * connection shows after an earlier request, so it is a fair "no tenant".)
 */
export async function saveTenantSettings(
  client: SqlClient,
  context: TenantContext,
): Promise<() => Promise<void>> {
  const name = contextSetting(context);
  if (!name) return async () => undefined;
  const { rows } = await client.query('SELECT pg_catalog.current_setting($1, true) AS value', [name]);
  const previous = rows[0]?.value ?? null;
  return async () => {
    await client.query('SELECT pg_catalog.set_config($1, $2, true)', [name, previous]);
  };
}

async function setSetting(client: SqlClient, name: string, value: string): Promise<void> {
  await client.query('SELECT pg_catalog.set_config($1, $2, true)', [name, value]);
}

async function setRole(client: SqlClient, role: string | undefined): Promise<string | undefined> {
  if (role) await client.query(`SET LOCAL ROLE ${quoteIdent(role)}`);
  return role;
}
