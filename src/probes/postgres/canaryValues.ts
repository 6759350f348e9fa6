import { createHash } from 'node:crypto';

/** Column facts the planter needs to invent a value. */
export interface ColumnFacts {
  name: string;
  /** `format_type` text, e.g. `vector(1536)`, `character varying(200)`, `uuid`. */
  type: string;
  typeName: string;
  /** pg_type.typcategory: S string, N numeric, B boolean, D date/time, A array, E enum, U user-defined. */
  category: string;
  typeOid: number;
  typmod: number;
  notNull: boolean;
  hasDefault: boolean;
  generated: boolean;
}

const FALLBACK_DIMENSIONS = 8;

/**
 * A deterministic vector for a canary, distinct per seed, as text for a `$n::vector` (or `float8[]`) cast.
 * Tenant B's canary vector is the query vector of the similarity step, so B's row is B's nearest neighbour.
 */
export function canaryVector(seed: string, column: Pick<ColumnFacts, 'typmod' | 'category'>): string {
  const dimensions = column.category !== 'A' && column.typmod > 0 ? column.typmod : FALLBACK_DIMENSIONS;
  const values: string[] = [];
  let block = createHash('sha256').update(seed).digest();
  for (let i = 0; i < dimensions; i++) {
    if (i % 32 === 0 && i > 0) block = createHash('sha256').update(block).digest();
    values.push(((block[i % 32]! / 255) * 2 - 1).toFixed(4));
  }
  return column.category === 'A' ? `{${values.join(',')}}` : `[${values.join(',')}]`;
}

/**
 * A value for a column the planter must fill, as text for a cast, or undefined when it cannot invent one.
 * Text columns carry the canary marker so `cleanupCanaries` can find the row.
 */
export function inventValue(
  column: ColumnFacts,
  marker: string,
  counter: number,
  enumLabel?: string,
): string | undefined {
  if (column.typeName === 'uuid') return crypto.randomUUID();
  if (column.typeName === 'vector' || column.typeName === 'halfvec') return canaryVector(marker, column);
  if (column.typeName === 'json' || column.typeName === 'jsonb')
    return JSON.stringify({ trustmapCanary: marker });
  if (column.typeName === 'bytea') return '\\x00';
  switch (column.category) {
    case 'S':
      return marker;
    case 'N':
      return String(counter);
    case 'B':
      return 'false';
    case 'D':
      return new Date(0).toISOString();
    case 'A':
      return '{}';
    case 'E':
      return enumLabel;
    default:
      return undefined;
  }
}
