export { type AuditPackage, type AuditPackageInput, buildAuditPackage } from './buildPackage.js';
export {
  type ControlDay,
  type ControlException,
  type ControlHistory,
  controlHistories,
  controlStatus,
  type DayStatus,
} from './controlHistory.js';
export { type ControlMatrixRow, controlMatrix, controlsFor } from './controlMatrix.js';
export { csvTable, ledgerCell, populationCsv } from './csv.js';
export { descriptionHistory } from './descriptionHistory.js';
export { type ExampleHistoryOptions, exampleHistory } from './exampleHistory.js';
export {
  MANIFEST_FORMAT,
  MANIFEST_PATH,
  type ManifestBody,
  type ManifestFile,
  type PackageManifest,
} from './manifest.js';
export { controlMatrixXlsx } from './matrixXlsx.js';
export { oscalAssessmentResults } from './oscal/assessmentResults.js';
export { OSCAL_VERSION, oscalControlId, uuidFor } from './oscal/ids.js';
export { type OscalContext, oscalSsp } from './oscal/ssp.js';
export {
  allPopulations,
  POPULATION_KINDS,
  type Population,
  type PopulationItem,
  type PopulationKind,
  population,
  populationHash,
} from './populations.js';
export { readHistory } from './readHistory.js';
export {
  type AuditWindow,
  dayOf,
  daysOf,
  inWindow,
  isWindow,
  type LedgerRecord,
  ledgerLabel,
  ledgerRef,
} from './records.js';
export { parseRequestList, type RequestInput, requestsFromRows } from './requestList.js';
export {
  checkSample,
  drawSample,
  SAMPLE_ALGORITHM,
  SAMPLE_METHODS,
  type Sample,
  type SampleMethod,
  type SampleRequest,
  uniform,
} from './sampling.js';
export { type PackageVerdict, verifyAuditPackage } from './verifyPackage.js';
export { deterministicZip, normalizeZip, readZip } from './zip.js';
