import ExcelJS from 'exceljs';
import { spreadsheetText } from '../../core/encode.js';
import { InputError, UsageError } from '../../errors/index.js';
import { assertZipWithin, ZipRefused } from '../../io/index.js';
import type { AnsweredQuestion, QuestionInput } from '../answerQuestions.js';
import { type ColumnLayout, type ColumnOverrides, detectColumns } from './columns.js';

import { MAX_ROWS_PER_SHEET } from './limits.js';

export { MAX_ROWS_PER_SHEET };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** What a questionnaire workbook may expand to; real ones are a few MB of XML. */
const MAX_XLSX_EXPANDED_BYTES = 64 * 1024 * 1024;

/** A sheet's layout and the questions read from it. */
export interface SheetQuestions {
  sheet: string;
  layout: ColumnLayout;
  questions: QuestionInput[];
}

/** The text a person sees in a cell, whatever exceljs holds: rich text, formula result, hyperlink, date. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined || result === null || typeof result === 'object' ? '' : String(result);
    }
    if ('text' in value) return cellText((value as ExcelJS.CellHyperlinkValue).text);
  }
  return '';
}

/**
 * Opens an XLSX workbook from bytes. A file that is not one (a CSV renamed, a PDF, random bytes) is a located
 * `InputError`, not a crash.
 */
export async function readWorkbook(file: string, bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const problem = (message: string) =>
    new InputError([
      {
        location: { file, line: 1, col: 1 },
        message,
        hint: 'save the questionnaire as .xlsx (Excel 2007 or later) or .csv',
      },
    ]);
  if (!ZIP_MAGIC.every((byte, i) => bytes[i] === byte))
    throw problem('not an XLSX workbook (no zip signature)');
  try {
    // Before exceljs unpacks anything: a 20 MB file may expand to gigabytes.
    assertZipWithin(bytes, { maxTotalBytes: MAX_XLSX_EXPANDED_BYTES, maxEntries: 10_000 });
  } catch (error) {
    if (error instanceof ZipRefused) throw problem(`not a readable XLSX workbook: it ${error.message}`);
    throw error;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    throw problem(`not a readable XLSX workbook: ${(error as Error).message.split('\n')[0]}`);
  }
  return workbook;
}

function rowsOf(worksheet: ExcelJS.Worksheet, count: number): string[][] {
  const rows: string[][] = [];
  for (let r = 1; r <= Math.min(count, worksheet.rowCount); r++) {
    const row = worksheet.getRow(r);
    const texts: string[] = [];
    for (let c = 1; c <= worksheet.columnCount; c++) texts.push(cellText(row.getCell(c).value));
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
  workbook: ExcelJS.Workbook,
  overrides: ColumnOverrides & { sheet?: string } = {},
): SheetQuestions[] {
  const sheets = workbook.worksheets.filter((sheet) => !overrides.sheet || sheet.name === overrides.sheet);
  if (overrides.sheet && sheets.length === 0) {
    throw new UsageError(
      `no sheet named ${JSON.stringify(overrides.sheet)} in ${file}`,
      `sheets: ${workbook.worksheets.map((sheet) => JSON.stringify(sheet.name)).join(', ')}`,
    );
  }
  const found: SheetQuestions[] = [];
  for (const worksheet of sheets) {
    if (worksheet.rowCount > MAX_ROWS_PER_SHEET) {
      throw new InputError([
        {
          location: { file, line: 1, col: 1 },
          message: `sheet ${JSON.stringify(worksheet.name)} has ${worksheet.rowCount} rows, over the ${MAX_ROWS_PER_SHEET} rows a questionnaire may have`,
          hint: 'pass --sheet to answer one sheet, or split the file',
        },
      ]);
    }
    const layout = detectColumns(rowsOf(worksheet, 30), overrides);
    if (!layout) continue;
    const questions: QuestionInput[] = [];
    for (let r = layout.headerRow + 1; r <= worksheet.rowCount; r++) {
      const text = cellText(worksheet.getRow(r).getCell(layout.question).value);
      if (isQuestion(text)) questions.push({ sheet: worksheet.name, row: r, question: text.trim() });
    }
    // A cover sheet with "Total questions: 120" has a header-like cell but nothing to answer.
    if (questions.length === 0 && !overrides.sheet) continue;
    found.push({ sheet: worksheet.name, layout, questions });
  }
  if (found.length === 0) {
    throw new UsageError(
      `no question column found in ${file}`,
      'name the header "Question" or pass --question-col <letter> (and --sheet <name>)',
    );
  }
  return found;
}

function lastUsedColumn(worksheet: ExcelJS.Worksheet, headerRow: number): number {
  if (headerRow === 0) return worksheet.columnCount;
  let last = 0;
  worksheet.getRow(headerRow).eachCell((cell, column) => {
    if (cellText(cell.value).trim()) last = column;
  });
  return last || worksheet.columnCount;
}

const isEmpty = (value: ExcelJS.CellValue) => value === null || value === undefined || value === '';

/** The status column's header, and what each status reads as in it. */
export const STATUS_HEADER = 'Trustmap status';
const STATUS_TEXT: Record<AnsweredQuestion['status'] | 'kept', string> = {
  answered: 'Answered',
  review: 'Review before sending',
  blank: 'Needs information',
  kept: 'Kept (answered by you)',
};
/** Light fills a reviewer reads at a glance: green answered, amber review, red needs information. */
const STATUS_FILL: Record<AnsweredQuestion['status'], string> = {
  answered: 'FFE2EFDA',
  review: 'FFFFF2CC',
  blank: 'FFFCE4D6',
};

/** A fill on a copy of the cell's style: exceljs may share style objects between cells of a row or column. */
function paint(cell: ExcelJS.Cell, argb: string): void {
  cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } } };
}

