import path from 'node:path';
import { Command, Option } from 'commander';
import type { AuditedFramework, ProfileOverrides } from '../../auditors/index.js';
import { UsageError } from '../../errors/index.js';
import { ensureDir, writeFileAtomic } from '../../io/index.js';
import { loadMap, STAGES } from '../../map/index.js';
import type { Stage } from '../../scope/index.js';
import type { CliContext } from '../context.js';
import { formatOption, nowFrom, toJson } from '../options.js';

interface MatchOptions {
  directory?: string;
  format: string;
  stage?: Stage;
  headcount?: string;
  frameworks?: string;
  reportType?: 'type1' | 'type2';
  windowMonths?: string;
  targetDate?: string;
  regions?: string;
  training?: boolean;
  retrievalCustomerData?: boolean;
  iso42001?: boolean;
  readinessProvider?: string;
  budget?: string;
  discover: boolean;
  out?: string;
}

const list = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function whole(flag: string, text: string, max: number): number {
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1 || Number(text) > max)
    throw new UsageError(`${flag}: not a whole number from 1 to ${max}: ${text}`);
  return Number(text);
}

function day(flag: string, text: string): string {
  const date = new Date(`${text}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(text) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== text
  )
    throw new UsageError(`${flag}: not a date: ${text}`, 'write it as YYYY-MM-DD, e.g. 2027-06-30');
  return text;
}

function overridesFrom(options: MatchOptions, frameworks: readonly string[]): ProfileOverrides {
  const chosen = options.frameworks ? list(options.frameworks) : undefined;
  const unknown = (chosen ?? []).filter((id) => !frameworks.includes(id));
  if (unknown.length)
    throw new UsageError(
      `--frameworks: unknown ${unknown.join(', ')}`,
      `choose from ${frameworks.join(', ')}`,
    );
  return {
    ...(options.stage ? { stage: options.stage } : {}),
    ...(options.headcount ? { headcount: whole('--headcount', options.headcount, 10_000_000) } : {}),
    ...(chosen ? { frameworks: chosen as AuditedFramework[] } : {}),
    ...(options.reportType ? { reportType: options.reportType } : {}),
    ...(options.windowMonths ? { windowMonths: whole('--window-months', options.windowMonths, 12) } : {}),
    ...(options.targetDate ? { targetDate: day('--target-date', options.targetDate) } : {}),
    ...(options.regions ? { regions: list(options.regions) } : {}),
    ...(options.training !== undefined ? { training: options.training } : {}),
    ...(options.retrievalCustomerData !== undefined
      ? { customerDataInRetrieval: options.retrievalCustomerData }
      : {}),
    ...(options.iso42001 !== undefined ? { iso42001: options.iso42001 } : {}),
    ...(options.readinessProvider ? { readinessProviders: list(options.readinessProvider) } : {}),
    ...(options.budget ? { budgetUsd: whole('--budget', options.budget, 100_000_000) } : {}),
  };
}

/**
 * The directory named by `--directory` (a file the user names on the command line: bounded in size and kind, and
 * confined to its own folder so a symlink cannot lead elsewhere), or the bundled one.
 */
function readDirectory(
  context: CliContext,
  file: string | undefined,
  load: typeof import('../../auditors/index.js').loadDirectory,
) {
  if (!file) return load(undefined, context.cwd);
  const resolved = path.resolve(context.cwd, file);
  return load(path.basename(resolved), path.dirname(resolved), file);
}

/** The flags `match` and `request` share: the map, the directory and every profile override. */
function withProfileFlags(command: Command): Command {
  return command
    .argument('[path]', 'trustmap.yaml, or the folder that holds it', '.')
    .option('--directory <file>', 'auditor directory (YAML); the bundled starter directory when absent')
    .addOption(new Option('--stage <stage>', 'company stage (defaults to the map)').choices(STAGES))
    .option('--headcount <n>', 'head count (defaults to the map)')
    .option(
      '--frameworks <list>',
      'frameworks to audit: soc2, iso27001, iso42001 (defaults to the map and scope)',
    )
    .addOption(
      new Option('--report-type <type>', 'SOC 2 report (defaults to scope advice)').choices([
        'type1',
        'type2',
      ]),
    )
    .option('--window-months <n>', 'SOC 2 Type II window in months (defaults to scope advice)')
    .option('--target-date <date>', 'when buyers need the report (YYYY-MM-DD)')
    .option('--regions <list>', 'regions the firm must serve, e.g. us,eu (defaults to the map)')
    .option('--training', 'the system trains models on your data')
    .option('--no-training', 'the system does not train models')
    .option('--retrieval-customer-data', 'customer data is used in retrieval')
    .option('--no-retrieval-customer-data', 'no customer data in retrieval')
    .option('--iso42001', 'ISO/IEC 42001 certification is wanted')
    .option('--no-iso42001', 'ISO/IEC 42001 is not wanted now')
    .option('--readiness-provider <list>', 'firms that helped prepare you (they cannot also audit you)')
    .option('--budget <usd>', 'first-year budget in USD, compared with published price bands')
    .option('--no-discover', 'do not scan the code next to the map (gaps then come from the map alone)');
}

async function run(context: CliContext, target: string, options: MatchOptions) {
  const { runChecks } = await import('../../controls/index.js');
  const { discover } = await import('../../discover/index.js');
  const { assembleFromMap } = await import('../../model/index.js');
  const { AUDITED_FRAMEWORKS, loadDirectory, matchForModel } = await import('../../auditors/index.js');
  const now = nowFrom(context.env);
  const overrides = overridesFrom(options, AUDITED_FRAMEWORKS);
  const directory = readDirectory(context, options.directory, loadDirectory);
  const map = await loadMap(path.resolve(context.cwd, target));
  const model = await assembleFromMap(map, {
    now,
    // The same facts as `trustmap check`, so the gaps in the brief are the ones it reports.
    discover: options.discover ? (roots) => discover(roots) : false,
  });
  return { now, ...matchForModel(model, runChecks(model).results, directory, overrides, now) };
}

/** `trustmap auditors`: match the company with three audit firms, write the request, check a directory. */
export function auditorsCommand(context: CliContext): Command {
  const auditors = new Command('auditors').description(
    'three audit firms that fit your stage, frameworks and timeline, and the one request to send them',
  );

  auditors.addCommand(
    withProfileFlags(new Command('match'))
      .description('print three audit firms that fit, with reasons, sources and what is unknown')
      .addOption(formatOption(['text', 'json', 'markdown']))
      .action(async (target: string, options: MatchOptions) => {
        const { renderMatchMarkdown, renderMatchText } = await import('../../auditors/index.js');
        const { result } = await run(context, target, options);
        if (options.format === 'json') context.stdout(toJson(result));
        else if (options.format === 'markdown') context.stdout(renderMatchMarkdown(result));
        else context.stdout(renderMatchText(result, context.colors));
      }),
  );

  auditors.addCommand(
    withProfileFlags(new Command('request'))
      .description('write the request brief for the three firms as Markdown and PDF (sends nothing)')
      .option('--out <dir>', 'folder for auditor-request.md and auditor-request.pdf', 'out/auditors')
      .action(async (target: string, options: MatchOptions) => {
        const { buildRequestBrief, renderBriefMarkdown, renderBriefPdf } = await import(
          '../../auditors/index.js'
        );
        const { now, advice, result } = await run(context, target, options);
        const brief = buildRequestBrief(result, advice);
        const out = path.resolve(context.cwd, options.out ?? 'out/auditors');
        await ensureDir(out);
        await writeFileAtomic(path.join(out, 'auditor-request.md'), renderBriefMarkdown(brief));
        await writeFileAtomic(path.join(out, 'auditor-request.pdf'), await renderBriefPdf(brief, now));
        context.stdout(
          `wrote ${path.relative(context.cwd, out) || '.'}/auditor-request.md and .pdf for ${brief.to.join(', ') || 'no firm'}; nothing was sent\n`,
        );
      }),
  );

  auditors.addCommand(
    new Command('validate')
      .description('check an auditor directory: shape, and every fact that lacks a source or a date')
      .option('--directory <file>', 'auditor directory (YAML); the bundled one when absent')
      .action(async (options: { directory?: string }) => {
        const { checkDirectory, formatIssue, loadDirectory } = await import('../../auditors/index.js');
        const directory = readDirectory(context, options.directory, loadDirectory);
        const issues = checkDirectory(directory, nowFrom(context.env).toISOString().slice(0, 10));
        for (const issue of issues) context.stdout(`${formatIssue(directory.file, issue)}\n`);
        context.stdout(
          `${directory.file}: ${directory.firms.length} firms, ${issues.length} fact(s) ignored for matching, last checked ${directory.checked}\n`,
        );
        if (issues.length > 0) context.exitCode = 1;
      }),
  );

  auditors.addCommand(
    new Command('schema').description('print the JSON Schema of the auditor directory').action(async () => {
      const { directoryJsonSchema } = await import('../../auditors/index.js');
      context.stdout(toJson(directoryJsonSchema()));
    }),
  );
  return auditors;
}
