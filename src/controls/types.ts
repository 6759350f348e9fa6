/** The check contract lives in the shared bottom layer (`src/core/contracts.ts`); re-exported for this stage. */
export type { CheckResult, CheckStatus, Severity, SourceRef, Subject } from '../core/contracts.js';
