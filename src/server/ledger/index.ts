export { checkpointOf, entryBody, nextEntry, signedPart } from './chain.js';
export type {
  LedgerCheckpoint,
  LedgerEntry,
  LedgerEntryBody,
  LedgerExport,
  LedgerRecord,
} from './types.js';
export { GENESIS_HASH } from './types.js';
export {
  checkpointProblem,
  type LedgerProblem,
  type LedgerProblemKind,
  type LedgerVerdict,
  verifyLedger,
} from './verify.js';
