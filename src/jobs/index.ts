export { type JobsDb, pgliteDb, poolDb, type SqlRunner, schemaName } from './db.js';
export { type Checkout, type CloneOrFetchOptions, cloneOrFetch } from './git.js';
export { buildHandlers, type Enqueue, type HandlerDeps } from './handlers/index.js';
export { ALL_KINDS, COLLECT_KINDS, DEAD_LETTER_QUEUE, JOB_KINDS, type JobSettings } from './kinds.js';
export { jsonLogger, silentLogger, withFields } from './log.js';
export { renderMetrics } from './metrics.js';
export { type Ending, type Execution, executeJob } from './queue/execute.js';
export { type InProcessQueue, inProcessQueue } from './queue/inProcess.js';
export { openPgBossQueue, type PgBossQueue, type SettingsOverrides } from './queue/pgBossQueue.js';
export type { InFlight, JobQueue, QueueDepth, SendOptions } from './queue/types.js';
export { type RunningWorker, startWorker, type WorkerOptions } from './queue/worker.js';
export { type InProcessRunner, type InProcessRunnerOptions, startInProcessRunner } from './runInProcess.js';
export {
  DEFAULT_JOBS_SCHEMA,
  type JobsRuntime,
  type JobsRuntimeOptions,
  startJobsRuntime,
} from './runtime.js';
export { DEFAULT_SCHEDULE, nextRunAfter, spreadDailySchedule } from './schedule.js';
export { type AdmitOptions, admitDueSources } from './scheduler.js';
export { secretReader } from './secrets.js';
export { type CollectedRun, type ResultLedger, tableLedger } from './store/results.js';
export { jobsSchemaSql, migrateJobsStore } from './store/schema.js';
export { getSource, listSources, registerSource, type SourceInput } from './store/sources.js';
export type {
  HttpSourceConfig,
  JobContext,
  JobHandler,
  JobHandlers,
  JobKind,
  JobOutcome,
  JobPayloads,
  Logger,
  PostgresSourceConfig,
  RepositoryConfig,
  Source,
  SourceKind,
  SourceSpec,
} from './types.js';
