import type { SqlClient } from '../client.js';
import { type ColumnFacts, canaryVector, inventValue } from './canaryValues.js';

/** A row the probe inserted, so committed mode can delete exactly it. */
export interface PlantedRow {
  table: string;
  ctid: string;
}

interface ForeignKey {
  parent: string;
  columns: string[];
  parentColumns: string[];
}

interface TableShape {
  columns: ColumnFacts[];
  foreignKeys: ForeignKey[];
}

const MAX_DEPTH = 4;

/**
 * Inserts canary rows for a synthetic tenant, inventing values for required columns and planting parent rows
 * that foreign keys need (a `tenants` row whose id is the tenant, a `documents` row for a chunk). Every text
 * column it fills carries the run's marker.
 */
export class Planter {
  readonly planted: PlantedRow[] = [];
  private readonly shapes = new Map<string, TableShape>();
  private readonly parents = new Map<string, Record<string, string>>();
  private counter = 0;

  constructor(
    private readonly client: SqlClient,
    readonly marker: string,
    private readonly tenantColumn: string,
    private readonly embeddingColumn: string | undefined,
  ) {}

  /** Plants one row of `table` for `tenant`; the embedding (if any) is the tenant's canary vector. */
  async plant(table: string, tenant: string): Promise<Record<string, string>> {
    return this.plantRow(table, tenant, {}, 0);
  }

  private async plantRow(
    table: string,
    tenant: string,
    fixed: Record<string, string>,
    depth: number,
  ): Promise<Record<string, string>> {
    if (depth > MAX_DEPTH) throw new Error(`foreign keys from ${table} nest too deeply to plant a canary`);
    const shape = await this.shape(table);
    const byName = new Map(shape.columns.map((column) => [column.name, column]));
    const values: Record<string, string> = { ...fixed };
    if (byName.has(this.tenantColumn) && values[this.tenantColumn] === undefined)
      values[this.tenantColumn] = tenant;
    const embedding = this.embeddingColumn ? byName.get(this.embeddingColumn) : undefined;
    if (embedding && values[embedding.name] === undefined)
      values[embedding.name] = canaryVector(tenant, embedding);
    for (const key of shape.foreignKeys) await this.satisfy(key, byName, values, tenant, depth);
    for (const column of shape.columns) {
      if (values[column.name] !== undefined || column.generated) continue;
      const required = column.notNull && !column.hasDefault;
      if (!required && (column.category !== 'S' || column.hasDefault)) continue;
      const value = inventValue(
        column,
        `${this.marker}-${++this.counter}`,
        this.counter,
        await this.enumLabel(column),
      );
      if (value === undefined) {
        if (required) throw new Error(`cannot invent a value for ${table}.${column.name} (${column.type})`);
        continue;
      }
      values[column.name] = value;
    }
    return this.insert(table, shape, values);
  }

  /** Gives a foreign key's columns values that exist in the parent, planting the parent row when needed. */
  private async satisfy(
    key: ForeignKey,
    columns: Map<string, ColumnFacts>,
    values: Record<string, string>,
    tenant: string,
    depth: number,
  ): Promise<void> {
    const known = key.columns.filter((column) => values[column] !== undefined);
    const required = key.columns.some((column) => {
      const facts = columns.get(column);
      return facts?.notNull && !facts.hasDefault;
    });
    if (known.length === 0 && !required) return;
    const fixed: Record<string, string> = {};
    key.columns.forEach((column, i) => {
      const value = values[column];
      if (value !== undefined) fixed[key.parentColumns[i]!] = value;
    });
    const memo = `${tenant}\u0000${key.parent}\u0000${JSON.stringify(fixed)}`;
    let parentRow = this.parents.get(memo) ?? (await this.existing(key.parent, fixed));
    if (!parentRow) parentRow = await this.plantRow(key.parent, tenant, fixed, depth + 1);
    this.parents.set(memo, parentRow);
    key.columns.forEach((column, i) => {
      const value = parentRow[key.parentColumns[i]!];
      if (value !== undefined) values[column] = value;
    });
  }

