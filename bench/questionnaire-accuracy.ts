import { corpusSentenceVectors, readCorpus } from '../scripts/corpus.js';
import { DEFAULT_DECISION } from '../src/questionnaire/match/decide.js';
import {
  chooseThresholds,
  crossValidate,
  foldOf,
  scorePredictions,
} from '../src/questionnaire/model/crossValidate.js';
import { SENTENCE_MIX } from '../src/questionnaire/model/dense.js';
import { TOPICS } from '../src/questionnaire/topics/index.js';
import { scorecardTable } from './questionnaireTables.js';

const sources = readCorpus();
// `--no-sentence-model`: the word model and BM25 alone, as `questionnaire answer --no-sentence-model` answers.
const withSentences = !process.argv.includes('--no-sentence-model');
const started = performance.now();
const sentences = withSentences
  ? { vectors: await corpusSentenceVectors(sources, TOPICS), mix: SENTENCE_MIX }
  : undefined;
const predictions = crossValidate(sources, TOPICS, undefined, sentences);
const seconds = ((performance.now() - started) / 1000).toFixed(0);

const corpusSize = sources.reduce((sum, source) => sum + source.questions.length, 0);
const folds = [...new Set(sources.map((source) => foldOf(source.source)))].filter(Boolean);
console.log(
  `corpus: ${corpusSize} questions from ${sources.length} sources; nested cross-validation over ${folds.length} folds by questionnaire family in ${seconds} s (${withSentences ? 'word and sentence models' : 'word model alone'})`,
);
const perFold = new Map(
  predictions.map((prediction) => [foldOf(prediction.question.source), prediction.thresholds]),
);
for (const [fold, thresholds] of perFold)
  console.log(`thresholds for fold ${fold} (chosen on the other folds): ${JSON.stringify(thresholds)}`);
console.log(
  `shipped thresholds: ${JSON.stringify(DEFAULT_DECISION)}; chosen again on these predictions: ${JSON.stringify(chooseThresholds(predictions))}\n`,
);
const card = scorePredictions(predictions);
console.log(
  `## Public questionnaires, each fold with its own thresholds\n\n${scorecardTable('slice', card.all, card.bySource)}`,
);
console.log(`\n## Per topic\n\n${scorecardTable('slice', undefined, card.byTopic)}`);
