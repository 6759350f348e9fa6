import type { SourceRef } from '../controls/types.js';
import { compactLabels } from './sources.js';
import type { DescriptionBlock, SystemDescription } from './types.js';
import { prose } from './words.js';

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

/** Prose for a reader: code spans as quoted words, then escaped. */
const text = (value: string) => escapeMarkdown(prose(value));

function cite(sources: readonly SourceRef[]): string {
  const labels = compactLabels(sources);
  return labels.length > 0 ? ` <sub>(${labels.map(escapeMarkdown).join(', ')})</sub>` : '';
}

function block(entry: DescriptionBlock): string {
  switch (entry.kind) {
    case 'heading':
      return `${'#'.repeat(entry.level)} ${text(entry.text)}\n`;
    case 'paragraph':
      return `${text(entry.statement.text)}${cite(entry.statement.sources)}\n`;
    case 'list':
      return `${entry.items.map((item) => `- ${text(item.text)}${cite(item.sources)}`).join('\n')}\n`;
    case 'placeholder':
      return `> **To be written by the company:** ${text(entry.text)}\n`;
    case 'table': {
      const { columns, rows } = entry.table;
      const header = `| ${[...columns, 'Source'].map(text).join(' | ')} |`;
      const rule = `|${' --- |'.repeat(columns.length + 1)}`;
      const body = rows.map((row) => `| ${[...row.cells.map(text), cite(row.sources).trim()].join(' | ')} |`);
      return `${[header, rule, ...body].join('\n')}\n`;
    }
  }
}

/** The line under the title: the period described, or the date of the draft. */
export function descriptionSubtitle(description: SystemDescription): string {
  const when = description.period
    ? `for the period ${description.period.start} to ${description.period.end}`
    : `as of ${description.asOf}`;
  return `Draft ${when}, written by Trustmap from the system map${description.period ? ' and the evidence ledger' : ''}. Each statement cites where it comes from; parts marked “to be written by the company” have no fact behind them yet. Edit freely before it goes to the auditor.`;
}

/**
 * Renders the system description as Markdown: one `##` section per part, sources cited after each statement.
 * @example await writeFile('system-description.md', renderDescriptionMarkdown(describeSystem(model, results)));
 */
export function renderDescriptionMarkdown(description: SystemDescription): string {
  const parts = [
    `# ${escapeMarkdown(description.organization)}: system description (draft)\n`,
    `${descriptionSubtitle(description)}\n`,
  ];
  for (const section of description.sections) {
    parts.push(`## ${text(section.title)}\n`);
    for (const entry of section.blocks) parts.push(block(entry));
  }
  return parts.join('\n');
}
