import { type CheckModule, notApplicable } from '../check.js';
import { evidenceInWords, evidenceProblem, today } from '../evidenceStatus.js';
import { evidenceRef, mapRef } from '../sources.js';
import type { CheckResult } from '../types.js';

const id = 'evidence-freshness';
const controls = ['TM-EVD-01'];
const SOON_DAYS = 30;

/** Every evidence entry exists where it says and has not expired. */
export const evidenceFreshness: CheckModule = {
  id,
  title: 'Evidence freshness',
  controls,
  severity: 'high',
  run(model) {
    if (model.map.evidence.length === 0) {
      return notApplicable(
        { id, controls, severity: 'high' },
        model,
        'the map lists no evidence',
        'evidence',
      );
    }
    const now = Date.parse(today(model));
    return model.map.evidence.map((entry): CheckResult => {
      const subject = { kind: 'evidence' as const, id: entry.id };
      const sources = [mapRef(model, `evidence/${entry.id}`), evidenceRef(model, entry.id)];
      const problem = evidenceProblem(model, entry.id);
      if (problem) {
        const expired = problem.startsWith('expired');
        return {
          checkId: id,
          controls,
          status: 'fail',
          severity: expired ? 'high' : 'medium',
          subject,
          cause: `evidence:${entry.id}`,
          message: `evidence \`${entry.id}\` (${entry.title}) ${problem}`,
          plain: evidenceInWords(model, entry.id),
          sources: expired ? [mapRef(model, `evidence/${entry.id}/expires`), ...sources.slice(1)] : sources,
          remediation: expired
            ? 'renew the document and update `collected` and `expires`'
            : 'add the file at that path or correct `path`',
        };
      }
      const left = entry.expires ? Math.round((Date.parse(entry.expires) - now) / 86_400_000) : undefined;
      return {
        checkId: id,
        controls,
        status: 'pass',
        severity: 'high',
        subject,
        message:
          left === undefined
            ? `evidence \`${entry.id}\` is on file (no expiry)`
            : `evidence \`${entry.id}\` is on file and current until ${entry.expires}${left <= SOON_DAYS ? ` (expires in ${left} days)` : ''}`,
        sources,
      };
    });
  },
};
