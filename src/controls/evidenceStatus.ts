import type { Model } from '../model/index.js';

/** Today's date in the model's clock, as `YYYY-MM-DD`, for comparing with the map's dates. */
export function today(model: Model): string {
  return model.now.toISOString().slice(0, 10);
}

/**
 * What is wrong with an evidence reference, as a predicate that follows the evidence's name ("expired on …",
 * "has no file at …"), or undefined when it is on file and current.
 * @example evidenceProblem(model, 'dpa-cohere') // 'expired on 2026-09-30'
 */
export function evidenceProblem(model: Model, id: string): string | undefined {
  const entry = model.index.evidence.get(id);
  if (!entry) return 'is not listed under `evidence`';
  const problems: string[] = [];
  if (entry.expires && entry.expires < today(model)) problems.push(`expired on ${entry.expires}`);
  if (entry.path && model.evidenceFiles[id]?.exists === false)
    problems.push(`has no file at \`${entry.path}\``);
  if (!entry.path && !entry.url) problems.push('has neither a path nor a URL');
  return problems.length > 0 ? problems.join(' and ') : undefined;
}
