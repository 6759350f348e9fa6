import type { Database } from '../db/database.js';
import { secretHash } from './secrets.js';

/** At most `limit` failed attempts per key within `windowMs`; a success clears the key. */
export interface AttemptLimiter {
  /** Seconds until every one of `keys` may try again, or 0 when they may now. */
  retryAfter(keys: readonly string[]): Promise<number>;
  fail(keys: readonly string[]): Promise<void>;
  succeed(keys: readonly string[]): Promise<void>;
}

/**
 * A limiter kept in the server's database, so several server processes on one PostgreSQL share it (and a
 * restart does not reset it). Keys are stored as hashes; attempts older than the window are dropped on each
 * failure, so the table holds one window's worth at most.
 * @example const limiter = attemptLimiter(deps.db, { scope: 'login', limit: 5, windowMs: 15 * 60_000, clock: deps.clock });
 */
export function attemptLimiter(
  db: Pick<Database, 'withApp'>,
  options: { scope: string; limit: number; windowMs: number; clock: () => Date },
): AttemptLimiter {
  const { scope, limit, windowMs, clock } = options;
  const hashes = (keys: readonly string[]) => [...new Set(keys)].map((key) => secretHash(`${scope}:${key}`));
  return {
    async retryAfter(keys) {
      const now = clock().getTime();
      const { rows } = await db.withApp((tx) =>
        tx.query<{ n: number; oldest: Date | string }>('SELECT * FROM trustmap_attempts_recent($1, $2, $3)', [
          scope,
          hashes(keys),
          new Date(now - windowMs).toISOString(),
        ]),
      );
      let wait = 0;
      for (const row of rows)
        if (row.n >= limit)
          wait = Math.max(wait, Math.ceil((new Date(row.oldest).getTime() + windowMs - now) / 1000), 1);
      return wait;
    },
    async fail(keys) {
      const now = clock().getTime();
      await db.withApp((tx) =>
        tx.query('SELECT trustmap_attempts_fail($1, $2, $3, $4)', [
          scope,
          hashes(keys),
          new Date(now).toISOString(),
          new Date(now - windowMs).toISOString(),
        ]),
      );
    },
    async succeed(keys) {
      await db.withApp((tx) => tx.query('SELECT trustmap_attempts_clear($1, $2)', [scope, hashes(keys)]));
    },
  };
}
