import type { SourceRef } from '../controls/types.js';
import { sourceLabel } from './sources.js';
import type { DescriptionBlock, SystemDescription } from './types.js';

/**
 * Escapes map text for Markdown so it reads as written: no accidental emphasis, links, tables or HTML
 * (`<script>` stays text). Newlines become spaces, since every statement is one line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|~!])/g, '\\$1')
    .replace(
      /^([-+]|\d+\.)(\s|$)/,
      (_, mark: string, space: string) => `${mark.replace(/([-+.])/, '\\$1')}${space}`,
    );
}

function cite(sources: readonly SourceRef[]): string {
  const labels = [...new Set(sources.map(sourceLabel))];
  return labels.length > 0 ? ` <sub>(${labels.map(escapeMarkdown).join(', ')})</sub>` : '';
}

function block(entry: DescriptionBlock): string {
  switch (entry.kind) {
    case 'heading':
      return `${'#'.repeat(entry.level)} ${escapeMarkdown(entry.text)}\n`;
    case 'paragraph':
      return `${escapeMarkdown(entry.statement.text)}${cite(entry.statement.sources)}\n`;
    case 'list':
      return `${entry.items.map((item) => `- ${escapeMarkdown(item.text)}${cite(item.sources)}`).join('\n')}\n`;
    case 'table': {
      const { columns, rows } = entry.table;
      const header = `| ${[...columns, 'Source'].map(escapeMarkdown).join(' | ')} |`;
      const rule = `|${' --- |'.repeat(columns.length + 1)}`;
      const body = rows.map(
        (row) => `| ${[...row.cells.map(escapeMarkdown), cite(row.sources).trim()].join(' | ')} |`,
      );
      return `${[header, rule, ...body].join('\n')}\n`;
    }
  }
}

/**
 * Renders the system description as Markdown: one `##` section per part, sources cited after each statement.
 * @example await writeFile('system-description.md', renderDescriptionMarkdown(describeSystem(model, results)));
 */
export function renderDescriptionMarkdown(description: SystemDescription): string {
  const parts = [
    `# ${escapeMarkdown(description.organization)}: system description (draft)\n`,
    `Draft as of ${description.asOf}, written by Trustmap from the system map. Each statement cites where it comes from; edit freely before it goes to the auditor.\n`,
  ];
  for (const section of description.sections) {
    parts.push(`## ${escapeMarkdown(section.title)}\n`);
    for (const entry of section.blocks) parts.push(block(entry));
  }
  return parts.join('\n');
}