  /**
   * A parent row that already has every value the foreign key needs (the tenant's own `orgs` row, planted for an
   * earlier table of the same run): reused rather than planted twice, which its primary key would refuse.
   */
  private async existing(
    table: string,
    fixed: Record<string, string>,
  ): Promise<Record<string, string> | undefined> {
    const names = Object.keys(fixed);
    if (names.length === 0) return undefined;
    const shape = await this.shape(table);
    const types = new Map(shape.columns.map((column) => [column.name, column.type]));
    const where = names.map((name, i) => `${quoteIdent(name)} = $${i + 1}::${types.get(name) ?? 'text'}`);
    const returning = shape.columns.map((column) => `${quoteIdent(column.name)}::text`).join(', ');
    const { rows } = await this.client.query(
      `SELECT ${returning} FROM ${table} WHERE ${where.join(' AND ')} LIMIT 1`,
      names.map((name) => fixed[name]),
    );
    return rows[0] as Record<string, string> | undefined;
  }

  private async insert(
    table: string,
    shape: TableShape,
    values: Record<string, string>,
  ): Promise<Record<string, string>> {
    const names = Object.keys(values);
    const types = new Map(shape.columns.map((column) => [column.name, column.type]));
    // Every value travels as text and is cast in SQL: PGlite refuses a text parameter typed as bytea.
    const placeholders = names.map((name, i) => `$${i + 1}::text::${types.get(name) ?? 'text'}`);
    const returning = shape.columns.map((column) => `${quoteIdent(column.name)}::text`).join(', ');
    const { rows } = await this.client.query(
      `INSERT INTO ${table} (${names.map(quoteIdent).join(', ')}) VALUES (${placeholders.join(', ')})
       RETURNING ctid::text AS "trustmap ctid", ${returning}`,
      names.map((name) => values[name]),
    );
    const row = rows[0] ?? {};
    this.planted.push({ table, ctid: String(row['trustmap ctid']) });
    const inserted: Record<string, string> = {};
    for (const column of shape.columns) {
      const value = row[column.name];
      if (value !== null && value !== undefined) inserted[column.name] = String(value);
    }
    return inserted;
  }

  /** Forgets rows and memoised parents planted after `mark` (a rollback to a savepoint took them away). */
  forget(mark: number): void {
    this.planted.length = mark;
    this.parents.clear();
  }

  /**
   * Deletes the committed canaries, newest first (children before parents), each in its own transaction so
   * one failure does not keep the others.
   */
  async removePlanted(): Promise<number> {
    let failed = 0;
    for (const row of [...this.planted].reverse()) {
      await this.client.query(`DELETE FROM ${row.table} WHERE ctid = $1::tid`, [row.ctid]).catch(() => {
        failed++;
      });
    }
    this.planted.length = 0;
    return failed;
  }

  /** Facts of one column of a table, once the table has been read. */
  async column(table: string, name: string): Promise<ColumnFacts | undefined> {
    return (await this.shape(table)).columns.find((column) => column.name === name);
  }

  private async shape(table: string): Promise<TableShape> {
    const cached = this.shapes.get(table);
    if (cached) return cached;
    const columns = await this.client.query(
      `SELECT a.attname::text AS name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
              t.typname::text AS type_name, t.typcategory::text AS category, a.atttypid::int AS type_oid,
              a.atttypmod AS typmod, a.attnotnull AS not_null,
              (a.atthasdef OR a.attidentity <> '') AS has_default, (a.attgenerated <> '') AS generated
         FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
        WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
      [table],
    );
    const keys = await this.client.query(
      `SELECT c.confrelid::regclass::text AS parent,
              ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                     JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns,
              ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                     JOIN pg_catalog.pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS parent_columns
         FROM pg_catalog.pg_constraint c WHERE c.conrelid = $1::regclass AND c.contype = 'f'`,
      [table],
    );
    const shape: TableShape = {
      columns: columns.rows.map((row) => ({
        name: String(row.name),
        type: String(row.type),
        typeName: String(row.type_name),
        category: String(row.category),
        typeOid: Number(row.type_oid),
        typmod: Number(row.typmod),
        notNull: row.not_null === true,
        hasDefault: row.has_default === true,
        generated: row.generated === true,
      })),
      foreignKeys: keys.rows
        .map((row) => ({
          parent: String(row.parent),
          columns: row.columns as string[],
          parentColumns: row.parent_columns as string[],
        }))
        .filter((key) => key.parent !== table),
    };
    this.shapes.set(table, shape);
    return shape;
  }

  private async enumLabel(column: ColumnFacts): Promise<string | undefined> {
    if (column.category !== 'E') return undefined;
    const { rows } = await this.client.query(
      'SELECT enumlabel::text AS label FROM pg_catalog.pg_enum WHERE enumtypid = $1 ORDER BY enumsortorder LIMIT 1',
      [column.typeOid],
    );
    return rows[0] ? String(rows[0].label) : undefined;
  }
}

/** Double-quotes an identifier the way `quote_ident` does. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
