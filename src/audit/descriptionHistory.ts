import type { SourceRef } from '../core/contracts.js';
import type { DescriptionHistory } from '../describe/index.js';
import { flatFieldsOf } from './payloads.js';
import { population } from './populations.js';
import { type AuditWindow, dayOf, inChainOrder, inWindow, type LedgerRecord, ledgerRef } from './records.js';

const MAX_LISTED = 40;

/**
 * What the system description says about the period, from the ledger: incidents recorded as `incident` entries,
 * failed isolation probes, and significant changes (sub-processors, access, map versions and deploys).
 */
export function descriptionHistory(
  records: readonly LedgerRecord[],
  window: AuditWindow,
): DescriptionHistory {
  const ordered = inChainOrder(records);
  const incidents = ordered
    .filter((record) => record.kind === 'incident' && inWindow(record, window))
    .map((record) => {
      const fields = flatFieldsOf(record.payload, ['title', 'severity', 'summary', 'resolvedAt', 'status']);
      const resolved = fields.resolvedAt ? `, resolved ${dayOf(fields.resolvedAt)}` : '';
      return {
        text: `${dayOf(record.effectiveAt)}: ${fields.title ?? 'incident'}${fields.severity ? ` (severity ${fields.severity})` : ''}${resolved}.${fields.summary ? ` ${fields.summary}` : ''}`,
        sources: [ledgerRef(record)],
      };
    });
  const failedProbes = population(ordered, window, 'probe-runs').items.filter(
    (item) => item.details.verdict !== 'pass',
  );
  const probeEvents = failedProbes.map((item) => ({
    text: `${dayOf(item.at)}: the tenant isolation probe of ${item.details.component || item.details.target} returned ${item.details.verdict}.`,
    sources: item.sources,
  }));
  // Routine deploys are not significant changes one by one: they are counted, and listed in the populations.
  const all = population(ordered, window, 'changes').items;
  const deploys = all.filter((item) => item.details.change === 'deploy');
  const changeItems = [
    ...population(ordered, window, 'subprocessor-changes').items,
    ...population(ordered, window, 'access-changes').items,
    ...all.filter((item) => item.details.change !== 'deploy'),
  ];
  changeItems.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const changes = changeItems.slice(0, MAX_LISTED).map((item) => ({
    text: `${dayOf(item.at)}: ${item.summary}.`,
    sources: item.sources,
  }));
  if (deploys.length > 0)
    changes.push({
      text: `${deploys.length} ${deploys.length === 1 ? 'deploy' : 'deploys'} reached production during the period; they are listed in the package's population of changes.`,
      sources: [deploys[0], deploys.at(-1)].flatMap((item) => item?.sources ?? []),
    });
  if (changeItems.length > MAX_LISTED)
    changes.push({
      text: `${changeItems.length - MAX_LISTED} further changes are listed in the package's populations.`,
      sources: changeItems.slice(MAX_LISTED).flatMap((item) => item.sources),
    });
  const sources: SourceRef[] = [...incidents, ...probeEvents, ...changes].flatMap((entry) => entry.sources);
  // Statements start with their date, so text order is date order.
  const byDate = [...incidents, ...probeEvents].sort((a, b) =>
    a.text < b.text ? -1 : a.text > b.text ? 1 : 0,
  );
  const inside = ordered.filter((record) => inWindow(record, window));
  const basis = [inside[0], inside.at(-1)].flatMap((record) => (record ? [ledgerRef(record)] : []));
  return { window, incidents: byDate, changes, sources, basis };
}
