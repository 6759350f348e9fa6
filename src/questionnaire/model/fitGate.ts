import { type AnswerGate, GATE_FEATURES, type GateInputs, gateInputs, gateScore } from '../match/decide.js';
import type { FoldPrediction } from './crossValidate.js';
import { OUT_OF_SCOPE } from './softmax.js';

/** Fixed before any run was measured, not searched: enough steps for the six features to converge. */
const STEPS = 300;
const STEP_SIZE = 0.5;
const L2 = 1e-2;

/**
 * A logistic regression of "in scope" (the question has a topic) on the answer gate's inputs, by full-batch
 * gradient descent on standardised features, returned with the standardisation folded into its weights.
 * Deterministic: the same predictions give the same gate.
 */
export function fitGate(tuning: readonly FoldPrediction[]): AnswerGate {
  const rows = tuning.map(
    (prediction) => gateInputs(prediction.question.text, prediction.ranked, prediction.bm25).values,
  );
  const targets = tuning.map((prediction) => (prediction.question.labels[0] === OUT_OF_SCOPE ? 0 : 1));
  const width = GATE_FEATURES.length;
  const mean = new Array<number>(width).fill(0);
  const spread = new Array<number>(width).fill(0);
  for (const row of rows) for (let j = 0; j < width; j++) mean[j]! += row[j]! / (rows.length || 1);
  for (const row of rows)
    for (let j = 0; j < width; j++) spread[j]! += (row[j]! - mean[j]!) ** 2 / (rows.length || 1);
  for (let j = 0; j < width; j++) spread[j] = Math.sqrt(spread[j]!) || 1;
  const standard = rows.map((row) => row.map((value, j) => (value - mean[j]!) / spread[j]!));
  const weights = new Array<number>(width).fill(0);
  let bias = 0;
  for (let step = 0; step < STEPS; step++) {
    const gradient = new Array<number>(width).fill(0);
    let biasGradient = 0;
    for (const [i, row] of standard.entries()) {
      let score = bias;
      for (let j = 0; j < width; j++) score += weights[j]! * row[j]!;
      const error = 1 / (1 + Math.exp(-score)) - targets[i]!;
      biasGradient += error;
      for (let j = 0; j < width; j++) gradient[j]! += error * row[j]!;
    }
    const n = standard.length || 1;
    for (let j = 0; j < width; j++) weights[j]! -= STEP_SIZE * (gradient[j]! / n + L2 * weights[j]!);
    bias -= (STEP_SIZE * biasGradient) / n;
  }
  const gate = { bias } as AnswerGate;
  for (const [j, feature] of GATE_FEATURES.entries()) {
    gate[feature] = weights[j]! / spread[j]!;
    gate.bias -= (weights[j]! * mean[j]!) / spread[j]!;
  }
  return gate;
}

/**
 * Moves the gate's bias so that it answers the most tuning questions with the right topic while leaving at least
 * `blankTarget` of the out-of-scope ones blank. Ties go to the stricter gate.
 */
export function placeGate(
  gate: AnswerGate,
  tuning: readonly FoldPrediction[],
  blankTarget: number,
): AnswerGate {
  const scored = tuning.map((prediction) => {
    const inputs: GateInputs = gateInputs(prediction.question.text, prediction.ranked, prediction.bm25);
    const { labels } = prediction.question;
    return {
      score: gateScore(gate, inputs),
      outOfScope: labels[0] === OUT_OF_SCOPE,
      right: labels[0] !== OUT_OF_SCOPE && inputs.best !== undefined && labels.includes(inputs.best.label),
    };
  });
  const outOfScope = scored.filter((row) => row.outOfScope).length;
  const candidates = [...new Set(scored.map((row) => row.score))].sort((a, b) => a - b);
  // Answering nothing is always allowed: a cut above every score.
  let cut = (candidates.at(-1) ?? 0) + 1;
  let bestRight = 0;
  for (const candidate of candidates) {
    let blank = 0;
    let right = 0;
    for (const row of scored) {
      if (row.outOfScope && row.score < candidate) blank++;
      if (row.right && row.score >= candidate) right++;
    }
    if ((outOfScope === 0 || blank / outOfScope >= blankTarget) && right >= bestRight) {
      bestRight = right;
      cut = candidate;
    }
  }
  return { ...gate, bias: gate.bias - cut };
}
