// Benchmark: answer a 1,000-question workbook from examples/acme-ai (target: at most 2 s).
// Run with `npm run bench:questionnaire`. Not a test: it measures, it does not assert.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { runChecks } from '../src/controls/index.js';
import { assembleModel } from '../src/model/index.js';
import { answerQuestionnaire } from '../src/questionnaire/index.js';

const now = new Date('2026-11-26T12:00:00Z');
const labelled = parse(await readFile('test/questionnaire/labelled-questions.yaml', 'utf8')) as {
  in_scope: { q: string }[];
  out_of_scope: string[];
};
const pool = [...labelled.in_scope.map((item) => item.q), ...labelled.out_of_scope];

const dir = await mkdtemp(path.join(os.tmpdir(), 'trustmap-bench-questionnaire-'));
try {
  const input = path.join(dir, 'buyer.xlsx');
  const workbook = new ExcelJS.Workbook();
  for (let s = 0; s < 4; s++) {
    const sheet = workbook.addWorksheet(`Section ${s + 1}`);
    sheet.getRow(1).values = ['Ref', 'Question', 'Yes/No', 'Response'];
    sheet.getRow(1).font = { bold: true };
    sheet.getColumn(2).width = 80;
    for (let i = 0; i < 250; i++) {
      const n = s * 250 + i;
      sheet.getRow(i + 2).values = [
        `Q-${n + 1}`,
        `${pool[n % pool.length]}${n >= pool.length ? ` (${Math.floor(n / pool.length)})` : ''}`,
      ];
    }
  }
  await workbook.xlsx.writeFile(input);

  // Reference, in the same run: exceljs reading and writing the same workbook untouched. Any tool that edits
  // the buyer's file pays this; what Trustmap adds on top is matching and answering.
  const referenceStarted = performance.now();
  const untouched = new ExcelJS.Workbook();
  await untouched.xlsx.readFile(input);
  await untouched.xlsx.writeFile(path.join(dir, 'untouched.xlsx'));
  const reference = performance.now() - referenceStarted;

  const started = performance.now();
  const model = await assembleModel('examples/acme-ai', { now, discover: false });
  const results = runChecks(model).results;
  const loaded = performance.now();
  const run = await answerQuestionnaire({
    input,
    out: path.join(dir, 'answered.xlsx'),
    facts: { model, results },
    now,
    record: false,
  });
  const finished = performance.now();

  const count = (status: string) => run.questions.filter((question) => question.status === status).length;
  console.log(`questions:        ${run.questions.length} on ${run.sheets.length} sheets`);
  console.log(`answered/review/blank: ${count('answered')}/${count('review')}/${count('blank')}`);
  console.log(`map + checks:     ${(loaded - started).toFixed(0)} ms`);
  console.log(`read, match, answer, write XLSX: ${(finished - loaded).toFixed(0)} ms`);
  console.log(`total:            ${(finished - started).toFixed(0)} ms (target ≤ 2000 ms)`);
  console.log(
    `reference (exceljs read + write, no answers): ${reference.toFixed(0)} ms; ` +
      `answering costs ${((finished - loaded) / reference).toFixed(2)}x the bare read + write`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
