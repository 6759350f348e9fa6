import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Context } from 'hono';
import { html, raw, type SafeHtml } from '../../../core/html.js';
import { isUuid } from '../../db/database.js';
import { ADMIN_ROLES, type AppEnv, type ServerApp, type ServerDeps } from '../../types.js';
import { linkExpiry, newLinkSecret } from './gating.js';
import type { Mailer } from './mail.js';
import { linkMail } from './publicRoutes.js';
import type { LiveSites } from './sites.js';
import {
  listRequests,
  type RequestRow,
  readSettings,
  recordEvent,
  requestById,
  saveSettings,
} from './store.js';

/** Largest document an owner can upload. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
const DOCUMENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
};

function who(c: Context<AppEnv>): string {
  const principal = c.var.principal;
  return principal?.kind === 'user' ? principal.email : 'api token';
}

function requestRows(
  c: Context<AppEnv>,
  deps: ServerDeps,
  rows: RequestRow[],
  actions: readonly string[],
): SafeHtml {
  const base = `/orgs/${c.var.org.slug}/trust-center/requests`;
  return html`<div class="scroll"><table><thead><tr><th scope="col">Requested</th><th scope="col">Who</th><th scope="col">Documents</th><th scope="col">Status</th><th scope="col">Action</th></tr></thead><tbody>${rows.map(
    (row) =>
      html`<tr><td>${row.created_at.slice(0, 16)}</td><td>${row.name}<br>${row.email}<br>${row.company}<br><small>${row.reason}</small><br><small>NDA v${row.nda_version} (${row.nda_sha256.slice(0, 12)})</small></td><td>${row.documents.join(', ')}</td><td>${row.status}${row.rule ? html`<br><small>${row.rule}</small>` : ''}${row.expires_at ? html`<br><small>until ${row.expires_at.slice(0, 10)}</small>` : ''}${row.revoked_at ? html`<br><small>revoked</small>` : ''}</td><td>${actions.map(
        (action) =>
          html`<form method="post" action="${base}/${row.id}/${action}">${raw(deps.pages.csrfField(c.var.csrfToken))}<button type="submit" aria-label="${`${action[0]!.toUpperCase()}${action.slice(1)} ${row.email}`}">${action[0]!.toUpperCase()}${action.slice(1)}</button></form>`,
      )}</td></tr>`,
  )}</tbody></table></div>`;
}

/** Form layout the shared stylesheet leaves to modules: labels above their fields, checkboxes inline. */
const FORM_STYLE = raw(
  '<style>form.stack label{display:grid;gap:.25rem}form.stack label:has(input[type=checkbox]){display:flex;gap:.5rem;align-items:center}form.stack textarea{width:100%;font:inherit}td form{display:inline-block;margin:0 .25rem .25rem 0}</style>',
);

