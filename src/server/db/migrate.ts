import { UsageError } from '../../errors/index.js';
import type { Database } from './database.js';
import type { Tx } from './driver.js';

/** A named list of SQL texts, applied in order, each once. */
export interface MigrationSet {
  name: string;
  migrations: readonly string[];
}

/** Replaces `{{app_role}}` and `{{schema}}` (identifiers checked when the configuration was resolved). */
export function expandMigration(sql: string, db: Pick<Database, 'appRole' | 'schema'>): string {
  return sql.replaceAll('{{app_role}}', db.appRole).replaceAll('{{schema}}', db.schema);
}

async function ensureRole(tx: Tx, role: string): Promise<void> {
  // Roles are cluster-wide: another database (or a concurrent start) may have made it already.
  await tx.exec(`DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN
    CREATE ROLE ${role} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;`);
}

async function checkOwner(tx: Tx, role: string): Promise<void> {
  const { rows } = await tx.query<{ bypass: boolean; app_bypass: boolean }>(
    `SELECT (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user) AS bypass,
            (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = $1) AS app_bypass`,
    [role],
  );
  if (!rows[0]?.bypass)
    throw new UsageError(
      'the database user in DATABASE_URL must be a superuser or have BYPASSRLS',
      'it owns the schema and runs migrations; requests run as the separate, restricted application role',
    );
  if (rows[0]?.app_bypass)
    throw new UsageError(
      `the application role \`${role}\` bypasses row-level security`,
      `run ALTER ROLE ${role} NOSUPERUSER NOBYPASSRLS, or choose another name with TRUSTMAP_SERVER_APP_ROLE`,
    );
}

/**
 * Applies every migration not applied yet, in one transaction under an advisory lock (two servers starting at
 * once do not race), after making the application role. Returns the ids applied now (`core:1`, `audit:2`, …).
 */
export async function migrate(db: Database, sets: readonly MigrationSet[]): Promise<string[]> {
  await db.withOwner((tx) => ensureRole(tx, db.appRole));
  return db.withOwner(async (tx) => {
    await checkOwner(tx, db.appRole);
    await tx.exec(`CREATE SCHEMA IF NOT EXISTS ${db.schema}`);
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`trustmap-migrate:${db.schema}`]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS trustmap_migrations (
      id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await tx.query<{ id: string }>('SELECT id FROM trustmap_migrations');
    const done = new Set(rows.map((row) => row.id));
    const applied: string[] = [];
    for (const set of sets) {
      for (const [index, sql] of set.migrations.entries()) {
        const id = `${set.name}:${index + 1}`;
        if (done.has(id)) continue;
        await tx.exec(expandMigration(sql, db));
        await tx.query('INSERT INTO trustmap_migrations (id) VALUES ($1)', [id]);
        applied.push(id);
      }
    }
    return applied;
  });
}
