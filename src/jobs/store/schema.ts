import { type SqlRunner, schemaName } from '../db.js';

/**
 * The jobs store's tables, in their own schema. Organisations are kept apart by row-level security: an
 * application role that sets `app.org_id` for its transaction (the server's convention) sees only its organisation's rows; the worker
 * connects as the tables' owner (policies do not bind owners unless FORCEd) because the scheduler admits due
 * sources across every organisation.
 *
 * - `source`: what the server collects itself; `config` holds no secrets, only names of variables to read them
 *   from. `next_run_at` is the scheduler's backlog: a due source waits there, not in the queue (see fairness).
 * - `result`: one row per collected run, keyed by the queue's job id (the same across retries), so a job run
 *   twice stores one result. Its full body sits in `result_body`, stored once per organisation and content hash:
 *   a repository checked daily without changes adds a small row a day, not another copy of the report.
 * - `job_run`: one row per attempt, for durations and failures per organisation.
 * - `notification`: notices to deliver, keyed by what they are about, so a notice is created once.
 * - `channel`: where an organisation's notices go (a webhook URL).
 */
export function jobsSchemaSql(schema: string, options: { template?: boolean } = {}): string[] {
  // A server module's migration names the schema `{{schema}}_jobs`, substituted when it is applied.
  const s = options.template ? schema : schemaName(schema);
  const orgPolicy = (table: string) => [
    `ALTER TABLE ${s}.${table} ENABLE ROW LEVEL SECURITY`,
    `DROP POLICY IF EXISTS org_isolation ON ${s}.${table}`,
    `CREATE POLICY org_isolation ON ${s}.${table} USING (org_id = current_setting('app.org_id', true))`,
  ];
  return [
    `CREATE SCHEMA IF NOT EXISTS ${s}`,
    `CREATE TABLE IF NOT EXISTS ${s}.source (
      id text PRIMARY KEY,
      org_id text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('repository', 'postgres', 'http')),
      name text NOT NULL,
      config jsonb NOT NULL,
      schedule text NOT NULL,
      next_run_at timestamptz NOT NULL,
      last_enqueued_at timestamptz,
      enabled boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (org_id, name)
    )`,
    `CREATE INDEX IF NOT EXISTS source_due ON ${s}.source (next_run_at) WHERE enabled`,
    `CREATE TABLE IF NOT EXISTS ${s}.result (
      job_id text PRIMARY KEY,
      org_id text NOT NULL,
      source_id text NOT NULL,
      kind text NOT NULL,
      commit text NOT NULL DEFAULT '',
      verdict text NOT NULL,
      summary jsonb NOT NULL,
      sha256 text NOT NULL,
      collected_at timestamptz NOT NULL
    )`,
    `CREATE TABLE IF NOT EXISTS ${s}.result_body (
      org_id text NOT NULL,
      sha256 text NOT NULL,
      body jsonb NOT NULL,
      PRIMARY KEY (org_id, sha256)
    )`,
    `CREATE INDEX IF NOT EXISTS result_history ON ${s}.result (org_id, source_id, collected_at DESC)`,
    `CREATE TABLE IF NOT EXISTS ${s}.job_run (
      job_id text NOT NULL,
      attempt integer NOT NULL,
      org_id text NOT NULL,
      kind text NOT NULL,
      outcome text NOT NULL,
      duration_ms integer NOT NULL,
      error text,
      finished_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (job_id, attempt)
    )`,
    `CREATE TABLE IF NOT EXISTS ${s}.notification (
      key text PRIMARY KEY,
      org_id text NOT NULL,
      kind text NOT NULL,
      body jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      delivered_at timestamptz
    )`,
    `CREATE TABLE IF NOT EXISTS ${s}.channel (
      org_id text PRIMARY KEY,
      webhook_url text NOT NULL
    )`,
    ...['source', 'result', 'result_body', 'job_run', 'notification', 'channel'].flatMap(orgPolicy),
  ];
}

/** Creates the jobs store's schema and tables when missing (idempotent). */
export async function migrateJobsStore(db: SqlRunner, schema: string): Promise<void> {
  for (const statement of jobsSchemaSql(schema)) await db.query(statement);
}
