// Apart from drift.ts, which loads the provider catalog: the model and the checks read this on every run.
import { activeDismissals, dismisses, type SystemMapData } from '../map/index.js';
import type { Finding } from './types.js';

/**
 * The findings that count as the code's use of a provider: neither only mentioned (tests, docs, examples, comments,
 * optional or transitive dependencies) nor dismissed by a person on `now`. Drift, the checks and the trust center
 * read these, so "used by our service" means the same everywhere.
 * @example findingsInForce(map, report.findings, now).map((finding) => finding.provider)
 */
export function findingsInForce(
  map: Pick<SystemMapData, 'dismissals'>,
  findings: readonly Finding[],
  now: Date,
): Finding[] {
  const dismissed = activeDismissals(map, now);
  return findings.filter((finding) => finding.status !== 'mentioned' && !dismisses(dismissed, finding));
}
