import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { formatOption, nowFrom, toJson } from '../options.js';

/** `trustmap status [dir]`: what is confirmed, proposed, dismissed and unverified, and what to confirm next. */
export function statusCommand(context: CliContext): Command {
  return new Command('status')
    .description(
      'show what the map states as fact, what awaits confirmation, what is dismissed, and what to do next',
    )
    .argument('[path]', 'trustmap.yaml, or the folder that holds it', '.')
    .addOption(formatOption(['text', 'json']))
    .option('--no-discover', 'do not scan the code next to the map')
    .action(async (target: string, options: { format: string; discover: boolean }) => {
      const { runChecks } = await import('../../controls/index.js');
      const { discover } = await import('../../discover/index.js');
      const { assembleModel } = await import('../../model/index.js');
      const { mapStatus, renderStatusText } = await import('../../report/index.js');
      const model = await assembleModel(target, {
        now: nowFrom(context.env),
        discover: options.discover ? (roots) => discover(roots) : false,
      });
      const status = mapStatus(model, runChecks(model).results);
      context.stdout(options.format === 'json' ? toJson(status) : renderStatusText(status, context.colors));
    });
}
