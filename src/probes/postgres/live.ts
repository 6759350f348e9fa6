import type { SqlClient } from '../client.js';
import type { ProbeStep } from '../types.js';
import { canaryVector } from './canaryValues.js';
import { enterTenant } from './context.js';
import { CANARY_PREFIX, type TenantContext } from './options.js';
import { quoteIdent } from './plant.js';

/** What the live steps of one table need. */
export interface LiveTable {
  /** As the user wrote it (used in messages). */
  label: string;
  /** Quoted, qualified name for SQL. */
  name: string;
  /** Values of tenant B's planted row; any of them in A's results is a leak. */
  tenantBRow: Record<string, string>;
  /** Embedding column facts, when the similarity step applies. */
  embedding?: { name: string; type: string; typmod: number; category: string };
}

export interface LiveSettings {
  client: SqlClient;
  tenantColumn: string;
  context: TenantContext;
  appRole: string | undefined;
  tenantA: string;
  tenantB: string;
  searchQuery?: string;
  k: number;
}

class ContextError extends Error {}

/** Runs `body` in a savepoint that is always rolled back, so each step starts from the planted state. */
async function isolated<T>(client: SqlClient, body: () => Promise<T>): Promise<T> {
  await client.query('SAVEPOINT trustmap_step');
  try {
    return await body();
  } finally {
    await client.query('ROLLBACK TO SAVEPOINT trustmap_step');
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Distinctive values of a row (ids and markers), the ones that prove where a result came from. */
function distinctive(row: Record<string, string>): string[] {
  return Object.values(row).filter(
    (value) =>
      value.includes(CANARY_PREFIX) ||
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  );
}

function leaks(rows: Record<string, unknown>[], tenantB: Record<string, string>): number {
  const needles = distinctive(tenantB);
  return rows.filter((row) => {
    const text = JSON.stringify(row);
    return needles.some((needle) => text.includes(needle));
  }).length;
}

/** Plain select, similarity search and no-context select for one table, as tenant A. */
export async function liveSteps(table: LiveTable, settings: LiveSettings): Promise<ProbeStep[]> {
  const steps = [await plainSelect(table, settings)];
  if (table.embedding || settings.searchQuery) steps.push(await similarity(table, settings));
  steps.push(await withoutContext(table, settings));
  return steps;
}

async function plainSelect(table: LiveTable, s: LiveSettings): Promise<ProbeStep> {
  const name = `${table.label}: select as tenant A`;
  try {
    return await isolated(s.client, async () => {
      const role = await enterTenant(s.client, s.context, s.appRole, s.tenantA);
      const column = quoteIdent(s.tenantColumn);
      const { rows } = await s.client.query(
        `SELECT count(*) FILTER (WHERE ${column}::text = $1)::int AS own,
                count(*) FILTER (WHERE ${column}::text = $2)::int AS other
           FROM ${table.name} WHERE ${column}::text IN ($1, $2)`,
        [s.tenantA, s.tenantB],
      );
      const own = Number(rows[0]?.own ?? 0);
      const other = Number(rows[0]?.other ?? 0);
      const as = role ? ` as role \`${role}\`` : '';
      if (other > 0) {
        return {
          name,
          verdict: 'fail',
          subject: table.label,
          detail: `${table.label}: tenant A saw ${other} of tenant B's canary row${other === 1 ? '' : 's'} (plain select${as})`,
        };
      }
      const ownNote =
        own > 0
          ? `its own ${own} row${own === 1 ? '' : 's'}`
          : 'not even its own row (check that the tenant context is what the policies read)';
      return {
        name,
        verdict: 'pass',
        subject: table.label,
        detail: `tenant A saw none of tenant B's rows${as}; it saw ${ownNote}`,
      };
    });
  } catch (error) {
    return { name, verdict: 'error', subject: table.label, detail: `query failed: ${message(error)}` };
  }
}

async function similarity(table: LiveTable, s: LiveSettings): Promise<ProbeStep> {
  const name = `${table.label}: similarity search as tenant A`;
  const embedding = table.embedding;
  const vector = canaryVector(s.tenantB, embedding ?? { typmod: 0, category: 'U' });
  const sql =
    s.searchQuery ??
    `SELECT ${quoteIdent(s.tenantColumn)}::text AS tenant FROM ${table.name}
      ORDER BY ${quoteIdent(embedding?.name ?? '')} <-> $1::${embedding?.type} LIMIT $2`;
  const how = s.searchQuery
    ? 'the configured search query'
    : `ORDER BY ${embedding?.name} <-> $1 LIMIT ${s.k}`;
  try {
    return await isolated(s.client, async () => {
      await enterTenant(s.client, s.context, s.appRole, s.tenantA);
      const { rows } = await s.client.query(sql, [vector, s.k]);
      const leaked = leaks(rows, table.tenantBRow);
      if (leaked > 0) {
        return {
          name,
          verdict: 'fail',
          subject: table.label,
          detail: `${table.label}: similarity search (${how}) with tenant B's canary vector returned tenant B's row to tenant A`,
        };
      }
      return {
        name,
        verdict: 'pass',
        subject: table.label,
        detail: `similarity search (${how}) with tenant B's canary vector returned ${rows.length} row${rows.length === 1 ? '' : 's'}, none of tenant B's`,
      };
    });
  } catch (error) {
    return {
      name,
      verdict: 'error',
      subject: table.label,
      detail: `similarity search failed: ${message(error)}`,
    };
  }
}

async function withoutContext(table: LiveTable, s: LiveSettings): Promise<ProbeStep> {
  const name = `${table.label}: select without tenant context`;
  const run = () =>
    isolated(s.client, async () => {
      try {
        await enterTenant(s.client, s.context, s.appRole, undefined);
      } catch (error) {
        throw new ContextError(message(error));
      }
      const column = quoteIdent(s.tenantColumn);
      const { rows } = await s.client.query(
        `SELECT count(*)::int AS n FROM ${table.name} WHERE ${column}::text IN ($1, $2)`,
        [s.tenantA, s.tenantB],
      );
      return Number(rows[0]?.n ?? 0);
    });
  try {
    const seen = await run();
    if (seen > 0) {
      return {
        name,
        verdict: 'fail',
        subject: table.label,
        detail: `${table.label}: without tenant context the application role saw ${seen} canary row${seen === 1 ? '' : 's'}`,
      };
    }
    return { name, verdict: 'pass', subject: table.label, detail: 'no tenant context, no rows' };
  } catch (error) {
    if (error instanceof ContextError) {
      return {
        name,
        verdict: 'error',
        subject: table.label,
        detail: `could not take the application's role: ${error.message}`,
      };
    }
    // An error here is the policy failing closed (e.g. casting an empty setting to uuid): no rows leak.
    return {
      name,
      verdict: 'pass',
      subject: table.label,
      detail: `no tenant context fails closed: ${message(error)}`,
    };
  }
}
