import path from 'node:path';
import { Command, Option } from 'commander';
import type { Severity } from '../../controls/index.js';
import { writeFileAtomic } from '../../io/index.js';
import { VERSION } from '../../version.js';
import type { CliContext } from '../context.js';
import { failOnOption, formatOption, nowFrom } from '../options.js';

interface CheckOptions {
  format: 'text' | 'json' | 'sarif' | 'junit' | 'markdown';
  failOn: Severity | 'none';
  discover: boolean;
  out?: string;
  all?: boolean;
}

/** `trustmap check [dir]`: evaluate every control and report in the format CI, code review or auditors read. */
export function checkCommand(context: CliContext): Command {
  return new Command('check')
    .description('check the map, the code and stored probe results against Trustmap’s controls')
    .argument('[path]', 'trustmap.yaml, or the folder that holds it', '.')
    .addOption(formatOption(['text', 'json', 'sarif', 'junit', 'markdown']))
    .addOption(failOnOption())
    .option('--no-discover', 'do not scan the code next to the map')
    .option('--out <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--all', 'text format: also list passing and not-applicable results'))
    .action(async (target: string, options: CheckOptions) => {
      const { failsThreshold, runChecks } = await import('../../controls/index.js');
      const { discover } = await import('../../discover/index.js');
      const { assembleModel } = await import('../../model/index.js');
      const { renderJson, renderJunit, renderMarkdown, renderSarif, renderText } = await import(
        '../../report/index.js'
      );
      const model = await assembleModel(target, {
        now: nowFrom(context.env),
        discover: options.discover ? (roots) => discover(roots) : false,
      });
      const run = runChecks(model);
      const mapRoot = path.relative(context.cwd, model.map.source.root).split(path.sep).join('/');
      const title = model.map.organization.name;
      const { colors } = context;
      const report =
        options.format === 'json'
          ? renderJson(run)
          : options.format === 'sarif'
            ? renderSarif(run, { toolVersion: VERSION, mapRoot, fallbackFile: model.map.source.files[0] })
            : options.format === 'junit'
              ? renderJunit(run, { mapRoot })
              : options.format === 'markdown'
                ? renderMarkdown(run, { title, mapRoot })
                : renderText(run, {
                    title,
                    mapRoot,
                    all: options.all,
                    paint: options.out ? undefined : colors,
                  });
      if (options.out) {
        await writeFileAtomic(path.resolve(context.cwd, options.out), report);
        const { byStatus } = run.summary;
        context.stderr(`wrote ${options.out} (${byStatus.fail} failing, ${byStatus.pass} passing)\n`);
      } else {
        context.stdout(report);
      }
      if (failsThreshold(run.results, options.failOn)) context.exitCode = 1;
    });
}
