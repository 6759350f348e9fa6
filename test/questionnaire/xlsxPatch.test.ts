import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { InputError } from '../../src/errors/index.js';
import { expandEntry, readZipArchive, writeZipArchive } from '../../src/io/index.js';
import { assembleModel } from '../../src/model/index.js';
import { answerQuestionnaire } from '../../src/questionnaire/index.js';
import { readSheet } from '../../src/questionnaire/workbook/ooxml/sheet.js';
import { findQuestions, readWorkbook } from '../../src/questionnaire/workbook/xlsx.js';
import { tempTree } from '../helpers/tempTree.js';
import { encryptedDocsModel } from './fixtures.js';

// The XLSX writer patches the buyer's file instead of rebuilding it: these tests hold it to "every part and cell
// we do not answer stays as it was", and the reader to refusing hostile packages before they cost memory.

const now = new Date('2026-11-26T12:00:00Z');
const acme = path.resolve('examples/acme-ai');
let facts: {
  model: Awaited<ReturnType<typeof assembleModel>>;
  results: ReturnType<typeof runChecks>['results'];
};

beforeAll(async () => {
  const model = await assembleModel(acme, { now, discover: false });
  facts = { model, results: runChecks(model).results };
});

/** The expanded text of every part of an XLSX, by name. */
function partsOf(bytes: Uint8Array): Map<string, string> {
  return new Map(
    readZipArchive(bytes, { maxEntries: 1000 }).map((entry) => [
      entry.name,
      expandEntry(entry, 1 << 26).toString('utf8'),
    ]),
  );
}

