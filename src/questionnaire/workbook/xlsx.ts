import { spreadsheetText } from '../../core/encode.js';
import { InputError, UsageError } from '../../errors/index.js';
import { writeZipArchive, ZipRefused } from '../../io/index.js';
import type { AnsweredQuestion, QuestionInput } from '../answerQuestions.js';
import { sendable, yesNoCell } from '../answerQuestions.js';
import {
  type ColumnLayout,
  type ColumnOverrides,
  detectColumns,
  type ReviewedRow,
  STATUS_HEADER,
} from './columns.js';
import { MAX_ROWS_PER_SHEET } from './limits.js';
import { addNotes, type Note, ShapeIds } from './ooxml/notes.js';
import {
  addRelationship,
  declareContentType,
  readSharedStrings,
  type SheetPart,
  workbookSheets,
  XlsxPackage,
} from './ooxml/package.js';
import { cellAt, isMerged, readSheet, type SheetXml, textAt } from './ooxml/sheet.js';
import { SheetPatch } from './ooxml/sheetPatch.js';
import { StylesPatch } from './ooxml/styles.js';
import { XmlRefused } from './ooxml/xml.js';

export { MAX_ROWS_PER_SHEET };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/**
 * A buyer's workbook as read: the package (parts kept as stored), its worksheets in order, the shared strings,
 * and the worksheets parsed so far.
 */
export interface Workbook {
  file: string;
  pkg: XlsxPackage;
  workbookPart: string;
  sheets: SheetPart[];
  strings: readonly string[];
  parsed: Map<string, SheetXml>;
}

/** A sheet's layout and the questions read from it. */
export interface SheetQuestions {
  sheet: string;
  layout: ColumnLayout;
  questions: QuestionInput[];
}

function unreadable(file: string, message: string): InputError {
  return new InputError([
    {
      location: { file, line: 1, col: 1 },
      message,
      hint: 'save the questionnaire as .xlsx (Excel 2007 or later) or .csv',
    },
  ]);
}

/** Runs `read` on the buyer's file, turning a refused zip or XML part into a located `InputError`. */
function guarded<T>(file: string, read: () => T, part?: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ZipRefused)
      throw unreadable(file, `not a readable XLSX workbook: it ${error.message}`);
    if (error instanceof XmlRefused)
      throw unreadable(file, `not a readable XLSX workbook: ${error.message}${part ? ` (in ${part})` : ''}`);
    throw error;
  }
}

/**
 * Opens an XLSX workbook from bytes without unpacking more than it reads: the zip's directory, the workbook, its
 * relationships and shared strings (sheets are parsed when asked for). A file that is not one (a CSV renamed, a
 * PDF, random bytes, a zip bomb, XML with a DTD) is a located `InputError`, not a crash.
 */
export function readWorkbook(file: string, bytes: Uint8Array): Workbook {
  if (!ZIP_MAGIC.every((byte, i) => bytes[i] === byte))
    throw unreadable(file, 'not an XLSX workbook (no zip signature)');
  return guarded(file, () => {
    const pkg = new XlsxPackage(bytes);
    const { workbook, sheets } = workbookSheets(pkg);
    const stringsPart = pkg
      .relationships(workbook)
      .find((rel) => rel.type === 'sharedStrings' && !rel.external);
    const strings = guarded(
      file,
      () => readSharedStrings(stringsPart && pkg.text(stringsPart.target)),
      stringsPart?.target,
    );
    return { file, pkg, workbookPart: workbook, sheets, strings, parsed: new Map() };
  });
}

function sheetXml(workbook: Workbook, sheet: SheetPart): SheetXml {
  let parsed = workbook.parsed.get(sheet.name);
  if (!parsed) {
    parsed = guarded(
      workbook.file,
      () => readSheet(workbook.pkg.text(sheet.part) ?? '', workbook.strings),
      sheet.part,
    );
    workbook.parsed.set(sheet.name, parsed);
  }
  return parsed;
}

function rowsOf(sheet: SheetXml, count: number): string[][] {
  const rows: string[][] = [];
  for (let r = 1; r <= Math.min(count, sheet.rowCount); r++) {
    const texts = new Array<string>(sheet.columnCount).fill('');
    for (const cell of sheet.rows.get(r)?.cells ?? []) texts[cell.col - 1] = cell.text;
    rows.push(texts);
  }
  return rows;
}

const isQuestion = (text: string) => text.trim().length >= 3 && /\p{L}/u.test(text);

/**
 * Finds the questions of every sheet (or the one named by `--sheet`) by header heuristics or overrides.
 * Throws `UsageError` when no sheet has a question column.
 */
