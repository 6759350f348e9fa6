import type { DiscoveryEvidence, DiscoveryReport } from '../../discover/types.js';
import type { SystemMap } from '../../map/index.js';
import type { CheckModule } from '../check.js';
import { isDeclared } from '../providers.js';
import { codeRef, mapRef } from '../sources.js';
import type { CheckResult } from '../types.js';

const id = 'discovery-drift';
const controls = ['TM-MAP-01'];

/** One difference between the map and the code, as `computeDrift` in src/discover reports it. */
export interface DriftItem {
  severity: 'critical' | 'high' | 'info';
  kind: string;
  provider: string;
  message: string;
  evidence: DiscoveryEvidence[];
  pointer?: string;
}

export type ComputeDrift = (map: SystemMap, report: DiscoveryReport) => DriftItem[];

/**
 * The drift rule the check uses when none is given: a vendor-hosted provider found in the code and not
 * declared in the map. `computeDrift` from src/discover is richer and replaces it.
 */
export const undeclaredProviders: ComputeDrift = (map, report) => {
  return report.findings
    .filter((finding) => finding.hosting === 'vendor-hosted' && !isDeclared(map, finding))
    .map((finding) => ({
      severity: 'high',
      kind: 'undeclared-provider',
      provider: finding.provider,
      message: `${finding.name} is used in the code but not declared in the map`,
      evidence: finding.evidence,
    }));
};

/**
 * Builds the drift check around a drift function.
 * @example const check = createDiscoveryDriftCheck(computeDrift);
 */
export function createDiscoveryDriftCheck(computeDrift: ComputeDrift = undeclaredProviders): CheckModule {
  return {
    id,
    title: 'Discovery drift',
    controls,
    severity: 'high',
    run(model) {
      const report = model.discovery;
      if (!report) {
        return [
          {
            checkId: id,
            controls,
            status: 'not-applicable',
            severity: 'high',
            subject: { kind: 'organization', id: 'organization' },
            message: 'discovery did not run (--no-discover), so the map was not compared with the code',
            sources: [mapRef(model, 'organization')],
          },
        ];
      }
      const items = computeDrift(model.map, report);
      const results = items.map(
        (item): CheckResult => ({
          checkId: id,
          controls,
          status: item.severity === 'info' ? 'needs-evidence' : 'fail',
          severity: item.severity,
          subject: { kind: 'finding', id: item.provider },
          message: item.message,
          sources: [...item.evidence.map(codeRef), ...(item.pointer ? [mapRef(model, item.pointer)] : [])],
          remediation:
            item.severity === 'info'
              ? 'confirm the map entry, or remove it if the service is no longer used'
              : `declare \`${item.provider}\` in the map (sub-processor or component), or remove it from the code`,
        }),
      );
      if (results.every((result) => result.status !== 'fail')) {
        results.unshift({
          checkId: id,
          controls,
          status: 'pass',
          severity: 'high',
          subject: { kind: 'organization', id: 'organization' },
          message: `every provider found in the code (${report.findings.length}) is declared in the map`,
          sources: [mapRef(model, 'organization')],
        });
      }
      return results;
    },
  };
}
