import { type CheckResult, SEVERITIES } from '../core/contracts.js';
import { type Paint, PLAIN } from '../core/paint.js';
import { holdsPlaceholder, SERVICE_KINDS, underCustomersAccount } from '../core/vocabulary.js';
import { plural } from '../core/words.js';
import { activeDismissals, type ProposedEntry, proposedEntries } from '../map/index.js';
import { customerDataClasses, type Model } from '../model/index.js';

/** Where a map stands: what a person confirmed, what awaits confirmation, what is dismissed, what is unproven. */
export interface MapStatus {
  confirmed: number;
  proposed: ProposedEntry[];
  dismissed: { id: string; reason: string; expires?: string; active: boolean }[];
  /** Results that need evidence or confirmation before they count. */
  unverified: number;
  failing: number;
  /** The first things to confirm, most consequential first, each with what to do. */
  next: { pointer: string; action: string }[];
  /** The first failures to fix, most severe first, with the check's fix: what to do once nothing awaits confirmation. */
  fix: { checkId: string; message: string; remediation?: string }[];
}

const SECTIONS = ['dataClasses', 'components', 'subprocessors', 'flows', 'aiSystems', 'evidence'] as const;
/** What to confirm first: promises to buyers, then vendors that receive data, then stores, then the rest. */
const ORDER = [
  'organization',
  'subprocessors',
  'components',
  'tenancy',
  'dataClasses',
  'flows',
  'aiSystems',
  'evidence',
];

/**
 * Where an entry stands in what to confirm first: by section (`ORDER`), our own services before the vendors (how users
 * sign in shapes every answer), and among vendors those that prompts or customers' content reach first (midday: the
 * first steps were three vendors' terms, before what holds its customers' bank data).
 */
function rank(model: Model, entry: ProposedEntry): number {
  const base = ORDER.indexOf(entry.section);
  if (entry.section === 'components') {
    const component = model.index.components.get(entry.id);
    return component && SERVICE_KINDS.has(component.kind) ? ORDER.indexOf('subprocessors') - 0.5 : base;
  }
  if (entry.section === 'subprocessors') {
    const vendor = model.index.subprocessors.get(entry.id);
    const customer = customerDataClasses(model);
    const reached = vendor?.ai || vendor?.dataClasses.some((id) => customer.has(id));
    return reached ? base : base + 0.25;
  }
  return base;
}

function action(model: Model, entry: ProposedEntry): string {
  if (entry.section === 'organization') return 'check the commitments against your customer contracts';
  if (entry.section === 'tenancy') return 'confirm how tenants are kept apart and whether training is opt-in';
  if (entry.section === 'subprocessors') {
    const vendor = model.index.subprocessors.get(entry.id);
    if (vendor && vendor.status !== 'proposed' && holdsPlaceholder(vendor))
      return 'say what it is used for: its `purpose` is still the text discover wrote';
    // Whether the code really sends it data comes before its contract (midday, firecrawl: the first steps asked for
    // the terms of vendors a health probe or a price list named).
    // Reached only under each customer's own account, its terms are the customer's (WrenAI: Athena and Databricks, each
    // customer's own warehouse, were asked for our contract's training, retention and DPA).
    if (vendor && underCustomersAccount(vendor))
      return "confirm each customer reaches it with their own account (`account: customer`): its terms are the customer's, not ours to fill";
    return vendor?.terms
      ? 'check its terms against the signed DPA'
      : 'confirm the code sends it data (dismiss it if not), then fill `terms` (training, retention, DPA) from its contract';
  }
  if (entry.section === 'components') {
    const component = model.index.components.get(entry.id);
    // A service users reach says first how they sign in: the biggest fact about it (bolt.new: no sign-in at all, and
    // the next steps asked only for tenancy and retention).
    if (component && SERVICE_KINDS.has(component.kind) && !component.userAuthentication)
      return 'say how its users sign in (`userAuthentication`: `methods: [password, saml]`, or `[none]` where anyone may use it), then split it into your services';
    // A store discovery found by its provider may be a false find; our own service is not.
    const dismiss = component?.provider ? ', or dismiss it if the code does not use it' : '';
    return component?.tenancy
      ? `confirm its tenancy and retention${dismiss}`
      : `say how it separates tenants (\`tenancy\`) and how long it keeps data${dismiss}`;
  }
  if (entry.section === 'dataClasses') return 'set its retention and deletion';
  return 'check it against the system';
}

