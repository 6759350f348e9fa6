import type { JobsDb } from '../../../jobs/index.js';
import type { Database } from '../../db/database.js';

/** The schema of the jobs store beside the server's: `<server schema>_jobs` (and pg-boss in `…_jobs_queue`). */
export function jobsSchemaOf(serverSchema: string): string {
  return `${serverSchema}_jobs`;
}

/**
 * The jobs store over the server's one database module. The scheduler and the worker work across
 * organisations, so they run as the owning user (`withOwner`: the server requires it to bypass row-level
 * security); request handlers never use this, they go through `withOrg`.
 */
export function ownerJobsDb(db: Database): JobsDb {
  return {
    query: (text, params) => db.withOwner((tx) => tx.query(text, params ?? [])),
    transaction: (work) => db.withOwner((tx) => work(tx)),
    // The server closes its database itself.
    close: async () => undefined,
  };
}
