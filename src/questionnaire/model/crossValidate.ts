import { DEFAULT_DECISION, type DecisionThresholds, decide } from '../match/decide.js';
import { buildMatcher, type MatchConfidence, matchQuestion } from '../match/matcher.js';
import type { Topic } from '../topics/index.js';
import type { CorpusQuestion, CorpusSource } from './corpus.js';
import { packModel, unpackModel } from './serialize.js';
import {
  type ClassScore,
  classify,
  DEFAULT_TRAIN_OPTIONS,
  OUT_OF_SCOPE,
  type TrainingExample,
  type TrainOptions,
  trainTopicModel,
} from './softmax.js';

/**
 * What the model learns from: every topic's title and phrasings (the topic definitions, in every fold) and the
 * primary label of each corpus question.
 */
export function trainingExamples(
  topics: readonly Topic[],
  questions: readonly CorpusQuestion[],
): TrainingExample[] {
  return [
    ...topics.flatMap((topic) =>
      [topic.title, ...topic.phrasings].map((text) => ({ text, label: topic.id })),
    ),
    ...questions.map((question) => ({ text: question.text, label: question.labels[0]! })),
  ];
}

/** One held-out question with both opinions, before any threshold is applied. */
export interface FoldPrediction {
  question: CorpusQuestion;
  /** The model's three most probable classes. */
  ranked: ClassScore[];
  bm25: { closest: string | null; confidence: MatchConfidence };
}

/**
 * Leave-one-source-out: for each questionnaire, trains on all the others (plus the topic phrasings), packs the
 * model as it ships, and records both opinions on every held-out question. Nothing is predicted by a model that
 * saw the question's questionnaire.
 * @example const predictions = crossValidate(sources, TOPICS)
 */
export function crossValidate(
  sources: readonly CorpusSource[],
  topics: readonly Topic[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): FoldPrediction[] {
  const matcher = buildMatcher(topics);
  const predictions: FoldPrediction[] = [];
  for (const held of sources) {
    const training = sources.filter((source) => source !== held).flatMap((source) => source.questions);
    const model = unpackModel(packModel(trainTopicModel(trainingExamples(topics, training), options)));
    for (const question of held.questions) {
      const bm25 = matchQuestion(matcher, question.text);
      predictions.push({
        question,
        ranked: classify(model, question.text).slice(0, 3),
        bm25: { closest: bm25.closest, confidence: bm25.confidence },
      });
    }
  }
  return predictions;
}

/** Counts for one slice (a source, a topic, or all). */
export interface Tally {
  inScope: number;
  /** Answered (not blank) with a topic among the question's labels. */
  rightTopic: number;
  /** The model's best topic is among the labels, answered or not. */
  rightClosest: number;
  outOfScope: number;
  outOfScopeBlank: number;
  high: number;
  highRight: number;
}

const emptyTally = (): Tally => ({
  inScope: 0,
  rightTopic: 0,
  rightClosest: 0,
  outOfScope: 0,
  outOfScopeBlank: 0,
  high: 0,
  highRight: 0,
});

/** The cross-validated figures for one set of thresholds. */
export interface Scorecard {
  all: Tally;
  bySource: Map<string, Tally>;
  /** By primary label (`out-of-scope` included). */
  byTopic: Map<string, Tally>;
}

/**
 * Applies the decision thresholds to recorded predictions and counts right topics, blanks and high-confidence
 * precision, overall, per source and per topic.
 */
export function scorePredictions(
  predictions: readonly FoldPrediction[],
  thresholds: DecisionThresholds = DEFAULT_DECISION,
): Scorecard {
  const all = emptyTally();
  const bySource = new Map<string, Tally>();
  const byTopic = new Map<string, Tally>();
  for (const prediction of predictions) {
    const decision = decide(prediction.ranked, prediction.bm25, thresholds);
    const { labels } = prediction.question;
    const slice = (map: Map<string, Tally>, key: string) => {
      const found = map.get(key) ?? emptyTally();
      map.set(key, found);
      return found;
    };
    for (const tally of [all, slice(bySource, prediction.question.source), slice(byTopic, labels[0]!)]) {
      if (labels[0] === OUT_OF_SCOPE) {
        tally.outOfScope++;
        if (decision.topic === null) tally.outOfScopeBlank++;
      } else {
        tally.inScope++;
        if (decision.topic !== null && labels.includes(decision.topic)) tally.rightTopic++;
        if (decision.closest !== null && labels.includes(decision.closest)) tally.rightClosest++;
      }
      if (decision.confidence === 'high') {
        tally.high++;
        if (decision.topic !== null && labels.includes(decision.topic)) tally.highRight++;
      }
    }
  }
  return { all, bySource, byTopic };
}

/**
 * Chooses decision thresholds on a tuning slice (never the slices reported as test figures): the most right
 * topics such that at least 90% of out-of-scope questions stay blank and high confidence is right at least 98%
 * of the time. Grid search, ties to the stricter thresholds.
 */
export function chooseThresholds(tuning: readonly FoldPrediction[]): DecisionThresholds {
  let best = { thresholds: DEFAULT_DECISION, right: -1 };
  for (let medium = 0; medium <= 0.6001; medium += 0.05)
    for (let high = 0.3; high <= 0.9001; high += 0.05) {
      const thresholds = { high: Number(high.toFixed(2)), medium: Number(medium.toFixed(2)) };
      const { all } = scorePredictions(tuning, thresholds);
      const blank = all.outOfScope ? all.outOfScopeBlank / all.outOfScope : 1;
      const precision = all.high ? all.highRight / all.high : 1;
      if (blank >= 0.9 && precision >= 0.98 && all.rightTopic > best.right)
        best = { thresholds, right: all.rightTopic };
    }
  return best.thresholds;
}
