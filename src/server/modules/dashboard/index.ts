import type { Context } from 'hono';
import { html } from '../../../core/html.js';
import { loadDashboard } from '../../dashboard/data.js';
import { controlBody, dashboardBody } from '../../dashboard/render.js';
import { loadHistory } from '../../history/load.js';
import { resolveWindow } from '../../history/window.js';
import type { PageOptions } from '../../html/layout.js';
import type { AppEnv, ServerApp, ServerDeps, ServerModule } from '../../types.js';

const DEMO_BANNER =
  'Demo data: a seeded history of the bundled example company (examples/acme-ai), not a real organisation.';

function windowDays(c: Context<AppEnv>): number {
  const days = Number(c.req.query('days') ?? 90);
  return [30, 90, 180, 365].includes(days) ? days : 90;
}

function frame(c: Context<AppEnv>, title: string, body: PageOptions['body'], demo: boolean): PageOptions {
  const principal = c.get('principal');
  return {
    title,
    body,
    org: c.var.org,
    ...(principal?.kind === 'user' ? { user: principal } : {}),
    csrfToken: c.var.csrfToken,
    ...(demo ? { banner: DEMO_BANNER } : {}),
  };
}

async function isDemo(deps: ServerDeps, orgId: string): Promise<boolean> {
  const { rows } = await deps.db.withOrg(orgId, (tx) =>
    tx.query<{ demo: boolean }>('SELECT EXISTS (SELECT 1 FROM runs WHERE demo) AS demo'),
  );
  return rows[0]?.demo ?? false;
}

/** The dashboard and the per-control timeline pages (server-rendered, no client script). */
export const dashboardModule: ServerModule = {
  name: 'dashboard',
  migrations: [],
  routes(app: ServerApp, deps: ServerDeps) {
    const page = deps.auth.org({ kind: 'page' });

    app.get('/orgs/:org', page, async (c) => {
      const days = windowDays(c);
      const now = deps.clock();
      const data = await loadDashboard(deps.db, c.var.org.id, resolveWindow({ days }, now), now);
      return c.html(
        deps.pages.render(
          frame(
            c,
            `${c.var.org.name}: compliance over ${days} days`,
            await dashboardBody(c.var.org.slug, data, days),
            data.demo,
          ),
        ),
      );
    });

    app.get('/orgs/:org/controls', page, (c) =>
      c.redirect(`/orgs/${c.var.org.slug}?days=${windowDays(c)}#timeline`, 303),
    );

    app.get('/orgs/:org/controls/:control', page, async (c) => {
      const control = c.req.param('control');
      const days = windowDays(c);
      if (!/^[A-Za-z0-9._-]{1,100}$/.test(control))
        return c.html(
          deps.pages.render(frame(c, 'Not found', html`<p>There is no such control.</p>`, false)),
          404,
        );
      const [history] = await loadHistory(
        deps.db,
        c.var.org.id,
        resolveWindow({ days }, deps.clock()),
        control,
      );
      if (!history)
        return c.html(
          deps.pages.render(frame(c, 'Not found', html`<p>There is no such control.</p>`, false)),
          404,
        );
      const demo = await isDemo(deps, c.var.org.id);
      return c.html(
        deps.pages.render(
          frame(
            c,
            `${history.controlId}: ${history.title}`,
            await controlBody(c.var.org.slug, history, days),
            demo,
          ),
        ),
      );
    });
  },
};
