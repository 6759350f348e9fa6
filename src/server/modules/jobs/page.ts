import { html, type SafeHtml } from '../../../core/html.js';
import type { QueueDepth, Source } from '../../../jobs/index.js';

export interface JobsPageData {
  sources: (Source & { lastVerdict?: string; lastCollectedAt?: string })[];
  depth: QueueDepth[];
  durations: { kind: string; runs: number; avgMs: number; maxMs: number }[];
  failures: { kind: string; attempt: number; error: string; finishedAt: string }[];
  working: boolean;
}

/** The organisation's collection at a glance: its sources, its jobs in the queue, durations and failures. */
export function jobsPageBody(data: JobsPageData): SafeHtml {
  const when = (date: Date | string | undefined) =>
    date ? new Date(date).toISOString().slice(0, 16).replace('T', ' ') : '—';
  return html`<h1>Scheduled collection</h1>
${data.working ? '' : html`<p role="note">This node does not work jobs (<code>--no-worker</code>); workers elsewhere do.</p>`}
<h2>Sources</h2>
${
  data.sources.length === 0
    ? html`<p>No sources yet. Register one with <code>POST /api/orgs/&lt;org&gt;/sources</code>.</p>`
    : html`<table><thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Schedule (UTC)</th><th scope="col">Next run</th><th scope="col">Last result</th></tr></thead><tbody>
${data.sources.map(
  (source) =>
    html`<tr><td>${source.name}</td><td>${source.kind}</td><td><code>${source.schedule}</code></td><td>${source.enabled ? when(source.nextRunAt) : 'paused'}</td><td>${source.lastVerdict ? `${source.lastVerdict} at ${when(source.lastCollectedAt)}` : '—'}</td></tr>`,
)}</tbody></table>`
}
<h2>Queue</h2>
${
  data.depth.length === 0
    ? html`<p>No jobs of this organisation in the queue.</p>`
    : html`<table><thead><tr><th scope="col">Job</th><th scope="col">State</th><th scope="col">Jobs</th></tr></thead><tbody>
${data.depth.map((row) => html`<tr><td>${row.kind}</td><td>${row.state}</td><td>${row.count}</td></tr>`)}</tbody></table>`
}
<h2>Durations (last 7 days)</h2>
${
  data.durations.length === 0
    ? html`<p>No job has run yet.</p>`
    : html`<table><thead><tr><th scope="col">Job</th><th scope="col">Attempts</th><th scope="col">Average</th><th scope="col">Longest</th></tr></thead><tbody>
${data.durations.map((row) => html`<tr><td>${row.kind}</td><td>${row.runs}</td><td>${(row.avgMs / 1000).toFixed(1)} s</td><td>${(row.maxMs / 1000).toFixed(1)} s</td></tr>`)}</tbody></table>`
}
<h2>Failures (latest 20)</h2>
${
  data.failures.length === 0
    ? html`<p>No failed attempts.</p>`
    : html`<table><thead><tr><th scope="col">When</th><th scope="col">Job</th><th scope="col">Attempt</th><th scope="col">Error</th></tr></thead><tbody>
${data.failures.map((row) => html`<tr><td>${when(row.finishedAt)}</td><td>${row.kind}</td><td>${row.attempt + 1}</td><td>${row.error}</td></tr>`)}</tbody></table>`
}`;
}
