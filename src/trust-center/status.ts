import { html, type SafeHtml } from '../core/html.js';

/** Badge colours: green for proven, amber for open or not yet proven, red for failing, grey for neutral facts. */
export type BadgeTone = 'ok' | 'warn' | 'bad' | 'info';

/**
 * Every status word the site shows, with its one colour. Pages name a status from this table and never pick a
 * colour themselves, so "Awaiting evidence" cannot be amber on one page and grey on another.
 */
export const STATUSES = {
  verified: ['ok', 'Verified'],
  // A statement that something is not done, which a check found nothing of in the system map: said as what was
  // checked, not as proof (chatgpt-web, aws-genai-llm-chatbot, lollms-webui: "✓ Verified" of "We keep no prompts",
  // read by three reviewers as more than a look at the map).
  'none-on-record': ['ok', 'None on record'],
  // A statement of a shortfall that the checks confirm: amber, not the green of a pass (ChatFiles).
  'gap-stated': ['warn', 'Gap, as stated'],
  'not-yet-verified': ['warn', 'Not yet verified'],
  // A claim a failing check contradicts: not one waiting for proof (roomGPT: "not retained after a request completes
  // ! Not yet verified" beside the retention check failing on a provider keeping them an hour).
  'not-met': ['bad', 'Not met'],
  passing: ['ok', 'Passing'],
  'evidence-on-file': ['ok', 'Evidence on file'],
  failing: ['bad', 'Failing'],
  'awaiting-evidence': ['warn', 'Awaiting evidence'],
  planned: ['info', 'Planned'],
  'not-applicable': ['info', 'Not applicable'],
  'not-checked': ['info', 'Not checked'],
  'not-published': ['info', 'Not published'],
  'tested-live': ['ok', 'Tested live'],
  'not-tested-live': ['warn', 'Not tested live'],
  'live-test-failed': ['bad', 'Failed'],
  'not-stated': ['warn', 'Not stated'],
  'under-review': ['warn', 'Under review'],
  'over-policy': ['warn', 'Longer than the policy'],
  'over-promise': ['warn', 'Longer than promised'],
  'dpa-in-force': ['ok', 'DPA in force'],
  'dpa-expired': ['bad', 'DPA expired'],
  'dpa-none': ['warn', 'No DPA on file'],
  public: ['ok', 'Public'],
  'on-request': ['info', 'On request'],
  'ai-service': ['info', 'AI service'],
  'report-available': ['ok', 'Report available'],
  certified: ['ok', 'Certified'],
  'renewal-due': ['warn', 'Renewal due'],
  'audit-in-progress': ['info', 'Audit in progress'],
  'in-preparation': ['info', 'In preparation'],
  'not-pursued': ['info', 'Not pursued'],
} as const satisfies Record<string, readonly [BadgeTone, string]>;

export type StatusId = keyof typeof STATUSES;

const ICONS: Record<BadgeTone, string> = { ok: '✓', warn: '!', bad: '✕', info: '•' };

/**
 * A status badge: colour, icon and word, so status never rests on colour alone. `label` replaces the word
 * (a count, "DPA expired 2026-09-30") while the status keeps its colour.
 * @example badge('awaiting-evidence') // amber "! Awaiting evidence"
 */
export function badge(status: StatusId, label?: string): SafeHtml {
  const [tone, word] = STATUSES[status];
  return html`<span class="badge badge-${tone}" data-status="${status}"><span aria-hidden="true">${ICONS[tone]}</span> ${label ?? word}</span>`;
}
