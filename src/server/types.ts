import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { SigningKey } from '../core/signing.js';
import type { ServerConfig } from './config.js';
import type { Database } from './db/database.js';
import type { Tx } from './db/driver.js';
import type { PageOptions } from './html/layout.js';
import type { LedgerEntry, LedgerRecord } from './ledger/types.js';

/** Membership roles, most to least powerful. Auditors and viewers only read. */
export const ROLES = ['owner', 'admin', 'member', 'auditor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
/** Everyone who belongs to the organisation. */
export const READ_ROLES: readonly Role[] = ROLES;
/** Those who may change or add data. */
export const WRITE_ROLES: readonly Role[] = ['owner', 'admin', 'member'];
/** Those who manage the organisation (tokens, checkpoints, members). */
export const ADMIN_ROLES: readonly Role[] = ['owner', 'admin'];

/** What an API token may do. `read`: GET routes; `push`: send runs. */
export const TOKEN_SCOPES = ['read', 'push'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** Who is calling: a signed-in person (cookie) or an API token (bearer). */
export type Principal =
  | { kind: 'user'; userId: string; email: string; name: string | null; csrfToken: string }
  | { kind: 'token'; tokenId: string; orgId: string; orgSlug: string; orgName: string; scopes: TokenScope[] };

/** The organisation a route works on, after the guard resolved `:org` and checked access. */
export interface OrgContext {
  id: string;
  slug: string;
  name: string;
  /** The person's role; for a token, the role its scopes amount to (`member` with push, else `viewer`). */
  role: Role;
}

/** Hono environment of every route: what the middlewares put on the context. */
export interface AppEnv {
  Variables: {
    principal?: Principal;
    org: OrgContext;
    /** CSRF token of the current session or login form, for `deps.pages.csrfField(c)`. */
    csrfToken?: string;
  };
}

/** The application modules register routes on (OpenAPI-aware Hono). */
export type ServerApp = OpenAPIHono<AppEnv>;

/** Access a route needs. */
export interface AccessRule {
  /** Roles allowed (default: READ_ROLES for GET/HEAD, WRITE_ROLES otherwise). */
  roles?: readonly Role[];
  /** Token scope required when called with an API token (default: `read` for GET/HEAD; no token otherwise). */
  scope?: TokenScope;
  /** `api` answers 401/403/404 JSON; `page` redirects to /login and renders error pages. Default `api`. */
  kind?: 'api' | 'page';
}

/** Guards a module uses on its routes. */
export interface AuthGuards {
  /**
   * Middleware for routes under `/…/:org/…`: resolves the organisation by slug, checks the caller's role and
   * token scope, and sets `c.var.org`. Not a member (or another organisation's token): 404, so ids of other
   * organisations are indistinguishable from ids that do not exist. A member without the role: 403.
   */
  org(rule?: AccessRule): MiddlewareHandler<AppEnv>;
  /** Middleware that requires a signed-in person (pages), redirecting to /login otherwise. */
  user(): MiddlewareHandler<AppEnv>;
}

/** Renders server-side HTML pages in the shared layout. */
export interface Pages {
  /** A full HTML page in the shared layout (navigation, dark mode, phone width). `body` is trusted HTML. */
  render(options: PageOptions): string;
  /** `<input type="hidden" name="_csrf" …>` for a form posted by the signed-in person. */
  csrfField(csrfToken: string | undefined): string;
}

/** What every module gets. */
export interface ServerDeps {
  config: ServerConfig;
  /** The one database module: `db.withOrg(orgId, (tx) => …)` for all request work. */
  db: Database;
  auth: AuthGuards;
  /** The server's Ed25519 key (ledger entries, checkpoints, exports). */
  signingKey: SigningKey;
  ledger: {
    /** Appends a record to the organisation's chain inside the caller's `withOrg` transaction. */
    append(tx: Tx, orgId: string, record: LedgerRecord): Promise<LedgerEntry>;
  };
  /** The server's clock (`TRUSTMAP_NOW` pins it). */
  clock: () => Date;
  pages: Pages;
}

/**
 * A server module: its own tables (SQL migrations, applied in order after the core ones, each once) and routes.
 * Register it in `src/server/modules/index.ts`.
 */
export interface ServerModule {
  /** Unique, lower-case: migration ids are `<name>:<n>`. */
  name: string;
  /** SQL texts; `{{app_role}}` and `{{schema}}` are substituted. Append only, never edit a shipped one. */
  migrations: readonly string[];
  routes(app: ServerApp, deps: ServerDeps): void;
}
