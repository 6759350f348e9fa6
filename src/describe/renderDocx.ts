import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  InternalHyperlink,
  LeaderType,
  Packer,
  PageNumber,
  PageReference,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { SourceRef } from '../controls/types.js';
import { columnWidths, TEXT_WIDTH } from './docxLayout.js';
import { stableDocx } from './docxStable.js';
import { descriptionSubtitle } from './renderMarkdown.js';
import { compactLabels } from './sources.js';
import type { DescriptionBlock, DescriptionSection, Statement, SystemDescription } from './types.js';
import { prose } from './words.js';

/** Characters XML 1.0 forbids (control characters, lone surrogates): Word refuses a file that has them. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const clean = (text: string) => prose(text).replace(NOT_XML, '\uFFFD');

const SOURCE_STYLE = 'TrustmapSource';
/** One font everywhere: Arial is on every Word install and LibreOffice maps it to the metric-equal Liberation Sans. */
const FONT = 'Arial';
const MARGIN = 1134;

const labels = (sources: readonly SourceRef[]) => compactLabels(sources);

function cite(sources: readonly SourceRef[]): TextRun[] {
  const found = labels(sources);
  return found.length > 0
    ? [new TextRun({ text: clean(` (${found.join(', ')})`), style: SOURCE_STYLE })]
    : [];
}

function statementParagraph(statement: Statement, options: { bullet?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: [new TextRun(clean(statement.text)), ...cite(statement.sources)],
    ...(options.bullet ? { bullet: { level: 0 } } : {}),
  });
}

function cell(text: string, width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E8EEF4', color: 'auto' } } : {}),
    children: [
      new Paragraph({
        spacing: { after: 0 },
        // A zero-width space after each slash lets long paths wrap at a slash instead of mid-word.
        children: [new TextRun({ text: clean(text).replace(/\//g, '/\u200B'), bold: header, size: 17 })],
      }),
    ],
  });
}

function table(entry: Extract<DescriptionBlock, { kind: 'table' }>): (Paragraph | Table)[] {
  // A table whose rows cite nothing gets no empty Source column.
  const cited = entry.table.rows.some((row) => row.sources.length > 0);
  const header = [...entry.table.columns, ...(cited ? ['Source'] : [])];
  const rows = entry.table.rows.map((row) => [
    ...row.cells,
    ...(cited ? [labels(row.sources).join(', ')] : []),
  ]);
  const widths = columnWidths([header, ...rows].map((row) => row.map(clean)));
  return [
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: header.map((name, index) => cell(name, widths[index] as number, true)),
        }),
        ...rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: row.map((text, index) => cell(text, widths[index] as number)),
            }),
        ),
      ],
    }),
    new Paragraph({ text: '' }),
  ];
}

function placeholder(text: string): Paragraph {
  return new Paragraph({
    shading: { type: ShadingType.CLEAR, fill: 'FFF4CE', color: 'auto' },
    border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'C9A227', space: 6 } },
    spacing: { before: 60, after: 160 },
    children: [
      new TextRun({ text: 'To be written by the company: ', bold: true }),
      new TextRun({ text: clean(text), italics: true }),
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
          keepNext: true,
        }),
      ];
    case 'paragraph':
      return [statementParagraph(entry.statement)];
    case 'list':
      return entry.items.map((item) => statementParagraph(item, { bullet: true }));
    case 'placeholder':
      return [placeholder(entry.text)];
    case 'table':
      return table(entry);
  }
}

const anchor = (section: DescriptionSection, index: number) =>
  `s${index + 1}_${section.id.replace(/-/g, '_')}`;

/** A contents list with page numbers: internal links and PAGEREF fields, which Word and LibreOffice both fill. */
function contents(description: SystemDescription): Paragraph[] {
  return [
    new Paragraph({ text: 'Contents', heading: HeadingLevel.HEADING_1 }),
    ...description.sections.map(
      (section, index) =>
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
          children: [
            new InternalHyperlink({
              anchor: anchor(section, index),
              children: [new TextRun(`${index + 1}. ${clean(section.title)}`)],
            }),
            new TextRun({ children: ['\t'] }),
            new PageReference(anchor(section, index)),
          ],
        }),
    ),
  ];
}

/**
 * Renders the system description as a Word document (.docx): Word's own Title and Heading styles, a contents list
 * with page numbers, a header and a "page X of Y" footer, one font, tables whose columns fit their longest word
 * and whose rows never split across pages, and parts for the company to write in marked boxes. The same
 * description always gives the same bytes.
 * @example await writeFileAtomic('system-description.docx', await renderDescriptionDocx(description));
 */
export async function renderDescriptionDocx(description: SystemDescription): Promise<Uint8Array> {
  const title = clean(`${description.organization}: system description (draft)`);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: clean(descriptionSubtitle(description)) }),
    ...contents(description),
  ];
  description.sections.forEach((section, index) => {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        keepNext: true,
        pageBreakBefore: index === 0,
        children: [
          new Bookmark({
            id: anchor(section, index),
            children: [new TextRun(`${index + 1}. ${clean(section.title)}`)],
          }),
        ],
      }),
    );
    for (const entry of section.blocks) children.push(...blocks(entry));
  });
  const small = { size: 16, color: '666666', font: FONT };
  const document = new Document({
    title,
    creator: 'Trustmap',
    description: 'Draft SOC 2 system description',
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: 20 }, paragraph: { spacing: { after: 80 } } },
        heading1: {
          run: { font: FONT, size: 30, bold: true, color: '1F3B57' },
          paragraph: { spacing: { before: 360, after: 120 } },
        },
        heading2: {
          run: { font: FONT, size: 25, bold: true, color: '1F3B57' },
          paragraph: { spacing: { before: 240, after: 80 } },
        },
        heading3: {
          run: { font: FONT, size: 21, bold: true, color: '333333' },
          paragraph: { spacing: { before: 200, after: 60 } },
        },
        title: { run: { font: FONT, size: 40, bold: true, color: '1F3B57' } },
      },
      characterStyles: [
        {
          id: SOURCE_STYLE,
          name: 'Trustmap Source',
          basedOn: 'DefaultParagraphFont',
          run: { size: 15, color: '666666', italics: true },
        },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: title, ...small })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                    ...small,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return stableDocx(
    new Uint8Array(await Packer.toBuffer(document)),
    description.period?.end ?? description.asOf,
  );
}
