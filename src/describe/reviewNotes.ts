import { CHECKS } from '../controls/index.js';
import type { CheckResult } from '../controls/types.js';
import type { DescriptionBlock, DescriptionSection } from './types.js';
import { humanize } from './words.js';

const ORDER = ['critical', 'high', 'medium', 'low', 'info'];

/**
 * Failing or unproven checks, listed for whoever edits the draft: statements about these subjects are not yet
 * backed by a passing check and need an exception or a fix before the description is final.
 */
export function reviewNotesSection(
  results: readonly CheckResult[],
  extra: readonly DescriptionBlock[] = [],
): DescriptionSection | undefined {
  const open = results
    .filter((result) => result.status === 'fail' || result.status === 'needs-evidence')
    .sort(
      (a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity) || a.checkId.localeCompare(b.checkId),
    );
  if (open.length === 0 && extra.length === 0) return undefined;
  return {
    id: 'review-notes',
    title: 'Notes for reviewers (remove before issuing)',
    blocks: [
      ...extra,
      ...(open.length > 0
        ? [{ kind: 'heading' as const, text: 'Checks that fail or need evidence', level: 3 as const }]
        : []),
      ...(open.length > 0
        ? [
            {
              kind: 'table',
              table: {
                columns: ['Check', 'Status', 'Severity', 'About', 'Finding'],
                rows: open.map((result) => ({
                  cells: [
                    CHECKS.find((check) => check.id === result.checkId)?.title ?? result.checkId,
                    humanize(result.status),
                    result.severity,
                    `${humanize(result.subject.kind)} ${result.subject.id}`,
                    result.message,
                  ],
                  sources: result.sources,
                })),
              },
            } as DescriptionBlock,
          ]
        : []),
    ],
  };
}
