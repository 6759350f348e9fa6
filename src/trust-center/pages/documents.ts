import { html, raw, type SafeHtml } from '../../core/html.js';
import { renderMarkdown } from '../markdown.js';
import { badge, hero, layout, table } from './layout.js';
import type { ListedDocument, SiteData } from './site.js';

function action(site: SiteData, document: ListedDocument): SafeHtml | string {
  const hidden = html`<span class="visually-hidden"> ${document.title}</span>`;
  if (document.access === 'public') {
    if (!document.href) return 'Unavailable';
    if (document.kind === 'page') return html`<a href="${document.href}">Read${hidden}</a>`;
    // A copied file is downloaded, not opened as a page of the site.
    return html`<a href="${document.href}"${document.kind === 'file' ? html` download` : ''}>${document.kind === 'file' ? 'Download' : 'Open'}${hidden}</a>`;
  }
  const request = site.requestHref?.(document.id);
  return request ? html`<a href="${request}">Request access${hidden}</a>` : 'Available on request';
}

/** Public documents (read or downloaded here) and documents shared on request. */
export function documentsPage(site: SiteData): string {
  const rows = site.documents.map((document) => [
    document.title,
    document.access === 'public' ? badge('public') : badge('on-request'),
    document.updated ?? 'not stated',
    action(site, document),
  ]);
  const onRequest = site.documents.some((document) => document.access === 'request-access');
  const contact = site.model.map.organization.contact;
  // The static site has no way to check who asks, so it does not pretend a mail link is an access control.
  const how = !onRequest
    ? ''
    : site.requestHref
      ? html`<p>Documents marked “On request” are shared after you accept our NDA and we approve the request; the link you receive is personal and expires.</p>`
      : html`<p>Documents marked “On request” are shared on request, usually under NDA. ${
          contact
            ? html`Ask ${site.contactHref ? html`<a href="${site.contactHref}">${contact}</a>` : contact}, naming the document.`
            : 'Ask your account contact.'
        }</p>`;
  const content =
    rows.length > 0
      ? html`${how}${table('documents-table', 'Documents', ['Document', 'Access', 'Updated', 'Get it'], rows)}`
      : html`<p>No documents are published yet.</p>`;
  return layout(site.chrome, 'documents.html', {
    title: 'Documents',
    description: `Security and compliance documents from ${site.model.map.organization.name}.`,
    hero: hero('Documents', 'Policies and reports: public ones to read here, others shared on request.'),
    content,
  });
}

/** The document without a first heading that only repeats the page's title. */
function withoutTitle(markdown: string, title: string): string {
  const first = /^\s*#\s+(.+?)\s*#*\s*(\r?\n|$)/.exec(markdown);
  return first && first[1]!.toLowerCase() === title.trim().toLowerCase()
    ? markdown.slice(first[0].length)
    : markdown;
}

/**
 * A Markdown document rendered as a page of the site (escaped, no raw HTML), never served as raw `.md`.
 * `prefix` leads back to the site root from where the page is written (`../` under `documents/`).
 */
export function documentPage(
  site: Pick<SiteData, 'chrome' | 'model'>,
  document: { title: string; updated?: string; expires?: string },
  markdown: string,
  prefix = '../',
): string {
  const dates = [
    document.updated ? `Updated ${document.updated}` : undefined,
    document.expires ? `next review by ${document.expires}` : undefined,
  ].filter(Boolean);
  return layout(site.chrome, undefined, {
    title: document.title,
    description: `${document.title}, ${site.model.map.organization.name}.`,
    hero: hero(document.title, dates.length > 0 ? `${dates.join('; ')}.` : undefined),
    content: html`<p class="small"><a href="${prefix}documents.html">All documents</a></p><article class="prose">${raw(renderMarkdown(withoutTitle(markdown, document.title)))}</article>`,
    prefix,
  });
}
