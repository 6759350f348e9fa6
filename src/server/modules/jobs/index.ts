import { createRoute, z } from '@hono/zod-openapi';
import { InputError } from '../../../errors/index.js';
import { jobsSchemaSql, listSources, registerSource, type SqlRunner } from '../../../jobs/index.js';
import { sameSecret } from '../../auth/secrets.js';
import { ADMIN_ROLES, type ServerApp, type ServerDeps, type ServerModule } from '../../types.js';
import { jobsPageBody } from './page.js';
import { repositoryProblem, SourceBody, specOf } from './sourceInput.js';
import { serverJobs } from './start.js';
import { jobsSchemaOf } from './store.js';

const TABLES = ['source', 'result', 'result_body', 'job_run', 'notification', 'channel'];
const J = '{{schema}}_jobs';

/** The jobs store beside the server's tables, forced under row-level security for the application role. */
const migration = [
  ...jobsSchemaSql(J, { template: true }),
  ...TABLES.map((table) => `ALTER TABLE ${J}.${table} FORCE ROW LEVEL SECURITY`),
  `GRANT USAGE ON SCHEMA ${J} TO {{app_role}}`,
  `GRANT SELECT, INSERT, UPDATE, DELETE ON ${J}.source, ${J}.channel TO {{app_role}}`,
  `GRANT SELECT, INSERT ON ${J}.result TO {{app_role}}`,
  `GRANT SELECT ON ${J}.job_run, ${J}.notification TO {{app_role}}`,
].join(';\n');

const Org = z.object({ org: z.string() });
const json = (description: string) => ({
  description,
  content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
});

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Sources the server collects itself (repositories, databases and RAG endpoints to probe, each on a cron
 * schedule), an admin page with the organisation's queue, durations and failures, and `/metrics`.
 */
