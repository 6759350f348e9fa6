import { existsSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { runChecks } from '../controls/index.js';
import { InputError } from '../errors/index.js';
import { writeFileAtomic } from '../io/index.js';
import { MAP_FILE_NAMES, MAP_FOLDER_NAME } from '../map/index.js';
import { assembleModel } from '../model/index.js';
import { formatOf, LIBRARY_FILE_NAME, readInput, readLibraryText } from './answerQuestionnaire.js';
import { type AnswerFacts, composeAnswer } from './answers/index.js';
import { disputesOf } from './answers/verdict.js';
import { mapDigests, parseAnswerLibrary } from './library.js';
import { TOPIC_IDS } from './topics/index.js';
import { type ReviewedRow, rowLabel } from './workbook/columns.js';
import { readCsv, reviewedCsvRows } from './workbook/csv.js';

/** What a reviewer writes in the `Trustmap status` cell to approve the answer beside it. */
const APPROVED = /^approved?$/i;

/** An answer a reviewer approved in a review copy, ready for `answers.yaml`. */
export interface ApprovedAnswer {
  question: string;
  answer: string;
  yesNo?: 'Yes' | 'No' | 'Partially';
  topic?: string;
  /** Where it was approved: `sheet row N` or `row N`. */
  at: string;
  /** The topic's checks failing when it was approved (`checkId:subject`), when the map was read. */
  disputed?: string[];
  /** What the map said at each entry the topic's answer rests on (`mapDigests`), when the map was read. */
  mapFacts?: Record<string, string>;
}

/**
 * The rows a reviewer marked "Approved" in the status column that hold an answer, with the Yes/No cell when it
 * says Yes, No or Partially and the topic when the file names a known one.
 * @example approvedAnswers(rows).map((entry) => entry.question)
 */
export function approvedAnswers(rows: readonly ReviewedRow[]): ApprovedAnswer[] {
  return rows
    .filter((row) => APPROVED.test(row.status ?? '') && row.answer !== '')
    .map((row) => {
      const verdict = (['Yes', 'No', 'Partially'] as const).find(
        (word) => word.toLowerCase() === row.yesNo.toLowerCase(),
      );
      return {
        question: row.question,
        answer: row.answer,
        ...(verdict ? { yesNo: verdict } : {}),
        ...(row.topic && TOPIC_IDS.includes(row.topic) ? { topic: row.topic } : {}),
        at: rowLabel(row.sheet, row.row),
      };
    });
}

const sameQuestion = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** An entry id from the question's first words: `Do you carry cyber insurance?` → `do-you-carry-cyber-insurance`. */
function idFor(question: string, taken: Set<string>): string {
  const words = question.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const base = words.slice(0, 7).join('-').slice(0, 56).replace(/-+$/, '') || 'answer';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * The approved answer library with `approved` merged in, as YAML text: an entry that already lists the question
 * gets the new answer (the reviewer's latest word), any other answer becomes a new entry. Comments, order and
 * every other entry stay as they were.
 * @example mergeApproved(undefined, approved, { by: 'jane@acme.example', on: '2026-12-04' }).text
 */
export function mergeApproved(
  text: string | undefined,
  approved: readonly ApprovedAnswer[],
  stamp: { by: string; on: string },
): { text: string; added: number; updated: number } {
  let document = parseDocument(text ?? 'answers: []\n');
  // An empty or comments-only file: its comments stay above the list.
  if (!isMap(document.contents)) document = parseDocument(`${text ?? ''}\nanswers: []\n`);
  let answers = document.get('answers') as YAMLSeq | undefined;
  if (!isSeq(answers)) {
    document.set('answers', document.createNode([]));
    answers = document.get('answers') as YAMLSeq;
  }
  // A list written `answers: []` would stay in flow style with every entry on one line.
  answers.flow = false;
  const entries = answers.items.filter(isMap);
  const taken = new Set(entries.map((entry) => String(entry.get('id'))));
  let added = 0;
  let updated = 0;
  for (const entry of approved) {
    const existing = entries.find((candidate) => {
      const questions = candidate.get('questions');
      return isSeq(questions) && questions.items.some((item) => sameQuestion(String(item), entry.question));
    });
    const fields = {
      ...(entry.topic ? { topic: entry.topic } : {}),
      answer: entry.answer,
      ...(entry.yesNo ? { yesNo: entry.yesNo } : {}),
      approvedBy: stamp.by,
      approvedOn: stamp.on,
      ...(entry.disputed ? { disputedWhenApproved: entry.disputed } : {}),
      ...(entry.mapFacts ? { mapWhenApproved: entry.mapFacts } : {}),
    };
    if (existing) {
      for (const [key, value] of Object.entries(fields)) existing.set(key, value);
      if (!entry.yesNo) existing.delete('yesNo');
      if (!entry.disputed) existing.delete('disputedWhenApproved');
      if (!entry.mapFacts) existing.delete('mapWhenApproved');
      updated++;
      continue;
    }
    const node = document.createNode({
      id: idFor(entry.question, taken),
      questions: [entry.question],
      ...fields,
    }) as YAMLMap;
    answers.add(node);
    entries.push(node);
    added++;
  }
  return { text: document.toString({ lineWidth: 0 }), added, updated };
}

export interface ApproveOptions {
  /** The review copy the reviewer marked (`.csv` or `.xlsx`). */
  input: string;
  /** The approved answer library to write; default `answers.yaml` in `root`. */
  library?: string;
  /** The folder of the map, where `answers.yaml` lives by default. */
  root?: string;
  /** Who approved: recorded on every entry. */
  by: string;
  now?: Date;
  /** The map's model and check results (tests, the server); otherwise the map in `root` is read, when there is one. */
  facts?: AnswerFacts;
}

export interface ApproveRun {
  library: string;
  approved: ApprovedAnswer[];
  /** Rows marked approved with an empty answer cell: nothing to approve, said so the reviewer is not surprised. */
  empty: string[];
  /** Whether the map was read, so each answer records the checks failing on its topic when it was approved. */
  baseline: boolean;
  added: number;
  updated: number;
}

/**
 * What an approved answer on `topic` is checked against later: the topic's checks failing now, and what the map says
 * at each entry the topic's answer rests on (the map pointers Trustmap's own answer to it cites).
 */
function baseline(facts: AnswerFacts, topic: string): Pick<ApprovedAnswer, 'disputed' | 'mapFacts'> {
  const composed = composeAnswer(topic, facts);
  const pointers =
    'answer' in composed
      ? composed.answer.sources.flatMap((source) => (source.kind === 'map' ? [source.pointer] : []))
      : [];
  return {
    disputed: disputesOf(facts, topic).map((dispute) => dispute.key),
    ...(pointers.length > 0 ? { mapFacts: mapDigests(facts.model.map, pointers) } : {}),
  };
}

/**
 * The model and check results of the map in `root`, or undefined where there is no map to read there (approving
 * into a library kept apart from any map). A map that is there but does not load is the person's to fix: its
 * located error stands.
 */
async function factsFor(options: ApproveOptions): Promise<AnswerFacts | undefined> {
  if (options.facts) return options.facts;
  if (!options.root) return undefined;
  const root = path.resolve(options.root);
  if (![...MAP_FILE_NAMES, MAP_FOLDER_NAME].some((name) => existsSync(path.join(root, name))))
    return undefined;
  const model = await assembleModel(root, { now: options.now, discover: false });
  return { model, results: runChecks(model).results };
}

/**
 * Moves the answers a reviewer marked "Approved" in a review copy into the approved answer library, so the next
 * run answers those questions with that text, high confidence and no review, and the buyer's copy carries them.
 * The library is checked as `answer` would read it before it is written, atomically.
 * @example await approveQuestionnaire({ input: 'globex-review.xlsx', root: '.', by: 'jane@acme.example' })
 */
export async function approveQuestionnaire(options: ApproveOptions): Promise<ApproveRun> {
  const format = formatOf(options.input);
  const bytes = await readInput(options.input);
  let rows: ReviewedRow[];
  if (format === 'csv') rows = reviewedCsvRows(readCsv(options.input, bytes));
  else {
    const { findQuestions, readWorkbook, reviewedRows } = await import('./workbook/xlsx.js');
    const workbook = readWorkbook(options.input, bytes);
    rows = reviewedRows(workbook, findQuestions(options.input, workbook));
  }
  if (!rows.some((row) => row.status !== undefined)) {
    throw new InputError([
      {
        location: { file: options.input, line: 1, col: 1 },
        message: 'no `Trustmap status` column: this is not a review copy',
        hint: 'answer the questionnaire with --out to get a review copy, write "Approved" in its Trustmap status column beside the answers you approve, then approve that file',
      },
    ]);
  }
  const library = path.resolve(options.library ?? path.join(options.root ?? '.', LIBRARY_FILE_NAME));
  const text = readLibraryText(library, true);
  // A library that does not read today is the person's to fix first: nothing is merged into it.
  if (text !== undefined) parseAnswerLibrary(library, text);
  let approved = approvedAnswers(rows);
  // With the map read, each answer records what already failed on its topic: a check failing later reopens it.
  const facts = approved.some((entry) => entry.topic) ? await factsFor(options) : undefined;
  if (facts)
    approved = approved.map((entry) => (entry.topic ? { ...entry, ...baseline(facts, entry.topic) } : entry));
  const empty = rows
    .filter((row) => APPROVED.test(row.status ?? '') && row.answer === '')
    .map((row) => rowLabel(row.sheet, row.row));
  const on = (options.now ?? new Date()).toISOString().slice(0, 10);
  const merged = mergeApproved(text, approved, { by: options.by, on });
  parseAnswerLibrary(library, merged.text);
  if (approved.length > 0) await writeFileAtomic(library, merged.text);
  return {
    library,
    approved,
    empty,
    baseline: facts !== undefined,
    added: merged.added,
    updated: merged.updated,
  };
}
