import { describe, expect, it } from 'vitest';
import { decide, gateInputs, gateScore } from '../../src/questionnaire/match/decide.js';
import type { FoldPrediction } from '../../src/questionnaire/model/crossValidate.js';
import { fitGate, placeGate } from '../../src/questionnaire/model/fitGate.js';
import { OUT_OF_SCOPE } from '../../src/questionnaire/model/softmax.js';

/** A held-out prediction whose best topic is `mfa` at `p`, out of scope at `outOfScope`. */
function prediction(
  id: number,
  label: string,
  p: number,
  outOfScope: number,
  agrees: boolean,
): FoldPrediction {
  const rest = 1 - p - outOfScope;
  return {
    question: { source: 'fixture', id: String(id), text: `question ${id}`, labels: [label] },
    ranked: [
      { label: 'mfa', probability: p },
      { label: OUT_OF_SCOPE, probability: outOfScope },
      { label: 'access-control', probability: rest },
    ].sort((a, b) => b.probability - a.probability),
    bm25: { closest: agrees ? 'mfa' : 'access-control', confidence: 'medium' },
  };
}

// In-scope questions lean to a probable topic and BM25's agreement; out-of-scope ones to the out-of-scope class.
const tuning: FoldPrediction[] = [];
for (let i = 0; i < 40; i++) {
  const x = (i % 10) / 10;
  tuning.push(prediction(i, 'mfa', 0.3 + 0.5 * x, 0.15 * (1 - x), i % 3 !== 0));
  tuning.push(prediction(100 + i, OUT_OF_SCOPE, 0.1 + 0.4 * x, 0.85 - 0.5 * x, i % 4 === 0));
}

describe('answer gate', () => {
  it('is fitted deterministically and scores a probable, agreed topic above an out-of-scope question', () => {
    const gate = fitGate(tuning);
    expect(fitGate(tuning)).toEqual(gate);
    expect(gate.probability).toBeGreaterThan(0);
    expect(gate.agrees).toBeGreaterThan(0);
    const score = (item: FoldPrediction) =>
      gateScore(gate, gateInputs(item.question.text, item.ranked, item.bm25));
    expect(score(prediction(1, 'mfa', 0.7, 0.05, true))).toBeGreaterThan(
      score(prediction(2, OUT_OF_SCOPE, 0.2, 0.7, false)),
    );
  });

  it('reads the question length in words, and learns its weight from the tuning questions', () => {
    const ranked = [{ label: 'mfa', probability: 0.6 }];
    const bm25 = { closest: 'mfa', confidence: 'medium' } as const;
    expect(gateInputs('MFA', ranked, bm25).values.at(-1)).toBeCloseTo(Math.log(2));
    expect(gateInputs(' Is  MFA enforced? ', ranked, bm25).values.at(-1)).toBeCloseTo(Math.log(4));
    // In these tuning questions the in-scope ones are the longer ones, and nothing else tells them apart.
    const long = 'please tell us whether this practice is in place';
    const byLength = [0, 1, 2, 3].flatMap((i) => [
      {
        ...prediction(i, 'mfa', 0.4, 0.4, true),
        question: { source: 'f', id: `a${i}`, text: long, labels: ['mfa'] },
      },
      {
        ...prediction(10 + i, OUT_OF_SCOPE, 0.4, 0.4, true),
        question: { source: 'f', id: `b${i}`, text: 'short', labels: [OUT_OF_SCOPE] },
      },
    ]);
    expect(fitGate(byLength).length).toBeGreaterThan(0);
  });

  it('is placed to leave at least the target share of out-of-scope questions blank', () => {
    const gate = placeGate(fitGate(tuning), tuning, 0.95);
    const thresholds = { gate, high: 2, highMargin: 2 };
    const outOfScope = tuning.filter((item) => item.question.labels[0] === OUT_OF_SCOPE);
    const blank = outOfScope.filter(
      (item) => decide(item.question.text, item.ranked, item.bm25, thresholds).topic === null,
    );
    expect(blank.length / outOfScope.length).toBeGreaterThanOrEqual(0.95);
    const answered = tuning.filter(
      (item) => decide(item.question.text, item.ranked, item.bm25, thresholds).topic === 'mfa',
    );
    expect(answered.length).toBeGreaterThan(10);
  });

  it('answers nothing when no cut leaves enough blank', () => {
    const gate = placeGate(fitGate(tuning), tuning, 1.01);
    const thresholds = { gate, high: 2, highMargin: 2 };
    expect(
      tuning.every((item) => decide(item.question.text, item.ranked, item.bm25, thresholds).topic === null),
    ).toBe(true);
  });
});
