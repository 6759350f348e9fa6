import { html, safeUrl } from '../../core/html.js';
import { hero, layout } from './layout.js';
import type { SiteData } from './site.js';

/** How to reach the security team, and how to follow changes. */
export function contactPage(site: SiteData): string {
  const { organization } = site.model.map;
  const contact = organization.contact;
  const website = safeUrl(organization.website);
  const content = html`
<section aria-labelledby="security-contact"><h2 id="security-contact">Security contact</h2>
${
  contact
    ? html`<p>For security questions${
        // Document requests only where a document is on request (SillyTavern: "document requests" to a security
        // advisory page, with no document to request).
        site.documents.some((document) => document.access !== 'public') ? ', document requests' : ''
      } and vulnerability reports: ${
        site.contactHref ? html`<a href="${site.contactHref}">${contact}</a>` : contact
      }</p>`
    : // No invented channel (farfalle: "Contact your account representative" of a free public site with none).
      html`<p>${organization.name} has not published a security contact here yet.</p>`
}
${website ? html`<p>Company website: <a href="${website}">${website}</a></p>` : ''}
</section>
<section aria-labelledby="follow"><h2 id="follow">Stay informed</h2>
<p>Subscribe to the <a href="feed.xml">sub-processor change feed</a> (Atom) in any feed reader, or fetch <a href="subprocessors.json">the list as JSON</a>.</p>
</section>`;
  return layout(site.chrome, 'contact.html', {
    title: 'Contact',
    // No security team is said to exist where no contact is published (chat-ollama: "Reach ChatOllama's security team").
    description: contact
      ? `How to reach ${organization.name}’s security team.`
      : `How to reach ${organization.name}.`,
    hero: hero(
      'Contact',
      contact ? `Reach ${organization.name}’s security team.` : `How to reach ${organization.name}.`,
    ),
    content,
  });
}
