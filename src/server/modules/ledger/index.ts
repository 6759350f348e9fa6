import { createRoute, z } from '@hono/zod-openapi';
import { html, raw } from '../../../core/html.js';
import { createCheckpoint, readCheckpoints, readLedger } from '../../db/ledgerStore.js';
import type { LedgerExport } from '../../ledger/types.js';
import { verifyLedger } from '../../ledger/verify.js';
import { ADMIN_ROLES, type ServerApp, type ServerDeps, type ServerModule } from '../../types.js';

const Org = z.object({ org: z.string() });
const Json = (description: string) => ({
  description,
  content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
});

/** Exports the organisation's ledger as stored (entries, checkpoints, the server's public key). */
async function exportLedger(deps: ServerDeps, orgId: string, records: boolean): Promise<LedgerExport> {
  return deps.db.withOrg(orgId, async (tx) => ({
    format: 'trustmap.ledger/v1',
    org: orgId,
    publicKey: deps.signingKey.publicKeyBase64,
    entries: await readLedger(tx, orgId, { records }),
    checkpoints: await readCheckpoints(tx, orgId),
  }));
}

/** The evidence ledger over HTTP: export, verification, signed checkpoints, and its page. */
export const ledgerModule: ServerModule = {
  name: 'ledger',
  migrations: [],
  routes(app: ServerApp, deps: ServerDeps) {
    app.use('/api/orgs/:org/ledger', deps.auth.org());
    app.use('/api/orgs/:org/ledger/verify', deps.auth.org());
    app.use('/api/orgs/:org/ledger/checkpoints', async (c, next) =>
      c.req.method === 'POST' ? deps.auth.org({ roles: ADMIN_ROLES })(c, next) : deps.auth.org()(c, next),
    );

    app.openapi(
      createRoute({
        method: 'get',
        path: '/api/orgs/{org}/ledger',
        summary: 'The organisation’s ledger: entries in order, checkpoints and the server’s public key',
        request: { params: Org, query: z.object({ records: z.enum(['true', 'false']).default('true') }) },
        responses: { 200: Json('trustmap.ledger/v1') },
      }),
      async (c) => {
        const exported = await exportLedger(deps, c.var.org.id, c.req.valid('query').records === 'true');
        return c.json(exported as unknown as Record<string, never>, 200);
      },
    );

    app.openapi(
      createRoute({
        method: 'get',
        path: '/api/orgs/{org}/ledger/verify',
        summary: 'Verifies the stored chain against the server key',
        request: { params: Org },
        responses: { 200: Json('verdict') },
      }),
      async (c) => {
        const exported = await exportLedger(deps, c.var.org.id, true);
        const verdict = verifyLedger(exported.entries, deps.signingKey.publicKey, exported.checkpoints);
        return c.json(verdict as unknown as Record<string, never>, 200);
      },
    );

    app.openapi(
      createRoute({
        method: 'get',
        path: '/api/orgs/{org}/ledger/checkpoints',
        summary: 'Signed checkpoints of the chain head',
        request: { params: Org },
        responses: { 200: Json('checkpoints') },
      }),
      async (c) => {
        const checkpoints = await deps.db.withOrg(c.var.org.id, (tx) => readCheckpoints(tx, c.var.org.id));
        return c.json({ checkpoints } as unknown as Record<string, never>, 200);
      },
    );

    app.openapi(
      createRoute({
        method: 'post',
        path: '/api/orgs/{org}/ledger/checkpoints',
        summary: 'Signs the current head (owners and admins)',
        request: { params: Org },
        responses: { 201: Json('the checkpoint'), 404: Json('empty ledger') },
      }),
      async (c) => {
        const checkpoint = await deps.db.withOrg(c.var.org.id, (tx) =>
          createCheckpoint(tx, c.var.org.id, deps.signingKey, deps.clock()),
        );
        return checkpoint
          ? c.json(checkpoint as unknown as Record<string, never>, 201)
          : c.json({ error: 'the ledger is empty' }, 404);
      },
    );

    app.get('/orgs/:org/ledger', deps.auth.org({ kind: 'page' }), async (c) => {
      const org = c.var.org;
      const exported = await exportLedger(deps, org.id, true);
      const verdict = verifyLedger(exported.entries, deps.signingKey.publicKey, exported.checkpoints);
      const principal = c.get('principal');
      const recent = exported.entries.slice(-20).reverse();
      const body = html`<p class="${verdict.ok ? 'pass' : 'fail'}"><strong>${
        verdict.ok
          ? `Verified: ${verdict.entries} entries, each hashed, linked and signed by the server key.`
          : `Does not verify: ${verdict.problem.message}.`
      }</strong></p>
<p>Server key <code>${deps.signingKey.keyId}</code>, public key <code>${deps.signingKey.publicKeyBase64}</code>.
Download the <a href="/api/orgs/${org.slug}/ledger">ledger (JSON)</a> and check it anywhere with
<code>trustmap ledger verify --file ledger.json --public-key …</code>.</p>
${
  ADMIN_ROLES.includes(org.role)
    ? html`<form method="post" action="/orgs/${org.slug}/ledger/checkpoints">${raw(deps.pages.csrfField(c.var.csrfToken))}<button type="submit">Sign a checkpoint of the head</button></form>`
    : ''
}
<h2>Checkpoints</h2>
${exported.checkpoints.length ? html`<ul>${exported.checkpoints.map((cp) => html`<li>entry ${cp.seq} at ${cp.at}: <code>${cp.headHash.slice(0, 16)}…</code></li>`)}</ul>` : html`<p class="muted">None yet.</p>`}
<h2>Latest entries</h2>
<div class="scroll"><table><thead><tr><th scope="col">#</th><th scope="col">Type</th><th scope="col">Record</th><th scope="col">Effective</th><th scope="col">Collected</th><th scope="col">Hash</th></tr></thead>
<tbody>${recent.map((entry) => html`<tr><td>${entry.seq}</td><td>${entry.recordType}</td><td>${entry.recordId.slice(0, 40)}</td><td>${entry.effectiveDate}</td><td>${entry.collectedAt}</td><td><code>${entry.hash.slice(0, 12)}…</code></td></tr>`)}</tbody></table></div>`;
      return c.html(
        deps.pages.render({
          title: 'Evidence ledger',
          body,
          org,
          ...(principal?.kind === 'user' ? { user: principal } : {}),
          csrfToken: c.var.csrfToken,
        }),
      );
    });

    app.post(
      '/orgs/:org/ledger/checkpoints',
      deps.auth.org({ kind: 'page', roles: ADMIN_ROLES }),
      async (c) => {
        await deps.db.withOrg(c.var.org.id, (tx) =>
          createCheckpoint(tx, c.var.org.id, deps.signingKey, deps.clock()),
        );
        return c.redirect(`/orgs/${c.var.org.slug}/ledger`, 303);
      },
    );
  },
};
