import { inflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formField, type Live, startLive, Visitor } from './harness.js';

let live: Live;
let owner: Visitor;

/** A small real PDF, made with pdf-lib. */
async function samplePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]);
  return pdf.save();
}

/** Every stream of a PDF, inflated where compressed, as latin1 text: where drawn text ends up. */
function pdfText(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('latin1');
  const parts: string[] = [text];
  for (const match of text.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    try {
      parts.push(inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1'));
    } catch {
      // not compressed
    }
  }
  return parts.join('\n');
}
const hexOf = (text: string) => Buffer.from(text, 'latin1').toString('hex').toUpperCase();

async function requestDocuments(visitor: Visitor, fields: Record<string, string | string[]>) {
  const form = await (await visitor.fetch('/t/acme/request?documents=pentest-2026')).text();
  return visitor.post('/t/acme/request', {
    _tc: formField(form),
    name: 'Ana Lima',
    company: 'Globex',
    reason: 'Vendor review',
    documents: ['pentest-2026'],
    ndaVersion: '1',
    ndaAccepted: 'yes',
    ...fields,
  });
}

const linkIn = (text: string) => /\/t\/acme\/d\/([A-Za-z0-9_-]+)/.exec(text)?.[1];

beforeAll(async () => {
  live = await startLive({ requestLimit: 4 });
  owner = new Visitor(live.url, { cookie: live.owner.cookie });
  await live.push();
  const saved = await owner.post('/orgs/acme/trust-center/settings', {
    _csrf: live.owner.csrf,
    published: 'yes',
    autoApproveDomains: 'partner.example',
    blockFreeMail: 'yes',
    linkDays: '14',
    ndaVersion: '1',
    ndaText: 'Keep it confidential.\n\nTwo years.',
  });
  expect(saved.status).toBe(303);
  const form = new FormData();
  form.set('_csrf', live.owner.csrf);
  form.set('evidenceId', 'pentest-2026');
  form.set('file', new Blob([Buffer.from(await samplePdf())], { type: 'application/pdf' }), 'pentest.pdf');
  expect(
    (await owner.fetch('/orgs/acme/trust-center/documents', { method: 'POST', body: form })).status,
  ).toBe(303);
}, 120_000);

afterAll(async () => {
  await live?.close();
});

describe('the live trust center at /t/<slug>/', () => {
  it('serves the same pages as the static build from the latest pushed run, with no "added today" history', async () => {
    const visitor = new Visitor(live.url);
    expect((await visitor.fetch('/t/acme')).headers.get('location')).toBe('/t/acme/');
    const index = await visitor.fetch('/t/acme/');
    expect(index.status).toBe(200);
    const page = await index.text();
    expect(page).toContain('Acme AI Trust Center');
    expect(page).toContain(
      'We work with 5 sub-processors, and 1 more found in our code that is under review.',
    );
    const ai = await (await visitor.fetch('/t/acme/ai-data-practices.html')).text();
    expect(ai).toContain('Declared but not yet tested live');
    expect((await visitor.fetch('/t/acme/styles.css')).headers.get('content-type')).toContain('text/css');
    const list = await (await visitor.fetch('/t/acme/subprocessors.json')).json();
    expect(list.changes).toEqual([]);
    const documents = await (await visitor.fetch('/t/acme/documents.html')).text();
    expect(documents).toContain('href="request?documents=pentest-2026"');
    expect(documents).not.toContain('mailto:');
    // an unpublished or unknown organisation is not there
    expect((await visitor.fetch('/t/nobody/')).status).toBe(404);
  });

  it('refuses a request form without its CSRF token, and one whose token belongs to another form', async () => {
    const visitor = new Visitor(live.url);
    await visitor.fetch('/t/acme/request');
    const missing = await visitor.post('/t/acme/request', { name: 'x', email: 'x@globex.example' });
    expect(missing.status).toBe(403);
    const stranger = new Visitor(live.url);
    const forged = await stranger.post('/t/acme/request', {
      _tc: formField(await (await visitor.fetch('/t/acme/request')).text()),
      name: 'x',
    });
    expect(forged.status).toBe(403);
  });

  it('blocks free-mail addresses, queues others for approval, and approves listed domains by rule', async () => {
    const blocked = await requestDocuments(new Visitor(live.url, { 'x-forwarded-for': '10.0.0.1' }), {
      email: 'ana@gmail.com',
    });
    expect(blocked.status).toBe(400);
    expect(await blocked.text()).toContain('please use your work e-mail address');

    const before = live.smtp.inbox.length;
    const auto = await requestDocuments(new Visitor(live.url, { 'x-forwarded-for': '10.0.0.2' }), {
      email: 'bo@partner.example',
      name: 'Bo',
    });
    expect(auto.status).toBe(200);
    expect(await auto.text()).toContain('Approved. We sent a personal link to bo@partner.example');
    const mail = live.smtp.inbox.slice(before).find((entry) => entry.to === 'bo@partner.example');
    expect(mail?.text).toContain('works until 2026-12-10');
    expect(linkIn(mail?.text ?? '')).toBeDefined();
  });

  it('lets an owner approve from the queue (with CSRF), then the link opens a watermarked PDF', async () => {
    const visitor = new Visitor(live.url, { 'x-forwarded-for': '10.0.0.3' });
    const evil = '<script>alert(1)</script>';
    const response = await requestDocuments(visitor, {
      email: 'ana@globex.example',
      name: `Ana ${evil}`,
      company: `Globex"><img src=x onerror=alert(1)>`,
      reason: `Review <a href="javascript:alert(1)">x</a>`,
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('We will review your request');
    const queue = await (await owner.fetch('/orgs/acme/trust-center')).text();
    // every field the requester typed is escaped where owners read it
    expect(queue).toContain('Ana &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(queue).toContain('Globex&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(queue).toContain('Review &lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;');
    expect(queue).not.toContain(evil);
    expect(queue).not.toContain('<img src=x');
    expect(queue).not.toMatch(/href="javascript:/i);
    const id = /requests\/([0-9a-f-]{36})\/approve/.exec(queue)?.[1];
    expect(id).toBeDefined();
    // no CSRF field: the core refuses the cookie-authenticated POST
    expect((await owner.post(`/orgs/acme/trust-center/requests/${id}/approve`, {})).status).toBe(403);
    const before = live.smtp.inbox.length;
    const approved = await owner.post(`/orgs/acme/trust-center/requests/${id}/approve`, {
      _csrf: live.owner.csrf,
    });
    expect(approved.status).toBe(303);
    const mail = live.smtp.inbox.slice(before).find((entry) => entry.to === 'ana@globex.example');
    const secret = linkIn(mail?.text ?? '');
    expect(secret).toBeDefined();

    const landing = await visitor.fetch(`/t/acme/d/${secret}`);
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain('Penetration test summary (2026)');
    const pdf = await visitor.fetch(`/t/acme/d/${secret}/pentest-2026`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    const loaded = await PDFDocument.load(bytes);
    expect(loaded.getSubject()).toContain('ana@globex.example');
    expect(pdfText(bytes)).toContain(hexOf('Shared with Ana'));
    // a document the request did not ask for is not behind this link
    expect((await visitor.fetch(`/t/acme/d/${secret}/security-policy`)).status).toBe(404);

    // analytics: who requested, approved, opened and downloaded what
    const analytics = await (await owner.fetch('/orgs/acme/trust-center/analytics')).text();
    for (const kind of ['requested', 'approved', 'link-opened', 'downloaded'])
      expect(analytics).toMatch(new RegExp(`<td>${kind}</td><td>ana@globex.example</td>`));

    // revoked: gone at once
    const revoked = await owner.post(`/orgs/acme/trust-center/requests/${id}/revoke`, {
      _csrf: live.owner.csrf,
    });
    expect(revoked.status).toBe(303);
    expect((await visitor.fetch(`/t/acme/d/${secret}/pentest-2026`)).status).toBe(410);
  });

  it('gives no document without an approved, unexpired link', async () => {
    const visitor = new Visitor(live.url, { 'x-forwarded-for': '10.0.0.4' });
    const before = live.smtp.inbox.length;
    await requestDocuments(visitor, { email: 'cy@partner.example', name: 'Cy' });
    const secret = linkIn(
      live.smtp.inbox.slice(before).find((entry) => entry.to === 'cy@partner.example')?.text ?? '',
    );
    expect((await visitor.fetch(`/t/acme/d/${secret}/pentest-2026`)).status).toBe(200);
    expect((await visitor.fetch('/t/acme/d/not-a-real-link/pentest-2026')).status).toBe(404);
    expect((await visitor.fetch('/t/acme/documents/pentest-2026.pdf')).status).toBe(404);
    const saved = live.clock.now;
    live.clock.now = new Date('2026-12-11T12:00:00Z');
    try {
      const expired = await visitor.fetch(`/t/acme/d/${secret}/pentest-2026`);
      expect(expired.status).toBe(410);
      expect(await expired.text()).toContain('This link has expired');
    } finally {
      live.clock.now = saved;
    }
    // a pending request has no link at all
    const pending = await requestDocuments(new Visitor(live.url, { 'x-forwarded-for': '10.0.0.5' }), {
      email: 'dee@initech.example',
    });
    expect(await pending.text()).not.toMatch(/\/d\//);
  });

  it('renders a Markdown document behind a link as a page, escaped, never as raw .md', async () => {
    const form = new FormData();
    form.set('_csrf', live.owner.csrf);
    form.set('evidenceId', 'incident-response-plan');
    const markdown = '# Incident response\n\nCall <b>on-call</b> [now](javascript:alert(1)).\n';
    form.set('file', new Blob([markdown], { type: 'text/markdown' }), 'irp.md');
    expect(
      (await owner.fetch('/orgs/acme/trust-center/documents', { method: 'POST', body: form })).status,
    ).toBe(303);
    const visitor = new Visitor(live.url, { 'x-forwarded-for': '10.0.0.7' });
    const before = live.smtp.inbox.length;
    await requestDocuments(visitor, { email: 'eve@partner.example', documents: ['incident-response-plan'] });
    const secret = linkIn(
      live.smtp.inbox.slice(before).find((entry) => entry.to === 'eve@partner.example')?.text ?? '',
    );
    const page = await visitor.fetch(`/t/acme/d/${secret}/incident-response-plan`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const body = await page.text();
    expect(body).toContain('Confidential. Shared with Ana Lima &lt;eve@partner.example&gt;, Globex');
    expect(body).toContain('<h2>Incident response</h2>');
    expect(body).toContain('&lt;b&gt;on-call&lt;/b&gt;');
    expect(body).not.toMatch(/href="javascript:/i);
  });

  it('rate-limits requests per address', async () => {
    const visitor = new Visitor(live.url, { 'x-forwarded-for': '10.9.9.9' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await requestDocuments(visitor, { email: `p${i}@initech.example` })).status);
    expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200]);
    expect(statuses[4]).toBe(429);
  });

  it('confirms subscriptions, then tells subscribers of a sub-processor change pushed later, and lists it in the feed', async () => {
    const visitor = new Visitor(live.url, { 'x-forwarded-for': '10.0.0.6' });
    const form = await (await visitor.fetch('/t/acme/subscribe')).text();
    const before = live.smtp.inbox.length;
    const subscribed = await visitor.post('/t/acme/subscribe', {
      _tc: formField(form),
      email: 'buyer@globex.example',
      topics: ['subprocessors', 'policies'],
    });
    expect(subscribed.status).toBe(200);
    const confirm = live.smtp.inbox.slice(before).find((entry) => entry.to === 'buyer@globex.example');
    const path = /\/t\/acme\/subscribe\/confirm\/[A-Za-z0-9_-]+/.exec(confirm?.text ?? '')?.[0];
    expect(path).toBeDefined();
    expect((await visitor.fetch(path!)).status).toBe(200);

    live.clock.now = new Date('2026-11-27T12:00:00Z');
    await live.push((payload) => {
      payload.subprocessors.push({
        id: 'mistral',
        vendor: 'Mistral AI',
        service: 'La Plateforme',
        ai: true,
        training: 'never',
        retention: 'zero',
        dataClasses: ['prompts'],
      });
    }, '2026-11-27T12:00:00Z');
    const sent = live.smtp.inbox.length;
    expect((await visitor.fetch('/t/acme/')).status).toBe(200);
    const notice = live.smtp.inbox.slice(sent).find((entry) => entry.to === 'buyer@globex.example');
    expect(notice?.subject).toContain('Acme AI trust center: 1 change');
    expect(notice?.text).toContain('Sub-processor added: Mistral AI La Plateforme added');
    expect(notice?.text).toMatch(/unsubscribe\?id=[0-9a-f-]{36}&token=/);
    // once per run
    await visitor.fetch('/t/acme/index.html');
    expect(live.smtp.inbox.slice(sent).filter((entry) => entry.to === 'buyer@globex.example')).toHaveLength(
      1,
    );
    const feed = await (await visitor.fetch('/t/acme/feed.xml')).text();
    expect(feed).toContain('Mistral AI La Plateforme added');
    expect(feed).toContain('<updated>2026-11-27T00:00:00Z</updated>');
    const unsubscribe = /\/t\/acme\/unsubscribe\?[^\s]+/.exec(notice?.text ?? '')?.[0];
    expect((await visitor.fetch(unsubscribe!)).status).toBe(200);
    expect(
      (await visitor.fetch('/t/acme/unsubscribe?id=00000000-0000-4000-8000-000000000000&token=x')).status,
    ).toBe(404);
  });

  it('keeps the admin pages for owners and admins only', async () => {
    const anonymous = new Visitor(live.url);
    const response = await anonymous.fetch('/orgs/acme/trust-center');
    expect([302, 303]).toContain(response.status);
    expect(response.headers.get('location')).toContain('/login');
  });
});
