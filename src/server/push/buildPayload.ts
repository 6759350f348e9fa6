import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { runChecks } from '../../controls/index.js';
import { sha256Of } from '../../core/canonicalJson.js';
import { computeDrift, discover } from '../../discover/index.js';
import { assembleModel, type Model } from '../../model/index.js';
import { VERSION } from '../../version.js';
import type { PushPayload } from './schema.js';

const run = promisify(execFile);

/** Where the run came from, from CI variables or git; all optional. */
export interface RunOrigin {
  runId?: string;
  repo?: string;
  commit?: string;
  branch?: string;
  effectiveDate?: string;
}

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd, timeout: 5000 });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The origin from flags, then CI variables (GitHub Actions), then git itself. */
export async function runOrigin(
  root: string,
  flags: RunOrigin,
  env: Record<string, string | undefined>,
): Promise<RunOrigin> {
  const commit = flags.commit ?? env.GITHUB_SHA ?? (await git(root, ['rev-parse', 'HEAD']));
  const branch =
    flags.branch ?? env.GITHUB_REF_NAME ?? (await git(root, ['rev-parse', '--abbrev-ref', 'HEAD']));
  const ciRun = env.GITHUB_RUN_ID ? `gh-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}` : undefined;
  return {
    repo: flags.repo ?? env.GITHUB_REPOSITORY ?? path.basename(root),
    ...(commit ? { commit } : {}),
    ...(branch && branch !== 'HEAD' ? { branch } : {}),
    ...((flags.runId ?? ciRun) ? { runId: flags.runId ?? ciRun } : {}),
    ...(flags.effectiveDate ? { effectiveDate: flags.effectiveDate } : {}),
  };
}

/**
 * The push payload of a model: the map snapshot, drift against the discovery report, the check run, the stored
 * probe results and the evidence metadata. Pure given the model. Without a run id, the id is derived from the
 * content (commit and what was found), so pushing the same state twice stores it once.
 */
export function payloadFromModel(model: Model, origin: RunOrigin): PushPayload {
  const checkRun = runChecks(model);
  const { source, ...snapshot } = model.map;
  const drift = model.discovery ? computeDrift(model.map, model.discovery) : undefined;
  const content: Omit<PushPayload, 'runId' | 'format' | 'collectedAt'> = {
    repo: origin.repo ?? path.basename(source.root),
    ...(origin.commit && /^[0-9a-f]{7,64}$/.test(origin.commit) ? { commit: origin.commit } : {}),
    ...(origin.branch ? { branch: origin.branch.slice(0, 250) } : {}),
    ...(origin.effectiveDate ? { effectiveDate: origin.effectiveDate } : {}),
    trustmapVersion: VERSION,
    map: {
      organization: model.map.organization.name,
      files: source.files.map((file) => file.split(path.sep).join('/')),
      sha256: sha256Of(snapshot),
      snapshot: JSON.parse(JSON.stringify(snapshot)),
    },
    ...(model.discovery && drift
      ? {
          discovery: {
            findings: model.discovery.findings.length,
            drift: drift.map(({ severity, kind, provider, message, pointer }) => ({
              severity,
              kind,
              provider,
              message,
              ...(pointer ? { pointer } : {}),
            })),
          },
        }
      : {}),
    checkRun: {
      generatedAt: checkRun.generatedAt,
      results: checkRun.results.map(
        ({ checkId, controls, status, severity, subject, message, sources, remediation }) => ({
          checkId,
          controls,
          status,
          severity,
          subject,
          message,
          sources: sources as unknown as Record<string, unknown>[],
          ...(remediation ? { remediation } : {}),
        }),
      ),
      checks: checkRun.checks,
    },
    probes: model.probes.map(({ file, result }) => ({
      ...(result as unknown as PushPayload['probes'][number]),
      file,
    })),
    evidence: model.map.evidence.map((entry) => {
      const file = model.evidenceFiles[entry.id];
      return {
        id: entry.id,
        title: entry.title,
        ...(entry.collected ? { collected: entry.collected } : {}),
        ...(entry.expires ? { expires: entry.expires } : {}),
        ...(file?.sha256 ? { sha256: file.sha256 } : {}),
        ...(file ? { exists: file.exists } : {}),
      };
    }),
    subprocessors: model.map.subprocessors.map((entry) => ({
      id: entry.id,
      vendor: entry.vendor,
      service: entry.service,
      ...(entry.ai !== undefined ? { ai: entry.ai } : {}),
      ...(entry.terms?.training ? { training: entry.terms.training } : {}),
      ...(entry.terms?.retention ? { retention: String(entry.terms.retention) } : {}),
      dataClasses: entry.dataClasses,
    })),
  };
  const runId =
    origin.runId ?? `${(origin.commit ?? 'nocommit').slice(0, 12)}-${sha256Of(content).slice(0, 16)}`;
  return { format: 'trustmap.push/v1', runId, collectedAt: model.now.toISOString(), ...content };
}

/** Assembles the model of the map at `target` (with discovery) and builds its payload. */
export async function buildPushPayload(
  target: string,
  options: { now: Date; origin: RunOrigin; env: Record<string, string | undefined>; discover?: boolean },
): Promise<PushPayload> {
  const model = await assembleModel(target, {
    now: options.now,
    discover: options.discover === false ? false : (roots) => discover(roots),
  });
  const origin = await runOrigin(model.map.source.root, options.origin, options.env);
  return payloadFromModel(model, origin);
}
