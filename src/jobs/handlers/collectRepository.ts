import path from 'node:path';
import { runChecks } from '../../controls/index.js';
import { discover } from '../../discover/index.js';
import { UsageError } from '../../errors/index.js';
import { assembleModel } from '../../model/index.js';
import { cloneOrFetch } from '../git.js';
import { getSource } from '../store/sources.js';
import type { JobHandler } from '../types.js';
import type { HandlerDeps } from './deps.js';

/**
 * Clone-or-fetch, then discover and check, exactly as `trustmap check` builds a run, and append the run to the
 * ledger keyed by the job id. A retry whose run is already stored (its worker died after storing) does nothing.
 */
export function collectRepositoryHandler(deps: HandlerDeps): JobHandler<'collect-repository'> {
  return async (payload, context) => {
    if (await deps.ledger.has(payload.orgId, context.jobId))
      return { stored: false, detail: 'already stored' };
    const source = await getSource(deps.db, deps.schema, payload.sourceId);
    if (!source || source.orgId !== payload.orgId || source.kind !== 'repository')
      throw new UsageError(`no repository source ${payload.sourceId} for organisation ${payload.orgId}`);
    const checkout = await cloneOrFetch({
      url: source.config.url,
      branch: source.config.branch,
      cacheDir: deps.cacheDir,
      key: source.id,
      signal: context.signal,
    });
    context.log('info', 'fetched', { commit: checkout.commit });
    context.signal.throwIfAborted();
    // The map path is the user's; keep it inside the checkout.
    const mapDir = path.resolve(checkout.dir, source.config.mapPath ?? '.');
    if (mapDir !== checkout.dir && !mapDir.startsWith(checkout.dir + path.sep))
      throw new UsageError(`mapPath leaves the repository: ${source.config.mapPath}`);
    const model = await assembleModel(mapDir, { now: deps.now(), discover: (roots) => discover(roots) });
    context.signal.throwIfAborted();
    const run = runChecks(model);
    const { byStatus, failuresBySeverity } = run.summary;
    const evidence = model.map.evidence
      .filter((entry) => entry.expires)
      .map((entry) => ({ id: entry.id, title: entry.title, expires: entry.expires! }));
    const { stored } = await deps.ledger.append({
      jobId: context.jobId,
      orgId: source.orgId,
      sourceId: source.id,
      kind: 'check',
      commit: checkout.commit,
      verdict: byStatus.fail > 0 ? 'fail' : 'pass',
      summary: { byStatus, failuresBySeverity, evidence },
      body: { format: 'trustmap.check/v1', summary: run.summary, results: run.results },
      collectedAt: deps.now(),
      model,
      repo: source.name,
      branch: source.config.branch,
    });
    // Expiry dates may have changed: look once a day per organisation (the queue throttles the rest).
    await deps.enqueue('evidence-expiry', { orgId: source.orgId });
    return {
      stored,
      detail: `${checkout.commit.slice(0, 12)}: ${byStatus.fail} failing, ${byStatus.pass} passing`,
    };
  };
}
