import ExcelJS from 'exceljs';
import { spreadsheetText } from '../core/encode.js';
import type { ControlMatrixRow } from './controlMatrix.js';
import { ledgerCell } from './csv.js';
import type { AuditWindow } from './records.js';

/** Characters XML 1.0 forbids; a workbook with them will not open. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const cell = (text: string) => spreadsheetText(text.replace(NOT_XML, '\uFFFD')).slice(0, 32_000);

/**
 * The control matrix as an XLSX workbook: a "Controls" sheet (control, criteria, test, evidence, result,
 * exceptions) and an "Exceptions" sheet with one row per exception and its ledger entries. The workbook's dates
 * are fixed so the same matrix gives the same bytes.
 */
export async function controlMatrixXlsx(
  rows: readonly ControlMatrixRow[],
  context: { organization: string; framework: string; window: AuditWindow; createdAt: string },
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Trustmap';
  workbook.created = new Date(context.createdAt);
  workbook.modified = new Date(context.createdAt);
  workbook.title = `${context.organization}: control matrix`;
  const sheet = workbook.addWorksheet('Controls', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Control', key: 'control', width: 14 },
    { header: 'Title', key: 'title', width: 40 },
    { header: 'Criteria', key: 'criteria', width: 18 },
    { header: 'Test', key: 'test', width: 60 },
    { header: 'Evidence', key: 'evidence', width: 36 },
    { header: `Result ${context.window.start} to ${context.window.end}`, key: 'result', width: 34 },
    { header: 'Exceptions', key: 'exceptions', width: 60 },
  ];
  for (const row of rows)
    sheet.addRow({
      control: cell(row.control),
      title: cell(row.title),
      criteria: cell(row.criteria.join(', ')),
      test: cell(row.test),
      evidence: cell(row.evidence),
      result: cell(row.result),
      exceptions: cell(row.exceptions.length > 0 ? row.exceptions.join('\n') : 'none'),
    });
  sheet.getRow(1).font = { bold: true };
  for (const column of sheet.columns) column.alignment = { wrapText: true, vertical: 'top' };
  const exceptions = workbook.addWorksheet('Exceptions', { views: [{ state: 'frozen', ySplit: 1 }] });
  exceptions.columns = [
    { header: 'Control', key: 'control', width: 14 },
    { header: 'Check', key: 'check', width: 26 },
    { header: 'Subject', key: 'subject', width: 26 },
    { header: 'First day', key: 'first', width: 12 },
    { header: 'Last day', key: 'last', width: 12 },
    { header: 'Days', key: 'days', width: 8 },
    { header: 'What failed', key: 'message', width: 70 },
    { header: 'Ledger entries', key: 'ledger', width: 50 },
  ];
  for (const row of rows)
    for (const exception of row.history.exceptions)
      exceptions.addRow({
        control: cell(row.control),
        check: cell(exception.checkId),
        subject: cell(exception.subject),
        first: exception.firstDay,
        last: exception.lastDay,
        days: exception.days,
        message: cell(exception.message),
        ledger: cell(ledgerCell(exception.sources)),
      });
  exceptions.getRow(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
