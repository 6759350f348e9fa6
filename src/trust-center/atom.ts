import { escapeHtml } from '../core/html.js';
import { type SubprocessorList, stableUuid } from './subprocessors.js';

/** How many changes the feed carries; older ones stay in `subprocessors.json`. */
export const FEED_ENTRIES = 100;

/**
 * The Atom 1.0 feed of sub-processor changes (RFC 4287), newest first. Links are relative to the site unless
 * `baseUrl` is given; feed readers resolve them against the feed's own address.
 * @example renderAtomFeed(list, { baseUrl: 'https://trust.acme-ai.example/' })
 */
export function renderAtomFeed(list: SubprocessorList, options: { baseUrl?: string } = {}): string {
  const base = options.baseUrl ? options.baseUrl.replace(/\/?$/, '/') : '';
  const x = escapeHtml;
  const stamp = (date: string) => `${date}T00:00:00Z`;
  const entries = [...list.changes]
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, FEED_ENTRIES)
    .map(
      (change) => `  <entry>
    <id>${x(change.id)}</id>
    <title>${x(change.summary)}</title>
    <updated>${stamp(change.date)}</updated>
    <link rel="alternate" type="text/html" href="${x(`${base}subprocessors.html`)}"/>
    <category term="${change.kind}"/>
    <summary>${x(change.summary)}</summary>
  </entry>
`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${x(`${list.organization} sub-processor changes`)}</title>
  <id>${stableUuid(list.organization, 'subprocessor-feed')}</id>
  <updated>${stamp(list.updated)}</updated>
  <author><name>${x(list.organization)}</name></author>
  <link rel="self" type="application/atom+xml" href="${x(`${base}feed.xml`)}"/>
  <link rel="alternate" type="text/html" href="${x(`${base}subprocessors.html`)}"/>
  <generator>Trustmap</generator>
${entries}</feed>
`;
}
