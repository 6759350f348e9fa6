import type { CheckResult, SourceRef } from '../controls/types.js';
import { judgedBy } from '../core/contracts.js';

/** `verified`: every supporting result passes. `failing`: one fails. `unverified`: no result proves it yet. */
export type ClaimStatus = 'verified' | 'failing' | 'unverified';

/** A statement the trust center makes as fact, and what backs it. */
export interface Claim {
  /** Stable id, e.g. `no-training`. */
  id: string;
  /** The sentence as published. */
  statement: string;
  status: ClaimStatus;
  /** Ids of the checks that decide it. */
  checks: string[];
  /** Why it has this status, for the build log: the failing or missing results. */
  reason: string;
  /** The map entries the statement is written from, then the check results' own sources. */
  sources: SourceRef[];
  /** The page that shows it. */
  page: string;
  /**
   * Verified by checks that found nothing of the kind to check (no training sink, no prompt kept in a part of ours):
   * said as such beside the badge, not as a check that passed (storm, paperless-ai).
   */
  byAbsence?: boolean;
  /**
   * Verified where the statement itself says what falls short (stores that do not separate customers), the failing
   * results being on what it discloses: shown as a gap stated, never with a green "Verified" a buyer reads as a pass
   * (ChatFiles: "… do not separate one customer's data from another's ✓ Verified").
   */
  disclosesGap?: boolean;
  /**
   * Public sentences saying why it is not verified yet (a place over the policy, a store not tested live, an
   * expired DPA), written from the model with public names only. Check messages, which carry internal ids,
   * stay in the build log (`reason`).
   */
  notes?: string[];
}

/**
 * Which checks back which claim. Several ids per claim, so a renamed check (or one split in two) is a data
 * change here. A claim is only as good as the results of these checks in the run.
 */
export const CLAIM_CHECKS: Readonly<Record<string, readonly string[]>> = {
  'no-training': ['no-training-on-customer-data'],
  'prompt-retention': ['prompt-output-retention'],
  'tenant-isolation': ['tenant-isolation'],
  deletion: ['deletion-coverage'],
  'model-providers': ['llm-subprocessor-terms'],
};

/** Claims a check proves by finding nothing to check: no training sink proves no training. */
const ABSENCE_PROVES: ReadonlySet<string> = new Set(['no-training']);

/**
 * What a failing result says about this claim's own checks: its message, or, when the claim's check was folded
 * into a result with the same cause, that check's own words from the result's reasons.
 */
function failure(result: CheckResult, checks: readonly string[]): string {
  if (checks.includes(result.checkId)) return `${result.checkId} fails: ${result.message}`;
  const folded = result.reasons?.find((reason) => checks.some((check) => reason.startsWith(`${check}: `)));
  if (!folded) return `${result.checkId} fails: ${result.message}`;
  const at = folded.indexOf(': ');
  return `${folded.slice(0, at)} fails: ${folded.slice(at + 2)}`;
}

/**
 * Decides a claim's status from the check results that back it. Results that are `not-applicable` only
 * (nothing the check looks at exists) support a claim of absence alone: "no training sink" proves "no training", and
 * no prompt kept in a part of ours proves "we keep no prompts" (deer-flow), but no store to check proves no retention
 * or deletion.
 * @example assessClaim({ id: 'no-training', statement: '…', page: 'ai-data-practices.html', sources: [] }, results)
 */
export function assessClaim(
  claim: Pick<Claim, 'id' | 'statement' | 'page' | 'sources' | 'notes'>,
  results: readonly CheckResult[],
  /** The statement itself asserts an absence ("we keep no prompts"), whatever its id: nothing to check proves it. */
  absence = ABSENCE_PROVES.has(claim.id),
  /**
   * Subjects the statement itself says fall short (a shared store the isolation statement names): a failing result on
   * one confirms the statement rather than contradicting it (ai-town, storm).
   */
  disclosed: ReadonlySet<string> = new Set(),
): Claim {
  const checks = [...(CLAIM_CHECKS[claim.id] ?? [])];
  const relevant = results.filter((result) => judgedBy(result, checks) && !result.notRun);
  const confirming = relevant.filter(
    (result) => result.status === 'fail' && disclosed.has(result.subject.id),
  );
  const failing = relevant.filter((result) => result.status === 'fail' && !disclosed.has(result.subject.id));
  const open = relevant.filter((result) => result.status === 'needs-evidence');
  let status: ClaimStatus = 'verified';
  let reason = `${relevant.length - confirming.length} result${relevant.length - confirming.length === 1 ? '' : 's'} of ${checks.join(', ')} pass${
    confirming.length > 0
      ? `; ${confirming.length} failing, on what the statement discloses: ${confirming.map((result) => result.subject.id).join(', ')}`
      : ''
  }`;
  if (relevant.length === 0) {
    status = 'unverified';
    reason = `no result of ${checks.join(', ') || 'any check'} in this run`;
  } else if (failing.length > 0 && failing.every((result) => result.unknown)) {
    // Failing only for facts not on record: not yet verified, not contradicted.
    status = 'unverified';
    reason = failing.map((result) => failure(result, checks)).join('; ');
  } else if (failing.length > 0) {
    status = 'failing';
    reason = failing.map((result) => failure(result, checks)).join('; ');
  } else if (open.length > 0) {
    status = 'unverified';
    reason = open.map((result) => `${result.checkId} needs evidence: ${result.message}`).join('; ');
  } else if (!absence && relevant.every((result) => result.status === 'not-applicable')) {
    // A check with nothing to look at proves nothing kept or deleted (openlit: "prompts and model outputs are kept
    // until deleted", ticked "Verified" because every store was the customer's and the retention check had none).
    status = 'unverified';
    reason = `${checks.join(', ')} had nothing to check: ${relevant.map((result) => result.message).join('; ')}`;
  }
  const decisive = failing.length > 0 ? failing : open.length > 0 ? open : relevant;
  const byAbsence = status === 'verified' && relevant.every((result) => result.status === 'not-applicable');
  const disclosesGap = status === 'verified' && confirming.length > 0;
  return {
    ...claim,
    ...(byAbsence ? { byAbsence } : {}),
    ...(disclosesGap ? { disclosesGap } : {}),
    status,
    checks,
    reason,
    sources: [...claim.sources, ...decisive.flatMap((result) => result.sources)],
  };
}

/**
 * Holds a claim back from "verified" for a reason the checks do not see (a proposed map entry, a store not
 * tested live). A failing claim stays failing; a verified one becomes unverified with the reason and note.
 * @example downgrade(claim, 'rests on proposed entries: app-db', 'Part of this is not yet confirmed.')
 */
export function downgrade(claim: Claim, reason: string, note?: string): Claim {
  return {
    ...claim,
    status: claim.status === 'failing' ? 'failing' : 'unverified',
    reason: claim.status === 'verified' ? reason : `${claim.reason}; ${reason}`,
    notes: note ? [...(claim.notes ?? []), note] : claim.notes,
  };
}
