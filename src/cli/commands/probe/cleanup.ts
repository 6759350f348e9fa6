import { Command } from 'commander';
import { UsageError } from '../../../errors/index.js';
import { loadMap } from '../../../map/index.js';
import { connectFromEnv } from '../../../probes/connect/postgresUrl.js';
import { cleanupCanaries, postgresProbeConfig, sqlClient } from '../../../probes/index.js';
import type { CliContext } from '../../context.js';
import { formatOption, toJson } from '../../options.js';
import { collect } from './output.js';

export function cleanupCommand(context: CliContext): Command {
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
