export { OPEN_ACCESS, speaksOfPeople } from './access.js';
export { type AssembleOptions, assembleFromMap, assembleModel, type DiscoverFunction } from './assemble.js';
export { type AuditStatus, auditDetails, auditName, auditStatus } from './auditStatus.js';
export {
  type CommitmentStatement,
  commitmentStatements,
  deletesAtEnd,
  deletionStart,
} from './commitments.js';
export {
  asCondition,
  DEFAULT_ON,
  onlyUnder,
  onlyWhen,
  reachedThrough,
  STATES_CONDITION,
  underConditions,
  unlessSaid,
} from './conditions.js';
export {
  consentWithdrawal,
  customerDataAt,
  customerDataClasses,
  customerPartsKeeping,
  customerPartsUnsaid,
  customersClasses,
  customersOwn,
  heldByUsUnsaid,
  keptWithin,
  onlyCustomersHold,
  promptClasses,
  promptsKeptAsOther,
  sentWithPrompts,
  tenantScopedClasses,
  unsaidPartsClauses,
} from './dataClasses.js';
export {
  type CustomerRun,
  customerRunPointer,
  customersOwnPlace,
  customersVendorOf,
  dataAtCustomers,
  hostedBy,
  hostsOurSystem,
  keepsOwnCopy,
  ourComponents,
  placement,
  runsAtCustomers,
  usageReachingUs,
} from './hosts.js';
export { midSentence, nameMidSentence } from './midSentence.js';
export {
  buildModel,
  type EvidenceFileStatus,
  type Model,
  type ModelFacts,
  type ModelIndex,
} from './model.js';
export {
  beyondPolicy,
  byDefault,
  componentLabel,
  deletedWithin,
  durationWords,
  keptFor,
  named,
  nameOf,
  productName,
  reviewLabel,
  sameName,
  vendorLabel,
  vendorService,
} from './names.js';
export { isProposed, proposedPointers, proposedSupport } from './proposed.js';
export {
  type Area,
  asksLeaving,
  cloudName,
  namedArea,
  placeWords,
  regionArea,
  regionInside,
  regionWords,
} from './regions.js';
export {
  heldWithoutRetention,
  holders,
  keptLonger,
  type RetentionPlace,
  retentionPlaces,
  searchesOnly,
} from './retentionPlaces.js';
export {
  forwardsToVendor,
  hostingUnsaid,
  modelProviderTest,
  modelsCustomersRun,
  modelsWeRun,
  servingOurs,
  servingParts,
  upstreamUnsaid,
  upstreamWords,
  vendorModels,
} from './serving.js';
export {
  offersSso,
  opensToAnyone,
  type SignInComponent,
  signInComponents,
  signInSentence,
  signInSentences,
  silentFrontDoors,
  silentServices,
} from './signIn.js';
export { codeRef, evidenceRef, mapRef, probeRef } from './sources.js';
export { opensToOthers } from './tenancy.js';
export { type TrainingTerms, trainingTerms } from './trainingTerms.js';
export { chosenTreatment } from './treatment.js';
export { codeScanned, rlsBypasses, rlsBypassPlaces, usedFindings } from './used.js';
export { accountWords, noAgreementSays, ownKeySentence, REACHED_ANONYMOUSLY } from './vendorAccount.js';
