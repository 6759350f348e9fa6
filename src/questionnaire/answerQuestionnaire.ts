import { stat } from 'node:fs/promises';
import path from 'node:path';
import { runChecks } from '../controls/index.js';
import type { CheckResult } from '../controls/types.js';
import { InputError, UsageError } from '../errors/index.js';
import { ReadRefused, readUserFile, readUserText, writeFileAtomic } from '../io/index.js';
import { MAX_MAP_BYTES } from '../map/index.js';
import { assembleModel, type DiscoverFunction, type Model } from '../model/index.js';
import {
  type AnsweredQuestion,
  answerQuestions,
  prepareKnowledge,
  prepareReader,
  type QuestionInput,
} from './answerQuestions.js';
import { type AnswerLibrary, parseAnswerLibrary } from './library.js';
import { addCachedSentenceVectors, addSentenceVectors, userSentenceCache } from './sentenceEncoder.js';
import { releaseSentenceEncoder, rememberAnswered, warmSentenceEncoder } from './sentenceWorkers.js';
import { recordQuestionnaire, summarizeQuestionnaire } from './stats.js';
import type { ColumnLayout } from './workbook/columns.js';
import { columnLetter, STATUS_HEADER } from './workbook/columns.js';
import { csvColumn, readCsv, writeCsv } from './workbook/csv.js';

/** Buyers' files are small; anything bigger is the wrong file and is refused before it is read. */
export const MAX_QUESTIONNAIRE_BYTES = 50 * 1024 * 1024;
export const LIBRARY_FILE_NAME = 'answers.yaml';
/** A CSV questionnaire of 50,000 rows is a few MB; the limit is checked before the file is read. */
const MAX_CSV_BYTES = 20 * 1024 * 1024;

export interface AnswerQuestionnaireOptions {
  /** The buyer's questionnaire: `.xlsx` or `.csv`. */
  input: string;
  /** Where to write the filled copy (same format as the input); omit to only compute answers. */
  out?: string;
  /** The system map (file or folder). Default `.`. */
  map?: string;
  /** The approved answer library; default `answers.yaml` beside the map, when it exists. */
  library?: string;
  questionCol?: string;
  answerCol?: string;
  yesNoCol?: string;
  sheet?: string;
  buyer?: string;
  now?: Date;
  /**
   * Which copy to write: `review` (default) marks every answer's status, confidence, sources and note for the
   * reviewer; `buyer` writes the file as it goes to the buyer, with no Trustmap mark and only the answers that need
   * no review (approved library answers, high-confidence answers on confirmed facts).
   */
  copy?: 'review' | 'buyer';
  /** Store the questionnaire's counts under `.trustmap/questionnaires/` (default true when `out` is set and `copy` is not `buyer`). */
  record?: boolean;
  /** Scans the code next to the map (so undeclared providers qualify answers); `false` skips it. */
  discover?: DiscoverFunction | false;
  /**
   * Mix in the sentence model for the questions the word model is unsure of (default true): about 9 ms a question
   * encoded on each core, after a 0.5-0.9 s load in a worker, started once the questionnaire is read and some question
   * needs it (the user's cache does not hold its vector), while the map loads; `false` keeps the word model and BM25
   * alone.
   */
  sentenceModel?: boolean;
  /** Told how many questions the sentence encoder is about to read (none from the cache): the slow part of a first run. */
  onEncode?: (questions: number) => void;
  /** A model and results computed already (tests, the server); skips loading the map. */
  facts?: { model: Model; results: readonly CheckResult[] };
}

/** One sheet's layout, for the summary line. */
export interface SheetSummary {
  sheet: string;
  layout: ColumnLayout;
  questions: number;
}

export interface QuestionnaireRun {
  questions: AnsweredQuestion[];
  sheets: SheetSummary[];
  /** Answers not written because the buyer's cell already had one. */
  kept: number;
  output?: string;
  /** The stored stats record, when one was written. */
  recordFile?: string;
}

