import type { Model } from '../model/index.js';
import { CONTROLS } from './catalog/controls.js';
import { ISO42001 } from './catalog/iso42001.js';
import { SOC2_CRITERIA } from './catalog/soc2.js';
import type { Control, FrameworkId } from './catalog/types.js';
import type { CheckRun } from './runChecks.js';

/** How a control stands after a run. */
export type ControlStatus = 'passing' | 'failing' | 'open' | 'not-applicable';
/** How a framework criterion stands: met by passing checks, by manual evidence, failing, or not at all. */
export type CriterionStatus = 'met-by-checks' | 'met-by-evidence' | 'failing' | 'not-covered';

export interface CriterionCoverage {
  id: string;
  title: string;
  status: CriterionStatus;
  controls: { id: string; status: ControlStatus }[];
}

export interface FrameworkCoverage {
  framework: FrameworkId;
  title: string;
  /** The organisation lists this framework under `organization.frameworks`. */
  targeted: boolean;
  criteria: CriterionCoverage[];
  counts: Record<CriterionStatus, number>;
}

/** Each control's standing from the results that name it. */
export function controlStatuses(run: CheckRun): Map<string, ControlStatus> {
  const seen = new Map<string, { pass: number; fail: number; open: number; na: number }>();
  for (const result of run.results) {
    for (const control of result.controls) {
      const tally = seen.get(control) ?? { pass: 0, fail: 0, open: 0, na: 0 };
      if (result.status === 'pass') tally.pass++;
      else if (result.status === 'fail') tally.fail++;
      else if (result.status === 'needs-evidence') tally.open++;
      else tally.na++;
      seen.set(control, tally);
    }
  }
  const statuses = new Map<string, ControlStatus>();
  for (const control of CONTROLS) {
    const tally = seen.get(control.id);
    if (!tally) statuses.set(control.id, 'open');
    else if (tally.fail > 0) statuses.set(control.id, 'failing');
    else if (tally.pass > 0) statuses.set(control.id, 'passing');
    else if (tally.open > 0) statuses.set(control.id, 'open');
    else statuses.set(control.id, 'not-applicable');
  }
  return statuses;
}

function judge(mapped: Control[], statuses: Map<string, ControlStatus>): CriterionStatus {
  const status = (control: Control) => statuses.get(control.id) ?? 'open';
  if (mapped.some((control) => status(control) === 'failing')) return 'failing';
  if (mapped.some((control) => control.automated && status(control) === 'passing')) return 'met-by-checks';
  if (mapped.some((control) => !control.automated && status(control) === 'passing')) return 'met-by-evidence';
  return 'not-covered';
}

/**
 * Per framework, which criteria are met by passing checks, by manual evidence, failing, or not covered at all.
 * @example coverage(model, runChecks(model)).find((f) => f.framework === 'soc2')?.counts['not-covered']
 */
export function coverage(model: Model, run: CheckRun): FrameworkCoverage[] {
  const statuses = controlStatuses(run);
  const targets = new Set<string>(model.map.organization.frameworks ?? []);
  const frameworks: { framework: FrameworkId; title: string; items: { id: string; title: string }[] }[] = [
    { framework: 'soc2', title: 'SOC 2 Trust Services Criteria', items: [...SOC2_CRITERIA] },
    { framework: 'iso42001', title: 'ISO/IEC 42001:2023', items: [...ISO42001] },
  ];
  return frameworks.map(({ framework, title, items }) => {
    const counts: Record<CriterionStatus, number> = {
      'met-by-checks': 0,
      'met-by-evidence': 0,
      failing: 0,
      'not-covered': 0,
    };
    const criteria = items.map((item): CriterionCoverage => {
      const mapped = CONTROLS.filter((control) => control[framework].includes(item.id));
      const status = judge(mapped, statuses);
      counts[status]++;
      return {
        id: item.id,
        title: item.title,
        status,
        controls: mapped.map((control) => ({ id: control.id, status: statuses.get(control.id) ?? 'open' })),
      };
    });
    return { framework, title, targeted: targets.has(framework), criteria, counts };
  });
}