export function findQuestions(
  file: string,
  workbook: Workbook,
  overrides: ColumnOverrides & { sheet?: string } = {},
): SheetQuestions[] {
  const sheets = workbook.sheets.filter((sheet) => !overrides.sheet || sheet.name === overrides.sheet);
  if (overrides.sheet && sheets.length === 0) {
    throw new UsageError(
      `no sheet named ${JSON.stringify(overrides.sheet)} in ${file}`,
      `sheets: ${workbook.sheets.map((sheet) => JSON.stringify(sheet.name)).join(', ')}`,
    );
  }
  const found: SheetQuestions[] = [];
  for (const part of sheets) {
    const sheet = sheetXml(workbook, part);
    if (sheet.rowCount > MAX_ROWS_PER_SHEET) {
      throw new InputError([
        {
          location: { file, line: 1, col: 1 },
          message: `sheet ${JSON.stringify(part.name)} has ${sheet.rowCount} rows, over the ${MAX_ROWS_PER_SHEET} rows a questionnaire may have`,
          hint: 'pass --sheet to answer one sheet, or split the file',
        },
      ]);
    }
    const layout = detectColumns(rowsOf(sheet, 30), overrides);
    if (!layout) continue;
    const questions: QuestionInput[] = [];
    for (const row of sheet.rows.values()) {
      if (row.r <= layout.headerRow) continue;
      const text = textAt(sheet, row.r, layout.question);
      if (isQuestion(text)) questions.push({ sheet: part.name, row: row.r, question: text.trim() });
    }
    // A cover sheet with "Total questions: 120" has a header-like cell but nothing to answer.
    if (questions.length === 0 && !overrides.sheet) continue;
    found.push({ sheet: part.name, layout, questions });
  }
  if (found.length === 0) {
    throw new UsageError(
      `no question column found in ${file}`,
      'name the header "Question" or pass --question-col <letter> (and --sheet <name>)',
    );
  }
  return found;
}

function lastUsedColumn(sheet: SheetXml, headerRow: number): number {
  if (headerRow === 0) return sheet.columnCount;
  let last = 0;
  for (const cell of sheet.rows.get(headerRow)?.cells ?? []) if (cell.text.trim()) last = cell.col;
  return last || sheet.columnCount;
}

/** Empty as a person sees it: no value and no formula. */
function isEmptyAt(sheet: SheetXml, r: number, col: number): boolean {
  const cell = cellAt(sheet, r, col);
  return !cell || (!cell.formula && cell.text === '');
}

/** The status column's header, and what each status reads as in it. */
export { STATUS_HEADER };

const STATUS_TEXT: Record<AnsweredQuestion['status'] | 'kept', string> = {
  answered: 'Answered',
  review: 'Review before sending',
  blank: 'Needs information',
  kept: 'Kept (answered by you)',
};
/** A blank whose draft waits on map entries nobody has confirmed: the note has the draft. */
const PROPOSED_TEXT = 'Needs confirmation (draft in the note)';
/** Light fills a reviewer reads at a glance: green answered, amber review, red needs information. */
const STATUS_FILL: Record<AnsweredQuestion['status'], string> = {
  answered: 'FFE2EFDA',
  review: 'FFFFF2CC',
  blank: 'FFFCE4D6',
};

/**
 * Writes answers and notes into the workbook: the answer cell (added as a new column when the sheet has none),
 * the Yes/No cell, a note with confidence and sources, a fill colour on the answer cell by status, and a status
 * column after the last used column. Cells that already hold an answer are left as they are, and so is every
 * part and cell of the buyer's file that no answer touches (formulas, drop-downs, merged cells, widths, other
 * sheets). Returns how many answers were kept. The buyer's copy (`copy: 'buyer'`) carries no Trustmap mark (no
 * status column, fill or note) and only the answers that need no review (`sendable`).
 */
