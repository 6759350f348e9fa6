import type { Iso42001Item } from './types.js';

// Ids follow ISO/IEC 42001:2023. Titles are our own summaries, never the standard's text.
const clauses: [string, string][] = [
  ['4', 'Context of the organisation and scope of the AI management system'],
  ['5', 'Leadership, AI policy and roles'],
  ['6', 'Planning: AI risks, impact assessment and objectives'],
  ['7', 'Support: resources, competence, awareness, communication, documents'],
  ['8', 'Operation: running the planned AI processes and assessments'],
  ['9', 'Performance evaluation: monitoring, internal audit, management review'],
  ['10', 'Improvement: nonconformities and corrective action'],
];

const annexA: [string, string][] = [
  ['A.2.2', 'An AI policy exists'],
  ['A.2.3', 'AI policy fits other company policies'],
  ['A.2.4', 'AI policy reviewed on schedule'],
  ['A.3.2', 'AI roles and duties assigned'],
  ['A.3.3', 'Way to raise AI concerns'],
  ['A.4.2', 'Resources for AI systems documented'],
  ['A.4.3', 'Data resources documented'],
  ['A.4.4', 'Tools documented'],
  ['A.4.5', 'Compute and system resources documented'],
  ['A.4.6', 'People and skills documented'],
  ['A.5.2', 'Process to assess AI system impacts'],
  ['A.5.3', 'Impact assessments recorded'],
  ['A.5.4', 'Impacts on individuals and groups assessed'],
  ['A.5.5', 'Impacts on society assessed'],
  ['A.6.1.2', 'Goals for responsible AI development'],
  ['A.6.1.3', 'Processes for responsible AI design'],
  ['A.6.2.2', 'AI system requirements written down'],
  ['A.6.2.3', 'Design and development recorded'],
  ['A.6.2.4', 'AI systems verified and validated'],
  ['A.6.2.5', 'Deployment planned'],
  ['A.6.2.6', 'AI systems operated and monitored'],
  ['A.6.2.7', 'Technical documentation kept'],
  ['A.6.2.8', 'AI system event logs kept'],
  ['A.7.2', 'Data for building AI systems managed'],
  ['A.7.3', 'Data acquisition recorded'],
  ['A.7.4', 'Data quality defined and checked'],
  ['A.7.5', 'Data provenance recorded'],
  ['A.7.6', 'Data preparation recorded'],
  ['A.8.2', 'Users get system documentation'],
  ['A.8.3', 'Outside parties can report adverse impacts'],
  ['A.8.4', 'Incidents communicated'],
  ['A.8.5', 'Obligations to inform interested parties met'],
  ['A.9.2', 'Processes for responsible use'],
  ['A.9.3', 'Goals for responsible use'],
  ['A.9.4', 'Use kept within intended purpose'],
  ['A.10.2', 'Responsibilities split with third parties'],
  ['A.10.3', 'Suppliers fit the responsible-AI approach'],
  ['A.10.4', 'Customer expectations considered'],
];

/**
 * ISO/IEC 42001:2023 clauses 4 to 10 and its 38 Annex A controls, with short titles of our own.
 * @example ISO42001.filter((item) => item.kind === 'annex-a').length // 38
 */
export const ISO42001: readonly Iso42001Item[] = [
  ...clauses.map(([id, title]): Iso42001Item => ({ id, kind: 'clause', group: id, title })),
  ...annexA.map(
    ([id, title]): Iso42001Item => ({
      id,
      kind: 'annex-a',
      group: id.split('.').slice(0, 2).join('.'),
      title,
    }),
  ),
];
