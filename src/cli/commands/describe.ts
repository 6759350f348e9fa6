import path from 'node:path';
import { Command } from 'commander';
import { UsageError } from '../../errors/index.js';
import { writeFileAtomic } from '../../io/index.js';
import type { CliContext } from '../context.js';
import { formatOption, nowFrom } from '../options.js';

/** `trustmap describe`: a draft SOC 2 system description, as Markdown or a Word document. */
export function describeCommand(context: CliContext): Command {
  return new Command('describe')
    .description('draft the SOC 2 system description (Markdown, or .docx for auditors to edit)')
    .argument('[path]', 'trustmap.yaml, or the folder that holds it', '.')
    .addOption(formatOption(['markdown', 'docx']))
    .option('--out <file>', 'write to this file instead of standard output (required for docx)')
    .option(
      '--no-discover',
      'do not scan the code next to the map (reviewer notes then come from the map alone)',
    )
    .action(async (target: string, options: { format: string; out?: string; discover: boolean }) => {
      const { runChecks } = await import('../../controls/index.js');
      const { describeSystem, renderDescriptionDocx, renderDescriptionMarkdown } = await import(
        '../../describe/index.js'
      );
      const { discover } = await import('../../discover/index.js');
      const { assembleModel } = await import('../../model/index.js');
      if (options.format === 'docx' && !options.out)
        throw new UsageError('--format docx writes a binary file', 'pass --out system-description.docx');
      const now = nowFrom(context.env);
      const model = await assembleModel(path.resolve(context.cwd, target), {
        now,
        discover: options.discover ? (roots) => discover(roots) : false,
      });
      const description = describeSystem(model, runChecks(model).results);
      const output =
        options.format === 'docx'
          ? await renderDescriptionDocx(description)
          : renderDescriptionMarkdown(description);
      if (!options.out) {
        context.stdout(output as string);
        return;
      }
      try {
        await writeFileAtomic(path.resolve(context.cwd, options.out), output);
      } catch (error) {
        throw new UsageError(
          `cannot write ${options.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
          'check that the folder exists and is writable',
        );
      }
      context.stderr(
        `${context.colors.green('✓')} wrote ${options.out} (${description.sections.length} sections)\n`,
      );
    });
}
