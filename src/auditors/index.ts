export { checkDirectory, type DirectoryIssue, factsOf, formatIssue } from './check.js';
export { citeFact, type FactProblem, factProblem, type SourcedFact, usable, usableOne } from './facts.js';
export {
  bundledDirectoryFile,
  type Directory,
  loadDirectory,
  MAX_DIRECTORY_BYTES,
  parseDirectory,
} from './load.js';
export {
  band,
  type Exclusion,
  type FirmMatch,
  MATCH_METHOD,
  type MatchResult,
  matchFirms,
  type Reason,
} from './match.js';
export { pdfSafe, renderBriefPdf } from './pdf.js';
export {
  AUDITED_FRAMEWORKS,
  type AuditedFramework,
  type CompanyProfile,
  companyProfile,
  frameworkLabel,
  normalRegion,
  type ProfileOverrides,
} from './profile.js';
export { profileSummary, renderMatchMarkdown, renderMatchText } from './render.js';
export {
  type AuditRequestBrief,
  type BriefSection,
  buildRequestBrief,
  renderBriefMarkdown,
} from './request.js';
export { type AuditorRun, matchForModel } from './run.js';
export {
  DELIVERABLES,
  DIRECTORY_SCHEMA_ID,
  type DirectoryData,
  DirectorySchema,
  directoryJsonSchema,
  FACT_KINDS,
  type Fact,
  type FactKind,
  FIRM_SIZES,
  type FirmData,
  FirmSchema,
  ISO_STANDARDS,
} from './schema.js';
