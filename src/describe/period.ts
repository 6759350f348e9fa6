import type { DescriptionHistory, DescriptionSection } from './types.js';

/** System incidents during the period, from the ledger; marked for the company when there is no history. */
export function incidentsSection(history: DescriptionHistory | undefined): DescriptionSection {
  const title = 'System incidents';
  if (!history)
    return {
      id: 'incidents',
      title,
      blocks: [
        {
          kind: 'placeholder',
          text: 'List the incidents during the period that caused a failure to meet a service commitment, with dates, effect and response; or state that there were none.',
        },
      ],
    };
  return {
    id: 'incidents',
    title,
    blocks: [
      history.incidents.length > 0
        ? { kind: 'list', items: history.incidents }
        : {
            kind: 'paragraph',
            statement: {
              text: `No incident and no failed isolation probe is recorded in the evidence ledger from ${history.window.start} to ${history.window.end}.`,
              sources: history.basis,
            },
          },
      {
        kind: 'placeholder',
        text: 'Confirm that no other incident during the period caused a failure to meet a service commitment.',
      },
    ],
  };
}

/** Significant changes to the system during the period, from the ledger. */
export function changesSection(history: DescriptionHistory | undefined): DescriptionSection {
  const title = 'Significant changes during the period';
  if (!history)
    return {
      id: 'changes',
      title,
      blocks: [
        {
          kind: 'placeholder',
          text: 'List the significant changes to the system, its controls, sub-processors or people during the period, with dates.',
        },
      ],
    };
  return {
    id: 'changes',
    title,
    blocks: [
      history.changes.length > 0
        ? { kind: 'list', items: history.changes }
        : {
            kind: 'paragraph',
            statement: {
              text: `No change to sub-processors, access or the system map is recorded in the evidence ledger from ${history.window.start} to ${history.window.end}.`,
              sources: history.basis,
            },
          },
      {
        kind: 'placeholder',
        text: 'Say which of these changes were significant to the service commitments, and add organisational changes (leadership, staff, offices).',
      },
    ],
  };
}
