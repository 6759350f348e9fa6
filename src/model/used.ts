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

/**
 * Whether discovery read any file of the code: a scan of a folder that holds only the map read nothing, and neither
 * a check nor an answer may say the map was compared with the code on its word.
 * @example if (codeScanned(model)) text += '; the services and stores it names are checked against our code';
 */
export function codeScanned(model: Model): boolean {
  // A report from before `stats` was written (a test's, an old cache) is taken at its word.
  return model.discovery !== undefined && model.discovery.stats?.files !== 0;
}
