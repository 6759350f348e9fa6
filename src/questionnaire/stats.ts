import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { assertInsideRoot, ensureDir, writeFileAtomic } from '../io/index.js';

import type { AnsweredQuestion } from './answerQuestions.js';
import { TOPICS } from './topics/index.js';

/**
 * One answered questionnaire, as stored under `<map root>/.trustmap/questionnaires/`. The one reader of these
 * records is `readRecordedQuestionnaires` in `src/scope/` (a lower stage), which `trustmap scope` uses.
 */
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
