import type { Model } from '../../model/index.js';
import { evidenceRef, expired, findControls, findEvidence, joinList, mapRef } from './refs.js';
import type { AnswerBuilder, AnswerSource } from './types.js';

const FRAMEWORK_NAMES: Record<string, string> = {
  soc2: 'SOC 2',
  iso42001: 'ISO/IEC 42001',
  iso27001: 'ISO/IEC 27001',
  gdpr: 'GDPR',
  hipaa: 'HIPAA',
  'eu-ai-act': 'the EU AI Act',
};

/** Evidence ids the map uses for vendors' documents (their DPAs and SOC 2 reports), not ours. */
function vendorEvidence(model: Model): Set<string> {
  return new Set(
    model.map.subprocessors.flatMap((subprocessor) => [
      ...(subprocessor.terms?.dpa ? [subprocessor.terms.dpa] : []),
      ...(subprocessor.terms?.soc2Report ? [subprocessor.terms.soc2Report] : []),
      ...(subprocessor.evidence ?? []),
    ]),
  );
}

/** The sub-processor list with purpose and regions. */
export const subprocessors: AnswerBuilder = ({ model }) => {
  const list = model.map.subprocessors;
  if (list.length === 0) return undefined;
  return {
    text: `We use ${list.length} sub-processors: ${list.map((s) => `${s.vendor} (${s.service}; ${s.purpose.charAt(0).toLowerCase()}${s.purpose.slice(1)}${s.regions?.length ? `; ${s.regions.join(', ')}` : ''})`).join('; ')}.`,
    sources: list.map((subprocessor) => mapRef(model, `subprocessors/${subprocessor.id}`)),
  };
};

/** DPAs, SOC 2 reports and review dates of each sub-processor. */
export const vendorRiskManagement: AnswerBuilder = ({ model }) => {
  const list = model.map.subprocessors.filter((subprocessor) => subprocessor.terms);
  if (list.length === 0) return undefined;
  const sources: AnswerSource[] = list.map((subprocessor) =>
    mapRef(model, `subprocessors/${subprocessor.id}/terms`),
  );
  const withDpa = list.filter((subprocessor) => subprocessor.terms!.dpa);
  const withReport = list.filter((subprocessor) => subprocessor.terms!.soc2Report);
  const lapsed = withDpa.filter((subprocessor) => expired(model, subprocessor.terms!.dpa!));
  for (const subprocessor of withDpa) sources.push(evidenceRef(model, subprocessor.terms!.dpa!));
  for (const subprocessor of withReport) sources.push(evidenceRef(model, subprocessor.terms!.soc2Report!));
  const reviewed = list.filter((subprocessor) => subprocessor.terms!.lastReviewed);
  const lastReviews = reviewed.map((s) => `${s.vendor} ${s.terms!.lastReviewed}`);
  return {
    yesNo: lapsed.length === 0 && withDpa.length === list.length ? 'Yes' : 'Partially',
    text: `We track each sub-processor's terms in our system map: ${withDpa.length} of ${list.length} have a signed DPA on file and ${withReport.length} provided a SOC 2 report.${lastReviews.length > 0 ? ` Last reviews: ${lastReviews.join(', ')}.` : ''}${lapsed.length > 0 ? ` The DPA with ${joinList(lapsed.map((s) => s.vendor))} has expired.` : ''}`,
    sources,
    review: lapsed.length > 0 ? `expired DPA: ${joinList(lapsed.map((s) => s.vendor))}` : undefined,
  };
};

/** Sub-processor change notice, only from the map's `controls:` section. */
export const subprocessorChangeNotice: AnswerBuilder = ({ model }) => {
  const entries = findControls(
    model,
    /sub-?processor.*(notice|notif|change)|(notice|notif).*sub-?processor/i,
  );
  const implemented = entries.filter((entry) => entry.status === 'implemented' && entry.notes);
  if (implemented.length === 0) return undefined;
  return {
    text: implemented.map((entry) => entry.notes!).join(' '),
    sources: implemented.map((entry) => mapRef(model, `controls/${entry.id}`)),
  };
};

/** Our own SOC 2 report, or that SOC 2 is a target without a report on file. */
export const soc2Report: AnswerBuilder = ({ model }) => {
  const frameworks = model.map.organization.frameworks ?? [];
  const vendors = vendorEvidence(model);
  const reports = findEvidence(model, /soc ?2|soc-2/i).filter((entry) => !vendors.has(entry.id));
  if (reports.length === 0 && !frameworks.includes('soc2')) return undefined;
  if (reports.length > 0) {
    const report = reports[0]!;
    return {
      yesNo: 'Yes',
      text: `${report.title}${report.collected ? `, issued ${report.collected}` : ''}; available ${report.visibility === 'public' ? 'publicly' : 'under NDA on request'}.`,
      sources: [evidenceRef(model, report.id)],
    };
  }
  return {
    yesNo: 'No',
    text: 'We do not have a SOC 2 report yet; SOC 2 is one of our target frameworks.',
    sources: [mapRef(model, 'organization/frameworks')],
    review: 'no SOC 2 report is in the map; confirm the audit timeline before sending',
  };
};

/** Certifications on file, and the frameworks we target. */
export const certifications: AnswerBuilder = ({ model }) => {
  const frameworks = model.map.organization.frameworks ?? [];
  const vendors = vendorEvidence(model);
  const certificates = findEvidence(model, /certif|iso ?\d{5}/i).filter((entry) => !vendors.has(entry.id));
  if (frameworks.length === 0 && certificates.length === 0) return undefined;
  const sources: AnswerSource[] = certificates.map((entry) => evidenceRef(model, entry.id));
  if (frameworks.length > 0) sources.push(mapRef(model, 'organization/frameworks'));
  const held =
    certificates.length > 0
      ? `Certifications on file: ${joinList(certificates.map((entry) => entry.title))}.`
      : 'We hold no formal certification yet.';
  const targets =
    frameworks.length > 0
      ? ` We are working towards ${joinList(frameworks.map((id) => FRAMEWORK_NAMES[id] ?? id))}.`
      : '';
  return {
    text: `${held}${targets}`,
    sources,
    review: certificates.length === 0 ? 'no certificate is in the map; confirm before sending' : undefined,
  };
};
