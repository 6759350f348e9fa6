import { existsSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { UsageError } from '../../errors/index.js';
import { ensureDir, readUserFile, writeFileAtomic } from '../../io/index.js';
import { FRAMEWORKS, mapJsonSchema, productNameFrom, STAGES, starterMap } from '../../map/index.js';
import type { CliContext } from '../context.js';
import { nowFrom, toJson } from '../options.js';

interface InitOptions {
  name?: string;
  stage?: (typeof STAGES)[number];
  frameworks?: string;
  website?: string;
  force?: boolean;
  yes?: boolean;
  discover: boolean;
}

/** The product's name from the folder's root manifest or README, else the folder's name (`productNameFrom`). */
function productName(folder: string): string {
  const read = (file: string) => {
    try {
      return readUserFile(file, { root: folder, maxBytes: 1024 * 1024, what: file }).toString('utf8');
    } catch {
      return undefined;
    }
  };
  const readme = ['README.md', 'readme.md', 'Readme.md', 'README.rst', 'README'].map(read).find(Boolean);
  return (
    productNameFrom({
      packageJson: read('package.json'),
      pyproject: read('pyproject.toml'),
      ...(readme ? { readme } : {}),
      folder: path.basename(folder),
    }) ?? path.basename(folder)
  );
}

async function ask(
  options: InitOptions,
): Promise<Required<Pick<InitOptions, 'name' | 'stage' | 'frameworks'>>> {
  // Loaded only when asking: every other command starts faster without the prompt library.
  const prompts = await import('@clack/prompts');
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

/** Scans the folder and adds what the code shows, all `status: proposed`; returns how many entries it added. */
async function proposeFromCode(
  folder: string,
  file: string,
  starter: string,
  context: CliContext,
): Promise<number> {
  const { computeDrift, discover, planAdditions, writeMapAdditions } = await import(
    '../../discover/index.js'
  );
  const { loadMapFromFiles } = await import('../../map/index.js');
  const loaded = loadMapFromFiles([{ file, content: starter }], { root: folder });
  if (!loaded.ok) return 0;
  const report = await discover([folder]);
  const drift = computeDrift(loaded.map, report, { now: nowFrom(context.env) });
  const written = await writeMapAdditions(file, planAdditions(loaded.map, drift, report.facts));
  return written.added.length;
}

async function nextToConfirm(file: string, context: CliContext) {
  const { loadMap } = await import('../../map/index.js');
  const { buildModel } = await import('../../model/index.js');
  const { mapStatus } = await import('../../report/index.js');
  const model = buildModel(await loadMap(file), { now: nowFrom(context.env) });
  const status = mapStatus(model, []);
  return { next: status.next, proposed: status.proposed.length };
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
    .option('--no-discover', 'do not scan the folder for providers and stores to propose')
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
              name: options.name ?? productName(folder),
              stage: options.stage ?? 'seed',
              // Targets are a person's choice: without --frameworks, none is written for them to be stated as.
              frameworks: options.frameworks ?? '',
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
      const starter = starterMap({
        name: answers.name,
        stage: answers.stage,
        // Three reviewers read `stage: seed` from `init -y` as confirmed (Onyx, AnythingLLM, LibreChat).
        stageDefaulted: !(context.interactive && !options.yes) && options.stage === undefined,
        frameworks,
        website: options.website,
        schemaPath: '.trustmap/trustmap.schema.json',
        fromCode: options.discover,
      });
      await writeFileAtomic(file, starter);
      const shown = path.relative(context.cwd, file) || file;
      const added = options.discover ? await proposeFromCode(folder, file, starter, context) : 0;
      const { next, proposed } = await nextToConfirm(file, context);
      // Every proposed entry counted, so `trustmap status` shows the same number: the starter's template entries
      // (commitments, tenancy, example classes) await confirmation too (four reviewers read 26 against 30 as a miscount).
      const template = Math.max(0, proposed - added);
      if (context.interactive && !options.yes) (await import('@clack/prompts')).outro(`wrote ${shown}`);
      else
        context.stdout(
          `wrote ${shown}${added ? ` with ${added} entries proposed from the code${template ? ` and ${template} from the template` : ''}` : ''}\n`,
        );
      if (next.length) {
        context.stdout('next, confirm (proposed entries are never stated as fact until you do):\n');
        next.forEach((entry, index) => {
          context.stdout(`  ${index + 1}. ${entry.pointer}: ${entry.action}\n`);
        });
      }
      context.stdout(`then run \`trustmap status${dir === '.' ? '' : ` ${dir}`}\` to see what is left\n`);
    });
}
