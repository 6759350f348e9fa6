import { USE_PROOF_CLASSES } from './proof/classes.js';
import type { DiscoveryEvidence, PolicyFact, TableFact } from './types.js';

/** Whom a policy keys each row to: the signed-in user, the current tenant, or the tenants the user belongs to. */
export type KeyKind = 'user' | 'tenant' | 'membership';

/** A policy that keys rows to someone, with what it compares and where it is. */
export interface KeyedPolicy {
  table: string;
  name: string;
  kind: KeyKind;
  /** The identity compared (`auth.uid()`, `current_setting('app.tenant_id')`). */
  identity: string;
  /** Its condition as written, whitespace collapsed. */
  condition: string;
  evidence?: DiscoveryEvidence;
}

/** Why a table holding user data is not kept apart by row-level security. */
export type Gap = 'no-rls' | 'no-policy' | 'open-policy' | 'unkeyed-policy';

/** One table the migrations create or secure, as row-level security leaves it. */
export interface TableSecurity {
  table: string;
  /** Row-level security is enabled (or forced) in production migrations. */
  rls: boolean;
  /** Its policies that key rows to a user or tenant. */
  keyed: KeyedPolicy[];
  /** A policy open to every row (`using (true)`) for reading, or for every command. */
  open?: PolicyFact;
  /** Policies that let rows through on a condition keyed to no one (`sharing <> 'private'`). */
  conditional: PolicyFact[];
  /** It holds user data: a column keys its rows to a user or a tenant, or a policy does. */
  holdsUserData: boolean;
  /** Where it is created, RLS switched on, or its first policy is: the place a reader is pointed to. */
  at?: DiscoveryEvidence;
  /** Folders of its production statements. */
  folders: string[];
  gap?: Gap;
}

/** The privileged roles a policy may be limited to, which users never connect as: not a path to rows for them. */
const PRIVILEGED = /^(?:service_role|postgres|supabase_admin|supabase_\w+|rds_superuser|superuser|admin)$/;
const USER_ROLES = new Set(['public', 'anon', 'authenticated']);

/** Identities of the signed-in user: Supabase's `auth.uid()`, a JWT's subject, a per-user session setting. */
const USER_IDENTITY = [
  /\bauth\s*\.\s*(?:uid|email)\s*\(\s*\)/i,
  /\bauth\s*\.\s*jwt\s*\(\s*\)\s*->>?\s*'(?:sub|email|user_?id)'/i,
  /\bcurrent_setting\s*\(\s*'request\.jwt\.claims?(?:\.sub)?'[^)]*\)(?:\s*::\s*jsonb?\s*->>?\s*'sub')?/i,
  // The name looked ahead for, then read once: `'[^']*user[^']*'` backtracked over every "user" of a hostile string.
  /\bcurrent_setting\s*\(\s*'(?=[^']*(?:user|account))[^']*'[^)]*\)/i,
  /\b(?:[a-z_]\w*[_.])?(?:user_?id|uid)\s*\(\s*\)/i,
  /\b(?:current_user|session_user)\b/i,
];
/** Identities of the current tenant: a session setting, a function or a JWT claim naming one. */
const TENANT_IDENTITY = [
  /\bcurrent_setting\s*\(\s*'(?=[^']*(?:tenant|org|organi[sz]ation|workspace|team|company|project))[^']*'[^)]*\)/i,
  /\b(?:[a-z_]\w*[_.])?(?:tenant|org|organi[sz]ation|workspace|team|company)(?:_?(?:id|uuid))?\s*\(\s*\)/i,
  /\bauth\s*\.\s*jwt\s*\(\s*\)[^;]*?'(?:tenant|org|organi[sz]ation|workspace|team|company)\w*'/i,
];
/** A column naming a tenant, which a membership subquery keys rows by. */
const TENANT_COLUMN = /\b(?:tenant|org|organi[sz]ation|workspace|team|company)_?(?:id|uuid)\b/i;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The condition without tests that only ask whether someone signed in (`auth.uid() is not null`). */
function compared(condition: string, identity: RegExp): boolean {
  const flags = identity.flags.includes('g') ? identity.flags : `${identity.flags}g`;
  const nullTest = new RegExp(
    String.raw`\(?\s*(?:select\s+)?(?:${identity.source})\s*\)?(?:\s*::\s*\w+)?\s+is\s+(?:not\s+)?null`,
    flags,
  );
  return identity.test(condition.replace(nullTest, ' '));
}

/**
 * Whom a policy's condition keys rows to, if anyone: the tenant where it compares a tenant setting, the tenants the
 * user belongs to where it compares a tenant column through the user (`org_id in (select … where user_id =
 * auth.uid())`), else the user.
 * @example policyKey("auth.uid() = created_by") // { kind: 'user', identity: 'auth.uid()' }
 */
