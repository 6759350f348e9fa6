import { randomUUID } from 'node:crypto';
import { UsageError } from '../../errors/index.js';
import { hashPassword } from '../auth/password.js';
import { randomSecret, secretHash, TOKEN_PREFIX } from '../auth/secrets.js';
import { forgetTokens } from '../auth/tokenCache.js';
import type { Database } from '../db/database.js';
import type { Tx } from '../db/driver.js';
import { ROLES, type Role, TOKEN_SCOPES, type TokenScope } from '../types.js';

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;

/** Checks an organisation slug: lower-case letters, digits and dashes (it appears in URLs). */
export function checkSlug(slug: string): string {
  if (!SLUG.test(slug))
    throw new UsageError(
      `organisation \`${slug}\` is not a slug`,
      'use lower-case letters, digits and -, e.g. acme-ai',
    );
  return slug;
}

/** The organisation's id, making it when it does not exist yet. Runs as the owner (administration only). */
export async function ensureOrg(
  tx: Tx,
  slug: string,
  name?: string,
): Promise<{ id: string; created: boolean }> {
  checkSlug(slug);
  const found = await tx.query<{ id: string }>('SELECT id FROM orgs WHERE slug = $1', [slug]);
  if (found.rows[0]) return { id: found.rows[0].id, created: false };
  const id = randomUUID();
  await tx.query('INSERT INTO orgs (id, slug, name) VALUES ($1, $2, $3)', [id, slug, name ?? slug]);
  return { id, created: true };
}

async function orgId(tx: Tx, slug: string): Promise<string> {
  const { rows } = await tx.query<{ id: string }>('SELECT id FROM orgs WHERE slug = $1', [checkSlug(slug)]);
  if (!rows[0])
    throw new UsageError(`no organisation \`${slug}\``, 'create it with `trustmap server user create --org`');
  return rows[0].id;
}

/** What `createUser` did. `password` is set only when it generated one (print it once). */
export interface CreatedUser {
  userId: string;
  orgId: string;
  orgCreated: boolean;
  userCreated: boolean;
  password?: string;
}

/**
 * Adds a person to an organisation with a role, making the organisation and the account when needed. Without a
 * password a random one is generated and returned once.
 */
export async function createUser(
  db: Database,
  input: { email: string; org: string; role: string; password?: string; name?: string; orgName?: string },
): Promise<CreatedUser> {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) throw new UsageError(`\`${input.email}\` is not an e-mail address`);
  if (!ROLES.includes(input.role as Role))
    throw new UsageError(`role \`${input.role}\` is unknown`, `use one of ${ROLES.join(', ')}`);
  if (input.password !== undefined && input.password.length < 12)
    throw new UsageError('the password is shorter than 12 characters');
  const generated = input.password === undefined ? randomSecret().slice(0, 24) : undefined;
  const hash = await hashPassword(input.password ?? generated ?? '');
  return db.withOwner(async (tx) => {
    const org = await ensureOrg(tx, input.org, input.orgName);
    const existing = await tx.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [email]);
    let userId = existing.rows[0]?.id;
    const userCreated = !userId;
    if (!userId) {
      userId = randomUUID();
      await tx.query('INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, $4)', [
        userId,
        email,
        input.name ?? null,
        hash,
      ]);
    } else if (input.password !== undefined) {
      await tx.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, hash]);
    }
    await tx.query(
      `INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (org_id, user_id) DO UPDATE SET role = excluded.role`,
      [org.id, userId, input.role],
    );
    return {
      userId,
      orgId: org.id,
      orgCreated: org.created,
      userCreated,
      ...(userCreated && generated ? { password: generated } : {}),
    };
  });
}

/** A new API token for an organisation; the secret is returned once and only its hash is stored. */
export async function createToken(
  db: Database,
  input: { org: string; name: string; scopes: readonly string[] },
): Promise<{ id: string; token: string; scopes: TokenScope[] }> {
  const scopes = [...new Set(input.scopes)];
  for (const scope of scopes)
    if (!TOKEN_SCOPES.includes(scope as TokenScope))
      throw new UsageError(`scope \`${scope}\` is unknown`, `use ${TOKEN_SCOPES.join(' or ')}`);
  if (scopes.length === 0)
    throw new UsageError('a token needs at least one scope', 'use --scope push or --scope read');
  const name = input.name.trim();
  if (!name || name.length > 100) throw new UsageError('the token name must be 1 to 100 characters');
  const token = randomSecret(TOKEN_PREFIX);
  const id = randomUUID();
  await db.withOwner(async (tx) => {
    const org = await orgId(tx, input.org);
    await tx.query(
      'INSERT INTO api_tokens (id, org_id, name, token_hash, scopes) VALUES ($1, $2, $3, $4, $5::jsonb)',
      [id, org, name, secretHash(token), JSON.stringify(scopes)],
    );
  });
  return { id, token, scopes: scopes as TokenScope[] };
}

/** Revokes an organisation's tokens by name; returns how many. */
export async function revokeToken(db: Database, input: { org: string; name: string }): Promise<number> {
  const revoked = await db.withOwner(async (tx) => {
    const org = await orgId(tx, input.org);
    const { rows } = await tx.query(
      'UPDATE api_tokens SET revoked_at = now() WHERE org_id = $1 AND name = $2 AND revoked_at IS NULL RETURNING id',
      [org, input.name],
    );
    return rows.length;
  });
  forgetTokens(db);
  return revoked;
}

/** The organisation id for a slug (administration commands). */
export async function findOrg(db: Database, slug: string): Promise<string> {
  return db.withOwner((tx) => orgId(tx, slug));
}