/**
 * Writes answers and notes into the workbook in place: the answer cell (added as a new column when the sheet
 * has none), the Yes/No cell, a note with confidence and sources, a fill colour on the answer cell by status,
 * and a status column after the last used column. Cells that already hold an answer are left as they are;
 * nothing else of the buyer's sheet (formulas, drop-downs, merged cells, widths) is touched. Returns how many
 * answers were kept.
 */
export function fillWorkbook(
  workbook: ExcelJS.Workbook,
  sheets: readonly SheetQuestions[],
  answers: readonly AnsweredQuestion[],
): { kept: number } {
  const byCell = new Map(answers.map((answer) => [`${answer.sheet}\u0000${answer.row}`, answer]));
  let kept = 0;
  for (const { sheet, layout, questions } of sheets) {
    const worksheet = workbook.getWorksheet(sheet)!;
    let answerColumn = layout.answer;
    if (!answerColumn) {
      answerColumn = lastUsedColumn(worksheet, layout.headerRow) + 1;
      if (layout.headerRow > 0) worksheet.getRow(layout.headerRow).getCell(answerColumn).value = 'Answer';
      worksheet.getColumn(answerColumn).width ??= 60;
      layout.answer = answerColumn;
    }
    // A file answered before already has the column: reuse it rather than add a second one.
    let statusColumn = 0;
    if (layout.headerRow > 0)
      worksheet.getRow(layout.headerRow).eachCell((cell, column) => {
        if (cellText(cell.value).trim() === STATUS_HEADER) statusColumn = column;
      });
    statusColumn ||= Math.max(lastUsedColumn(worksheet, layout.headerRow), answerColumn) + 1;
    if (layout.headerRow > 0) {
      const header = worksheet.getRow(layout.headerRow).getCell(statusColumn);
      header.value = STATUS_HEADER;
      header.font = { bold: true };
    }
    worksheet.getColumn(statusColumn).width ??= 22;
    for (const question of questions) {
      const answer = byCell.get(`${sheet}\u0000${question.row}`);
      if (!answer) continue;
      const row = worksheet.getRow(question.row);
      const cell = row.getCell(answerColumn);
      const status = row.getCell(statusColumn);
      if (!isEmpty(cell.value) || cell.isMerged) {
        kept++;
        status.value = STATUS_TEXT.kept;
        continue;
      }
      status.value = STATUS_TEXT[answer.status];
      paint(status, STATUS_FILL[answer.status]);
      paint(cell, STATUS_FILL[answer.status]);
      if (answer.answer) {
        cell.value = spreadsheetText(answer.answer);
        cell.note = answer.note;
      } else if (!row.getCell(layout.question).note) {
        // exceljs drops notes on empty cells, so a blank answer's "needs information" goes on the question.
        row.getCell(layout.question).note = answer.note;
      }
      if (layout.yesNo && answer.yesNo && answer.yesNo !== 'Partially' && answer.status !== 'blank') {
        const yesNoCell = row.getCell(layout.yesNo);
        if (isEmpty(yesNoCell.value)) yesNoCell.value = answer.yesNo;
      }
    }
  }
  return { kept };
}
