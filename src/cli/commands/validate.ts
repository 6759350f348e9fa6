import { Command } from 'commander';
import { InputError } from '../../errors/index.js';
import { loadMap, proposedEntries } from '../../map/index.js';
import type { CliContext } from '../context.js';
import { formatOption, toJson } from '../options.js';

export function validateCommand(context: CliContext): Command {
  return new Command('validate')
    .description('check that a system map is well formed and every reference resolves')
    .argument('[path]', 'trustmap.yaml, or the folder that holds it', '.')
    .addOption(formatOption(['text', 'json']))
    .action(async (target: string, options: { format: string }) => {
      try {
        const map = await loadMap(target);
        const counts = {
          dataClasses: map.dataClasses.length,
          components: map.components.length,
          subprocessors: map.subprocessors.length,
          flows: map.flows.length,
          aiSystems: map.aiSystems.length,
          evidence: map.evidence.length,
        };
        const proposed = proposedEntries(map).map((entry) => entry.pointer);
        if (options.format === 'json') {
          context.stdout(toJson({ ok: true, files: map.source.files, counts, proposed }));
          return;
        }
        const summary = Object.entries(counts)
          .map(([key, count]) => `${count} ${key}`)
          .join(', ');
        context.stdout(`${context.colors.green('✓')} ${map.source.files.join(', ')} is valid (${summary})\n`);
        if (proposed.length > 0)
          context.stdout(
            `${context.colors.yellow(`${proposed.length} ${proposed.length === 1 ? 'entry awaits' : 'entries await'} confirmation`)} (status: proposed, or text discover wrote still to fill in; never stated as fact until confirmed): ${proposed.slice(0, 8).join(', ')}${proposed.length > 8 ? ', …' : ''}\n`,
          );
      } catch (error) {
        if (options.format === 'json' && error instanceof InputError) {
          context.stdout(toJson({ ok: false, problems: error.problems }));
          context.exitCode = 2;
          return;
        }
        throw error;
      }
    });
}
