import { randomBytes, randomUUID } from 'node:crypto';
import { ProbeError } from '../../errors/index.js';
import { buildProbeResult, combineVerdicts } from '../result.js';
import type { ProbeResult, ProbeStep, ProbeVerdict } from '../types.js';
import { currentUser, type RoleFacts, readRole, readTable, type TableFacts } from './catalog.js';
import { saveTenantSettings, setTenantSettings } from './context.js';
import { type LiveTable, liveSteps } from './live.js';
import { CANARY_PREFIX, type PostgresProbeOptions } from './options.js';
import { Planter } from './plant.js';
import { catalogReasons } from './policies.js';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The role whose view of the data the probe judges. */
function applicationRole(options: PostgresProbeOptions, connecting: string): string {
  if (options.tenantContext.kind === 'jwt-claims' && options.tenantContext.role)
    return options.tenantContext.role;
  return options.role ?? connecting;
}

/**
 * Proves (or disproves) tenant isolation of Postgres tables: reads the catalog (RLS enabled and forced,
 * policies, the application role's attributes and ownership), then plants canary rows for two synthetic
 * tenants and, as tenant A, runs a plain select, a similarity search with tenant B's canary vector and a
 * query without tenant context. By default everything happens in one transaction that is always rolled back.
 * @example
 * const result = await probePostgres({
 *   client: sqlClient(pgClient), tables: ['documents', 'document_chunks'], tenantColumn: 'tenant_id',
 *   tenantContext: { kind: 'setting', name: 'app.tenant_id' }, embeddingColumn: 'embedding', role: 'documind_app',
 * });
 * @throws ProbeError when the probe cannot run at all (the application role does not exist, the query fails)
 */
export async function probePostgres(options: PostgresProbeOptions): Promise<ProbeResult> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const { client } = options;
  const connecting = await currentUser(client).catch((error: unknown) => {
    throw new ProbeError(
      `cannot query the database: ${message(error)}`,
      'check the connection and credentials',
    );
  });
  const appRoleName = applicationRole(options, connecting);
  const role = await readRole(client, appRoleName);
  if (!role.exists) {
    throw new ProbeError(
      `role \`${appRoleName}\` does not exist`,
      'set `role` to the role the application connects as (or switches to)',
    );
  }
  const steps: ProbeStep[] = [];
  const connectingFacts = await readRole(client, connecting);
  if (connecting !== appRoleName && (connectingFacts.superuser || connectingFacts.bypassRls)) {
    steps.push({
      name: 'connecting user',
      verdict: 'pass',
      subject: connecting,
      detail:
        `connecting user \`${connecting}\` bypasses row-level security (${connectingFacts.superuser ? 'superuser' : 'BYPASSRLS'}); ` +
        `the probe tested as \`${appRoleName}\`. If the application connects as \`${connecting}\`, isolation is not enforced.`,
    });
  }
  const tables = await runProbe(options, role, steps);
  return buildProbeResult({
    kind: 'postgres',
    component: options.component,
    target: options.target ?? `postgres (as ${connecting})`,
    startedAt,
    finishedAt: now(),
    steps,
    tables,
  });
}

