import { parse } from 'csv-parse/sync';
import { csvText, spreadsheetText } from '../../core/encode.js';
import { InputError } from '../../errors/index.js';
import type { AnsweredQuestion, QuestionInput } from '../answerQuestions.js';
import { describeSources, sendable, yesNoCell } from '../answerQuestions.js';
import {
  type ColumnLayout,
  type ColumnOverrides,
  detectColumns,
  type ReviewedRow,
  STATUS_HEADER,
  TOPIC_HEADER,
} from './columns.js';
import { MAX_ROWS_PER_SHEET } from './limits.js';

/** A parsed CSV questionnaire and how to write it back the way it came. */
export interface CsvQuestionnaire {
  records: string[][];
  layout: ColumnLayout;
  questions: QuestionInput[];
  bom: boolean;
  newline: '\r\n' | '\n';
  delimiter: string;
}

/** The sheet name CSV questions carry in JSON output. */
export const CSV_SHEET = 'csv';
const EXTRA_COLUMNS = [
  STATUS_HEADER,
  'Trustmap confidence',
  TOPIC_HEADER,
  'Trustmap sources',
  'Trustmap note',
];

/**
 * Parses a CSV questionnaire (quotes, embedded newlines, a BOM, `;` as delimiter) and finds its columns.
 * Invalid UTF-8 or malformed quoting is a located `InputError`.
 */
export function readCsv(file: string, bytes: Uint8Array, overrides: ColumnOverrides = {}): CsvQuestionnaire {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError([
      { location: { file, line: 1, col: 1 }, message: 'not valid UTF-8 text', hint: 'save the CSV as UTF-8' },
    ]);
  }
  const bom = text.startsWith('\uFEFF');
  if (bom) text = text.slice(1);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    // `to` stops the parser one record past the limit, so a file of millions of rows is refused, not loaded.
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      to: MAX_ROWS_PER_SHEET + 1,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw new InputError([
      {
        location: { file, line, col: 1 },
        message: `not a readable CSV file: ${(error as Error).message.split('\n')[0]}`,
        hint: 'check the quotes around fields that contain commas or line breaks',
      },
    ]);
  }
  if (records.length > MAX_ROWS_PER_SHEET) {
    throw new InputError([
      {
        location: { file, line: 1, col: 1 },
        message: `the file has ${records.length} rows, over the ${MAX_ROWS_PER_SHEET} rows a questionnaire may have`,
        hint: 'split the file',
      },
    ]);
  }
  const layout = detectColumns(records, overrides);
  if (!layout) {
    throw new InputError([
      {
        location: { file, line: 1, col: 1 },
        message: 'no question column found',
        hint: 'name the header "Question" or pass --question-col <letter>',
      },
    ]);
  }
  const questions: QuestionInput[] = [];
  for (let r = layout.headerRow; r < records.length; r++) {
    const question = records[r]![layout.question - 1]?.trim() ?? '';
    if (question.length >= 3 && /\p{L}/u.test(question))
      questions.push({ sheet: CSV_SHEET, row: r + 1, question });
  }
  const newline = /\r\n/.test(text) ? '\r\n' : '\n';
  return { records, layout, questions, bom, newline, delimiter };
}

/**
 * Writes the CSV back with answers filled (an `Answer` column is added when there is none) and extra columns
 * for status, confidence, topic, sources and note. Existing answers are kept. The buyer's copy (`copy: 'buyer'`)
 * has none of the extra columns and only the answers that need no review (`sendable`): the rest stay empty.
 */
export function writeCsv(
  csv: CsvQuestionnaire,
  answers: readonly AnsweredQuestion[],
  copy: 'review' | 'buyer' = 'review',
): { text: string; kept: number } {
  const extra = copy === 'buyer' ? [] : EXTRA_COLUMNS;
  const width = Math.max(...csv.records.map((record) => record.length), csv.layout.question);
  const answerColumn = csv.layout.answer ?? width + 1;
  const byRow = new Map(answers.map((answer) => [answer.row, answer]));
  let kept = 0;
  const records = csv.records.map((record, index) => {
    const row = [...record];
    while (row.length < Math.max(width, answerColumn)) row.push('');
    const rowNumber = index + 1;
    if (rowNumber === csv.layout.headerRow) {
      if (!csv.layout.answer) row[answerColumn - 1] = 'Answer';
      return [...row, ...extra];
    }
    const answer = byRow.get(rowNumber);
    if (!answer) return [...row, ...extra.map(() => '')];
    // An answer the buyer's file already holds is theirs: neither it nor its Yes/No cell is touched.
    if (row[answerColumn - 1]?.trim()) {
      kept++;
      return copy === 'buyer' ? row : [...row, 'kept', ...extra.slice(1).map(() => '')];
    }
    if (copy === 'buyer' && !sendable(answer)) return row;
    // What we write is text a spreadsheet will not run: answers and notes come from answers.yaml and the map.
    row[answerColumn - 1] = spreadsheetText(answer.answer);
    const yesNo = csv.layout.yesNo;
    const verdict = yesNoCell(answer);
    if (yesNo && verdict && !row[yesNo - 1]?.trim()) row[yesNo - 1] = verdict;
    if (copy === 'buyer') return row;
    return [
      ...row,
      answer.status,
      answer.confidence,
      answer.topic ?? '',
      spreadsheetText(describeSources(answer.sources).join('\n')),
      spreadsheetText(answer.note),
    ];
  });

  const body = csvText(records, { delimiter: csv.delimiter, newline: csv.newline });
  return { text: `${csv.bom ? '\uFEFF' : ''}${body}`, kept };
}

/** The 1-based column whose header is `name` on the CSV's header row, or 0. */
export function csvColumn(csv: CsvQuestionnaire, name: string): number {
  return (csv.records[csv.layout.headerRow - 1] ?? []).findIndex((cell) => cell.trim() === name) + 1;
}

/**
 * What a reviewer left in a CSV review copy, row by row: answer, Yes/No, `Trustmap status` (set to "approved" by the
 * reviewer) and `Trustmap topic`.
 */
export function reviewedCsvRows(csv: CsvQuestionnaire): ReviewedRow[] {
  const status = csvColumn(csv, STATUS_HEADER) - 1;
  const topic = csvColumn(csv, TOPIC_HEADER) - 1;
  return csv.questions.map((question) => {
    const record = csv.records[question.row - 1] ?? [];
    const at = (index: number) => (index >= 0 ? (record[index] ?? '').trim() : '');
    return {
      sheet: question.sheet,
      row: question.row,
      question: question.question,
      answer: csv.layout.answer ? at(csv.layout.answer - 1) : '',
      yesNo: csv.layout.yesNo ? at(csv.layout.yesNo - 1) : '',
      status: status >= 0 ? at(status) : undefined,
      ...(topic >= 0 && at(topic) ? { topic: at(topic) } : {}),
    };
  });
}
