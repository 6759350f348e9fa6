import { html, raw, type SafeHtml } from '../../core/html.js';
import type { ProbeTrust } from '../../probes/index.js';
import type { ControlHistory } from '../history/build.js';
import type { DayStatus } from '../push/derive.js';
import { timelineSvg } from './chart.js';
import type { DashboardData } from './data.js';
import { frameworkProgress } from './frameworks.js';

const STATUS_WORDS: Record<DayStatus, string> = {
  pass: 'pass',
  fail: 'fail',
  'needs-evidence': 'needs evidence',
  'no-data': 'no data',
};

/** A status as coloured text (never colour alone). */
export function statusText(status: DayStatus): SafeHtml {
  return html`<span class="${status}">${STATUS_WORDS[status]}</span>`;
}

function percent(value: number): string {
  return `${Math.round(value * 1000) / 10}%`;
}

/** The window picker: a GET form, no script. */
export function windowForm(action: string, days: number): SafeHtml {
  return html`<form method="get" action="${action}" class="window"><label for="days">Window</label>
<select id="days" name="days">${[30, 90, 180, 365].map((n) => html`<option value="${n}"${n === days ? raw(' selected') : ''}>${n} days</option>`)}</select>
<button type="submit">Show</button></form>`;
}

/** The timeline chart in a figure, with a caption and a text alternative. */
export async function timelineFigure(history: readonly ControlHistory[], title: string): Promise<SafeHtml> {
  if (history.length === 0)
    return html`<p class="muted">No runs in this window yet. Send one with <code>trustmap push</code>.</p>`;
  const cells = history.flatMap((control) =>
    control.days.map((day) => ({ control: control.controlId, date: day.date, status: day.status })),
  );
  const svg = await timelineSvg(cells, { title });
  return html`<figure class="chart">${raw(svg)}<figcaption>${title}. The table below gives the same facts as text.</figcaption></figure>`;
}

/** The organisation's dashboard body. */
export async function dashboardBody(slug: string, data: DashboardData, days: number): Promise<SafeHtml> {
  const latest = new Map(
    data.history
      .filter((control) => control.latest)
      .map((control) => [control.controlId, control.latest?.status ?? 'no-data']),
  );
  const progress = frameworkProgress(latest);
  const failing = data.history.filter((control) => control.latest?.status === 'fail');
  const title = `Control status per day, ${data.window.from} to ${data.window.to}`;
  return html`${windowForm(`/orgs/${slug}`, days)}
<p class="muted">${data.runs} runs stored.${data.lastRun ? html` Latest: ${data.lastRun.repo} ${data.lastRun.commit ? data.lastRun.commit.slice(0, 7) : ''} at ${data.lastRun.collectedAt}.` : ''}</p>
<section aria-labelledby="frameworks"><h2 id="frameworks">Framework progress</h2><div class="grid">
${progress.map(
  (framework) => html`<div class="card"><h3>${framework.title}</h3>
<p><strong>${framework.met}</strong> of ${framework.total} criteria met by passing controls · <span class="fail">${framework.failing} failing</span> · ${framework.open} open</p>
<div class="bar" role="img" aria-label="${framework.met} met, ${framework.failing} failing, ${framework.open} open of ${framework.total}">
<span class="bar-pass" style="width:${percent(framework.met / framework.total)}"></span><span class="bar-fail" style="width:${percent(framework.failing / framework.total)}"></span></div></div>`,
)}</div></section>
<section aria-labelledby="failing"><h2 id="failing">Failing now</h2>
${
  failing.length
    ? html`<ul>${failing.map((control) => html`<li><a href="/orgs/${slug}/controls/${control.controlId}">${control.controlId}</a> ${control.title}: failing since ${control.failingSince ?? '?'}</li>`)}</ul>`
    : html`<p>No control fails on its latest day.</p>`
}</section>
<section aria-labelledby="timeline"><h2 id="timeline">Timeline</h2>${await timelineFigure(data.history, title)}
<div class="scroll"><table><caption class="muted">Operating summary over the window (<a href="/api/orgs/${slug}/history.csv?days=${days}">CSV for auditors</a>)</caption>
<thead><tr><th scope="col">Control</th><th scope="col">Latest</th><th scope="col">Days passing</th><th scope="col">Failing</th><th scope="col">Needs evidence</th><th scope="col">No data</th></tr></thead>
<tbody>${data.history.map(
    (
      control,
    ) => html`<tr><th scope="row"><a href="/orgs/${slug}/controls/${control.controlId}?days=${days}">${control.controlId}</a> <span class="muted">${control.title}</span></th>
<td>${statusText(control.latest?.status ?? 'no-data')}</td><td>${control.summary.daysPassing} of ${control.summary.daysInWindow} (${percent(control.summary.operatingRate)})</td>
<td>${control.summary.daysFailing}</td><td>${control.summary.daysNeedsEvidence}</td><td>${control.summary.daysNoData}</td></tr>`,
  )}</tbody></table></div></section>
<div class="grid">
<section aria-labelledby="expiring" class="card"><h2 id="expiring">Evidence expiring in 30 days</h2>
${data.expiring.length ? html`<ul>${data.expiring.map((item) => html`<li>${item.title} (${item.evidence_id}): ${item.expires}</li>`)}</ul>` : html`<p>None.</p>`}</section>
<section aria-labelledby="drift" class="card"><h2 id="drift">Recent drift</h2>
${data.drift.length ? html`<ul>${data.drift.map((item) => html`<li>${item.date} · ${item.severity} · ${item.message}</li>`)}</ul>` : html`<p>None in the window.</p>`}</section>
<section aria-labelledby="subprocessors" class="card"><h2 id="subprocessors">Sub-processor changes</h2>
${data.subprocessorChanges.length ? html`<ul>${data.subprocessorChanges.map((item) => html`<li>${item.date} · ${item.change} · ${item.detail}</li>`)}</ul>` : html`<p>None in the window.</p>`}</section>
<section aria-labelledby="probes" class="card"><h2 id="probes">Latest probes</h2>
${data.probes.length ? html`<ul>${data.probes.map((probe) => html`<li>${probe.started_at} · ${probe.kind} ${probe.component ?? ''}: <span class="${probe.verdict === 'pass' ? 'pass' : 'fail'}">${probe.verdict}</span>${probe.sealed ? '' : ' (hash does not match: edited?)'} · ${probeTrustWords(probe)}</li>`)}</ul>` : html`<p>None in the window.</p>`}</section>
<section aria-labelledby="owners" class="card"><h2 id="owners">Owners</h2>
${data.owners.length ? html`<ul>${data.owners.map((item) => html`<li>${item.component}: ${item.owner}</li>`)}</ul>` : ''}
<p class="muted">People: ${data.members.map((member, index) => html`${index ? ', ' : ''}${member.email} (${member.role})`)}</p></section>
</div>`;
}

