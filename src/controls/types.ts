import type { Location } from '../errors/index.js';

/**
 * Contract between checks and everything that renders or uses their results
 * (reports, trust center, questionnaire answers, scope advice). Extend, do not break.
 */

export type CheckStatus = 'pass' | 'fail' | 'not-applicable' | 'needs-evidence';
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** Where a claim comes from. Every claim in every output carries at least one. */
export type SourceRef =
  | { kind: 'map'; pointer: string; location?: Location }
  | { kind: 'code'; file: string; line: number; snippet?: string }
  | { kind: 'probe'; file: string; verdict: string; at: string }
  | { kind: 'evidence'; id: string; path?: string; url?: string };

/** What a check is about: one entry of the map, a finding, or the organisation as a whole. */
export interface Subject {
  kind:
    | 'organization'
    | 'dataClass'
    | 'component'
    | 'subprocessor'
    | 'flow'
    | 'aiSystem'
    | 'evidence'
    | 'finding'
    | 'control';
  id: string;
}

export interface CheckResult {
  checkId: string;
  /** Trustmap control ids this result evidences. */
  controls: string[];
  status: CheckStatus;
  severity: Severity;
  subject: Subject;
  message: string;
  sources: SourceRef[];
  remediation?: string;
  /** For flow-path findings: the hops, e.g. ['app-db', 'training-bucket', 'ft-pipeline']. */
  path?: string[];
}
