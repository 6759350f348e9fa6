import path from 'node:path';
import { Command, Option } from 'commander';
import { UsageError } from '../../errors/index.js';
import { loadMap, type SystemMap } from '../../map/index.js';
import { connectFromEnv } from '../../probes/connect/postgresUrl.js';
import {
  cleanupCanaries,
  type HttpProbeConfig,
  loadHttpProbeConfig,
  type PostgresProbeOptions,
  type ProbeResult,
  postgresOptionsFromConfig,
  postgresProbeConfig,
  probeHttp,
  probePostgres,
  sqlClient,
  type TenantContext,
  withMigratedPglite,
  writeProbeResult,
} from '../../probes/index.js';
import type { CliContext } from '../context.js';
import { formatOption, toJson } from '../options.js';

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

const collect = (value: string, previous: string[]) => [...previous, value];

/** `TRUSTMAP_NOW` pins the clock for reproducible runs. */
function clock(context: CliContext): () => Date {
  const pinned = context.env.TRUSTMAP_NOW;
  if (!pinned) return () => new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`TRUSTMAP_NOW is not a date: ${pinned}`, 'use ISO form, e.g. 2026-11-26T12:00:00Z');
  return () => date;
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

const MARKS = { pass: '✓', fail: '✗', error: '!' } as const;

function printResult(
  context: CliContext,
  result: ProbeResult,
  file: string | undefined,
  format: string,
): void {
  if (format === 'json') {
    context.stdout(toJson({ ...result, ...(file ? { evidenceFile: file } : {}) }));
    return;
  }
  const { colors } = context;
  const paint = { pass: colors.green, fail: colors.red, error: colors.yellow };
  const title = `probe ${result.kind}${result.component ? ` ${result.component}` : ''} (${result.target})`;
  context.stdout(`${colors.bold(title)}: ${paint[result.verdict](result.verdict.toUpperCase())}\n`);
  for (const step of result.steps) {
    context.stdout(`  ${paint[step.verdict](MARKS[step.verdict])} ${step.name}: ${step.detail}\n`);
  }
  for (const table of result.tables ?? []) {
    if (table.verdict === 'pass') continue;
    context.stdout(`\n${paint[table.verdict](`${table.table}: ${table.verdict}`)}\n`);
    for (const reason of table.reasons) context.stdout(`  - ${reason}\n`);
  }
  if (file) context.stdout(`\n${colors.dim(`evidence: ${file}`)}\n`);
}

async function finish(
  context: CliContext,
  result: ProbeResult,
  root: string,
  flags: { format: string; evidenceDir?: string; evidence: boolean },
): Promise<void> {
  const file = flags.evidence
    ? await writeProbeResult(
        root,
        result,
        flags.evidenceDir ? path.resolve(context.cwd, flags.evidenceDir) : undefined,
      )
    : undefined;
  printResult(context, result, file ? path.relative(context.cwd, file) || file : undefined, flags.format);
  context.exitCode = result.verdict === 'pass' ? 0 : result.verdict === 'fail' ? 1 : 2;
}

function evidenceOptions(command: Command): Command {
  return command
    .addOption(formatOption(['text', 'json']))
    .option('--evidence-dir <dir>', 'where to write the result file (default: <map root>/.trustmap/evidence)')
    .option('--no-evidence', 'do not write a result file');
}

function postgresCommand(context: CliContext): Command {
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
    const { options, urlEnv, root } = await resolvePostgres(dir, flags);
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
    try {
      const result = await probePostgres({
        ...options,
        client: sqlClient(connection.client),
        now,
        target: connection.target,
      });
      await finish(context, result, root, flags);
    } finally {
      await connection.close().catch(() => undefined);
    }
  });
}

interface HttpFlags {
  component?: string;
  config?: string;
  format: string;
  evidenceDir?: string;
  evidence: boolean;
}

