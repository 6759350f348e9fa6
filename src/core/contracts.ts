import type { Location } from '../errors/index.js';

/**
 * Contracts that cross stages: what a check says, how severe it is, what it is about and where a claim comes
 * from. Every stage reads these from here; none redefines them. Extend by adding optional fields.
 */

export type CheckStatus = 'pass' | 'fail' | 'not-applicable' | 'needs-evidence';
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** Severities from most to least severe. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** Where a claim comes from. Every claim in every output carries at least one. */
export type SourceRef =
  | { kind: 'map'; pointer: string; location?: Location }
  | { kind: 'code'; file: string; line: number; snippet?: string }
  | { kind: 'probe'; file: string; verdict: string; at: string; signedBy?: string }
  | { kind: 'evidence'; id: string; path?: string; url?: string }
  | { kind: 'check'; checkId: string; status: CheckStatus; subject: string; at?: string }
  | { kind: 'ledger'; org: string; seq: number; hash: string };

/** The kinds of thing a check can be about. */
export const SUBJECT_KINDS = [
  'organization',
  'dataClass',
  'component',
  'subprocessor',
  'flow',
  'aiSystem',
  'evidence',
  'finding',
  'control',
] as const;

/** What a check is about: one entry of the map, a finding, or the organisation as a whole. */
export interface Subject {
  kind: (typeof SUBJECT_KINDS)[number];
  id: string;
}

/** One verdict of one check on one subject. */
export interface CheckResult {
  checkId: string;
  /** Trustmap control ids this result evidences. */
  controls: string[];
  status: CheckStatus;
  severity: Severity;
  subject: Subject;
  /** For the engineer who fixes the map: ids in backticks, map words, durations as `90d`. */
  message: string;
  /**
   * The check did not run: what it compares was not gathered this run (discovery skipped with `--no-discover`). Its
   * status stays `not-applicable`, but it proves nothing: the trust center shows its control as not checked and no
   * claim rests on it (SillyTavern: "The system map matches the code · Not applicable" on a site built without
   * discovery).
   */
  notRun?: true;
  /**
   * The same finding for a reader outside the team (a buyer's reviewer): names for ids, durations in words, no
   * check, control or map vocabulary, no trailing full stop. Every failing result carries one; answers say it.
   * @example 'Document chunk index separates customers\' data in the application only, not in the datastore itself'
   */
  plain?: string;
  /**
   * What the subject lacks, by name, where one result lists several things (the infrastructure baseline's
   * safeguards): a reader that speaks to one of them filters on this, never on the message.
   */
  lacks?: string[];
  sources: SourceRef[];
  remediation?: string;
  /** For flow-path findings: the hops, e.g. ['app-db', 'training-bucket', 'ft-pipeline']. */
  path?: string[];
  /**
   * The one gap behind a failure (`undeclared:langsmith`, `evidence:dpa-cohere`, `retention:prompt-logs`).
   * Failures that share a cause are one gap: `runChecks` keeps one result and folds the others into `reasons`.
   */
  cause?: string;
  /** Further consequences of the same cause (e.g. an undeclared vendor's unknown terms and retention). */
  reasons?: string[];
  /** Checks whose results for the same cause were merged into this one (see `cause`). */
  alsoChecks?: string[];
  /**
   * It fails because a fact is not on record (how long a provider keeps prompts), not because the map contradicts the
   * control: a public statement it backs is not yet verified, not "not met" (doc-search: "Prompts and model outputs are
   * not retained after a request completes ✕ Not met", of a provider whose retention was unrecorded).
   */
  unknown?: true;
}

/**
 * True when `result` carries the verdict of one of `checkIds`: its own check, or one merged into it for the
 * same cause. Consumers that look for a check's verdict ask this, never `result.checkId` alone.
 * @example results.filter((result) => judgedBy(result, ['prompt-output-retention']))
 */
export function judgedBy(result: CheckResult, checkIds: readonly string[]): boolean {
  return checkIds.includes(result.checkId) || (result.alsoChecks ?? []).some((id) => checkIds.includes(id));
}
