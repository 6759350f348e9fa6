import type { CheckResult, CheckStatus } from '../controls/types.js';
import type { ControlEvidenceData } from '../map/index.js';
import { publishesDetails, visibilityOf } from '../map/index.js';
import type { ControlGroup, ControlLine } from './pages/site.js';

/** A framework criterion a control supports: its id and our own short title (never the standard's text). */
export interface CriterionRef {
  framework: 'SOC 2' | 'ISO/IEC 42001';
  id: string;
  title?: string;
}

/** What the summary needs to know of a control from the catalog. */
export interface ControlInfo {
  id: string;
  title: string;
  category?: string;
  /** The SOC 2 / ISO/IEC 42001 criteria it supports, shown as its criteria mapping. */
  criteria?: readonly CriterionRef[];
}

const WORST_FIRST: readonly CheckStatus[] = ['fail', 'needs-evidence', 'pass', 'not-applicable'];

function worst(results: readonly CheckResult[]): CheckStatus | undefined {
  return WORST_FIRST.find((status) => results.some((result) => result.status === status));
}

/** Area names for Trustmap control ids, by their prefix (`TM-DATA-01` is in data handling). */
export const CONTROL_CATEGORIES: Readonly<Record<string, string>> = {
  DATA: 'Customer data handling',
  TEN: 'Tenant isolation',
  VEND: 'Vendors and sub-processors',
  INF: 'AI infrastructure',
  SEC: 'Security operations',
  GOV: 'AI governance',
  PRIV: 'Privacy',
  EVD: 'Evidence',
  MAP: 'System inventory',
};

function categoryOf(controlId: string): string {
  const prefix = /^[A-Z]+-([A-Z]+)-/.exec(controlId)?.[1];
  return (prefix && CONTROL_CATEGORIES[prefix]) || 'Other controls';
}

function words(text: string): string {
  const spaced = text.replace(/[-_]+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** How many controls stand in each status, and how many are left off the site. The one count every page shows. */
export interface ControlCounts {
  total: number;
  published: number;
  byStatus: Record<ControlLine['status'], number>;
}

/** Counts the controls of the summary, by status over the published ones, and those left out. */
export function countControls(groups: readonly ControlGroup[]): ControlCounts {
  const byStatus: ControlCounts['byStatus'] = {
    pass: 0,
    evidence: 0,
    fail: 0,
    'needs-evidence': 0,
    planned: 0,
    'not-applicable': 0,
    'not-checked': 0,
  };
  let total = 0;
  let published = 0;
  for (const line of groups.flatMap((group) => group.controls)) {
    total++;
    if (!line.published) continue;
    published++;
    byStatus[line.status]++;
  }
  return { total, published, byStatus };
}

/**
 * What a control does not cover, said beside it: the plain sentences of results that judged a part not ours
 * (`not-applicable` with a `plain`: a store each customer runs, recorded unencrypted), so a passing line is not read
 * as covering that part too.
 */
function caveatsOf(results: readonly CheckResult[]): Pick<ControlLine, 'caveats'> {
  const caveats = [
    ...new Set(
      results.flatMap((result) => (result.status === 'not-applicable' && result.plain ? [result.plain] : [])),
    ),
  ];
  return caveats.length > 0 ? { caveats } : {};
}

/**
 * Groups controls by category with the worst status among the results that evidence each one; a control with
 * no result takes its status from the map's `controls:` section (evidence on file, planned), else "not checked".
 * Without a catalog, each check becomes one line under "Automated checks".
 * @example controlGroups(run.results, CONTROLS, model.map.controls)
 */
export function controlGroups(
  results: readonly CheckResult[],
  catalog: readonly ControlInfo[],
  manual: readonly ControlEvidenceData[],
): ControlGroup[] {
  if (catalog.length === 0) {
    const byCheck = new Map<string, CheckResult[]>();
    for (const result of results)
      if (!result.notRun) byCheck.set(result.checkId, [...(byCheck.get(result.checkId) ?? []), result]);
    const controls = [...byCheck].map(
      ([checkId, list]): ControlLine => ({
        id: checkId,
        title: words(checkId),
        status: worst(list) ?? 'not-checked',
        checks: [checkId],
        criteria: [],
        published: worst(list) !== 'fail',
      }),
    );
    return controls.length > 0 ? [{ category: 'Automated checks', controls }] : [];
  }
  const manualById = new Map(manual.map((entry) => [entry.id, entry]));
  const groups = new Map<string, ControlLine[]>();
  for (const control of catalog) {
    // A check that did not run evidences nothing: its control is not checked, not "not applicable".
    const evidencing = results.filter((result) => result.controls.includes(control.id) && !result.notRun);
    const entry = manualById.get(control.id);
    const status: ControlLine['status'] =
      worst(evidencing) ??
      (entry?.status === 'implemented'
        ? 'evidence'
        : entry?.status === 'planned'
          ? 'planned'
          : entry?.status === 'not-applicable'
            ? 'not-applicable'
            : 'not-checked');
    const category = control.category ?? categoryOf(control.id);
    const visibility = visibilityOf(entry);
    const line: ControlLine = {
      id: control.id,
      title: control.title,
      status,
      checks: [...new Set(evidencing.map((r) => r.checkId))],
      criteria: [...(control.criteria ?? [])],
      // Failing and internal controls are left out unless the map's `controls:` entry says `visibility: public`.
      published: visibility !== 'private' && (status !== 'fail' || visibility === 'public'),
      ...(entry?.notes && publishesDetails(entry) ? { notes: entry.notes } : {}),
      ...caveatsOf(evidencing),
    };
    groups.set(category, [...(groups.get(category) ?? []), line]);
  }
  return [...groups].map(([category, controls]) => ({ category, controls }));
}
