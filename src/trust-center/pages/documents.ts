import { html } from '../html.js';
import { badge, hero, layout, table } from './layout.js';
import type { SiteData } from './site.js';

/** Public documents (linked) and documents available on request (a request link to the contact). */
export function documentsPage(site: SiteData): string {
  const rows = site.documents.map((document) => {
    const action =
      document.access === 'public'
        ? document.href
          ? html`<a href="${document.href}" download>Download<span class="visually-hidden"> ${document.title}</span></a>`
          : 'Unavailable'
        : document.requestHref
          ? html`<a href="${document.requestHref}">Request access<span class="visually-hidden"> to ${document.title}</span></a>`
          : 'Ask your account contact';
    return [
      document.title,
      document.access === 'public' ? badge('ok', 'Public') : badge('info', 'On request'),
      document.updated ?? 'not stated',
      action,
    ];
  });
  const content =
    rows.length > 0
      ? table('documents-table', 'Documents', ['Document', 'Access', 'Updated', 'Get it'], rows)
      : html`<p>No documents are published yet.</p>`;
  return layout(site.chrome, 'documents.html', {
    title: 'Documents',
    description: `Security and compliance documents from ${site.model.map.organization.name}.`,
    hero: hero(
      'Documents',
      'Policies and reports. Public documents download directly; others are shared on request, usually under NDA.',
    ),
    content,
  });
}
