export { canonicalJson, sha256Of } from './canonicalJson.js';
export {
  type CheckResult,
  type CheckStatus,
  judgedBy,
  SEVERITIES,
  type Severity,
  type SourceRef,
  SUBJECT_KINDS,
  type Subject,
} from './contracts.js';
export {
  csvText,
  escapeHtmlText,
  escapeMarkdownText,
  escapeXml,
  markdownCell,
  spreadsheetText,
} from './encode.js';
export { type Paint, PLAIN } from './paint.js';
export { isSecretKey, redactLine, redactText } from './redact.js';
export {
  generateSigningKey,
  keyIdOf,
  privateKeyPem,
  publicKeyFrom,
  type Signature,
  type SigningKey,
  signingKeyFrom,
  signValue,
  trustedSigner,
  verifyValue,
} from './signing.js';
export { joinList, plural } from './words.js';
