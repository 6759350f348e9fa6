import path from 'node:path';
import { Command, Option } from 'commander';
import { UsageError } from '../../../errors/index.js';
import { loadMap } from '../../../map/index.js';
import { connectFromEnv } from '../../../probes/connect/postgresUrl.js';
import {
  type CanaryRun,
  forgetCanaryRuns,
  type PostgresProbeOptions,
  postgresOptionsFromConfig,
  postgresProbeConfig,
  probePostgres,
  recordCanaryRun,
  sqlClient,
  type TenantContext,
  withMigratedPglite,
} from '../../../probes/index.js';
import type { CliContext } from '../../context.js';
import { cleanUpOnInterrupt } from './interrupt.js';
import { clock, collect, evidenceOptions, finish } from './output.js';

interface PostgresFlags {
  component?: string;
  urlEnv?: string;
  table: string[];
  tenantColumn?: string;
  tenantSetting?: string;
  tenantRolePattern?: string;
  jwtClaim?: string;
  jwtRole?: string;
  embeddingColumn?: string;
  role?: string;
  searchQuery?: string;
  readOnly?: boolean;
  mode?: 'transaction' | 'committed';
  migrations?: string;
  format: string;
  evidenceDir?: string;
  evidence: boolean;
}

function tenantContextFromFlags(flags: PostgresFlags): TenantContext {
  const given = [flags.tenantSetting, flags.tenantRolePattern, flags.jwtClaim].filter(Boolean).length;
  if (given !== 1) {
    throw new UsageError(
      'say how the application sets the tenant: exactly one of --tenant-setting, --tenant-role-pattern, --jwt-claim',
      'e.g. --tenant-setting app.tenant_id',
    );
  }
  if (flags.tenantSetting) return { kind: 'setting', name: flags.tenantSetting };
  if (flags.tenantRolePattern) return { kind: 'role', rolePattern: flags.tenantRolePattern };
  return { kind: 'jwt-claims', claim: flags.jwtClaim!, ...(flags.jwtRole ? { role: flags.jwtRole } : {}) };
}

/** Probe options and the URL variable, from the map's component or from flags. */
async function resolvePostgres(
  dir: string,
  flags: PostgresFlags,
): Promise<{ options: Omit<PostgresProbeOptions, 'client'>; urlEnv?: string; root: string }> {
  if (flags.component) {
    const map = await loadMap(dir);
    const { config } = postgresProbeConfig(map, flags.component);
    const options = { ...postgresOptionsFromConfig(config), component: flags.component };
    if (flags.readOnly) options.readOnly = true;
    if (flags.mode) options.mode = flags.mode;
    return { options, urlEnv: flags.urlEnv ?? config.urlEnv, root: map.source.root };
  }
  if (flags.table.length === 0 || !flags.tenantColumn) {
    throw new UsageError(
      'give --component <id> (configured in the map) or --table and --tenant-column',
      'e.g. trustmap probe postgres --url-env DATABASE_URL --table documents --tenant-column tenant_id --tenant-setting app.tenant_id',
    );
  }
  return {
    options: {
      tables: flags.table,
      tenantColumn: flags.tenantColumn,
      tenantContext: tenantContextFromFlags(flags),
      ...(flags.embeddingColumn ? { embeddingColumn: flags.embeddingColumn } : {}),
      ...(flags.role ? { role: flags.role } : {}),
      ...(flags.searchQuery ? { searchQuery: flags.searchQuery } : {}),
      ...(flags.readOnly ? { readOnly: true } : {}),
      ...(flags.mode ? { mode: flags.mode } : {}),
    },
    urlEnv: flags.urlEnv,
    root: path.resolve(dir),
  };
}

export function postgresCommand(context: CliContext): Command {
  const command = new Command('postgres')
    .description(
      'prove tenant isolation of Postgres/pgvector tables (row-level security, roles, similarity search)',
    )
    .argument('[dir]', 'folder of the map (with --component) or where evidence goes', '.')
    .option('--component <id>', 'use the probe.postgres block of this map component')
    .option('--url-env <name>', 'environment variable holding the connection URL (never printed)')
    .option('--table <name>', 'tenant-scoped table (repeatable)', collect, [])
    .option('--tenant-column <name>', 'column holding the tenant id')
    .option('--tenant-setting <name>', 'tenant context is a session setting, e.g. app.tenant_id')
    .option('--tenant-role-pattern <pattern>', 'tenant context is a role per tenant, e.g. tenant_{tenant}')
    .option('--jwt-claim <claim>', 'tenant context is a claim in request.jwt.claims (Supabase style)')
    .option('--jwt-role <role>', 'role to assume with JWT claims, e.g. authenticated')
    .option('--embedding-column <name>', 'pgvector column for the similarity-search step')
    .option('--role <role>', 'role the application runs as (default: the connecting user)')
    .option('--search-query <sql>', "the application's similarity search ($1 vector, $2 k)")
    .option('--read-only', 'check catalog facts only; write nothing to the database')
    .addOption(new Option('--mode <mode>', 'where canaries live').choices(['transaction', 'committed']))
    .option(
      '--migrations <dir>',
      'probe an in-memory PGlite built from these .sql migrations instead of a server',
    );
  return evidenceOptions(command).action(async (dir: string, flags: PostgresFlags) => {
    const now = clock(context);
    const { options, urlEnv, root } = await resolvePostgres(path.resolve(context.cwd, dir), flags);
    if (flags.migrations) {
      const migrations = path.resolve(context.cwd, flags.migrations);
      const result = await withMigratedPglite(migrations, (client) =>
        probePostgres({ ...options, client, now, target: `pglite (in-memory) from ${flags.migrations}` }),
      );
      return finish(context, result, root, flags);
    }
    if (!urlEnv)
      throw new UsageError(
        'give --url-env <name> (or --migrations <dir>)',
        'the variable holds the connection URL',
      );
    const connection = await connectFromEnv(urlEnv, context.env);
    const committed = options.mode === 'committed' && !options.readOnly;
    let run: CanaryRun | undefined;
    const uninstall = committed
      ? cleanUpOnInterrupt(context, { root, dir, urlEnv, run: () => run, close: connection.close })
      : () => undefined;
    try {
      const result = await probePostgres({
        ...options,
        client: sqlClient(connection.client),
        now,
        target: connection.target,
        // Committed canaries are recorded before they are committed, so cleanup deletes exactly them.
        onCommit: async (planted) => {
          run = planted;
          await recordCanaryRun(root, planted);
        },
        // For the interruption test only: stop once planted (and say so) until a signal arrives.
        ...(committed && context.env.TRUSTMAP_TEST_HOLD_AFTER_PLANTING === '1'
          ? {
              onPlanted: async ({ runId }: { runId: string }) => {
                context.stderr(`planted ${runId}\n`);
                await new Promise(() => undefined);
              },
            }
          : {}),
        onRemoved: async ({ marker, failed }) => {
          if (failed === 0) await forgetCanaryRuns(root, [marker]);
          else
            context.stderr(
              `${context.colors.yellow('warning')} ${failed} canary row${failed === 1 ? '' : 's'} could not be deleted; run \`trustmap probe cleanup ${JSON.stringify(dir)} --url-env ${urlEnv}\`\n`,
            );
        },
      });
      await finish(context, result, root, flags);
    } finally {
      uninstall();
      await connection.close().catch(() => undefined);
    }
  });
}
