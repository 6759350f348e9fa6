import type { HttpProbeConfig, PostgresProbeOptions } from '../probes/index.js';

/** A registered repository: a git URL or a path the server can read, and a branch. */
export interface RepositoryConfig {
  url: string;
  branch: string;
  /** Folder of the map inside the repository; the root by default. */
  mapPath?: string;
}

/** A database to probe; the connection URL is read from `urlEnv` (environment or secrets file) when it runs. */
export interface PostgresSourceConfig {
  urlEnv: string;
  probe: Omit<PostgresProbeOptions, 'client' | 'now' | 'runId' | 'onPlanted' | 'target'>;
}

/** A RAG endpoint to probe; tokens (and the base URL, if `baseUrlEnv`) come from named variables. */
export interface HttpSourceConfig {
  probe: HttpProbeConfig;
}

/** Something the server collects itself, on a schedule. */
export type SourceSpec =
  | { kind: 'repository'; config: RepositoryConfig }
  | { kind: 'postgres'; config: PostgresSourceConfig }
  | { kind: 'http'; config: HttpSourceConfig };

export type SourceKind = SourceSpec['kind'];

/** A stored source. */
export type Source = SourceSpec & {
  id: string;
  orgId: string;
  name: string;
  schedule: string;
  nextRunAt: Date;
  enabled: boolean;
};

/** Every job's payload names its organisation; nothing else in a payload is secret or large. */
export interface JobPayloads {
  'collect-repository': { orgId: string; sourceId: string };
  'collect-probe': { orgId: string; sourceId: string };
  'evidence-expiry': { orgId: string };
  'notify-deliver': { orgId: string; key: string };
}

export type JobKind = keyof JobPayloads;

/** A line of structured log: JSON with the job and organisation ids. */
export type LogFields = Record<string, string | number | boolean | undefined>;
export type Logger = (level: 'info' | 'warn' | 'error', message: string, fields?: LogFields) => void;

/** What a handler gets besides its payload. */
export interface JobContext {
  jobId: string;
  kind: JobKind;
  orgId: string;
  /** 0 on the first run, then one more per retry. */
  attempt: number;
  /** Aborted at the job's timeout, on cancellation, and when a shutdown gives up waiting. */
  signal: AbortSignal;
  log: Logger;
}

/** What a handler returns: stored to the queue as the job's output (small, no secrets). */
export interface JobOutcome {
  stored: boolean;
  detail?: string;
}

/** The one handler interface both runners (pg-boss and in-process) call. */
export type JobHandler<K extends JobKind> = (
  payload: JobPayloads[K],
  context: JobContext,
) => Promise<JobOutcome>;

export type JobHandlers = { [K in JobKind]: JobHandler<K> };
