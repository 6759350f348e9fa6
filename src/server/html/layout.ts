import { escapeHtml, html, raw, type SafeHtml } from '../../core/html.js';
import { DASHBOARD_STYLES, STYLES } from './styles.js';

/** What a page shows around its body. */
export interface PageOptions {
  title: string;
  /** The page's content (from `html`…``). */
  body: SafeHtml | string;
  /** The organisation in view and the person's role in it, for the navigation. */
  org?: { slug: string; name: string; role?: string };
  /** The signed-in person, for the sign-out form. */
  user?: { email: string };
  csrfToken?: string;
  /** A line shown above the content on every page (e.g. "Demo data"). */
  banner?: string;
}

/** The hidden CSRF field every form posted by a signed-in person carries. */
export function csrfField(token: string | undefined): string {
  return token ? `<input type="hidden" name="_csrf" value="${escapeHtml(token)}">` : '';
}

/** A full page: accessible landmarks, phone-width layout, light and dark colours from the system setting. */
export function renderPage(options: PageOptions): string {
  const { org, user } = options;
  // An auditor is kept inside their audits (the audit gate), so their navigation offers only those.
  const nav = !org
    ? ''
    : org.role === 'auditor'
      ? html`<nav aria-label="Organisation"><a href="/orgs/${org.slug}/audits">Audits</a></nav>`
      : html`<nav aria-label="Organisation"><a href="/orgs/${org.slug}">Dashboard</a>
<a href="/orgs/${org.slug}/controls">Controls</a> <a href="/orgs/${org.slug}/ledger">Ledger</a>
<a href="/orgs/${org.slug}/audits">Audits</a></nav>`;
  const signOut = user
    ? html`<form method="post" action="/logout" class="signout">${raw(csrfField(options.csrfToken))}
<span>${user.email}</span> <button type="submit">Sign out</button></form>`
    : '';
  return `<!doctype html>
${html`<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${options.title} · Trustmap</title>
<style>${raw(STYLES + DASHBOARD_STYLES)}</style></head>
<body><header><a class="brand" href="/">Trustmap</a>${org ? html` <span class="org">${org.name}</span>` : ''}${nav}${signOut}</header>
${options.banner ? html`<p class="banner" role="note">${options.banner}</p>` : ''}
<main id="main"><h1>${options.title}</h1>
${raw(String(options.body))}</main></body></html>`}`;
}
