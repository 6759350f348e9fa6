import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/corpus.js';
import { crossValidate, isOwnSource, scorePredictions, TOPICS } from '../../src/questionnaire/index.js';

/**
 * The cross-validated figures (nested k-fold by questionnaire family; see bench/questionnaire-accuracy.ts) on the
 * public questionnaires: weights and decision thresholds are fitted without the fold they are measured on. The
 * issue's targets are 90% right topic, 90% out-of-scope blank and 98% high-confidence precision; right topic is
 * not reached yet, so this test holds the achieved floors (docs/questionnaire.md) and fails if a change makes
 * them worse. Raise the floors when the figures improve; never lower them quietly.
 */
const FLOOR = { rightTopic: 0.7, bestTopic: 0.83, outOfScopeBlank: 0.9, highPrecision: 0.99 };

const sources = readCorpus();

describe('cross-validated accuracy (slow: trains 45 models)', () => {
  it('holds the achieved floor on questionnaires the model never saw', { timeout: 1_200_000 }, () => {
    const predictions = crossValidate(sources, TOPICS);
    expect(predictions.some((prediction) => isOwnSource(prediction.question.source))).toBe(false);
    const { all } = scorePredictions(predictions);
    const figures = {
      rightTopic: all.rightTopic / all.inScope,
      bestTopic: all.rightClosest / all.inScope,
      outOfScopeBlank: all.outOfScopeBlank / all.outOfScope,
      highPrecision: all.highRight / all.high,
    };
    console.log('cross-validated (public questionnaires):', JSON.stringify(figures));
    expect(figures.rightTopic).toBeGreaterThanOrEqual(FLOOR.rightTopic);
    expect(figures.bestTopic).toBeGreaterThanOrEqual(FLOOR.bestTopic);
    expect(figures.outOfScopeBlank).toBeGreaterThanOrEqual(FLOOR.outOfScopeBlank);
    expect(figures.highPrecision).toBeGreaterThanOrEqual(FLOOR.highPrecision);
  });
});
