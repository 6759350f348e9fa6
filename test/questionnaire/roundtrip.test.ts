import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runChecks } from '../../src/controls/index.js';
import { InputError } from '../../src/errors/index.js';
import { assembleModel } from '../../src/model/index.js';
import { answerQuestionnaire } from '../../src/questionnaire/index.js';
import { readRecordedQuestionnaires } from '../../src/scope/index.js';
import { tempTree } from '../helpers/tempTree.js';
import { unsureQuestions } from './fixtures.js';

const now = new Date('2026-11-26T12:00:00Z');
const acme = path.resolve('examples/acme-ai');
let dir: string;
let facts: {
  model: Awaited<ReturnType<typeof assembleModel>>;
  results: ReturnType<typeof runChecks>['results'];
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'trustmap-questionnaire-'));
  const model = await assembleModel(acme, { now, discover: false });
  facts = { model, results: runChecks(model).results };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function buyerWorkbook(file: string) {
  const workbook = new ExcelJS.Workbook();
  const cover = workbook.addWorksheet('Cover');
  cover.getCell('A1').value = 'Vendor security assessment';
  cover.getCell('A1').font = { bold: true, size: 16 };
  cover.mergeCells('A1:D1');
  cover.getCell('A3').value = 'Total questions';
  cover.getCell('B3').value = { formula: "COUNTA('AI Security'!B3:B20)", result: 4 };

  const ai = workbook.addWorksheet('AI Security');
  ai.getCell('A1').value = 'Section 4: Artificial intelligence';
  ai.mergeCells('A1:E1');
  ai.getRow(2).values = ['Ref', 'Question', 'Yes/No', 'Vendor Response', 'Internal score'];
  ai.getRow(2).font = { bold: true, color: { argb: 'FFFFFFFF' } };
  ai.getRow(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  ai.getColumn(2).width = 70;
  ai.getColumn(4).width = 80;
  ai.getRow(3).values = ['AI-1', 'Do you use customer data to train your AI models?', null, null, 3];
  ai.getRow(4).values = ['AI-2', 'How long do you retain prompts and model outputs?', null, null, 2];
  ai.getRow(5).values = ['AI-3', 'Do you carry cyber liability insurance?', null, null, 1];
  ai.getRow(6).values = ['AI-4', 'Is data encrypted at rest?', null, 'Already answered by the buyer', 1];
  ai.getCell('E7').value = { formula: 'SUM(E3:E6)', result: 7 };
  ai.getCell('B3').font = { italic: true };

  const security = workbook.addWorksheet('Security');
  security.getRow(1).values = ['#', 'Requirement', 'Comments'];
  security.getRow(2).values = [1, 'Is MFA required for administrators of production systems?'];
  security.getRow(3).values = [
    2,
    {
      richText: [
        { text: 'Do you have an ' },
        { text: 'incident response plan', font: { bold: true } },
        { text: '?' },
      ],
    },
  ];
  security.getRow(4).values = [
    3,
    { formula: '"Is data encrypted in "&"transit?"', result: 'Is data encrypted in transit?' },
  ];
  security.getRow(5).values = [4, '<script>alert(1)</script> Do you log security events?'];
  await workbook.xlsx.writeFile(file);
}

/** A one-sheet questionnaire with Yes/No drop-downs, a formula, a border and one answer of the buyer's own. */
async function vendorWorkbook(file: string) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Vendor');
  sheet.getRow(1).values = ['Question', 'Yes/No', 'Response', 'Score'];
  sheet.getRow(2).values = ['Is MFA required for administrators of production systems?', null, null, 2];
  sheet.getRow(3).values = ['How long do you retain prompts and model outputs?', null, null, 3];
  sheet.getRow(4).values = ['Do you carry cyber liability insurance?', null, null, 1];
  sheet.getRow(5).values = ['Is data encrypted at rest?', null, 'Yes, AES-256 (our own words)', 1];
  for (const row of [2, 3, 4, 5])
    sheet.getCell(`B${row}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Yes,No,N/A"'] };
  sheet.getCell('D6').value = { formula: 'SUM(D2:D5)', result: 7 };
  sheet.getCell('C3').border = { top: { style: 'thin' } };
  await workbook.xlsx.writeFile(file);
}

describe('XLSX round trip', () => {
  it('keeps sheets, formatting, formulas, widths and merged cells, and puts answers with notes in place', async () => {
    const input = path.join(dir, 'buyer.xlsx');
    const output = path.join(dir, 'buyer-answered.xlsx');
    await buyerWorkbook(input);
    const run = await answerQuestionnaire({ input, out: output, facts, now, buyer: 'Globex', record: false });
    expect(run.sheets.map((sheet) => sheet.sheet)).toEqual(['AI Security', 'Security']);

    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(input);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(output);
    expect(after.worksheets.map((sheet) => sheet.name)).toEqual(['Cover', 'AI Security', 'Security']);

    const cover = after.getWorksheet('Cover')!;
    expect(cover.getCell('A1').font?.bold).toBe(true);
    expect(cover.getCell('A1').isMerged).toBe(true);
    expect(cover.getCell('B3').value).toMatchObject({ formula: "COUNTA('AI Security'!B3:B20)" });

    const ai = after.getWorksheet('AI Security')!;
    const aiBefore = before.getWorksheet('AI Security')!;
    expect(ai.getColumn(2).width).toBe(70);
    expect(ai.getColumn(4).width).toBe(80);
    expect(ai.getCell('A1').isMerged).toBe(true);
    expect(ai.getCell('B2').fill).toEqual(aiBefore.getCell('B2').fill);
    expect(ai.getCell('B3').font?.italic).toBe(true);
    expect(ai.getCell('E7').value).toMatchObject({ formula: 'SUM(E3:E6)' });
    for (const row of [3, 4, 5, 6]) {
      for (const col of ['A', 'B', 'E'])
        expect(ai.getCell(`${col}${row}`).value).toEqual(aiBefore.getCell(`${col}${row}`).value);
    }
    expect(String(ai.getCell('D3').value)).toMatch(
      /^No\. We do not train or fine-tune models on customer content/,
    );
    expect(ai.getCell('C3').value).toBe('No');
    expect(String(ai.getCell('D3').note)).toContain('confidence high');
    expect(String(ai.getCell('D3').note)).toContain('trustmap.yaml:');
    expect(ai.getCell('D5').value).toBeNull();
    expect(String(ai.getCell('B5').note)).toContain('needs information');
    expect(ai.getCell('D6').value).toBe('Already answered by the buyer');
    expect(run.kept).toBe(1);

    const security = after.getWorksheet('Security')!;
    expect(security.getCell('C1').value).toBe('Comments');
    expect(String(security.getCell('C2').value)).toMatch(/^Yes\. Multi-factor/);
    expect(String(security.getCell('C3').value)).toContain('incident response plan');
    expect(security.getCell('B4').value).toMatchObject({ formula: '"Is data encrypted in "&"transit?"' });
    expect(String(security.getCell('C4').value)).toContain('encrypted in transit');
    expect(security.getCell('B5').value).toBe('<script>alert(1)</script> Do you log security events?');
  });

  it('marks each question status in a new column and a fill colour, keeping drop-downs and formulas', async () => {
    const input = path.join(dir, 'status.xlsx');
    const output = path.join(dir, 'status-answered.xlsx');
    await vendorWorkbook(input);

    const run = await answerQuestionnaire({ input, out: output, facts, now, record: false });
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(output);
    const vendor = after.getWorksheet('Vendor')!;
    expect(after.worksheets.map((worksheet) => worksheet.name)).toEqual(['Vendor']);
    expect(vendor.getCell('E1').value).toBe('Trustmap status');
    const statuses = run.questions.map((question) => question.status);
    expect(statuses[0]).toBe('answered');
    expect(vendor.getCell('E2').value).toBe('Answered');
    expect(vendor.getCell('E3').value).toBe('Review before sending');
    expect(vendor.getCell('E4').value).toBe('Needs information');
    expect(vendor.getCell('E5').value).toBe('Kept (answered by you)');
    const fill = (address: string) =>
      (vendor.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill('C2')).toBe('FFE2EFDA');
    expect(fill('C3')).toBe('FFFFF2CC');
    expect(fill('E4')).toBe('FFFCE4D6');
    // The buyer's own cells: drop-downs, formula, border and answer stay as they were.
    for (const row of [2, 3, 4, 5])
      expect(vendor.getCell(`B${row}`).dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"Yes,No,N/A"'],
      });
    expect(vendor.getCell('D6').value).toMatchObject({ formula: 'SUM(D2:D5)' });
    expect(vendor.getCell('C3').border?.top?.style).toBe('thin');
    expect(vendor.getCell('C5').value).toBe('Yes, AES-256 (our own words)');
    expect(fill('C5')).toBeUndefined();

    // Answering the answered file again reuses the status column instead of adding another.
    const again = path.join(dir, 'status-again.xlsx');
    await answerQuestionnaire({ input: output, out: again, facts, now, record: false });
    const twice = new ExcelJS.Workbook();
    await twice.xlsx.readFile(again);
    expect(twice.getWorksheet('Vendor')!.getCell('F1').value).toBeNull();
  });

  it("writes the buyer's copy without Trustmap's marks and with only the answers that need no review", async () => {
    const input = path.join(dir, 'copy.xlsx');
    await vendorWorkbook(input);

    const review = path.join(dir, 'copy-review.xlsx');
    const buyer = path.join(dir, 'copy-buyer.xlsx');
    const drafts = await answerQuestionnaire({ input, out: review, facts, now, record: false });
    const sent = await answerQuestionnaire({ input, out: buyer, facts, now, record: false, copy: 'buyer' });
    // The same answers are computed; only what is written differs.
    expect(sent.questions).toEqual(drafts.questions);
    expect(drafts.questions.slice(0, 3).map((question) => question.status)).toEqual([
      'answered',
      'review',
      'blank',
    ]);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(buyer);
    const vendor = after.getWorksheet('Vendor')!;
    expect(vendor.getCell('C2').value).toBe(drafts.questions[0]!.answer);
    expect(vendor.getCell('B2').value).toBe(drafts.questions[0]!.yesNo);
    expect(vendor.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Yes,No,N/A"'] });
    // The draft held for review is not sent, and nothing of Trustmap's is in the file: no status column, fill or note.
    expect(drafts.questions[1]!.answer).not.toBe('');
    expect(vendor.getCell('C3').value).toBeNull();
    expect(vendor.getCell('C3').border?.top?.style).toBe('thin');
    expect(vendor.getCell('C4').value).toBeNull();
    expect(vendor.getCell('C5').value).toBe('Yes, AES-256 (our own words)');
    expect(vendor.getCell('E1').value).toBeNull();
    for (const address of ['A2', 'A3', 'A4', 'C2', 'C3'])
      expect(vendor.getCell(address).note, address).toBeUndefined();
    for (const address of ['C2', 'C3', 'C4'])
      expect(
        (vendor.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor,
        address,
      ).toBeUndefined();
  });

  it('refuses a file where no question sits under the question column, pointing at that column', async () => {
    const empty = path.join(dir, 'header-only.csv');
    await writeFile(empty, 'ref,owner,questionnaire\n');
    await expect(answerQuestionnaire({ input: empty, facts, now })).rejects.toThrow(
      /header-only\.csv:1:3: no questions found under column C, taken as the question column/,
    );
    // The questionnaire is read before the map: its error comes first, without a map loaded.
    await expect(
      answerQuestionnaire({ input: empty, map: path.join(dir, 'no-map-here'), now }),
    ).rejects.toThrow(/no questions found/);
  });

  it('refuses a file that is not a workbook, with a located error', async () => {
    const fake = path.join(dir, 'fake.xlsx');
    await writeFile(fake, 'Question,Answer\nIs MFA enforced?,\n');
    await expect(answerQuestionnaire({ input: fake, facts, now })).rejects.toThrow(InputError);
    await expect(answerQuestionnaire({ input: fake, facts, now })).rejects.toThrow(
      /fake\.xlsx:1:1: not an XLSX workbook/,
    );
    const zipLike = path.join(dir, 'broken.xlsx');
    await writeFile(zipLike, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]));
    await expect(answerQuestionnaire({ input: zipLike, facts, now })).rejects.toThrow(
      /not a readable XLSX workbook/,
    );
  });

  it('refuses a sheet with more rows than any questionnaire has', async () => {
    const huge = path.join(dir, 'huge.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Q');
    sheet.getCell('A1').value = 'Question';
    sheet.getCell('A60001').value = 'Is MFA enforced?';
    await workbook.xlsx.writeFile(huge);
    await expect(answerQuestionnaire({ input: huge, facts, now })).rejects.toThrow(/over the 50000 rows/);
  });
});

describe('CSV round trip', () => {
  it('keeps every field (quotes, embedded newlines, BOM, CRLF) and adds answers and extra columns', async () => {
    const input = path.join(dir, 'buyer.csv');
    const output = path.join(dir, 'buyer-answered.csv');
    const text =
      '\uFEFFRef,Question,Owner,Answer\r\n' +
      'Q1,"Do you use customer data to train models, or to fine-tune them?",Ana,\r\n' +
      'Q2,"Where is customer data hosted?\nPlease list regions.","Bo ""B"" Smith",\r\n' +
      'Q3,What was your annual revenue last year?,Cy,\r\n' +
      'Q4,What uptime do you commit to and do you have a business continuity plan?,Di,\r\n';
    await writeFile(input, text);
    const run = await answerQuestionnaire({ input, out: output, facts, now, record: false });
    expect(run.questions.map((question) => question.topic)).toEqual([
      'ai-training-on-customer-data',
      'data-residency',
      null,
      'business-continuity',
    ]);
    const written = await readFile(output, 'utf8');
    expect(written.startsWith('\uFEFF')).toBe(true);
    expect(written).toContain('\r\n');
    // Parsed as spreadsheets and Python's csv read it, where an unquoted `\n` ends a row even in a file whose
    // rows end in `\r\n`: every row as wide as the header, as many rows as the buyer's file. The source list
    // joins its lines with `\n`, so each such cell must be quoted.
    const records = parse(written.slice(1), { record_delimiter: ['\r\n', '\n'] }) as string[][];
    const original = parse(text.slice(1)) as string[][];
    expect(records).toHaveLength(original.length);
    expect(records.some((record) => record[7]?.includes('\n'))).toBe(true);
    expect(records[0]).toEqual([
      ...original[0]!,
      'Trustmap status',
      'Trustmap confidence',
      'Trustmap topic',
      'Trustmap sources',
      'Trustmap note',
    ]);
    for (const [i, row] of original.entries()) {
      if (i === 0) continue;
      expect(records[i]!.slice(0, 3)).toEqual(row.slice(0, 3));
    }
    expect(records[1]![3]).toMatch(/^No\. /);
    expect(records[2]![3]).toContain('us-east-1');
    expect(records[3]![3]).toBe('');
    expect(records[3]![4]).toBe('blank');
    expect(records[1]![7]).toContain('trustmap.yaml:');
  });

  it("writes the buyer's copy with the buyer's columns only, answers held for review left empty", async () => {
    const input = path.join(dir, 'copy.csv');
    const output = path.join(dir, 'copy-buyer.csv');
    const text =
      'Ref,Question,Yes/No,Answer\n' +
      'Q1,Is MFA required for administrators of production systems?,,\n' +
      'Q2,How long do you retain prompts and model outputs?,,\n' +
      'Q3,What was your annual revenue last year?,,\n' +
      'Q4,Is data encrypted at rest?,,Yes (ours)\n';
    await writeFile(input, text);
    const run = await answerQuestionnaire({ input, out: output, facts, now, record: false, copy: 'buyer' });
    expect(run.questions.slice(0, 3).map((question) => question.status)).toEqual([
      'answered',
      'review',
      'blank',
    ]);
    const records = parse(await readFile(output, 'utf8')) as string[][];
    expect(records[0]).toEqual(['Ref', 'Question', 'Yes/No', 'Answer']);
    expect(records.every((record) => record.length === 4)).toBe(true);
    expect(records[1]).toEqual(['Q1', run.questions[0]!.question, 'Yes', run.questions[0]!.answer]);
    expect(records[2]).toEqual(['Q2', run.questions[1]!.question, '', '']);
    expect(records[3]).toEqual(['Q3', 'What was your annual revenue last year?', '', '']);
    expect(records[4]).toEqual(['Q4', 'Is data encrypted at rest?', '', 'Yes (ours)']);
  });

  it('rejects invalid UTF-8 with a located error', async () => {
    const input = path.join(dir, 'latin1.csv');
    await writeFile(
      input,
      Buffer.from([0x51, 0x75, 0x65, 0x73, 0x74, 0x69, 0x6f, 0x6e, 0x0a, 0xe9, 0xff, 0x0a]),
    );
    await expect(answerQuestionnaire({ input, facts, now })).rejects.toThrow(
      /latin1\.csv:1:1: not valid UTF-8/,
    );
  });
});

describe('questionnaire stats (the ISO/IEC 42001 signal)', () => {
  it('records each answered questionnaire and totals them per topic', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'trustmap-stats-'));
    try {
      await writeFile(path.join(root, 'trustmap.yaml'), await readFile(path.join(acme, 'trustmap.yaml')));
      const model = await assembleModel(root, { now, discover: false });
      const localFacts = { model, results: runChecks(model).results };
      const input = path.join(root, 'q.csv');
      await writeFile(
        input,
        'Question\nDo you have an AI governance program?\nIs there an inventory of AI systems?\nIs MFA enforced?\nWhat is your revenue?\n',
      );
      await answerQuestionnaire({
        input,
        out: path.join(root, 'a.csv'),
        facts: localFacts,
        now,
        buyer: 'Globex',
      });
      await answerQuestionnaire({ input, out: path.join(root, 'b.csv'), facts: localFacts, now });
      await writeFile(path.join(root, '.trustmap', 'questionnaires', 'junk.json'), '{not json');
      const files = await readdir(path.join(root, '.trustmap', 'questionnaires'));
      expect(files.sort()).toEqual(['2026-11-26-globex.json', '2026-11-26-q.json', 'junk.json']);
      // `trustmap scope` reads the records through the one reader; junk is skipped.
      const recorded = await readRecordedQuestionnaires(root);
      expect(recorded.map((entry) => path.basename(entry.file))).toEqual([
        '2026-11-26-globex.json',
        '2026-11-26-q.json',
      ]);
      expect(recorded.reduce((total, entry) => total + (entry.topics.mfa ?? 0), 0)).toBe(2);
      const stored = JSON.parse(
        await readFile(path.join(root, '.trustmap', 'questionnaires', '2026-11-26-globex.json'), 'utf8'),
      );
      expect(stored).toMatchObject({
        format: 'trustmap.questionnaire/v1',
        date: '2026-11-26',
        buyer: 'Globex',
        outOfScope: 1,
      });
      expect(await readRecordedQuestionnaires(path.join(root, 'nowhere'))).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('trustmap questionnaire answer (the real binary)', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
  });
  // The timeout turns a process kept open (by an encoder worker, say) into a failure instead of a hung suite.
  const cli = (args: string[], env: Record<string, string> = {}) =>
    spawnSync('node', ['bin/trustmap.js', ...args], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, TRUSTMAP_NOW: '2026-11-26', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });

  it('exits once answered, whether the encoder it starts was needed or not', async () => {
    const unsure = path.join(dir, 'unsure.csv');
    await writeFile(
      unsure,
      'Question\nMight what our people type into your assistant later shape how it answers other firms?\n',
    );
    const sure = path.join(dir, 'sure.csv');
    await writeFile(sure, 'Question\nIs customer data encrypted at rest?\n');
    for (const input of [unsure, sure]) {
      const run = cli(['questionnaire', 'answer', input, '--map', acme, '--no-discover', '--no-record'], {
        TRUSTMAP_CACHE_DIR: 'off',
      });
      expect(run.signal).toBeNull();
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
    }
  });

  it('says why a run pauses when the sentence model reads many questions, and how to skip it', async () => {
    const many = path.join(dir, 'many-unsure.csv');
    const numbered = (text: string) => Array.from({ length: 60 }, (_, i) => `${i + 1}. ${text}`);
    // The built CLI answers with the shipped word model.
    const [question] = unsureQuestions(1, undefined, numbered) as [string];
    await writeFile(many, `Question\n${numbered(question).join('\n')}\n`);
    const args = ['questionnaire', 'answer', many, '--map', acme, '--no-discover', '--no-record'];
    const first = cli(args, { TRUSTMAP_CACHE_DIR: 'off' });
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('the sentence model is reading 60 questions the word model is unsure of');
    expect(first.stderr).toContain('--no-sentence-model skips this');
    expect(cli([...args, '--no-sentence-model']).stderr).toBe('');
    // With the cache on, a second run of the same file reads the vectors back and encodes nothing.
    const cache = path.join(dir, 'cli-cache');
    expect(cli(args, { TRUSTMAP_CACHE_DIR: cache }).stderr).toContain('the sentence model is reading 60');
    const second = cli(args, { TRUSTMAP_CACHE_DIR: cache });
    expect(second.status).toBe(0);
    expect(second.stderr).toBe('');
    const kept = await readdir(path.join(cache, 'sentences'));
    expect(kept.filter((name) => name.endsWith('.answered'))).toHaveLength(1);
    expect(kept.filter((name) => name.endsWith('.vectors'))).toHaveLength(1);
  });

  it("lists what to review first without passing the buyer's control characters to the terminal", async () => {
    const input = path.join(dir, 'escape.csv');
    await writeFile(
      input,
      'Question,Response\n"What are your support hours?\u001b]0;pwned\u0007\u001b[31m",\nIs MFA enforced for administrators?,\n',
    );
    const text = cli(['questionnaire', 'answer', input, '--map', acme, '--no-discover', '--no-record']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Review first:');
    expect(text.stdout).toContain('row 2 (outside every topic): What are your support hours?');
    expect(text.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it("says how many drafts the buyer's copy leaves empty, and records nothing", async () => {
    const input = path.join(dir, 'cli-copy.csv');
    const output = path.join(dir, 'cli-copy-out.csv');
    await writeFile(
      input,
      'Question,Response\nIs MFA required for administrators of production systems?,\nHow long do you retain prompts and model outputs?,\n',
    );
    const run = cli([
      'questionnaire',
      'answer',
      input,
      '--map',
      acme,
      '--no-discover',
      '--buyer-copy',
      '--out',
      output,
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("the buyer's copy leaves 1 drafted answer empty until reviewed");
    expect(run.stdout).not.toContain('recorded');
    expect(run.stdout).not.toContain('Review first:');
    expect((parse(await readFile(output, 'utf8')) as string[][])[0]).toEqual(['Question', 'Response']);
  });

  it('prints per-question JSON and a summary, and exits 2 on a bad file', async () => {
    const input = path.join(dir, 'cli.csv');
    await writeFile(input, 'Question,Response\nIs customer data encrypted at rest?,\nWho is your CEO?,\n');
    const json = cli(['questionnaire', 'answer', input, '--map', acme, '--no-discover', '--format', 'json']);
    expect(json.status).toBe(0);
    const rows = JSON.parse(json.stdout) as {
      topic: string | null;
      confidence: string;
      answer: string;
      sources: unknown[];
    }[];
    expect(rows.map((row) => [row.topic, row.confidence])).toEqual([
      ['encryption-at-rest', 'high'],
      [null, 'low'],
    ]);
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining([
        'sheet',
        'row',
        'question',
        'topic',
        'answer',
        'yesNo',
        'confidence',
        'sources',
      ]),
    );

    const out = path.join(dir, 'cli-out.csv');
    const text = cli([
      'questionnaire',
      'answer',
      input,
      '--map',
      acme,
      '--no-discover',
      '--no-record',
      '--out',
      out,
    ]);
    expect(text.status).toBe(0);
    expect(
      text.stdout.replaceAll(dir, '<tmp>').replace(/wrote .*\n/, 'wrote <out>\n'),
    ).toMatchInlineSnapshot(`
      "csv: 2 questions in column A, answers in B
      1 answered, 0 to review, 1 left blank (1 outside every topic)
      Review first:
        row 3 (outside every topic): Who is your CEO?
      wrote <out>
      "
    `);

    // A map whose only store is still proposed: its answer waits, and the summary says why.
    const proposed = await tempTree({
      'trustmap.yaml': stringify({
        version: 1,
        organization: { name: 'Tiny AI', stage: 'seed' },
        dataClasses: [{ id: 'docs', name: 'Documents', category: 'customer-content', tenantScoped: true }],
        components: [
          {
            id: 'db',
            status: 'proposed',
            kind: 'datastore',
            dataClasses: ['docs'],
            encryption: { atRest: { enabled: true, mechanism: 'AES-256' } },
          },
        ],
      }),
      'q.csv': 'Question\nIs customer data encrypted at rest?\n',
    });
    const waiting = cli([
      'questionnaire',
      'answer',
      path.join(proposed, 'q.csv'),
      '--map',
      proposed,
      '--no-discover',
      '--no-record',
      '--no-sentence-model',
    ]);
    expect(waiting.status).toBe(0);
    expect(waiting.stdout).toContain(
      '0 answered, 0 to review, 1 left blank (0 outside every topic, 1 waiting on map entries not yet confirmed)',
    );
    expect(waiting.stdout).toContain(
      'row 2 (map entries not yet confirmed): Is customer data encrypted at rest?',
    );

    const bad = cli(['questionnaire', 'answer', path.join(dir, 'fake.xlsx'), '--map', acme, '--no-discover']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('not an XLSX workbook');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
