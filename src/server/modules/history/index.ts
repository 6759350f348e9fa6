import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { UsageError } from '../../../errors/index.js';
import { historyCsv } from '../../history/csv.js';
import { loadHistory } from '../../history/load.js';
import {
  driftEvents,
  expiringEvidence,
  probeEvents,
  subprocessorChangeEvents,
} from '../../history/queries.js';
import { addDays, type DayWindow, dayOf, resolveWindow } from '../../history/window.js';
import type { AppEnv, ServerApp, ServerDeps, ServerModule } from '../../types.js';

const Org = z.object({ org: z.string() });
const WindowQuery = z.object({
  from: z.string().optional().openapi({ description: 'first day (YYYY-MM-DD); default: `days` before `to`' }),
  to: z.string().optional().openapi({ description: 'last day (YYYY-MM-DD); default: today' }),
  days: z.coerce
    .number()
    .int()
    .min(1)
    .max(731)
    .optional()
    .openapi({ description: 'window length when `from` is absent (90)' }),
});
const ErrorBody = z.object({ error: z.string() });
const Json = (description: string) => ({
  description,
  content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
});
const bad = { 400: { description: 'bad window', content: { 'application/json': { schema: ErrorBody } } } };

function windowOf(
  c: Context<AppEnv>,
  deps: ServerDeps,
  query: z.infer<typeof WindowQuery>,
): DayWindow | Response {
  try {
    return resolveWindow(query, deps.clock());
  } catch (error) {
    if (error instanceof UsageError) return c.json({ error: error.message }, 400);
    throw error;
  }
}

const CONTROL_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** History over a window: per control per day, exceptions, summaries; drift, sub-processors, probes, evidence. */
export const historyModule: ServerModule = {
  name: 'history',
  migrations: [],
  routes(app: ServerApp, deps: ServerDeps) {
    for (const path of [
      'history',
      'history.csv',
      'controls/:control/history',
      'drift',
      'subprocessor-changes',
      'probes',
      'evidence/expiring',
    ])
      app.use(`/api/orgs/:org/${path}`, deps.auth.org());

    app.openapi(
      createRoute({
        method: 'get',
        path: '/api/orgs/{org}/history',
        summary: 'Every control’s status per day over the window, with exceptions and operating summaries',
        request: { params: Org, query: WindowQuery },
        responses: { 200: Json('history'), ...bad },
      }),
      async (c) => {
        const window = windowOf(c, deps, c.req.valid('query'));
        if (window instanceof Response) return window as never;
        const controls = await loadHistory(deps.db, c.var.org.id, window);
        return c.json({ org: c.var.org.slug, ...window, controls }, 200);
      },
    );

    app.openapi(
      createRoute({
        method: 'get',
        path: '/api/orgs/{org}/history.csv',
        summary: 'The same history as CSV, one row per control per day (for auditors)',
        request: { params: Org, query: WindowQuery.extend({ control: z.string().max(100).optional() }) },
        responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...bad },
      }),
      async (c) => {
        const query = c.req.valid('query');
        const window = windowOf(c, deps, query);
        if (window instanceof Response) return window as never;
        if (query.control && !CONTROL_ID.test(query.control))
          return c.json({ error: 'not a control id' }, 400) as never;
        const history = await loadHistory(deps.db, c.var.org.id, window, query.control);
        c.header(
          'content-disposition',
          `attachment; filename="trustmap-history-${c.var.org.slug}-${window.from}-${window.to}.csv"`,
        );
        return c.body(historyCsv(history), 200, { 'content-type': 'text/csv; charset=utf-8' });
      },
    );

    app.openapi(
      createRoute({
        method: 'get',
        path: '/api/orgs/{org}/controls/{control}/history',
        summary: 'One control over the window',
        request: { params: Org.extend({ control: z.string().max(100) }), query: WindowQuery },
        responses: {
          200: Json('control history'),
          404: {
            description: 'no such control here',
            content: { 'application/json': { schema: ErrorBody } },
          },
          ...bad,
        },
      }),
      async (c) => {
        const { control } = c.req.valid('param');
        const window = windowOf(c, deps, c.req.valid('query'));
        if (window instanceof Response) return window as never;
        if (!CONTROL_ID.test(control)) return c.json({ error: 'not found' }, 404);
        const [history] = await loadHistory(deps.db, c.var.org.id, window, control);
        if (!history) return c.json({ error: 'not found' }, 404);
        if (history.summary.daysNoData === history.summary.daysInWindow) {
          const known = await deps.db.withOrg(c.var.org.id, (tx) =>
            tx.query('SELECT 1 FROM control_results WHERE control_id = $1 LIMIT 1', [control]),
          );
          if (known.rows.length === 0) return c.json({ error: 'not found' }, 404);
        }
        return c.json({ org: c.var.org.slug, ...window, control: history }, 200);
      },
    );

    const events = (
      path: string,
      summary: string,
      load: (
        tx: Parameters<Parameters<typeof deps.db.withOrg>[1]>[0],
        window: DayWindow,
      ) => Promise<unknown[]>,
    ) =>
      app.openapi(
        createRoute({
          method: 'get',
          path: `/api/orgs/{org}/${path}`,
          summary,
          request: { params: Org, query: WindowQuery },
          responses: { 200: Json(summary), ...bad },
        }),
        async (c) => {
          const window = windowOf(c, deps, c.req.valid('query'));
          if (window instanceof Response) return window as never;
          const items = await deps.db.withOrg(c.var.org.id, (tx) => load(tx, window));
          return c.json({ org: c.var.org.slug, ...window, items }, 200);
        },
      );
    events('drift', 'Drift between the map and the code, per run, in the window', driftEvents);
    events(
      'subprocessor-changes',
      'Sub-processors added, removed or changed in the window',
      subprocessorChangeEvents,
    );
    events('probes', 'Probe results in the window', probeEvents);

    app.openapi(
      createRoute({
        method: 'get',
        path: '/api/orgs/{org}/evidence/expiring',
        summary: 'Evidence that has expired or expires within `days` (30)',
        request: {
          params: Org,
          query: z.object({ days: z.coerce.number().int().min(0).max(3650).default(30) }),
        },
        responses: { 200: Json('expiring evidence') },
      }),
      async (c) => {
        const { days } = c.req.valid('query');
        const today = dayOf(deps.clock());
        const items = await deps.db.withOrg(c.var.org.id, (tx) => expiringEvidence(tx, addDays(today, days)));
        return c.json({ org: c.var.org.slug, today, items }, 200);
      },
    );
  },
};
