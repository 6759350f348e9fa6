import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { Admission } from '../../admission.js';
import { DEFAULT_PUSH_CONCURRENCY } from '../../config.js';
import { PushPayloadSchema, PushReceiptSchema } from '../../push/schema.js';
import { RunConflict, storeRun, UnstorableText } from '../../push/store.js';
import type { ServerApp, ServerDeps, ServerModule } from '../../types.js';
import { WRITE_ROLES } from '../../types.js';

/** Largest push body: a map snapshot, a check run and probe results of a large repository fit well below. */
export const MAX_PUSH_BYTES = 16 * 1024 * 1024;

/** Pushes that may wait for a slot per process before more are turned away with 503 and Retry-After. */
export const PUSH_QUEUE = 256;

const Org = z.object({ org: z.string().openapi({ example: 'acme-ai' }) });
const ErrorBody = z.object({ error: z.string() });

const pushRoute = createRoute({
  method: 'post',
  path: '/api/orgs/{org}/runs',
  summary: 'Store one run of a repository (idempotent by run id)',
  security: [{ token: [] }],
  request: {
    params: Org,
    body: { content: { 'application/json': { schema: PushPayloadSchema } }, required: true },
  },
  responses: {
    201: { description: 'stored', content: { 'application/json': { schema: PushReceiptSchema } } },
    200: {
      description: 'already stored (same run id, same content)',
      content: { 'application/json': { schema: PushReceiptSchema } },
    },
    400: { description: 'invalid payload', content: { 'application/json': { schema: ErrorBody } } },
    409: {
      description: 'run id already stored with different content',
      content: { 'application/json': { schema: ErrorBody } },
    },
  },
});

const RunSummary = z.object({
  runId: z.string(),
  repo: z.string(),
  commit: z.string().nullable(),
  branch: z.string().nullable(),
  collectedAt: z.string(),
  effectiveDate: z.string(),
  ledgerSeq: z.number(),
  demo: z.boolean(),
  summary: z.record(z.string(), z.unknown()),
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/orgs/{org}/runs',
  summary: 'Runs, newest first',
  request: { params: Org, query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }) },
  responses: {
    200: {
      description: 'runs',
      content: { 'application/json': { schema: z.object({ runs: z.array(RunSummary) }) } },
    },
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/orgs/{org}/runs/{runId}',
  summary: 'One run',
  request: { params: Org.extend({ runId: z.string().max(200) }) },
  responses: {
    200: { description: 'the run', content: { 'application/json': { schema: RunSummary } } },
    404: { description: 'not found', content: { 'application/json': { schema: ErrorBody } } },
  },
});

interface RunRow {
  run_id: string;
  repo: string;
  commit_sha: string | null;
  branch: string | null;
  collected_at: string;
  effective_date: string;
  ledger_seq: number;
  demo: boolean;
  summary: Record<string, unknown>;
}

const RUN_COLUMNS = `run_id, repo, commit_sha, branch, to_char(collected_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS collected_at,
  effective_date::text AS effective_date, ledger_seq, demo, summary`;

function runJson(row: RunRow) {
  return {
    runId: row.run_id,
    repo: row.repo,
    commit: row.commit_sha,
    branch: row.branch,
    collectedAt: row.collected_at,
    effectiveDate: row.effective_date,
    ledgerSeq: row.ledger_seq,
    demo: row.demo,
    summary: row.summary,
  };
}

/** `POST /api/orgs/:org/runs` (what `trustmap push` calls) and reading runs back. */
export const pushModule: ServerModule = {
  name: 'push',
  migrations: [],
  routes(app: ServerApp, deps: ServerDeps) {
    app.use('/api/orgs/:org/runs', async (c, next) => {
      if (c.req.method !== 'POST') return next();
      return bodyLimit({
        maxSize: MAX_PUSH_BYTES,
        onError: (c) => c.json({ error: `body larger than ${MAX_PUSH_BYTES} bytes` }, 413),
      })(c, next);
    });
    app.use('/api/orgs/:org/runs', async (c, next) =>
      c.req.method === 'POST'
        ? deps.auth.org({ roles: WRITE_ROLES, scope: 'push' })(c, next)
        : deps.auth.org()(c, next),
    );
    app.use('/api/orgs/:org/runs/:runId', deps.auth.org());
    // After the token check, before the body is read: a push waiting for a slot holds no parsed payload.
    const admission = new Admission(
      deps.config.pushConcurrency ?? DEFAULT_PUSH_CONCURRENCY[deps.db.kind],
      PUSH_QUEUE,
    );
    app.use('/api/orgs/:org/runs', async (c, next) => {
      if (c.req.method !== 'POST') return next();
      const admitted = await admission.run(next);
      if (admitted) return;
      c.header('Retry-After', '1');
      return c.json({ error: 'the server is storing as many pushes as it can; retry shortly' }, 503);
    });

    app.openapi(pushRoute, async (c) => {
      const payload = c.req.valid('json');
      try {
        const receipt = await storeRun(deps, c.var.org.id, payload);
        return c.json(receipt, receipt.status === 'stored' ? 201 : 200);
      } catch (error) {
        if (error instanceof RunConflict) return c.json({ error: error.message }, 409);
        if (error instanceof UnstorableText) return c.json({ error: error.message }, 400);
        throw error;
      }
    });

    app.openapi(listRoute, async (c) => {
      const { limit } = c.req.valid('query');
      const rows = await deps.db.withOrg(c.var.org.id, async (tx) => {
        const result = await tx.query<RunRow>(
          `SELECT ${RUN_COLUMNS} FROM runs ORDER BY collected_at DESC LIMIT $1`,
          [limit],
        );
        return result.rows;
      });
      return c.json({ runs: rows.map(runJson) }, 200);
    });

    app.openapi(getRoute, async (c) => {
      const { runId } = c.req.valid('param');
      const row = await deps.db.withOrg(c.var.org.id, async (tx) => {
        const result = await tx.query<RunRow>(`SELECT ${RUN_COLUMNS} FROM runs WHERE run_id = $1`, [runId]);
        return result.rows[0];
      });
      return row ? c.json(runJson(row), 200) : c.json({ error: 'not found' }, 404);
    });
  },
};
