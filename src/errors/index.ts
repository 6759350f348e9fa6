/**
 * The few error classes capabilities throw. The CLI's single error boundary maps them to exit codes
 * and clean messages; nothing else should reach the user as a stack trace.
 */

/** A place in a user's file. Lines and columns count from 1. */
export interface Location {
  file: string;
  line: number;
  col: number;
}

/** One thing wrong with user input, located where possible. */
export interface Problem {
  /** A stable code (`unknown-reference`, `duplicate-id`, …): filters and tests match codes, never message text. */
  code?: string;
  location?: Location;
  message: string;
  hint?: string;
}

/** Base class: every error Trustmap means to show a user. */
export class TrustmapError extends Error {
  /** Exit code the CLI uses for it. */
  readonly exitCode: number = 2;
  constructor(
    message?: string,
    /** What the user can do about it, shown under the message. */
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Bad input in a map or another user file; carries every problem found, not only the first. */
export class InputError extends TrustmapError {
  override name = 'InputError';
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

/** The system map could not be loaded. */
export class MapError extends InputError {
  override name = 'MapError';
}

/** The command line itself is wrong (unknown flag value, missing argument). */
export class UsageError extends TrustmapError {
  override name = 'UsageError';
}

/**
 * This installation or machine lacks a part Trustmap needs (a dependency that fails to load, say): not the user's
 * file and not a bug; the hint says how to repair it or do without.
 */
export class SetupError extends TrustmapError {
  override name = 'SetupError';
}

/** A live probe could not run (unreachable target, bad credentials); distinct from a failing verdict. */
export class ProbeError extends TrustmapError {
  override name = 'ProbeError';
}

/** `file:line:col: message` followed by an indented hint line, the way compilers print. */
export function formatProblem(problem: Problem): string {
  const where = problem.location
    ? `${problem.location.file}:${problem.location.line}:${problem.location.col}: `
    : '';
  const hint = problem.hint ? `\n  hint: ${problem.hint}` : '';
  return `${where}${problem.message}${hint}`;
}
