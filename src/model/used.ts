import { findingsInForce } from '../discover/inForce.js';
import type { Finding } from '../discover/types.js';
import type { Model } from './model.js';

/**
 * What discovery found the code using: every finding but those only mentioned (a lockfile's transitive entry, a
 * comment, a test, docs) and those a person dismissed (an optional provider the deployment does not use), as
 * drift reads them. Checks and pages that say "used by our service" read these, never the whole report.
 * @example usedFindings(model).filter((finding) => finding.hosting === 'vendor-hosted')
 */
export function usedFindings(model: Model): Finding[] {
  return findingsInForce(model.map, model.discovery?.findings ?? [], model.now);
}
