// `npm run bench:questionnaire-new-families -- <source> …`: the shipped topic model and its shipped decision
// thresholds, as `questionnaire answer` uses them, scored on corpus sources added after that model was trained
// (questionnaire families no weight or threshold was fitted on). Valid only for sources the shipped model has not
// been trained on: run it before `npm run train:questionnaire` takes them in, and record the commit it ran on.
import { readCorpus } from '../scripts/corpus.js';
import { DEFAULT_DECISION } from '../src/questionnaire/match/decide.js';
import { buildMatcher, matchQuestion } from '../src/questionnaire/match/matcher.js';
import {
  type FoldPrediction,
  scorePredictions,
  type Tally,
} from '../src/questionnaire/model/crossValidate.js';
import { shippedTopicModel } from '../src/questionnaire/model/shipped.js';
import { classify, OUT_OF_SCOPE } from '../src/questionnaire/model/softmax.js';
import { TOPICS } from '../src/questionnaire/topics/index.js';

const wanted = new Set(process.argv.slice(2));
if (wanted.size === 0) {
  console.error('name the corpus sources to score, e.g. `-- fedramp-tailored-li-saas owasp-samm`');
  process.exit(2);
}
const sources = readCorpus().filter((source) => wanted.has(source.source));
const missing = [...wanted].filter((name) => !sources.some((source) => source.source === name));
if (missing.length) {
  console.error(`no corpus source named ${missing.join(', ')}`);
  process.exit(2);
}
const model = shippedTopicModel();
const matcher = buildMatcher(TOPICS);
const predictions: FoldPrediction[] = sources
  .flatMap((source) => source.questions)
  .map((question) => {
    const bm25 = matchQuestion(matcher, question.text);
    return {
      question,
      ranked: classify(model, question.text).filter(
        (score, rank) => rank < 5 || score.label === OUT_OF_SCOPE,
      ),
      bm25: { closest: bm25.closest, confidence: bm25.confidence },
    };
  });
const card = scorePredictions(predictions, DEFAULT_DECISION);
const pct = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '–');
const row = (name: string, t: Tally) =>
  `| ${name} | ${t.inScope} | ${pct(t.rightTopic, t.inScope)} | ${pct(t.rightClosest, t.inScope)} | ${t.outOfScope} | ${pct(t.outOfScopeBlank, t.outOfScope)} | ${t.high} | ${pct(t.highRight, t.high)} |`;
console.log(
  '| slice | in scope | right topic (answered) | best topic right | out of scope | left blank | high | high right |\n|---|---|---|---|---|---|---|---|',
);
console.log(row('all', card.all));
for (const [source, tally] of [...card.bySource].sort()) console.log(row(source, tally));
console.log(
  '\n| topic | in scope | right topic (answered) | best topic right | out of scope | left blank | high | high right |\n|---|---|---|---|---|---|---|---|',
);
for (const [topic, tally] of [...card.byTopic].sort()) console.log(row(topic, tally));
