import type { CheckResult } from '../controls/types.js';
import type { Model } from '../model/index.js';
import { adviseScope, type ScopeAdvice } from '../scope/index.js';
import type { Directory } from './load.js';
import { type MatchResult, matchFirms } from './match.js';
import { companyProfile, type ProfileOverrides } from './profile.js';

/** Match and the scope advice it read, for the brief. */
export interface AuditorRun {
  advice: ScopeAdvice;
  result: MatchResult;
}

/**
 * From a model and its check results to three firms: scope advice (with the target date from the flags or the
 * map), the company profile, then the match. Pure; the clock comes in as `now`.
 * @example const { result } = matchForModel(model, runChecks(model).results, directory, {}, new Date())
 */
export function matchForModel(
  model: Model,
  results: readonly CheckResult[],
  directory: Directory,
  overrides: ProfileOverrides,
  now: Date,
): AuditorRun {
  const targetReportDate = overrides.targetDate ?? model.map.organization.targetReportDate;
  const advice = adviseScope(model, results, {
    ...(overrides.stage ? { stage: overrides.stage } : {}),
    ...(targetReportDate ? { targetReportDate } : {}),
  });
  const profile = companyProfile(model, advice, overrides);
  return { advice, result: matchFirms(directory, profile, now.toISOString().slice(0, 10)) };
}
