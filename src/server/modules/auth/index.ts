import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { html } from '../../../core/html.js';
import { dummyHash, verifyPassword } from '../../auth/password.js';
import { SESSION_COOKIE } from '../../auth/principal.js';
import { attemptLimiter } from '../../auth/rateLimit.js';
import { randomSecret, sameSecret, secretHash } from '../../auth/secrets.js';
import type { AppEnv, Role, ServerApp, ServerDeps, ServerModule } from '../../types.js';

const LOGIN_CSRF_COOKIE = 'tm_login_csrf';
const SESSION_HOURS = 12;

/** Only same-site paths after sign-in: never an absolute URL (open redirect). */
function safeNext(next: string | undefined): string {
  return next && /^\/[a-zA-Z0-9/_-]*$/.test(next) && !next.startsWith('//') ? next : '/';
}

function loginPage(
  deps: ServerDeps,
  c: Context<AppEnv>,
  options: { next: string; error?: string; email?: string; status?: 200 | 400 | 403 | 429 },
) {
  const token = randomSecret();
  setCookie(c, LOGIN_CSRF_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/login',
    secure: deps.config.secureCookies,
  });
  const body = html`${options.error ? html`<p class="error" role="alert">${options.error}</p>` : ''}
<form method="post" action="/login" class="stack">
<input type="hidden" name="_csrf" value="${token}"><input type="hidden" name="next" value="${options.next}">
<label for="email">E-mail</label><input id="email" name="email" type="email" autocomplete="username" required value="${options.email ?? ''}">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button></form>`;
  return c.html(deps.pages.render({ title: 'Sign in', body }), options.status ?? 200);
}

/** Sign-in and sign-out pages, the landing redirect, and `/api/me`. */
export const authModule: ServerModule = {
  name: 'auth',
  migrations: [],
  routes(app: ServerApp, deps: ServerDeps) {
    const limiter = attemptLimiter(deps.db, {
      scope: 'login',
      limit: 5,
      windowMs: 15 * 60_000,
      clock: deps.clock,
    });

    app.get('/login', (c) => loginPage(deps, c, { next: safeNext(c.req.query('next')) }));

    app.post('/login', async (c) => {
      const form = await c.req.parseBody();
      const email = String(form.email ?? '')
        .trim()
        .toLowerCase()
        .slice(0, 320);
      const password = String(form.password ?? '');
      const next = safeNext(String(form.next ?? '/'));
      if (!sameSecret(String(form._csrf ?? ''), getCookie(c, LOGIN_CSRF_COOKIE)))
        return loginPage(deps, c, { next, email, error: 'The form expired. Please try again.', status: 403 });
      const address = c.req.header('x-forwarded-for')?.split(',')[0]?.trim() || 'local';
      // Two keys: one account from anywhere, and one address trying many accounts.
      const keys = [`email:${email}`, `ip:${address}`];
      const wait = await limiter.retryAfter(keys);
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        return loginPage(deps, c, {
          next,
          email,
          error: `Too many attempts. Try again in ${Math.ceil(wait / 60)} minutes.`,
          status: 429,
        });
      }
      const user = await deps.db.withApp(async (tx) => {
        const { rows } = await tx.query<{ id: string; password_hash: string }>(
          'SELECT * FROM trustmap_login_user($1)',
          [email],
        );
        return rows[0];
      });
      const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHash()));
      if (!user || !ok) {
        await limiter.fail(keys);
        return loginPage(deps, c, { next, email, error: 'Wrong e-mail or password.', status: 400 });
      }
      await limiter.succeed(keys);
      const session = randomSecret();
      const expires = new Date(deps.clock().getTime() + SESSION_HOURS * 3_600_000);
      await deps.db.withApp((tx) =>
        tx.query('SELECT trustmap_session_start($1, $2, $3, $4)', [
          secretHash(session),
          user.id,
          randomSecret(),
          expires.toISOString(),
        ]),
      );
      deleteCookie(c, LOGIN_CSRF_COOKIE, { path: '/login' });
      setCookie(c, SESSION_COOKIE, session, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        secure: deps.config.secureCookies,
        // Relative, so a browser whose clock differs from the server's (or a pinned TRUSTMAP_NOW) keeps it; the
        // database holds the real expiry.
        maxAge: SESSION_HOURS * 3600,
      });
      return c.redirect(next, 303);
    });

    // The principal middleware has already checked the CSRF field of this form.
    app.post('/logout', async (c) => {
      const cookie = getCookie(c, SESSION_COOKIE);
      if (cookie)
        await deps.db.withApp((tx) =>
          tx.query('SELECT trustmap_session_end($1, $2)', [secretHash(cookie), deps.clock().toISOString()]),
        );
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.redirect('/login', 303);
    });

    app.get('/', deps.auth.user(), async (c) => {
      const principal = c.get('principal');
      if (principal?.kind !== 'user') return c.redirect('/login', 303);
      const orgs = await myOrgs(deps, principal.userId);
      if (orgs.length === 1 && orgs[0]) return c.redirect(`/orgs/${orgs[0].slug}`, 303);
      const body = orgs.length
        ? html`<ul>${orgs.map((org) => html`<li><a href="/orgs/${org.slug}">${org.name}</a> <span class="muted">(${org.role})</span></li>`)}</ul>`
        : html`<p>You do not belong to an organisation yet. An owner can add you with <code>trustmap server user create</code>.</p>`;
      return c.html(
        deps.pages.render({ title: 'Organisations', body, user: principal, csrfToken: principal.csrfToken }),
      );
    });

    app.get('/api/me', async (c) => {
      const principal = c.get('principal');
      if (!principal) return c.json({ error: 'sign in or send an API token' }, 401);
      if (principal.kind === 'token')
        return c.json({ kind: 'token', org: principal.orgSlug, scopes: principal.scopes });
      const orgs = await myOrgs(deps, principal.userId);
      return c.json({
        kind: 'user',
        email: principal.email,
        orgs: orgs.map(({ slug, name, role }) => ({ slug, name, role })),
      });
    });
  },
};

async function myOrgs(deps: ServerDeps, userId: string) {
  return deps.db.withApp(async (tx) => {
    const { rows } = await tx.query<{ org_id: string; slug: string; name: string; role: Role }>(
      'SELECT * FROM trustmap_user_orgs($1)',
      [userId],
    );
    return rows;
  });
}
