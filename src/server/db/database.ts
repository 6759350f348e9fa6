import type { Driver, Tx } from './driver.js';
import { sqlLiteral } from './literal.js';

/**
 * THE way server code reaches the database. Every request's work runs in one transaction as the non-owner
 * application role, with the organisation set for row-level security:
 *
 * ```sql
 * SELECT set_config('search_path', $schema, true), set_config('role', $appRole, true),
 *        set_config('app.org_id', $orgId, true)
 * ```
 *
 * `true` makes each setting local to the transaction, so nothing leaks to the next request on a pooled
 * connection. Policies read the organisation with `trustmap_org_id()`; tables are `FORCE ROW LEVEL SECURITY`, so
 * even their owner is filtered. The role switch is `SET LOCAL ROLE` (through `set_config('role')`): PGlite has a
 * single login, and on PostgreSQL it lets one connection string run both migrations and requests. No request
 * code takes SQL text from users, so nothing can `RESET ROLE`.
 */
export interface Database {
  readonly kind: Driver['kind'];
  readonly schema: string;
  readonly appRole: string;
  /** Runs `fn` as the application role with `app.org_id` set: it sees and writes only that organisation's rows. */
  withOrg<T>(orgId: string, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` as the application role with no organisation: org-owned tables look empty. For sign-in and token
   * look-ups, which go through narrow SECURITY DEFINER functions (`trustmap_login_user`, `trustmap_token_org`, …).
   */
  withApp<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * One statement as the application role with no organisation, in a transaction of its own and, on PostgreSQL,
   * in one round trip with its settings (a token look-up on every API call). Parameters are written in as
   * literals (`inlineParams`): our own statements only.
   */
  appStatement<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /**
   * Runs `fn` as the connecting (owning) user, bypassing nothing but also bounded by nothing. Only for
   * migrations, the `trustmap server …` administration commands, the demo seed and tests; never from a request.
   */
  withOwner<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a canonical UUID text (organisation and record ids). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Wraps a driver in the organisation-scoped transactions described on {@link Database}. */
export function createDatabase(driver: Driver, options: { schema: string; appRole: string }): Database {
  const { schema, appRole } = options;
  // Sent with BEGIN in one round trip, so written as literals: the schema and role are checked identifiers
  // (server config) and the organisation a checked UUID or empty; quoted all the same.
  const settings = (orgId: string) =>
    `SELECT set_config('search_path', ${sqlLiteral(schema)}, true), set_config('role', ${sqlLiteral(appRole)}, true), set_config('app.org_id', ${sqlLiteral(orgId)}, true)`;
  const scoped = <T>(orgId: string, fn: (tx: Tx) => Promise<T>) => driver.transaction(fn, settings(orgId));
  return {
    kind: driver.kind,
    schema,
    appRole,
    withOrg(orgId, fn) {
      // An id that is not a UUID would make the policy's cast throw; no organisation has it, so nothing is found.
      if (!isUuid(orgId)) throw new Error(`organisation id is not a UUID: ${orgId.slice(0, 40)}`);
      return scoped(orgId, fn);
    },
    withApp: (fn) => scoped('', fn),
    appStatement: (text, params) => driver.single(settings(''), text, params),
    withOwner: (fn) =>
      driver.transaction(fn, `SELECT set_config('search_path', ${sqlLiteral(schema)}, true)`),
    close: () => driver.close(),
  };
}