/** The questionnaire's bytes, refused before reading when it is not a file or is too large. */
export async function readInput(file: string): Promise<Uint8Array> {
  const location = { file, line: 1, col: 1 };
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('EISDIR');
    size = info.size;
  } catch (error) {
    throw new InputError([
      {
        location,
        message: `cannot read the questionnaire: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        hint: 'check the path',
      },
    ]);
  }
  if (size > MAX_QUESTIONNAIRE_BYTES) {
    throw new InputError([
      {
        location,
        message: `the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_QUESTIONNAIRE_BYTES / 1024 / 1024} MB limit for a questionnaire`,
        hint: 'pass the questionnaire itself, without embedded attachments',
      },
    ]);
  }
  const limit = path.extname(file).toLowerCase() === '.csv' ? MAX_CSV_BYTES : MAX_QUESTIONNAIRE_BYTES;
  return new Uint8Array(
    readUserFile(path.basename(file), {
      root: path.dirname(path.resolve(file)),
      maxBytes: limit,
      what: 'questionnaire',
    }),
  );
}

/** `xlsx` or `csv` by the file's extension; a usage error otherwise. */
export function formatOf(file: string): 'xlsx' | 'csv' {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.xlsx' || extension === '.xlsm') return 'xlsx';
  if (extension === '.csv') return 'csv';
  throw new UsageError(
    `cannot answer ${JSON.stringify(path.basename(file))}: only .xlsx and .csv questionnaires are supported`,
    'save the questionnaire as .xlsx or .csv',
  );
}

/**
 * The approved answer library's text, through the bounded reader; undefined when it does not exist and `missingOk`
 * (the default `answers.yaml` beside a map, or a library `approve` is about to start). Any other failure is a located
 * `InputError`.
 */
export function readLibraryText(target: string, missingOk: boolean): string | undefined {
  try {
    return readUserText(path.basename(target), {
      root: path.dirname(path.resolve(target)),
      maxBytes: MAX_MAP_BYTES,
      what: 'answer library',
    });
  } catch (error) {
    if (missingOk && error instanceof ReadRefused && error.code === 'missing') return undefined;
    if (error instanceof ReadRefused) throw error;
    throw new InputError([
      {
        location: { file: target, line: 1, col: 1 },
        message: `cannot read the answer library: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        hint: 'pass --answers <file> or create answers.yaml beside the map',
      },
    ]);
  }
}

async function loadLibrary(
  file: string | undefined,
  root: string | undefined,
): Promise<AnswerLibrary | undefined> {
  const target = file ?? (root ? path.join(root, LIBRARY_FILE_NAME) : undefined);
  if (!target) return undefined;
  const text = readLibraryText(target, !file);
  if (text === undefined) return undefined;
  return parseAnswerLibrary(path.relative(process.cwd(), target) || target, text);
}

/** A questionnaire read: its questions and sheets, and how to write a copy with the answers filled in. */
interface ReadQuestionnaire {
  questions: QuestionInput[];
  sheets: SheetSummary[];
  write(answers: readonly AnsweredQuestion[]): { kept: number; output: Uint8Array | string };
  /** Where the file shows it is a Trustmap review copy (its `Trustmap status` header), 1-based. */
  reviewCopy?: { row: number; col: number };
}

/** Finds the questions of a CSV or XLSX file; fails with where it looked when there are none. */
async function readQuestionnaire(
  format: 'xlsx' | 'csv',
  options: AnswerQuestionnaireOptions,
  bytes: Uint8Array,
): Promise<ReadQuestionnaire> {
  const overrides = { question: options.questionCol, answer: options.answerCol, yesNo: options.yesNoCol };
  let read: ReadQuestionnaire;
  if (format === 'csv') {
    const csv = readCsv(options.input, bytes, overrides);
    const statusAt = csvColumn(csv, STATUS_HEADER);
    read = {
      ...(statusAt ? { reviewCopy: { row: csv.layout.headerRow, col: statusAt } } : {}),
      questions: csv.questions,
      sheets: [{ sheet: 'csv', layout: csv.layout, questions: csv.questions.length }],
      write: (answers) => {
        const written = writeCsv(csv, answers, options.copy);
        return { kept: written.kept, output: written.text };
      },
    };
  } else {
    // Only XLSX questionnaires load the workbook reader.
    const { fillWorkbook, findQuestions, readWorkbook, reviewCopyAt, writeWorkbook } = await import(
      './workbook/xlsx.js'
    );
    const workbook = readWorkbook(options.input, bytes);
    const found = findQuestions(options.input, workbook, { ...overrides, sheet: options.sheet });
    const reviewCopy = reviewCopyAt(workbook, found);
    read = {
      ...(reviewCopy ? { reviewCopy } : {}),
      questions: found.flatMap((sheet) => sheet.questions),
      sheets: found.map((sheet) => ({
        sheet: sheet.sheet,
        layout: sheet.layout,
        questions: sheet.questions.length,
      })),
      write: (answers) => {
        const { kept } = fillWorkbook(workbook, found, answers, options.copy);
        return { kept, output: writeWorkbook(workbook) };
      },
    };
  }
  if (read.questions.length === 0) {
    const first = read.sheets[0];
    throw new InputError([
      {
        location: {
          file: options.input,
          line: Math.max(1, first?.layout.headerRow ?? 1),
          col: first?.layout.question ?? 1,
        },
        message: `no questions found${first ? ` under column ${columnLetter(first.layout.question)}, taken as the question column` : ''}`,
        hint: 'name the question column with --question-col (a letter or its header), and the sheet with --sheet',
      },
    ]);
  }
  return read;
}

