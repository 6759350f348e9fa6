import { html } from '../html.js';
import { type BadgeTone, badge, hero, layout, table } from './layout.js';
import type { ControlLine, SiteData } from './site.js';

const STATUS: Record<ControlLine['status'], [BadgeTone, string]> = {
  pass: ['ok', 'Passing'],
  evidence: ['ok', 'Evidence on file'],
  fail: ['bad', 'Failing'],
  'needs-evidence': ['warn', 'Awaiting evidence'],
  planned: ['info', 'Planned'],
  'not-applicable': ['info', 'Not applicable'],
  'not-checked': ['info', 'Not checked'],
};

/** The controls summary by category, with the status from the last check run. */
export function controlsPage(site: SiteData): string {
  const sections = site.controls.map((group, i) => {
    const rows = group.controls.map((line) => {
      const [tone, label] = STATUS[line.status];
      return [html`${line.title}<br><span class="small muted">${line.id}</span>`, badge(tone, label)];
    });
    const id = `category-${i + 1}`;
    return html`<section aria-labelledby="${id}-heading"><h2 id="${id}-heading">${group.category}</h2>
${table(`${id}-table`, `${group.category}: controls and their status`, ['Control', 'Status'], rows)}</section>`;
  });
  const content = sections.length > 0 ? html`${sections}` : html`<p>No control has been checked yet.</p>`;
  return layout(site.chrome, 'controls.html', {
    title: 'Controls',
    description: 'Security and AI governance controls and the status of their automated checks.',
    hero: hero(
      'Controls',
      `The controls ${site.model.map.organization.name} operates, grouped by area, with the status of the automated checks run on ${site.chrome.checkedOn}.`,
    ),
    content,
  });
}
