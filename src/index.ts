/**
 * Trustmap's programmatic API. The CLI is a thin layer over these functions; tests and the future server use
 * them directly.
 */

export {
  type AuditPackageInput,
  type AuditWindow,
  allPopulations,
  buildAuditPackage,
  controlMatrix,
  drawSample,
  type LedgerRecord,
  oscalAssessmentResults,
  oscalSsp,
  type Population,
  parseRequestList,
  populationCsv,
  readHistory,
  type Sample,
  verifyAuditPackage,
} from './audit/index.js';
export { main } from './cli/main.js';
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
export type { CheckResult, CheckStatus, Severity, SourceRef, Subject } from './controls/types.js';
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
  probeExampleOnPglite,
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
  composeAnswer,
  matchQuestion,
  prepareKnowledge,
  type QuestionnaireRecord,
  type QuestionnaireRun,
  type QuestionnaireStats,
  readQuestionnaireStats,
  TOPIC_IDS,
  TOPICS,
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
export {
  type LedgerCheckpoint,
  type LedgerEntry,
  type LedgerExport,
  type LedgerVerdict,
  nextEntry,
  type RunningServer,
  resolveServerConfig,
  type ServerConfig,
  type ServerModule,
  startServer,
  verifyLedger,
} from './server/index.js';
export { VERSION } from './version.js';
