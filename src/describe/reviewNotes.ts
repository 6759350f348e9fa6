import type { CheckResult } from '../controls/types.js';
import type { DescriptionSection } from './types.js';

const ORDER = ['critical', 'high', 'medium', 'low', 'info'];

/**
 * Failing or unproven checks, listed for whoever edits the draft: statements about these subjects are not yet
 * backed by a passing check and need an exception or a fix before the description is final.
 */
export function reviewNotesSection(results: readonly CheckResult[]): DescriptionSection | undefined {
  const open = results
    .filter((result) => result.status === 'fail' || result.status === 'needs-evidence')
    .sort(
      (a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity) || a.checkId.localeCompare(b.checkId),
    );
  if (open.length === 0) return undefined;
  return {
    id: 'review-notes',
    title: 'Notes for reviewers (remove before issuing)',
    blocks: [
      {
        kind: 'table',
        table: {
          columns: ['Check', 'Status', 'Severity', 'About', 'Finding'],
          rows: open.map((result) => ({
            cells: [
              result.checkId,
              result.status,
              result.severity,
              `${result.subject.kind} ${result.subject.id}`,
              result.message,
            ],
            sources: result.sources,
          })),
        },
      },
    ],
  };
}
