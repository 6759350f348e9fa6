/** Discovery: what a codebase really uses, with file:line proof, and how that differs from the map. */
export { compileCatalog } from './catalog/compile.js';
export { findProvider, PROVIDERS } from './catalog/index.js';
export type { ProviderEntry, ProviderSignals, TerraformSignal } from './catalog/types.js';
export { DEFAULT_MAX_FILE_SIZE, type DiscoverOptions, discover } from './discover.js';
export {
  computeDrift,
  type DriftItem,
  type DriftKind,
  type DriftSeverity,
  type ProposedEntry,
  recognisable,
} from './drift.js';
export { findingsInForce } from './inForce.js';
export { PROOF_CLASSES, proofRank, statusOf, USE_PROOF_CLASSES } from './proof/classes.js';
export { customersOwnSource, type MapAddition, planAdditions } from './proposeData.js';
export { type CycloneDxOptions, renderDiscoveryCycloneDx } from './render/cyclonedx.js';
export { DISCOVERY_JSON_FORMAT, renderDiscoveryJson } from './render/json.js';
export { renderDiscoveryMarkdown } from './render/markdown.js';
export { PLAIN, type Style } from './render/style.js';
export { type RenderOptions, renderDiscoveryText } from './render/text.js';
export type {
  Confidence,
  ConfigFact,
  DataSent,
  DiscoveryEvidence,
  DiscoveryReport,
  Finding,
  FindingStatus,
  ModelFileFact,
  ProofClass,
  ProviderCategory,
  ProviderHosting,
  SignalKind,
  SkippedFile,
  TableFact,
} from './types.js';
export { type WriteResult, writeMapAdditions, writeProposedEntries } from './writeProposed.js';