export const jobsModule: ServerModule = {
  name: 'jobs',
  migrations: [migration],
  routes(app: ServerApp, deps: ServerDeps) {
    const schema = jobsSchemaOf(deps.db.schema);
    const env = process.env;

    app.use('/api/orgs/:org/sources', async (c, next) =>
      deps.auth.org(c.req.method === 'GET' ? {} : { roles: ADMIN_ROLES })(c, next),
    );
    app.use('/api/orgs/:org/sources/:id/run', deps.auth.org({ roles: ADMIN_ROLES }));
    app.openapi(
      createRoute({
        method: 'get',
        path: '/api/orgs/{org}/sources',
        summary: 'The sources the server collects itself for the organisation, with their schedules',
        request: { params: Org },
        responses: { 200: json('sources') },
      }),
      async (c) => {
        const sources = await deps.db.withOrg(c.var.org.id, (tx) =>
          listSources(tx as SqlRunner, schema, c.var.org.id),
        );
        return c.json({ sources }, 200);
      },
    );

    app.openapi(
      createRoute({
        method: 'post',
        path: '/api/orgs/{org}/sources',
        summary:
          'Registers (or updates, by name) a repository, database or RAG endpoint to collect on a schedule',
        request: {
          params: Org,
          body: { content: { 'application/json': { schema: SourceBody } }, required: true },
        },
        responses: { 201: json('the source'), 400: json('invalid source') },
      }),
      async (c) => {
        const body = c.req.valid('json');
        const spec = specOf(body);
        if (spec.kind === 'repository') {
          const problem = repositoryProblem(spec.config.url, env);
          if (problem) return c.json({ error: problem }, 400);
        }
        try {
          const source = await deps.db.withOrg(c.var.org.id, (tx) =>
            registerSource(
              tx as SqlRunner,
              schema,
              {
                orgId: c.var.org.id,
                name: body.name,
                spec,
                ...(body.schedule ? { schedule: body.schedule } : {}),
              },
              deps.clock(),
            ),
          );
          return c.json({ source }, 201);
        } catch (error) {
          if (error instanceof InputError) return c.json({ error: error.message }, 400);
          throw error;
        }
      },
    );

    app.openapi(
      createRoute({
        method: 'post',
        path: '/api/orgs/{org}/sources/{id}/run',
        summary: 'Makes a source due now; the scheduler admits it within the organisation’s fair share',
        request: { params: Org.extend({ id: z.string().max(100) }) },
        responses: { 202: json('queued'), 404: json('no such source') },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const { rows } = await deps.db.withOrg(c.var.org.id, (tx) =>
          tx.query(`UPDATE ${schema}.source SET next_run_at = $2 WHERE id = $1 RETURNING id`, [
            id,
            deps.clock(),
          ]),
        );
        return rows.length ? c.json({ queued: true }, 202) : c.json({ error: 'not found' }, 404);
      },
    );

    app.use('/api/orgs/:org/channel', deps.auth.org({ roles: ADMIN_ROLES }));
    app.openapi(
      createRoute({
        method: 'put',
        path: '/api/orgs/{org}/channel',
        summary: 'Where the organisation’s notices (evidence about to expire) are posted: an https webhook',
        request: {
          params: Org,
          body: {
            content: { 'application/json': { schema: z.object({ webhookUrl: z.string().max(2000) }) } },
            required: true,
          },
        },
        responses: { 200: json('the channel'), 400: json('not an https URL') },
      }),
      async (c) => {
        const url = URL.parse(c.req.valid('json').webhookUrl);
        // https only: notices leave the server, and a plain-http hook on an internal address invites misuse.
        if (url?.protocol !== 'https:' || url.username || url.password)
          return c.json({ error: 'webhookUrl must be an https URL without credentials' }, 400);
        await deps.db.withOrg(c.var.org.id, (tx) =>
          tx.query(
            `INSERT INTO ${schema}.channel (org_id, webhook_url) VALUES ($1, $2)
             ON CONFLICT (org_id) DO UPDATE SET webhook_url = EXCLUDED.webhook_url`,
            [c.var.org.id, url.href],
          ),
        );
        return c.json({ webhookUrl: url.href }, 200);
      },
    );

    app.get('/orgs/:org/jobs', deps.auth.org({ kind: 'page', roles: ADMIN_ROLES }), async (c) => {
      const org = c.var.org;
      const data = await deps.db.withOrg(org.id, async (tx) => {
        const runner = tx as SqlRunner;
        const sources = await listSources(runner, schema, org.id);
        const last = await runner.query(
          `SELECT DISTINCT ON (source_id) source_id, verdict, collected_at::text AS at FROM ${schema}.result
           ORDER BY source_id, collected_at DESC`,
        );
        const lastBy = new Map(last.rows.map((row) => [String(row.source_id), row]));
        const durations = await runner.query(
          `SELECT kind, count(*)::int AS runs, avg(duration_ms)::int AS avg_ms, max(duration_ms)::int AS max_ms
           FROM ${schema}.job_run WHERE finished_at > now() - interval '7 days' GROUP BY kind ORDER BY kind`,
        );
        const failures = await runner.query(
          `SELECT kind, attempt, coalesce(error, outcome) AS error, finished_at::text AS at FROM ${schema}.job_run
           WHERE outcome <> 'completed' ORDER BY finished_at DESC LIMIT 20`,
        );
        return {
          sources: sources.map((source) => {
            const row = lastBy.get(source.id);
            return row
              ? { ...source, lastVerdict: String(row.verdict), lastCollectedAt: String(row.at) }
              : source;
          }),
          durations: durations.rows.map((row) => ({
            kind: String(row.kind),
            runs: Number(row.runs),
            avgMs: Number(row.avg_ms),
            maxMs: Number(row.max_ms),
          })),
          failures: failures.rows.map((row) => ({
            kind: String(row.kind),
            attempt: Number(row.attempt),
            error: String(row.error),
            finishedAt: String(row.at),
          })),
        };
      });
      const jobs = serverJobs(deps);
      const depth = jobs ? await jobs.queue.depth(org.id) : [];
      const principal = c.get('principal');
      return c.html(
        deps.pages.render({
          title: 'Scheduled collection',
          body: jobsPageBody({ ...data, depth, working: Boolean(jobs) }),
          org,
          ...(principal?.kind === 'user' ? { user: { email: principal.email } } : {}),
          ...(c.var.csrfToken ? { csrfToken: c.var.csrfToken } : {}),
        }),
      );
    });

    app.get('/metrics', async (c) => {
      // Metrics name organisations: with TRUSTMAP_METRICS_TOKEN set a scraper must present it; without, only
      // this machine may ask.
      const token = env.TRUSTMAP_METRICS_TOKEN;
      const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
        ?.incoming;
      const allowed = token
        ? sameSecret(c.req.header('authorization') ?? '', `Bearer ${token}`)
        : loopback.has(incoming?.socket?.remoteAddress ?? '');
      if (!allowed) return c.text('forbidden\n', 403);
      const jobs = serverJobs(deps);
      if (!jobs) return c.text('jobs are not running on this node\n', 503);
      return c.body(await jobs.metrics(), 200, {
        'content-type': 'text/plain; version=0.0.4; charset=utf-8',
      });
    });
  },
};
