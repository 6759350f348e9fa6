import { isConfirmed } from '../../core/vocabulary.js';
import type { Model } from '../../model/index.js';
import { holdForReview } from './refs.js';
import type { Answer, AnswerSource } from './types.js';

/** Map sections whose entries carry `status`, keyed by the first segment of a map pointer. */
const SECTIONS = ['components', 'dataClasses', 'flows', 'subprocessors', 'aiSystems', 'evidence'] as const;

function entryAt(model: Model, pointer: string): { status?: string } | undefined {
  const [section, id] = pointer.split('/');
  if (section === 'organization' && id === 'commitments') return model.map.organization.commitments;
  if (section === 'tenancy') return model.map.tenancy;
  if (!SECTIONS.includes(section as (typeof SECTIONS)[number])) return undefined;
  const list = (model.map as unknown as Record<string, { id: string; status?: string }[]>)[section!];
  return list?.find((entry) => entry.id === id);
}

/** The map entries an answer rests on that are still `status: proposed`, as `section/id`. */
export function proposedSupport(model: Model, sources: readonly AnswerSource[]): string[] {
  const found = new Set<string>();
  for (const source of sources) {
    const pointer =
      source.kind === 'map'
        ? source.pointer
        : source.kind === 'evidence'
          ? `evidence/${source.id}`
          : undefined;
    if (!pointer) continue;
    const entry = entryAt(model, pointer);
    if (entry && !isConfirmed(entry)) found.add(pointer.split('/').slice(0, 2).join('/'));
  }
  return [...found].sort();
}

/**
 * A proposed entry is not fact: an answer resting on one loses its Yes/No and goes to review, naming the
 * entries to confirm (`proposed`), so that `answerQuestions` keeps it out of the buyer's file as a draft.
 */
export function holdProposed(answer: Answer, model: Model): Answer {
  const proposed = proposedSupport(model, answer.sources);
  if (proposed.length === 0) return answer;
  return {
    ...holdForReview(
      answer,
      `it rests on proposed map entries (${proposed.join(', ')}); confirm them before sending`,
    ),
    proposed,
  };
}
