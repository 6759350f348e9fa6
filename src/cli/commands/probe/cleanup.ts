import path from 'node:path';
import { Command } from 'commander';
import { UsageError } from '../../../errors/index.js';
import { loadMap } from '../../../map/index.js';
import { connectFromEnv } from '../../../probes/connect/postgresUrl.js';
import {
  type CanaryRun,
  cleanupCanaries,
  forgetCanaryRuns,
  postgresProbeConfig,
  readCanaryRuns,
  sqlClient,
} from '../../../probes/index.js';
import type { CliContext } from '../../context.js';
import { formatOption, toJson } from '../../options.js';
import { collect } from './output.js';

interface CleanupFlags {
  component?: string;
  urlEnv?: string;
  table: string[];
  run: string[];
  dryRun?: boolean;
  format: string;
}

/** Runs given with --run: a marker (or its token) printed by an interrupted probe. */
function runsFromFlags(markers: string[], tenantColumn: string): CanaryRun[] {
  return markers.map((given) => {
    const marker = given.startsWith('trustmap-canary-') ? given : `trustmap-canary-${given}`;
    if (!/^trustmap-canary-[0-9a-f]{8,64}$/.test(marker))
      throw new UsageError(
        `--run ${given} is not a canary marker`,
        'pass the marker the probe printed, e.g. trustmap-canary-3f9a…',
      );
    return { marker, tenants: [], tenantColumn, tables: [], startedAt: '' };
  });
}

export function cleanupCommand(context: CliContext): Command {
  return new Command('cleanup')
    .description(
      'delete the canary rows of recorded committed-mode runs (.trustmap/probe-runs.json) and nothing else',
    )
    .argument('[dir]', 'folder of the map (where the runs are recorded)', '.')
    .option('--component <id>', 'take the URL variable from this component’s probe.postgres block')
    .option('--url-env <name>', 'environment variable holding the connection URL')
    .option('--table <name>', 'only these tables (repeatable; default: every table)', collect, [])
    .option('--run <marker>', 'also a run the probe printed when interrupted (repeatable)', collect, [])
    .option('--dry-run', 'count, delete nothing')
    .addOption(formatOption(['text', 'json']))
    .action(async (dir: string, flags: CleanupFlags) => {
      const root = path.resolve(context.cwd, dir);
      let urlEnv = flags.urlEnv;
      if (!urlEnv && flags.component)
        urlEnv = postgresProbeConfig(await loadMap(root), flags.component).config.urlEnv;
      if (!urlEnv) throw new UsageError('give --url-env <name> or --component <id>');
      const recorded = readCanaryRuns(root);
      const runs = [...recorded, ...runsFromFlags(flags.run, recorded[0]?.tenantColumn ?? 'tenant_id')];
      const connection = await connectFromEnv(urlEnv, context.env);
      try {
        const removed = await cleanupCanaries(sqlClient(connection.client), {
          runs,
          ...(flags.table.length > 0 ? { tables: flags.table } : {}),
          ...(flags.dryRun ? { dryRun: true } : {}),
        });
        const total = removed.reduce((sum, entry) => sum + entry.rows, 0);
        const left = removed.reduce((sum, entry) => sum + (entry.left ?? 0), 0);
        const failed = removed.some((entry) => entry.error);
        if (!flags.dryRun && !failed)
          await forgetCanaryRuns(
            root,
            recorded.map((run) => run.marker),
          );
        if (flags.format === 'json') {
          context.stdout(
            toJson({
              target: connection.target,
              dryRun: Boolean(flags.dryRun),
              runs: runs.length,
              total,
              left,
              tables: removed,
            }),
          );
        } else {
          const verb = flags.dryRun ? 'would delete' : 'deleted';
          context.stdout(
            `${verb} ${total} canary row${total === 1 ? '' : 's'} in ${connection.target} (${runs.length} run${runs.length === 1 ? '' : 's'})\n`,
          );
          for (const entry of removed.filter((item) => item.rows > 0 || item.error || item.left)) {
            const kept = entry.left
              ? `; left ${entry.left} row${entry.left === 1 ? '' : 's'} that mention trustmap-canary- without a recorded run's marker`
              : '';
            context.stdout(
              `  ${entry.table}: ${entry.rows}${kept}${entry.error ? ` (${entry.error})` : ''}\n`,
            );
          }
          if (runs.length === 0)
            context.stdout(
              `no recorded runs in ${path.join(dir, '.trustmap', 'probe-runs.json')}: nothing was deleted (pass --run <marker> for a run the probe printed)\n`,
            );
          else if (left > 0)
            context.stdout(
              `left ${left} row${left === 1 ? '' : 's'} that mention the canary prefix but were not written by a recorded run\n`,
            );
        }
        if (failed) context.exitCode = 2;
      } finally {
        await connection.close().catch(() => undefined);
      }
    });
}
