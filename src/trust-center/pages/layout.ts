import { durationInWords } from '../../map/index.js';
import type { Claim } from '../claims.js';
import { html, type SafeHtml } from '../html.js';

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
}

/**
 * Wraps a page body in the shared document: language, title, skip link, header with logo and navigation,
 * one `main` landmark, and a footer.
 */
export function layout(
  chrome: Chrome,
  page: PageFile,
  body: { title: string; description: string; hero?: SafeHtml; content: SafeHtml },
): string {
  const logo = chrome.logo
    ? html`<img src="${chrome.logo}" alt="" height="40">`
    : html`<span class="monogram" aria-hidden="true">${[...chrome.organization.trim()][0]?.toUpperCase() ?? '?'}</span>`;
  const nav = PAGES.map(
    (entry) =>
      html`<li><a href="${entry.file}"${entry.file === page ? html` aria-current="page"` : ''}>${entry.title}</a></li>`,
  );
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${body.title} · ${chrome.organization} Trust Center</title>
<meta name="description" content="${body.description}">
<link rel="stylesheet" href="styles.css">
<link rel="alternate" type="application/atom+xml" title="${chrome.organization} sub-processor changes" href="feed.xml">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<div class="wrap">
<a class="brand" href="index.html">${logo}<span><span class="brand-name">${chrome.organization}</span><span class="brand-sub">Trust Center</span></span></a>
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
<p>Built by Trustmap from ${chrome.organization}’s system map and the automated checks run on ${chrome.checkedOn}. Statements marked “Verified” are backed by a passing check.</p>
<p><a href="subprocessors.json">Sub-processors as JSON</a> · <a href="feed.xml">Sub-processor changes (Atom feed)</a></p>
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

export type BadgeTone = 'ok' | 'warn' | 'bad' | 'info';

const ICONS: Record<BadgeTone, string> = { ok: '✓', warn: '!', bad: '✕', info: '•' };

/** A status badge: colour, icon and word, so status never rests on colour alone. */
export function badge(tone: BadgeTone, label: string): SafeHtml {
  return html`<span class="badge badge-${tone}"><span aria-hidden="true">${ICONS[tone]}</span> ${label}</span>`;
}

/** A claim with its verification badge; unverified claims say so in words. */
export function claimItem(claim: Claim, checkedOn: string, detail?: SafeHtml | string): SafeHtml {
  const verified = claim.status === 'verified';
  const status = verified ? badge('ok', 'Verified') : badge('warn', 'Not yet verified');
  const note = verified
    ? html`Verified by an automated check on ${checkedOn}.`
    : claim.status === 'failing'
      ? html`Not yet verified: the supporting check does not pass yet.`
      : html`Not yet verified: no check has confirmed this yet.`;
  return html`<li class="claim ${verified ? 'verified' : 'unverified'}" id="claim-${claim.id}">
<span class="claim-text">${claim.statement}</span> ${status}
${detail ? html`<p>${detail}</p>` : ''}
<p class="small muted">${note}</p>
</li>`;
}

/** A table with a caption, column headers with scope, and row headers in the first column. */
export function table(
  id: string,
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly (SafeHtml | string)[])[],
): SafeHtml {
  const body = rows.map(
    ([first, ...rest]) =>
      html`<tr><th scope="row">${first}</th>${rest.map((cell) => html`<td>${cell}</td>`)}</tr>`,
  );
  return html`<div class="table-wrap" role="region" aria-labelledby="${id}" tabindex="0">
<table>
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
