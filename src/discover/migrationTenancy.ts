import { runByCustomer } from '../core/vocabulary.js';
import { joinList, joinSome } from '../core/words.js';
import type { Location } from '../errors/index.js';
import { locationOf, type SystemMap } from '../map/index.js';
import { findProvider } from './catalog/index.js';
import type { DriftItem } from './drift.js';
import { type KeyedPolicy, readRowSecurity, type TableSecurity } from './rowSecurity.js';
import { RLS_BYPASS } from './signals/factRules.js';
import type { ConfigFact, DiscoveryEvidence, Finding, TableFact } from './types.js';

/**
 * A PostgreSQL store, of which row-level security is a feature: PostgreSQL itself, pgvector, Supabase, or a service
 * the catalog says runs PostgreSQL (`engine`: Neon).
 * @example postgresStore('pgvector') // true; postgresStore('mysql') // false
 */
export function postgresStore(provider: string | undefined): boolean {
  if (provider === undefined) return false;
  return (
    provider === 'postgres' ||
    provider === 'pgvector' ||
    provider === 'supabase' ||
    findProvider(provider)?.engine === 'postgres'
  );
}

/** What one store's migrations show of how its tables are kept apart. */
export interface MigrationTenancy {
  /** Tables holding user data whose row-level security keys each row to a user or tenant. */
  keyed: TableSecurity[];
  /** Tables holding user data that row-level security does not keep apart, and why (`gap`). */
  gaps: TableSecurity[];
  /** Some table in them has row-level security on. */
  rls: boolean;
  /** The folders the migrations sit in. */
  folders: string[];
}

// Folders migrations and schemas are kept in, read where no statement switches row-level security on: a store
// declared as `row-level-security` whose SQL there creates tables of user data, none secured.
const MIGRATION_FOLDER =
  /(?:^|\/)(?:migrations?|migrate|versions|alembic|supabase|schemas?|db|database|sql)(?:\/|$)/i;

const within = (folders: readonly string[], file: string) =>
  folders.some((folder) => folder === '' || file.replace(/\\/g, '/').startsWith(`${folder}/`));

/**
 * What the migrations show: the tables in the folders where row-level security is switched on (one database's
 * migrations), or, where it is switched on nowhere, those created in migration folders. Undefined when they create
 * no table holding user data.
 * @example migrationTenancy(report.tables)?.gaps.map((table) => table.table)
 */
export function migrationTenancy(tables: readonly TableFact[]): MigrationTenancy | undefined {
  const read = readRowSecurity(tables);
  const rlsFolders = [...new Set(read.filter((table) => table.rls).flatMap((table) => table.folders))];
  const rls = rlsFolders.length > 0;
  const inScope = read.filter((table) =>
    rls
      ? table.folders.some((folder) => rlsFolders.includes(folder))
      : table.folders.some((folder) => MIGRATION_FOLDER.test(folder)),
  );
  const userData = inScope.filter((table) => table.holdsUserData);
  if (userData.length === 0) return undefined;
  return {
    keyed: userData.filter((table) => table.gap === undefined),
    gaps: userData.filter((table) => table.gap !== undefined),
    rls,
    folders: rls
      ? rlsFolders
      : [...new Set(userData.flatMap((table) => table.folders))].filter((folder) =>
          MIGRATION_FOLDER.test(folder),
        ),
  };
}

const place = (proof: DiscoveryEvidence | undefined) => (proof ? `${proof.file}:${proof.line}` : undefined);
const cited = (text: string, proof: DiscoveryEvidence | undefined) =>
  proof ? `${text} (${place(proof)})` : text;

const WHOM: Record<KeyedPolicy['kind'], string> = {
  user: 'the signed-in user',
  tenant: 'the current tenant',
  membership: 'the organisations the signed-in user belongs to',
};

/** Whom the policies key rows to, with the identities they compare: "the signed-in user (auth.uid())". */
function keyedTo(tables: readonly TableSecurity[]): string {
  const identities = new Map<KeyedPolicy['kind'], Set<string>>();
  for (const policy of tables.flatMap((table) => table.keyed))
    identities.set(policy.kind, (identities.get(policy.kind) ?? new Set()).add(policy.identity));
  return joinList(
    [...identities].map(([kind, names]) => `${WHOM[kind]} (${joinSome([...names], 2)})`),
    'or',
  );
}

