import type { DriftItem } from '../drift.js';
import type { DiscoveryReport } from '../types.js';
import { isDismissed } from './dismissed.js';

/** Format tag of the JSON output; bumped only on breaking changes. */
export const DISCOVERY_JSON_FORMAT = 'trustmap.discovery/v1';

/**
 * The report as stable JSON: `{format, root, roots, findings, facts, tables, models, skipped, stats, drift?,
 * dismissed?}` (`dismissed`: the ids of findings a person dismissed in the map compared),
 * two-space indent and a trailing newline. Only `stats.durationMs` varies between identical runs.
 * @example JSON.parse(renderDiscoveryJson(report)).findings
 */
export function renderDiscoveryJson(
  report: DiscoveryReport,
  options: { drift?: readonly DriftItem[]; dismissed?: ReadonlySet<string> } = {},
): string {
  const body = {
    format: DISCOVERY_JSON_FORMAT,
    ...report,
    // The finding behind an item is already under `findings`: name it, do not repeat it.
    ...(options.drift ? { drift: options.drift.map(({ finding: _finding, ...item }) => item) } : {}),
    // Findings and facts stay as found; which of them a person dismissed in the map compared is said beside them.
    ...(options.dismissed
      ? {
          dismissed: report.findings
            .filter((finding) => isDismissed(finding, options.dismissed))
            .map((finding) => finding.id),
        }
      : {}),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
