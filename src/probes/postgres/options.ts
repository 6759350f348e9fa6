import type { SqlClient } from '../client.js';
import type { CanaryRun } from './runs.js';

/** How the application tells the database which tenant a request is for. */
export type TenantContext =
  | { kind: 'setting'; name: string }
  | { kind: 'role'; rolePattern: string }
  | { kind: 'jwt-claims'; setting?: string; claim: string; role?: string };

/** Everything `probePostgres` needs; the map's `probe.postgres` block maps onto it one to one. */
export interface PostgresProbeOptions {
  /** One connection (a `pg` Client/PoolClient or PGlite, through `sqlClient`). */
  client: SqlClient;
  /** Tenant-scoped tables, bare (resolved on the search path) or schema-qualified. */
  tables: string[];
  tenantColumn: string;
  tenantContext: TenantContext;
  /** pgvector column used for the similarity-search step. */
  embeddingColumn?: string;
  /**
   * The application's similarity search, when it is not a plain `ORDER BY <embedding> <-> $1 LIMIT $2` on the
   * table (for example a `match_chunks($1, $2)` function). `$1` is the query vector as text, `$2` is k.
   */
  searchQuery?: string;
  /** Role the application runs as; defaults to the connecting user. */
  role?: string;
  /** Check catalog facts only; write nothing. */
  readOnly?: boolean;
  /**
   * `transaction` (default): canaries live in a transaction that is always rolled back, so a killed run leaves
   * nothing. `committed`: canaries are committed (for set-ups where the application's view needs committed rows)
   * and deleted in `finally`; `cleanupCanaries` removes what a killed run left.
   */
  mode?: 'transaction' | 'committed';
  /** Component id recorded in the result. */
  component?: string;
  /** What was probed, already without secrets (see `redactUrl`). */
  target?: string;
  /** Rows the similarity search asks for. */
  k?: number;
  now?: () => Date;
  /** Marker suffix; random by default. */
  runId?: string;
  /**
   * Committed mode: called with the run's marker and synthetic tenants just before the canaries are committed;
   * record it (`recordCanaryRun`) so `cleanupCanaries` can delete exactly this run's rows after a kill.
   */
  onCommit?: (run: CanaryRun) => void | Promise<void>;
  /** Committed mode: called after the run deleted its canaries; `failed` rows could not be deleted. */
  onRemoved?: (outcome: { marker: string; failed: number }) => void | Promise<void>;
  /** Called once the canaries are planted, before they are queried (progress output; tests pause here). */
  onPlanted?: (info: { runId: string; tables: string[] }) => void | Promise<void>;
}

/** Prefix of every canary marker; `cleanupCanaries` looks for it. */
export const CANARY_PREFIX = 'trustmap-canary-';