/** One control's page body: its timeline, summary and exceptions. */
export async function controlBody(slug: string, control: ControlHistory, days: number): Promise<SafeHtml> {
  const title = `${control.controlId} status per day, ${control.days[0]?.date ?? ''} to ${control.days.at(-1)?.date ?? ''}`;
  const s = control.summary;
  return html`${windowForm(`/orgs/${slug}/controls/${control.controlId}`, days)}
<p><strong>${s.daysPassing} of ${s.daysInWindow} days passing</strong> (${percent(s.operatingRate)}); ${s.daysFailing} failing, ${s.daysNeedsEvidence} needing evidence, ${s.daysNoData} without data.
${control.failingSince ? html`<span class="fail">Failing since ${control.failingSince}.</span>` : ''}</p>
${await timelineFigure([control], title)}
<p><a href="/api/orgs/${slug}/history.csv?days=${days}&amp;control=${control.controlId}">CSV for auditors</a> · <a href="/api/orgs/${slug}/controls/${control.controlId}/history?days=${days}">JSON</a></p>
<h2>Exceptions</h2>
${
  control.exceptions.length
    ? html`<div class="scroll"><table><thead><tr><th scope="col">Period</th><th scope="col">Status</th><th scope="col">Cause</th><th scope="col">Source</th><th scope="col">Runs</th></tr></thead><tbody>
${control.exceptions.map(
  (
    exception,
  ) => html`<tr><td>${exception.from === exception.to ? exception.from : `${exception.from} to ${exception.to}`} <span class="muted">(${exception.days} ${exception.days === 1 ? 'day' : 'days'})</span></td><td>${statusText(exception.status)}</td>
<td>${exception.causes.map((cause) => html`<div>${cause.checkId}: ${cause.message}</div>`)}</td>
<td>${exception.causes.flatMap((cause) => cause.sources.slice(0, 3).map((source) => html`<div><code>${sourceLabel(source)}</code></div>`))}</td>
<td>${exception.runs}${exception.lastRun ? html`, last ${exception.lastRun.repo} ${exception.lastRun.commit?.slice(0, 7) ?? ''}` : ''}</td></tr>`,
)}</tbody></table></div>`
    : html`<p>No exceptions in the window.</p>`
}
<h2>Days</h2><details><summary>Every day as text</summary><ul>${control.days.map((day) => html`<li>${day.date}: ${statusText(day.status)}</li>`)}</ul></details>`;
}

function sourceLabel(source: unknown): string {
  const ref = (source ?? {}) as Record<string, unknown>;
  if (ref.kind === 'code') return `${ref.file}:${ref.line}`;
  if (ref.kind === 'map') return `map: ${ref.pointer}`;
  if (ref.kind === 'probe') return `probe: ${ref.file}`;
  if (ref.kind === 'evidence') return `evidence: ${ref.id}`;
  if (ref.kind === 'check') return `check: ${ref.checkId}`;
  return String(ref.kind ?? 'source');
}

/** What the server concluded of a probe's signature, in words (the client's claim is not used). */
function probeTrustWords(probe: {
  trust: ProbeTrust['status'] | 'not-checked';
  signed_by: string | null;
}): string {
  switch (probe.trust) {
    case 'trusted':
      return `signed by trusted key ${probe.signed_by ?? ''}`.trim();
    case 'unsigned':
      return 'unsigned: not proof';
    case 'untrusted-key':
      return 'signed by a key the map does not trust';
    case 'bad-signature':
      return 'signature does not match its content';
    case 'future-dated':
      return 'dated in the future';
    case 'not-checked':
      return 'signature not checked (stored before the server checked signatures)';
  }
}
