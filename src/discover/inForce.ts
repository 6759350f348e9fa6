// Apart from drift.ts, which loads the provider catalog: the model and the checks read this on every run.
import { activeDismissals, dismisses, type SystemMapData } from '../map/index.js';
import type { Finding } from './types.js';

/**
 * The findings that count as the code's use of a provider: neither only mentioned (tests, docs, examples, comments,
 * optional or transitive dependencies) nor dismissed by a person on `now`, itself or every service it stands for. Drift, the checks and the trust center
 * read these, so "used by our service" means the same everywhere.
 * @example findingsInForce(map, report.findings, now).map((finding) => finding.provider)
 */
export function findingsInForce(
  map: Pick<SystemMapData, 'dismissals'>,
  findings: readonly Finding[],
  now: Date,
): Finding[] {
  const dismissed = activeDismissals(map, now);
  // A vendor's shared credentials found beside one of its services stand for that service (`covers`): with every
  // service it covers dismissed, it is dismissed with them (rag_api: dismissing Bedrock and Vertex brought Amazon Web
  // Services and Google Cloud back as vendors "used by our service but not yet on our sub-processor list").
  const gone = new Set(
    findings.filter((finding) => dismisses(dismissed, finding)).map((finding) => finding.provider),
  );
  return findings.filter(
    (finding) =>
      finding.status !== 'mentioned' &&
      !dismisses(dismissed, finding) &&
      !(finding.covers?.length && finding.covers.every((id) => gone.has(id))),
  );
}
