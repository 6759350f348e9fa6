import type { Database } from '../db/database.js';
import type { Principal } from '../types.js';

/**
 * Token look-ups remembered on the embedded database (PGlite), where every API call's look-up otherwise waits
 * for the push transaction in progress on PGlite's one connection. Exact there: a PGlite data folder is open in
 * one process only (the data-folder lock), and tokens are revoked only by `revokeToken`
 * (`admin/accounts.ts`), which calls {@link forgetTokens} on the same database object. Only found tokens are
 * remembered (a new token works at once; unknown ones cannot fill the cache), for at most {@link TOKEN_CACHE_MS},
 * which bounds what a row edited by hand in the database could leave behind. Never on PostgreSQL, where another
 * process may revoke a token.
 */
const caches = new WeakMap<Database, Map<string, { principal: Principal; until: number }>>();

/** How long a look-up is remembered (ms). */
export const TOKEN_CACHE_MS = 30_000;
/** How many tokens a database's cache holds; the oldest goes first. */
export const TOKEN_CACHE_SIZE = 1024;

/** The principal remembered for the token whose hash is `hash`, or undefined. */
export function rememberedToken(db: Database, hash: string): Principal | undefined {
  const cache = caches.get(db);
  const found = cache?.get(hash);
  if (!cache || !found) return undefined;
  if (found.until > performance.now()) return found.principal;
  cache.delete(hash);
  return undefined;
}

/** Remembers a found token's principal (on PGlite only). */
export function rememberToken(db: Database, hash: string, principal: Principal): void {
  if (db.kind !== 'pglite') return;
  const cache = caches.get(db) ?? new Map();
  caches.set(db, cache);
  cache.delete(hash);
  if (cache.size >= TOKEN_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(hash, { principal, until: performance.now() + TOKEN_CACHE_MS });
}

/** Forgets every remembered token of `db`: after a token is revoked. */
export function forgetTokens(db: Database): void {
  caches.delete(db);
}
