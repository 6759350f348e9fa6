import type { CheckRun } from '../controls/runChecks.js';
import { SEVERITIES } from '../controls/runChecks.js';
import type { CheckResult } from '../controls/types.js';
import { escapeMarkdownText } from '../core/encode.js';
import { controlTitle, describeSource, groupByControl } from './group.js';

/** Escapes text for GitHub Markdown: no raw HTML, no table breaks. Backtick code spans are kept. */
export function escapeMarkdown(text: string): string {
  // Links, images, autolinks and @mentions from map values must not render live in a pull-request comment.
  return escapeMarkdownText(text);
}

function item(result: CheckResult, mapRoot: string | undefined): string {
  const where = result.sources.find((source) => source.kind === 'map' || source.kind === 'code');
  const lines = [
    `- **${result.severity}** ${escapeMarkdown(result.message)}${where ? ` — \`${escapeMarkdown(describeSource(where, mapRoot)).replace(/`/g, '')}\`` : ''}`,
  ];
  if (result.path && result.path.length > 1)
    lines.push(`  - path: ${result.path.map((hop) => `\`${hop}\``).join(' → ')}`);
  for (const reason of result.reasons ?? []) lines.push(`  - also: ${escapeMarkdown(reason)}`);
  if (result.remediation) lines.push(`  - fix: ${escapeMarkdown(result.remediation)}`);
  return lines.join('\n');
}

/**
 * A Markdown summary for a pull-request comment: a verdict line, a severity table, failures by control, and
 * the informational items folded away.
 * @example await writeFileAtomic('trustmap.md', renderMarkdown(run, { title: 'Acme AI' }))
 */
export function renderMarkdown(run: CheckRun, options: { title?: string; mapRoot?: string } = {}): string {
  const { summary } = run;
  const out: string[] = [];
  const verdict =
    summary.byStatus.fail === 0
      ? '✅ nothing failing'
      : `❌ ${summary.byStatus.fail} failing result${summary.byStatus.fail === 1 ? '' : 's'}`;
  out.push(`## Trustmap check${options.title ? `: ${escapeMarkdown(options.title)}` : ''} — ${verdict}`, '');
  out.push('| Severity | Failing |', '| --- | ---: |');
  for (const severity of SEVERITIES)
    if (severity !== 'info') out.push(`| ${severity} | ${summary.failuresBySeverity[severity]} |`);
  out.push('');
  out.push(
    `${summary.byStatus.pass} passing · ${summary.byStatus['needs-evidence']} need evidence · ${summary.byStatus['not-applicable']} not applicable · ${run.generatedAt.slice(0, 10)}`,
    '',
  );
  for (const group of groupByControl(run.results.filter((result) => result.status === 'fail'))) {
    out.push(`### ${group.control} ${escapeMarkdown(controlTitle(group.control))}`, '');
    out.push(...group.results.map((result) => item(result, options.mapRoot)), '');
  }
  const open = run.results.filter((result) => result.status === 'needs-evidence');
  if (open.length > 0) {
    out.push(
      `<details><summary>${open.length} item${open.length === 1 ? '' : 's'} need evidence (informational)</summary>`,
      '',
    );
    out.push(...open.map((result) => `- ${escapeMarkdown(result.message)}`), '', '</details>', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
