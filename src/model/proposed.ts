import type { SourceRef } from '../core/contracts.js';
import { isProposedPointer, proposedEntries } from '../map/index.js';
import type { Model } from './model.js';

const cache = new WeakMap<Model, Set<string>>();

/** Pointers of the map's proposed entries, computed once per model. */
export function proposedPointers(model: Model): Set<string> {
  let known = cache.get(model);
  if (!known) {
    known = new Set(proposedEntries(model.map).map((entry) => entry.pointer));
    cache.set(model, known);
  }
  return known;
}

/**
 * The proposed map entries a claim rests on: the map sources that point into an entry nobody has confirmed.
 * An output states a claim as fact only when this is empty.
 * @example proposedSupport(model, result.sources) // ['subprocessors/openai']
 */
export function proposedSupport(model: Model, sources: readonly SourceRef[]): string[] {
  const proposed = proposedPointers(model);
  if (proposed.size === 0) return [];
  const hits = new Set<string>();
  for (const source of sources) {
    if (source.kind !== 'map' || !isProposedPointer(proposed, source.pointer)) continue;
    const parts = source.pointer.split('/');
    hits.add(proposed.has(parts.slice(0, 2).join('/')) ? parts.slice(0, 2).join('/') : (parts[0] as string));
  }
  return [...hits];
}

/** True when an entry of the map (by section and id) is proposed. */
export function isProposed(model: Model, section: string, id: string): boolean {
  return proposedPointers(model).has(`${section}/${id}`);
}
