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

/**
 * Whether a document the map refers to is not on file: no entry, no file where its path says, or neither path nor URL
 * (the facts `evidenceProblem` reads). A DPA not on file is no DPA in force (open-notebook: "✓ DPA in force" and "3 of 4
 * have a signed DPA on file" of agreements whose files did not exist, beside `check` failing on them).
 */
export function notOnFile(model: Model, id: string): boolean {
  const entry = model.index.evidence.get(id);
  return (
    !entry ||
    (entry.path !== undefined && model.evidenceFiles[id]?.exists === false) ||
    (!entry.path && !entry.url)
  );
}

/**
 * The same problem for a reader outside the team, as a clause after the document's title: a lapse by its date,
 * anything else as "is not on file" (where the file should be is the engineer's business).
 * @example evidenceProblemInWords(model, 'dpa-cohere') // 'expired on 2026-09-30'
 */
export function evidenceProblemInWords(model: Model, id: string): string | undefined {
  const entry = model.index.evidence.get(id);
  const lapsed = entry?.expires !== undefined && entry.expires < today(model);
  const missing = notOnFile(model, id);
  if (lapsed && missing) return `expired on ${entry!.expires} and is not on file`;
  if (lapsed) return `expired on ${entry!.expires}`;
  return missing ? 'is not on file' : undefined;
}

/**
 * A document and its problem in words, or undefined when it is on file and current.
 * @example evidenceInWords(model, 'dpa-cohere') // 'DPA with Cohere expired on 2026-09-30'
 */
export function evidenceInWords(model: Model, id: string): string | undefined {
  const problem = evidenceProblemInWords(model, id);
  if (problem === undefined) return undefined;
  const title = model.index.evidence.get(id)?.title;
  return `${title ?? 'a document we refer to'} ${problem}`;
}
