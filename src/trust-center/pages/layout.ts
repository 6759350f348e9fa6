import { html, raw, type SafeHtml } from '../../core/html.js';
import { durationInWords } from '../../map/index.js';
import type { Claim } from '../claims.js';
import { badge } from '../status.js';

export { type BadgeTone, badge } from '../status.js';

/** The pages, in navigation order. */
export const PAGES = [
  { file: 'index.html', title: 'Overview' },
  { file: 'ai-data-practices.html', title: 'AI data practices' },
  { file: 'subprocessors.html', title: 'Sub-processors' },
  { file: 'controls.html', title: 'Controls' },
  { file: 'documents.html', title: 'Documents' },
  { file: 'contact.html', title: 'Contact' },
] as const;

export type PageFile = (typeof PAGES)[number]['file'];

/** What every page shares: who the company is, its logo, and when the site was built. */
export interface Chrome {
  organization: string;
  /** Site-relative path of the copied logo, if any. */
  logo?: string;
  /** YYYY-MM-DD of the check run the site reflects. */
  checkedOn: string;
  /** Extra links for the footer (the live site adds "Subscribe"). */
  footerLinks?: { href: string; label: string }[];
}

/**
 * Wraps a page body in the shared document: language, title, skip link, header with logo and navigation,
 * one `main` landmark, and a footer. `prefix` is the way back to the site root (`../` for documents).
 */
/**
 * The static site is often served by hosts that set no headers (GitHub Pages, a bucket), so the page carries its
 * own policy: no scripts at all, styles and images from the site (images also https and data), forms posted only
 * to the site (the live trust center's request form), no <base> rewriting. The server adds a stricter header.
 */
const CSP = raw(
  `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self' https: data:; form-action 'self'; base-uri 'none'">`,
);

export function layout(
  chrome: Chrome,
  page: PageFile | undefined,
  body: { title: string; description: string; hero?: SafeHtml; content: SafeHtml; prefix?: string },
): string {
  const root = body.prefix ?? '';
  // One brand name: a logo carries the name (as its alt text), so the header does not print it a second time.
  const brand = chrome.logo
    ? html`<img src="${/^(https|data):/i.test(chrome.logo) ? chrome.logo : root + chrome.logo}" alt="${chrome.organization}" height="40"><span class="brand-sub">Trust Center</span>`
    : html`<span class="monogram" aria-hidden="true">${[...chrome.organization.trim()][0]?.toUpperCase() ?? '?'}</span><span><span class="brand-name">${chrome.organization}</span><span class="brand-sub">Trust Center</span></span>`;
  const nav = PAGES.map(
    (entry) =>
      html`<li><a href="${root + entry.file}"${entry.file === page ? html` aria-current="page"` : ''}>${entry.title}</a></li>`,
  );
  const links = [
    { href: `${root}subprocessors.json`, label: 'Sub-processors as JSON' },
    { href: `${root}feed.xml`, label: 'Sub-processor changes (Atom feed)' },
    ...(chrome.footerLinks ?? []).map((link) => ({ ...link, href: root + link.href })),
  ];
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
${CSP}
<title>${body.title} · ${chrome.organization} Trust Center</title>
<meta name="description" content="${body.description}">
<link rel="stylesheet" href="${root}styles.css">
<link rel="alternate" type="application/atom+xml" title="${chrome.organization} sub-processor changes" href="${root}feed.xml">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<div class="wrap">
<a class="brand" href="${root}index.html">${brand}</a>
<nav class="site-nav" aria-label="Trust center"><ul>${nav}</ul></nav>
</div>
</header>
<main id="main" tabindex="-1">
${body.hero ?? ''}
<div class="wrap">
${body.content}
</div>
</main>
<footer class="site-footer">
<div class="wrap">
<p>Built by Trustmap from ${chrome.organization}’s system map and the automated checks run on ${chrome.checkedOn}. Statements marked “Verified” are backed by a passing check; “None on record” marks a statement that something is not done, for which a check found nothing of the kind in the system map.</p>
<p>${links.map((link, i) => html`${i > 0 ? ' · ' : ''}<a href="${link.href}">${link.label}</a>`)}</p>
</div>
</footer>
</body>
</html>
`.value;
}

/** A page heading block with an optional lead paragraph. */
export function hero(title: string, lead?: string, extra?: SafeHtml): SafeHtml {
  return html`<div class="hero"><div class="wrap"><h1>${title}</h1>${lead ? html`<p class="lead">${lead}</p>` : ''}${extra ?? ''}</div></div>`;
}

/** A claim with its verification badge; a claim not verified says why, in public words. */
export function claimItem(claim: Claim, checkedOn: string, detail?: SafeHtml | string): SafeHtml {
  const verified = claim.status === 'verified';
  const status = verified
    ? badge(claim.disclosesGap ? 'gap-stated' : claim.byAbsence ? 'none-on-record' : 'verified')
    : claim.status === 'failing'
      ? badge('not-met')
      : badge('not-yet-verified');
  const notes = claim.notes ?? [];
  const note = verified
    ? html`<p class="small muted">${claim.disclosesGap ? `An automated check on ${checkedOn} confirms what this says falls short.` : claim.byAbsence ? `An automated check on ${checkedOn} found nothing of the kind in our system map.` : `Verified by an automated check on ${checkedOn}.`}</p>`
    : notes.length > 0
      ? html`<ul class="claim-notes small">${notes.map((text) => html`<li>${text}</li>`)}</ul>`
      : html`<p class="small muted">${claim.status === 'failing' ? 'The supporting check does not pass yet.' : 'No check has confirmed this yet.'}</p>`;
  return html`<li class="claim ${verified ? 'verified' : 'unverified'}" id="claim-${claim.id}">
<span class="claim-text">${claim.statement}</span> ${status}
${detail ? html`<p>${detail}</p>` : ''}
${note}
</li>`;
}

/**
 * A table with a caption, column headers with scope, and row headers in the first column. On a narrow screen
 * each row stacks into a card whose cells are labelled by their column (`data-label`), so nothing scrolls
 * out of sight.
 */
export function table(
  id: string,
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly (SafeHtml | string)[])[],
): SafeHtml {
  const body = rows.map(
    ([first, ...rest]) =>
      html`<tr><th scope="row" data-label="${headers[0] ?? ''}">${first}</th>${rest.map((cell, i) => html`<td data-label="${headers[i + 1] ?? ''}">${cell}</td>`)}</tr>`,
  );
  return html`<div class="table-wrap" role="region" aria-labelledby="${id}" tabindex="0">
<table class="stack">
<caption id="${id}">${caption}</caption>
<thead><tr>${headers.map((header) => html`<th scope="col">${header}</th>`)}</tr></thead>
<tbody>${body}</tbody>
</table>
</div>`;
}

/**
 * A map duration in words.
 * @example humanDuration('30d') // '30 days'
 */
export function humanDuration(text: string | undefined): string {
  if (!text) return 'not stated';
  return durationInWords(text, {
    zero: 'not retained',
    indefinite: 'no fixed limit',
    'until-deleted': 'until deleted',
  });
}
