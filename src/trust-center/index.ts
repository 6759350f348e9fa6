export { escapeHtml, html, raw, SafeHtml, safeUrl } from '../core/html.js';
export { renderAtomFeed } from './atom.js';
export {
  buildTrustCenter,
  type InputFile,
  type TrustCenterOptions,
  type TrustCenterSite,
} from './build.js';
export { assessClaim, CLAIM_CHECKS, type Claim, type ClaimStatus } from './claims.js';
export { collectClaims } from './collectClaims.js';
export { contrastRatio, readableOn } from './contrast.js';
export {
  type ControlCounts,
  type ControlInfo,
  type CriterionRef,
  controlGroups,
  countControls,
} from './controlSummary.js';
export { UnsupportedClaimsError } from './errors.js';
export { publicTrainingLineage, renderTrainingLineage } from './lineage.js';
export { MAX_MARKDOWN_CHARS, renderMarkdown } from './markdown.js';
export { type Chrome, hero, layout } from './pages/layout.js';
export { type DataPractices, dataPractices, type StoreVerification } from './practices.js';
export {
  controlCatalog,
  type PublishOptions,
  type PublishResult,
  publishTrustCenter,
  publishTrustCenterFor,
} from './publish.js';
export { badge, STATUSES, type StatusId } from './status.js';
export {
  diffSubprocessors,
  dpaOf,
  type PublishedSubprocessor,
  publishedSubprocessors,
  type SubprocessorChange,
  type SubprocessorList,
  underReviewSubprocessors,
} from './subprocessors.js';
export { readPublishedSubprocessors, readTrustCenterInputs, writeTrustCenter } from './write.js';
