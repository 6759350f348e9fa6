export { adviseScope } from './adviseScope.js';
export { type RecordedQuestionnaire, readRecordedQuestionnaires, topicCounts } from './buyerQuestions.js';
export { recommendCategories } from './categories.js';
export { type ControlCategories, readinessGaps } from './gaps.js';
export { ISO42001_QUESTION_THRESHOLD, recommendIso42001 } from './iso42001.js';
export { recommendKeepOut } from './keepOut.js';
export { renderScopeMarkdown, renderScopeText, scopeSourceLabel } from './render.js';
export {
  MAX_WINDOW_MONTHS,
  MIN_WINDOW_MONTHS,
  REPORT_LAG_DAYS,
  recommendReportType,
  remediationDays,
} from './reportType.js';
export { recommendSystem } from './system.js';
export {
  AI_GOVERNANCE_TOPICS,
  type CategoryAdvice,
  type CategoryId,
  CONTRACT_DEMANDS,
  type ContractDemand,
  type CustomerAccountAdvice,
  type Iso42001Advice,
  type KeepOutAdvice,
  type ReadinessGap,
  type Recommendation,
  type ReportTypeAdvice,
  type ScopeAdvice,
  type ScopeAnswers,
  type ScopeSource,
  type Stage,
  type SubprocessorAdvice,
  type SystemComponentAdvice,
} from './types.js';
