import { type FactProblem, factProblem } from './facts.js';
import type { Directory } from './load.js';
import type { Fact, FirmData } from './schema.js';

/** A fact that matching will ignore, and why. */
export interface DirectoryIssue {
  firm: string;
  line?: number;
  field: string;
  problem: FactProblem;
}

const WORDS: Record<FactProblem, string> = {
  'no-source': 'has no source',
  'no-date': 'has no checked date',
  'bad-date': 'has a checked date that is not a real day',
  'future-date': 'has a checked date in the future',
};

/** The facts of a firm, with the field each sits in (`regions[1]`). */
export function factsOf(firm: FirmData): [string, Fact<unknown>][] {
  const out: [string, Fact<unknown>][] = [];
  for (const [key, value] of Object.entries(firm)) {
    if (key === 'id' || key === 'name' || key === 'size' || value === undefined) continue;
    if (Array.isArray(value)) {
      for (const [i, fact] of value.entries()) out.push([`${key}[${i}]`, fact as Fact<unknown>]);
    } else out.push([key, value as Fact<unknown>]);
  }
  return out;
}

/**
 * Every fact in the directory that matching will ignore (no source, no date, a date that is not a day or lies
 * after `today`), for `trustmap auditors validate` and for directory operators.
 */
export function checkDirectory(directory: Directory, today: string): DirectoryIssue[] {
  const issues: DirectoryIssue[] = [];
  for (const firm of directory.firms)
    for (const [field, fact] of factsOf(firm)) {
      const problem = factProblem(fact, today);
      if (problem) {
        const line = directory.lines.get(firm.id);
        issues.push({ firm: firm.id, ...(line !== undefined ? { line } : {}), field, problem });
      }
    }
  return issues;
}

/** `firms.yaml:12: schellman: regions[0] has no source (ignored for matching)` */
export function formatIssue(file: string, issue: DirectoryIssue): string {
  return `${file}${issue.line ? `:${issue.line}` : ''}: ${issue.firm}: ${issue.field} ${WORDS[issue.problem]} (ignored for matching)`;
}
