import { type ClassScore, OUT_OF_SCOPE } from '../model/softmax.js';
import type { MatchConfidence, QuestionMatch } from './matcher.js';
import { SHIPPED_DECISION } from './shippedDecision.js';

/**
 * Where the decisions start. Chosen by `chooseThresholds` on cross-validated predictions (questions the model never
 * saw), never by hand; `npm run train:questionnaire` writes the shipped ones (see docs/questionnaire.md).
 */
export interface DecisionThresholds {
  /**
   * The best topic's share against the out-of-scope class, `p(topic) / (p(topic) + p(out-of-scope))`, above which a
   * question is answered when BM25's best topic is the same (with at least medium confidence).
   */
  answerAgreed: number;
  /** The same share when BM25 does not agree (above 1: never answered without BM25's agreement). */
  answerAlone: number;
  /** Model probability of the topic for `high`, which also needs BM25's agreement. */
  high: number;
  /** Lead of the topic's probability over the runner-up topic for `high`. */
  highMargin: number;
}

export const DEFAULT_DECISION: DecisionThresholds = SHIPPED_DECISION;

/** What the two opinions decide together. */
export interface Decision {
  topic: string | null;
  closest: string | null;
  confidence: MatchConfidence;
  probability: number;
}

/**
 * Combines the trained model (first opinion) with the BM25 matcher (second opinion). A question is answered when
 * its best topic clearly beats the out-of-scope class (less clearly when BM25 names the same topic); `high` needs
 * BM25's agreement, a probable topic and a lead over the runner-up; otherwise it is out of scope (blank).
 * @example decide(classify(model, q), matchQuestion(matcher, q))
 */
export function decide(
  ranked: readonly ClassScore[],
  bm25: Pick<QuestionMatch, 'closest' | 'confidence'>,
  thresholds: DecisionThresholds = DEFAULT_DECISION,
): Decision {
  const topics = ranked.filter((score) => score.label !== OUT_OF_SCOPE);
  const best = topics[0];
  if (!best) return { topic: null, closest: null, confidence: 'low', probability: 0 };
  const outOfScope = ranked.find((score) => score.label === OUT_OF_SCOPE)?.probability ?? 0;
  const share = best.probability / (best.probability + outOfScope || 1);
  const agrees = bm25.closest === best.label && bm25.confidence !== 'low';
  const answered = share >= (agrees ? thresholds.answerAgreed : thresholds.answerAlone);
  const lead = best.probability - (topics[1]?.probability ?? 0);
  const confidence: MatchConfidence = !answered
    ? 'low'
    : agrees && best.probability >= thresholds.high && lead >= thresholds.highMargin
      ? 'high'
      : 'medium';
  return {
    topic: answered ? best.label : null,
    closest: best.label,
    confidence,
    probability: best.probability,
  };
}
