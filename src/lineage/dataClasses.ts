import type { Model } from '../model/index.js';

/** The classes derived from `id`, directly or not, with `id` itself. */
export function withDescendants(model: Model, id: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const entry of model.map.dataClasses) {
    for (const parent of entry.derivedFrom ?? []) {
      const list = children.get(parent);
      if (list) list.push(entry.id);
      else children.set(parent, [entry.id]);
    }
  }
  const result = new Set([id]);
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const child of children.get(next) ?? []) {
      if (!result.has(child)) {
        result.add(child);
        queue.push(child);
      }
    }
  }
  return result;
}

/**
 * One class's journey: the class and every class declared as derived from it (`derivedFrom`, transitively).
 * Only what the map declares: a diagram for buyers must not suggest a flow the map does not state.
 */
export function journeyClasses(model: Model, id: string): Set<string> {
  return withDescendants(model, id);
}
