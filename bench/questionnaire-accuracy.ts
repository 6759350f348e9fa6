import { readCorpus } from '../scripts/corpus.js';
import { DEFAULT_DECISION } from '../src/questionnaire/match/decide.js';
import {
  chooseThresholds,
  crossValidate,
  foldOf,
  scorePredictions,
  type Tally,
} from '../src/questionnaire/model/crossValidate.js';
import { TOPICS } from '../src/questionnaire/topics/index.js';

const sources = readCorpus();
const started = performance.now();
const predictions = crossValidate(sources, TOPICS);
const seconds = ((performance.now() - started) / 1000).toFixed(0);

const pct = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '–');
const row = (name: string, t: Tally) =>
  `| ${name} | ${t.inScope} | ${pct(t.rightTopic, t.inScope)} | ${pct(t.rightClosest, t.inScope)} | ${t.outOfScope} | ${pct(t.outOfScopeBlank, t.outOfScope)} | ${t.high} | ${pct(t.highRight, t.high)} |`;
const header =
  '| slice | in scope | right topic (answered) | best topic right | out of scope | left blank | high | high right |\n|---|---|---|---|---|---|---|---|';

const corpusSize = sources.reduce((sum, source) => sum + source.questions.length, 0);
const folds = [...new Set(sources.map((source) => foldOf(source.source)))].filter(Boolean);
console.log(
  `corpus: ${corpusSize} questions from ${sources.length} sources; nested cross-validation over ${folds.length} folds by questionnaire family in ${seconds} s`,
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
  `## Public questionnaires, each fold with its own thresholds\n\n${header}\n${row('all', card.all)}`,
);
for (const [source, tally] of [...card.bySource].sort()) console.log(row(source, tally));
console.log(`\n## Per topic\n\n${header}`);
for (const [topic, tally] of [...card.byTopic].sort()) console.log(row(topic, tally));