async function runProbe(
  options: PostgresProbeOptions,
  role: RoleFacts,
  steps: ProbeStep[],
): Promise<NonNullable<ProbeResult['tables']>> {
  const { client } = options;
  const committed = options.mode === 'committed' && !options.readOnly;
  const planter = new Planter(
    client,
    // 128 random bits: a marker no customer row can carry by chance, so cleanup can match it exactly.
    `${CANARY_PREFIX}${options.runId ?? randomBytes(16).toString('hex')}`,
    options.tenantColumn,
    options.embeddingColumn,
  );
  const verdicts = new Map<string, { verdict: ProbeVerdict[]; reasons: string[] }>();
  await client.query(options.readOnly ? 'BEGIN READ ONLY' : 'BEGIN');
  try {
    const facts: TableFacts[] = [];
    for (const table of options.tables) {
      const tableFacts = await readTable(client, table, role.name, options.tenantColumn);
      facts.push(tableFacts);
      const reasons = catalogReasons(tableFacts, role, options.tenantColumn, options.tenantContext);
      const verdict: ProbeVerdict = !tableFacts.name ? 'error' : reasons.length > 0 ? 'fail' : 'pass';
      steps.push({
        name: `${table}: catalog`,
        verdict,
        subject: table,
        detail: reasons.length > 0 ? reasons.join('; ') : catalogSummary(tableFacts),
      });
      verdicts.set(table, { verdict: [verdict], reasons });
    }
    if (!options.readOnly) {
      const tenants = [randomUUID(), randomUUID()] as const;
      const live = await plantAll(options, planter, facts, steps, verdicts, tenants);
      if (committed) {
        // Recorded before the canaries become durable, so a run killed from here on can be cleaned up exactly.
        await options.onCommit?.({
          marker: planter.marker,
          tenants: [...tenants],
          tenantColumn: options.tenantColumn,
          tables: live.map((table) => table.label),
          ...(options.target ? { target: options.target } : {}),
          startedAt: (options.now ?? (() => new Date()))().toISOString(),
        });
        await client.query('COMMIT');
        await client.query('BEGIN');
      }
      await options.onPlanted?.({ runId: planter.marker, tables: live.map((table) => table.label) });
      const tenantA = live[0]?.tenantA ?? '';
      for (const table of live) {
        const tableSteps = await liveSteps(table, {
          client,
          tenantColumn: options.tenantColumn,
          context: options.tenantContext,
          appRole: options.tenantContext.kind === 'role' ? options.role : role.name,
          tenantA,
          tenantB: table.tenantB,
          searchQuery: options.searchQuery,
          k: options.k ?? 5,
        });
        steps.push(...tableSteps);
        const entry = verdicts.get(table.label);
        for (const step of tableSteps) {
          entry?.verdict.push(step.verdict);
          if (step.verdict === 'fail') entry?.reasons.push(step.detail);
        }
      }
    }
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    if (committed) {
      const failed = await planter.removePlanted();
      await options.onRemoved?.({ marker: planter.marker, failed });
    }
  }
  return options.tables.map((table) => {
    const entry = verdicts.get(table) ?? { verdict: ['error' as const], reasons: [] };
    const steps_ = steps.filter((step) => step.subject === table);
    const verdict = combineVerdicts(entry.verdict);
    const reasons =
      entry.reasons.length > 0
        ? entry.reasons
        : steps_.filter((step) => step.verdict === verdict).map((step) => `${table}: ${step.detail}`);
    return { table, verdict, reasons };
  });
}

type PlantedTable = LiveTable & { tenantA: string; tenantB: string };

/** Plants one canary row per synthetic tenant in every table that can take one. */
async function plantAll(
  options: PostgresProbeOptions,
  planter: Planter,
  facts: TableFacts[],
  steps: ProbeStep[],
  verdicts: Map<string, { verdict: ProbeVerdict[]; reasons: string[] }>,
  [tenantA, tenantB]: readonly [string, string],
): Promise<PlantedTable[]> {
  const { client } = options;
  const live: PlantedTable[] = [];
  const restoreSettings = await saveTenantSettings(client, options.tenantContext);
  for (const table of facts) {
    if (!table.name || !table.hasTenantColumn) continue;
    const name = table.name;
    const mark = planter.planted.length;
    try {
      await client.query('SAVEPOINT trustmap_plant');
      await setTenantSettings(client, options.tenantContext, tenantA);
      await planter.plant(name, tenantA);
      await setTenantSettings(client, options.tenantContext, tenantB);
      const tenantBRow = await planter.plant(name, tenantB);
      await client.query('RELEASE SAVEPOINT trustmap_plant');
      const embedding = options.embeddingColumn
        ? await planter.column(name, options.embeddingColumn)
        : undefined;
      live.push({
        label: table.requested,
        name,
        tenantBRow,
        tenantA,
        tenantB,
        ...(embedding ? { embedding } : {}),
      });
    } catch (error) {
      await client.query('ROLLBACK TO SAVEPOINT trustmap_plant');
      planter.forget(mark);
      const detail = `could not plant canary rows: ${message(error)}`;
      steps.push({
        name: `${table.requested}: plant canaries`,
        verdict: 'error',
        subject: table.requested,
        detail,
      });
      verdicts.get(table.requested)?.verdict.push('error');
    }
  }
  await restoreSettings();
  return live;
}

function catalogSummary(table: TableFacts): string {
  const policies = table.policies.filter((policy) => policy.applies).map((policy) => `\`${policy.name}\``);
  const forced = table.rlsForced
    ? 'enabled and forced'
    : 'enabled (not forced; the role does not own the table)';
  const bound =
    policies.length === 0
      ? '; no policies: default deny'
      : policies.length === 1
        ? `; policy ${policies[0]} binds rows to the tenant`
        : `; policies ${policies.join(', ')} bind rows to the tenant`;
  return `row-level security ${forced}${bound}`;
}
