import type { ProviderHit } from '../scan/hits.js';

/**
 * A database kind named as a whole string, as a connection form or a dialect table holds it: SQLAlchemy's dialect
 * names, alone or with their driver (`'postgresql+psycopg2'`, `"mysql+pymysql"`, `'bigquery'`, `'awsathena+rest'`),
 * from SQLAlchemy's dialect documentation and the third-party dialects it lists (read 2026-12-06). The name is bounded
 * by quotes on both sides, so a line costs one linear pass.
 */
const DIALECT =
  /['"`](postgres(?:ql)?|mysql|mariadb|mssql|oracle|sqlite|snowflake|databricks|bigquery|redshift|awsathena|clickhouse|trino|presto|duckdb|hive|druid|db2|teradata|vertica|cockroachdb)(?:\+\w{1,40})?['"`]/gi;

/** From this many database kinds named in one file, the file lists kinds to choose from, not the one the app runs. */
export const CHOICES_AT_LEAST = 3;

/** The `detail` of a datastore's proof on such a list's line (`markDatabaseChoices`). */
export const DATABASE_CHOICE_DETAIL = 'one of the database kinds the code lists to choose from';

/**
 * The database kinds one file names as whole strings, lower-case, each once, where it names at least
 * `CHOICES_AT_LEAST` (Dataherald's `database-providers.ts`: PostgreSQL, MS SQL Server, Databricks, Snowflake, Redshift,
 * BigQuery, Athena, MariaDB and ClickHouse, the databases a customer may connect). Undefined otherwise. Pure.
 * @example databaseChoices(`[{ driver: 'postgresql+psycopg2' }, { driver: 'mysql+pymysql' }, { driver: 'bigquery' }]`) // ['postgresql', 'mysql', 'bigquery']
 */
export function databaseChoices(text: string): string[] | undefined {
  const kinds = new Set<string>();
  for (const match of text.matchAll(DIALECT)) kinds.add(match[1]!.toLowerCase());
  return kinds.size >= CHOICES_AT_LEAST ? [...kinds] : undefined;
}

/**
 * Marks a datastore's proof that is one entry of such a list: the line names the store only as a database kind to
 * choose (Dataherald's MariaDB entry, `driver: 'mysql+pymysql'`, proposed as a MySQL database of ours keeping data
 * unsaid), which says the code can connect one, not that the app keeps its own data there. A proof with a detail of
 * its own keeps it.
 */
export function markDatabaseChoices(hits: readonly ProviderHit[], kinds: readonly string[]): void {
  for (const hit of hits) {
    const { evidence } = hit;
    if (evidence.signal !== 'api-call' || evidence.detail) continue;
    DIALECT.lastIndex = 0;
    if (!DIALECT.test(evidence.snippet)) continue;
    evidence.detail = `${DATABASE_CHOICE_DETAIL} (${kinds.length}: ${kinds.join(', ')})`;
  }
}
