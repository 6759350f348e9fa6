import type { MiddlewareHandler } from 'hono';
import type { AppEnv, ServerDeps } from '../../types.js';

/** Paths an auditor may reach in an organisation: the audit pages and API, nothing else. */
const AUDIT_PATH = /^\/(?:api\/)?orgs\/[^/]+\/audits(?:\/|$)/;

/**
 * Keeps auditors inside their audit. An auditor is a member of the organisation, so every other module's read
 * routes would let them in; this middleware, registered before those routes, answers 404 for any organisation
 * path outside `/audits`, and the audit routes then admit them only to audits they were invited to, whose
 * window bounds what they see.
 */
export function auditorGate(deps: ServerDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (principal?.kind !== 'user' || AUDIT_PATH.test(c.req.path)) return next();
    const slug = c.req.param('org');
    const orgs = await deps.db.withApp((tx) =>
      tx.query<{ slug: string; role: string }>('SELECT slug, role FROM trustmap_user_orgs($1)', [
        principal.userId,
      ]),
    );
    if (orgs.rows.find((row) => row.slug === slug)?.role !== 'auditor') return next();
    if (c.req.path.startsWith('/api/')) return c.json({ error: 'not found' }, 404);
    // Their landing page is the organisation's dashboard, which they may not see: send them to their audits.
    if (/^\/orgs\/[^/]+\/?$/.test(c.req.path)) return c.redirect(`/orgs/${slug}/audits`, 303);
    return c.text('Not found', 404);
  };
}
