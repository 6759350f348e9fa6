import { type Model, proposedSupport } from '../model/index.js';
import type { CheckResult } from './types.js';

/**
 * Confirmed or it is not a fact: a result that would pass, or call itself not applicable, on the strength of a
 * map entry nobody has confirmed becomes `needs-evidence`, with a fix that names what to confirm. Failures stay
 * failures: a gap in a proposed entry is still worth knowing.
 */
export function holdUnconfirmed(model: Model, results: readonly CheckResult[]): CheckResult[] {
  return results.map((result) => {
    if (result.status === 'fail' || result.status === 'needs-evidence') return result;
    const proposed = proposedSupport(model, result.sources);
    if (proposed.length === 0) return result;
    const names = proposed.map((pointer) => `\`${pointer}\``).join(', ');
    return {
      ...result,
      status: 'needs-evidence',
      severity: result.severity === 'info' ? 'info' : 'medium',
      message: `${result.message} (rests on ${names}, proposed and not yet confirmed)`,
      remediation: `check ${names} against the system, then confirm it in the map (remove \`status: proposed\`)`,
    };
  });
}
