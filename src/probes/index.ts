export { type SqlClient, sqlClient } from './client.js';
export {
  EVIDENCE_DIR,
  probeResultFileName,
  type RejectedProbeFile,
  readProbeResults,
  writeProbeResult,
} from './evidence.js';
export { type HttpProbeConfig, HttpProbeConfigSchema, loadHttpProbeConfig } from './http/config.js';
export { readJsonPath } from './http/jsonPath.js';
export { type HttpProbeOptions, probeHttp } from './http/probeHttp.js';
export {
  postgresOptionsFromConfig,
  postgresProbeConfig,
  probeMapComponent,
} from './mapProbe.js';
export { type CleanupOptions, type CleanupResult, cleanupCanaries } from './postgres/cleanup.js';
export { CANARY_PREFIX, type PostgresProbeOptions, type TenantContext } from './postgres/options.js';
export { withMigratedPglite } from './postgres/pglite.js';
export { probePostgres } from './postgres/probePostgres.js';
export {
  type CanaryRun,
  forgetCanaryRuns,
  RUNS_FILE,
  readCanaryRuns,
  recordCanaryRun,
} from './postgres/runs.js';
export { redactUrl } from './redact.js';
export { buildProbeResult, combineVerdicts, sealProbeResult, verifyProbeResult } from './result.js';
export {
  CLOCK_SKEW_MS,
  distrustReason,
  futureDated,
  type ProbeTrust,
  probeTrust,
  signatureTrust,
  signProbeResult,
  type TrustedKeyInput,
} from './trust.js';
export type { ProbeResult, ProbeStep, ProbeVerdict, StoredProbeResult } from './types.js';
