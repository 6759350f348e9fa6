import { randomUUID } from 'node:crypto';
import { InputError } from '../../errors/index.js';
import { type SqlRunner, schemaName } from '../db.js';
import { nextRunAfter, spreadDailySchedule } from '../schedule.js';
import type { Source, SourceSpec } from '../types.js';

export interface SourceInput {
  orgId: string;
  name: string;
  spec: SourceSpec;
  /** A cron expression (UTC); daily at a minute spread by organisation and name by default. */
  schedule?: string;
  /** First run; the next cron occurrence by default. */
  firstRunAt?: Date;
}

const ORG = /^[\w.-]{1,100}$/;

/**
 * Registers (or updates, by organisation and name) a source the server collects itself.
 * @throws InputError for a bad organisation id, name or cron expression
 */
export async function registerSource(
  db: SqlRunner,
  schema: string,
  input: SourceInput,
  now = new Date(),
): Promise<Source> {
  if (!ORG.test(input.orgId))
    throw new InputError([{ message: `not an organisation id: ${input.orgId.slice(0, 100)}` }]);
  if (!input.name || input.name.length > 200)
    throw new InputError([{ message: 'a source needs a name of 1 to 200 characters' }]);
  const schedule = input.schedule ?? spreadDailySchedule(input.orgId, input.name);
  const nextRunAt = input.firstRunAt ?? nextRunAfter(schedule, now);
  const { rows } = await db.query(
    `INSERT INTO ${schemaName(schema)}.source (id, org_id, kind, name, config, schedule, next_run_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (org_id, name) DO UPDATE SET kind = EXCLUDED.kind, config = EXCLUDED.config,
       schedule = EXCLUDED.schedule, next_run_at = EXCLUDED.next_run_at
     RETURNING *`,
    [
      randomUUID(),
      input.orgId,
      input.spec.kind,
      input.name,
      JSON.stringify(input.spec.config),
      schedule,
      nextRunAt,
    ],
  );
  return sourceFromRow(rows[0]!);
}

/** A source by id, or undefined. */
export async function getSource(db: SqlRunner, schema: string, id: string): Promise<Source | undefined> {
  const { rows } = await db.query(`SELECT * FROM ${schemaName(schema)}.source WHERE id = $1`, [id]);
  return rows[0] ? sourceFromRow(rows[0]) : undefined;
}

/** An organisation's sources, by name. */
export async function listSources(db: SqlRunner, schema: string, orgId: string): Promise<Source[]> {
  const { rows } = await db.query(
    `SELECT * FROM ${schemaName(schema)}.source WHERE org_id = $1 ORDER BY name`,
    [orgId],
  );
  return rows.map(sourceFromRow);
}

export function sourceFromRow(row: Record<string, unknown>): Source {
  return {
    id: String(row.id),
    orgId: String(row.org_id),
    name: String(row.name),
    kind: row.kind,
    config: typeof row.config === 'string' ? JSON.parse(row.config) : row.config,
    schedule: String(row.schedule),
    nextRunAt: new Date(row.next_run_at as string),
    enabled: Boolean(row.enabled),
  } as Source;
}