/** An XLSX from part texts, for shapes exceljs never writes (inline strings, prefixes, no styles, hostile XML). */
function handMade(parts: Record<string, string>): Uint8Array {
  return writeZipArchive(Object.entries(parts).map(([name, text]) => ({ name, data: Buffer.from(text) })));
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Q &amp; A" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

function minimalWorkbook(sheet: string, extra: Record<string, string> = {}): Uint8Array {
  return handMade({
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'xl/workbook.xml': WORKBOOK,
    'xl/_rels/workbook.xml.rels': WORKBOOK_RELS,
    'xl/worksheets/sheet1.xml': sheet,
    ...extra,
  });
}

describe('XLSX answers patched into the buyer file', () => {
  it('leaves an answer on unconfirmed map entries out of the cell, with its status saying why', async () => {
    const model = encryptedDocsModel('proposed');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Questions');
    sheet.getRow(1).values = ['Question', 'Response'];
    sheet.getRow(2).values = ['Is customer data encrypted at rest?', null];
    const dir = await tempTree({});
    const input = path.join(dir, 'buyer.xlsx');
    const output = path.join(dir, 'answered.xlsx');
    await workbook.xlsx.writeFile(input);
    const run = await answerQuestionnaire({
      input,
      out: output,
      facts: { model, results: [] },
      now,
      record: false,
    });
    expect(run.questions[0]).toMatchObject({ status: 'blank', reviewKind: 'proposed', answer: '' });
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(output);
    const questions = read.getWorksheet('Questions')!;
    expect(questions.getCell('B2').value ?? '').toBe('');
    expect(questions.getCell('C2').value).toBe('Needs confirmation (draft in the note)');
    expect(String(questions.getCell('A2').note)).toContain('Draft: Data is encrypted at rest');
  });

  it('keeps other sheets, validations, merges, conditional formats and styles byte for byte', async () => {
    const workbook = new ExcelJS.Workbook();
    const cover = workbook.addWorksheet('Cover');
    cover.getCell('A1').value = 'Vendor assessment';
    cover.mergeCells('A1:C1');
    const sheet = workbook.addWorksheet('Questions');
    sheet.getRow(1).values = ['Question', 'Yes/No', 'Response', 'Weight'];
    sheet.getRow(1).font = { bold: true, size: 13 };
    sheet.getRow(2).values = ['Is MFA required for administrators of production systems?', null, null, 3];
    sheet.getRow(3).values = ['Do you carry cyber liability insurance?', null, null, 1];
    sheet.getCell('A4').value = 'Section footer';
    sheet.mergeCells('A4:D4');
    for (const row of [2, 3])
      sheet.getCell(`B${row}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Yes,No"'] };
    sheet.addConditionalFormatting({
      ref: 'D2:D3',
      rules: [
        {
          type: 'cellIs',
          operator: 'greaterThan',
          formulae: [2],
          priority: 1,
          style: { font: { bold: true } },
        },
      ],
    });
    sheet.getCell('C2').border = { bottom: { style: 'double' } };
    const dir = await tempTree({});
    const input = path.join(dir, 'buyer.xlsx');
    const output = path.join(dir, 'answered.xlsx');
    await workbook.xlsx.writeFile(input);

    await answerQuestionnaire({ input, out: output, facts, now, record: false });
    const before = partsOf(await readFile(input));
    const after = partsOf(await readFile(output));
    // Parts no answer touches are copied as they were: the cover sheet, shared strings, theme, workbook.
    for (const part of [
      'xl/worksheets/sheet1.xml',
      'xl/sharedStrings.xml',
      'xl/theme/theme1.xml',
      'xl/workbook.xml',
    ])
      expect(after.get(part), part).toBe(before.get(part));
    // In the answered sheet, everything outside the rows is the same text.
    const element = (text: string, name: string) =>
      new RegExp(`<${name}[ >][\\s\\S]*?</${name}>`).exec(text)?.[0];
    for (const name of ['dataValidations', 'mergeCells', 'conditionalFormatting'])
      expect(element(after.get('xl/worksheets/sheet2.xml')!, name), name).toBe(
        element(before.get('xl/worksheets/sheet2.xml')!, name),
      );
    // Existing formats keep their indexes: the buyer's cellXfs come first, unchanged.
    const xfs = (text: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(text)![1]!;
    expect(xfs(after.get('xl/styles.xml')!).startsWith(xfs(before.get('xl/styles.xml')!))).toBe(true);

    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(output);
    const questions = read.getWorksheet('Questions')!;
    expect(questions.getCell('A4').isMerged).toBe(true);
    expect(read.getWorksheet('Cover')!.getCell('B1').isMerged).toBe(true);
    expect(questions.getCell('B3').dataValidation).toMatchObject({ type: 'list', formulae: ['"Yes,No"'] });
    expect(questions.getCell('C2').border?.bottom?.style).toBe('double');
    expect((questions.getCell('C2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFE2EFDA');
    expect(questions.getCell('E1').value).toBe('Trustmap status');
    expect(questions.getCell('E1').font).toMatchObject({ bold: true, size: 13 });
    expect(questions.getCell('E3').value).toBe('Needs information');
    expect(questions.getCell('A4').value).toBe('Section footer');
    expect(questions.getCell('E4').value).toBe('Kept (answered by you)');
    expect(String(questions.getCell('A3').note)).toContain('needs information');
  });

  it("adds notes beside the buyer's own, keeping theirs", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Q');
    sheet.getRow(1).values = ['Question', 'Answer'];
    sheet.getRow(2).values = ['Is MFA required for administrators of production systems?'];
    sheet.getRow(3).values = ['Do you carry cyber liability insurance?'];
    sheet.getCell('A3').note = 'Buyer: we ask everyone this.';
    sheet.getCell('C9').value = 'x';
    sheet.getCell('C9').note = 'Buyer: unrelated note.';
    const dir = await tempTree({});
    const input = path.join(dir, 'notes.xlsx');
    const output = path.join(dir, 'notes-answered.xlsx');
    await workbook.xlsx.writeFile(input);
    await answerQuestionnaire({ input, out: output, facts, now, record: false });
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(output);
    const q = read.getWorksheet('Q')!;
    expect(String(q.getCell('B2').note)).toContain('confidence');
    expect(String(q.getCell('A3').note)).toBe('Buyer: we ask everyone this.');
    expect(String(q.getCell('C9').note)).toBe('Buyer: unrelated note.');
    const vml = [...partsOf(await readFile(output)).entries()].filter(([name]) => name.endsWith('.vml'));
    expect(vml).toHaveLength(1);
    const ids = [...vml[0]![1].matchAll(/id="_x0000_s(\d+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads inline strings, entities and prefixed XML, and writes a stylesheet when there is none', async () => {
    const sheet = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Question</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:r><x:t>Is customer data encrypted at rest &amp; </x:t></x:r><x:r><x:t xml:space="preserve">in transit&#x3F;</x:t></x:r></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    const dir = await tempTree({ 'inline.xlsx': minimalWorkbook(sheet) });
    const output = path.join(dir, 'inline-answered.xlsx');
    const run = await answerQuestionnaire({
      input: path.join(dir, 'inline.xlsx'),
      out: output,
      facts,
      now,
      record: false,
    });
    expect(run.sheets[0]!.sheet).toBe('Q & A');
    expect(run.questions[0]!.question).toBe('Is customer data encrypted at rest & in transit?');
    const parts = partsOf(await readFile(output));
    const written = readSheet(parts.get('xl/worksheets/sheet1.xml')!, []);
    expect(written.prefix).toBe('x:');
    expect(written.rows.get(1)!.cells.map((cell) => cell.text)).toEqual([
      'Question',
      'Answer',
      'Trustmap status',
    ]);
    expect(written.rows.get(2)!.cells[1]!.text).toMatch(/encrypt/i);
    expect(parts.get('xl/styles.xml')).toContain('FFE2EFDA');
    expect(parts.get('xl/_rels/workbook.xml.rels')).toContain('styles.xml');
    expect(parts.get('[Content_Types].xml')).toContain('/xl/styles.xml');
  });
  it('adds to a comments part written with a prefix and empty lists as single tags', async () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Question</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Is MFA enforced for administrators?</t></is></c></row></sheetData></worksheet>`;
    const dir = await tempTree({
      'c.xlsx': minimalWorkbook(sheet, {
        'xl/worksheets/_rels/sheet1.xml.rels':
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>',
        'xl/comments1.xml':
          '<x:comments xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:authors/><x:commentList/></x:comments>',
      }),
    });
    const output = path.join(dir, 'c-answered.xlsx');
    await answerQuestionnaire({ input: path.join(dir, 'c.xlsx'), out: output, facts, now, record: false });
    const parts = partsOf(await readFile(output));
    expect(parts.get('xl/comments1.xml')).toMatch(
      /^<x:comments [^>]*><x:authors><x:author>Trustmap<\/x:author><\/x:authors><x:commentList><x:comment ref="B2" authorId="0">/,
    );
    expect(parts.get('xl/worksheets/sheet1.xml')).toContain('<legacyDrawing ');
    expect([...parts.keys()].filter((name) => name.endsWith('.vml'))).toHaveLength(1);
  });
});

describe('hostile workbooks', () => {
  const refused = (bytes: Uint8Array) => {
    try {
      findQuestions('bad.xlsx', readWorkbook('bad.xlsx', bytes));
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as Error).message;
    }
    throw new Error('not refused');
  };

  it('stops a zip bomb whose header lies about its size at the limit', () => {
    const bytes = minimalWorkbook('<worksheet/>');
    const entries = readZipArchive(bytes, { maxEntries: 100 });
    const bomb = deflateRawSync(Buffer.alloc(80 * 1024 * 1024, 0x20));
    const lying = entries.map((entry) =>
      entry.name === 'xl/worksheets/sheet1.xml' ? { ...entry, stored: bomb, size: 100 } : entry,
    );
    expect(refused(writeZipArchive(lying))).toMatch(
      /not a readable XLSX workbook: it expands to more than 64 MB/,
    );
  });

  it('refuses a DTD (billion laughs, external entities), undefined entities and malformed XML', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>`;
    const withStrings = (sst: string) =>
      handMade({
        '[Content_Types].xml': CONTENT_TYPES,
        '_rels/.rels': ROOT_RELS,
        'xl/workbook.xml': WORKBOOK,
        'xl/_rels/workbook.xml.rels': WORKBOOK_RELS.replace(
          '</Relationships>',
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        ),
        'xl/worksheets/sheet1.xml': '<worksheet><sheetData/></worksheet>',
        'xl/sharedStrings.xml': sst,
      });
    expect(refused(withStrings(laughs))).toMatch(
      /document type declarations are not allowed \(in xl\/sharedStrings\.xml\)/,
    );
    expect(refused(withStrings('<sst><si><t>&xxe;</t></si></sst>'))).toMatch(/undefined entity &xxe;/);
    expect(refused(minimalWorkbook('<worksheet><sheetData><row r="1"><c r="A1" t="s"'))).toMatch(
      /malformed tag/,
    );
    expect(refused(minimalWorkbook('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>'))).toMatch(
      /never closed/,
    );
  });

  it('refuses encrypted entries, unknown methods and entries past the end of the file', () => {
    const bytes = Buffer.from(minimalWorkbook('<worksheet><sheetData/></worksheet>'));
    const central = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const encrypted = Buffer.from(bytes);
    encrypted.writeUInt16LE(1, central + 8);
    expect(refused(encrypted)).toMatch(/encrypted/);
    const method = Buffer.from(bytes);
    method.writeUInt16LE(12, central + 10);
    expect(refused(method)).toMatch(/compression method 12/);
    const past = Buffer.from(bytes);
    past.writeUInt32LE(0x7fffffff, central + 20);
    expect(refused(past)).toMatch(/past the end/);
    expect(refused(bytes.subarray(0, 40))).toMatch(/not a readable XLSX workbook/);
  });

  it('refuses a worksheet without cell data as a located input error, not a crash', async () => {
    const dir = await tempTree({ 'empty.xlsx': minimalWorkbook('<worksheet><cols/></worksheet>') });
    await expect(
      answerQuestionnaire({
        input: path.join(dir, 'empty.xlsx'),
        facts,
        now,
        sheet: 'Q & A',
        questionCol: 'A',
      }),
    ).rejects.toThrow(/empty\.xlsx:1:1: not a readable XLSX workbook: the worksheet has no <sheetData>/);
  });

  it('refuses a cell past the last column and rows out of order', () => {
    expect(
      refused(
        minimalWorkbook('<worksheet><sheetData><row r="1"><c r="XFE1"/></row></sheetData></worksheet>'),
      ),
    ).toMatch(/past the last column/);
    expect(
      refused(minimalWorkbook('<worksheet><sheetData><row r="2"/><row r="1"/></sheetData></worksheet>')),
    ).toMatch(/row numbers out of order/);
  });
});

it('writes identical bytes for identical inputs (no clock in new zip entries)', async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Q').getRow(1).values = ['Question'];
  workbook.getWorksheet('Q')!.getRow(2).values = ['Is MFA enforced for administrators?'];
  const dir = await tempTree({});
  const input = path.join(dir, 'q.xlsx');
  await workbook.xlsx.writeFile(input);
  await answerQuestionnaire({ input, out: path.join(dir, 'a.xlsx'), facts, now, record: false });
  await answerQuestionnaire({ input, out: path.join(dir, 'b.xlsx'), facts, now, record: false });
  expect(await readFile(path.join(dir, 'a.xlsx'))).toEqual(await readFile(path.join(dir, 'b.xlsx')));
});
