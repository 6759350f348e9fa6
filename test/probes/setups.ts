import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probePostgres } from '../../src/probes/index.js';
import type { TestDatabase } from './databases.js';
import { runAll } from './databases.js';
import { type Fixture, fixtureSql, newFixture, SETUPS, teardownSql } from './fixtures.js';

const now = new Date('2026-11-26T12:00:00Z');

/** Canary rows left in any fixture table (tenants is empty before every probe). */
export async function leftovers(db: TestDatabase, f: Fixture): Promise<number> {
  const { rows } = await db.client.query(
    `SELECT (SELECT count(*) FROM ${f.schema}.tenants)::int + (SELECT count(*) FROM ${f.schema}.docs_ok)::int AS n`,
  );
  return Number(rows[0]?.n);
}

/** The same broken and correct set-ups, against whichever database `connect` gives. */
export function describeSetups(label: string, connect: () => Promise<TestDatabase>): void {
  describe(label, () => {
    let db: TestDatabase;
    let f: Fixture;
    beforeAll(async () => {
      db = await connect();
      f = newFixture(db.hasPgvector);
      await runAll(db.client, fixtureSql(f));
    });
    afterAll(async () => {
      if (!db) return;
      await runAll(db.client, teardownSql(f)).catch(() => undefined);
      await db.close();
    });

    for (const setup of SETUPS) {
      it(setup.name, async () => {
        const result = await probePostgres({ client: db.client, ...setup.options(f), now: () => now });
        const table = result.tables?.[0];
        expect(table?.verdict, JSON.stringify(result.steps, null, 2)).toBe(setup.verdict);
        expect(result.verdict).toBe(setup.verdict);
        const reasons = result.tables?.flatMap((entry) => entry.reasons).join('\n') ?? '';
        for (const expected of setup.reasons(f)) expect(reasons).toContain(expected);
        expect(await leftovers(db, f)).toBe(0);
      });
    }

    it('--read-only judges the catalog and writes nothing', async () => {
      const result = await probePostgres({
        client: db.client,
        ...SETUPS[1]!.options(f),
        tables: ['docs_rls_off', 'docs_ok'],
        readOnly: true,
      });
      expect(result.steps.map((step) => step.name)).toEqual([
        'connecting user',
        'docs_rls_off: catalog',
        'docs_ok: catalog',
      ]);
      expect(result.tables?.map((entry) => entry.verdict)).toEqual(['fail', 'pass']);
    });

    it('committed mode deletes its canaries in finally', async () => {
      const result = await probePostgres({ client: db.client, ...SETUPS[0]!.options(f), mode: 'committed' });
      expect(result.verdict).toBe('pass');
      expect(await leftovers(db, f)).toBe(0);
    });
  });
}
