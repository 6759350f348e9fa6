/**
 * Trustmap's programmatic API. The CLI is a thin layer over these functions; tests and the future server use
 * them directly.
 */

export {
  type AuditRequestBrief,
  buildRequestBrief,
  type CompanyProfile,
  checkDirectory,
  companyProfile,
  type Directory,
  directoryJsonSchema,
  type FirmMatch,
  loadDirectory,
  type MatchResult,
  matchFirms,
  matchForModel,
  parseDirectory,
  renderBriefMarkdown,
  renderBriefPdf,
  renderMatchMarkdown,
  renderMatchText,
} from './auditors/index.js';
export {
  CHECKS,
  type CheckModule,
  type CheckRun,
  CONTROLS,
  type Control,
  coverage,
  type FrameworkCoverage,
  failsThreshold,
  findTrainingPaths,
  ISO42001,
  runChecks,
  SOC2_CRITERIA,
} from './controls/index.js';
export { type CiteOptions, type CiteStyle, cite, citeAll } from './core/cite.js';
export {
  type CheckResult,
  type CheckStatus,
  SEVERITIES,
  type Severity,
  type SourceRef,
  type Subject,
} from './core/contracts.js';
export { declaringComponents, declaringSubprocessor, isDeclared } from './core/declared.js';
export {
  generateSigningKey,
  keyIdOf,
  publicKeyFrom,
  type Signature,
  type SigningKey,
  signingKeyFrom,
  signValue,
  trustedSigner,
  verifyValue,
} from './core/signing.js';
export {
  CUSTOMER_CATEGORIES,
  DATASTORE_ENFORCED_TENANCY,
  ENTRY_STATUSES,
  type EntryStatus,
  entersTraining,
  isConfirmed,
  MODEL_KINDS,
  PROMPT_CATEGORIES,
  RETRIEVAL_KINDS,
  SERVING_KINDS,
  STORE_KINDS,
  TENANT_STORE_KINDS,
  TRAINING_KINDS,
  TRAINING_PURPOSES,
} from './core/vocabulary.js';
export {
  describeSystem,
  findAiPaths,
  renderDescriptionDocx,
  renderDescriptionMarkdown,
  type SystemDescription,
} from './describe/index.js';
export {
  computeDrift,
  type DiscoverOptions,
  type DriftItem,
  discover,
  findProvider,
  PROVIDERS,
  type ProviderEntry,
  renderDiscoveryCycloneDx,
  renderDiscoveryJson,
  renderDiscoveryMarkdown,
  renderDiscoveryText,
  writeProposedEntries,
} from './discover/index.js';
export type {
  ConfigFact,
  DiscoveryEvidence,
  DiscoveryReport,
  Finding,
  ProviderCategory,
  SkippedFile,
  TableFact,
} from './discover/types.js';
export {
  formatProblem,
  InputError,
  type Location,
  MapError,
  ProbeError,
  type Problem,
  TrustmapError,
  UsageError,
} from './errors/index.js';
export {
  buildLineageGraph,
  type LineageClass,
  type LineageEdge,
  type LineageGraph,
  type LineageNode,
  type LineageOptions,
  renderDot,
  renderMermaid,
  renderSvg,
  type StopKind,
} from './lineage/index.js';
export {
  findMapFiles,
  type LoadResult,
  loadMap,
  loadMapFromFiles,
  mapJsonSchema,
  type SystemMap,
  type SystemMapData,
  type SystemMapInput,
} from './map/index.js';
export { type AssembleOptions, assembleModel, buildModel, type Model } from './model/index.js';
export {
  CANARY_PREFIX,
  type CleanupOptions,
  type CleanupResult,
  cleanupCanaries,
  EVIDENCE_DIR,
  type HttpProbeConfig,
  type HttpProbeOptions,
  loadHttpProbeConfig,
  type PostgresProbeOptions,
  type ProbeStep,
  type ProbeVerdict,
  probeHttp,
  probeMapComponent,
  probePostgres,
  type RejectedProbeFile,
  readProbeResults,
  redactUrl,
  type SqlClient,
  sqlClient,
  type TenantContext,
  verifyProbeResult,
  withMigratedPglite,
  writeProbeResult,
} from './probes/index.js';
export type { ProbeResult, StoredProbeResult } from './probes/types.js';
export {
  type AnsweredQuestion,
  type AnswerQuestionnaireOptions,
  answerQuestionnaire,
  answerQuestions,
  cachedDiscover,
  classify,
  composeAnswer,
  crossValidate,
  matchQuestion,
  parseCorpus,
  prepareKnowledge,
  type QuestionnaireRecord,
  type QuestionnaireRun,
  type QuestionnaireStats,
  readQuestionnaireStats,
  reviewFirst,
  shippedTopicModel,
  TOPIC_IDS,
  TOPICS,
  trainTopicModel,
} from './questionnaire/index.js';
export {
  renderCoverageText,
  renderJson,
  renderJunit,
  renderMarkdown,
  renderSarif,
  renderText,
} from './report/index.js';
export {
  adviseScope,
  readRecordedQuestionnaires,
  renderScopeMarkdown,
  renderScopeText,
  type ScopeAdvice,
  type ScopeAnswers,
} from './scope/index.js';
export {
  buildTrustCenter,
  type Claim,
  type ClaimStatus,
  publishTrustCenter,
  type TrustCenterOptions,
  type TrustCenterSite,
  UnsupportedClaimsError,
  writeTrustCenter,
} from './trust-center/index.js';
export { VERSION } from './version.js';
