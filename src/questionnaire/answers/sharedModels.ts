import { trainingOnCustomerData } from './trainingAnswers.js';
import type { Answer, AnswerFacts } from './types.js';
import { applyChecks } from './verdict.js';

/** Topics a question on models shared across customers is matched to. */
export const SHARED_MODELS_NEAR_TOPICS = new Set(['ai-tenant-isolation', 'tenant-segregation']);

/** What the reviewer is told: the map records training and retrieval, not which deployment serves which customer. */
const SHARED_MODELS_REVIEW =
  'the question asks whether models, fine-tunes or adapters are shared across customers: the answer says what the map records of training on customer data and of how retrieval keeps customers apart; confirm no model or adapter built from one customer’s data serves another';

/**
 * Whether models, fine-tunes, adapters or embedding spaces are shared across customers or built from more than one
 * customer's data ("Are any models, fine-tunes, adapters, or embedding spaces shared across customers?"): the
 * isolation paragraph answered only the embedding spaces (every review of 2026-12-06 with a security-review set);
 * what trains on customer data answers the models. The training answer, with its own checks, goes before `isolation`
 * (the matched topic's answer, whose checks the caller applies). Never sent without review. Pure.
 */
export function withModelsShared(isolation: Answer, facts: AnswerFacts): Answer | { missing: string } {
  const built = trainingOnCustomerData(facts);
  // With nothing on record of what trains on customer data, the isolation paragraph alone answers another question
  // (codel, Yuxi-Know: the retrieval filters, given as the answer to whether fine-tunes are shared across customers).
  if (!built || 'missing' in built)
    return {
      missing: `the question asks whether models, fine-tunes or adapters are shared across customers, and the map does not say whether models are trained on customer data${built ? ` (${built.missing})` : ''}`,
    };
  const training = applyChecks(built, facts, 'ai-training-on-customer-data');
  const { yesNo: _isolationVerdict, ...rest } = isolation;
  return {
    ...rest,
    text: `${training.text} ${isolation.text}`,
    sources: [...training.sources, ...isolation.sources],
    review: [training.review, isolation.review, SHARED_MODELS_REVIEW].filter(Boolean).join('; '),
  };
}
