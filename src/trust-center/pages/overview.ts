import { FRAMEWORK_NAMES, soc2Status } from '../compliance.js';
import { html, type SafeHtml, safeUrl } from '../html.js';
import { badge, claimItem, hero, layout } from './layout.js';
import type { SiteData } from './site.js';

function soc2Card(site: SiteData): SafeHtml {
  const status = soc2Status(site.model);
  const name = `SOC 2${status.type ? ` ${status.type}` : ''}`;
  const body =
    status.state === 'report-available'
      ? html`${badge('ok', 'Report available')}<p>${name} report${status.report?.collected ? ` issued ${status.report.collected}` : ''}${status.report?.expires ? `, current until ${status.report.expires}` : ''}. <a href="documents.html">Request the report</a>.</p>`
      : status.state === 'report-expired'
        ? html`${badge('warn', 'Renewal in progress')}<p>The last ${name} report covered a period that has ended${status.report?.expires ? ` (${status.report.expires})` : ''}; a new report is being prepared.</p>`
        : status.state === 'in-preparation'
          ? html`${badge('info', 'In preparation')}<p>SOC 2 is a target framework. The controls it covers are checked automatically; see <a href="controls.html">their current status</a>.</p>`
          : html`${badge('info', 'Not pursued')}<p>SOC 2 is not among the current target frameworks.</p>`;
  return html`<li class="card"><h3>SOC 2</h3>${body}</li>`;
}

function isoCard(site: SiteData): SafeHtml | undefined {
  const { map } = site.model;
  if (!map.organization.frameworks?.includes('iso42001')) return undefined;
  const assessed = map.aiSystems.filter((system) => system.impactAssessment);
  return html`<li class="card"><h3>ISO/IEC 42001</h3>${badge('info', 'Planned')}<p>An AI management system aligned with ISO/IEC 42001 is planned${
    map.aiSystems.length > 0
      ? html`; ${assessed.length} of ${map.aiSystems.length} AI system${map.aiSystems.length === 1 ? ' has' : 's have'} an impact assessment`
      : ''
  }.</p></li>`;
}

function otherFrameworks(site: SiteData): SafeHtml | undefined {
  const others = (site.model.map.organization.frameworks ?? []).filter(
    (id) => id !== 'soc2' && id !== 'iso42001',
  );
  if (others.length === 0) return undefined;
  return html`<li class="card"><h3>Also aligned with</h3><p>${others.map((id) => FRAMEWORK_NAMES[id] ?? id).join(', ')}</p></li>`;
}

/** The overview page: who the company is, compliance status, the key claims and the state of the checks. */
export function overviewPage(site: SiteData): string {
  const { organization } = site.model.map;
  const counts = { pass: 0, fail: 0, 'needs-evidence': 0 };
  for (const result of site.results)
    if (result.status in counts) counts[result.status as keyof typeof counts]++;
  const website = safeUrl(organization.website);
  const claims = [...site.claims.values()];
  const content = html`
<section aria-labelledby="compliance"><h2 id="compliance">Compliance status</h2>
<ul class="grid">${soc2Card(site)}${isoCard(site)}${otherFrameworks(site)}</ul>
</section>
${
  claims.length > 0
    ? html`<section aria-labelledby="commitments"><h2 id="commitments">How we handle your data</h2>
<ul class="claims">${claims.map((claim) => claimItem(claim, site.chrome.checkedOn))}</ul>
<p><a href="ai-data-practices.html">Read our AI data practices in detail</a></p>
</section>`
    : ''
}
<section aria-labelledby="checks"><h2 id="checks">Automated checks</h2>
<p>Our system is described in a machine-readable map and checked automatically. Last run: ${site.chrome.checkedOn}.</p>
<ul class="stats">
<li>${badge('ok', `${counts.pass} passing`)}</li>
<li>${badge(counts.fail > 0 ? 'bad' : 'ok', `${counts.fail} failing`)}</li>
<li>${badge('info', `${counts['needs-evidence']} awaiting evidence`)}</li>
</ul>
<p><a href="controls.html">See the controls summary</a></p>
</section>
<section aria-labelledby="vendors"><h2 id="vendors">Sub-processors</h2>
<p>We work with ${site.subprocessors.subprocessors.length} sub-processor${site.subprocessors.subprocessors.length === 1 ? '' : 's'}. <a href="subprocessors.html">See the list</a> or <a href="feed.xml">subscribe to changes</a>.</p>
</section>`;
  const lead = organization.description ?? `Security, privacy and AI data practices at ${organization.name}.`;
  return layout(site.chrome, 'index.html', {
    title: 'Overview',
    description: lead,
    hero: hero(
      `${organization.name} Trust Center`,
      lead,
      website ? html`<p class="small"><a href="${website}">${website}</a></p>` : undefined,
    ),
    content,
  });
}
