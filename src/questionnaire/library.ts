import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { InputError, type Problem } from '../errors/index.js';
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
  const lineCounter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, uniqueKeys: true });
  const at = (offset: number | undefined) => {
    const position = lineCounter.linePos(offset ?? 0);
    return { file, line: position.line, col: position.col };
  };
  if (document.errors.length > 0) {
    throw new InputError(
      document.errors.map((error) => ({
        location: at(error.pos[0]),
        message: `not valid YAML: ${error.message.split('\n')[0]}`,
        hint: 'answers.yaml holds `answers:`, a list of { id, questions, answer }',
      })),
    );
  }
  const parsed = LibrarySchema.safeParse(document.toJS() ?? {});
  if (!parsed.success) {
    const problems: Problem[] = parsed.error.issues.map((issue) => {
      const node = document.getIn(issue.path as (string | number)[], true) as
        | { range?: [number] }
        | undefined;
      return {
        location: at(node?.range?.[0]),
        message: `${issue.path.join('.') || 'answers.yaml'}: ${issue.message}`,
        hint: 'each entry is { id, questions: [...], answer, yesNo?, topic?, approvedBy?, approvedOn? }',
      };
    });
    throw new InputError(problems);
  }
  const entries = parsed.data.answers.map((entry, i) => {
    const node = document.getIn(['answers', i], true) as { range?: [number] } | undefined;
    return { ...entry, line: at(node?.range?.[0]).line };
  });
  return { file, entries };
}
