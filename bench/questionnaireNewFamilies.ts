// `npm run bench:questionnaire-new-families -- <source> …`: the shipped topic model and its shipped decision
// thresholds, as `questionnaire answer` uses them, scored on corpus sources added after that model was trained
// (questionnaire families no weight or threshold was fitted on). Valid only for sources the shipped model has not
// been trained on (it refuses the others, named in TRAINED_SOURCES): run it before `npm run train:questionnaire`
// takes them in, and record the commit it ran on.
import { readCorpus } from '../scripts/corpus.js';
import { DEFAULT_DECISION } from '../src/questionnaire/match/decide.js';
import { buildMatcher } from '../src/questionnaire/match/matcher.js';
import { predict, scorePredictions } from '../src/questionnaire/model/crossValidate.js';
import { SENTENCE_MIX } from '../src/questionnaire/model/dense.js';
import { shippedSentenceModel, shippedTopicModel } from '../src/questionnaire/model/shipped.js';
import { TRAINED_SOURCES } from '../src/questionnaire/model/weights.js';
import { encodeSentences } from '../src/questionnaire/sentenceEncoder.js';
import { TOPICS } from '../src/questionnaire/topics/index.js';
import { scorecardTable } from './questionnaireTables.js';

const wanted = new Set(process.argv.slice(2));
if (wanted.size === 0) {
  console.error('name the corpus sources to score, e.g. `-- fedramp-tailored-li-saas owasp-samm`');
  process.exit(2);
}
const trained = [...wanted].filter((name) => TRAINED_SOURCES.includes(name));
if (trained.length) {
  console.error(
    `the shipped model was trained on ${trained.join(', ')}: score only families added after it (npm run bench:questionnaire-accuracy measures the rest)`,
  );
  process.exit(2);
}
const sources = readCorpus().filter((source) => wanted.has(source.source));
const missing = [...wanted].filter((name) => !sources.some((source) => source.source === name));
if (missing.length) {
  console.error(`no corpus source named ${missing.join(', ')}`);
  process.exit(2);
}
const questions = sources.flatMap((source) => source.questions);
// The sentence model as `questionnaire answer` asks it (only where the word model is unsure; every question is
// encoded here, and `predict` reads a vector only where the rule asks for one).
const texts = questions.map((question) => question.text);
const encoded = await encodeSentences(texts);
const predictions = predict(shippedTopicModel(), buildMatcher(TOPICS), questions, {
  model: shippedSentenceModel(),
  vectors: new Map(texts.map((text, i) => [text, encoded[i]!])),
  mix: SENTENCE_MIX,
});
const card = scorePredictions(predictions, DEFAULT_DECISION);
console.log(scorecardTable('slice', card.all, card.bySource));
console.log(`\n${scorecardTable('topic', undefined, card.byTopic)}`);
