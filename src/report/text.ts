import type { CheckRun } from '../controls/runChecks.js';
import { SEVERITIES } from '../controls/runChecks.js';
import type { CheckResult } from '../controls/types.js';
import { type Paint, PLAIN as plain } from '../core/paint.js';
import { controlTitle, describeSource, groupByControl } from './group.js';

export type { Paint };

export interface TextOptions {
  paint?: Paint;
  /** Also list passing and not-applicable results. */
  all?: boolean;
  /** A heading, e.g. the organisation's name. */
  title?: string;
  /** The map's folder relative to the reader, to prefix code and probe paths. */
  mapRoot?: string;
}

function line(result: CheckResult, paint: Paint, mapRoot: string | undefined): string {
  const severity =
    result.status === 'fail' ? paint.red(result.severity.padEnd(8)) : paint.dim('info'.padEnd(8));
  const out = [`  ${severity} ${result.message}`];
  if (result.path && result.path.length > 1) out.push(`           path: ${result.path.join(' → ')}`);
  for (const reason of result.reasons ?? []) out.push(`           also: ${reason}`);
  for (const source of result.sources.slice(0, 4))
    out.push(paint.dim(`           at ${describeSource(source, mapRoot)}`));
  if (result.remediation && result.status !== 'pass')
    out.push(`           ${paint.yellow('fix:')} ${result.remediation}`);
  return out.join('\n');
}

/**
 * A terminal report: counts by severity, then failures grouped by control, then what needs evidence.
 * @example process.stdout.write(renderText(run, { title: 'Acme AI' }))
 */
export function renderText(run: CheckRun, options: TextOptions = {}): string {
  const paint = options.paint ?? plain;
  const { summary } = run;
  const out: string[] = [];
  out.push(
    `${paint.bold(`Trustmap check${options.title ? ` · ${options.title}` : ''}`)} ${paint.dim(run.generatedAt.slice(0, 10))}`,
  );
  const failing = SEVERITIES.filter((severity) => summary.failuresBySeverity[severity] > 0)
    .map((severity) => `${summary.failuresBySeverity[severity]} ${severity}`)
    .join(', ');
  const counts = [
    summary.byStatus.fail > 0
      ? paint.red(`${summary.byStatus.fail} failing (${failing})`)
      : paint.green('0 failing'),
    `${summary.byStatus['needs-evidence']} need evidence`,
    `${summary.byStatus.pass} passing`,
    `${summary.byStatus['not-applicable']} not applicable`,
  ];
  out.push(counts.join(' · '), '');
  const failures = run.results.filter((result) => result.status === 'fail');
  for (const group of groupByControl(failures)) {
    out.push(`${paint.red('✗')} ${paint.bold(`${group.control} ${controlTitle(group.control)}`)}`);
    for (const result of group.results) out.push(line(result, paint, options.mapRoot));
    out.push('');
  }
  const open = run.results.filter((result) => result.status === 'needs-evidence');
  if (open.length > 0) {
    out.push(paint.bold('Needs evidence (informational, not gaps)'));
    for (const result of open) out.push(`  ${paint.dim('•')} ${result.message}`);
    out.push('');
  }
  if (options.all) {
    for (const result of run.results) {
      if (result.status !== 'pass' && result.status !== 'not-applicable') continue;
      const mark = result.status === 'pass' ? paint.green('✓') : paint.dim('–');
      out.push(`${mark} ${paint.dim(result.checkId)} ${result.message}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
