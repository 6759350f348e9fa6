import { isConfirmed } from '../core/vocabulary.js';
import { evidenceRef, type Model, ourComponents } from '../model/index.js';
import { manualEvidence, topicBlocks } from './manualEvidence.js';
import { mapSource } from './sources.js';
import type { DescriptionSection, Statement } from './types.js';
import { durationWords, humanize } from './words.js';

/**
 * The internal control components a description covers: control environment, risk assessment, information and
 * communication, and monitoring. Policies and assessments the map records are cited; the processes are marked
 * for the company to write.
 */
export function internalControlSection(model: Model): DescriptionSection {
  const aiRisks: Statement[] = model.map.aiSystems.filter(isConfirmed).flatMap((system) => {
    if (!system.riskClass) return [];
    // A risk class is the team's rating; "assessed" only where an impact assessment is on record (pdftochat: "is
    // assessed as limited risk" in the same description that said no impact assessment was on file).
    const assessment = system.impactAssessment
      ? model.index.evidence.get(system.impactAssessment)
      : undefined;
    const classed = `${system.name} is classed as ${humanize(system.riskClass)} risk`;
    return [
      assessment && isConfirmed(assessment)
        ? {
            text: `${classed}, assessed in ${assessment.title}${assessment.collected ? ` (${assessment.collected})` : ''}.`,
            sources: [
              mapSource(model, `aiSystems/${system.id}/riskClass`),
              mapSource(model, `aiSystems/${system.id}/impactAssessment`),
              evidenceRef(model, assessment.id),
            ],
          }
        : {
            text: `${classed}; no impact assessment is on record.`,
            sources: [mapSource(model, `aiSystems/${system.id}/riskClass`)],
          },
    ];
  });
  const monitored = ourComponents(model).filter((component) => component.monitoring?.enabled);
  const monitoring: Statement[] = monitored.map((component) => ({
    text: `${component.name ?? component.id} is monitored: ${component.monitoring?.mechanism ?? 'enabled'}.`,
    sources: [mapSource(model, `components/${component.id}/monitoring`)],
  }));
  // Only what the map says: how often the map is checked against the code, and where results go, is the company's to
  // write (inbox-zero: "Trustmap compares … on every push; results are kept in a signed ledger" with no such job).
  const probeAge = model.map.tenancy?.probeMaxAge;
  if (probeAge)
    monitoring.push({
      text: `Tenant isolation is re-proven by a live probe at least every ${durationWords(probeAge)}.`,
      sources: [mapSource(model, 'tenancy/probeMaxAge')],
    });
  const contact = model.map.organization.contact;
  const communication: Statement[] = [
    ...manualEvidence(model, 'TM-PRIV-01'),
    ...(contact
      ? [
          {
            text: `Customers and others report security concerns to ${contact}.`,
            sources: [mapSource(model, 'organization/contact')],
          },
        ]
      : []),
  ];
  return {
    id: 'internal-control',
    title: 'Control environment, risk assessment, information and communication, and monitoring',
    blocks: [
      ...topicBlocks(
        'Control environment',
        [...manualEvidence(model, 'TM-SEC-01'), ...manualEvidence(model, 'TM-GOV-01')],
        'Describe the tone at the top: oversight by the board or founders, the code of conduct staff accept, the organisation structure, and how people are held accountable for their control duties.',
      ),
      ...topicBlocks(
        'Risk assessment',
        [...manualEvidence(model, 'TM-GOV-04'), ...manualEvidence(model, 'TM-GOV-03'), ...aiRisks],
        'Describe the yearly risk assessment: who takes part, how risks (including fraud and AI-specific risks) are rated, and how changes that affect controls are assessed.',
      ),
      ...topicBlocks(
        'Information and communication',
        communication,
        'Describe how policies and changes reach staff, how customers learn of commitments and of changes that affect them, and the channel for reporting concerns.',
      ),
      ...topicBlocks(
        'Monitoring',
        monitoring,
        'Describe who reviews monitoring results and control failures, how often, and how deficiencies are tracked to closure; and how often the system map is checked against the code and systems (for example `trustmap check` in CI on every push) and where its results are kept.',
      ),
    ],
  };
}
