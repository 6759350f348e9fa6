import type { DriftItem } from '../drift.js';
import type { DiscoveryReport } from '../types.js';

/** Format tag of the JSON output; bumped only on breaking changes. */
export const DISCOVERY_JSON_FORMAT = 'trustmap.discovery/v1';

/**
 * The report as stable JSON: `{format, root, roots, findings, facts, tables, models, skipped, stats, drift?}`,
 * two-space indent and a trailing newline. Only `stats.durationMs` varies between identical runs.
 * @example JSON.parse(renderDiscoveryJson(report)).findings
 */
export function renderDiscoveryJson(
  report: DiscoveryReport,
  options: { drift?: readonly DriftItem[] } = {},
): string {
  const body = {
    format: DISCOVERY_JSON_FORMAT,
    ...report,
    // The finding behind an item is already under `findings`: name it, do not repeat it.
    ...(options.drift ? { drift: options.drift.map(({ finding: _finding, ...item }) => item) } : {}),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
