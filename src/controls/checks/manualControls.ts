import { joinList } from '../../core/words.js';
import { CONTROLS } from '../catalog/controls.js';
import type { CheckModule } from '../check.js';
import { evidenceInWords, evidenceProblem } from '../evidenceStatus.js';
import { evidenceRef, mapRef } from '../sources.js';
import type { CheckResult } from '../types.js';

const id = 'manual-controls';

/**
 * Controls no check can automate, judged from the map's `controls:` section. A control without evidence is
 * `needs-evidence` (informational, never a gap); one whose evidence is missing or expired fails.
 */
export const manualControls: CheckModule = {
  id,
  title: 'Manual controls have evidence',
  controls: CONTROLS.filter((control) => !control.automated).map((control) => control.id),
  severity: 'medium',
  run(model) {
    const declared = new Map(model.map.controls.map((entry) => [entry.id, entry]));
    const results: CheckResult[] = [];
    for (const control of CONTROLS) {
      if (control.automated) continue;
      const entry = declared.get(control.id);
      const base = {
        checkId: id,
        controls: [control.id],
        subject: { kind: 'control' as const, id: control.id },
      };
      if (!entry) {
        results.push({
          ...base,
          status: 'needs-evidence',
          severity: 'info',
          message: `${control.id} ${control.title}: provide ${control.provide ?? 'evidence'}`,
          sources: [mapRef(model, 'controls')],
          remediation: `add \`- { id: ${control.id}, evidence: [<evidence id>] }\` under \`controls:\``,
        });
        continue;
      }
      const pointer = `controls/${control.id}`;
      const evidence = entry.evidence ?? [];
      const sources = [mapRef(model, pointer), ...evidence.map((ref) => evidenceRef(model, ref))];
      if (entry.status === 'not-applicable') {
        results.push({
          ...base,
          status: 'not-applicable',
          severity: 'medium',
          message: `${control.id} ${control.title}: not applicable${entry.notes ? ` (${entry.notes})` : ''}`,
          sources,
        });
        continue;
      }
      const problems = evidence
        .map((ref) => [ref, evidenceProblem(model, ref)] as const)
        .filter(([, problem]) => problem !== undefined);
      if (problems.length > 0) {
        results.push({
          ...base,
          status: 'fail',
          severity: 'medium',
          message: `${control.id} ${control.title}: ${problems.map(([ref, problem]) => `evidence \`${ref}\` ${problem}`).join('; ')}`,
          plain: joinList(problems.map(([ref]) => evidenceInWords(model, ref) ?? ref)),
          sources,
          remediation: 'renew or add the evidence, then update the map',
        });
      } else if (entry.status === 'planned' || evidence.length === 0) {
        results.push({
          ...base,
          status: 'needs-evidence',
          severity: 'info',
          message: `${control.id} ${control.title}: ${entry.status === 'planned' ? 'planned' : 'implemented, but no evidence attached'}; provide ${control.provide ?? 'evidence'}`,
          sources,
        });
      } else {
        results.push({
          ...base,
          status: 'pass',
          severity: 'medium',
          message: `${control.id} ${control.title}: evidenced by ${evidence.map((ref) => `\`${ref}\``).join(', ')}`,
          sources,
        });
      }
    }
    // Unknown control ids never reach a check: map loading rejects them in every command (map/rules).
    return results;
  },
};
