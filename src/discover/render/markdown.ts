import { markdownCell } from '../../core/encode.js';
import { saysMoreThanOwners } from '../rowSecurity.js';
import type { DiscoveryReport } from '../types.js';
import { factsInForce, isDismissed } from './dismissed.js';
import { CATEGORY_TITLES, safeText } from './style.js';
import type { RenderOptions } from './text.js';

/** Escapes text for a Markdown table cell (pipes, HTML, backticks, newlines). */
function cell(text: string): string {
  return markdownCell(safeText(text, 300));
}

/**
 * The report as Markdown, e.g. for a pull-request comment.
 * @example renderDiscoveryMarkdown(report, { drift })
 */
export function renderDiscoveryMarkdown(report: DiscoveryReport, options: RenderOptions = {}): string {
  const out: string[] = ['# Discovery report', ''];
  const shown = report.findings.filter((finding) => finding.status !== 'mentioned');
  const hidden = report.findings.filter((finding) => finding.status === 'mentioned');
  out.push(`${shown.length} providers found in ${report.stats.files} files.`, '');
  if (hidden.length)
    out.push(
      `Only mentioned (tests, examples, docs, comments, optional or transitive dependencies): ${hidden.map((f) => `\`${cell(f.id)}\``).join(', ')}.`,
      '',
    );
  out.push('| Provider | Category | Hosting | Confidence | Evidence |', '| --- | --- | --- | --- | --- |');
  for (const finding of shown) {
    const proofs = finding.evidence
      .slice(0, 3)
      .map((e) => `${cell(e.file)}:${e.line} (${e.signal})`)
      .join('<br>');
    out.push(
      `| ${cell(finding.name)} (\`${finding.id}\`)${isDismissed(finding, options.dismissed) ? ' (dismissed)' : ''} | ${CATEGORY_TITLES[finding.category] ?? finding.category} | ${finding.hosting} | ${finding.confidence} | ${proofs} |`,
    );
  }
  const { facts, setAside } = factsInForce(report, options.dismissed);
  if (facts.length) {
    out.push('', '## Configuration facts', '', '| Fact | Message | Where |', '| --- | --- | --- |');
    for (const fact of facts) {
      const first = fact.evidence[0];
      out.push(
        `| ${fact.kind} | ${cell(fact.message)} | ${first ? `${cell(first.file)}:${first.line}` : ''} |`,
      );
    }
  }
  if (setAside.length)
    out.push(
      '',
      `Facts about dismissed providers left out: ${setAside.map((id) => `\`${cell(id)}\``).join(', ')}.`,
    );
  const tables = report.tables.filter(saysMoreThanOwners);
  if (tables.length) {
    out.push(
      '',
      '## Tables',
      '',
      '| Table | Vector columns | Vector indexes | RLS | Policies |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const t of tables) {
      const rls = t.rlsForced ? 'forced' : t.rlsEnabled ? 'enabled' : 'none';
      out.push(
        `| ${cell(t.table)} | ${cell(t.vectorColumns.join(', '))} | ${cell(t.vectorIndexes.join(', '))} | ${rls} | ${cell(t.policies.map((p) => p.name).join(', '))} |`,
      );
    }
  }
  if (options.drift?.length) {
    out.push('', '## Drift against the map', '', '| Severity | Kind | Message |', '| --- | --- | --- |');
    for (const item of options.drift) out.push(`| ${item.severity} | ${item.kind} | ${cell(item.message)} |`);
  }
  if (report.skipped.length) {
    out.push('', `## Skipped (${report.skipped.length})`, '');
    for (const skip of report.skipped.slice(0, 50)) out.push(`- ${cell(skip.file)}: ${cell(skip.reason)}`);
  }
  return `${out.join('\n')}\n`;
}
