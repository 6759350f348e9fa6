import { type ClassScore, OUT_OF_SCOPE } from '../model/softmax.js';
import type { MatchConfidence, QuestionMatch } from './matcher.js';

/** Where the combined confidence levels start. Fixed before the cross-validation was run (docs/questionnaire.md). */
export interface DecisionThresholds {
  /** Model probability for `high`, which also needs BM25 to agree with at least medium confidence. */
  high: number;
  /** Model probability for `medium` on its own. */
  medium: number;
}

export const DEFAULT_DECISION: DecisionThresholds = { high: 0.55, medium: 0.3 };

/** What the two opinions decide together. */
export interface Decision {
  topic: string | null;
  closest: string | null;
  confidence: MatchConfidence;
  probability: number;
}

/**
 * Combines the trained model (first opinion) with the BM25 matcher (second opinion): `high` only when both agree
 * strongly; out of scope when the out-of-scope class wins, or when neither is confident.
 * @example decide(classify(model, q), matchQuestion(matcher, q))
 */
export function decide(
  ranked: readonly ClassScore[],
  bm25: Pick<QuestionMatch, 'closest' | 'confidence'>,
  thresholds: DecisionThresholds = DEFAULT_DECISION,
): Decision {
  const top = ranked[0];
  const bestTopic = ranked.find((score) => score.label !== OUT_OF_SCOPE);
  if (!top || top.label === OUT_OF_SCOPE)
    return {
      topic: null,
      closest: bestTopic?.label ?? null,
      confidence: 'low',
      probability: top?.probability ?? 0,
    };
  const agrees = bm25.closest === top.label && bm25.confidence !== 'low';
  const confidence: MatchConfidence =
    top.probability >= thresholds.high && agrees
      ? 'high'
      : top.probability >= thresholds.medium || agrees
        ? 'medium'
        : 'low';
  return {
    topic: confidence === 'low' ? null : top.label,
    closest: top.label,
    confidence,
    probability: top.probability,
  };
}
