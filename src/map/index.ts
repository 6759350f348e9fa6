export {
  activeDismissals,
  dismisses,
  isProposedPointer,
  type ProposedEntry,
  proposedEntries,
} from './confirmation.js';
export { closest, didYouMean } from './didYouMean.js';
export {
  type Duration,
  durationDays,
  durationInWords,
  longestRetention,
  parseDuration,
  withinDuration,
} from './duration.js';
export { encryptsOnlyPart } from './encryptionWords.js';
export { OUTPUT_MARKER } from './fileNames.js';
export { mapIdFor } from './ids.js';
export { mapJsonSchema, SCHEMA_ID } from './jsonSchema.js';
export { findMapFiles, loadMap, MAP_FILE_NAMES, MAP_FOLDER_NAME } from './loadMap.js';
export { type LoadOptions, type LoadResult, loadMapFromFiles, type MapFile } from './loadText.js';
export { isWritten, locationOf } from './locations.js';
export { type MergedSource, singleSource } from './merge.js';
export { findExcessiveNesting } from './nestingGuard.js';
export { fileParseCache, type ParseCache, userParseCache } from './parseCache.js';
export { type ParsedYaml, parseYaml } from './parseYaml.js';
export { mapValueAt } from './pointer.js';
export {
  deletesNothing,
  deletesOnlyPart,
  keepsClass,
  keepsData,
  keepsNothing,
  keptAt,
  longestKept,
  retentionPointer,
} from './retention.js';
export type { MapRule, RuleContext } from './rules/index.js';
export { MAP_RULES } from './rules/index.js';
export { COMPONENT_KINDS, HOSTINGS, TENANCY_MODELS } from './schema/component.js';
export { DATA_CATEGORIES, SENSITIVITIES } from './schema/dataClass.js';
export { FLOW_PURPOSES } from './schema/flow.js';
export { EVIDENCE_KINDS } from './schema/governance.js';
export type {
  AiSystemData,
  AuditData,
  ComponentData,
  ControlEvidenceData,
  DataClassData,
  DismissalData,
  EvidenceData,
  FlowData,
  OrganizationData,
  SubprocessorData,
  SystemMapData,
  SystemMapInput,
  TenancyData,
} from './schema/map.js';
export { SystemMapSchema } from './schema/map.js';
export { AUDIT_KINDS, AUDIT_STATUSES, FRAMEWORK_NAMES, FRAMEWORKS, STAGES } from './schema/organization.js';
export { TRAINING_STANCES } from './schema/subprocessor.js';
export { decodeMapText, MAX_MAP_BYTES } from './sourceText.js';
export { productNameFrom, type StarterAnswers, starterMap } from './starter.js';
export type { MapSourceInfo, SystemMap } from './systemMap.js';
export { validateWith } from './validateShape.js';
export { isInternal, publishesDetails, type Visibility, visibilityOf } from './visibility.js';
export {
  CUSTOMER_CATEGORIES,
  DATASTORE_ENFORCED_TENANCY,
  PRIMARY_STORE_KINDS,
  STORE_KINDS,
  TRAINING_KINDS,
  TRAINING_PURPOSES,
} from './vocabulary.js';
