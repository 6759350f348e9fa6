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
  // Backslashes: an escape string, with quotes and backslashes doubled (the same under either setting).
  expect(sqlLiteral("a\\'b")).toBe("E'a\\\\''b'");
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

  it('keeps a hostile text a value whether standard_conforming_strings is on or off', async () => {
    const hostiles = ["\\'); SELECT 1/0; --", '\\', "a\\\\'b", "\\u0000'", "it's"];
    for (const setting of ['on', 'off'])
      for (const hostile of hostiles)
        expect(
          await driver.single(`SET LOCAL standard_conforming_strings = ${setting}`, 'SELECT $1::text AS v', [
            hostile,
          ]),
        ).toEqual([{ v: hostile }]);
  });

  it('ends a transaction with its last statement: committed when it succeeds, rolled back when it fails', async () => {
    await driver.transaction((tx) => tx.exec('CREATE TABLE IF NOT EXISTS finish_test (v text PRIMARY KEY)'));
    try {
      const hostile = "x\\'); DROP TABLE finish_test; --";
      await driver.transaction(async (tx) => {
        await tx.query('INSERT INTO finish_test VALUES ($1)', ['first']);
        await tx.finish('INSERT INTO finish_test VALUES ($1)', [hostile]);
      });
      // A failing last statement: its COMMIT does not run, and the whole transaction is rolled back.
      await expect(
        driver.transaction(async (tx) => {
          await tx.query('INSERT INTO finish_test VALUES ($1)', ['second']);
          await tx.finish('INSERT INTO finish_test VALUES ($1)', ['first']);
        }),
      ).rejects.toThrow(/duplicate key/);
      const { rows } = await driver.transaction((tx) =>
        tx.query<{ v: string }>('SELECT v FROM finish_test ORDER BY v'),
      );
      expect(rows.map((row) => row.v)).toEqual(['first', hostile]);
    } finally {
      await driver.transaction((tx) => tx.exec('DROP TABLE IF EXISTS finish_test'));
    }
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
