import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { InputError } from '../../src/errors/index.js';
import { assembleModel } from '../../src/model/index.js';
import {
  answerQuestionnaire,
  approvedAnswers,
  approveQuestionnaire,
  mergeApproved,
  parseAnswerLibrary,
} from '../../src/questionnaire/index.js';
import { runCli } from '../helpers/runCli.js';

// The loop the review copy is for: answer, review, approve what you send, write the buyer's copy.
const now = new Date('2026-12-04T12:00:00Z');
let dir: string;
let facts: {
  model: Awaited<ReturnType<typeof assembleModel>>;
  results: ReturnType<typeof runChecks>['results'];
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'trustmap-approve-'));
  const model = await assembleModel(path.resolve('examples/acme-ai'), { now, discover: false });
  facts = { model, results: runChecks(model).results };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const RETENTION = 'How long do you retain prompts and model outputs?';
const REVIEWED = 'Prompts and outputs are kept for 30 days, then deleted automatically. (our reviewed words)';

describe('approving a review copy', () => {
  it('takes a CSV review copy’s approved rows into answers.yaml, and the buyer’s copy then carries them', async () => {
    const input = path.join(dir, 'globex.csv');
    const review = path.join(dir, 'globex-review.csv');
    const library = path.join(dir, 'answers.yaml');
    await writeFile(
      input,
      `Question,Yes/No,Answer\nIs MFA required for administrators of production systems?,,\n${RETENTION},,\nWhat was your revenue last year?,,\n`,
    );
    const drafted = await answerQuestionnaire({ input, out: review, facts, now, record: false });
    expect(drafted.questions[1]!.status).toBe('review');

    // The reviewer rewrites the draft and approves it; the revenue row stays blank and unapproved.
    const records = parse(await readFile(review, 'utf8')) as string[][];
    const status = records[0]!.indexOf('Trustmap status');
    records[2]![2] = REVIEWED;
    records[2]![status] = 'Approved';
    records[3]![status] = 'approved ';
    await writeFile(review, stringify(records));

    const run = await approveQuestionnaire({ input: review, library, by: 'jane@acme.example', now });
    expect(run.approved.map((entry) => [entry.question, entry.answer, entry.topic])).toEqual([
      [RETENTION, REVIEWED, 'ai-prompt-retention'],
    ]);
    expect([run.added, run.updated]).toEqual([1, 0]);
    // The revenue row was approved with nothing in it: left out, and said.
    expect(run.empty).toEqual(['row 4']);
    const written = await readFile(library, 'utf8');
    const entries = parseAnswerLibrary(library, written).entries;
    expect(entries).toMatchObject([
      {
        id: 'how-long-do-you-retain-prompts-and',
        topic: 'ai-prompt-retention',
        questions: [RETENTION],
        answer: REVIEWED,
        approvedBy: 'jane@acme.example',
        approvedOn: '2026-12-04',
      },
    ]);

    // The review copy is not the buyer's file: a buyer's copy made from it would send its drafts and columns.
    const refused = await answerQuestionnaire({
      input: review,
      out: path.join(dir, 'wrong.csv'),
      facts,
      now,
      record: false,
      library,
      copy: 'buyer',
    }).catch((caught) => caught);
    expect(refused).toBeInstanceOf(InputError);
    expect((refused as InputError).message).toContain('this is a Trustmap review copy');
    await expect(readFile(path.join(dir, 'wrong.csv'), 'utf8')).rejects.toThrow();

    const buyer = path.join(dir, 'globex-buyer.csv');
    const sent = await answerQuestionnaire({
      input,
      out: buyer,
      facts,
      now,
      record: false,
      library,
      copy: 'buyer',
    });
    expect(sent.questions[1]).toMatchObject({ status: 'answered', answer: REVIEWED });
    const rows = parse(await readFile(buyer, 'utf8')) as string[][];
    expect(rows[0]).toEqual(['Question', 'Yes/No', 'Answer']);
    expect(rows[2]).toEqual([RETENTION, '', REVIEWED]);
    expect(rows[3]).toEqual(['What was your revenue last year?', '', '']);
  });

  it('reads the status a reviewer typed into an XLSX review copy', async () => {
    const input = path.join(dir, 'initech.xlsx');
    const review = path.join(dir, 'initech-review.xlsx');
    const library = path.join(dir, 'initech-answers.yaml');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Vendor');
    sheet.getRow(1).values = ['Question', 'Yes/No', 'Response'];
    sheet.getRow(2).values = [RETENTION, null, null];
    sheet.getRow(3).values = ['Do you carry cyber liability insurance?', null, null];
    await workbook.xlsx.writeFile(input);
    await answerQuestionnaire({ input, out: review, facts, now, record: false });

    const reviewed = new ExcelJS.Workbook();
    await reviewed.xlsx.readFile(review);
    const vendor = reviewed.getWorksheet('Vendor')!;
    expect(vendor.getCell('D1').value).toBe('Trustmap status');
    vendor.getCell('C2').value = REVIEWED;
    vendor.getCell('D2').value = 'Approved';
    vendor.getCell('C3').value = 'Yes, $5M with Example Insurer.';
    vendor.getCell('B3').value = 'Yes';
    vendor.getCell('D3').value = 'Approved';
    await reviewed.xlsx.writeFile(review);

    const run = await approveQuestionnaire({ input: review, library, by: 'jane@acme.example', now });
    expect(run.approved.map((entry) => [entry.at, entry.answer, entry.yesNo])).toEqual([
      ['Vendor row 2', REVIEWED, undefined],
      ['Vendor row 3', 'Yes, $5M with Example Insurer.', 'Yes'],
    ]);
    const wrong = await answerQuestionnaire({
      input: review,
      facts,
      now,
      record: false,
      library,
      copy: 'buyer',
    }).catch((caught) => caught);
    expect((wrong as InputError).problems?.[0]?.location).toMatchObject({ line: 1, col: 4 });
    const again = await answerQuestionnaire({ input, facts, now, record: false, library });
    expect(again.questions.map((question) => [question.status, question.answer])).toEqual([
      ['answered', REVIEWED],
      ['answered', 'Yes, $5M with Example Insurer.'],
    ]);
  });

  it('refuses a file that is not a review copy, and writes nothing', async () => {
    const input = path.join(dir, 'plain.csv');
    const library = path.join(dir, 'untouched.yaml');
    await writeFile(input, `Question,Answer\n${RETENTION},Kept 30 days\n`);
    const error = await approveQuestionnaire({ input, library, by: 'jane', now }).catch((caught) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain('no `Trustmap status` column');
    await expect(readFile(library, 'utf8')).rejects.toThrow();
  });
});

describe('an approval a year old', () => {
  it('goes to review before it is sent again, and its note says why', async () => {
    const input = path.join(dir, 'stale.csv');
    const library = path.join(dir, 'stale-answers.yaml');
    await writeFile(input, 'Question,Answer\nDo you carry cyber liability insurance?,\n');
    const entry = (on: string) =>
      `answers:\n  - id: cyber-insurance\n    questions: ["Do you carry cyber liability insurance?"]\n    answer: "Yes, $5M."\n    approvedBy: jane\n    approvedOn: ${on}\n`;
    await writeFile(library, entry('2025-11-01'));
    const [old] = (await answerQuestionnaire({ input, facts, now, record: false, library })).questions;
    expect(old).toMatchObject({ status: 'review', reviewKind: 'facts', answer: 'Yes, $5M.' });
    expect(old!.note).toContain('approved more than 365 days ago');
    await writeFile(library, entry('2026-06-01'));
    const [fresh] = (await answerQuestionnaire({ input, facts, now, record: false, library })).questions;
    expect(fresh).toMatchObject({ status: 'answered', answer: 'Yes, $5M.' });
    expect(fresh!.note).toContain('approved by jane on 2026-06-01');
  });
});

describe('an approval and the checks after it', () => {
  it('records what already failed on the topic, and reopens the answer when something else fails later', async () => {
    const review = path.join(dir, 'disputed-review.csv');
    const library = path.join(dir, 'disputed-answers.yaml');
    await writeFile(
      review,
      `Question,Answer,Trustmap status,Trustmap topic\n${RETENTION},"${REVIEWED}",Approved,ai-prompt-retention\n`,
    );
    // Whatever fails on the topic when the answer is approved was known to the reviewer: it is recorded.
    const run = await approveQuestionnaire({ input: review, library, by: 'jane', now, facts });
    expect(run.baseline).toBe(true);
    const [entry] = parseAnswerLibrary(library, await readFile(library, 'utf8')).entries;
    // acme's prompt log has no deletion on record: known when approved, so it does not reopen the answer.
    expect(entry?.disputedWhenApproved).toEqual(['deletion-coverage:prompt-logs']);

    const input = path.join(dir, 'disputed.csv');
    await writeFile(input, `Question,Answer\n${RETENTION},\n`);
    const [same] = (await answerQuestionnaire({ input, facts, now, record: false, library })).questions;
    expect(same).toMatchObject({ status: 'answered', answer: REVIEWED });

    // Later a cache starts keeping prompts too long: the approval did not know it.
    const later = {
      ...facts,
      results: [
        ...facts.results,
        {
          checkId: 'prompt-output-retention',
          controls: ['TM-DATA-03'],
          status: 'fail' as const,
          severity: 'high' as const,
          subject: { kind: 'component' as const, id: 'answer-cache' },
          message: '`answer-cache` keeps prompts 1y',
          plain: 'Answer cache keeps user questions for 1 year, longer than our policy of 30 days',
          sources: [],
        },
      ],
    };
    const [reopened] = (await answerQuestionnaire({ input, facts: later, now, record: false, library }))
      .questions;
    expect(reopened).toMatchObject({ status: 'review', reviewKind: 'facts', answer: REVIEWED });
    expect(reopened!.note).toContain('since it was approved: Answer cache keeps user questions for 1 year');
  });
});

describe('an approval and the map after it', () => {
  it('records what the map said where the answer rests, and reopens it when that changes, not when it is confirmed', async () => {
    const review = path.join(dir, 'map-review.csv');
    const library = path.join(dir, 'map-answers.yaml');
    await writeFile(
      review,
      `Question,Answer,Trustmap status,Trustmap topic\n${RETENTION},"${REVIEWED}",Approved,ai-prompt-retention\n`,
    );
    await approveQuestionnaire({ input: review, library, by: 'jane', now, facts });
    const [entry] = parseAnswerLibrary(library, await readFile(library, 'utf8')).entries;
    expect(Object.keys(entry?.mapWhenApproved ?? {})).toContain('dataClasses/prompts/retention');

    const input = path.join(dir, 'map.csv');
    await writeFile(input, `Question,Answer\n${RETENTION},\n`);
    const answer = async (map: typeof facts.model.map) => {
      const model = { ...facts.model, map };
      const [row] = (
        await answerQuestionnaire({
          input,
          facts: { model, results: facts.results },
          now,
          record: false,
          library,
        })
      ).questions;
      return row!;
    };
    const map = facts.model.map;
    expect(await answer(map)).toMatchObject({ status: 'answered', answer: REVIEWED });
    // The policy is now 90 days: no check fails on it, and the approved "30 days" is no longer true.
    const longer = {
      ...map,
      dataClasses: map.dataClasses.map((dataClass) =>
        dataClass.id === 'prompts' ? { ...dataClass, retention: '90d' } : dataClass,
      ),
    };
    const reopened = await answer(longer);
    expect(reopened).toMatchObject({ status: 'review', reviewKind: 'facts', answer: REVIEWED });
    expect(reopened.note).toContain('the map changed at dataClasses/prompts/retention');
    // Confirming an entry (its `status`) changes nothing the answer says.
    const confirmed = {
      ...map,
      dataClasses: map.dataClasses.map((dataClass) =>
        dataClass.id === 'prompts' ? { ...dataClass, status: 'confirmed' as const } : dataClass,
      ),
    };
    expect(await answer(confirmed)).toMatchObject({ status: 'answered' });
  });
});

describe('mergeApproved', () => {
  const library = [
    '# Reviewed by legal, 2026-10.',
    'answers:',
    '  - id: cyber-insurance # renewed yearly',
    '    questions: ["Do you carry cyber liability insurance?"]',
    '    answer: "Yes, $5M."',
    '    yesNo: "Yes"',
    '',
  ].join('\n');

  it('updates an entry that lists the question, adds the rest, and keeps comments and ids', () => {
    const merged = mergeApproved(
      library,
      [
        {
          question: 'do you carry  cyber liability insurance?',
          answer: 'Yes, $10M since November.',
          at: 'row 2',
        },
        { question: RETENTION, answer: REVIEWED, yesNo: 'Yes', at: 'row 3' },
        { question: `${RETENTION} `, answer: 'twice', at: 'row 4' },
      ],
      { by: 'jane', on: '2026-12-04' },
    );
    expect([merged.added, merged.updated]).toEqual([1, 2]);
    expect(merged.text).toContain('# Reviewed by legal, 2026-10.');
    expect(merged.text).toContain('# renewed yearly');
    const entries = parseAnswerLibrary('answers.yaml', merged.text).entries;
    expect(entries.map((entry) => [entry.id, entry.answer, entry.yesNo])).toEqual([
      ['cyber-insurance', 'Yes, $10M since November.', undefined],
      ['how-long-do-you-retain-prompts-and', 'twice', undefined],
    ]);
  });

  it('starts a library from nothing, and never gives two entries one id', () => {
    const merged = mergeApproved(
      undefined,
      [
        {
          question: 'Do you encrypt data at rest with keys you manage?',
          answer: 'Yes, with AWS KMS.',
          at: 'row 2',
        },
        {
          question: 'Do you encrypt data at rest with keys you manage yourselves?',
          answer: 'Yes.',
          at: 'row 3',
        },
      ],
      { by: 'jane', on: '2026-12-04' },
    );
    expect(parseAnswerLibrary('answers.yaml', merged.text).entries.map((entry) => entry.id)).toEqual([
      'do-you-encrypt-data-at-rest-with',
      'do-you-encrypt-data-at-rest-with-2',
    ]);
  });

  it('takes only rows marked approved that hold an answer', () => {
    const row = { sheet: 'csv', row: 2, question: 'Q?', answer: 'A.', yesNo: 'yes' };
    expect(
      approvedAnswers([
        { ...row, status: 'Approved' },
        { ...row, row: 3, status: 'Review before sending' },
        { ...row, row: 4, status: 'approved', answer: '' },
        { ...row, row: 5, status: undefined },
      ]),
    ).toEqual([{ question: 'Q?', answer: 'A.', yesNo: 'Yes', at: 'row 2' }]);
  });
});

describe('trustmap questionnaire approve (the real binary)', () => {
  it('says what it approved and where, and exits 2 with a hint on a file that is not a review copy', async () => {
    const review = path.join(dir, 'cli-review.csv');
    const library = path.join(dir, 'cli-answers.yaml');
    await writeFile(
      review,
      `Question,Answer,Trustmap status\n${RETENTION},${REVIEWED.replace(/,/g, '')},Approved\nWho is your CEO?,,blank\n`,
    );
    const ok = runCli(
      ['questionnaire', 'approve', review, '--answers', library, '--by', 'jane@acme.example'],
      {
        env: { TRUSTMAP_NOW: '2026-12-04' },
      },
    );
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('approved 1 answer into');
    expect(ok.stdout).toContain('(1 new, 0 updated)');
    expect(parseAnswerLibrary(library, await readFile(library, 'utf8')).entries[0]?.approvedOn).toBe(
      '2026-12-04',
    );

    const plain = path.join(dir, 'cli-plain.csv');
    await writeFile(plain, 'Question,Answer\nWho is your CEO?,Ada\n');
    const refused = runCli(['questionnaire', 'approve', plain, '--answers', library, '--by', 'jane']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('cli-plain.csv:1:1');
    expect(refused.stderr).toContain('not a review copy');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });
});
