import path from 'node:path';
import { Command } from 'commander';
import { exampleDir } from '../../paths.js';
import type { CliContext } from '../context.js';
import { nowFrom } from '../options.js';

/** Runs the main job on the bundled example company, so a fresh clone shows what Trustmap does. */
export function demoCommand(context: CliContext): Command {
  return new Command('demo')
    .description('run Trustmap end to end on the bundled example company (examples/acme-ai)')
    .option('--out <dir>', 'where to write the probe evidence, lineage and trust center', 'out/demo')
    .action(async (options: { out: string }) => {
      const { runDemo } = await import('../../demo/index.js');
      const { renderText } = await import('../../report/index.js');
      const { colors, stdout, stderr } = context;
      const out = path.resolve(context.cwd, options.out);
      const shown = (file: string) => path.relative(context.cwd, file) || '.';
      const started = Date.now();
      const result = await runDemo({
        exampleDir: exampleDir(),
        out,
        now: nowFrom(context.env),
        onStage: (stage) => {
          if (context.stderrIsTTY && !context.env.CI) stderr(colors.dim(`… ${stage}\n`));
        },
      });
      const { model, discovery, drift, probes, run, lineage, trustCenter } = result;
      const map = model.map;
      const line = (mark: string, text: string) => stdout(`${mark} ${text}\n`);
      const ok = colors.green('✓');
      const bad = colors.red('✗');

      stdout(`${colors.bold('Trustmap demo')} on ${map.organization.name} (examples/acme-ai)\n\n`);
      line(
        ok,
        `map: ${map.dataClasses.length} data classes, ${map.components.length} components, ` +
          `${map.subprocessors.length} sub-processors, ${map.flows.length} flows`,
      );
      const vendors = discovery.findings.filter((f) => f.hosting === 'vendor-hosted').map((f) => f.name);
      const internal = discovery.findings.filter((f) => f.hosting === 'self-hosted').map((f) => f.name);
      line(
        ok,
        `discover: ${discovery.stats.files} files; vendor services ${vendors.join(', ')}; ` +
          `self-hosted ${internal.join(', ')}`,
      );
      for (const item of drift.filter((d) => d.severity !== 'info')) {
        line(bad, `drift (${item.severity}): ${item.message}`);
      }
      for (const { file, result: probe } of probes) {
        const tables = (probe.tables ?? []).map((t) => `${t.table} ${t.verdict}`).join(', ');
        line(
          probe.verdict === 'pass' ? ok : bad,
          `probe ${probe.component}: tenant isolation ${probe.verdict} on PGlite built from the migrations (${tables}) → ${shown(path.join(out, file))}`,
        );
      }
      stdout('\n');
      stdout(renderText(run, { title: map.organization.name, mapRoot: shown(exampleDir()), paint: colors }));
      stdout('\n');
      line(ok, `lineage: ${shown(lineage.svg)} (SVG), ${shown(lineage.mermaid)} (Mermaid)`);
      const verified = trustCenter.claims.length - trustCenter.unverified.length;
      line(
        ok,
        `trust center: ${verified} of ${trustCenter.claims.length} claims verified; the others are marked "not yet verified"`,
      );
      stdout(`\nOpen the trust center: file://${trustCenter.index}\n`);
      stdout(
        colors.dim(
          `(${((Date.now() - started) / 1000).toFixed(1)} s; see examples/acme-ai/README.md for the gaps left on purpose)\n`,
        ),
      );
    });
}
