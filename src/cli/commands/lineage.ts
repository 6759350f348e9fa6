import path from 'node:path';
import { Command } from 'commander';
import { UsageError } from '../../errors/index.js';
import { writeFileAtomic } from '../../io/index.js';
import { loadMap } from '../../map/index.js';
import type { CliContext } from '../context.js';
import { formatOption, toJson } from '../options.js';

export function lineageCommand(context: CliContext): Command {
  return new Command('lineage')
    .description('draw where data flows and where customer data stops (Mermaid, DOT, SVG or JSON)')
    .argument('[path]', 'trustmap.yaml, or the folder that holds it', '.')
    .addOption(formatOption(['mermaid', 'dot', 'svg', 'json']))
    .option('--data-class <id>', "show one data class's journey (with the classes derived from it)")
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (target: string, options: { format: string; dataClass?: string; out?: string }) => {
      const { buildLineageGraph, renderDot, renderMermaid, renderSvg } = await import(
        '../../lineage/index.js'
      );
      const { buildModel } = await import('../../model/index.js');
      const map = await loadMap(path.resolve(context.cwd, target));
      // Lineage does not depend on the clock, so the model's default `now` is fine here.
      const model = buildModel(map);
      const graph = buildLineageGraph(model, options.dataClass ? { dataClass: options.dataClass } : {});
      const output =
        options.format === 'svg'
          ? await renderSvg(graph)
          : options.format === 'dot'
            ? renderDot(graph)
            : options.format === 'json'
              ? toJson(graph)
              : renderMermaid(graph);
      if (!options.out) {
        context.stdout(output);
        return;
      }
      const file = path.resolve(context.cwd, options.out);
      try {
        await writeFileAtomic(file, output);
      } catch (error) {
        throw new UsageError(
          `cannot write ${options.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
          'check that the folder exists and is writable',
        );
      }
      context.stderr(
        `${context.colors.green('✓')} wrote ${options.out} (${graph.nodes.length} places, ${graph.edges.length} flows)\n`,
      );
    });
}
