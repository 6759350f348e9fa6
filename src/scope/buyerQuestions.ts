import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { assertInsideRoot, readUserText } from '../io/index.js';

/** Topic counts from one answered questionnaire recorded under `.trustmap/questionnaires/`. */
export interface RecordedQuestionnaire {
  file: string;
  topics: Record<string, number>;
}

const MAX_RECORD_BYTES = 5 * 1024 * 1024;

function isCounts(value: unknown): value is Record<string, number> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((count) => typeof count === 'number' && Number.isFinite(count) && count >= 0)
  );
}

/**
 * Topic counts of a recorded questionnaire. Accepts `{ topics: { id: count } }` (also under `topicCounts` or
 * `counts`), or a list of questions or answers that each name a `topic` (or `topicId`).
 */
export function topicCounts(record: unknown): Record<string, number> | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const object = record as Record<string, unknown>;
  for (const key of ['topics', 'topicCounts', 'counts']) if (isCounts(object[key])) return object[key];
  for (const key of ['questions', 'answers', 'items']) {
    const list = object[key];
    if (!Array.isArray(list)) continue;
    const counts: Record<string, number> = {};
    for (const item of list) {
      const topic =
        (item as { topic?: unknown; topicId?: unknown } | null)?.topic ??
        (item as { topicId?: unknown } | null)?.topicId;
      if (typeof topic === 'string') counts[topic] = (counts[topic] ?? 0) + 1;
    }
    return counts;
  }
  return undefined;
}

/**
 * Reads `<root>/.trustmap/questionnaires/*.json`, written when questionnaires are answered. Files that are not
 * JSON or have no topic counts are skipped: they are records of past work, not input the user must fix.
 */
export async function readRecordedQuestionnaires(root: string): Promise<RecordedQuestionnaire[]> {
  const folder = path.join(root, '.trustmap', 'questionnaires');
  let names: string[];
  try {
    assertInsideRoot(root, folder, 'questionnaire records folder');
    names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return [];
  }
  const recorded: RecordedQuestionnaire[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    try {
      const relative = path.relative(root, file);
      const topics = topicCounts(JSON.parse(readUserText(relative, { root, maxBytes: MAX_RECORD_BYTES })));
      if (topics) recorded.push({ file: path.join('.trustmap', 'questionnaires', name), topics });
    } catch {
      // unreadable or not JSON: skipped, see above
    }
  }
  return recorded;
}
