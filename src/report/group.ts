import { CONTROLS } from '../controls/catalog/controls.js';
import type { CheckResult, SourceRef } from '../controls/types.js';

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

/** A source as one short line: `trustmap.yaml:12:5 (components/api)`, `src/llm.ts:4`, `evidence dpa-x`. */
export function describeSource(source: SourceRef, mapRoot?: string): string {
  switch (source.kind) {
    case 'map':
      return source.location
        ? `${source.location.file}:${source.location.line}:${source.location.col} (${source.pointer})`
        : source.pointer;
    case 'code':
      return `${inRoot(mapRoot, source.file)}:${source.line}`;
    case 'probe':
      return `probe ${inRoot(mapRoot, source.file)} (${source.verdict}, ${source.at})`;
    case 'evidence':
      return `evidence ${source.id}${source.path ? ` (${source.path})` : source.url ? ` (${source.url})` : ''}`;
  }
}

/** A path relative to the map's folder, made relative to where the report is read (`mapRoot` prefix). */
export function inRoot(mapRoot: string | undefined, file: string): string {
  const clean = file.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!mapRoot || mapRoot === '.') return clean;
  return `${mapRoot.replace(/\\/g, '/').replace(/\/$/, '')}/${clean}`;
}
