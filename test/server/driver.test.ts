import { afterAll, beforeAll, expect, it } from 'vitest';
import { resolveServerConfig } from '../../src/server/config.js';
import type { Driver } from '../../src/server/db/driver.js';
import { inlineParams, sqlLiteral } from '../../src/server/db/literal.js';
import { pgliteDriver } from '../../src/server/db/pglite.js';
import { postgresDriver, statementNamer } from '../../src/server/db/postgres.js';
import { describeOnDatabases, SERVER_URL } from './harness.js';

it('writes SQL literals: quotes doubled, arrays, NULL, numbers and booleans; NUL refused', () => {
  expect(sqlLiteral("it's")).toBe("'it''s'");
  expect(sqlLiteral(null)).toBe('NULL');
  expect(sqlLiteral(undefined)).toBe('NULL');
  expect(sqlLiteral(12.5)).toBe('12.5');
  expect(sqlLiteral(false)).toBe('false');
  expect(sqlLiteral(['a', "b'c"])).toBe("ARRAY['a','b''c']");
  expect(sqlLiteral([])).toBe("'{}'");
  expect(() => sqlLiteral('a\0b')).toThrow(/NUL/);
  expect(() => sqlLiteral(Number.NaN)).toThrow(/finite/);
});

it('inlines parameters only into statements where a $n can only be a placeholder', () => {
  expect(inlineParams('SELECT $1::text, $2, $10', ['x', 2, 3, 4, 5, 6, 7, 8, 9, 'ten'])).toBe(
    "SELECT 'x'::text, 2, 'ten'",
  );
  expect(() => inlineParams("SELECT '$1'", ['x'])).toThrow(/quotes/);
  expect(() => inlineParams('SELECT $1 -- $2', ['x', 'y'])).toThrow(/comments/);
  expect(() => inlineParams('SELECT $$ $1 $$', ['x'])).toThrow(/dollar/);
  expect(() => inlineParams('SELECT $2', ['x'])).toThrow(/no value for placeholder \$2/);
});

it('names each statement text once, the same name every time, and stops naming past its bound', () => {
  const nameOf = statementNamer(2);
  const first = nameOf('SELECT 1');
  expect(first).toMatch(/^tm_[0-9a-f]{24}$/);
  expect(nameOf('SELECT 1')).toBe(first);
  expect(nameOf('SELECT 2')).not.toBe(first);
  expect(nameOf('SELECT 3')).toBeUndefined();
  expect(nameOf('SELECT 1')).toBe(first);
});

it('prepares statements unless TRUSTMAP_SERVER_PREPARED_STATEMENTS=off (a pooler in transaction mode)', () => {
  expect(resolveServerConfig({}, {}).preparedStatements).toBe(true);
  expect(resolveServerConfig({}, { TRUSTMAP_SERVER_PREPARED_STATEMENTS: 'off' }).preparedStatements).toBe(
    false,
  );
});

await describeOnDatabases('database driver', (kind) => {
  let driver: Driver;
  beforeAll(async () => {
    // One connection on PostgreSQL, so each statement below sees what the one before left on it.
    driver =
      kind === 'postgres' ? await postgresDriver(SERVER_URL, { max: 1 }) : await pgliteDriver(undefined);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('runs a single statement after its settings, which end with it, even when it fails', async () => {
    const begin = "SELECT set_config('app.org_id', 'single-test', true)";
    const read = (first: string) =>
      driver.single(first, 'SELECT coalesce(current_setting($1, true), $2) AS v', ['app.org_id', '']);
    expect(await read(begin)).toEqual([{ v: 'single-test' }]);
    expect(await read('SELECT 1')).toEqual([{ v: '' }]);
    await expect(driver.single(begin, 'SELECT 1 / 0')).rejects.toThrow(/division by zero/);
    expect(await read('SELECT 1')).toEqual([{ v: '' }]);
    // A hostile value stays a value.
    const hostile = "x'); DROP TABLE pg_class; --";
    expect(await driver.single('SELECT 1', 'SELECT $1::text AS v', [hostile])).toEqual([{ v: hostile }]);
  });

  it('prepares a statement once per connection (PostgreSQL) and answers it the same on every run', async () => {
    const text = 'SELECT $1::int + 1 AS n';
    for (const value of [1, 2, 3])
      expect(await driver.transaction((tx) => tx.query(text, [value]))).toEqual({ rows: [{ n: value + 1 }] });
    if (kind !== 'postgres') return;
    const { rows } = await driver.transaction((tx) =>
      tx.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = $1', [
        text,
      ]),
    );
    expect(rows[0]?.n).toBe(1);
  });
});
