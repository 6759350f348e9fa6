import type { EvidenceData } from '../map/index.js';
import type { Model } from '../model/index.js';

export interface Soc2Status {
  state: 'report-available' | 'report-expired' | 'in-preparation' | 'not-planned';
  type?: 'Type I' | 'Type II';
  report?: EvidenceData;
}

/** Evidence that is someone else's: a vendor's DPA or SOC 2 report named by a sub-processor. */
function vendorEvidence(model: Model): Set<string> {
  const ids = new Set<string>();
  for (const entry of model.map.subprocessors) {
    for (const id of [entry.terms?.dpa, entry.terms?.soc2Report, ...(entry.evidence ?? [])])
      if (id) ids.add(id);
  }
  return ids;
}

/**
 * The company's SOC 2 state: a report of its own in the evidence list (titled "SOC 2", not a vendor's), its
 * type from the title, and whether it is current; otherwise "in preparation" when SOC 2 is a target framework.
 * @example soc2Status(model).state // 'in-preparation'
 */
export function soc2Status(model: Model): Soc2Status {
  const vendors = vendorEvidence(model);
  const today = model.now.toISOString().slice(0, 10);
  const report = model.map.evidence
    .filter((entry) => !vendors.has(entry.id) && /\bsoc\s*2\b/i.test(entry.title))
    .sort((a, b) => (b.collected ?? '').localeCompare(a.collected ?? ''))[0];
  if (report) {
    const type = /\btype\s*(ii|2)\b/i.test(report.title)
      ? 'Type II'
      : /\btype\s*(i|1)\b/i.test(report.title)
        ? 'Type I'
        : undefined;
    const expired = report.expires !== undefined && report.expires < today;
    return { state: expired ? 'report-expired' : 'report-available', type, report };
  }
  return { state: model.map.organization.frameworks?.includes('soc2') ? 'in-preparation' : 'not-planned' };
}

export const FRAMEWORK_NAMES: Record<string, string> = {
  soc2: 'SOC 2',
  iso42001: 'ISO/IEC 42001',
  iso27001: 'ISO/IEC 27001',
  gdpr: 'GDPR',
  hipaa: 'HIPAA',
  'eu-ai-act': 'EU AI Act',
};
