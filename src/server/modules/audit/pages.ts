import type { Context } from 'hono';
import { POPULATION_KINDS, population } from '../../../audit/index.js';
import { html, raw, type SafeHtml } from '../../../core/html.js';
import { type AppEnv, READ_ROLES, type ServerApp, type ServerDeps } from '../../types.js';
import { AUDIT_WRITERS, drawAndStore, evidenceEntry, visibleAudit } from './api.js';
import { NewComment, NewSample } from './schemas.js';
import { type Audit, auditRecords, caller, listAudits, listRequests, withAudit } from './store.js';

const STATUS_WORDS: Record<string, string> = {
  open: 'Open',
  provided: 'Provided',
  accepted: 'Accepted',
  flagged: 'Flagged',
};
const FRAMEWORK_WORDS: Record<string, string> = { soc2: 'SOC 2', iso42001: 'ISO/IEC 42001' };
const KIND_WORDS: Record<string, string> = {
  'type-1': 'Type I',
  'type-2': 'Type II',
  certification: 'certification',
};

function render(
  c: Context<AppEnv>,
  deps: ServerDeps,
  title: string,
  body: SafeHtml,
  status: 200 | 404 = 200,
) {
  const principal = c.get('principal');
  return c.html(
    deps.pages.render({
      title,
      body,
      org: c.var.org,
      ...(principal?.kind === 'user' ? { user: { email: principal.email } } : {}),
      csrfToken: c.var.csrfToken,
    }),
    status,
  );
}

const notFound = (c: Context<AppEnv>, deps: ServerDeps) =>
  render(c, deps, 'Not found', html`<p>There is nothing here.</p>`, 404);

const describeAudit = (audit: Audit) =>
  `${FRAMEWORK_WORDS[audit.framework]} ${KIND_WORDS[audit.kind]}, ${audit.periodStart} to ${audit.periodEnd}${audit.firm ? `, ${audit.firm}` : ''}`;

