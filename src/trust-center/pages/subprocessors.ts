import { joinList } from '../../core/words.js';
import { html } from '../html.js';
import { badge, hero, humanDuration, layout, table } from './layout.js';
import type { SiteData } from './site.js';

const TRAINING: Record<string, string> = {
  never: 'No training',
  'opt-in': 'Training only on opt-in',
  'default-on': 'May train',
};

/** The sub-processor list, with links to its JSON form and the Atom feed of changes. */
export function subprocessorsPage(site: SiteData): string {
  const list = site.subprocessors;
  const rows = list.subprocessors.map((entry) => {
    const terms = [
      entry.terms.training ? (TRAINING[entry.terms.training] ?? entry.terms.training) : undefined,
      entry.terms.retention ? `retention: ${humanDuration(entry.terms.retention)}` : undefined,
      entry.terms.dpa ? 'DPA signed' : undefined,
    ].filter((item): item is string => Boolean(item));
    return [
      html`<span id="sp-${entry.id}">${entry.name}</span><br><span class="small muted">${entry.service}</span>${entry.ai ? html`<br>${badge('info', 'AI service')}` : ''}`,
      entry.purpose,
      joinList(entry.dataCategories) || 'none',
      entry.locations.join(', ') || 'not stated',
      terms.join('; ') || 'not stated',
    ];
  });
  const recent = [...list.changes].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 10);
  const content = html`
<section aria-labelledby="current"><h2 id="current">Current sub-processors</h2>
<p>Last changed ${list.updated}. Also available as <a href="subprocessors.json">JSON</a>; <a href="feed.xml">subscribe to the Atom feed</a> to be told of changes.</p>
${table('subprocessor-table', 'Sub-processors, what they do and which data they receive', ['Sub-processor', 'Purpose', 'Data', 'Location', 'Terms'], rows)}
</section>
<section aria-labelledby="changes"><h2 id="changes">Recent changes</h2>
${
  recent.length > 0
    ? html`<ul>${recent.map((change) => html`<li><time datetime="${change.date}">${change.date}</time>: ${change.summary}</li>`)}</ul>`
    : html`<p>No changes yet.</p>`
}
</section>`;
  return layout(site.chrome, 'subprocessors.html', {
    title: 'Sub-processors',
    description: `Third parties that process customer data for ${list.organization}.`,
    hero: hero(
      'Sub-processors',
      `Third parties that process customer data on behalf of ${list.organization}.`,
    ),
    content,
  });
}
