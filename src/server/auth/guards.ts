import type { Context, MiddlewareHandler } from 'hono';
import type { Database } from '../db/database.js';
import { renderPage } from '../html/layout.js';
import {
  type AccessRule,
  type AppEnv,
  type AuthGuards,
  type OrgContext,
  READ_ROLES,
  type Role,
  WRITE_ROLES,
} from '../types.js';

const SAFE = new Set(['GET', 'HEAD']);
const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

function deny(c: Context<AppEnv>, kind: 'api' | 'page', status: 401 | 403 | 404) {
  if (kind === 'page') {
    if (status === 401) return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
    const title = status === 403 ? 'Not allowed' : 'Not found';
    return c.html(
      renderPage({
        title,
        body: `<p>${status === 403 ? 'Your role does not allow this.' : 'There is nothing here.'}</p>`,
      }),
      status,
    );
  }
  const error =
    status === 401
      ? 'sign in or send an API token'
      : status === 403
        ? 'your role or token scope does not allow this'
        : 'not found';
  return c.json({ error }, status);
}

/** The role a token's scopes amount to: it can push like a member, or only read like a viewer. */
function tokenRole(scopes: readonly string[]): Role {
  return scopes.includes('push') ? 'member' : 'viewer';
}

/** Builds the guards on top of the database module. */
export function createGuards(db: Database): AuthGuards {
  return {
    org(rule: AccessRule = {}): MiddlewareHandler<AppEnv> {
      const kind = rule.kind ?? 'api';
      return async (c, next) => {
        const safe = SAFE.has(c.req.method);
        const roles = rule.roles ?? (safe ? READ_ROLES : WRITE_ROLES);
        const principal = c.get('principal');
        if (!principal) return deny(c, kind, 401);
        const slug = c.req.param('org') ?? '';
        if (!SLUG.test(slug)) return deny(c, kind, 404);
        let org: OrgContext | undefined;
        if (principal.kind === 'token') {
          if (principal.orgSlug !== slug) return deny(c, kind, 404);
          const scope = rule.scope ?? (safe ? 'read' : undefined);
          if (!scope || !principal.scopes.includes(scope)) return deny(c, kind, 403);
          org = { id: principal.orgId, slug, name: principal.orgName, role: tokenRole(principal.scopes) };
        } else {
          const orgs = await db.withApp(async (tx) => {
            const result = await tx.query<{ org_id: string; slug: string; name: string; role: Role }>(
              'SELECT * FROM trustmap_user_orgs($1)',
              [principal.userId],
            );
            return result.rows;
          });
          const membership = orgs.find((row) => row.slug === slug);
          if (!membership) return deny(c, kind, 404);
          org = { id: membership.org_id, slug, name: membership.name, role: membership.role };
        }
        if (!roles.includes(org.role)) return deny(c, kind, 403);
        c.set('org', org);
        return next();
      };
    },
    user(): MiddlewareHandler<AppEnv> {
      return async (c, next) => {
        if (c.get('principal')?.kind !== 'user') return deny(c, 'page', 401);
        return next();
      };
    },
  };
}
