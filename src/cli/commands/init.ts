import { existsSync } from 'node:fs';
import path from 'node:path';
import * as prompts from '@clack/prompts';
import { Command, Option } from 'commander';
import { UsageError } from '../../errors/index.js';
import { ensureDir, writeFileAtomic } from '../../io/index.js';
import { FRAMEWORKS, mapJsonSchema, STAGES, starterMap } from '../../map/index.js';
import type { CliContext } from '../context.js';
import { toJson } from '../options.js';

interface InitOptions {
  name?: string;
  stage?: (typeof STAGES)[number];
  frameworks?: string;
  website?: string;
  force?: boolean;
  yes?: boolean;
}

async function ask(
  options: InitOptions,
): Promise<Required<Pick<InitOptions, 'name' | 'stage' | 'frameworks'>>> {
  prompts.intro('trustmap init');
  const cancelled = (value: unknown): value is symbol => prompts.isCancel(value);
  const name = options.name ?? (await prompts.text({ message: 'Company name?', placeholder: 'Acme AI' }));
  if (cancelled(name)) throw new UsageError('cancelled');
  const stage =
    options.stage ??
    (await prompts.select({ message: 'Stage?', options: STAGES.map((value) => ({ value, label: value })) }));
  if (cancelled(stage)) throw new UsageError('cancelled');
  const frameworks =
    options.frameworks ??
    (await prompts.multiselect({
      message: 'Target frameworks?',
      options: FRAMEWORKS.map((value) => ({ value, label: value })),
      initialValues: ['soc2'],
    }));
  if (cancelled(frameworks)) throw new UsageError('cancelled');
  return {
    name: String(name),
    stage: stage as (typeof STAGES)[number],
    frameworks: Array.isArray(frameworks) ? frameworks.join(',') : String(frameworks),
  };
}

export function initCommand(context: CliContext): Command {
  return new Command('init')
    .description('write a commented starter trustmap.yaml (asks a few questions on a terminal)')
    .argument('[dir]', 'folder to write into', '.')
    .option('--name <name>', 'company name')
    .addOption(new Option('--stage <stage>', 'company stage').choices(STAGES))
    .option('--frameworks <list>', 'comma-separated target frameworks', undefined)
    .option('--website <url>', 'company website')
    .option('--force', 'overwrite an existing trustmap.yaml')
    .option('-y, --yes', 'do not ask; use flags and defaults')
    .action(async (dir: string, options: InitOptions) => {
      const folder = path.resolve(context.cwd, dir);
      const file = path.join(folder, 'trustmap.yaml');
      if (existsSync(file) && !options.force) {
        throw new UsageError(
          `${path.relative(context.cwd, file) || file} already exists`,
          'pass --force to overwrite it',
        );
      }
      const answers =
        context.interactive && !options.yes
          ? await ask(options)
          : {
              name: options.name ?? path.basename(folder),
              stage: options.stage ?? 'seed',
              frameworks: options.frameworks ?? 'soc2',
            };
      const frameworks = answers.frameworks
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      const unknown = frameworks.filter((item) => !(FRAMEWORKS as readonly string[]).includes(item));
      if (unknown.length > 0) {
        throw new UsageError(
          `unknown framework ${unknown.join(', ')}`,
          `choose from ${FRAMEWORKS.join(', ')}`,
        );
      }
      await ensureDir(path.join(folder, '.trustmap'));
      await writeFileAtomic(path.join(folder, '.trustmap', 'trustmap.schema.json'), toJson(mapJsonSchema()));
      await writeFileAtomic(
        file,
        starterMap({
          name: answers.name,
          stage: answers.stage,
          frameworks,
          website: options.website,
          schemaPath: '.trustmap/trustmap.schema.json',
        }),
      );
      const shown = path.relative(context.cwd, file) || file;
      if (context.interactive && !options.yes) prompts.outro(`wrote ${shown}`);
      else context.stdout(`wrote ${shown}\n`);
      context.stdout(`next: edit it, then run \`trustmap validate ${dir === '.' ? '' : dir}\`\n`);
    });
}
