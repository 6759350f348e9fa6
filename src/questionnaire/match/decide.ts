import { type ClassScore, OUT_OF_SCOPE } from '../model/softmax.js';
import type { MatchConfidence, QuestionMatch } from './matcher.js';
import { SHIPPED_DECISION } from './shippedDecision.js';

/**
 * The answer gate: a linear score over what the two opinions say about a question's best topic; the question is
 * answered when the score is at least 0. Fitted by `chooseThresholds` (a logistic regression of "in scope" on
 * cross-validated predictions, its bias then moved so that `TUNING_TARGETS.outOfScopeBlank` (91%) of out-of-scope
 * questions stay blank, a point above the 90% target that held-out folds must reach),
 * never by hand.
 */
export interface AnswerGate {
  bias: number;
  /** Weight of the logit of the best topic's share against out of scope, `p / (p + p(out-of-scope))`. */
  share: number;
  /** Weight of the log probability of the best topic. */
  probability: number;
  /** Weight of the log probability of the out-of-scope class. */
  outOfScope: number;
  /** Weight of the best topic's lead over the runner-up topic (probabilities). */
  lead: number;
  /** Weight of BM25's agreement (1 when its best topic is the same with at least medium confidence, else 0). */
  agrees: number;
  /** Weight of the question's length, `log(1 + words)`. */
  length: number;
}

/**
 * Where the decisions start. Chosen by `chooseThresholds` on cross-validated predictions (questions the model never
 * saw), never by hand; `npm run train:questionnaire` writes the shipped ones (see docs/questionnaire.md).
 */
export interface DecisionThresholds {
  gate: AnswerGate;
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

/** The inputs of the answer gate for a question, in the order of `GATE_FEATURES`. */
export interface GateInputs {
  best: ClassScore | undefined;
  lead: number;
  agrees: boolean;
  /** Values aligned with `GATE_FEATURES`. */
  values: number[];
}

/** The features the answer gate weighs, by their field in `AnswerGate`. */
export const GATE_FEATURES = ['share', 'probability', 'outOfScope', 'lead', 'agrees', 'length'] as const;

/** Probabilities below this are read as this, so a logarithm stays finite. */
const FLOOR = 1e-6;

/**
 * What the answer gate reads of a question: the best topic's share against out of scope (as a logit), its log
 * probability, the out-of-scope class's log probability, the lead over the runner-up, BM25's agreement and the
 * question's length in words (as `log(1 + words)`). The length matters because the same probabilities mean
 * different things for a terse heading ("Encryption") and a pasted paragraph, whose probability is spread over
 * every topic its sentences touch.
 */
export function gateInputs(
  question: string,
  ranked: readonly ClassScore[],
  bm25: Pick<QuestionMatch, 'closest' | 'confidence'>,
): GateInputs {
  const topics = ranked.filter((score) => score.label !== OUT_OF_SCOPE);
  const best = topics[0];
  const p = Math.max(best?.probability ?? 0, FLOOR);
  const outOfScope = Math.max(ranked.find((score) => score.label === OUT_OF_SCOPE)?.probability ?? 0, FLOOR);
  const share = p / (p + outOfScope);
  const lead = (best?.probability ?? 0) - (topics[1]?.probability ?? 0);
  const agrees = best !== undefined && bm25.closest === best.label && bm25.confidence !== 'low';
  return {
    best,
    lead,
    agrees,
    values: [
      Math.log(share / (1 - share || FLOOR)),
      Math.log(p),
      Math.log(outOfScope),
      lead,
      agrees ? 1 : 0,
      Math.log(1 + wordCount(question)),
    ],
  };
}

function wordCount(question: string): number {
  let words = 0;
  for (const word of question.split(/\s+/)) if (word) words++;
  return words;
}

/** The answer gate's score of a question's inputs: answered at 0 and above. */
export function gateScore(gate: AnswerGate, inputs: GateInputs): number {
  let score = gate.bias;
  for (const [i, feature] of GATE_FEATURES.entries()) score += gate[feature] * inputs.values[i]!;
  return score;
}

/**
 * Combines the trained model (first opinion) with the BM25 matcher (second opinion). A question is answered when
 * the answer gate, which weighs how clearly its best topic beats the out-of-scope class and whether BM25 names the
 * same topic, scores it at 0 or more; `high` needs BM25's agreement, a probable topic and a lead over the runner-up;
 * otherwise it is out of scope (blank).
 * @example decide(q, classify(model, q), matchQuestion(matcher, q))
 */
export function decide(
  question: string,
  ranked: readonly ClassScore[],
  bm25: Pick<QuestionMatch, 'closest' | 'confidence'>,
  thresholds: DecisionThresholds = DEFAULT_DECISION,
): Decision {
  const inputs = gateInputs(question, ranked, bm25);
  const { best } = inputs;
  if (!best) return { topic: null, closest: null, confidence: 'low', probability: 0 };
  const answered = gateScore(thresholds.gate, inputs) >= 0;
  const confidence: MatchConfidence = !answered
    ? 'low'
    : inputs.agrees && best.probability >= thresholds.high && inputs.lead >= thresholds.highMargin
      ? 'high'
      : 'medium';
  return {
    topic: answered ? best.label : null,
    closest: best.label,
    confidence,
    probability: best.probability,
  };
}