/** Server-rendered pages: the audit list, one audit (requests, populations, samples, package) and the evidence viewer. */
export function auditPages(app: ServerApp, deps: ServerDeps): void {
  const page = deps.auth.org({ kind: 'page' });
  const writers = deps.auth.org({ kind: 'page', roles: AUDIT_WRITERS });
  const base = '/orgs/:org/audits';

  const member = deps.auth.org({ kind: 'page', roles: READ_ROLES });
  app.use(`${base}/:id`, member, visibleAudit(deps, 'page'));
  app.use(`${base}/:id/*`, member, visibleAudit(deps, 'page'));

  app.get(base, page, async (c) => {
    const { userId } = caller(c);
    const audits = await deps.db.withOrg(c.var.org.id, (tx) => listAudits(tx, c.var.org.role, userId));
    const slug = c.var.org.slug;
    return render(
      c,
      deps,
      'Audits',
      audits.length === 0
        ? html`<p>No audit yet.</p>`
        : html`<ul>${audits.map(
            (audit) =>
              html`<li><a href="/orgs/${slug}/audits/${audit.id}">${audit.title}</a>: ${describeAudit(audit)} (${audit.state})</li>`,
          )}</ul>`,
    );
  });

  app.get(`${base}/:id`, page, async (c) => {
    const slug = c.var.org.slug;
    const today = deps.clock().toISOString().slice(0, 10);
    const data = await withAudit(c, deps, c.req.param('id'), async (tx, audit) => {
      const records = await auditRecords(tx, c.var.org.id);
      const window = { start: audit.periodStart, end: audit.periodEnd };
      const populations = POPULATION_KINDS.map((kind) => population(records, window, kind));
      const samples = await tx.query<{
        id: string;
        population: string;
        sample: { seed: string; method: string; size: number; items: string[] };
      }>('SELECT id, population, sample FROM audit_samples WHERE audit_id = $1 ORDER BY created_at, id', [
        audit.id,
      ]);
      const evidence = records
        .filter(
          (record) =>
            record.effectiveAt.slice(0, 10) >= window.start && record.effectiveAt.slice(0, 10) <= window.end,
        )
        .filter((record, index, all) => all.findIndex((other) => other.seq === record.seq) === index)
        .slice(-20);
      return {
        audit,
        requests: await listRequests(tx, audit.id, today),
        populations,
        samples: samples.rows,
        evidence,
      };
    });
    if (!data) return notFound(c, deps);
    const { audit, requests, populations, samples, evidence } = data;
    const id = audit.id;
    const late = requests.filter((request) => request.late);
    const canWrite = AUDIT_WRITERS.includes(c.var.org.role);
    const csrf = raw(deps.pages.csrfField(c.var.csrfToken));
    const body = html`<p>${describeAudit(audit)}. State: ${audit.state}.</p>
<section aria-labelledby="requests"><h2 id="requests">Requests</h2>
<p>${requests.length} requested; ${late.length} late${late.length > 0 ? html`: <strong>${late.map((request) => request.ref).join(', ')}</strong>` : ''}.</p>
${
  requests.length === 0
    ? html`<p>No request yet.</p>`
    : html`<table><caption>What the auditor asked</caption><thead><tr><th scope="col">Ref</th><th scope="col">Request</th><th scope="col">Criteria</th><th scope="col">Due</th><th scope="col">Status</th></tr></thead><tbody>
${requests.map(
  (request) =>
    html`<tr${request.late ? raw(' class="late"') : ''}><td>${request.ref}</td><td>${request.title}</td><td>${request.criteria.join(', ')}</td><td>${request.due ?? ''}${request.late ? html` <strong>(late)</strong>` : ''}</td><td>${STATUS_WORDS[request.status]}</td></tr>
${canWrite ? html`<tr><td></td><td colspan="4"><form method="post" action="/orgs/${slug}/audits/${id}/requests/${request.id}/comments">${csrf}<label>Comment on ${request.ref} <input name="body" maxlength="4000" required></label> <button type="submit">Comment</button></form></td></tr>` : ''}`,
)}</tbody></table>`
}</section>
<section aria-labelledby="populations"><h2 id="populations">Populations</h2>
<ul>${populations.map(
      (entry) =>
        html`<li><a href="/api/orgs/${slug}/audits/${id}/populations/${entry.kind}.csv">${entry.title} (CSV)</a>: ${entry.items.length} ${entry.items.length === 1 ? 'item' : 'items'}</li>`,
    )}</ul></section>
<section aria-labelledby="samples"><h2 id="samples">Samples</h2>
${
  samples.length === 0
    ? html`<p>No sample drawn yet.</p>`
    : html`<ul>${samples.map(
        (entry) =>
          html`<li>${entry.population}: ${entry.sample.size} items by ${entry.sample.method} sampling, seed <code>${entry.sample.seed}</code>: ${entry.sample.items.join(', ')}</li>`,
      )}</ul>`
}
${
  canWrite
    ? html`<form method="post" action="/orgs/${slug}/audits/${id}/samples">${csrf}
<label>Population <select name="population">${POPULATION_KINDS.map((kind) => html`<option value="${kind}">${kind}</option>`)}</select></label>
<label>Method <select name="method"><option value="random">random</option><option value="systematic">systematic</option></select></label>
<label>Size <input name="size" type="number" min="1" max="10000" value="25" required></label>
<label>Seed <input name="seed" maxlength="200" required></label>
<button type="submit">Draw</button></form>`
    : ''
}</section>
<section aria-labelledby="evidence"><h2 id="evidence">Evidence in the period</h2>
<p>The latest ${evidence.length} ledger entries of the period; open one to see what was stored.</p>
<ul>${evidence.map(
      (record) =>
        html`<li><a href="/orgs/${slug}/audits/${id}/evidence/${record.seq}">#${record.seq} ${record.kind}</a> ${record.effectiveAt.slice(0, 10)}</li>`,
    )}</ul></section>
<section aria-labelledby="package"><h2 id="package">Audit package</h2>
<p><a href="/api/orgs/${slug}/audits/${id}/package">Download the signed audit package</a> (zip; check it with <code>trustmap audit verify</code>).</p></section>`;
    return render(c, deps, audit.title, body);
  });

  app.get(`${base}/:id/evidence/:seq`, page, async (c) => {
    const entry = await evidenceEntry(c, deps, c.req.param('id'), c.req.param('seq'));
    if (!entry) return notFound(c, deps);
    const back = `/orgs/${c.var.org.slug}/audits/${c.req.param('id')}`;
    return render(
      c,
      deps,
      `Ledger entry #${String(entry.seq)}`,
      html`<p><a href="${back}">Back to the audit</a></p>
<dl><dt>Type</dt><dd>${String(entry.recordType)}</dd><dt>Effective date</dt><dd>${String(entry.effectiveDate)}</dd>
<dt>Collected</dt><dd>${String(entry.collectedAt)}</dd><dt>Entry hash</dt><dd><code>${String(entry.hash)}</code></dd></dl>
<h2>Record</h2><pre tabindex="0">${JSON.stringify(entry.record, null, 2).slice(0, 200_000)}</pre>`,
    );
  });

  app.post(`${base}/:id/samples`, writers, async (c) => {
    const form = await c.req.parseBody();
    const parsed = NewSample.safeParse(form);
    if (!parsed.success)
      return render(
        c,
        deps,
        'Cannot draw this sample',
        html`<p>Check the population, method, size and seed.</p>`,
      );
    const drawn = await drawAndStore(c, deps, c.req.param('id'), parsed.data);
    if (!drawn) return notFound(c, deps);
    return c.redirect(`/orgs/${c.var.org.slug}/audits/${c.req.param('id')}#samples`, 303);
  });

  app.post(`${base}/:id/requests/:rid/comments`, writers, async (c) => {
    const parsed = NewComment.safeParse(await c.req.parseBody());
    const rid = c.req.param('rid');
    if (!parsed.success)
      return render(c, deps, 'Cannot add this comment', html`<p>A comment is 1 to 4000 characters.</p>`);
    const { who } = caller(c);
    const done = await withAudit(c, deps, c.req.param('id'), async (tx, audit) => {
      const owned = await tx.query('SELECT 1 FROM audit_requests WHERE id::text = $1 AND audit_id = $2', [
        rid,
        audit.id,
      ]);
      if (owned.rows.length === 0) return false;
      await tx.query(
        'INSERT INTO audit_comments (id, org_id, request_id, author, body, created_at) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5)',
        [c.var.org.id, rid, who, parsed.data.body, deps.clock().toISOString()],
      );
      return true;
    });
    if (!done) return notFound(c, deps);
    return c.redirect(`/orgs/${c.var.org.slug}/audits/${c.req.param('id')}#requests`, 303);
  });
}
