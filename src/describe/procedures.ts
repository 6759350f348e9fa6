import { isConfirmed, underCustomersAccount } from '../core/vocabulary.js';
import { type Model, ourComponents, vendorService } from '../model/index.js';
import { manualEvidence, topicBlocks } from './manualEvidence.js';
import { mapSource } from './sources.js';
import type { DescriptionBlock, Statement } from './types.js';
import { durationWords } from './words.js';

/** Our vendors' agreements: not a vendor each customer reaches with its own key (Flowise: 57 "no data processing agreement recorded" lines). */
function vendorFacts(model: Model): Statement[] {
  const ours = model.map.subprocessors.filter((entry) => isConfirmed(entry) && !underCustomersAccount(entry));
  return ours.map((entry) => {
    const terms = entry.terms;
    const parts = [
      terms?.dpa
        ? `data processing agreement ${model.index.evidence.get(terms.dpa)?.title ?? terms.dpa}`
        : 'no data processing agreement recorded',
      terms?.soc2Report ? 'its SOC 2 report on file' : '',
      terms?.lastReviewed ? `last reviewed ${terms.lastReviewed}` : 'no review date recorded',
    ].filter(Boolean);
    return {
      // Named by its service where the company has two entries (skyvern: "Microsoft Azure: no data processing
      // agreement recorded" twice, for its Blob Storage and its Key Vault).
      text: `${ours.filter((other) => other.vendor === entry.vendor).length > 1 ? vendorService(entry.vendor, entry.service) : entry.vendor}: ${parts.join('; ')}.`,
      sources: [mapSource(model, `subprocessors/${entry.id}/terms`)],
    };
  });
}

function backupFacts(model: Model): Statement[] {
  return ourComponents(model).flatMap((component) =>
    component.backups
      ? [
          {
            text: component.backups.enabled
              ? `${component.name ?? component.id} is backed up${component.backups.retention ? `; backups are kept ${durationWords(component.backups.retention)}` : ''}.`
              : `${component.name ?? component.id} is not backed up.`,
            sources: [mapSource(model, `components/${component.id}/backups`)],
          },
        ]
      : [],
  );
}

/**
 * The procedures an auditor reads about: incident response, vendor management, vulnerability management, backup
 * and restore, and continuity. Facts from the map where it has them; marked sections for the company otherwise.
 */
export function procedureTopics(model: Model): DescriptionBlock[] {
  const sla = model.map.organization.commitments?.availabilitySla;
  return [
    ...topicBlocks(
      'Incident response',
      manualEvidence(model, 'TM-SEC-02'),
      'Describe how incidents are detected, triaged by severity, escalated, communicated to customers within the contractual time, and reviewed afterwards.',
    ),
    ...topicBlocks(
      'Vendor management',
      vendorFacts(model),
      'Describe how a new vendor is assessed before use, how often each vendor is reviewed, and who approves.',
    ),
    ...topicBlocks(
      'Vulnerability management',
      manualEvidence(model, 'TM-SEC-03'),
      'Describe dependency and image scanning, the time allowed to fix findings by severity, and how fixes are tracked.',
    ),
    ...topicBlocks(
      'Backup and restore',
      [...backupFacts(model), ...manualEvidence(model, 'TM-SEC-05')],
      'Describe how often restores are tested, who reviews the result, and the recovery time and point objectives.',
    ),
    ...topicBlocks(
      'Business continuity',
      sla
        ? [
            {
              text: `${model.map.organization.name} commits to ${sla}% availability.`,
              sources: [mapSource(model, 'organization/commitments/availabilitySla')],
            },
          ]
        : [],
      'Describe the continuity and disaster recovery plan: which failures it covers, the recovery order, and when it was last exercised.',
    ),
  ];
}
