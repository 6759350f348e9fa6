import { z } from 'zod';
import { sha256Of } from '../core/canonicalJson.js';
import { ENTRY_STATUSES } from '../core/vocabulary.js';
import { InputError } from '../errors/index.js';
import { mapValueAt, parseYaml, singleSource, validateWith } from '../map/index.js';
import { TOPIC_IDS } from './topics/index.js';

const LibraryEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'ids use lowercase letters, digits and dashes'),
  topic: z
    .string()
    .refine((topic) => TOPIC_IDS.includes(topic), 'not a known topic id (see docs/questionnaire.md)')
    .optional(),
  questions: z.array(z.string().min(1)).min(1, 'give at least one question this answer is for'),
  answer: z.string().min(1, 'must not be empty'),
  yesNo: z.enum(['Yes', 'No', 'Partially']).optional(),
  approvedBy: z.string().optional(),
  approvedOn: z.union([z.string(), z.date()]).optional(),
  /**
   * The checks that already failed on the topic when a person approved the answer (`checkId:subject`), written by
   * `questionnaire approve`: a check failing later that is not among them sends the answer back to review.
   */
  disputedWhenApproved: z.array(z.string()).optional(),
  /**
   * What the map said, when the answer was approved, at each entry the answer rests on (pointer → digest, written by
   * `questionnaire approve`): a change there, which no check may judge (a new sub-processor, a retention period),
   * sends the answer back to review.
   */
  mapWhenApproved: z.record(z.string(), z.string()).optional(),
});

const LibrarySchema = z.strictObject({ answers: z.array(LibraryEntrySchema).default([]) });

/** An answer a person approved, reused when a question matches one of its phrasings closely. */
export type LibraryEntry = z.output<typeof LibraryEntrySchema> & { line: number };

/** The approved answer library (`answers.yaml`). */
export interface AnswerLibrary {
  file: string;
  entries: LibraryEntry[];
}

/**
 * Parses an approved answer library. Throws `InputError` with file:line:col for every problem.
 * @example parseAnswerLibrary('answers.yaml', 'answers:\n  - { id: insurance, questions: [..], answer: ".." }')
 */
export function parseAnswerLibrary(file: string, text: string): AnswerLibrary {
  // The map's YAML reader: positions, and refusal of alias bombs and absurd nesting before they cost anything.
  const read = parseYaml(file, text.replace(/^\uFEFF/, ''));
  if ('problems' in read) {
    throw new InputError(
      read.problems.map((problem) => ({
        ...problem,
        message: `not valid YAML: ${problem.message}`,
        hint: problem.hint ?? 'answers.yaml holds `answers:`, a list of { id, questions, answer }',
      })),
    );
  }
  const source = singleSource(read.parsed);
  const parsed = validateWith(
    LibrarySchema,
    { ...source, value: (read.parsed.value ?? {}) as Record<string, unknown> },
    'answers.yaml',
  );
  if ('problems' in parsed) throw new InputError(parsed.problems);
  const entries = parsed.data.answers.map((entry, i) => ({
    ...entry,
    line: source.locate(['answers', i]).line,
  }));
  return { file, entries };
}

/**
 * What the map says at each pointer an answer rests on, as a short digest: recorded when the answer is approved
 * (`mapWhenApproved`), compared each time it is used. Whether an entry is proposed or confirmed is left out (a person
 * confirming what the answer said changes nothing it says); `removed` where the map no longer holds the pointer.
 * @example mapDigests(model.map, ['tenancy/trainingDefault']) // { 'tenancy/trainingDefault': '3f9a1c…' }
 */
export function mapDigests(map: object, pointers: readonly string[]): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const pointer of [...new Set(pointers)].sort()) {
    const value = mapValueAt(map, pointer);
    digests[pointer] = value === undefined ? 'removed' : sha256Of(withoutEntryStatus(value)).slice(0, 16);
  }
  return digests;
}

function withoutEntryStatus(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEntryStatus);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, child]) => !(key === 'status' && (ENTRY_STATUSES as readonly unknown[]).includes(child)))
      .map(([key, child]) => [key, withoutEntryStatus(child)]),
  );
}
