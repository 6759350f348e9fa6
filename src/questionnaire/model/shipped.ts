import { type SentenceModel, unpackSentenceModel } from './dense.js';
import { PACKED_SENTENCE_MODEL } from './sentenceWeights.js';
import { unpackModel } from './serialize.js';
import type { TopicModel } from './softmax.js';
import { PACKED_MODEL } from './weights.js';

let cached: TopicModel | undefined;

/**
 * The topic model trained on the labelled corpus and committed with the code; unpacked once, on first use.
 * @example classify(shippedTopicModel(), 'Is MFA enforced?')[0].label // 'mfa'
 */
export function shippedTopicModel(): TopicModel {
  cached ??= unpackModel(PACKED_MODEL);
  return cached;
}

let cachedSentence: SentenceModel | undefined;

/**
 * The sentence model trained on the corpus's sentence vectors (the third opinion, see `model/dense.ts`).
 * @example sentenceProbabilities(shippedSentenceModel(), vector)
 */
export function shippedSentenceModel(): SentenceModel {
  cachedSentence ??= unpackSentenceModel(PACKED_SENTENCE_MODEL);
  return cachedSentence;
}
