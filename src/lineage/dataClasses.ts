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
 * One class's journey: the class, the classes declared as derived from it, and any derived class first
 * produced at a place where the journey is present (sent from there, never delivered there). The last rule
 * is deliberately conservative: a dataset built inside the application database may contain whatever that
 * database holds, whatever its `derivedFrom` says.
 */
export function journeyClasses(model: Model, id: string): Set<string> {
  const journey = withDescendants(model, id);
  const present = (node: string): boolean =>
    (
      model.index.components.get(node)?.dataClasses ??
      model.index.subprocessors.get(node)?.dataClasses ??
      []
    ).some((held) => journey.has(held)) ||
    (model.index.incoming.get(node) ?? []).some((flow) => flow.dataClasses.some((c) => journey.has(c)));
  const deliveredTo = (node: string, dataClass: string): boolean =>
    (model.index.incoming.get(node) ?? []).some((flow) => flow.dataClasses.includes(dataClass));
  let grew = true;
  while (grew) {
    grew = false;
    for (const flow of model.map.flows) {
      for (const dataClass of flow.dataClasses) {
        if (journey.has(dataClass)) continue;
        const derived = (model.index.dataClasses.get(dataClass)?.derivedFrom ?? []).length > 0;
        if (!derived || deliveredTo(flow.from, dataClass) || !present(flow.from)) continue;
        for (const added of withDescendants(model, dataClass)) journey.add(added);
        grew = true;
      }
    }
  }
  return journey;
}
