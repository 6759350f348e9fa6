import type { SourceRef } from '../core/contracts.js';
import { isProposedPointer, proposedEntries } from '../map/index.js';
import type { Model } from './model.js';

const cache = new WeakMap<Model, Set<string>>();

/**
 * Pointers of the map's proposed entries, computed once per model. An entry is only as confirmed as the entries it
 * joins: a flow whose end is proposed, and a component whose vendor is, count as proposed too (open-notebook's rubber
 * stamp confirmed the flows but not the vendors at their ends, whose purpose was still discovery's placeholder, and the
 * data-path answer named them all as fact).
 */
export function proposedPointers(model: Model): Set<string> {
  let known = cache.get(model);
  if (!known) {
    const direct = new Set(proposedEntries(model.map).map((entry) => entry.pointer));
    const endpoint = (id: string) => direct.has(`components/${id}`) || direct.has(`subprocessors/${id}`);
    known = new Set(direct);
    for (const flow of model.map.flows)
      if (endpoint(flow.from) || endpoint(flow.to)) known.add(`flows/${flow.id}`);
    for (const component of model.map.components)
      if (component.subprocessor && direct.has(`subprocessors/${component.subprocessor}`))
        known.add(`components/${component.id}`);
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
