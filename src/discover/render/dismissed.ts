import type { DiscoveryReport, Finding } from '../types.js';

/** Whether a person dismissed `finding` in the map compared (by provider or by finding id). */
export function isDismissed(finding: Finding, dismissed: ReadonlySet<string> | undefined): boolean {
  return Boolean(dismissed?.has(finding.provider) || dismissed?.has(finding.id));
}

/**
 * The report's facts but those about a dismissed provider ("Helicone receives prompts" is not a fact about this
 * deployment), and the providers whose facts were set aside.
 */
export function factsInForce(report: DiscoveryReport, dismissed: ReadonlySet<string> | undefined) {
  const facts = report.facts.filter((fact) => !(fact.provider && dismissed?.has(fact.provider)));
  const setAside = [
    ...new Set(
      report.facts.flatMap((fact) => (facts.includes(fact) || !fact.provider ? [] : [fact.provider])),
    ),
  ];
  return { facts, setAside };
}
