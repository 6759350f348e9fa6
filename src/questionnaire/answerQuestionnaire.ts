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
  type QuestionInput,
} from './answerQuestions.js';
import { type AnswerLibrary, parseAnswerLibrary } from './library.js';
import { addSentenceVectors, userSentenceCache } from './sentenceEncoder.js';
import { warmSentenceEncoder } from './sentenceWorkers.js';
import { recordQuestionnaire, summarizeQuestionnaire } from './stats.js';
import type { ColumnLayout } from './workbook/columns.js';
import { columnLetter } from './workbook/columns.js';
import { readCsv, writeCsv } from './workbook/csv.js';

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
  /** Store the questionnaire's counts under `.trustmap/questionnaires/` (default true when `out` is set). */
  record?: boolean;
  /** Scans the code next to the map (so undeclared providers qualify answers); `false` skips it. */
  discover?: DiscoverFunction | false;
  /**
   * Mix in the sentence model for the questions the word model is unsure of (default true): about 9 ms a question
   * encoded on each core, after a 1.1 s load in a worker that starts with the run; `false` keeps the word model and
   * BM25 alone.
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

async function readInput(file: string): Promise<Uint8Array> {
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

function formatOf(file: string): 'xlsx' | 'csv' {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.xlsx' || extension === '.xlsm') return 'xlsx';
  if (extension === '.csv') return 'csv';
  throw new UsageError(
    `cannot answer ${JSON.stringify(path.basename(file))}: only .xlsx and .csv questionnaires are supported`,
    'save the questionnaire as .xlsx or .csv',
  );
}

async function loadLibrary(
  file: string | undefined,
  root: string | undefined,
): Promise<AnswerLibrary | undefined> {
  const target = file ?? (root ? path.join(root, LIBRARY_FILE_NAME) : undefined);
  if (!target) return undefined;
  let text: string;
  try {
    text = readUserText(path.basename(target), {
      root: path.dirname(path.resolve(target)),
      maxBytes: MAX_MAP_BYTES,
      what: 'answer library',
    });
  } catch (error) {
    if (!file && error instanceof ReadRefused && error.code === 'missing') return undefined;
    if (error instanceof ReadRefused) throw error;
    throw new InputError([
      {
        location: { file: target, line: 1, col: 1 },
        message: `cannot read the answer library: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        hint: 'pass --answers <file> or create answers.yaml beside the map',
      },
    ]);
  }
  return parseAnswerLibrary(path.relative(process.cwd(), target) || target, text);
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
  // The encoder loads in a worker while the file and the map are read (most files have questions it must read).
  if (options.sentenceModel !== false) warmSentenceEncoder();
  const bytes = await readInput(options.input);
  const model =
    options.facts?.model ??
    (await assembleModel(options.map ?? '.', { now: options.now, discover: options.discover ?? false }));
  const results = options.facts?.results ?? runChecks(model).results;
  const library = await loadLibrary(options.library, model.map.source.root);
  const knowledge = prepareKnowledge(
    { model, results },
    library?.entries ?? [],
    library?.file ?? LIBRARY_FILE_NAME,
  );
  const overrides = { question: options.questionCol, answer: options.answerCol, yesNo: options.yesNoCol };
  // The sentence vectors are the one asynchronous step; matching and answering stay pure.
  const answerAll = async (inputs: QuestionInput[]) => {
    if (options.sentenceModel !== false)
      await addSentenceVectors(
        knowledge,
        inputs.map((input) => input.question),
        { cache: userSentenceCache(), onEncode: options.onEncode },
      );
    return answerQuestions(knowledge, inputs);
  };

  let questions: AnsweredQuestion[];
  let sheets: SheetSummary[];
  let output: Uint8Array | string;
  let kept: number;
  if (format === 'csv') {
    const csv = readCsv(options.input, bytes, overrides);
    questions = await answerAll(csv.questions);
    const written = writeCsv(csv, questions);
    ({ kept } = written);
    output = written.text;
    sheets = [{ sheet: 'csv', layout: csv.layout, questions: csv.questions.length }];
  } else {
    // Only XLSX questionnaires load the workbook reader.
    const { fillWorkbook, findQuestions, readWorkbook, writeWorkbook } = await import('./workbook/xlsx.js');
    const workbook = readWorkbook(options.input, bytes);
    const found = findQuestions(options.input, workbook, { ...overrides, sheet: options.sheet });
    questions = await answerAll(found.flatMap((sheet) => sheet.questions));
    ({ kept } = fillWorkbook(workbook, found, questions));
    output = writeWorkbook(workbook);
    sheets = found.map((sheet) => ({
      sheet: sheet.sheet,
      layout: sheet.layout,
      questions: sheet.questions.length,
    }));
  }

  if (questions.length === 0) {
    const first = sheets[0];
    throw new InputError([
      {
        location: {
          file: options.input,
          line: first?.layout.headerRow ?? 1,
          col: first?.layout.question ?? 1,
        },
        message: `no questions found${first ? ` under column ${columnLetter(first.layout.question)}, taken as the question column` : ''}`,
        hint: 'name the question column with --question-col (a letter or its header), and the sheet with --sheet',
      },
    ]);
  }

  const run: QuestionnaireRun = { questions, sheets, kept };
  if (options.out) {
    await writeFileAtomic(options.out, output);
    run.output = options.out;
  }
  if (options.record ?? Boolean(options.out)) {
    const record = summarizeQuestionnaire(questions, {
      date: model.now.toISOString().slice(0, 10),
      file: path.basename(options.input),
      buyer: options.buyer,
    });
    run.recordFile = await recordQuestionnaire(model.map.source.root, record);
  }
  return run;
}
