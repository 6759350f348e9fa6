import path from 'node:path';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { formatOption, nowFrom, toJson } from '../options.js';

interface BuildOptions {
  out: string;
  allowUnverified?: boolean;
  discover: boolean;
  baseUrl?: string;
  format: 'text' | 'json';
}

/** `trustmap trust-center build [dir] --out site/`: the static trust center, every claim backed by a check. */
export function trustCenterCommand(context: CliContext): Command {
  const build = new Command('build')
    .description('build the static trust center site from the map and the checks')
    .argument('[path]', 'trustmap.yaml, or the folder that holds it', '.')
    .option('--out <dir>', 'folder to write the site to (replaced as a whole)', 'site')
    .option('--allow-unverified', 'publish claims no passing check backs, marked "not yet verified"')
    .option('--no-discover', 'do not scan the code next to the map')
    .option('--base-url <url>', 'public address of the site, for absolute links in the Atom feed')
    .addOption(formatOption(['text', 'json']))
    .action(async (target: string, options: BuildOptions) => {
      const { discover } = await import('../../discover/index.js');
      const { publishTrustCenter } = await import('../../trust-center/index.js');
      const result = await publishTrustCenter(path.resolve(context.cwd, target), {
        out: path.resolve(context.cwd, options.out),
        allowUnverified: options.allowUnverified,
        baseUrl: options.baseUrl,
        now: nowFrom(context.env),
        discover: options.discover ? (roots) => discover(roots) : false,
      });
      if (options.format === 'json') {
        context.stdout(toJson(result));
        return;
      }
      const { colors } = context;
      for (const warning of result.warnings) context.stderr(`${colors.yellow('warning')} ${warning}\n`);
      for (const line of result.omitted) context.stderr(`${colors.dim('left out')} ${line}\n`);
      for (const claim of result.unverified) {
        context.stderr(
          `${colors.yellow('not yet verified')} [${claim.id}] ${claim.statement}\n  ${claim.reason}\n`,
        );
      }
      const verified = result.claims.length - result.unverified.length;
      context.stderr(
        `${colors.green('✓')} trust center built: ${result.files.length} files, ${verified} of ${result.claims.length} claims verified\n`,
      );
      context.stdout(`${result.index}\n`);
    });
  return new Command('trust-center').description('build the public trust center site').addCommand(build);
}
