import type { SqlClient } from '../client.js';
import { CANARY_PREFIX } from './options.js';
import { quoteIdent } from './plant.js';

export interface CleanupOptions {
  /** Tables to sweep; every user table when absent (canary parents such as `tenants` rows are found too). */
  tables?: string[];
  /** Count what would be deleted, delete nothing. */
  dryRun?: boolean;
}

export interface CleanupResult {
  table: string;
  /** Rows deleted (or, with `dryRun`, that would be). */
  rows: number;
  error?: string;
}

const MAX_PASSES = 5;

/**
 * Deletes rows that carry the canary marker (`trustmap-canary-…`) in a text or JSON column: what a killed
 * `committed`-mode run left. Transaction-mode runs leave nothing to clean. Run it as a user that sees every
 * row (the table owner with RLS not forced, or a superuser): row-level security hides rows from others.
 * Foreign keys are respected by retrying in a few passes, children first as they allow.
 * @example const removed = await cleanupCanaries(sqlClient(pgClient));
 */
export async function cleanupCanaries(
  client: SqlClient,
  options: CleanupOptions = {},
): Promise<CleanupResult[]> {
  const tables = await markerColumns(client, options.tables);
  const results = new Map<string, CleanupResult>();
  let pending = [...tables.keys()];
  for (let pass = 0; pass < MAX_PASSES && pending.length > 0; pass++) {
    const next: string[] = [];
    for (const table of pending) {
      const where = tables
        .get(table)!
        .map((column) => `${quoteIdent(column.name)}::text LIKE $1`)
        .join(' OR ');
      const pattern = `%${CANARY_PREFIX}%`;
      try {
        const sql = options.dryRun
          ? `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`
          : `WITH gone AS (DELETE FROM ${table} WHERE ${where} RETURNING 1) SELECT count(*)::int AS n FROM gone`;
        const { rows } = await client.query(sql, [pattern]);
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
  return [...results.values()].sort((a, b) => a.table.localeCompare(b.table));
}

async function markerColumns(client: SqlClient, only?: string[]): Promise<Map<string, { name: string }[]>> {
  const { rows } = await client.query(
    `SELECT c.oid::regclass::text AS table_name, a.attname::text AS column_name
       FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
      WHERE c.relkind IN ('r', 'p')
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
        AND (t.typcategory = 'S' OR t.typname IN ('json', 'jsonb'))
        AND ($1::text[] IS NULL OR c.oid = ANY (ARRAY(SELECT pg_catalog.to_regclass(x) FROM unnest($1::text[]) AS x)))
      ORDER BY 1, a.attnum`,
    [only ?? null],
  );
  const tables = new Map<string, { name: string }[]>();
  for (const row of rows) {
    const table = String(row.table_name);
    const list = tables.get(table) ?? [];
    list.push({ name: String(row.column_name) });
    tables.set(table, list);
  }
  return tables;
}
