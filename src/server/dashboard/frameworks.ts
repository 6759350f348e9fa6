import { CONTROLS, ISO42001, SOC2_CRITERIA } from '../../controls/index.js';
import type { DayStatus } from '../push/derive.js';

/** How many criteria of a framework the latest control statuses meet, fail, or leave open. */
export interface FrameworkProgress {
  id: 'soc2' | 'iso42001';
  title: string;
  total: number;
  met: number;
  failing: number;
  open: number;
}

/**
 * Progress per framework from each control's latest status: a criterion fails when a control mapped to it
 * fails, is met when one passes and none fails, and is open otherwise. Pure.
 */
export function frameworkProgress(latest: ReadonlyMap<string, DayStatus>): FrameworkProgress[] {
  const frameworks = [
    {
      id: 'soc2' as const,
      title: 'SOC 2 Trust Services Criteria',
      items: SOC2_CRITERIA.map((item) => item.id),
    },
    { id: 'iso42001' as const, title: 'ISO/IEC 42001', items: ISO42001.map((item) => item.id) },
  ];
  return frameworks.map(({ id, title, items }) => {
    let met = 0;
    let failing = 0;
    for (const item of items) {
      const statuses = CONTROLS.filter((control) => control[id].includes(item)).map(
        (control) => latest.get(control.id) ?? 'no-data',
      );
      if (statuses.includes('fail')) failing++;
      else if (statuses.includes('pass')) met++;
    }
    return { id, title, total: items.length, met, failing, open: items.length - met - failing };
  });
}
