import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseRequestList } from '../../src/audit/index.js';
import { InputError } from '../../src/errors/index.js';

describe('request lists (PBC) from audit firms', () => {
  it('reads an XLSX list with the firm’s own headers and real date cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('PBC');
    sheet.addRow(['PBC ID', 'TSC', 'Evidence requested', 'Deadline', 'Instructions']);
    sheet.addRow([
      'A-1',
      'CC6.1, CC6.2',
      'User access review for the period',
      new Date('2026-12-05T00:00:00Z'),
      'quarterly',
    ]);
    sheet.addRow(['', '', '', '', '']);
    sheet.addRow(['A-2', 'CC8.1', 'Change tickets', '2026-12-12', '']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await parseRequestList(bytes, 'pbc.xlsx')).toEqual([
      {
        ref: 'A-1',
        title: 'User access review for the period',
        criteria: ['CC6.1', 'CC6.2'],
        due: '2026-12-05',
        details: 'quarterly',
      },
      { ref: 'A-2', title: 'Change tickets', criteria: ['CC8.1'], due: '2026-12-12' },
    ]);
  });

  it('names the line of a due date that is not a date, and a list without a request column', async () => {
    const csv = (text: string) => parseRequestList(new TextEncoder().encode(text), 'pbc.csv');
    await expect(csv('Ref,Request,Due\nR1,Access review,next week\n')).rejects.toThrow(
      /pbc\.csv:2:3: "next week" is not a date/,
    );
    await expect(csv('Ref,Owner\nR1,alice\n')).rejects.toBeInstanceOf(InputError);
    await expect(parseRequestList(new TextEncoder().encode('not a zip'), 'pbc.xlsx')).rejects.toThrow(
      /not a readable XLSX workbook/,
    );
  });
});
