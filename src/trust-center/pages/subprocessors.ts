import { html, type SafeHtml } from '../../core/html.js';
import { reachedAnonymously, underCustomersAccount } from '../../core/vocabulary.js';
import { joinList } from '../../core/words.js';
import { accountWords, sameName } from '../../model/index.js';
import type { PublishedSubprocessor } from '../subprocessors.js';
import { badge, hero, humanDuration, layout, table } from './layout.js';
import { subprocessorCount } from './overview.js';
import type { SiteData } from './site.js';

const TRAINING: Record<string, string> = {
  never: 'No training',
  'opt-in': 'Training only on opt-in',
  'default-on': 'May train',
};

/** A DPA said plainly: in force until a date, expired on a date, none on file, or unknown while under review. */
export function dpaCell(entry: Pick<PublishedSubprocessor, 'terms' | 'status' | 'account'>): SafeHtml {
  if (entry.status === 'under-review') return badge('under-review', 'Not yet known');
  // Reached only under each customer's own account, it is the customer's agreement with the vendor that applies, not
  // a DPA of ours (lmnr, sim, WrenAI: "No DPA on file" beside providers customers reach with their own keys).
  if (entry.account === 'customer' && !entry.terms.dpa && entry.terms.dpaStatus !== 'expired')
    return html`<span class="small">The customer’s own agreement</span>`;
  if (reachedAnonymously(entry) && !entry.terms.dpa) return html`<span class="small">None: no account</span>`;
  const { dpaStatus, dpaExpires } = entry.terms;
  if (dpaStatus === 'expired')
    return html`${badge('dpa-expired')} <span class="small">on ${dpaExpires}</span>`;
  if (dpaStatus === 'in-force' || (dpaStatus === undefined && entry.terms.dpa))
    return html`${badge('dpa-in-force')}${dpaExpires ? html` <span class="small">until ${dpaExpires}</span>` : ''}`;
  return badge('dpa-none');
}

/** The sub-processor list with DPA status, vendors under review, and the change history. */
export function subprocessorsPage(site: SiteData): string {
  const list = site.subprocessors;
  // Services customers reach only with their own accounts are theirs, in a table of their own: under "process customer
  // data on behalf of" us, they contradicted the count above it (openlit: "1 sub-processor" over a table of 17).
  const row = (entry: (typeof list.subprocessors)[number]) => {
    // Terms a customer holds with a service under its own account are the customer's: not stated beside them as ours
    // (pdfGPT: "Only under the customer's own OpenAI account, on the customer's own terms with OpenAI; No training;
    // retention: 30 days").
    const ours = !underCustomersAccount(entry);
    const terms =
      entry.status === 'under-review'
        ? 'Under review'
        : [
            accountWords({ vendor: entry.name, account: entry.account, ai: entry.ai })?.replace(
              /^./,
              (first) => first.toUpperCase(),
            ),
            ours && entry.terms.training
              ? (TRAINING[entry.terms.training] ?? entry.terms.training)
              : undefined,
            ours && entry.terms.retention ? `retention: ${humanDuration(entry.terms.retention)}` : undefined,
            ours && entry.terms.zeroDataRetention ? 'zero data retention agreement' : undefined,
          ]
            .filter((item): item is string => Boolean(item))
            .join('; ') || 'not stated';
    return [
      // The service under the name, unless it is the name again (langflow: "Anthropic Claude API" twice).
      html`<span id="sp-${entry.id}">${entry.name}</span>${sameName(entry.name, entry.service) ? '' : html`<br><span class="small muted">${entry.service}</span>`}${
        entry.ai || entry.status ? html`<br>` : ''
      }${entry.ai ? badge('ai-service') : ''}${entry.status === 'under-review' ? html` ${badge('under-review')}` : ''}`,
      entry.condition ? `${entry.purpose.replace(/\.$/, '')} (${entry.condition})` : entry.purpose,
      joinList(entry.dataCategories) || (entry.status === 'under-review' ? 'not yet known' : 'none'),
      entry.locations.join(', ') || 'not stated',
      terms,
      dpaCell(entry),
    ];
  };
  const theirs = list.subprocessors.filter(underCustomersAccount);
  // Reached with no account at all is not "with their own accounts" (refact's Jina Reader, QAnything's DuckDuckGo).
  const anonymous = theirs.filter(reachedAnonymously).length;
  const theirsHeading =
    anonymous === 0
      ? 'Services customers connect with their own accounts'
      : anonymous === theirs.length
        ? 'Services customers’ installations reach anonymously'
        : 'Services customers reach themselves';
  const theirsWords = `These are not our sub-processors: ${[
    anonymous < theirs.length
      ? 'a customer reaches them only with its own account or key, under its own terms with them'
      : '',
    anonymous > 0
      ? `${anonymous < theirs.length ? 'or ' : ''}each customer’s installation reaches ${anonymous < theirs.length ? 'some ' : 'them '}anonymously, with no account or agreement covering what they do with the data`
      : '',
  ]
    .filter(Boolean)
    .join(', ')}`;
  const rows = list.subprocessors.filter((entry) => !underCustomersAccount(entry)).map(row);
  const recent = [...list.changes].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 10);
  const review = list.subprocessors.some((entry) => entry.status === 'under-review');
  const follow = site.subscribeHref
    ? html`<a href="${site.subscribeHref}">subscribe by email</a> or <a href="feed.xml">follow the Atom feed</a>`
    : html`<a href="feed.xml">follow the Atom feed</a>`;
  const content = html`
<section aria-labelledby="current"><h2 id="current">Current sub-processors</h2>
<p>We work with ${subprocessorCount(site)}. ${recent.length > 0 ? `Last changed ${list.updated}. ` : ''}Also available as <a href="subprocessors.json">JSON</a>; ${follow} to be told of changes.</p>
${review ? html`<p class="small">A vendor marked “Under review” was found in our code but is not yet in our sub-processor register, so its terms are not yet on file.</p>` : ''}
${table('subprocessor-table', 'Sub-processors, what they do, which data they receive and their terms', ['Sub-processor', 'Purpose', 'Data', 'Location', 'Terms', 'DPA'], rows)}
</section>
${
  theirs.length > 0
    ? html`<section aria-labelledby="customer-accounts"><h2 id="customer-accounts">${theirsHeading}</h2>
<p>${theirsWords}.</p>
${table('customer-account-table', `${theirsHeading}, and what the product sends them`, ['Service', 'Purpose', 'Data', 'Location', 'Terms', 'DPA'], theirs.map(row))}
</section>`
    : ''
}
<section aria-labelledby="changes"><h2 id="changes">Recent changes</h2>
${
  recent.length > 0
    ? html`<ul>${recent.map((change) => html`<li><time datetime="${change.date}">${change.date}</time>: ${change.summary}</li>`)}</ul>`
    : html`<p>No changes recorded since this list was first published.</p>`
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