export function fillWorkbook(
  workbook: Workbook,
  sheets: readonly SheetQuestions[],
  answers: readonly AnsweredQuestion[],
  copy: 'review' | 'buyer' = 'review',
): { kept: number } {
  const marks = copy === 'review';
  const { pkg } = workbook;
  const byCell = new Map(answers.map((answer) => [`${answer.sheet}\u0000${answer.row}`, answer]));
  const stylesRel = pkg
    .relationships(workbook.workbookPart)
    .find((rel) => rel.type === 'styles' && !rel.external);
  const styles = guarded(
    workbook.file,
    () => new StylesPatch(stylesRel && pkg.text(stylesRel.target)),
    stylesRel?.target,
  );
  const shapeIds = guarded(workbook.file, () => new ShapeIds(pkg));
  let kept = 0;
  for (const { sheet: name, layout, questions } of sheets) {
    const part = workbook.sheets.find((candidate) => candidate.name === name)!;
    const sheet = sheetXml(workbook, part);
    const patch = new SheetPatch(sheet);
    const notes: Note[] = [];
    let answerColumn = layout.answer;
    if (!answerColumn) {
      answerColumn = lastUsedColumn(sheet, layout.headerRow) + 1;
      if (layout.headerRow > 0) patch.set(layout.headerRow, answerColumn, { value: 'Answer' });
      patch.widthUnlessSet(answerColumn, 60);
      layout.answer = answerColumn;
    }
    // A file answered before already has the column: reuse it rather than add a second one.
    let statusColumn = statusColumnOf(sheet, layout.headerRow);
    statusColumn ||= Math.max(lastUsedColumn(sheet, layout.headerRow), answerColumn) + 1;
    if (marks) {
      if (layout.headerRow > 0)
        patch.set(layout.headerRow, statusColumn, { value: STATUS_HEADER, style: { bold: true } });
      patch.widthUnlessSet(statusColumn, 22);
    }
    for (const question of questions) {
      const answer = byCell.get(`${name}\u0000${question.row}`);
      if (!answer) continue;
      const r = question.row;
      if (!isEmptyAt(sheet, r, answerColumn) || isMerged(sheet, r, answerColumn)) {
        kept++;
        if (marks) patch.set(r, statusColumn, { value: STATUS_TEXT.kept });
        continue;
      }
      if (!marks) {
        if (!sendable(answer)) continue;
        patch.set(r, answerColumn, { value: spreadsheetText(answer.answer) });
        const verdict = yesNoCell(answer);
        if (layout.yesNo && verdict && isEmptyAt(sheet, r, layout.yesNo))
          patch.set(r, layout.yesNo, { value: verdict });
        continue;
      }
      const fill = STATUS_FILL[answer.status];
      patch.set(r, statusColumn, {
        value: answer.reviewKind === 'proposed' ? PROPOSED_TEXT : STATUS_TEXT[answer.status],
        style: { fill },
      });
      if (answer.answer) {
        patch.set(r, answerColumn, { value: spreadsheetText(answer.answer), style: { fill } });
        notes.push({ row: r, col: answerColumn, text: answer.note });
      } else {
        patch.set(r, answerColumn, { style: { fill } });
        // A blank answer's "needs information" goes on the question, where a reviewer reads it (a note the
        // question already has is kept).
        notes.push({ row: r, col: layout.question, text: answer.note });
      }
      const verdict = yesNoCell(answer);
      if (layout.yesNo && verdict && isEmptyAt(sheet, r, layout.yesNo))
        patch.set(r, layout.yesNo, { value: verdict });
    }
    const { legacyDrawing } = guarded(
      workbook.file,
      () => addNotes(pkg, part.part, sheet, notes, shapeIds),
      part.part,
    );
    if (legacyDrawing) patch.legacyDrawing(legacyDrawing);
    pkg.write(
      part.part,
      guarded(workbook.file, () => patch.result(styles), part.part),
    );
  }
  const stylesText = styles.result();
  if (stylesText !== undefined) {
    const stylesPart = stylesRel?.target ?? 'xl/styles.xml';
    pkg.write(stylesPart, stylesText);
    if (!stylesRel) {
      addRelationship(pkg, workbook.workbookPart, 'styles', stylesPart);
      declareContentType(pkg, stylesPart, STYLES_TYPE);
    }
  }
  return { kept };
}

/** The column of the `Trustmap status` header on a sheet's header row, or 0: a review copy has one. */
function statusColumnOf(sheet: SheetXml, headerRow: number): number {
  for (const cell of sheet.rows.get(headerRow)?.cells ?? [])
    if (cell.text.trim() === STATUS_HEADER) return cell.col;
  return 0;
}

/**
 * Where a workbook shows it is a Trustmap review copy (a `Trustmap status` header), or undefined.
 * @example reviewCopyAt(workbook, found) // { sheet: 'Vendor', row: 1, col: 5 }
 */
export function reviewCopyAt(
  workbook: Workbook,
  sheets: readonly SheetQuestions[],
): { sheet: string; row: number; col: number } | undefined {
  for (const { sheet: name, layout } of sheets) {
    const part = workbook.sheets.find((candidate) => candidate.name === name)!;
    const col = statusColumnOf(sheetXml(workbook, part), layout.headerRow);
    if (col) return { sheet: name, row: layout.headerRow, col };
  }
  return undefined;
}

/**
 * What a reviewer left in a review copy, row by row: each question's answer cell, Yes/No cell and `Trustmap status`
 * cell (which the reviewer sets to "Approved"). A sheet without the status column yields its rows without a status.
 */
export function reviewedRows(workbook: Workbook, sheets: readonly SheetQuestions[]): ReviewedRow[] {
  const rows: ReviewedRow[] = [];
  for (const { sheet: name, layout, questions } of sheets) {
    const part = workbook.sheets.find((candidate) => candidate.name === name)!;
    const sheet = sheetXml(workbook, part);
    const statusColumn = statusColumnOf(sheet, layout.headerRow);
    for (const question of questions)
      rows.push({
        sheet: name,
        row: question.row,
        question: question.question,
        answer: layout.answer ? textAt(sheet, question.row, layout.answer).trim() : '',
        yesNo: layout.yesNo ? textAt(sheet, question.row, layout.yesNo).trim() : '',
        status: statusColumn ? textAt(sheet, question.row, statusColumn).trim() : undefined,
      });
  }
  return rows;
}

/** The workbook's bytes: changed parts deflated, every other part copied as it was stored. */
export function writeWorkbook(workbook: Workbook): Uint8Array {
  const { pkg } = workbook;
  return writeZipArchive(
    pkg.parts().map((part) => {
      const stored = pkg.stored(part);
      if (stored && !pkg.isChanged(part)) return stored;
      return { name: part, data: Buffer.from(pkg.text(part) ?? '', 'utf8') };
    }),
  );
}
