import { sha256Of } from '../core/canonicalJson.js';
import { VERSION } from '../version.js';
import type { ProbeResult, ProbeStep, ProbeVerdict } from './types.js';

export type UnsealedProbeResult = Omit<ProbeResult, 'sha256' | 'signature'>;

/** `fail` beats `error` beats `pass`: a proven leak matters more than a step that could not run. */
export function combineVerdicts(verdicts: readonly ProbeVerdict[]): ProbeVerdict {
  if (verdicts.includes('fail')) return 'fail';
  if (verdicts.includes('error')) return 'error';
  return 'pass';
}

/**
 * Adds the SHA-256 of the canonical JSON of everything else.
 * @example const result = sealProbeResult({ format: 'trustmap.probe/v1', kind: 'http', ...rest });
 */
export function sealProbeResult(result: UnsealedProbeResult): ProbeResult {
  const { sha256: _ignored, signature: _unsigned, ...content } = result as ProbeResult;
  return { ...content, sha256: sha256Of(content) };
}

/**
 * True when the stored hash matches the content. An unkeyed hash only catches accidental damage: anyone who
 * edits a result can recompute it. Whether a result counts as proof is `probeTrust` (signatures).
 */
export function verifyProbeResult(result: ProbeResult): boolean {
  const { sha256, signature: _signature, ...content } = result;
  return typeof sha256 === 'string' && sha256 === sha256Of(content);
}

/** Builds the common envelope of a result from its steps and per-table verdicts. */
export function buildProbeResult(input: {
  kind: ProbeResult['kind'];
  component?: string;
  target: string;
  startedAt: Date;
  finishedAt: Date;
  steps: ProbeStep[];
  tables?: ProbeResult['tables'];
}): ProbeResult {
  const verdicts = [
    ...input.steps.map((step) => step.verdict),
    ...(input.tables ?? []).map((t) => t.verdict),
  ];
  return sealProbeResult({
    format: 'trustmap.probe/v1',
    kind: input.kind,
    ...(input.component ? { component: input.component } : {}),
    target: input.target,
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    trustmapVersion: VERSION,
    verdict: input.steps.length === 0 ? 'error' : combineVerdicts(verdicts),
    steps: input.steps,
    ...(input.tables ? { tables: input.tables } : {}),
  });
}
