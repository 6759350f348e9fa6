export {
  type AnswerQuestionnaireOptions,
  answerQuestionnaire,
  LIBRARY_FILE_NAME,
  MAX_QUESTIONNAIRE_BYTES,
  type QuestionnaireRun,
  type SheetSummary,
} from './answerQuestionnaire.js';
export {
  type AnsweredQuestion,
  type AnswerStatus,
  answerQuestions,
  describeSources,
  prepareKnowledge,
  prepareReader,
  type QuestionInput,
  type QuestionnaireKnowledge,
  type QuestionReader,
  type ReviewKind,
  reviewFirst,
  yesNoCell,
} from './answerQuestions.js';
export {
  ANSWER_BUILDERS,
  type Answer,
  type AnswerBuilder,
  type AnswerFacts,
  type AnswerSource,
  type ComposedAnswer,
  composeAnswer,
  TOPIC_CHECKS,
  type YesNo,
} from './answers/index.js';
export {
  type ApprovedAnswer,
  type ApproveOptions,
  type ApproveRun,
  approvedAnswers,
  approveQuestionnaire,
  mergeApproved,
} from './approve.js';
export { cachedDiscover, DISCOVERY_CACHE_FOLDER, DISCOVERY_CACHE_MAX_AGE_MS } from './discoveryCache.js';
export { type AnswerLibrary, type LibraryEntry, parseAnswerLibrary } from './library.js';
export { analyze } from './match/analyze.js';
export {
  type AnswerGate,
  DEFAULT_DECISION,
  type Decision,
  type DecisionThresholds,
  decide,
} from './match/decide.js';
export {
  buildMatcher,
  DEFAULT_THRESHOLDS,
  type MatchConfidence,
  type Matcher,
  type MatchThresholds,
  matchQuestion,
  type QuestionMatch,
} from './match/matcher.js';
export { type CorpusQuestion, type CorpusSource, parseCorpus } from './model/corpus.js';
export {
  chooseThresholds,
  crossValidate,
  type FoldPrediction,
  foldOf,
  isOwnSource,
  type NestedPrediction,
  OWN_SOURCE,
  type Scorecard,
  scorePredictions,
  type Tally,
  TUNING_TARGETS,
  trainingExamples,
} from './model/crossValidate.js';
export {
  mixOpinions,
  needsSentenceOpinion,
  rankedOpinion,
  SENTENCE_MIX,
  type SentenceMix,
  type SentenceModel,
  type SentenceOpinions,
  sentenceProbabilities,
  trainSentenceModel,
} from './model/dense.js';
export { type PackedModel, packModel, unpackModel } from './model/serialize.js';
export { shippedSentenceModel, shippedTopicModel } from './model/shipped.js';
export {
  type ClassScore,
  classify,
  classProbabilities,
  DEFAULT_TRAIN_OPTIONS,
  OUT_OF_SCOPE,
  rankClasses,
  type TopicModel,
  type TrainingExample,
  type TrainOptions,
  trainTopicModel,
} from './model/softmax.js';
export {
  addCachedSentenceVectors,
  addSentenceVectors,
  encodeSentences,
  MAX_SENTENCE_CHARS,
  type SentenceVectorOptions,
} from './sentenceEncoder.js';
export {
  createSentenceEncoder,
  type EncoderModules,
  type SentenceEncoder,
  warmSentenceEncoder,
} from './sentenceWorkers.js';
export {
  QUESTIONNAIRES_FOLDER,
  type QuestionnaireRecord,
  recordQuestionnaire,
  summarizeQuestionnaire,
} from './stats.js';
export { TOPIC_IDS, TOPICS, type Topic, topicById } from './topics/index.js';
export {
  type ColumnLayout,
  type ColumnOverrides,
  columnLetter,
  columnNumber,
  detectColumns,
  rowLabel,
} from './workbook/columns.js';