/**
 * The map's confirmation status: counts of confirmed and proposed entries, dismissals, and the check results
 * that are not yet proof. Pure.
 * @example mapStatus(model, runChecks(model).results).next[0] // { pointer: 'subprocessors/openai', action: … }
 */
export function mapStatus(model: Model, results: readonly CheckResult[]): MapStatus {
  const proposed = proposedEntries(model.map);
  const entries = SECTIONS.reduce((total, section) => total + model.map[section].length, 0);
  const active = activeDismissals(model.map, model.now);
  const sorted = [...proposed].sort((a, b) => rank(model, a) - rank(model, b));
  return {
    confirmed:
      entries - proposed.filter((entry) => (SECTIONS as readonly string[]).includes(entry.section)).length,
    proposed,
    dismissed: (model.map.dismissals ?? []).map((entry) => ({
      id: entry.id,
      reason: entry.reason,
      ...(entry.expires ? { expires: entry.expires } : {}),
      active: active.has(entry.id),
    })),
    unverified: results.filter((result) => result.status === 'needs-evidence').length,
    failing: results.filter((result) => result.status === 'fail').length,
    next: sorted.slice(0, 3).map((entry) => ({ pointer: entry.pointer, action: action(model, entry) })),
    // A map with nothing left to confirm still has next steps where checks fail (lunary: 31 failing and no next step).
    fix: results
      .filter((result) => result.status === 'fail')
      .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))
      .slice(0, 3)
      .map((result) => ({
        checkId: result.checkId,
        message: result.message,
        ...(result.remediation ? { remediation: result.remediation } : {}),
      })),
  };
}

/** The status for a terminal. */
export function renderStatusText(status: MapStatus, paint: Paint = PLAIN): string {
  const lines = [
    `${paint.green(`${status.confirmed} confirmed`)} · ${paint.yellow(`${status.proposed.length} proposed`)} · ${status.dismissed.filter((entry) => entry.active).length} dismissed · ${status.unverified} unverified · ${paint.red(`${status.failing} failing`)}`,
  ];
  // The last two count check results, not entries (MaxKB, SurfSense, LibreChat reviews: "49 failing" what?).
  if (status.unverified + status.failing > 0)
    lines.push(
      `(unverified and failing count check results: those that need evidence and those that fail; \`trustmap check\` lists them)`,
    );
  if (status.proposed.length > 0) {
    lines.push(
      '',
      `awaiting confirmation (${plural(status.proposed.length, 'entry', 'entries')}, never stated as fact):`,
    );
    for (const entry of status.proposed) lines.push(`  ${entry.pointer}`);
  }
  const dismissed = status.dismissed;
  if (dismissed.length > 0) {
    lines.push('', 'dismissed:');
    for (const entry of dismissed)
      lines.push(
        `  ${entry.id}: ${entry.reason}${entry.expires ? ` (${entry.active ? 'until' : 'expired'} ${entry.expires})` : ''}`,
      );
  }
  if (status.next.length > 0) {
    lines.push('', 'next, confirm:');
    status.next.forEach((entry, index) => {
      lines.push(`  ${index + 1}. ${entry.pointer}: ${entry.action}`);
    });
    // Deleting a false proposal alone brings it back as undeclared at the next scan (LibreChat, SurfSense reviews).
    lines.push(
      '',
      'not yours? delete the entry and add `{ id: <its id>, reason: … }` under `dismissals:`, or the next scan proposes it again',
    );
  } else if (status.fix.length > 0) {
    lines.push('', 'next, fix (the most severe failures; `trustmap check` lists all):');
    status.fix.forEach((entry, index) => {
      lines.push(
        `  ${index + 1}. ${entry.checkId}: ${entry.message}${entry.remediation ? `\n     fix: ${entry.remediation}` : ''}`,
      );
    });
  }
  return `${lines.join('\n')}\n`;
}
