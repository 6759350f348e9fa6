import type { DataClassData } from '../map/index.js';
import type { Model } from '../model/index.js';

/** Categories that are customer data in themselves (part 2 of the checks issue uses the same list). */
const CUSTOMER_CATEGORIES = new Set(['customer-content', 'prompts', 'model-outputs', 'embeddings']);

/**
 * Customer data classes: content, prompts, outputs and embeddings, plus anything derived from them
 * (an opt-in training set built from prompts is still customer data).
 * @example customerClasses(model).has('customer-documents') // true
 */
export function customerClasses(model: Model): Set<string> {
  const result = new Set<string>();
  const visiting = new Set<string>();
  const isCustomer = (entry: DataClassData | undefined): boolean => {
    if (!entry) return false;
    if (result.has(entry.id)) return true;
    if (visiting.has(entry.id)) return false; // a derivation cycle; the map rules should have caught it
    visiting.add(entry.id);
    const customer =
      CUSTOMER_CATEGORIES.has(entry.category) ||
      (entry.derivedFrom ?? []).some((parent) => isCustomer(model.index.dataClasses.get(parent)));
    visiting.delete(entry.id);
    if (customer) result.add(entry.id);
    return customer;
  };
  for (const entry of model.map.dataClasses) isCustomer(entry);
  return result;
}

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
