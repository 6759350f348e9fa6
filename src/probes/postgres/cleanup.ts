import type { SqlClient } from '../client.js';
import { CANARY_PREFIX } from './options.js';
import { quoteIdent } from './plant.js';
import type { CanaryRun } from './runs.js';

export interface CleanupOptions {
  /** The recorded runs whose canaries to delete (`readCanaryRuns`, or a marker the probe printed). */
  runs: readonly Pick<CanaryRun, 'marker' | 'tenants' | 'tenantColumn'>[];
  /** Tables to sweep; every user table when absent (canary parents such as `tenants` rows are found too). */
  tables?: string[];
  /** Count what would be deleted, delete nothing. */
  dryRun?: boolean;
}

export interface CleanupResult {
  table: string;
  /** Rows deleted (or, with `dryRun`, that would be). */
  rows: number;
  /** Rows left alone that mention the canary prefix but carry no recorded run's marker or tenant. */
  left?: number;
  error?: string;
}

const MAX_PASSES = 5;

interface Column {
  name: string;
  json: boolean;
}

/**
 * Deletes the rows a killed `committed`-mode run left, and only those: a row goes when one of its text columns is
 * exactly a recorded run's marker (or the marker and `-<n>`, as the planter writes them), a JSON column carries it as
 * `trustmapCanary`, or its tenant column holds one of the run's random tenant ids. A customer's row that only
 * mentions `trustmap-canary-` is counted in `left` and kept. Run it as a user that sees every row (the table owner
 * with RLS not forced, or a superuser). Foreign keys are respected by retrying in a few passes.
 * @example const removed = await cleanupCanaries(sqlClient(pgClient), { runs: readCanaryRuns('.') });
 */
export async function cleanupCanaries(client: SqlClient, options: CleanupOptions): Promise<CleanupResult[]> {
  const tables = await markerColumns(client, options.tables);
  const markers = options.runs
    .map((run) => run.marker)
    .filter((marker) => /^trustmap-canary-[0-9a-f]+$/.test(marker));
  const pattern = markers.length > 0 ? `^(${markers.join('|')})(-[0-9]+)?$` : '^$.';
  const tenantsByColumn = new Map<string, string[]>();
  for (const run of options.runs)
    tenantsByColumn.set(run.tenantColumn, [...(tenantsByColumn.get(run.tenantColumn) ?? []), ...run.tenants]);
  const clauses = new Map<string, { where: string; params: unknown[] }>();
  for (const [table, columns] of tables) {
    const params: unknown[] = [pattern];
    const tests = columns.map((column) =>
      column.json
        ? `(jsonb_typeof(${quoteIdent(column.name)}::jsonb) = 'object' AND (${quoteIdent(column.name)}::jsonb ->> 'trustmapCanary') ~ $1)`
        : `${quoteIdent(column.name)}::text ~ $1`,
    );
    for (const column of columns) {
      const tenants = tenantsByColumn.get(column.name);
      if (!tenants || tenants.length === 0) continue;
      params.push(tenants);
      tests.push(`${quoteIdent(column.name)}::text = ANY($${params.length}::text[])`);
    }
    clauses.set(table, { where: tests.map((test) => `coalesce(${test}, false)`).join(' OR '), params });
  }
  const results = new Map<string, CleanupResult>();
  let pending = [...tables.keys()];
  for (let pass = 0; pass < MAX_PASSES && pending.length > 0; pass++) {
    const next: string[] = [];
    for (const table of pending) {
      const { where, params } = clauses.get(table)!;
      try {
        const sql = options.dryRun
          ? `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`
          : `WITH gone AS (DELETE FROM ${table} WHERE ${where} RETURNING 1) SELECT count(*)::int AS n FROM gone`;
        const { rows } = await client.query(sql, params);
        const previous = results.get(table)?.rows ?? 0;
        results.set(table, { table, rows: previous + Number(rows[0]?.n ?? 0) });
      } catch (error) {
        results.set(table, { table, rows: results.get(table)?.rows ?? 0, error: (error as Error).message });
        next.push(table);
      }
    }
    if (next.length === pending.length) break;
    pending = next;
  }
  // What stays: rows that mention the prefix without being a recorded run's canary (say, a customer's note).
  for (const [table, columns] of tables) {
    const entry = results.get(table);
    if (!entry || entry.error) continue;
    const { where, params } = clauses.get(table)!;
    const mentions = columns
      .map((column) => `${quoteIdent(column.name)}::text LIKE $${params.length + 1}`)
      .join(' OR ');
    const { rows } = await client
      .query(`SELECT count(*)::int AS n FROM ${table} WHERE (${mentions}) AND NOT (${where})`, [
        ...params,
        `%${CANARY_PREFIX}%`,
      ])
      .catch(() => ({ rows: [] as Record<string, unknown>[] }));
    const left = Number(rows[0]?.n ?? 0);
    if (left > 0) entry.left = left;
  }
  return [...results.values()].sort((a, b) => a.table.localeCompare(b.table));
}

async function markerColumns(client: SqlClient, only?: string[]): Promise<Map<string, Column[]>> {
  const { rows } = await client.query(
    `SELECT c.oid::regclass::text AS table_name, a.attname::text AS column_name, t.typname::text AS type_name
       FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
      WHERE c.relkind IN ('r', 'p')
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
        AND (t.typcategory = 'S' OR t.typname IN ('json', 'jsonb', 'uuid'))
        AND ($1::text[] IS NULL OR c.oid = ANY (ARRAY(SELECT pg_catalog.to_regclass(x) FROM unnest($1::text[]) AS x)))
      ORDER BY 1, a.attnum`,
    [only ?? null],
  );
  const tables = new Map<string, Column[]>();
  for (const row of rows) {
    const table = String(row.table_name);
    const list = tables.get(table) ?? [];
    const type = String(row.type_name);
    list.push({ name: String(row.column_name), json: type === 'json' || type === 'jsonb' });
    tables.set(table, list);
  }
  return tables;
}
