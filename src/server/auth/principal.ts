import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Database } from '../db/database.js';
import type { AppEnv, Principal, TokenScope } from '../types.js';
import { sameSecret, secretHash, TOKEN_PREFIX } from './secrets.js';
import { rememberedToken, rememberToken } from './tokenCache.js';

export const SESSION_COOKIE = 'tm_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function fromToken(db: Database, token: string): Promise<Principal | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
  const hash = secretHash(token);
  const remembered = rememberedToken(db, hash);
  if (remembered) return remembered;
  // On every API call: one round trip (settings and look-up in one simple query; the parameter is a hex hash).
  const rows = await db.appStatement<{
    token_id: string;
    org_id: string;
    slug: string;
    name: string;
    scopes: TokenScope[];
  }>('SELECT * FROM trustmap_token_org($1)', [hash]);
  const row = rows[0];
  if (!row) return undefined;
  const principal: Principal = {
    kind: 'token',
    tokenId: row.token_id,
    orgId: row.org_id,
    orgSlug: row.slug,
    orgName: row.name,
    scopes: row.scopes,
  };
  rememberToken(db, hash, principal);
  return principal;
}

/** The signed-in person of a session cookie, or undefined. */
export async function sessionUser(
  db: Database,
  cookie: string | undefined,
  now: Date,
): Promise<Principal | undefined> {
  if (!cookie || cookie.length > 200) return undefined;
  const rows = await db.withApp(async (tx) => {
    const result = await tx.query<{
      user_id: string;
      email: string;
      name: string | null;
      csrf_token: string;
    }>('SELECT * FROM trustmap_session_user($1, $2)', [secretHash(cookie), now.toISOString()]);
    return result.rows;
  });
  const row = rows[0];
  return row
    ? { kind: 'user', userId: row.user_id, email: row.email, name: row.name, csrfToken: row.csrf_token }
    : undefined;
}

async function submittedCsrf(c: Context<AppEnv>): Promise<string | undefined> {
  const header = c.req.header('x-csrf-token');
  if (header) return header;
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data'))
    return undefined;
  const body = await c.req.parseBody();
  const field = body._csrf;
  return typeof field === 'string' ? field : undefined;
}

/**
 * Finds who is calling (a bearer API token, else the session cookie) and sets `c.var.principal`. A request
 * that changes something on the strength of a cookie must carry the session's CSRF token (form field `_csrf`
 * or header `x-csrf-token`), else 403: cookies ride along on cross-site requests, tokens in pages do not.
 */
export function principalMiddleware(db: Database, clock: () => Date): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const principal = match?.[1] ? await fromToken(db, match[1]) : undefined;
      if (!principal) return c.json({ error: 'invalid or revoked API token' }, 401);
      c.set('principal', principal);
      return next();
    }
    const principal = await sessionUser(db, getCookie(c, SESSION_COOKIE), clock());
    if (principal?.kind === 'user') {
      c.set('principal', principal);
      c.set('csrfToken', principal.csrfToken);
      if (UNSAFE.has(c.req.method) && !sameSecret(await submittedCsrf(c), principal.csrfToken))
        return c.text('Forbidden: missing or wrong CSRF token. Reload the page and try again.', 403);
    }
    return next();
  };
}
