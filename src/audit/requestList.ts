import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { InputError, type Problem } from '../errors/index.js';

/** One request of an audit firm's request list (PBC list), as imported. */
export interface RequestInput {
  /** The firm's own reference, e.g. `PBC-12`. */
  ref: string;
  title: string;
  /** Criteria ids the request tests, e.g. `CC6.1`. */
  criteria: string[];
  /** YYYY-MM-DD, when given. */
  due?: string;
  details?: string;
}

const MAX_ROWS = 5_000;
const MAX_CELL = 4_000;

/** Header names firms use, lower-cased, for each field. */
const ALIASES: Record<keyof RequestInput, readonly string[]> = {
  ref: ['ref', 'id', 'request id', 'request #', 'request no', 'pbc', 'pbc id', 'reference', 'item'],
  title: ['title', 'request', 'request title', 'name', 'summary', 'evidence requested', 'description'],
  criteria: ['criteria', 'criterion', 'tsc', 'control', 'controls', 'control ids', 'requirement', 'clause'],
  due: ['due', 'due date', 'deadline', 'requested by'],
  details: ['details', 'notes', 'instructions', 'comments', 'request detail', 'request details'],
};

function columnsOf(header: readonly string[]): Partial<Record<keyof RequestInput, number>> {
  const found: Partial<Record<keyof RequestInput, number>> = {};
  const names = header.map((name) => name.trim().toLowerCase());
  for (const field of Object.keys(ALIASES) as (keyof RequestInput)[]) {
    const index = names.findIndex(
      (name, at) => ALIASES[field].includes(name) && !Object.values(found).includes(at),
    );
    if (index >= 0) found[field] = index;
  }
  return found;
}

function dueOf(value: string): string | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
  if (iso && !Number.isNaN(Date.parse(iso))) return iso;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (us) return `${us[3]}-${(us[1] as string).padStart(2, '0')}-${(us[2] as string).padStart(2, '0')}`;
  return undefined;
}

/**
 * Requests from the rows of a request list (the header first). Rows without a title are skipped; a due date that
 * is not a date is a located problem. Criteria are split on commas, semicolons and spaces.
 */
export function requestsFromRows(rows: readonly (readonly string[])[], file: string): RequestInput[] {
  const [header, ...body] = rows;
  if (!header)
    throw new InputError([{ location: { file, line: 1, col: 1 }, message: 'the request list is empty' }]);
  const columns = columnsOf(header);
  if (columns.title === undefined)
    throw new InputError([
      {
        location: { file, line: 1, col: 1 },
        message: 'no column for the request: expected a header such as "Request" or "Title"',
        hint: `headers found: ${header.slice(0, 12).join(', ')}`,
      },
    ]);
  if (body.length > MAX_ROWS)
    throw new InputError([
      { location: { file, line: MAX_ROWS + 2, col: 1 }, message: `more than ${MAX_ROWS} requests` },
    ]);
  const problems: Problem[] = [];
  const requests: RequestInput[] = [];
  body.forEach((row, index) => {
    const cell = (field: keyof RequestInput) => {
      const at = columns[field];
      return at === undefined
        ? ''
        : String(row[at] ?? '')
            .trim()
            .slice(0, MAX_CELL);
    };
    const title = cell('title');
    if (title === '') return;
    const dueText = cell('due');
    const due = dueOf(dueText);
    if (dueText !== '' && !due)
      problems.push({
        location: { file, line: index + 2, col: (columns.due ?? 0) + 1 },
        message: `"${dueText.slice(0, 40)}" is not a date`,
        hint: 'write due dates as YYYY-MM-DD',
      });
    const details = cell('details');
    requests.push({
      ref: cell('ref') || `R-${index + 1}`,
      title,
      criteria: cell('criteria')
        .split(/[\s,;]+/)
        .filter(Boolean)
        .slice(0, 50),
      ...(due ? { due } : {}),
      ...(details && columns.details !== columns.title ? { details } : {}),
    });
  });
  if (problems.length > 0) throw new InputError(problems);
  return requests;
}

/**
 * Parses a request list exported by an audit firm, as CSV or XLSX (first sheet).
 * @example const requests = await parseRequestList(bytes, 'pbc.csv');
 */
export async function parseRequestList(bytes: Uint8Array, name: string): Promise<RequestInput[]> {
  if (/\.xlsx$/i.test(name)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    } catch {
      throw new InputError([
        { location: { file: name, line: 1, col: 1 }, message: 'not a readable XLSX workbook' },
      ]);
    }
    const sheet = workbook.worksheets[0];
    const rows: string[][] = [];
    sheet?.eachRow({ includeEmpty: false }, (row) => {
      if (rows.length > MAX_ROWS + 1) return;
      const values: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        values[column - 1] = cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cell.text;
      });
      rows.push(Array.from(values, (value) => value ?? ''));
    });
    return requestsFromRows(rows, name);
  }
  let rows: string[][];
  try {
    rows = parse(Buffer.from(bytes), {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      to: MAX_ROWS + 1,
    });
  } catch (error) {
    throw new InputError([
      {
        location: { file: name, line: 1, col: 1 },
        message: `not a readable CSV: ${(error as Error).message}`,
      },
    ]);
  }
  return requestsFromRows(rows, name);
}