export function policyKey(condition: string): { kind: KeyKind; identity: string } | undefined {
  for (const pattern of TENANT_IDENTITY)
    if (compared(condition, pattern))
      return { kind: 'tenant', identity: collapse(pattern.exec(condition)![0]) };
  for (const pattern of USER_IDENTITY) {
    if (!compared(condition, pattern)) continue;
    const identity = collapse(pattern.exec(condition)![0]);
    return { kind: TENANT_COLUMN.test(condition) ? 'membership' : 'user', identity };
  }
  return undefined;
}

/** 0 for a policy on reading (`using`, for SELECT or every command), 1 for one on writing only. */
function readRank(policies: readonly PolicyFact[], keyed: KeyedPolicy): number {
  const policy = policies.find((entry) => entry.name === keyed.name);
  const reads = policy?.command === undefined || policy.command === 'ALL' || policy.command === 'SELECT';
  return reads && policy?.using !== undefined ? 0 : 1;
}

/** A condition every row meets: `true`, `1 = 1`. */
const OPEN = /^\(*\s*(?:true|1\s*=\s*1|'t')\s*\)*$/i;

const production = (proof: DiscoveryEvidence | undefined) =>
  proof !== undefined && (proof.proofClass === undefined || USE_PROOF_CLASSES.has(proof.proofClass));

/** Whether a policy reaches users: it names no role, or some role a user connects as, not only privileged ones. */
function reachesUsers(policy: PolicyFact): boolean {
  if (!policy.roles?.length) return true;
  return policy.roles.some((role) => USER_ROLES.has(role) || !PRIVILEGED.test(role));
}

const folderOf = (file: string) => file.replace(/\\/g, '/').replace(/\/?[^/]*$/, '');

/** A name a template fills in (`{table}`, `${name}`, `%s`): no table a reader can be pointed to. */
const templated = (name: string) => !/^[\w$]+$/.test(name);

/**
 * How row-level security leaves each table production migrations create with a user or tenant column, or secure:
 * whether it is on, which policies key rows to a user or tenant, and, for a table holding user data, why it is not
 * kept apart (`gap`). Statements in tests, examples and docs are left out, and tables whose name a template fills in.
 * @example readRowSecurity(report.tables).filter((table) => table.gap === 'no-rls')
 */
export function readRowSecurity(tables: readonly TableFact[]): TableSecurity[] {
  const read: TableSecurity[] = [];
  for (const fact of tables) {
    if (templated(fact.table)) continue;
    const rlsAt = (fact.rlsAt ?? []).filter(production);
    const createdAt = (fact.createdAt ?? []).filter(production);
    const policies = fact.policies.filter(
      (policy) => (policy.evidence === undefined || production(policy.evidence)) && reachesUsers(policy),
    );
    // A report from before `rlsAt` was written is taken at its word.
    const rls = fact.rlsAt === undefined ? fact.rlsEnabled || fact.rlsForced : rlsAt.length > 0;
    if (!rls && createdAt.length === 0) continue;
    const keyed: KeyedPolicy[] = [];
    const conditional: PolicyFact[] = [];
    let open: PolicyFact | undefined;
    for (const policy of policies) {
      const condition = policy.using ?? policy.withCheck;
      if (condition === undefined) continue;
      const key = policyKey(condition);
      if (key) {
        keyed.push({
          table: fact.table,
          name: policy.name,
          ...key,
          condition: collapse(condition),
          ...(policy.evidence ? { evidence: policy.evidence } : {}),
        });
        continue;
      }
      const reads = policy.command === undefined || policy.command === 'ALL' || policy.command === 'SELECT';
      if (policy.using !== undefined && OPEN.test(policy.using.trim())) {
        if (reads) open ??= policy;
      } else if (policy.using !== undefined && reads) conditional.push(policy);
    }
    // A policy on what users read first: the one a reader checks.
    keyed.sort((a, b) => readRank(policies, a) - readRank(policies, b));
    const holdsUserData = ((fact.ownerColumns?.length ?? 0) > 0 && createdAt.length > 0) || keyed.length > 0;
    const gap: Gap | undefined = !holdsUserData
      ? undefined
      : !rls
        ? 'no-rls'
        : open
          ? 'open-policy'
          : keyed.length > 0
            ? undefined
            : policies.length === 0
              ? 'no-policy'
              : 'unkeyed-policy';
    const at = createdAt[0] ?? rlsAt[0] ?? policies.find((policy) => policy.evidence)?.evidence;
    read.push({
      table: fact.table,
      rls,
      keyed,
      ...(open ? { open } : {}),
      conditional,
      holdsUserData,
      ...(at ? { at } : {}),
      folders: [...new Set([...rlsAt, ...createdAt].map((proof) => folderOf(proof.file)))],
      ...(gap ? { gap } : {}),
    });
  }
  return read;
}

/**
 * Whether SQL says more of a table than that it has user or tenant columns: vectors, row-level security or policies.
 * Reports list only those, as they did before owner columns were read.
 */
export function saysMoreThanOwners(table: TableFact): boolean {
  return (
    table.vectorColumns.length > 0 ||
    table.vectorIndexes.length > 0 ||
    table.rlsEnabled ||
    table.rlsForced ||
    table.policies.length > 0
  );
}
