export { type SqlClient, sqlClient } from './client.js';
export {
  EVIDENCE_DIR,
  probeResultFileName,
  type RejectedProbeFile,
  readProbeResults,
  writeProbeResult,
} from './evidence.js';
export { CANARY_PREFIX, type PostgresProbeOptions, type TenantContext } from './postgres/options.js';
export { probePostgres } from './postgres/probePostgres.js';
export { redactUrl } from './redact.js';
export { buildProbeResult, combineVerdicts, sealProbeResult, verifyProbeResult } from './result.js';
export type { ProbeResult, ProbeStep, ProbeVerdict, StoredProbeResult } from './types.js';
