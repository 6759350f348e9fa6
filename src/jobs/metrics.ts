import { type SqlRunner, schemaName } from './db.js';
import type { JobQueue } from './queue/types.js';

const BUCKETS = [0.1, 0.5, 1, 2, 5, 10, 30, 60, 300];
/** Organisations named in the failures metric; the rest are summed under `org="other"` (bounded cardinality). */
const MAX_ORG_SERIES = 100;

/** A label value as the Prometheus text format wants it. */
function label(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/**
 * The jobs' metrics in the Prometheus text exposition format (version 0.0.4), read from the database so every
 * node reports the whole cluster: queue depth by kind and state, job durations by kind (histogram), and failed
 * attempts by organisation and kind.
 * @example response.end(await renderMetrics(db, 'trustmap_jobs', queue));
 */
export async function renderMetrics(db: SqlRunner, schema: string, queue: JobQueue): Promise<string> {
  const s = schemaName(schema);
  const lines: string[] = [];
  lines.push(
    '# HELP trustmap_jobs_queue_depth Jobs in the queue by kind and state.',
    '# TYPE trustmap_jobs_queue_depth gauge',
  );
  for (const { kind, state, count } of await queue.depth())
    lines.push(`trustmap_jobs_queue_depth{kind="${label(kind)}",state="${label(state)}"} ${count}`);

  const bucketColumns = BUCKETS.map(
    (bucket, i) => `count(*) FILTER (WHERE duration_ms <= ${bucket * 1000})::int AS b${i}`,
  ).join(', ');
  const durations = await db.query(
    `SELECT kind, ${bucketColumns}, count(*)::int AS total, coalesce(sum(duration_ms), 0)::bigint AS ms
     FROM ${s}.job_run GROUP BY kind ORDER BY kind`,
  );
  lines.push(
    '# HELP trustmap_job_duration_seconds Time jobs took, per attempt.',
    '# TYPE trustmap_job_duration_seconds histogram',
  );
  for (const row of durations.rows) {
    const kind = label(String(row.kind));
    for (const [i, bucket] of BUCKETS.entries())
      lines.push(`trustmap_job_duration_seconds_bucket{kind="${kind}",le="${bucket}"} ${row[`b${i}`]}`);
    lines.push(`trustmap_job_duration_seconds_bucket{kind="${kind}",le="+Inf"} ${row.total}`);
    lines.push(`trustmap_job_duration_seconds_sum{kind="${kind}"} ${Number(row.ms) / 1000}`);
    lines.push(`trustmap_job_duration_seconds_count{kind="${kind}"} ${row.total}`);
  }

  const failures = await db.query(
    `SELECT org_id, kind, count(*)::int AS failures FROM ${s}.job_run
     WHERE outcome <> 'completed' GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2`,
  );
  lines.push(
    '# HELP trustmap_job_failures_total Failed, timed-out or cancelled job attempts by organisation.',
    '# TYPE trustmap_job_failures_total counter',
  );
  const other = new Map<string, number>();
  const orgs = new Set<string>();
  for (const row of failures.rows) {
    const org = String(row.org_id);
    if (orgs.size >= MAX_ORG_SERIES && !orgs.has(org)) {
      other.set(String(row.kind), (other.get(String(row.kind)) ?? 0) + Number(row.failures));
      continue;
    }
    orgs.add(org);
    lines.push(
      `trustmap_job_failures_total{org="${label(org)}",kind="${label(String(row.kind))}"} ${row.failures}`,
    );
  }
  for (const [kind, count] of other)
    lines.push(`trustmap_job_failures_total{org="other",kind="${label(kind)}"} ${count}`);
  return `${lines.join('\n')}\n`;
}