/** "row-level security on documents and document_sections, each row keyed to the signed-in user (auth.uid())". */
function mechanism(keyed: readonly TableSecurity[]): string {
  const names = keyed.map((table) => table.table);
  const on = names.length <= 4 ? joinList(names) : `${names.length} tables (${joinSome(names, 3)})`;
  return `row-level security on ${on}, each row keyed to ${keyedTo(keyed)}`;
}

const MAX_NAMED = 5;

/** Each keyed table with its first keyed policy, what it compares and where: the proof a reviewer checks. */
function keyedProof(keyed: readonly TableSecurity[]): string {
  const items = keyed.slice(0, MAX_NAMED).map((table) => {
    const policy = table.keyed[0]!;
    const condition = policy.condition.length > 90 ? `${policy.condition.slice(0, 87)}…` : policy.condition;
    return cited(`${table.table}: \`${condition}\``, policy.evidence);
  });
  return `${items.join('; ')}${keyed.length > MAX_NAMED ? `; and ${keyed.length - MAX_NAMED} more` : ''}`;
}

const GAP_WORDS: Record<NonNullable<TableSecurity['gap']>, string> = {
  'no-rls': 'no row-level security',
  'no-policy': 'row-level security with no policy, so only a key that bypasses it reaches the rows',
  'open-policy': 'a policy open to every row',
  'unkeyed-policy': 'no policy keyed to a user or tenant',
};

function gapProof(gaps: readonly TableSecurity[]): string {
  const items = gaps.slice(0, MAX_NAMED).map((table) => {
    const at = place((table.gap === 'open-policy' ? table.open?.evidence : undefined) ?? table.at);
    return `${table.table} (${GAP_WORDS[table.gap!]}${at ? `, ${at}` : ''})`;
  });
  return `${items.join('; ')}${gaps.length > MAX_NAMED ? `; and ${gaps.length - MAX_NAMED} more` : ''}`;
}

/** What a proposal or a finding adds of rows let through unkeyed, and of keys that bypass the policies. */
function caveats(keyed: readonly TableSecurity[], bypasses: readonly ConfigFact[]): string {
  const shared = keyed.filter((table) => table.conditional.length > 0);
  const parts: string[] = [];
  if (shared.length > 0) {
    const first = shared[0]!.conditional[0]!;
    parts.push(
      `on ${shared.length === 1 ? shared[0]!.table : `${shared.length} of them`} another policy also lets rows be read on a condition keyed to no one (${shared[0]!.table}: \`${(first.using ?? '').replace(/\s+/g, ' ').trim()}\`${first.evidence ? `, ${place(first.evidence)}` : ''}): say so in the mechanism if rows are shared that way`,
    );
  }
  if (bypasses.length > 0)
    parts.push(
      `the code also connects with a key row-level security does not apply to (${joinSome(
        bypasses.map((fact) => place(fact.evidence[0])!),
        3,
      )}): it holds only for the other paths`,
    );
  return parts.map((part) => `; ${part}`).join('');
}

/** A store the migrations may belong to: a map component, or one proposed in this run. */
interface Candidate {
  id: string;
  provider: string;
  proposal?: DriftItem['proposal'];
  component?: SystemMap['components'][number];
}

/**
 * The store the migrations belong to: the one PostgreSQL store among the map's components and those proposed, or,
 * among several, the one whose own proof sits in the migrations' folders (pgvector's `CREATE EXTENSION vector`).
 */
function owner(candidates: readonly Candidate[], findings: readonly Finding[], folders: readonly string[]) {
  if (candidates.length <= 1) return candidates[0];
  const inMigrations = candidates.filter((candidate) =>
    findings.some(
      (finding) =>
        finding.provider === candidate.provider &&
        finding.evidence.some((proof) => within(folders, proof.file)),
    ),
  );
  return inMigrations.length === 1 ? inMigrations[0] : undefined;
}

function pointerAt(map: SystemMap, pointer: string): { pointer: string; location?: Location } {
  const location = locationOf(map.source.locations, pointer);
  return location ? { pointer, location } : { pointer };
}

/**
 * Row-level security read from the SQL migrations, set against the store they belong to. A PostgreSQL store proposed
 * in `drift` is proposed with `tenancy: row-level-security` where every table holding user data has it, keyed by a
 * policy to the signed-in user or a tenant (what it keys on and where, said in the proposal's note); where some are
 * not, the note says which. A store the map declares gets a `tenancy-differs-from-migrations` item where its declared
 * tenancy and the migrations disagree: `row-level-security` with none, or not on every table of user data (high), or
 * `application-filter` where they key every table (info). Migrations of a store the map does not describe, or that
 * cannot be told apart from another's, are left alone. Amends the proposals in `drift`; returns the new items.
 */
