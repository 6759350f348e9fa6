import { CONTROLS } from '../controls/catalog/controls.js';
import { cite, inRoot } from '../core/cite.js';
import type { CheckResult, SourceRef } from '../core/contracts.js';

const titles = new Map(CONTROLS.map((control) => [control.id, control.title]));

/** The title of a Trustmap control, or the id itself when unknown. */
export function controlTitle(id: string): string {
  return titles.get(id) ?? id;
}

/** Results grouped by their first control, groups in first-seen order. */
export function groupByControl(
  results: readonly CheckResult[],
): { control: string; results: CheckResult[] }[] {
  const groups = new Map<string, CheckResult[]>();
  for (const result of results) {
    const key = result.controls[0] ?? result.checkId;
    const list = groups.get(key);
    if (list) list.push(result);
    else groups.set(key, [result]);
  }
  return [...groups].map(([control, list]) => ({ control, results: list }));
}

/** A source as one line: `trustmap.yaml:12:5 (components/api)`, `src/llm.ts:4`, `evidence dpa-x`. */
export function describeSource(source: SourceRef, mapRoot?: string): string {
  return cite(source, { style: 'full', root: mapRoot });
}

export { inRoot };
