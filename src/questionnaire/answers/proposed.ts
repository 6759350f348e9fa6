import { type Model, proposedSupport as modelProposedSupport } from '../../model/index.js';
import { holdForReview } from './refs.js';
import type { Answer, AnswerSource } from './types.js';

/**
 * The map entries an answer rests on that are still proposed, as `section/id`: the model's one test
 * (`proposedSupport`), with a cited evidence file read as its map entry.
 */
export function proposedSupport(model: Model, sources: readonly AnswerSource[]): string[] {
  return modelProposedSupport(
    model,
    sources.map((source) =>
      source.kind === 'evidence' ? { kind: 'map' as const, pointer: `evidence/${source.id}` } : source,
    ),
  ).sort();
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