async function resolveHttp(
  dir: string,
  flags: HttpFlags,
): Promise<{ config: HttpProbeConfig; root: string }> {
  if (flags.config) return { config: await loadHttpProbeConfig(flags.config), root: path.resolve(dir) };
  if (!flags.component) throw new UsageError('give --config <file> or --component <id>');
  const map: SystemMap = await loadMap(dir);
  const component = map.components.find((entry) => entry.id === flags.component);
  const file = component?.probe?.http?.config;
  if (!file) throw new UsageError(`component \`${flags.component}\` has no \`probe.http.config\``);
  return { config: await loadHttpProbeConfig(path.resolve(map.source.root, file)), root: map.source.root };
}

function httpCommand(context: CliContext): Command {
  const command = new Command('http')
    .description('prove that a RAG endpoint never returns one tenant’s canary document to another')
    .argument('[dir]', 'folder of the map (with --component) or where evidence goes', '.')
    .option('--component <id>', 'use the probe.http block of this map component')
    .option('--config <file>', 'HTTP probe definition (YAML)');
  return evidenceOptions(command).action(async (dir: string, flags: HttpFlags) => {
    const { config, root } = await resolveHttp(dir, flags);
    const result = await probeHttp(config, {
      env: context.env,
      now: clock(context),
      component: flags.component,
    });
    await finish(context, result, root, flags);
  });
}

function cleanupCommand(context: CliContext): Command {
  return new Command('cleanup')
    .description('delete canary rows (trustmap-canary-…) that a killed committed-mode run left behind')
    .argument('[dir]', 'folder of the map (with --component)', '.')
    .option('--component <id>', 'take the URL variable from this component’s probe.postgres block')
    .option('--url-env <name>', 'environment variable holding the connection URL')
    .option('--table <name>', 'only these tables (repeatable; default: every table)', collect, [])
    .option('--dry-run', 'count, delete nothing')
    .addOption(formatOption(['text', 'json']))
    .action(
      async (
        dir: string,
        flags: { component?: string; urlEnv?: string; table: string[]; dryRun?: boolean; format: string },
      ) => {
        let urlEnv = flags.urlEnv;
        if (!urlEnv && flags.component)
          urlEnv = postgresProbeConfig(await loadMap(dir), flags.component).config.urlEnv;
        if (!urlEnv) throw new UsageError('give --url-env <name> or --component <id>');
        const connection = await connectFromEnv(urlEnv, context.env);
        try {
          const removed = await cleanupCanaries(sqlClient(connection.client), {
            ...(flags.table.length > 0 ? { tables: flags.table } : {}),
            ...(flags.dryRun ? { dryRun: true } : {}),
          });
          const total = removed.reduce((sum, entry) => sum + entry.rows, 0);
          if (flags.format === 'json') {
            context.stdout(
              toJson({ target: connection.target, dryRun: Boolean(flags.dryRun), total, tables: removed }),
            );
          } else {
            const verb = flags.dryRun ? 'would delete' : 'deleted';
            context.stdout(`${verb} ${total} canary row${total === 1 ? '' : 's'} in ${connection.target}\n`);
            for (const entry of removed.filter((item) => item.rows > 0 || item.error)) {
              context.stdout(`  ${entry.table}: ${entry.rows}${entry.error ? ` (${entry.error})` : ''}\n`);
            }
          }
          if (removed.some((entry) => entry.error)) context.exitCode = 2;
        } finally {
          await connection.close().catch(() => undefined);
        }
      },
    );
}

/** `trustmap probe postgres|http|cleanup`: live tenant-isolation tests that leave evidence files. */
export function probeCommand(context: CliContext): Command {
  const probe = new Command('probe').description('live tenant-isolation probes: postgres, http, cleanup');
  for (const sub of [postgresCommand(context), httpCommand(context), cleanupCommand(context)]) {
    // The program configures its direct children only; nested commands need the same output and exit handling.
    sub
      .exitOverride()
      .showHelpAfterError('(run with --help for usage)')
      .configureOutput({
        writeOut: (text) => context.stdout(text),
        writeErr: (text) => context.stderr(text),
      });
    probe.addCommand(sub);
  }
  return probe;
}