export function tenancyFromMigrations(
  map: SystemMap,
  tables: readonly TableFact[],
  facts: readonly ConfigFact[],
  findings: readonly Finding[],
  drift: readonly DriftItem[],
): DriftItem[] {
  const shown = migrationTenancy(tables);
  if (!shown) return [];
  const candidates: Candidate[] = [
    ...map.components
      .filter(
        (component) => postgresStore(component.provider) && !runByCustomer(component, map.subprocessors),
      )
      .map((component) => ({ id: component.id, provider: component.provider!, component })),
    ...drift.flatMap((item) =>
      item.proposal?.section === 'components' && postgresStore(String(item.proposal.entry.provider))
        ? [
            {
              id: String(item.proposal.entry.id),
              provider: String(item.proposal.entry.provider),
              proposal: item.proposal,
            },
          ]
        : [],
    ),
  ];
  const store = owner(candidates, findings, shown.folders);
  if (!store) return [];
  const found = new Set(findings.map((finding) => finding.provider));
  const bypasses = facts.filter(
    (fact) => fact.kind === RLS_BYPASS && (fact.provider === undefined || found.has(fact.provider)),
  );
  const { keyed, gaps } = shown;
  if (store.proposal) {
    if (keyed.length > 0 && gaps.length === 0) {
      store.proposal.entry.tenancy = { model: 'row-level-security', mechanism: mechanism(keyed) };
      store.proposal.note = `its migrations enable row-level security on every table holding user data, each with a policy keyed to ${keyedTo(keyed)}: ${keyedProof(keyed)}${caveats(keyed, bypasses)}`;
    } else if (keyed.length > 0)
      store.proposal.note = `its migrations key rows to ${keyedTo(keyed)} with row-level security on ${joinSome(
        keyed.map((table) => table.table),
        3,
      )}, but not on every table holding user data: ${gapProof(gaps)}; say how those are kept apart before declaring its tenancy`;
    else if (shown.rls)
      store.proposal.note = `its migrations enable row-level security, but no policy keys a table holding user data to a user or tenant: ${gapProof(gaps)}; say how tenants are kept apart`;
    return [];
  }
  const component = store.component!;
  const declared = component.tenancy?.model;
  const name = component.name ?? component.id;
  if (declared === 'row-level-security' && gaps.length > 0) {
    const none = !shown.rls;
    return [
      {
        severity: 'high',
        kind: 'tenancy-differs-from-migrations',
        provider: store.provider,
        message: none
          ? `Component ${component.id} declares row-level-security, but its migrations (${joinSome(shown.folders, 2)}) enable it on no table: ${gaps.length} table${gaps.length === 1 ? ' holds' : 's hold'} user data, ${gapProof(gaps)}. Enable row-level security on each with a policy keyed to the user or tenant (\`ALTER TABLE … ENABLE ROW LEVEL SECURITY\`, \`CREATE POLICY … USING (…)\`), or declare the tenancy the code enforces (\`application-filter\`)`
          : `Component ${component.id} declares row-level-security, but its migrations do not key every table holding user data${keyed.length > 0 ? ` (${keyed.length} ${keyed.length === 1 ? 'is' : 'are'} keyed to ${keyedTo(keyed)})` : ''}: ${gapProof(gaps)}. Enable row-level security on each with a policy keyed to the user or tenant, or say in the tenancy's mechanism how those tables are kept apart`,
        plain: `${name} is said to separate customers' data with row-level security, which its database does not apply to every table of their data`,
        evidence: gaps.flatMap((table) => (table.at ? [table.at] : [])).slice(0, 5),
        ...pointerAt(map, `components/${component.id}/tenancy`),
      },
    ];
  }
  if (declared === 'application-filter' && keyed.length > 0 && gaps.length === 0)
    return [
      {
        severity: 'info',
        kind: 'tenancy-differs-from-migrations',
        provider: store.provider,
        message: `Component ${component.id} declares application-filter, but its migrations enable row-level security on every table holding user data, each with a policy keyed to ${keyedTo(keyed)}: ${keyedProof(keyed)}. If the app reaches these tables under those policies, make it \`tenancy: { model: row-level-security, mechanism: "${mechanism(keyed)}" }\`${caveats(keyed, bypasses)}`,
        evidence: keyed
          .flatMap((table) => (table.keyed[0]?.evidence ? [table.keyed[0].evidence] : []))
          .slice(0, 5),
        ...pointerAt(map, `components/${component.id}/tenancy`),
      },
    ];
  return [];
}