/** The owners' and admins' half: settings, the approval queue, uploads and access analytics. */
export function adminRoutes(
  app: ServerApp,
  deps: ServerDeps,
  parts: { sites: LiveSites; mailer: Mailer },
): void {
  const { sites, mailer } = parts;
  const guard = deps.auth.org({ kind: 'page', roles: ADMIN_ROLES });
  const render = (c: Context<AppEnv>, title: string, body: SafeHtml, status: 200 | 400 | 404 = 200) => {
    const principal = c.var.principal;
    return c.html(
      deps.pages.render({
        title,
        body,
        org: c.var.org,
        user: principal?.kind === 'user' ? { email: principal.email } : undefined,
        csrfToken: c.var.csrfToken,
      }),
      status,
    );
  };

  app.get('/orgs/:org/trust-center', guard, async (c) => {
    const org = c.var.org;
    const { settings, requests, documents } = await deps.db.withOrg(org.id, async (tx) => ({
      settings: await readSettings(tx),
      requests: await listRequests(tx),
      documents: (
        await tx.query<{ evidence_id: string; filename: string; uploaded_at: string }>(
          'SELECT evidence_id, filename, uploaded_at::text FROM tc_documents ORDER BY evidence_id',
        )
      ).rows,
    }));
    const csrf = raw(deps.pages.csrfField(c.var.csrfToken));
    const base = `/orgs/${org.slug}/trust-center`;
    const pending = requests.filter((row) => row.status === 'pending');
    const approved = requests.filter((row) => row.status === 'approved');
    const body = html`${FORM_STYLE}<p>Public address: <a href="/t/${org.slug}/">/t/${org.slug}/</a> (${settings.published ? 'published' : 'not published'}). <a href="${base}/analytics">Access analytics</a>.${mailer.configured ? '' : ' E-mail is not configured (TRUSTMAP_SMTP_URL): approved links are shown here to pass on yourself.'}</p>
<h2>Waiting for approval (${pending.length})</h2>
${pending.length > 0 ? requestRows(c, deps, pending, ['approve', 'deny']) : html`<p>No request is waiting.</p>`}
<h2>Approved links (${approved.length})</h2>
${approved.length > 0 ? requestRows(c, deps, approved, ['revoke']) : html`<p>None yet.</p>`}
<h2>Settings</h2>
<form method="post" action="${base}/settings" class="stack">${csrf}
<label><input type="checkbox" name="published" value="yes"${settings.published ? html` checked` : ''}> Publish the trust center</label>
<label>Approve automatically for these e-mail domains<input name="autoApproveDomains" value="${settings.autoApproveDomains.join(', ')}"></label>
<label><input type="checkbox" name="blockFreeMail" value="yes"${settings.blockFreeMail ? html` checked` : ''}> Refuse requests from free-mail addresses</label>
<label>Links last (days)<input name="linkDays" type="number" min="1" max="365" value="${String(settings.linkDays)}"></label>
<label>NDA version<input name="ndaVersion" value="${settings.nda.version}" maxlength="40"></label>
<label>NDA text<textarea name="ndaText" rows="8" maxlength="20000">${settings.nda.text}</textarea></label>
<button type="submit">Save settings</button></form>
<h2>Documents</h2>
<p>Upload the file for an evidence id of the map (PDF or Markdown, at most 10 MB). PDFs are watermarked with the requester's name on download; Markdown is rendered.</p>
<ul>${documents.map((row) => html`<li>${row.evidence_id}: ${row.filename} (${row.uploaded_at.slice(0, 10)})</li>`)}</ul>
<form method="post" action="${base}/documents" enctype="multipart/form-data" class="stack">${csrf}
<label>Evidence id<input name="evidenceId" required pattern="[a-z0-9][a-z0-9-]{0,62}"></label>
<label>File<input name="file" type="file" accept=".pdf,.md,.markdown" required></label>
<button type="submit">Upload</button></form>`;
    return render(c, 'Trust center', body);
  });

  app.post('/orgs/:org/trust-center/settings', guard, async (c) => {
    const form = await c.req.parseBody();
    const org = c.var.org;
    const text = (key: string, max: number) =>
      String(form[key] ?? '')
        .trim()
        .slice(0, max);
    await deps.db.withOrg(org.id, async (tx) => {
      const current = await readSettings(tx);
      await saveSettings(
        tx,
        org.id,
        {
          published: form.published === 'yes',
          autoApproveDomains: text('autoApproveDomains', 2000)
            .split(/[\s,]+/)
            .filter((domain) => /^[a-z0-9.-]{1,253}$/i.test(domain))
            .map((domain) => domain.toLowerCase()),
          blockFreeMail: form.blockFreeMail === 'yes',
          linkDays: Math.min(365, Math.max(1, Number.parseInt(text('linkDays', 4), 10) || 14)),
          nda: {
            version: text('ndaVersion', 40) || current.nda.version,
            text: text('ndaText', 20_000) || current.nda.text,
          },
        },
        deps.clock(),
      );
      await recordEvent(tx, org.id, deps.clock(), { kind: 'settings-changed', email: who(c) });
    });
    sites.invalidate(org.id);
    return c.redirect(`/orgs/${org.slug}/trust-center`, 303);
  });

  app.post('/orgs/:org/trust-center/requests/:id/:action{approve|deny|revoke}', guard, async (c) => {
    const org = c.var.org;
    const id = c.req.param('id');
    const action = c.req.param('action');
    if (!isUuid(id)) return render(c, 'Not found', html`<p>No such request.</p>`, 404);
    const now = deps.clock();
    const outcome = await deps.db.withOrg(org.id, async (tx) => {
      const request = await requestById(tx, id);
      if (!request) return undefined;
      const settings = await readSettings(tx);
      if (action === 'approve' && request.status === 'pending') {
        const link = newLinkSecret();
        const expires = linkExpiry(now, settings.linkDays);
        await tx.query(
          `UPDATE tc_requests SET status = 'approved', decided_by = $2, decided_at = $3, link_hash = $4, expires_at = $5 WHERE id = $1`,
          [id, who(c), now.toISOString(), link.hash, expires.toISOString()],
        );
        await recordEvent(tx, org.id, now, {
          kind: 'approved',
          requestId: id,
          email: request.email,
          detail: `by ${who(c)}`,
        });
        return { request, link: link.secret, expires };
      }
      if (action === 'deny' && request.status === 'pending') {
        await tx.query(
          `UPDATE tc_requests SET status = 'denied', decided_by = $2, decided_at = $3 WHERE id = $1`,
          [id, who(c), now.toISOString()],
        );
        await recordEvent(tx, org.id, now, {
          kind: 'denied',
          requestId: id,
          email: request.email,
          detail: `by ${who(c)}`,
        });
      }
      if (action === 'revoke' && request.status === 'approved' && !request.revoked_at) {
        await tx.query('UPDATE tc_requests SET revoked_at = $2 WHERE id = $1', [id, now.toISOString()]);
        await recordEvent(tx, org.id, now, {
          kind: 'revoked',
          requestId: id,
          email: request.email,
          detail: `by ${who(c)}`,
        });
      }
      return { request };
    });
    if (!outcome) return render(c, 'Not found', html`<p>No such request.</p>`, 404);
    if (outcome.link && outcome.expires) {
      const site = `${new URL(c.req.url).origin}/t/${org.slug}/`;
      const mail = linkMail(org.name, site, outcome.request.email, outcome.link, outcome.expires);
      if (mailer.configured) {
        await mailer.send(mail);
        return c.redirect(`/orgs/${org.slug}/trust-center`, 303);
      }
      return render(
        c,
        'Request approved',
        html`<p>E-mail is not configured, so send this personal link to ${outcome.request.email} yourself. It is shown once and works until ${outcome.expires.toISOString().slice(0, 10)}:</p><p><code>${site}d/${outcome.link}</code></p><p><a href="/orgs/${org.slug}/trust-center">Back to the queue</a></p>`,
      );
    }
    return c.redirect(`/orgs/${org.slug}/trust-center`, 303);
  });

  app.post('/orgs/:org/trust-center/documents', guard, async (c) => {
    const org = c.var.org;
    const form = await c.req.parseBody();
    const evidenceId = String(form.evidenceId ?? '');
    const file = form.file;
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(evidenceId) || !(file instanceof File))
      return render(c, 'Upload refused', html`<p>Give an evidence id and a file.</p>`, 400);
    const ext = path.extname(file.name).toLowerCase();
    const type = DOCUMENT_TYPES[ext];
    if (!type || file.size > MAX_DOCUMENT_BYTES)
      return render(c, 'Upload refused', html`<p>Upload a PDF or Markdown file of at most 10 MB.</p>`, 400);
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (ext === '.pdf' && new TextDecoder().decode(bytes.slice(0, 5)) !== '%PDF-')
      return render(c, 'Upload refused', html`<p>This file is not a PDF.</p>`, 400);
    await deps.db.withOrg(org.id, async (tx) => {
      await tx.query(
        `INSERT INTO tc_documents (org_id, evidence_id, filename, content_type, bytes, sha256, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (org_id, evidence_id) DO UPDATE SET filename = $3, content_type = $4, bytes = $5, sha256 = $6, uploaded_at = $7`,
        [
          org.id,
          evidenceId,
          `${evidenceId}${ext}`,
          type,
          bytes,
          createHash('sha256').update(bytes).digest('hex'),
          deps.clock().toISOString(),
        ],
      );
      await recordEvent(tx, org.id, deps.clock(), { kind: 'uploaded', email: who(c), document: evidenceId });
    });
    sites.invalidate(org.id);
    return c.redirect(`/orgs/${org.slug}/trust-center`, 303);
  });

  app.get('/orgs/:org/trust-center/analytics', guard, async (c) => {
    const org = c.var.org;
    const { rows } = await deps.db.withOrg(org.id, (tx) =>
      tx.query<{
        at: string;
        kind: string;
        email: string | null;
        document: string | null;
        detail: string | null;
      }>('SELECT at::text, kind, email, document, detail FROM tc_events ORDER BY at DESC LIMIT 1000'),
    );
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1);
    const body = html`<p>Who requested, opened and downloaded what, from this server's own records (no third-party trackers). Newest first, the last 1000 events.</p>
<p>${[...counts].map(([kind, count], i) => html`${i > 0 ? ' · ' : ''}${kind}: ${String(count)}`)}</p>
<table><thead><tr><th scope="col">When</th><th scope="col">What</th><th scope="col">Who</th><th scope="col">Document</th><th scope="col">Detail</th></tr></thead>
<tbody>${rows.map((row) => html`<tr><td>${row.at.slice(0, 19)}</td><td>${row.kind}</td><td>${row.email ?? 'anonymous'}</td><td>${row.document ?? ''}</td><td>${row.detail ?? ''}</td></tr>`)}</tbody></table>`;
    return render(c, 'Trust center access', body);
  });
}
