import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Driver } from '../../src/server/db/driver.js';
import { pgliteDriver } from '../../src/server/db/pglite.js';

// PGlite in a worker thread (the default of `pgliteDriver`): what the server relies on beyond the statements the
// shared driver tests run — database errors keep their fields, transactions are one at a time, a failure rolls
// back, and a closed driver refuses work.
let driver: Driver;
beforeAll(async () => {
  driver = await pgliteDriver(undefined);
  await driver.transaction((tx) => tx.exec('CREATE TABLE t (id int PRIMARY KEY, v text)'));
});
afterAll(async () => {
  await driver?.close();
});

it('passes PostgreSQL errors with their SQLSTATE and constraint (the push store reads both)', async () => {
  await driver.transaction((tx) => tx.query('INSERT INTO t VALUES (1, $1)', ['one']));
  const error = await driver
    .transaction((tx) => tx.query('INSERT INTO t VALUES (1, $1)', ['again']))
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(Error);
  expect(error).toMatchObject({
    code: '23505',
    constraint: 't_pkey',
    message: expect.stringMatching(/duplicate key/),
  });
  const invalid = await driver.single('SELECT 1', "SELECT 'x'::int").catch((caught: unknown) => caught);
  expect(invalid).toMatchObject({ code: '22P02' });
});

it('runs transactions one at a time, and rolls back the one that throws', async () => {
  const order: string[] = [];
  const slow = driver.transaction(async (tx) => {
    order.push('a begins');
    await tx.query('INSERT INTO t VALUES (10, $1)', ['a']);
    await new Promise((resolve) => setTimeout(resolve, 30));
    order.push('a ends');
  });
  const failing = driver.transaction(async (tx) => {
    order.push('b begins');
    await tx.query('INSERT INTO t VALUES (11, $1)', ['b']);
    throw new Error('b fails');
  });
  const reader = driver.single<{ ids: number[] }>(
    'SELECT 1',
    'SELECT array_agg(id ORDER BY id) AS ids FROM t',
  );
  await slow;
  await expect(failing).rejects.toThrow('b fails');
  expect(order).toEqual(['a begins', 'a ends', 'b begins']);
  expect((await reader)[0]?.ids).toEqual([1, 10]);
});

it('keeps values as the database typed them across the thread: numbers, JSON, dates as text, bytes', async () => {
  const [row] = await driver.single(
    'SELECT 1',
    `SELECT 2::int AS n, '{"a":[1,"x"]}'::jsonb AS j, '2026-12-02'::date::text AS d, '\\x0102'::bytea AS b, NULL AS z`,
  );
  expect(row).toEqual({ n: 2, j: { a: [1, 'x'] }, d: '2026-12-02', b: new Uint8Array([1, 2]), z: null });
});

it('keeps a data folder between openings; refuses work once closed', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'tm-pglite-thread-'));
  try {
    const first = await pgliteDriver(dir);
    await first.transaction((tx) => tx.exec("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('here')"));
    await first.close();
    await expect(first.single('SELECT 1', 'SELECT 1')).rejects.toThrow(/stopped/);
    const second = await pgliteDriver(dir);
    try {
      expect(await second.single('SELECT 1', 'SELECT v FROM kept')).toEqual([{ v: 'here' }]);
    } finally {
      await second.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
