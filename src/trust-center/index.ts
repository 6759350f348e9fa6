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
export { type ControlInfo, controlGroups } from './controlSummary.js';
export { UnsupportedClaimsError } from './errors.js';
export { escapeHtml, html, raw, SafeHtml, safeUrl } from './html.js';
export { dataPractices } from './practices.js';
export {
  type PublishOptions,
  type PublishResult,
  publishTrustCenter,
  publishTrustCenterFor,
} from './publish.js';
export {
  diffSubprocessors,
  type PublishedSubprocessor,
  publishedSubprocessors,
  type SubprocessorChange,
  type SubprocessorList,
} from './subprocessors.js';
export { readPublishedSubprocessors, readTrustCenterInputs, writeTrustCenter } from './write.js';
