import { UsageError } from '../../errors/index.js';

/** Where the questions and answers are in one sheet. Rows and columns count from 1. */
export interface ColumnLayout {
  /** The header row; 0 when the sheet has none (columns given by flags). */
  headerRow: number;
  question: number;
  /** The free-text answer column; undefined when the sheet has none (one is added). */
  answer?: number;
  /** A Yes/No column beside the free-text one. */
  yesNo?: number;
}

/** Column choices from the command line: a letter (`C`) or header text (`Vendor response`). */
export interface ColumnOverrides {
  question?: string;
  answer?: string;
  yesNo?: string;
}

const QUESTION = /question|requirement|^control\b|^query$|^item$|^criteria$|^description$|^ask$/i;
const YES_NO = /yes\s*\/\s*no|^\s*y\s*\/\s*n\b|\(y\/n\)|^compliant\??$|^compliance$|^yes or no$/i;
const ANSWER =
  /answer|response|comment|explanation|detail|remark|justification|vendor (input|reply)|^notes?$/i;
/** Headers are in the first rows; a title block above them is common. */
const HEADER_SCAN_ROWS = 30;

/** Column number of a spreadsheet letter (`A` → 1, `AB` → 28), or undefined when `text` is not one. */
export function columnNumber(text: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(text)) return undefined;
  return [...text.toUpperCase()].reduce((sum, char) => sum * 26 + char.charCodeAt(0) - 64, 0);
}

/** `1` → `A`, `28` → `AB`. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function resolve(override: string, header: readonly string[], flag: string): number {
  const byLetter = columnNumber(override);
  if (byLetter) return byLetter;
  const index = header.findIndex((text) => text.trim().toLowerCase() === override.trim().toLowerCase());
  if (index >= 0) return index + 1;
  throw new UsageError(
    `${flag} ${JSON.stringify(override)} is neither a column letter nor a header of the sheet`,
    `headers found: ${
      header
        .filter(Boolean)
        .map((text) => JSON.stringify(text))
        .join(', ') || 'none'
    }`,
  );
}

/**
 * Finds the header row and the question, answer and Yes/No columns of a sheet from its first rows of text.
 * Returns undefined when the sheet has no recognisable question column (a cover sheet, a list of values).
 * @example detectColumns([['#', 'Question', 'Yes/No', 'Comments']]) // { headerRow: 1, question: 2, yesNo: 3, answer: 4 }
 */
export function detectColumns(
  rows: readonly (readonly string[])[],
  overrides: ColumnOverrides = {},
): ColumnLayout | undefined {
  const scan = rows.slice(0, HEADER_SCAN_ROWS);
  const headerIndex = scan.findIndex((row) =>
    row.some((text) => QUESTION.test(text.trim()) && text.length <= 60),
  );
  const header = headerIndex >= 0 ? scan[headerIndex]! : [];
  let question = overrides.question ? resolve(overrides.question, header, '--question-col') : undefined;
  if (!question) {
    const index = header.findIndex((text) => QUESTION.test(text.trim()) && text.length <= 60);
    if (index < 0) return undefined;
    question = index + 1;
  }
  const others = header
    .map((text, i) => ({ text: text.trim(), column: i + 1 }))
    .filter((cell) => cell.column !== question);
  const yesNo = overrides.yesNo
    ? resolve(overrides.yesNo, header, '--yes-no-col')
    : others.find((cell) => YES_NO.test(cell.text))?.column;
  const answer = overrides.answer
    ? resolve(overrides.answer, header, '--answer-col')
    : others.find((cell) => cell.column !== yesNo && ANSWER.test(cell.text) && !YES_NO.test(cell.text))
        ?.column;
  return { headerRow: headerIndex + 1, question, answer, yesNo };
}

/** One question of a review copy as the reviewer left it. */
export interface ReviewedRow {
  sheet: string;
  row: number;
  question: string;
  answer: string;
  yesNo: string;
  /** The `Trustmap status` cell; undefined when the file has no such column. */
  status?: string;
  /** The `Trustmap topic` cell (CSV review copies). */
  topic?: string;
}

/** The header of the column Trustmap adds to a review copy: each question's status, set to "Approved" by a reviewer. */
export const STATUS_HEADER = 'Trustmap status';
/** The header of a CSV review copy's topic column. */
export const TOPIC_HEADER = 'Trustmap topic';

/**
 * Where a question sits, for people: `row 4` in a CSV, `Vendor row 4` in a workbook.
 * @example rowLabel('csv', 4) // 'row 4'
 */
export function rowLabel(sheet: string, row: number): string {
  return `${sheet === 'csv' ? '' : `${sheet} `}row ${row}`;
}
