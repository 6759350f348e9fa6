import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupCanaries } from '../../src/probes/index.js';
import { connectServer, type TestDatabase } from '../probes/databases.js';

// Class 3 of issue 11: cleanup deleting real rows. Our variant: a customer document and an audit-log entry that
// mention the canary prefix (one even carries a full marker that no recorded run wrote) survive; the recorded
// run's rows, found by marker or by its random tenant id, go.

const server = await connectServer();
const reachable = !('unreachable' in server);
if (!reachable && process.env.CI === 'true') throw new Error(server.unreachable);
if (reachable) await server.close();

describe.skipIf(!reachable)(
  `cleanup deletes only recorded runs' canaries${reachable ? '' : ` (skipped: ${'unreachable' in server ? server.unreachable : ''})`}`,
  () => {
    const schema = `tm_hostile_cleanup_${randomBytes(4).toString('hex')}`;
    let db: TestDatabase;
    beforeAll(async () => {
      db = (await connectServer()) as TestDatabase;
      await db.client.query(`CREATE SCHEMA ${schema}`);
      await db.client.query(
        `CREATE TABLE ${schema}.documents (id serial PRIMARY KEY, tenant_id uuid NOT NULL, title text, meta jsonb)`,
      );
      await db.client.query(`CREATE TABLE ${schema}.audit_log (id serial PRIMARY KEY, entry text NOT NULL)`);
    });
    afterAll(async () => {
      if (!db) return;
      await db.client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await db.close();
    });

    it('keeps customer rows that mention the prefix and deletes the recorded run exactly', async () => {
      const marker = `trustmap-canary-${randomBytes(16).toString('hex')}`;
      const stranger = `trustmap-canary-${randomBytes(16).toString('hex')}`;
      const tenant = randomUUID();
      const customer = randomUUID();
      const q = (sql: string, params: unknown[] = []) => db.client.query(sql, params);
      await q(`INSERT INTO ${schema}.documents (tenant_id, title) VALUES ($1, $2)`, [tenant, `${marker}-1`]);
      await q(`INSERT INTO ${schema}.documents (tenant_id, title) VALUES ($1, NULL)`, [tenant]);
      await q(`INSERT INTO ${schema}.documents (tenant_id, title, meta) VALUES ($1, NULL, $2)`, [
        randomUUID(),
        JSON.stringify({ trustmapCanary: `${marker}-2` }),
      ]);
      await q(`INSERT INTO ${schema}.documents (tenant_id, title) VALUES ($1, $2)`, [
        customer,
        `Notes: our pentest saw ${marker}-1 rows and trustmap-canary- markers in staging`,
      ]);
      await q(`INSERT INTO ${schema}.documents (tenant_id, title) VALUES ($1, $2)`, [customer, stranger]);
      await q(`INSERT INTO ${schema}.audit_log (entry) VALUES ($1)`, [`deleted ${marker} after the probe`]);

      const run = { marker, tenants: [tenant, randomUUID()], tenantColumn: 'tenant_id' };
      const tables = [`${schema}.documents`, `${schema}.audit_log`];
      const dry = await cleanupCanaries(db.client, { runs: [run], tables, dryRun: true });
      expect(dry.find((entry) => entry.table.endsWith('documents'))?.rows).toBe(3);
      const removed = await cleanupCanaries(db.client, { runs: [run], tables });
      expect(removed.map(({ table, rows, left }) => [table.split('.').at(-1), rows, left])).toEqual([
        ['audit_log', 0, 1],
        ['documents', 3, 2],
      ]);
      const { rows } = await q(`SELECT title FROM ${schema}.documents ORDER BY id`);
      expect(rows.map((row) => row.title)).toEqual([
        `Notes: our pentest saw ${marker}-1 rows and trustmap-canary- markers in staging`,
        stranger,
      ]);
      const audit = await q(`SELECT count(*)::int AS n FROM ${schema}.audit_log`);
      expect(audit.rows[0]?.n).toBe(1);
    });

    it('deletes nothing without a recorded run', async () => {
      const removed = await cleanupCanaries(db.client, { runs: [], tables: [`${schema}.documents`] });
      expect(removed.map((entry) => entry.rows)).toEqual([0]);
    });
  },
);
