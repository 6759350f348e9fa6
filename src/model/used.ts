import { findingsInForce } from '../discover/inForce.js';
import { RLS_BYPASS } from '../discover/signals/factRules.js';
import type { ConfigFact, Finding } from '../discover/types.js';
import { activeDismissals, dismisses } from '../map/index.js';
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
 * @example if (codeScanned(model)) text += '; the vendors and stores it names are checked against our code';
 */
export function codeScanned(model: Model): boolean {
  // A report from before `stats` was written (a test's, an old cache) is taken at its word.
  return model.discovery !== undefined && model.discovery.stats?.files !== 0;
}

/**
 * Where production code connects with a key that row-level security does not apply to (Supabase's service-role
 * key): a store's `row-level-security` then holds only for the other paths. The tenant-isolation check and the
 * isolation answers read it; a probe of the policies cannot see it.
 * @example rlsBypasses(model)[0]?.evidence[0] // { file: 'app/api/retrieval/retrieve/route.ts', line: 21, … }
 */
export function rlsBypasses(model: Model): ConfigFact[] {
  // Not where a person dismissed the provider (Supabase named in code this deployment does not use), as the report
  // leaves such facts out (`factsInForce`).
  const dismissed = activeDismissals(model.map, model.now);
  return (model.discovery?.facts ?? []).filter(
    (fact) =>
      fact.kind === RLS_BYPASS && !(fact.provider && dismisses(dismissed, { provider: fact.provider })),
  );
}

/**
 * Where `rlsBypasses` are, as a reader cites them: the first three `file:line`, and how many more.
 * @example rlsBypassPlaces(model) // 'app/api/retrieval/retrieve/route.ts:21 and 4 more'
 */
export function rlsBypassPlaces(model: Model): string {
  const bypasses = rlsBypasses(model);
  const places = bypasses.slice(0, 3).map((fact) => `${fact.evidence[0]!.file}:${fact.evidence[0]!.line}`);
  return `${places.join(', ')}${bypasses.length > places.length ? ` and ${bypasses.length - places.length} more` : ''}`;
}
