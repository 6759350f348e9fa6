import { Command } from 'commander';
import { loadMap } from '../../map/index.js';
import { exampleDir } from '../../paths.js';
import type { CliContext } from '../context.js';

/** Runs the main job on the bundled example company, so a fresh clone shows what Trustmap does. */
export function demoCommand(context: CliContext): Command {
  return new Command('demo')
    .description('run Trustmap on the bundled example company (examples/acme-ai)')
    .action(async () => {
      const { colors, stdout } = context;
      const map = await loadMap(exampleDir());
      stdout(`${colors.bold('Trustmap demo')} on ${map.organization.name} (examples/acme-ai)\n\n`);
      stdout(
        `${colors.green('✓')} map valid: ${map.dataClasses.length} data classes, ${map.components.length} components, ` +
          `${map.subprocessors.length} sub-processors, ${map.flows.length} flows\n`,
      );
    });
}
