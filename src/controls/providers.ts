import { type Finding, findProvider } from '../discover/index.js';
import type { SystemMap } from '../map/index.js';
import type { Model } from '../model/index.js';

/** Discovery categories of vendor-hosted services that receive prompts or content when the catalog is silent. */
const AI_SERVICE_CATEGORIES: ReadonlySet<string> = new Set(['llm-api', 'embedding-api', 'llm-gateway']);

/** The vendor a catalog provider belongs to (`aws` for `aws-s3`), or the provider itself. */
function vendorOf(provider: string): string {
  return findProvider(provider)?.vendor ?? provider;
}

/**
 * True when a finding is declared in the map: a sub-processor or component names its provider, or a
 * sub-processor names its vendor (the `aws` sub-processor covers `aws-s3`).
 * @example isDeclared(model.map, finding)
 */
export function isDeclared(map: SystemMap, finding: Finding): boolean {
  const ids = new Set([finding.provider, finding.id]);
  const vendor = vendorOf(finding.provider);
  for (const entry of map.subprocessors) {
    if (ids.has(entry.id) || (entry.provider && ids.has(entry.provider))) return true;
    if (entry.id === vendor || entry.provider === vendor) return true;
  }
  return map.components.some((component) => component.provider !== undefined && ids.has(component.provider));
}

/** True when the finding is a vendor-hosted AI service (model API, embeddings, gateway, prompt-receiving tracing). */
export function isAiService(model: Model, finding: Finding): boolean {
  if (finding.hosting !== 'vendor-hosted') return false;
  const entry = findProvider(finding.provider);
  if (entry) return entry.ai || receivesPrompts(model, finding.provider);
  return AI_SERVICE_CATEGORIES.has(finding.category) || receivesPrompts(model, finding.provider);
}

/** True when prompts and completions reach this provider: the catalog says so, or a discovery fact shows it. */
export function receivesPrompts(model: Model, provider: string): boolean {
  if (findProvider(provider)?.receivesPrompts) return true;
  return (model.discovery?.facts ?? []).some(
    (fact) => fact.kind === 'prompts-to-observability' && fact.provider === provider,
  );
}
