// The second reading of the corpus (data/questionnaire/second-reading/): every question's label as the corpus first
// had it, as a second reader gave it without seeing the first, and, where the two disagreed, as an adjudicator chose
// between them without knowing which was which; and a third reader's labels for 400 public questions, to check the
// settled labels against. Repository data, read directly like the corpus.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCorpusLabel } from '../src/questionnaire/model/corpus.js';
import { OUT_OF_SCOPE } from '../src/questionnaire/model/softmax.js';

export const SECOND_READING_FILE = path.resolve('data/questionnaire/second-reading/2026-12-03.tsv');
/** The same second reading of our own files' questions (`trustmap-*`, always trained on), in the same format. */
export const OWN_READING_FILE = path.resolve('data/questionnaire/second-reading/2026-12-03-own.tsv');
export const THIRD_READING_FILE = path.resolve('data/questionnaire/second-reading/2026-12-03-third.tsv');

/** The key of a question in the readings: its source and its id in that source. */
export const readingKey = (source: string, id: string) => `${source}\u0000${id}`;

/** One question's three readings, each `oos` or topic ids joined by `+` (primary first). */
export interface Reading {
  source: string;
  id: string;
  first: string;
  second: string;
  /** Set only where the first two readings disagreed (`disagree`). */
  adjudicated?: string;
}

/** The rows of a tab-separated record after its header (which must be `header`), each split into `width` fields. */
function readTable(file: string, header: string, width: number): string[][] {
  const [first, ...lines] = readFileSync(file, 'utf8').replace(/\n+$/, '').split('\n');
  if (first !== header) throw new Error(`${file}:1: expected the header ${JSON.stringify(header)}`);
  return lines.map((line, i) => {
    const fields = line.split('\t');
    if (fields.length !== width) throw new Error(`${file}:${i + 2}: expected ${width} tab-separated fields`);
    return fields;
  });
}

/**
 * Reads the tab-separated record: a header, then `source id first second adjudicated` rows.
 * @example readSecondReading().length // 2378
 */
export function readSecondReading(file = SECOND_READING_FILE): Reading[] {
  return readTable(file, 'source\tid\tfirst\tsecond\tadjudicated', 5).map(
    ([source, id, first, second, adjudicated]) => ({
      source: source!,
      id: id!,
      first: first!,
      second: second!,
      ...(adjudicated ? { adjudicated } : {}),
    }),
  );
}

/**
 * The third reading: 400 of the public questions drawn at random, labelled by a reader who saw neither earlier
 * reading nor the adjudication, to check the settled labels against. By `source` and `id`, as `label`.
 * @example readThirdReading().get('hecvat\u0000AIML-08')
 */
export function readThirdReading(file = THIRD_READING_FILE): Map<string, string> {
  return new Map(
    readTable(file, 'source\tid\tthird', 3).map(
      ([source, id, third]) => [readingKey(source!, id!), third!] as const,
    ),
  );
}

const isOut = (label: string) => parseCorpusLabel(label)[0] === OUT_OF_SCOPE;

/**
 * Whether two readings disagree: one says out of scope and the other names a topic, or both name topics and share
 * none. Bundled labels that share a topic ("encryption-at-rest" and "encryption-at-rest+encryption-in-transit")
 * agree. These are the rows that went to the adjudicator.
 * @example disagree('oos', 'mfa') // true
 */
export function disagree(first: string, second: string): boolean {
  if (isOut(first) || isOut(second)) return isOut(first) !== isOut(second);
  const topics = new Set(parseCorpusLabel(first));
  return !parseCorpusLabel(second).some((topic) => topics.has(topic));
}

/** The label the corpus carries after the second reading: the adjudicator's where there was one, else the first. */
export const settledLabel = (reading: Reading): string => reading.adjudicated ?? reading.first;

/** How far the second reader, scored like the model on the first reading's labels, agrees with it. */
export interface Agreement {
  questions: number;
  /** In scope by the first reading, and the second reader's primary topic is among its labels. */
  inScope: number;
  rightTopic: number;
  /** Out of scope by the first reading, and out of scope by the second too. */
  outOfScope: number;
  outOfScopeBlank: number;
  /** Both say in or out of scope alike. */
  scopeAgrees: number;
  /** Both in scope, with the same primary topic. */
  bothInScope: number;
  samePrimary: number;
  disagreements: number;
  /** Of the disagreements, how often the adjudicator chose the first reading's label, and the second's. */
  sidedWithFirst: number;
  sidedWithSecond: number;
}

/**
 * The second reader measured as the model is (right topic on in-scope questions, blanks on out-of-scope ones),
 * against the first reading, plus how the adjudicator settled the disagreements. Pure.
 * @example agreement(readSecondReading()).rightTopic
 */
export function agreement(readings: readonly Reading[]): Agreement {
  const tally: Agreement = {
    questions: readings.length,
    inScope: 0,
    rightTopic: 0,
    outOfScope: 0,
    outOfScopeBlank: 0,
    scopeAgrees: 0,
    bothInScope: 0,
    samePrimary: 0,
    disagreements: 0,
    sidedWithFirst: 0,
    sidedWithSecond: 0,
  };
  for (const { first, second, adjudicated } of readings) {
    const firstTopics = parseCorpusLabel(first);
    const secondPrimary = parseCorpusLabel(second)[0]!;
    if (isOut(first)) {
      tally.outOfScope++;
      if (isOut(second)) tally.outOfScopeBlank++;
    } else {
      tally.inScope++;
      if (!isOut(second) && firstTopics.includes(secondPrimary)) tally.rightTopic++;
    }
    if (isOut(first) === isOut(second)) tally.scopeAgrees++;
    if (!isOut(first) && !isOut(second)) {
      tally.bothInScope++;
      if (firstTopics[0] === secondPrimary) tally.samePrimary++;
    }
    if (disagree(first, second)) {
      tally.disagreements++;
      if (adjudicated === first) tally.sidedWithFirst++;
      else if (adjudicated === second) tally.sidedWithSecond++;
    }
  }
  return tally;
}
