import { randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  buildRequestBrief,
  checkDirectory,
  type Directory,
  formatIssue,
  loadDirectory,
  MAX_DIRECTORY_BYTES,
  matchForModel,
  parseDirectory,
  renderBriefMarkdown,
  renderBriefPdf,
} from '../../../auditors/index.js';
import { html, raw } from '../../../core/html.js';
import { formatProblem, InputError } from '../../../errors/index.js';
import type { Tx } from '../../db/driver.js';
import { orgOwnedTable } from '../../db/rls.js';
import {
  ADMIN_ROLES,
  type AppEnv,
  type ServerApp,
  type ServerDeps,
  type ServerModule,
  WRITE_ROLES,
} from '../../types.js';
import { MatchQuery, overridesOf, queryFrom } from './form.js';
import { latestPushedCompany } from './latestRun.js';
import { directoryHtml, matchesHtml, profileForm, stageForm } from './pages.js';

let bundled: Directory | undefined;
/** The bundled starter directory, read once. */
function bundledDirectory(): Directory {
  bundled ??= loadDirectory(undefined, process.cwd());
  return bundled;
}

/** The organisation's imported directory (the latest import), or the bundled one. */
async function directoryOf(tx: Tx): Promise<Directory> {
  const { rows } = await tx.query<{ body: string }>(
    'SELECT body FROM auditor_directories ORDER BY imported_at DESC, id DESC LIMIT 1',
  );
  return rows[0] ? parseDirectory('imported directory', rows[0].body) : bundledDirectory();
}

const today = (deps: ServerDeps) => deps.clock().toISOString().slice(0, 10);

/**
 * Reads the pushed company and runs the match with the form's overrides; undefined when nothing was pushed, and
 * `stageUnset` when neither the map nor the form gives the company's stage (the map need not say it).
 */
async function matchFor(deps: ServerDeps, orgId: string, query: MatchQuery) {
  return deps.db.withOrg(orgId, async (tx) => {
    const company = await latestPushedCompany(tx, deps.clock());
    if (!company) return undefined;
    if (!query.stage && !company.model.map.organization.stage) return { stageUnset: true as const };
    const directory = await directoryOf(tx);
    return {
      company,
      ...matchForModel(company.model, company.results, directory, overridesOf(query), deps.clock()),
    };
  });
}

const STAGE_UNSET =
  'The pushed map does not give the company’s stage: choose it here, or set `organization.stage` and push again.';

const principalUser = (c: Context<AppEnv>) => {
  const principal = c.get('principal');
  return principal?.kind === 'user' ? { user: { email: principal.email } } : {};
};

const NOTHING_PUSHED =
  'No run has been pushed for this organisation yet. Push one with `trustmap push` (the map gives stage, frameworks and timeline), then come back.';

/**
 * Auditors on the server: the company fills stage, frameworks and timeline once (prefilled from the latest pushed
 * map), sees the three firms that fit and downloads the brief; owners and admins act as directory operators:
 * they import the directory and see the requests made.
 */
