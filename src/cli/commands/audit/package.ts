import path from 'node:path';
import { Command, Option } from 'commander';
import { UsageError } from '../../../errors/index.js';
import type { CliContext } from '../../context.js';
import { nowFrom } from '../../options.js';
import { windowFrom } from './window.js';

/** `trustmap audit package`: the signed audit package, offline from a ledger export or a folder of outputs. */
export function packageCommand(context: CliContext): Command {
  return new Command('package')
    .description(
      'build the signed audit package (zip) for a window from a ledger export or a folder of outputs',
    )
    .argument('[path]', 'trustmap.yaml, or the folder that holds it', '.')
    .requiredOption(
      '--history <file-or-folder>',
      'ledger export (.jsonl) or a folder of check and probe JSON',
    )
    .option('--from <date>', 'first day of the window (YYYY-MM-DD)')
    .option('--to <date>', 'last day of the window (YYYY-MM-DD)')
    .addOption(
      new Option('--framework <framework>', 'framework of the audit')
        .choices(['soc2', 'iso42001'])
        .default('soc2'),
    )
    .option(
      '--sample <spec...>',
      'a sample to include, as population:method:size:seed (e.g. changes:random:25:fw-1)',
    )
    .requiredOption('--out <file>', 'where to write the zip')
    .action(
      async (
        target: string,
        options: {
          history: string;
          from?: string;
          to?: string;
          framework: 'soc2' | 'iso42001';
          sample?: string[];
          out: string;
        },
      ) => {
        const { buildAuditPackage, drawSample, population, POPULATION_KINDS, readHistory } = await import(
          '../../../audit/index.js'
        );
        const { loadSigningKey, writeFileAtomic } = await import('../../../io/index.js');
        const { assembleModel } = await import('../../../model/index.js');
        const window = windowFrom(options);
        const key = loadSigningKey(context.env);
        if (!key)
          throw new UsageError(
            'no signing key: the package manifest must be signed',
            'run `trustmap keys create`, or set TRUSTMAP_SIGNING_KEY',
          );
        const model = await assembleModel(path.resolve(context.cwd, target), {
          now: new Date(`${window.end}T23:59:59Z`),
          discover: false,
        });
        const records = readHistory(path.resolve(context.cwd, options.history), model.map.organization.name);
        const samples = (options.sample ?? []).map((spec) => {
          const [kind, method, size, ...seed] = spec.split(':');
          if (
            !kind ||
            !(POPULATION_KINDS as readonly string[]).includes(kind) ||
            !method ||
            !size ||
            seed.length === 0
          )
            throw new UsageError(
              `--sample ${spec} is not population:method:size:seed`,
              `populations: ${POPULATION_KINDS.join(', ')}`,
            );
          return drawSample(population(records, window, kind as (typeof POPULATION_KINDS)[number]), {
            method: method as 'random',
            size: Number(size),
            seed: seed.join(':'),
          });
        });
        const built = await buildAuditPackage({
          model,
          records,
          window,
          framework: options.framework,
          key,
          createdAt: nowFrom(context.env).toISOString(),
          samples,
        });
        try {
          await writeFileAtomic(path.resolve(context.cwd, options.out), built.bytes);
        } catch (error) {
          throw new UsageError(
            `cannot write ${options.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
            'check that the folder exists and is writable',
          );
        }
        context.stderr(
          `${context.colors.green('✓')} wrote ${options.out}: ${built.manifest.files.length} files from ${records.length} ledger entries, signed by ${key.keyId}\n`,
        );
      },
    );
}
