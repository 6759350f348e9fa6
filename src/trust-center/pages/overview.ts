import { html, type SafeHtml, safeUrl } from '../../core/html.js';
import { reachedAnonymously, underCustomersAccount } from '../../core/vocabulary.js';
import { plural } from '../../core/words.js';
import {
  auditDetails,
  auditStatus,
  commitmentStatements,
  upstreamUnsaid,
  upstreamWords,
} from '../../model/index.js';
import { auditTitle, FRAMEWORK_NAMES } from '../compliance.js';
import { STATUSES, type StatusId } from '../status.js';
import { badge, claimItem, hero, layout } from './layout.js';
import type { SiteData } from './site.js';

function auditCard(site: SiteData, framework: 'soc2' | 'iso42001'): SafeHtml | undefined {
  const status = auditStatus(site.model, framework);
  const title = FRAMEWORK_NAMES[framework];
  const name = auditTitle(status);
  const facts = auditDetails(status.audit);
  const body =
    status.state === 'issued'
      ? html`${badge(framework === 'soc2' ? 'report-available' : 'certified')}<p>${name}${facts}. <a href="documents.html">Request the report</a>.</p>`
      : status.state === 'expired'
        ? html`${badge('renewal-due')}<p>The last ${name} report${facts} has lapsed${status.report?.expires ? ` (${status.report.expires})` : ''}.</p>`
        : status.state === 'in-progress'
          ? html`${badge('audit-in-progress')}<p>${name} audit under way${facts}.</p>`
          : status.state === 'planned'
            ? html`${badge('planned')}<p>${name} is planned${facts}. The controls it covers are checked automatically; see <a href="controls.html">their current status</a>.</p>`
            : status.state === 'target'
              ? html`${badge('in-preparation')}<p>${title} is a target framework. The controls it covers are checked automatically; see <a href="controls.html">their current status</a>.</p>`
              : undefined;
  // "Not pursued" only where the map names the frameworks pursued and SOC 2 is not one: an empty or missing list says
  // nothing (sim, latitude-llm: "SOC 2 · Not pursued" from no list at all).
  if (!body)
    return framework === 'soc2' && (site.model.map.organization.frameworks ?? []).length > 0
      ? html`<li class="card"><h3>${title}</h3>${badge('not-pursued')}<p>${title} is not among the current target frameworks.</p></li>`
      : undefined;
  const assessed = site.model.map.aiSystems.filter((system) => system.impactAssessment);
  const impact =
    framework === 'iso42001' && site.model.map.aiSystems.length > 0
      ? html`<p>${assessed.length} of ${site.model.map.aiSystems.length} AI system${site.model.map.aiSystems.length === 1 ? ' has' : 's have'} an impact assessment.</p>`
      : '';
  return html`<li class="card"><h3>${title}</h3>${body}${impact}</li>`;
}

function otherFrameworks(site: SiteData): SafeHtml | undefined {
  const others = (site.model.map.organization.frameworks ?? []).filter(
    (id) => id !== 'soc2' && id !== 'iso42001',
  );
  if (others.length === 0) return undefined;
  // A target is not an alignment: each is said as its audits say it, and one with none on record as a target
  // (BetterChatGPT, meeting-minutes: "Also aligned with GDPR", and "GDPR, HIPAA", from the list of targets alone).
  const lines = others.map((id) => {
    const status = auditStatus(site.model, id);
    const state =
      status.state === 'issued'
        ? `${auditTitle(status)} on record${auditDetails(status.audit)}`
        : status.state === 'expired'
          ? `the last ${auditTitle(status)} has lapsed`
          : status.state === 'in-progress'
            ? `${auditTitle(status)} under way${auditDetails(status.audit)}`
            : status.state === 'planned'
              ? `${auditTitle(status)} planned${auditDetails(status.audit)}`
              : 'a target framework; no audit or assessment of it is on record';
    return html`<li>${FRAMEWORK_NAMES[id]}: ${state}</li>`;
  });
  return html`<li class="card"><h3>Other frameworks</h3><ul>${lines}</ul></li>`;
}

/** The controls in one line per status, the same numbers and words as the controls page. */
export function controlCountsLine(site: SiteData): SafeHtml {
  const { byStatus, total, published } = site.counts;
  const items: [StatusId, number][] = [
    ['passing', byStatus.pass],
    ['evidence-on-file', byStatus.evidence],
    ['failing', byStatus.fail],
    ['awaiting-evidence', byStatus['needs-evidence']],
    ['planned', byStatus.planned],
    ['not-applicable', byStatus['not-applicable']],
    ['not-checked', byStatus['not-checked']],
    ['not-published', total - published],
  ];
  return html`<ul class="stats">${items
    .filter(([, count]) => count > 0)
    .map(
      ([status, count]) => html`<li>${badge(status, `${count} ${STATUSES[status][1].toLowerCase()}`)}</li>`,
    )}</ul>`;
}