/**
 * Answers a buyer's questionnaire from the map: reads the file, finds questions, answers them from the model,
 * check results and approved library, writes a filled copy atomically, and records the counts per topic.
 * @example await answerQuestionnaire({ input: 'buyer.xlsx', out: 'buyer-answered.xlsx', map: '.', now })
 */
export async function answerQuestionnaire(options: AnswerQuestionnaireOptions): Promise<QuestionnaireRun> {
  const format = formatOf(options.input);
  if (options.out && formatOf(options.out) !== format)
    throw new UsageError(`--out must be a .${format} file like the input`, `e.g. --out answered.${format}`);
  const bytes = await readInput(options.input);
  // The questionnaire is read before the map, so the sentence encoder starts loading only when some question needs
  // it (the cache does not hold them all), in a worker while the map loads.
  const read = await readQuestionnaire(format, options, bytes);
  // A review copy holds drafts (as answers the file "already has") and Trustmap's columns: a buyer's copy made from it
  // would send both.
  if (options.copy === 'buyer' && read.reviewCopy)
    throw new InputError([
      {
        location: { file: options.input, line: read.reviewCopy.row, col: read.reviewCopy.col },
        message:
          "this is a Trustmap review copy (it has a `Trustmap status` column): its drafts and Trustmap's columns would go to the buyer",
        hint: "write the buyer's copy from the buyer's original file; put the answers you approve into answers.yaml with `trustmap questionnaire approve`",
      },
    ]);
  const inputs = read.questions;
  const reader = prepareReader();
  const texts = inputs.map((input) => input.question);
  const sentence = { cache: userSentenceCache(), onEncode: options.onEncode };
  if (options.sentenceModel !== false) {
    if (addCachedSentenceVectors(reader, texts, sentence).length > 0) warmSentenceEncoder();
    // A caller that warmed the encoder early (the CLI does) frees the other core before the map loads.
    else releaseSentenceEncoder();
  }

  const model =
    options.facts?.model ??
    (await assembleModel(options.map ?? '.', { now: options.now, discover: options.discover ?? false }));
  const results = options.facts?.results ?? runChecks(model).results;
  const library = await loadLibrary(options.library, model.map.source.root);
  // The sentence vectors are the one asynchronous step; matching and answering stay pure.
  if (options.sentenceModel !== false) {
    await addSentenceVectors(reader, texts, sentence);
    if (sentence.cache) rememberAnswered(options.input);
  }
  const knowledge = prepareKnowledge(
    { model, results },
    library?.entries ?? [],
    library?.file ?? LIBRARY_FILE_NAME,
    reader,
  );
  const questions = answerQuestions(knowledge, inputs);
  const { kept, output } = read.write(questions);
  const run: QuestionnaireRun = { questions, sheets: read.sheets, kept };
  if (options.out) {
    await writeFileAtomic(options.out, output);
    run.output = options.out;
  }
  // The buyer's copy is the same questionnaire as its review copy: it is counted once.
  if (options.record ?? (Boolean(options.out) && options.copy !== 'buyer')) {
    const record = summarizeQuestionnaire(questions, {
      date: model.now.toISOString().slice(0, 10),
      file: path.basename(options.input),
      buyer: options.buyer,
    });
    run.recordFile = await recordQuestionnaire(model.map.source.root, record);
  }
  return run;
}
