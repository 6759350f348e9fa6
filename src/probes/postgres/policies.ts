import type { RoleFacts, TableFacts } from './catalog.js';
import { readable, splitTopLevelOr } from './expression.js';
import type { TenantContext } from './options.js';

const VERBS: Record<string, string> = {
  r: 'select',
  a: 'insert',
  w: 'update',
  d: 'delete',
  '*': 'read and write',
};

/** Words a policy expression must contain to be bound to the current tenant. */
function contextMarkers(context: TenantContext): string[] {
  if (context.kind === 'setting') return [context.name];
  if (context.kind === 'role') return ['current_user', 'session_user', 'current_role'];
  return [context.setting ?? 'request.jwt.claims', 'jwt()', 'uid()'];
}

function tenantBound(expression: string, tenantColumn: string, context: TenantContext): boolean {
  const mentionsColumn = new RegExp(
    `(^|[^a-z0-9_])"?${escapeRegExp(tenantColumn)}"?([^a-z0-9_]|$)`,
    'i',
  ).test(expression);
  const lower = expression.toLowerCase();
  return mentionsColumn && contextMarkers(context).some((marker) => lower.includes(marker.toLowerCase()));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The part of an expression that is not bound to the tenant, or undefined when every disjunct is. */
function unboundDisjunct(
  expression: string,
  tenantColumn: string,
  context: TenantContext,
): string | undefined {
  return splitTopLevelOr(expression).find((part) => !tenantBound(part, tenantColumn, context));
}

function describeRows(disjunct: string): string {
  const text = readable(disjunct);
  return text === 'true' ? 'every row' : `rows where ${text}`;
}

/**
 * Why a table is not isolated for `role`, judged from the catalog alone; an empty list when nothing is wrong.
 * Pure: takes the facts `readTable`/`readRole` gathered.
 * @example catalogReasons(facts, role, 'tenant_id', { kind: 'setting', name: 'app.tenant_id' })
 * // ['documents: policy `share_read` lets any tenant select rows where sharing <> \'private\'']
 */
export function catalogReasons(
  table: TableFacts,
  role: RoleFacts,
  tenantColumn: string,
  context: TenantContext,
): string[] {
  const name = table.requested;
  if (!table.name) return [`${name}: table does not exist (or is not on the search path)`];
  const reasons: string[] = [];
  if (!table.hasTenantColumn) reasons.push(`${name}: has no column \`${tenantColumn}\``);
  if (role.superuser)
    reasons.push(`${name}: role \`${role.name}\` is a superuser, which bypasses row-level security`);
  else if (role.bypassRls) reasons.push(`${name}: role \`${role.name}\` has BYPASSRLS`);
  if (!table.rlsEnabled) {
    reasons.push(`${name}: row-level security is off`);
    return reasons;
  }
  if (!table.rlsForced && table.roleOwns) {
    const through = table.owner === role.name ? '' : ` (through membership in \`${table.owner}\`)`;
    reasons.push(`${name}: RLS enabled but not forced and role \`${role.name}\` owns the table${through}`);
  }
  reasons.push(...policyReasons(table, tenantColumn, context));
  return reasons;
}

function policyReasons(table: TableFacts, tenantColumn: string, context: TenantContext): string[] {
  const applying = table.policies.filter((policy) => policy.applies);
  const restrictiveBound = (command: string) =>
    applying.some(
      (policy) =>
        !policy.permissive &&
        (policy.command === '*' || policy.command === command) &&
        policy.using !== undefined &&
        unboundDisjunct(policy.using, tenantColumn, context) === undefined,
    );
  const reasons: string[] = [];
  for (const policy of applying.filter((entry) => entry.permissive)) {
    if (restrictiveBound(policy.command === '*' ? 'r' : policy.command)) continue;
    const expression = policy.command === 'a' ? policy.withCheck : policy.using;
    if (expression === undefined) continue;
    const loose = unboundDisjunct(expression, tenantColumn, context);
    if (loose === undefined) continue;
    const verb = VERBS[policy.command] ?? 'use';
    reasons.push(
      `${table.requested}: policy \`${policy.name}\` lets any tenant ${verb} ${describeRows(loose)}`,
    );
  }
  return reasons;
}
