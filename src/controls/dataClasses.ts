import { type ComponentData, type FlowData, TRAINING_KINDS, TRAINING_PURPOSES } from '../map/index.js';
import { type Model, searchesOnly } from '../model/index.js';

export { customerDataClasses, tenantScopedClasses } from '../model/index.js';

// Several checks ask what each endpoint receives; the answer is built once per model.
const received = new WeakMap<Model, Map<string, Set<string>>>();

function receivedByEndpoint(model: Model): Map<string, Set<string>> {
  const known = received.get(model);
  if (known) return known;
  const byEndpoint = new Map<string, Set<string>>();
  for (const flow of model.map.flows) {
    if (searchesOnly(model, flow)) continue;
    const classes = byEndpoint.get(flow.to) ?? new Set<string>();
    byEndpoint.set(flow.to, classes);
    for (const dataClass of flow.dataClasses) classes.add(dataClass);
  }
  received.set(model, byEndpoint);
  return byEndpoint;
}

/** Data classes an endpoint holds or receives: its own list plus every class on flows arriving there, but a search's. */
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
