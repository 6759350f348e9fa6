import { html, type SafeHtml } from '../../core/html.js';
import type { StatusId } from '../status.js';
import { badge, hero, layout, table } from './layout.js';
import { controlCountsLine } from './overview.js';
import type { ControlLine, SiteData } from './site.js';

/** Each control status as the site names it; the overview counts with the same words and colours. */
export const CONTROL_STATUS: Record<ControlLine['status'], StatusId> = {
  pass: 'passing',
  evidence: 'evidence-on-file',
  fail: 'failing',
  'needs-evidence': 'awaiting-evidence',
  planned: 'planned',
  'not-applicable': 'not-applicable',
  'not-checked': 'not-checked',
};

function criteria(line: ControlLine): SafeHtml | string {
  if (line.criteria.length === 0) return '';
  return html`<details class="criteria"><summary>Criteria (${line.criteria.length})</summary><ul>${line.criteria.map(
    (criterion) =>
      html`<li><span class="criterion-id">${criterion.framework} ${criterion.id}</span>${criterion.title ? html` ${criterion.title}` : ''}</li>`,
  )}</ul></details>`;
}

/** The controls by category, with the status from the last check run and the criteria each supports. */
export function controlsPage(site: SiteData): string {
  const sections = site.controls.flatMap((group, i) => {
    const shown = group.controls.filter((line) => line.published);
    if (shown.length === 0) return [];
    const rows = shown.map((line) => [
      html`${line.title}<br><span class="small muted">${line.id}</span>${line.notes ? html`<br><span class="small">${line.notes}</span>` : ''}${(line.caveats ?? []).map((caveat) => html`<br><span class="small">Not covered: ${caveat}.</span>`)}`,
      badge(CONTROL_STATUS[line.status]),
      criteria(line),
    ]);
    const id = `category-${i + 1}`;
    return [
      html`<section aria-labelledby="${id}-heading"><h2 id="${id}-heading">${group.category}</h2>
${table(`${id}-table`, `${group.category}: controls and their status`, ['Control', 'Status', 'Framework criteria'], rows)}</section>`,
    ];
  });
  const hidden = site.counts.total - site.counts.published;
  const summary = html`<section aria-labelledby="summary"><h2 id="summary" class="visually-hidden">Summary</h2>
${controlCountsLine(site)}
${hidden > 0 ? html`<p class="small muted">${hidden} ${hidden === 1 ? 'control is' : 'controls are'} not published here; ask us about ${hidden === 1 ? 'it' : 'them'}.</p>` : ''}
<p class="small muted">Criteria are SOC 2 Trust Services Criteria and ISO/IEC 42001 ids with our own short titles.</p></section>`;
  const content =
    sections.length > 0
      ? html`${summary}${sections}`
      : html`${summary}<p>No control has been checked yet.</p>`;
  return layout(site.chrome, 'controls.html', {
    title: 'Controls',
    description: 'Security and AI governance controls and the status of their automated checks.',
    hero: hero(
      'Controls',
      // Tracked, not operated: a control awaiting evidence is not yet shown to operate (pdftochat: "The controls
      // PDFToChat operates" over five controls, all awaiting evidence, of a one-person project).
      `The controls ${site.model.map.organization.name} tracks, grouped by area, with their status from the automated checks run on ${site.chrome.checkedOn}. A control awaiting evidence is not yet shown to operate.`,
    ),
    content,
  });
}
