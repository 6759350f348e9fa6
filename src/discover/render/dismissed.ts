import { dismisses } from '../../map/index.js';
import type { DiscoveryReport, Finding } from '../types.js';

/** Whether a person dismissed `finding` in the map compared (`dismisses`). */
export function isDismissed(finding: Finding, dismissed: ReadonlySet<string> | undefined): boolean {
  return dismisses(dismissed, finding);
}

/**
 * The report's facts but those about a dismissed provider ("Helicone receives prompts" is not a fact about this
 * deployment), and the providers whose facts were set aside.
 */
export function factsInForce(report: DiscoveryReport, dismissed: ReadonlySet<string> | undefined) {
  const facts = report.facts.filter(
    (fact) => !(fact.provider && dismisses(dismissed, { provider: fact.provider })),
  );
  const setAside = [
    ...new Set(
      report.facts.flatMap((fact) => (facts.includes(fact) || !fact.provider ? [] : [fact.provider])),
    ),
  ];
  return { facts, setAside };
}
