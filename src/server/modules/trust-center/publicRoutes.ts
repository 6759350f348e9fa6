import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { type Chrome, html, raw, renderMarkdown } from '../../../trust-center/index.js';
import { attemptLimiter } from '../../auth/rateLimit.js';
import { isUuid } from '../../db/database.js';
import type { AppEnv, ServerApp, ServerDeps } from '../../types.js';
import type { FormTokens } from './csrf.js';
import {
  decide,
  linkExpiry,
  linkHash,
  linkProblem,
  ndaDigest,
  newLinkSecret,
  validateRequest,
} from './gating.js';
import type { Mailer } from './mail.js';
import { formTokens, publicPage, requestForm, subscribeForm } from './publicPages.js';
import type { LiveSites } from './sites.js';
import { readDocuments, readSettings, recordEvent, requestByLink } from './store.js';
import { watermarkPdf } from './watermark.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.pdf': 'application/pdf',
};
const FORM_COOKIE = 'tm_tc_form';

/** The public half of the trust center: the site, the request form, links, and subscriptions. */
export function publicRoutes(
  app: ServerApp,
  deps: ServerDeps,
  parts: { sites: LiveSites; tokens: FormTokens; mailer: Mailer; requestLimit?: number },
): void {
  const { sites, tokens, mailer } = parts;
  // Requests and subscriptions per address and per e-mail: a form anyone can post must not become a way to
  // flood an owner's queue or someone's inbox.
  const limiter = attemptLimiter(deps.db, {
    scope: 'trust-center',
    limit: parts.requestLimit ?? 5,
    windowMs: 60 * 60_000,
    clock: deps.clock,
  });
  const address = (c: Context<AppEnv>) => c.req.header('x-forwarded-for')?.split(',')[0]?.trim() || 'local';

  const chromeOf = (org: { name: string }, checkedOn?: string): Chrome => ({
    organization: org.name,
    checkedOn: checkedOn ?? deps.clock().toISOString().slice(0, 10),
    footerLinks: [{ href: 'subscribe', label: 'Subscribe to changes by e-mail' }],
  });
  const issueForm = (c: Context<AppEnv>, slug: string) => {
    const issued = tokens.issue(slug);
    setCookie(c, FORM_COOKIE, issued.cookie, {
      httpOnly: true,
      sameSite: 'Strict',
      path: `/t/${slug}/`,
      secure: deps.config.secureCookies,
    });
    return formTokens(issued.field, c.var.csrfToken);
  };
  const formValid = (c: Context<AppEnv>, slug: string, field: unknown) =>
    tokens.check(slug, getCookie(c, FORM_COOKIE), field);
  const page = (c: Context<AppEnv>, body: string, status: 200 | 400 | 403 | 404 | 410 | 429 = 200) =>
    c.html(body, status);

  app.get('/t/:slug', (c) => c.redirect(`/t/${encodeURIComponent(c.req.param('slug'))}/`, 301));

  app.get('/t/:slug/request', async (c) => {
    const org = await sites.org(c.req.param('slug'));
    if (!org) return c.json({ error: 'not found' }, 404);
    const live = await sites.site(org);
    const settings = await deps.db.withOrg(org.id, readSettings);
    const chosen = c.req.queries('documents') ?? [];
    const body = requestForm({
      documents: live?.onRequest ?? [],
      chosen,
      nda: settings.nda,
      tokens: issueForm(c, org.slug),
    });
    return page(
      c,
      publicPage(
        chromeOf(org, live?.checkedOn),
        'Request documents',
        'Tell us who you are and accept our NDA; we answer by e-mail.',
        body,
      ),
    );
  });

  app.post('/t/:slug/request', async (c) => {
    const org = await sites.org(c.req.param('slug'));
    if (!org) return c.json({ error: 'not found' }, 404);
    const form = await c.req.parseBody({ all: true });
    if (!formValid(c, org.slug, form._tc))
      return page(
        c,
        publicPage(
          chromeOf(org),
          'Form expired',
          undefined,
          html`<p>The form expired or did not come from this site. <a href="request">Open it again</a>.</p>`,
        ),
        403,
      );
    const live = await sites.site(org);
    const settings = await deps.db.withOrg(org.id, readSettings);
    const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
    const input = {
      name: first(form.name),
      email: first(form.email),
      company: first(form.company),
      reason: first(form.reason),
      documents: Array.isArray(form.documents) ? form.documents : form.documents ? [form.documents] : [],
      ndaVersion: first(form.ndaVersion),
      ndaAccepted: first(form.ndaAccepted),
    };
    const checked = validateRequest(input, {
      documents: (live?.onRequest ?? []).map((document) => document.id),
      ndaVersion: settings.nda.version,
    });
    const keys = [
      `ip:${address(c)}`,
      `email:${String(input.email ?? '')
        .toLowerCase()
        .slice(0, 254)}`,
    ];
    const wait = await limiter.retryAfter(keys);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return page(
        c,
        publicPage(
          chromeOf(org),
          'Too many requests',
          undefined,
          html`<p>Please try again in ${Math.ceil(wait / 60)} minutes.</p>`,
        ),
        429,
      );
    }
    if (!checked.value) {
      const body = requestForm({
        documents: live?.onRequest ?? [],
        chosen: input.documents.map(String),
        nda: settings.nda,
        tokens: issueForm(c, org.slug),
        values: Object.fromEntries(
          ['name', 'email', 'company', 'reason'].map((key) => [
            key,
            String(first(form[key]) ?? '').slice(0, 2000),
          ]),
        ),
        problems: checked.problems,
      });
      return page(
        c,
        publicPage(chromeOf(org), 'Request documents', 'Some answers need another look.', body),
        400,
      );
    }
    await limiter.fail(keys);
    const request = checked.value;
    const decision = decide(request.email, settings);
    const now = deps.clock();
    const id = randomUUID();
    const link = decision.status === 'approved' ? newLinkSecret() : undefined;
    const expires = link ? linkExpiry(now, settings.linkDays) : undefined;
    await deps.db.withOrg(org.id, async (tx) => {
      await tx.query(
        `INSERT INTO tc_requests (id, org_id, created_at, name, email, company, reason, documents, nda_version, nda_sha256,
           nda_text, status, rule, decided_by, decided_at, link_hash, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
        [
          id,
          org.id,
          now.toISOString(),
          request.name,
          request.email,
          request.company,
          request.reason,
          JSON.stringify(request.documents),
          settings.nda.version,
          ndaDigest(settings.nda.text),
          settings.nda.text,
          decision.status,
          decision.status === 'pending' ? null : decision.rule,
          decision.status === 'approved' ? 'rule' : null,
          decision.status === 'pending' ? null : now.toISOString(),
          link?.hash ?? null,
          expires?.toISOString() ?? null,
        ],
      );
      await recordEvent(tx, org.id, now, {
        kind: 'requested',
        requestId: id,
        email: request.email,
        document: request.documents.join(', '),
        detail: `NDA v${settings.nda.version} accepted`,
      });
      if (decision.status !== 'pending')
        await recordEvent(tx, org.id, now, {
          kind: decision.status,
          requestId: id,
          email: request.email,
          detail: decision.rule,
        });
    });
    if (link && expires && mailer.configured)
      await mailer.send(linkMail(org.name, siteUrl(c, org.slug), request.email, link.secret, expires));
    const message =
      decision.status === 'blocked'
        ? html`<p>We could not accept this request: please use your work e-mail address.</p>`
        : decision.status === 'approved'
          ? html`<p>Approved. We sent a personal link to ${request.email}; it works until ${expires!.toISOString().slice(0, 10)}.</p>`
          : html`<p>Thank you. We will review your request and write to ${request.email}.</p>`;
    return page(
      c,
      publicPage(
        chromeOf(org),
        decision.status === 'blocked' ? 'Request not accepted' : 'Request received',
        undefined,
        message,
      ),
      decision.status === 'blocked' ? 400 : 200,
    );
  });

  // A personal link: the documents of one approved request, while it is valid.
  const openLink = async (c: Context<AppEnv>) => {
    const org = await sites.org(c.req.param('slug') ?? '');
    if (!org) return undefined;
    const secret = c.req.param('secret') ?? '';
    if (secret.length > 100) return { org, problem: 'unknown' as const };
    const request = await deps.db.withOrg(org.id, (tx) => requestByLink(tx, linkHash(secret)));
    const problem = linkProblem(
      request && {
        expires_at: request.expires_at ?? new Date(0),
        revoked_at: request.revoked_at,
        status: request.status,
      },
      deps.clock(),
    );
    return { org, request, problem };
  };
  const refused = (c: Context<AppEnv>, org: { name: string }, problem: string, prefix: string) =>
    page(
      c,
      publicPage(
        chromeOf(org),
        problem === 'expired' ? 'This link has expired' : 'This link does not work',
        undefined,
        html`<p>${problem === 'expired' ? 'Links to private documents last a limited time.' : problem === 'revoked' ? 'This link was withdrawn.' : 'We do not know this link.'} <a href="${prefix}request">Request the documents again</a>.</p>`,
        prefix,
      ),
      problem === 'expired' || problem === 'revoked' ? 410 : 404,
    );

  app.get('/t/:slug/d/:secret', async (c) => {
    const opened = await openLink(c);
    if (!opened) return c.json({ error: 'not found' }, 404);
    const { org, request, problem } = opened;
    if (problem || !request) return refused(c, org, problem ?? 'unknown', '../');
    const live = await sites.site(org);
    const titles = new Map((live?.onRequest ?? []).map((document) => [document.id, document.title]));
    await deps.db.withOrg(org.id, (tx) =>
      recordEvent(tx, org.id, deps.clock(), {
        kind: 'link-opened',
        requestId: request.id,
        email: request.email,
      }),
    );
    const body = html`<p>Shared with ${request.name} (${request.email}), ${request.company}, under NDA version ${request.nda_version}, until ${String(request.expires_at).slice(0, 10)}.</p>
<ul>${request.documents.map((id) => html`<li><a href="${`${c.req.param('secret')}/${encodeURIComponent(id)}`}">${titles.get(id) ?? id}</a></li>`)}</ul>`;
    // The link page is relative to /t/<slug>/d/, so the site's own links need one level up.
    return page(c, publicPage(chromeOf(org, live?.checkedOn), 'Your documents', undefined, body, '../'));
  });

  app.get('/t/:slug/d/:secret/:document', async (c) => {
    const opened = await openLink(c);
    if (!opened) return c.json({ error: 'not found' }, 404);
    const { org, request, problem } = opened;
    if (problem || !request) return refused(c, org, problem ?? 'unknown', '../../');
    const id = c.req.param('document');
    if (!request.documents.includes(id)) return c.json({ error: 'not found' }, 404);
    const file = (await deps.db.withOrg(org.id, (tx) => readDocuments(tx, [id]))).get(id);
    if (!file) {
      return page(
        c,
        publicPage(
          chromeOf(org),
          'Not uploaded yet',
          undefined,
          html`<p>This document has not been uploaded to the trust center yet; we will send it separately.</p>`,
          '../../',
        ),
        404,
      );
    }
    const now = deps.clock();
    const stamp = `${request.name} <${request.email}>, ${request.company}, ${now.toISOString().slice(0, 10)}`;
    await deps.db.withOrg(org.id, (tx) =>
      recordEvent(tx, org.id, now, {
        kind: 'downloaded',
        requestId: request.id,
        email: request.email,
        document: id,
      }),
    );
    c.header('Cache-Control', 'private, no-store');
    const ext = path.extname(file.filename).toLowerCase();
    if (ext === '.md' || ext === '.markdown') {
      const live = await sites.site(org);
      const title = live?.onRequest.find((document) => document.id === id)?.title ?? id;
      const body = html`<p class="notice">Confidential. Shared with ${stamp} under NDA version ${request.nda_version}.</p><article class="prose">${raw(renderMarkdown(new TextDecoder().decode(file.bytes)))}</article>`;
      return page(c, publicPage(chromeOf(org), title, undefined, body, '../../'));
    }
    if (ext === '.pdf') {
      const stamped = await watermarkPdf(file.bytes, stamp);
      c.header('Content-Type', 'application/pdf');
      c.header('Content-Disposition', `inline; filename="${id}.pdf"`);
      return c.body(stamped as Uint8Array<ArrayBuffer>);
    }
    c.header('Content-Type', 'application/octet-stream');
    c.header('Content-Disposition', `attachment; filename="${id}${ext.replace(/[^.a-z0-9]/g, '')}"`);
    return c.body(file.bytes as Uint8Array<ArrayBuffer>);
  });

  app.get('/t/:slug/subscribe', async (c) => {
    const org = await sites.org(c.req.param('slug'));
    if (!org) return c.json({ error: 'not found' }, 404);
    return page(
      c,
      publicPage(
        chromeOf(org),
        'Subscribe to changes',
        'Hear about new sub-processors and policy changes by e-mail.',
        subscribeForm(issueForm(c, org.slug)),
      ),
    );
  });

  app.post('/t/:slug/subscribe', async (c) => {
    const org = await sites.org(c.req.param('slug'));
    if (!org) return c.json({ error: 'not found' }, 404);
    const form = await c.req.parseBody({ all: true });
    if (!formValid(c, org.slug, form._tc))
      return page(
        c,
        publicPage(
          chromeOf(org),
          'Form expired',
          undefined,
          html`<p>The form expired. <a href="subscribe">Open it again</a>.</p>`,
        ),
        403,
      );
    const email = String(Array.isArray(form.email) ? form.email[0] : (form.email ?? ''))
      .trim()
      .toLowerCase()
      .slice(0, 254);
    const topics = (Array.isArray(form.topics) ? form.topics : [form.topics]).filter(
      (topic): topic is string => topic === 'subprocessors' || topic === 'policies',
    );
    const keys = [`ip:${address(c)}`, `email:${email}`];
    const wait = await limiter.retryAfter(keys);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return page(
        c,
        publicPage(chromeOf(org), 'Too many requests', undefined, html`<p>Please try again later.</p>`),
        429,
      );
    }
    if (!/^[^\s@<>]{1,64}@[^\s@<>]{1,190}\.[^\s@<>]{2,}$/.test(email) || topics.length === 0)
      return page(
        c,
        publicPage(
          chromeOf(org),
          'Subscribe to changes',
          undefined,
          subscribeForm(issueForm(c, org.slug), 'Enter your e-mail and choose at least one topic.'),
        ),
        400,
      );
    await limiter.fail(keys);
    const secret = randomBytes(24).toString('base64url');
    await deps.db.withOrg(org.id, async (tx) => {
      await tx.query(
        'INSERT INTO tc_subscribers (id, org_id, email, topics, confirm_hash, created_at) VALUES ($1, $2, $3, $4::jsonb, $5, $6)',
        [
          randomUUID(),
          org.id,
          email,
          JSON.stringify([...new Set(topics)]),
          linkHash(secret),
          deps.clock().toISOString(),
        ],
      );
      await recordEvent(tx, org.id, deps.clock(), { kind: 'subscribed', email, detail: topics.join(', ') });
    });
    if (mailer.configured)
      await mailer.send({
        to: email,
        subject: `Confirm your subscription to the ${org.name} trust center`,
        text: `Confirm that you want e-mails about changes to ${org.name}'s ${topics.join(' and ')}:\n${siteUrl(c, org.slug)}subscribe/confirm/${secret}\n\nIf you did not ask for this, ignore this message.\n`,
      });
    return page(
      c,
      publicPage(
        chromeOf(org),
        'Check your e-mail',
        undefined,
        html`<p>We sent a confirmation link to ${email}. Nothing else is sent until you confirm.</p>`,
      ),
    );
  });

  app.get('/t/:slug/subscribe/confirm/:secret', async (c) => {
    const org = await sites.org(c.req.param('slug'));
    if (!org) return c.json({ error: 'not found' }, 404);
    const confirmed = await deps.db.withOrg(org.id, (tx) =>
      tx.query(
        'UPDATE tc_subscribers SET confirmed_at = $2 WHERE confirm_hash = $1 AND confirmed_at IS NULL RETURNING id',
        [linkHash(c.req.param('secret').slice(0, 100)), deps.clock().toISOString()],
      ),
    );
    return page(
      c,
      publicPage(
        chromeOf(org),
        confirmed.rows.length > 0 ? 'Subscribed' : 'Link not valid',
        undefined,
        html`<p>${confirmed.rows.length > 0 ? 'You will hear about changes.' : 'This confirmation link is unknown or was used already.'}</p>`,
        '../../',
      ),
      confirmed.rows.length > 0 ? 200 : 404,
    );
  });

  app.get('/t/:slug/unsubscribe', async (c) => {
    const org = await sites.org(c.req.param('slug'));
    if (!org) return c.json({ error: 'not found' }, 404);
    const id = c.req.query('id') ?? '';
    const ok = isUuid(id) && tokens.check(org.slug, `unsubscribe:${id}`, c.req.query('token'));
    if (ok)
      await deps.db.withOrg(org.id, (tx) =>
        tx.query('UPDATE tc_subscribers SET removed_at = $2 WHERE id = $1 AND removed_at IS NULL', [
          id,
          deps.clock().toISOString(),
        ]),
      );
    return page(
      c,
      publicPage(
        chromeOf(org),
        ok ? 'Unsubscribed' : 'Link not valid',
        undefined,
        html`<p>${ok ? 'You will not hear from us again about changes.' : 'This link is not valid.'}</p>`,
      ),
      ok ? 200 : 404,
    );
  });

  // The built site last, so the routes above win: /t/<slug>/ and every file of the static build.
  app.get('/t/:slug/*', async (c) => {
    const org = await sites.org(c.req.param('slug'));
    if (!org) return c.json({ error: 'not found' }, 404);
    const live = await sites.site(org, new URL(c.req.url).origin);
    if (!live)
      return page(
        c,
        publicPage(
          chromeOf(org),
          'Trust center',
          'Nothing has been published yet.',
          html`<p>Check back soon.</p>`,
        ),
        404,
      );
    const prefix = `/t/${org.slug}/`;
    const file = decodeURIComponent(c.req.path.slice(prefix.length)) || 'index.html';
    const content = live.files[file];
    if (content === undefined || file.includes('..')) return c.json({ error: 'not found' }, 404);
    if (file.startsWith('documents/'))
      await deps.db.withOrg(org.id, (tx) =>
        recordEvent(tx, org.id, deps.clock(), {
          kind: 'viewed',
          document: file.slice(10).replace(/\.[a-z]+$/, ''),
        }),
      );
    c.header('Content-Type', TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
    return c.body(typeof content === 'string' ? content : (content as Uint8Array<ArrayBuffer>));
  });
}

/** The public address of an organisation's trust center, from the request (for links in e-mail). */
export function siteUrl(c: Context<AppEnv>, slug: string): string {
  return `${new URL(c.req.url).origin}/t/${slug}/`;
}

/** The e-mail that carries a personal link. */
export function linkMail(organization: string, site: string, to: string, secret: string, expires: Date) {
  return {
    to,
    subject: `Your documents from ${organization}`,
    text: `Your request was approved. Open your documents here:\n${site}d/${secret}\n\nThe link is personal and works until ${expires.toISOString().slice(0, 10)}. Documents are marked with your name.\n`,
  };
}