export const auditorsModule: ServerModule = {
  name: 'auditors',
  migrations: [
    `CREATE TABLE auditor_directories (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id),
  imported_at timestamptz NOT NULL,
  imported_by text,
  name text NOT NULL,
  checked date NOT NULL,
  body text NOT NULL
);
${orgOwnedTable('auditor_directories')}
CREATE TABLE auditor_requests (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs(id),
  created_at timestamptz NOT NULL,
  requested_by text,
  profile jsonb NOT NULL,
  firms jsonb NOT NULL,
  directory text NOT NULL
);
${orgOwnedTable('auditor_requests')}`,
  ],
  routes(app: ServerApp, deps: ServerDeps) {
    app.use('/api/orgs/:org/auditors/*', deps.auth.org());
    app.openapi(
      createRoute({
        method: 'get',
        path: '/api/orgs/{org}/auditors/match',
        summary: 'Three audit firms that fit the latest pushed map (query fields override it)',
        request: { params: z.object({ org: z.string() }), query: MatchQuery },
        responses: {
          200: {
            description: 'the match',
            content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
          },
          409: {
            description: 'nothing pushed yet',
            content: { 'application/json': { schema: z.object({ error: z.string() }) } },
          },
        },
      }),
      async (c) => {
        const found = await matchFor(deps, c.var.org.id, c.req.valid('query'));
        if (!found) return c.json({ error: NOTHING_PUSHED }, 409);
        if ('stageUnset' in found) return c.json({ error: STAGE_UNSET }, 409);
        return c.json(found.result as unknown as Record<string, unknown>, 200);
      },
    );

    app.get('/orgs/:org/auditors', deps.auth.org({ kind: 'page' }), async (c) => {
      const org = c.var.org;
      const parsed = MatchQuery.safeParse(queryFrom(new URL(c.req.url)));
      const query = parsed.success ? parsed.data : {};
      const found = await matchFor(deps, org.id, query);
      const problems = parsed.success
        ? []
        : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      const body = !found
        ? html`<p>${NOTHING_PUSHED}</p>`
        : 'stageUnset' in found
          ? html`<p>${STAGE_UNSET}</p>${stageForm(org.slug)}`
          : html`<p class="muted">Prefilled from run <code>${found.company.runId}</code> of ${found.company.repo} (${found.company.collectedAt}) and scope's advice; change anything and search again.</p>
${problems.length ? html`<div role="alert" class="fail"><ul>${problems.map((p) => html`<li>${p}</li>`)}</ul></div>` : ''}
${profileForm(org.slug, found.result.profile)}
${matchesHtml(
  found.result,
  WRITE_ROLES.includes(org.role)
    ? html`<form method="post" action="/orgs/${org.slug}/auditors/request${raw(new URL(c.req.url).search.replace(/&/g, '&amp;'))}">${raw(deps.pages.csrfField(c.var.csrfToken))}
<button type="submit" name="format" value="pdf">Download the request (PDF)</button> <button type="submit" name="format" value="md">Download the request (Markdown)</button>
<span class="muted">Trustmap sends nothing: you send the brief to the three firms yourself.</span></form>`
    : html`<p class="muted">Members can download the request brief.</p>`,
)}`;
      return c.html(
        deps.pages.render({
          title: 'Audit firms',
          body,
          org,
          ...principalUser(c),
          csrfToken: c.var.csrfToken,
        }),
        parsed.success ? 200 : 400,
      );
    });

    app.post(
      '/orgs/:org/auditors/request',
      deps.auth.org({ kind: 'page', roles: WRITE_ROLES }),
      async (c) => {
        const org = c.var.org;
        const parsed = MatchQuery.safeParse(queryFrom(new URL(c.req.url)));
        if (!parsed.success) return c.text('invalid request', 400);
        const form = await c.req.parseBody();
        const format = form.format === 'md' ? 'md' : 'pdf';
        const found = await matchFor(deps, org.id, parsed.data);
        if (!found) return c.text(NOTHING_PUSHED, 409);
        if ('stageUnset' in found) return c.text(STAGE_UNSET, 409);
        const brief = buildRequestBrief(found.result, found.advice);
        const principal = c.get('principal');
        await deps.db.withOrg(org.id, (tx) =>
          tx.query(
            `INSERT INTO auditor_requests (id, org_id, created_at, requested_by, profile, firms, directory)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)`,
            [
              randomUUID(),
              org.id,
              deps.clock().toISOString(),
              principal?.kind === 'user' ? principal.email : null,
              JSON.stringify(found.result.profile),
              JSON.stringify(found.result.matches.map((match) => match.name)),
              `${found.result.directory.name} (checked ${found.result.directory.checked})`,
            ],
          ),
        );
        const name = `auditor-request-${org.slug}.${format}`;
        c.header('content-disposition', `attachment; filename="${name}"`);
        if (format === 'md') {
          c.header('content-type', 'text/markdown; charset=utf-8');
          return c.body(renderBriefMarkdown(brief));
        }
        c.header('content-type', 'application/pdf');
        return c.body(Buffer.from(await renderBriefPdf(brief, deps.clock())));
      },
    );

    const directoryPage = async (c: Context<AppEnv>, problems?: string[]) => {
      const org = c.var.org;
      const { directory, requests } = await deps.db.withOrg(org.id, async (tx) => ({
        directory: await directoryOf(tx),
        requests: (
          await tx.query<{
            created_at: string;
            requested_by: string | null;
            firms: string[];
            profile: { frameworks?: string[] };
          }>(
            'SELECT created_at::text, requested_by, firms, profile FROM auditor_requests ORDER BY created_at DESC LIMIT 100',
          )
        ).rows,
      }));
      const issues = checkDirectory(directory, today(deps)).map((issue) => ({
        file: directory.file,
        issue,
        text: formatIssue(directory.file, issue),
      }));
      const body = directoryHtml({
        slug: org.slug,
        csrf: deps.pages.csrfField(c.var.csrfToken),
        directory: { ...directory, firms: directory.firms.length },
        issues,
        requests,
        ...(problems ? { problems } : {}),
      });
      return c.html(
        deps.pages.render({
          title: 'Auditor directory',
          body,
          org,
          ...principalUser(c),
          csrfToken: c.var.csrfToken,
        }),
        problems ? 400 : 200,
      );
    };

    app.get('/orgs/:org/auditors/directory', deps.auth.org({ kind: 'page', roles: ADMIN_ROLES }), (c) =>
      directoryPage(c),
    );

    app.post(
      '/orgs/:org/auditors/directory',
      deps.auth.org({ kind: 'page', roles: ADMIN_ROLES }),
      async (c) => {
        const form = await c.req.parseBody();
        const text = typeof form.yaml === 'string' ? form.yaml : '';
        if (!text.trim()) return directoryPage(c, ['the directory is empty']);
        if (Buffer.byteLength(text) > MAX_DIRECTORY_BYTES)
          return directoryPage(c, ['the directory is over 4 MB']);
        let directory: Directory;
        try {
          directory = parseDirectory('imported directory', text);
        } catch (error) {
          if (error instanceof InputError)
            return directoryPage(c, error.problems.slice(0, 50).map(formatProblem));
          throw error;
        }
        const principal = c.get('principal');
        await deps.db.withOrg(c.var.org.id, (tx) =>
          tx.query(
            `INSERT INTO auditor_directories (id, org_id, imported_at, imported_by, name, checked, body)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [
              randomUUID(),
              c.var.org.id,
              deps.clock().toISOString(),
              principal?.kind === 'user' ? principal.email : null,
              directory.name,
              directory.checked,
              text,
            ],
          ),
        );
        return c.redirect(`/orgs/${c.var.org.slug}/auditors/directory`, 303);
      },
    );
  },
};
