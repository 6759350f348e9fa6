import { describe, expect, it } from 'vitest';
import { corpusSentenceVectors, readCorpus } from '../../scripts/corpus.js';
import {
  crossValidate,
  foldOf,
  isOwnSource,
  scorePredictions,
  type Tally,
  TOPICS,
} from '../../src/questionnaire/index.js';
import { SENTENCE_MIX } from '../../src/questionnaire/model/dense.js';

/**
 * The cross-validated figures (nested k-fold by questionnaire family; see bench/questionnaire-accuracy.ts) on the
 * public questionnaires: weights and decision thresholds are fitted without the fold they are measured on. The
 * issue's targets are 90% right topic, 90% out-of-scope blank and 98% high-confidence precision; right topic is
 * not reached yet, so this test holds the achieved floors (docs/questionnaire.md) and fails if a change makes
 * them worse. Raise the floors when the figures improve; never lower them quietly.
 *
 * 2026-12-02: nine questionnaire families (1,032 questions, labelled before any model saw them) joined the corpus,
 * so the measure now spans 18 folds, half of them harder than the first nine (59.3% right topic over all, against
 * 71.0% on the first nine before). The first nine families keep floors of their own, so the figures that were
 * held before are still held where they are comparable: their best topic is unchanged (83.0% against 83.6%); their
 * right topic fell to 66.5% because the thresholds, chosen for 91% blank over all 18 folds, now leave 94.2% of
 * their out-of-scope questions blank (91.6% before).
 */
/*
 * 2026-12-02, later: the sentence model (a third opinion over Universal Sentence Encoder vectors, mixed in where the
 * word model is unsure) lifted right topic to 63.6% (first nine 69.6%), best topic to 79.5% (86.6%), with 90.3%
 * (93.8%) of out-of-scope questions blank and high answers right 99.6% (99.3%) of the time.
 *
 * 2026-12-03: the sentence model asked below 0.5 instead of 0.7 (42% of questions encoded instead of 63%): 63.8%
 * right topic (first nine 70.1%), 79.3% best topic (86.4%), 90.7% (94.2%) blank, 99.6% (99.3%) high right.
 *
 * 2026-12-03, later: the sentence model asked only where the word model leans to a topic (above 0.15) but is unsure
 * (best class below 0.4): 18.5% of questions encoded instead of 42%, at 63.7% right topic (first nine 70.8%), 78.7%
 * best topic (86.1%), 91.4% (94.2%) blank, 99.6% (99.3%) high right. Best topic lost 0.6 points for less than half
 * the encoding, so its floor is 0.78 (was 0.79), on purpose and in docs/questionnaire.md ("Asking the sentence model
 * less").
 *
 * 2026-12-03, third: our own phrasings in buyers' conversational voices (`trustmap-buyer-voice`, 287, always trained
 * on): 64.7% right topic (first nine 72.8%), 78.6% best topic (86.3%), 90.6% (93.8%) blank, 100% (100%) high right.
 * Right-topic floors raised to 0.64 and 0.72.
 *
 * 2026-12-03, fifth: the public questions' labels settled by a second reading (data/questionnaire/second-reading/;
 * 218 changed, 136 of them out of scope to a topic; and 13 of our own files' labels), weights and thresholds
 * retrained. On the new labels: 64.6% right topic (first nine 68.9%), 76.1% best topic (81.8%), 91.4% (95.1%) blank,
 * 99.6% (99.4%) high right. The pipeline
 * shipped before scores 61.7% (67.9%), 75.8% (81.8%), 93.0% (95.5%), 99.6% (99.4%) on the same new labels, so the
 * floors are set on the new labels: best topic 0.75 (was 0.78 on the old ones), first nine right topic 0.68 and best
 * topic 0.81 (were 0.72 and 0.86); the old pipeline would miss both right-topic floors. docs/questionnaire.md, "After
 * the second reading".
 */
const FLOOR = { rightTopic: 0.64, bestTopic: 0.75, outOfScopeBlank: 0.9, highPrecision: 0.99 };
/** The nine families of the corpus before 2026-12-02 (by fold), with their own floors. */
const FIRST_FOLDS = new Set([
  'ai-vendors-and-templates',
  'csa-aicm',
  'gh-ai-questionnaires',
  'gh-vendor-questionnaire',
  'hecvat',
  'mvsp',
  'openchain-security-assurance',
  'rfp',
  'vsaq',
]);
const FIRST_FLOOR = { rightTopic: 0.68, bestTopic: 0.81, outOfScopeBlank: 0.93, highPrecision: 0.99 };

const sources = readCorpus();

const figuresOf = (all: Tally) => ({
  rightTopic: all.rightTopic / all.inScope,
  bestTopic: all.rightClosest / all.inScope,
  outOfScopeBlank: all.outOfScopeBlank / all.outOfScope,
  highPrecision: all.highRight / all.high,
});

describe('cross-validated accuracy (slow: encodes the corpus and trains 171 word and 171 sentence models)', () => {
  it('holds the achieved floor on questionnaires the model never saw', { timeout: 3_600_000 }, async () => {
    const vectors = await corpusSentenceVectors(sources, TOPICS);
    const predictions = crossValidate(sources, TOPICS, undefined, { vectors, mix: SENTENCE_MIX });
    expect(predictions.some((prediction) => isOwnSource(prediction.question.source))).toBe(false);
    const figures = figuresOf(scorePredictions(predictions).all);
    const first = figuresOf(
      scorePredictions(
        predictions.filter((prediction) => FIRST_FOLDS.has(foldOf(prediction.question.source) ?? '')),
      ).all,
    );
    console.log('cross-validated (public questionnaires):', JSON.stringify({ figures, first }));
    for (const [name, floor] of Object.entries(FLOOR))
      expect(figures[name as keyof typeof FLOOR], name).toBeGreaterThanOrEqual(floor);
    for (const [name, floor] of Object.entries(FIRST_FLOOR))
      expect(first[name as keyof typeof FIRST_FLOOR], `first nine families: ${name}`).toBeGreaterThanOrEqual(
        floor,
      );
  });
});
