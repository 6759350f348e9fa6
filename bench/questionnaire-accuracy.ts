// Cross-validated accuracy of the questionnaire topic matcher on the labelled corpus (data/questionnaire/corpus).
// Leave-one-source-out: each questionnaire is predicted by a model trained on the others. The decision
// thresholds are chosen on the `trustmap-own` fold (our own phrasings) and the test figures are the public
// questionnaires only, so no reported figure comes from data the thresholds or weights were fitted on.
// Run with `npm run bench:questionnaire-accuracy`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_DECISION } from '../src/questionnaire/match/decide.js';
import { parseCorpus } from '../src/questionnaire/model/corpus.js';
import {
  chooseThresholds,
  crossValidate,
  scorePredictions,
  type Tally,
} from '../src/questionnaire/model/crossValidate.js';
import { TOPICS } from '../src/questionnaire/topics/index.js';

export const TUNING_SOURCE = 'trustmap-own';

const folder = path.resolve('data/questionnaire/corpus');
const sources = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => parseCorpus(readFileSync(path.join(folder, name), 'utf8')));
const started = performance.now();
const predictions = crossValidate(sources, TOPICS);
const seconds = ((performance.now() - started) / 1000).toFixed(0);
const tuning = predictions.filter((prediction) => prediction.question.source === TUNING_SOURCE);
const test = predictions.filter((prediction) => prediction.question.source !== TUNING_SOURCE);
const chosen = chooseThresholds(tuning);

const pct = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '–');
const row = (name: string, t: Tally) =>
  `| ${name} | ${t.inScope} | ${pct(t.rightTopic, t.inScope)} | ${pct(t.rightClosest, t.inScope)} | ${t.outOfScope} | ${pct(t.outOfScopeBlank, t.outOfScope)} | ${t.high} | ${pct(t.highRight, t.high)} |`;
const header =
  '| slice | in scope | right topic (answered) | best topic right | out of scope | left blank | high | high right |\n|---|---|---|---|---|---|---|---|';

const corpusSize = sources.reduce((sum, source) => sum + source.questions.length, 0);
console.log(
  `corpus: ${corpusSize} questions from ${sources.length} sources; cross-validation (leave one source out) in ${seconds} s`,
);
console.log(
  `thresholds shipped: ${JSON.stringify(DEFAULT_DECISION)}; chosen on ${TUNING_SOURCE}: ${JSON.stringify(chosen)}\n`,
);
const card = scorePredictions(test, DEFAULT_DECISION);
console.log(`## Public questionnaires (test), shipped thresholds\n\n${header}\n${row('all', card.all)}`);
for (const [source, tally] of [...card.bySource].sort()) console.log(row(source, tally));
console.log(`\n## Per topic (public questionnaires)\n\n${header}`);
for (const [topic, tally] of [...card.byTopic].sort()) console.log(row(topic, tally));
const own = scorePredictions(tuning, DEFAULT_DECISION);
console.log(
  `\n## ${TUNING_SOURCE} (tuning fold; not a test figure)\n\n${header}\n${row(TUNING_SOURCE, own.all)}`,
);
