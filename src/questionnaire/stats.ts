import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { assertInsideRoot, ensureDir, readUserText, writeFileAtomic } from '../io/index.js';

const MAX_RECORD_BYTES = 5 * 1024 * 1024;

import type { AnsweredQuestion } from './answerQuestions.js';
import { TOPICS } from './topics/index.js';

/** One answered questionnaire, as stored under `<map root>/.trustmap/questionnaires/`. */
export interface QuestionnaireRecord {
  format: 'trustmap.questionnaire/v1';
  /** ISO date the questionnaire was answered. */
  date: string;
  buyer?: string;
  /** File name of the buyer's questionnaire (no folder). */
  file: string;
  questions: number;
  answered: number;
  review: number;
  blank: number;
  outOfScope: number;
  /** Questions per topic id (primary topic; bundled second topics counted too). */
  topics: Record<string, number>;
  /** Questions on AI topics (the ISO/IEC 42001 signal). */
  aiQuestions: number;
}

/** What `trustmap scope` reads: how often buyers ask, and about what. */
export interface QuestionnaireStats {
  questionnaires: number;
  questions: number;
  /** Questions per topic id across all questionnaires. */
  topics: Record<string, number>;
  aiQuestions: number;
  /** Questions on the `ai-governance` topic alone. */
  aiGovernanceQuestions: number;
  /** Buyers named with `--buyer`, in date order. */
  buyers: string[];
  records: QuestionnaireRecord[];
}

export const QUESTIONNAIRES_FOLDER = path.join('.trustmap', 'questionnaires');
const AI_TOPICS = new Set(TOPICS.filter((topic) => topic.ai).map((topic) => topic.id));

/**
 * Summarises answered questions into the record that is stored. Pure.
 * @example summarizeQuestionnaire(answers, { date: '2026-11-26', file: 'acme.xlsx', buyer: 'Globex' })
 */
export function summarizeQuestionnaire(
  answers: readonly AnsweredQuestion[],
  meta: { date: string; file: string; buyer?: string },
): QuestionnaireRecord {
  const topics: Record<string, number> = {};
  let aiQuestions = 0;
  for (const answer of answers) {
    const asked = [answer.topic, answer.also].filter((topic): topic is string => Boolean(topic));
    for (const topic of asked) topics[topic] = (topics[topic] ?? 0) + 1;
    if (asked.some((topic) => AI_TOPICS.has(topic))) aiQuestions++;
  }
  const count = (status: AnsweredQuestion['status']) =>
    answers.filter((answer) => answer.status === status).length;
  return {
    format: 'trustmap.questionnaire/v1',
    date: meta.date,
    ...(meta.buyer ? { buyer: meta.buyer } : {}),
    file: meta.file,
    questions: answers.length,
    answered: count('answered'),
    review: count('review'),
    blank: count('blank'),
    outOfScope: answers.filter((answer) => answer.topic === null).length,
    topics: Object.fromEntries(Object.entries(topics).sort(([a], [b]) => a.localeCompare(b))),
    aiQuestions,
  };
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'questionnaire';

/** Stores the record under `<root>/.trustmap/questionnaires/<date>-<buyer or file>.json`; returns the path. */
export async function recordQuestionnaire(root: string, record: QuestionnaireRecord): Promise<string> {
  const folder = path.join(root, QUESTIONNAIRES_FOLDER);
  assertInsideRoot(root, folder, 'questionnaire records folder');
  await ensureDir(folder);
  assertInsideRoot(root, folder, 'questionnaire records folder');
  const base = `${record.date}-${slug(record.buyer ?? path.parse(record.file).name)}`;
  const existing = new Set(await readdir(folder));
  let name = `${base}.json`;
  for (let n = 2; existing.has(name); n++) name = `${base}-${n}.json`;
  const file = path.join(folder, name);
  await writeFileAtomic(file, `${JSON.stringify(record, null, 2)}\n`);
  return file;
}

function isRecord(value: unknown): value is QuestionnaireRecord {
  const record = value as QuestionnaireRecord;
  return (
    typeof value === 'object' &&
    value !== null &&
    record.format === 'trustmap.questionnaire/v1' &&
    typeof record.date === 'string' &&
    typeof record.questions === 'number' &&
    typeof record.topics === 'object' &&
    record.topics !== null
  );
}

/**
 * Reads every recorded questionnaire under `<root>/.trustmap/questionnaires/` and totals them. Files that are
 * not questionnaire records are skipped. An absent folder means no questionnaires.
 * @example const stats = await readQuestionnaireStats('examples/acme-ai'); stats.aiGovernanceQuestions
 */
export async function readQuestionnaireStats(root: string): Promise<QuestionnaireStats> {
  const folder = path.join(root, QUESTIONNAIRES_FOLDER);
  let names: string[] = [];
  try {
    assertInsideRoot(root, folder, 'questionnaire records folder');
    names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  } catch {
    names = [];
  }
  const records: QuestionnaireRecord[] = [];
  for (const name of names) {
    try {
      const parsed: unknown = JSON.parse(
        readUserText(path.join(QUESTIONNAIRES_FOLDER, name), { root, maxBytes: MAX_RECORD_BYTES }),
      );
      if (isRecord(parsed)) records.push(parsed);
    } catch {
      // A corrupt or foreign file must not stop `trustmap scope`; it simply does not count.
    }
  }
  records.sort((a, b) => a.date.localeCompare(b.date));
  const topics: Record<string, number> = {};
  for (const record of records)
    for (const [topic, count] of Object.entries(record.topics)) topics[topic] = (topics[topic] ?? 0) + count;
  return {
    questionnaires: records.length,
    questions: records.reduce((sum, record) => sum + record.questions, 0),
    topics,
    aiQuestions: records.reduce((sum, record) => sum + (record.aiQuestions ?? 0), 0),
    aiGovernanceQuestions: topics['ai-governance'] ?? 0,
    buyers: records.flatMap((record) => (record.buyer ? [record.buyer] : [])),
    records,
  };
}
