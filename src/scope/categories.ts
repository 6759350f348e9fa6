import { mapSource } from '../describe/index.js';
import type { Model } from '../model/index.js';
import type { CategoryAdvice, ScopeAnswers, ScopeSource } from './types.js';

const demanded = (answers: ScopeAnswers, what: string): ScopeSource[] =>
  (answers.contractsDemand ?? []).includes(what)
    ? [{ kind: 'answer', question: 'contracts demand', value: what }]
    : [];

/**
 * Which trust services categories the first report should cover. Security always; Confidentiality and
 * Availability when contracts promise them; Processing Integrity and Privacy only when the user says a contract
 * asks for them, since each added category adds criteria to test for the whole window.
 * @example recommendCategories(model, { contractsDemand: ['availability-sla'] }).filter((c) => c.include)
 */
export function recommendCategories(model: Model, answers: ScopeAnswers): CategoryAdvice[] {
  const commitments = model.map.organization.commitments ?? {};
  const at = (key: string) => [mapSource(model, `organization/commitments/${key}`)];

  const confidentiality = [
    ...(commitments.confidentiality ? at('confidentiality') : []),
    ...demanded(answers, 'confidentiality'),
  ];
  const availability = [
    ...(commitments.availabilitySla !== undefined ? at('availabilitySla') : []),
    ...demanded(answers, 'availability-sla'),
  ];
  const integrity = demanded(answers, 'processing-integrity');
  const privacy = demanded(answers, 'privacy');
  const confidentialData = model.map.dataClasses.filter(
    (d) => d.sensitivity === 'confidential' || d.sensitivity === 'restricted',
  );

  return [
    {
      id: 'security',
      title: 'Security',
      include: true,
      reason: 'Every SOC 2 report covers Security (the common criteria); buyers expect it first.',
      sources: [mapSource(model, 'organization')],
    },
    confidentiality.length > 0
      ? {
          id: 'confidentiality',
          title: 'Confidentiality',
          include: true,
          reason:
            'Customer contracts or NDAs promise to keep customer data confidential; the report should show that promise is kept.',
          sources: confidentiality,
        }
      : {
          id: 'confidentiality',
          title: 'Confidentiality',
          include: false,
          reason:
            confidentialData.length > 0
              ? // Restricted is counted too, and said (paperless-ai: "5 data classes are confidential" of one confidential, four restricted).
                `No contract promise of confidentiality is recorded, although ${confidentialData.length === 1 ? `1 data class is ${confidentialData[0]!.sensitivity}` : `${confidentialData.length} data classes are ${confidentialData.every((d) => d.sensitivity === 'restricted') ? 'restricted' : confidentialData.every((d) => d.sensitivity === 'confidential') ? 'confidential' : 'confidential or restricted'}`}; add it when an NDA or contract promises it.`
              : 'No contract promise of confidentiality is recorded.',
          sources:
            confidentialData.length > 0
              ? confidentialData.map((d) => mapSource(model, `dataClasses/${d.id}/sensitivity`))
              : [mapSource(model, 'organization')],
        },
    availability.length > 0
      ? {
          id: 'availability',
          title: 'Availability',
          include: true,
          reason:
            commitments.availabilitySla !== undefined
              ? `Contracts carry an availability SLA of ${commitments.availabilitySla}%; buyers will want it covered.`
              : 'Contracts carry an availability SLA; buyers will want it covered.',
          sources: availability,
        }
      : {
          id: 'availability',
          title: 'Availability',
          include: false,
          reason: 'No availability SLA is recorded; leave it out until a contract promises uptime.',
          sources: [mapSource(model, 'organization')],
        },
    integrity.length > 0
      ? {
          id: 'processing-integrity',
          title: 'Processing Integrity',
          include: true,
          reason: 'You said contracts ask for assurance that processing is complete, accurate and timely.',
          sources: integrity,
        }
      : {
          id: 'processing-integrity',
          title: 'Processing Integrity',
          include: false,
          reason:
            'Only with a stated reason: few buyers ask for it, and AI outputs are hard to hold to it. Model quality belongs in the AI questionnaire.',
          sources: [],
        },
    privacy.length > 0
      ? {
          id: 'privacy',
          title: 'Privacy',
          include: true,
          reason: 'You said contracts ask for the Privacy category in the report.',
          sources: privacy,
        }
      : {
          id: 'privacy',
          title: 'Privacy',
          include: false,
          reason: commitments.privacy
            ? 'Your contracts carry privacy terms (a DPA), which Security and Confidentiality usually answer; add Privacy only when a customer asks for it in the report.'
            : 'Only with a stated reason: add it when a customer asks for it in the report.',
          sources: commitments.privacy ? at('privacy') : [],
        },
  ];
}
