import { Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { formatOption, nowFrom, toJson } from '../options.js';

/** `trustmap coverage [dir]`: per framework, which criteria are met by checks, by evidence, or not at all. */
export function coverageCommand(context: CliContext): Command {
  return new Command('coverage')
    .description('show, per framework, which criteria passing checks or evidence meet')
    .argument('[path]', 'trustmap.yaml, or the folder that holds it', '.')
    .addOption(formatOption(['text', 'json']))
    .addOption(new Option('--framework <id>', 'only this framework').choices(['soc2', 'iso42001']))
    .option('--no-discover', 'do not scan the code next to the map')
    .action(async (target: string, options: { format: string; framework?: string; discover: boolean }) => {
      const { coverage, runChecks } = await import('../../controls/index.js');
      const { discover } = await import('../../discover/index.js');
      const { assembleModel } = await import('../../model/index.js');
      const { renderCoverageText } = await import('../../report/index.js');
      const model = await assembleModel(target, {
        now: nowFrom(context.env),
        discover: options.discover ? (roots) => discover(roots) : false,
      });
      const run = runChecks(model);
      const frameworks = coverage(model, run).filter(
        (entry) => !options.framework || entry.framework === options.framework,
      );
      if (options.format === 'json') context.stdout(toJson({ generatedAt: run.generatedAt, frameworks }));
      else context.stdout(renderCoverageText(frameworks, context.colors));
    });
}
