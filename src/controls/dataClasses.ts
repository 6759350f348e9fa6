import type { ComponentData, FlowData } from '../map/index.js';
import type { Model } from '../model/index.js';

/** Categories that are customer data by themselves. */
export const CUSTOMER_CATEGORIES: ReadonlySet<string> = new Set([
  'customer-content',
  'prompts',
  'model-outputs',
  'embeddings',
]);

/** Component kinds that train, fine-tune or evaluate models. */
export const TRAINING_KINDS: ReadonlySet<string> = new Set([
  'training-pipeline',
  'fine-tuning-job',
  'evaluation-pipeline',
]);

/** Flow purposes that feed a model's training. */
export const TRAINING_PURPOSES: ReadonlySet<string> = new Set(['training', 'fine-tuning', 'evaluation']);

/**
 * Ids of customer data classes: the customer categories, plus every class derived (transitively) from one.
 * @example customerDataClasses(model).has('document-embeddings') // true when derived from customer documents
 */
export function customerDataClasses(model: Model): Set<string> {
  const memo = new Map<string, boolean>();
  const isCustomer = (id: string, visiting: Set<string>): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const dataClass = model.index.dataClasses.get(id);
    if (!dataClass || visiting.has(id)) return false;
    visiting.add(id);
    const result =
      CUSTOMER_CATEGORIES.has(dataClass.category) ||
      (dataClass.derivedFrom ?? []).some((parent) => isCustomer(parent, visiting));
    visiting.delete(id);
    memo.set(id, result);
    return result;
  };
  const ids = new Set<string>();
  for (const dataClass of model.map.dataClasses)
    if (isCustomer(dataClass.id, new Set())) ids.add(dataClass.id);
  return ids;
}

/** Ids of tenant-scoped data classes. */
export function tenantScopedClasses(model: Model): Set<string> {
  return new Set(model.map.dataClasses.filter((entry) => entry.tenantScoped).map((entry) => entry.id));
}

// Several checks ask what each endpoint receives; the answer is built once per model.
const received = new WeakMap<Model, Map<string, Set<string>>>();

function receivedByEndpoint(model: Model): Map<string, Set<string>> {
  const known = received.get(model);
  if (known) return known;
  const byEndpoint = new Map<string, Set<string>>();
  for (const flow of model.map.flows) {
    const classes = byEndpoint.get(flow.to) ?? new Set<string>();
    byEndpoint.set(flow.to, classes);
    for (const dataClass of flow.dataClasses) classes.add(dataClass);
  }
  received.set(model, byEndpoint);
  return byEndpoint;
}

/** Data classes an endpoint holds or receives: its own list plus every class on flows arriving there. */
export function classesAt(model: Model, id: string, declared: readonly string[]): Set<string> {
  const classes = new Set(declared);
  for (const dataClass of receivedByEndpoint(model).get(id) ?? []) classes.add(dataClass);
  return classes;
}

/** True when the flow enters training: a training-kind component, or a training purpose. */
export function entersTraining(model: Model, flow: FlowData): boolean {
  if (TRAINING_PURPOSES.has(flow.purpose)) return true;
  const target = model.index.components.get(flow.to);
  return target !== undefined && isTrainingSink(target);
}

export function isTrainingSink(component: ComponentData): boolean {
  return TRAINING_KINDS.has(component.kind);
}
