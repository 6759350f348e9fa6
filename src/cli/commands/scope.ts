import path from 'node:path';
import { Command, Option } from 'commander';
import { UsageError } from '../../errors/index.js';
import { loadMap, STAGES, type SystemMap } from '../../map/index.js';
import type { ScopeAnswers, Stage } from '../../scope/index.js';
import { CONTRACT_DEMANDS } from '../../scope/types.js';
import type { CliContext } from '../context.js';
import { formatOption, nowFrom, toJson } from '../options.js';

interface ScopeOptions {
  format: string;
  stage?: Stage;
  contracts?: string;
  buyerQuestions?: string;
  targetDate?: string;
  enterprise?: boolean;
  nonUs?: boolean;
  yes?: boolean;
  discover: boolean;
}

const list = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function parseContracts(text: string): string[] {
  const items = list(text);
  const unknown = items.filter((item) => !(CONTRACT_DEMANDS as readonly string[]).includes(item));
  if (unknown.length > 0)
    throw new UsageError(
      `--contracts: unknown demand ${unknown.join(', ')}`,
      `choose from ${CONTRACT_DEMANDS.join(', ')}`,
    );
  return items;
}

/** `ai-governance=7,ai-model-risk` → counts per topic (a bare topic counts once). */
function parseBuyerQuestions(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of list(text)) {
    const match = /^([a-z0-9][a-z0-9-]*)(?:=(\d{1,6}))?$/.exec(item);
    if (!match)
      throw new UsageError(
        `--buyer-questions: cannot read "${item}"`,
        'write topic ids with optional counts, e.g. ai-governance=7,ai-model-risk=2',
      );
    counts[match[1]!] = (counts[match[1]!] ?? 0) + (match[2] === undefined ? 1 : Number(match[2]));
  }
  return counts;
}

function parseTargetDate(text: string): string {
  const date = new Date(`${text}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(text) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== text
  )
    throw new UsageError(`--target-date: not a date: ${text}`, 'write it as YYYY-MM-DD, e.g. 2027-06-30');
  return text;
}

function fromFlags(options: ScopeOptions): ScopeAnswers {
  return {
    ...(options.stage ? { stage: options.stage } : {}),
    contractsDemand: options.contracts ? parseContracts(options.contracts) : [],
    ...(options.buyerQuestions ? { buyerQuestions: parseBuyerQuestions(options.buyerQuestions) } : {}),
    ...(options.targetDate ? { targetReportDate: parseTargetDate(options.targetDate) } : {}),
    ...(options.enterprise ? { enterpriseBuyers: true } : {}),
    ...(options.nonUs ? { nonUsBuyers: true } : {}),
  };
}

/** Asks on a terminal for whatever the flags did not give. */
async function ask(map: SystemMap, options: ScopeOptions, given: ScopeAnswers): Promise<ScopeAnswers> {
  // Loaded only when asking: every other command starts faster without the prompt library.
  const prompts = await import('@clack/prompts');
  const checked = <T>(value: T): Exclude<T, symbol> => {
    if (prompts.isCancel(value)) throw new UsageError('cancelled');
    return value as Exclude<T, symbol>;
  };
  prompts.intro('trustmap scope');
  const answers = { ...given };
  answers.stage ??= checked(
    await prompts.select({
      message: 'Company stage?',
      options: STAGES.map((value) => ({ value, label: value })),
      initialValue: map.organization.stage,
    }),
  );
  if (!options.contracts) {
    const commitments = map.organization.commitments ?? {};
    answers.contractsDemand = checked(
      await prompts.multiselect({
        message: 'What do customer contracts or NDAs demand?',
        options: CONTRACT_DEMANDS.map((value) => ({ value: value as string, label: value })),
        initialValues: [
          ...(commitments.confidentiality ? ['confidentiality'] : []),
          ...(commitments.availabilitySla !== undefined ? ['availability-sla'] : []),
        ],
        required: false,
      }),
    );
  }
  if (!options.buyerQuestions) {
    const count = checked(
      await prompts.text({
        message: 'How many buyer questions about AI governance (risk, oversight, model changes) so far?',
        placeholder: '0',
        validate: (value) => (!value || /^\d{1,6}$/.test(value) ? undefined : 'a whole number, please'),
      }),
    );
    if (count) answers.buyerQuestions = { 'ai-governance': Number(count) };
  }
  if (!options.targetDate) {
    const date = checked(
      await prompts.text({
        message: 'By when do buyers need a report? (YYYY-MM-DD, empty if no date)',
        validate: (value) => {
          if (!value) return undefined;
          try {
            parseTargetDate(value);
            return undefined;
          } catch (error) {
            return (error as Error).message;
          }
        },
      }),
    );
    if (date) answers.targetReportDate = date;
  }
  if (!options.enterprise)
    answers.enterpriseBuyers = checked(
      await prompts.confirm({ message: 'Enterprise buyers in the pipeline?', initialValue: false }),
    );
  if (!options.nonUs)
    answers.nonUsBuyers = checked(
      await prompts.confirm({ message: 'Buyers outside the US?', initialValue: false }),
    );
  prompts.outro('advice follows');
  return answers;
}

/** `trustmap scope`: advice for the first audit, from the map, the check results and a few answers. */
export function scopeCommand(context: CliContext): Command {
  return new Command('scope')
    .description(
      'advise the first SOC 2 audit: categories, Type I or II, window, in-scope system, ISO 42001, gaps',
    )
    .argument('[path]', 'trustmap.yaml, or the folder that holds it', '.')
    .addOption(new Option('--stage <stage>', 'company stage (defaults to the map)').choices(STAGES))
    .option('--contracts <list>', `what contracts demand: ${CONTRACT_DEMANDS.join(', ')}`)
    .option(
      '--buyer-questions <list>',
      'buyer question topics with counts, e.g. ai-governance=7,ai-model-risk=2',
    )
    .option('--target-date <date>', 'when buyers need a report (YYYY-MM-DD)')
    .option('--enterprise', 'enterprise buyers in the pipeline')
    .option('--non-us', 'buyers outside the US in the pipeline')
    .option('-y, --yes', 'do not ask; use flags and the map')
    .option('--no-discover', 'do not scan the code next to the map (gaps then come from the map alone)')
    .addOption(formatOption(['text', 'markdown', 'json']))
    .action(async (target: string, options: ScopeOptions) => {
      const { runChecks } = await import('../../controls/index.js');
      const { discover } = await import('../../discover/index.js');
      const { assembleFromMap } = await import('../../model/index.js');
      const { adviseScope, readRecordedQuestionnaires, renderScopeMarkdown, renderScopeText } = await import(
        '../../scope/index.js'
      );
      const now = nowFrom(context.env);
      const given = fromFlags(options);
      const map = await loadMap(path.resolve(context.cwd, target));
      const answers = context.interactive && !options.yes ? await ask(map, options, given) : given;
      const model = await assembleFromMap(map, {
        now,
        // The same facts as `trustmap check`, so the gaps listed here are the ones it reports.
        discover: options.discover ? (roots) => discover(roots) : false,
      });
      const recorded = await readRecordedQuestionnaires(map.source.root);
      const advice = adviseScope(model, runChecks(model).results, answers, recorded);
      if (options.format === 'json') context.stdout(toJson(advice));
      else if (options.format === 'markdown') context.stdout(renderScopeMarkdown(advice));
      else context.stdout(renderScopeText(advice, context.colors));
    });
}
