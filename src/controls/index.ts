export { CONTROLS } from './catalog/controls.js';
export { ISO42001 } from './catalog/iso42001.js';
export { SOC2_CRITERIA } from './catalog/soc2.js';
export type { Control, FrameworkId, Iso42001Item, Soc2Category, Soc2Criterion } from './catalog/types.js';
export type { CheckModule } from './check.js';
export { safeguardsInWords } from './checks/aiInfrastructureBaseline.js';
export { type ComputeDrift, createDiscoveryDriftCheck } from './checks/discoveryDrift.js';
export { CHECKS } from './checks/index.js';
export {
  type ControlStatus,
  type CriterionCoverage,
  type CriterionStatus,
  controlStatuses,
  coverage,
  type FrameworkCoverage,
} from './coverage.js';
export { classesAt, customerDataClasses, tenantScopedClasses } from './dataClasses.js';
export { notOnFile } from './evidenceStatus.js';
export {
  type CheckRun,
  type CheckSummary,
  failsThreshold,
  type RunOptions,
  runChecks,
  SEVERITIES,
  STATUSES,
  summarize,
} from './runChecks.js';
export { type StoreVerification, storeVerification } from './storeVerification.js';
export { findTrainingPaths, type TrainingLeak } from './trainingPaths.js';
export type { CheckResult, CheckStatus, Severity, SourceRef, Subject } from './types.js';
