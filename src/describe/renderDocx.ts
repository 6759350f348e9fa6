import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { SourceRef } from '../controls/types.js';
import { sourceLabel } from './sources.js';
import type { DescriptionBlock, Statement, SystemDescription } from './types.js';

/** Characters XML 1.0 forbids (control characters, lone surrogates): Word refuses a file that has them. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const clean = (text: string) => text.replace(NOT_XML, '\uFFFD');

const SOURCE_STYLE = 'TrustmapSource';

function cite(sources: readonly SourceRef[]): TextRun[] {
  const labels = [...new Set(sources.map(sourceLabel))];
  return labels.length > 0
    ? [new TextRun({ text: clean(` (${labels.join(', ')})`), style: SOURCE_STYLE })]
    : [];
}

function statementParagraph(statement: Statement, options: { bullet?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: [new TextRun(clean(statement.text)), ...cite(statement.sources)],
    ...(options.bullet ? { bullet: { level: 0 } } : {}),
  });
}

function cell(children: (TextRun | string)[], header = false): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        children: children.map((child) =>
          typeof child === 'string' ? new TextRun({ text: clean(child), bold: header }) : child,
        ),
      }),
    ],
  });
}

function blocks(entry: DescriptionBlock): (Paragraph | Table)[] {
  switch (entry.kind) {
    case 'heading':
      return [
        new Paragraph({
          text: clean(entry.text),
          heading: entry.level === 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
        }),
      ];
    case 'paragraph':
      return [statementParagraph(entry.statement)];
    case 'list':
      return entry.items.map((item) => statementParagraph(item, { bullet: true }));
    case 'table': {
      const { columns, rows } = entry.table;
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: [...columns, 'Source'].map((name) => cell([name], true)),
            }),
            ...rows.map(
              (row) =>
                new TableRow({
                  children: [
                    ...row.cells.map((text) => cell([text])),
                    cell(
                      cite(row.sources).length > 0
                        ? [[...new Set(row.sources.map(sourceLabel))].join(', ')]
                        : [''],
                    ),
                  ],
                }),
            ),
          ],
        }),
        new Paragraph({ text: '' }),
      ];
    }
  }
}

/**
 * Renders the system description as a Word document (.docx) with Word's own Title and Heading styles and real
 * tables, so auditors can edit it, restyle it and build a table of contents from it.
 * @example await writeFileAtomic('system-description.docx', await renderDescriptionDocx(description));
 */
export async function renderDescriptionDocx(description: SystemDescription): Promise<Uint8Array> {
  const title = clean(`${description.organization}: system description (draft)`);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    new Paragraph({
      text: `Draft as of ${description.asOf}, written by Trustmap from the system map. Each statement cites where it comes from; edit freely before it goes to the auditor.`,
    }),
  ];
  for (const section of description.sections) {
    children.push(new Paragraph({ text: clean(section.title), heading: HeadingLevel.HEADING_1 }));
    for (const entry of section.blocks) children.push(...blocks(entry));
  }
  const document = new Document({
    title,
    creator: 'Trustmap',
    description: 'Draft SOC 2 system description',
    styles: {
      characterStyles: [
        {
          id: SOURCE_STYLE,
          name: 'Trustmap Source',
          basedOn: 'DefaultParagraphFont',
          run: { size: 16, color: '666666', italics: true },
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