/** "5 sub-processors, and 1 more found in our code that is under review": the count every page uses. */
export function subprocessorCount(site: SiteData): string {
  const all = site.subprocessors.subprocessors;
  const review = all.filter((entry) => entry.status === 'under-review').length;
  // Services customers reach only with their own accounts are counted apart, as the questionnaire counts them (lmnr:
  // "13 sub-processors" here, "8 sub-processors (besides 5 …)" in the answers).
  // Those reached with no account at all are not said to be reached with the customers' own (refact's Jina Reader,
  // QAnything's DuckDuckGo: "besides 3 services customers reach only with their own accounts").
  const theirs = all.filter((entry) => entry.status !== 'under-review' && underCustomersAccount(entry));
  const anonymous = theirs.filter(reachedAnonymously).length;
  const keyed = theirs.length - anonymous;
  const declared = all.length - review - theirs.length;
  const besides = [
    keyed > 0 ? `${plural(keyed, 'service')} customers reach only with their own accounts` : '',
    anonymous > 0
      ? `${keyed > 0 ? anonymous : plural(anonymous, 'service')} their installations reach anonymously, with no account`
      : '',
  ].filter(Boolean);
  // Nor a count read as every provider, beside a serving part whose providers are not on record (browser-use: "We work
  // with 1 sub-processor" beside the default model gateway every prompt goes to), as the answers say it.
  const unsure = upstreamUnsaid(site.model);
  return `${plural(declared, 'sub-processor')}${besides.length > 0 ? ` (besides ${besides.join(', and ')})` : ''}${review > 0 ? `, and ${review} more found in our code that ${review === 1 ? 'is' : 'are'} under review` : ''}${unsure.length > 0 ? `; ${upstreamWords(unsure).said}` : ''}`;
}

/** The overview page: who the company is, compliance status, the key claims and the state of the controls. */
export function overviewPage(site: SiteData): string {
  const { organization } = site.model.map;
  const website = safeUrl(organization.website);
  const claims = [...site.claims.values()];
  const promises = commitmentStatements(site.model, 'we');
  // With no framework, audit or target on record, the heading is not left standing over nothing (shell_gpt,
  // opencommit, text-generation-webui, ai-pr-reviewer, chainlit: "Compliance status" and an empty list).
  const cards = [auditCard(site, 'soc2'), auditCard(site, 'iso42001'), otherFrameworks(site)].filter(
    (card) => card !== undefined,
  );
  const content = html`
<section aria-labelledby="compliance"><h2 id="compliance">Compliance status</h2>
${
  cards.length > 0
    ? html`<ul class="grid">${cards}</ul>`
    : html`<p>No audit, certification or target framework is on record yet. Our controls are checked automatically; see <a href="controls.html">their current status</a>.</p>`
}
</section>
${
  claims.length > 0
    ? html`<section aria-labelledby="commitments"><h2 id="commitments">How we handle your data</h2>
<ul class="claims">${claims.map((claim) => claimItem(claim, site.chrome.checkedOn))}</ul>
<p><a href="ai-data-practices.html">Read our AI data practices in detail</a></p>
</section>`
    : ''
}
${
  promises.length > 0
    ? html`<section aria-labelledby="contract"><h2 id="contract">What our contracts commit us to</h2>
<ul>${promises.map((statement) => html`<li>${statement.text}</li>`)}</ul>
<p class="small muted">Promises of our customer terms, as our records state them; a contract is not something a check can run on.</p>
</section>`
    : ''
}
<section aria-labelledby="checks"><h2 id="checks">Controls</h2>
<p>Our system is described in a machine-readable map and checked automatically. ${plural(site.counts.total, 'control')}, as of the checks run on ${site.chrome.checkedOn}:</p>
${controlCountsLine(site)}
<p><a href="controls.html">See the controls</a></p>
</section>
<section aria-labelledby="vendors"><h2 id="vendors">Sub-processors</h2>
<p>We work with ${subprocessorCount(site)}. <a href="subprocessors.html">See the list</a> or ${
    site.subscribeHref
      ? html`<a href="${site.subscribeHref}">subscribe to changes</a>`
      : html`<a href="feed.xml">follow changes (Atom feed)</a>`
  }.</p>
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
