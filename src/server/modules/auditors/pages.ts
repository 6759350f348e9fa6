import {
  AUDITED_FRAMEWORKS,
  type CompanyProfile,
  citeFact,
  type DirectoryIssue,
  frameworkLabel,
  type MatchResult,
} from '../../../auditors/index.js';
import { html, raw, type SafeHtml } from '../../../core/html.js';
import { STAGES } from '../../../map/index.js';

const checked = (on: boolean) => (on ? raw(' checked') : '');
const selected = (on: boolean) => (on ? raw(' selected') : '');

/**
 * The one form: stage, frameworks, report type, window, target date, regions, readiness providers, budget,
 * prefilled from the profile the pushed map and scope give. It submits with GET, so the result is a link.
 */
/** The stage alone, where the pushed map does not give it: the match needs it. */
export function stageForm(slug: string): SafeHtml {
  return html`<form method="get" action="/orgs/${slug}/auditors" class="stack" aria-label="Your stage">
<label>Stage <select name="stage">${STAGES.map((stage) => html`<option value="${stage}">${stage}</option>`)}</select></label>
<button type="submit">Find firms</button></form>`;
}

export function profileForm(slug: string, profile: CompanyProfile): SafeHtml {
  return html`<form method="get" action="/orgs/${slug}/auditors" class="stack" aria-label="What you need">
<label>Stage <select name="stage">${STAGES.map((stage) => html`<option value="${stage}"${selected(stage === profile.stage)}>${stage}</option>`)}</select></label>
<label>Head count <input name="headcount" inputmode="numeric" value="${profile.headcount ?? ''}"></label>
<fieldset><legend>Frameworks</legend>${AUDITED_FRAMEWORKS.map(
    (id) =>
      html`<label><input type="checkbox" name="frameworks" value="${id}"${checked(profile.frameworks.includes(id))}> ${frameworkLabel(id)}</label> `,
  )}</fieldset>
<label>SOC 2 report <select name="reportType"><option value="type1"${selected(profile.reportType === 'type1')}>Type I first</option><option value="type2"${selected(profile.reportType === 'type2')}>Type II</option></select></label>
<label>Type II window (months) <input name="windowMonths" inputmode="numeric" value="${profile.windowMonths}"></label>
<label>Report needed by <input type="date" name="targetDate" value="${profile.targetDate ?? ''}"></label>
<label>Regions (comma separated) <input name="regions" value="${profile.regions.join(', ')}"></label>
<label>Firms that prepared you (they cannot audit you) <input name="readinessProviders" value="${profile.readinessProviders.join(', ')}"></label>
<label>First-year budget, USD (optional) <input name="budget" inputmode="numeric" value="${profile.budgetUsd ?? ''}"></label>
<button type="submit">Find three firms</button></form>`;
}

/** The three firms with their reasons, facts and unknowns; then the brief's download form. */
export function matchesHtml(result: MatchResult, requestForm: SafeHtml): SafeHtml {
  const { directory } = result;
  return html`<section aria-labelledby="matches"><h2 id="matches">Three firms that fit</h2>
${result.matches.length < 3 ? html`<p class="needs-evidence">Only ${result.matches.length} firm(s) in the directory meet the hard requirements.</p>` : ''}
${result.uncovered.length ? html`<p class="fail">No firm in the directory meets the hard requirements for ${result.uncovered.map((f) => frameworkLabel(f, result.profile)).join(', ')}.</p>` : ''}
<ol>${result.matches.map(
    (
      match,
    ) => html`<li><h3>${match.name}${match.size ? html` <span class="muted">(${match.size})</span>` : ''}</h3>
${match.website ? html`<p><a href="${safeUrl(match.website.value)}" rel="noopener noreferrer">${match.website.value}</a></p>` : ''}
${match.missingWhy.map((why) => html`<p class="needs-evidence">Cannot take on ${why}</p>`)}
<ul>${match.reasons.map(
      (
        reason,
      ) => html`<li>${reason.text}${reason.points ? html` <span class="muted">(${reason.points > 0 ? '+' : ''}${reason.points})</span>` : ''}
${reason.facts.length ? html`<ul>${reason.facts.map((fact) => html`<li class="muted">${fact.note ?? String(typeof fact.value === 'object' ? '' : fact.value)} — <a href="${safeUrl(fact.source)}" rel="noopener noreferrer">source</a> (${citeFact(fact)})</li>`)}</ul>` : ''}</li>`,
    )}</ul>
<p class="muted">Unknown: ${match.unknown.length ? match.unknown.join(', ') : 'nothing listed'}</p></li>`,
  )}</ol>
${result.excluded
  .filter((entry) => entry.code === 'independence')
  .map((entry) => html`<p class="fail">Not independent: ${entry.name} ${entry.reason}.</p>`)}
<details><summary>${result.excluded.length} firm(s) left out by hard requirements</summary><ul>${result.excluded.map(
    (entry) => html`<li>${entry.name}: ${entry.reason}</li>`,
  )}</ul></details>
${requestForm}
<p class="muted">Directory: ${directory.name} (${directory.bundled ? 'bundled with Trustmap' : 'imported by your directory operator'}), ${directory.firms} firms, last checked ${directory.checked}. Source: ${directory.source}</p>
<p class="muted">${result.method}</p></section>`;
}

/** Only http(s) links are ever rendered as links; anything else becomes an inert fragment. */
function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#';
}

/** The directory operator's page: where the directory came from, what matching ignores, the import form, requests. */
export function directoryHtml(input: {
  slug: string;
  csrf: string;
  directory: { name: string; source: string; checked: string; firms: number; bundled: boolean };
  issues: { file: string; issue: DirectoryIssue; text: string }[];
  requests: {
    created_at: string;
    requested_by: string | null;
    firms: string[];
    profile: { organization?: string; frameworks?: string[] };
  }[];
  problems?: string[];
}): SafeHtml {
  const { directory } = input;
  return html`<p>${directory.bundled ? 'The bundled starter directory is in use.' : 'An imported directory is in use.'}
${directory.name}: ${directory.firms} firms, last checked ${directory.checked}. Source: ${directory.source}</p>
<h2>Facts matching ignores</h2>
${input.issues.length ? html`<ul>${input.issues.map((entry) => html`<li>${entry.text}</li>`)}</ul>` : html`<p class="pass">Every fact has a source and a date.</p>`}
<h2>Import a directory</h2>
${input.problems?.length ? html`<div role="alert" class="fail"><p>The directory was not imported:</p><ul>${input.problems.map((problem) => html`<li>${problem}</li>`)}</ul></div>` : ''}
<form method="post" action="/orgs/${input.slug}/auditors/directory" class="stack">${raw(input.csrf)}
<label>Directory YAML (the format of <code>trustmap auditors schema</code>) <textarea name="yaml" rows="12" cols="60" required></textarea></label>
<button type="submit">Validate and import</button></form>
<h2>Requests</h2>
${
  input.requests.length
    ? html`<div class="scroll"><table><thead><tr><th scope="col">When</th><th scope="col">By</th><th scope="col">Frameworks</th><th scope="col">Firms</th></tr></thead>
<tbody>${input.requests.map((row) => html`<tr><td>${row.created_at}</td><td>${row.requested_by ?? ''}</td><td>${(row.profile.frameworks ?? []).join(', ')}</td><td>${row.firms.join(', ')}</td></tr>`)}</tbody></table></div>`
    : html`<p class="muted">None yet.</p>`
}`;
}
