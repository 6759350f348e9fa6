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
  type QuestionInput,
  type QuestionnaireKnowledge,
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
export { type AnswerLibrary, type LibraryEntry, parseAnswerLibrary } from './library.js';
export { analyze } from './match/analyze.js';
export {
  buildMatcher,
  DEFAULT_THRESHOLDS,
  type MatchConfidence,
  type Matcher,
  type MatchThresholds,
  matchQuestion,
  type QuestionMatch,
} from './match/matcher.js';
export {
  QUESTIONNAIRES_FOLDER,
  type QuestionnaireRecord,
  type QuestionnaireStats,
  readQuestionnaireStats,
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
} from './workbook/columns.js';
