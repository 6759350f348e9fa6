import path from 'node:path';
import type { Command } from 'commander';
import { loadSigningKey } from '../../../io/index.js';
import { type ProbeResult, writeProbeResult } from '../../../probes/index.js';
import type { CliContext } from '../../context.js';
import { formatOption, nowFrom, toJson } from '../../options.js';

/** Repeatable flags collect into a list. */
export const collect = (value: string, previous: string[]) => [...previous, value];

/** The probe's clock: pinned by `TRUSTMAP_NOW` for reproducible runs, the real time otherwise. */
export function clock(context: CliContext): () => Date {
  if (!context.env.TRUSTMAP_NOW) return () => new Date();
  const pinned = nowFrom(context.env);
  return () => pinned;
}

const MARKS = { pass: '✓', fail: '✗', error: '!' } as const;

export function printResult(
  context: CliContext,
  result: ProbeResult,
  file: string | undefined,
  format: string,
): void {
  if (format === 'json') {
    context.stdout(toJson({ ...result, ...(file ? { evidenceFile: file } : {}) }));
    return;
  }
  const { colors } = context;
  const paint = { pass: colors.green, fail: colors.red, error: colors.yellow };
  const title = `probe ${result.kind}${result.component ? ` ${result.component}` : ''} (${result.target})`;
  context.stdout(`${colors.bold(title)}: ${paint[result.verdict](result.verdict.toUpperCase())}\n`);
  for (const step of result.steps) {
    context.stdout(`  ${paint[step.verdict](MARKS[step.verdict])} ${step.name}: ${step.detail}\n`);
  }
  for (const table of result.tables ?? []) {
    if (table.verdict === 'pass') continue;
    context.stdout(`\n${paint[table.verdict](`${table.table}: ${table.verdict}`)}\n`);
    for (const reason of table.reasons) context.stdout(`  - ${reason}\n`);
  }
  if (file) context.stdout(`\n${colors.dim(`evidence: ${file}`)}\n`);
}

export async function finish(
  context: CliContext,
  result: ProbeResult,
  root: string,
  flags: { format: string; evidenceDir?: string; evidence: boolean },
): Promise<void> {
  const key = flags.evidence ? loadSigningKey(context.env) : undefined;
  const file = flags.evidence
    ? await writeProbeResult(
        root,
        result,
        flags.evidenceDir ? path.resolve(context.cwd, flags.evidenceDir) : undefined,
        key,
      )
    : undefined;
  if (file && !key)
    context.stderr(
      `${context.colors.yellow('warning')} the result is unsigned, so \`trustmap check\` will not count it as proof; run \`trustmap keys create\`, list the key under \`trust.keys\` in the map, and probe again\n`,
    );
  printResult(context, result, file ? path.relative(context.cwd, file) || file : undefined, flags.format);
  context.exitCode = result.verdict === 'pass' ? 0 : result.verdict === 'fail' ? 1 : 2;
}

export function evidenceOptions(command: Command): Command {
  return command
    .addOption(formatOption(['text', 'json']))
    .option('--evidence-dir <dir>', 'where to write the result file (default: <map root>/.trustmap/evidence)')
    .option('--no-evidence', 'do not write a result file');
}
