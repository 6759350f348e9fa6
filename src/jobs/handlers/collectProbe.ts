import pg from 'pg';
import { ProbeError, UsageError } from '../../errors/index.js';
import { type ProbeResult, probeHttp, probePostgres, redactUrl, sqlClient } from '../../probes/index.js';
import { getSource } from '../store/sources.js';
import type { JobHandler, Source } from '../types.js';
import type { HandlerDeps } from './deps.js';

type ProbeSource = Extract<Source, { kind: 'postgres' | 'http' }>;

/** Every variable a source reads, as an environment the probe sees: names it did not ask for stay out. */
function secretsFor(names: (string | undefined)[], deps: HandlerDeps): Record<string, string | undefined> {
  return Object.fromEntries(
    names.filter((name): name is string => Boolean(name)).map((name) => [name, deps.secret(name)]),
  );
}

async function runProbe(source: ProbeSource, deps: HandlerDeps, signal: AbortSignal): Promise<ProbeResult> {
  if (source.kind === 'http') {
    const config = source.config.probe;
    const env = secretsFor([config.baseUrlEnv, config.tenants.a.tokenEnv, config.tenants.b.tokenEnv], deps);
    return probeHttp(config, { env, component: source.name, now: deps.now });
  }
  const url = deps.secret(source.config.urlEnv);
  if (!url)
    throw new UsageError(`secret ${source.config.urlEnv} (the database URL of ${source.name}) is not set`);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // The probe runs in one transaction on one connection; aborting ends the connection, which ends the probe.
  const abort = () => void client.end().catch(() => undefined);
  signal.addEventListener('abort', abort, { once: true });
  try {
    await client.connect().catch((error: Error) => {
      throw new ProbeError(`cannot connect to ${redactUrl(url)}: ${error.message}`);
    });
    return await probePostgres({
      ...source.config.probe,
      client: sqlClient(client),
      component: source.config.probe.component ?? source.name,
      target: redactUrl(url),
      now: deps.now,
    });
  } finally {
    signal.removeEventListener('abort', abort);
    await client.end().catch(() => undefined);
  }
}

/**
 * Probes a database or RAG endpoint with credentials read when the job runs (from the server's environment or
 * its secrets file), and appends the sealed probe result to the ledger. The payload and the result carry no
 * secret: the payload names the source, the probes redact their targets.
 */
export function collectProbeHandler(deps: HandlerDeps): JobHandler<'collect-probe'> {
  return async (payload, context) => {
    if (await deps.ledger.has(payload.orgId, context.jobId))
      return { stored: false, detail: 'already stored' };
    const source = await getSource(deps.db, deps.schema, payload.sourceId);
    if (!source || source.orgId !== payload.orgId || source.kind === 'repository')
      throw new UsageError(`no probe source ${payload.sourceId} for organisation ${payload.orgId}`);
    const result = await runProbe(source, deps, context.signal);
    context.signal.throwIfAborted();
    const { startedAt, finishedAt, sha256, ...rest } = result;
    const { stored } = await deps.ledger.append({
      jobId: context.jobId,
      orgId: source.orgId,
      sourceId: source.id,
      kind: 'probe',
      commit: '',
      verdict: result.verdict,
      summary: { kind: result.kind, target: result.target, startedAt, finishedAt, sha256 },
      body: rest,
      collectedAt: deps.now(),
    });
    return { stored, detail: `${result.kind} probe: ${result.verdict}` };
  };
}
