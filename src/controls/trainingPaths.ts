import type { FlowData } from '../map/index.js';
import { customersOwnPlace, type Model } from '../model/index.js';
import { customerDataClasses, entersTraining } from './dataClasses.js';

/** A flow that takes customer data into training with no opt-in gate upstream, and the path that gets there. */
export interface TrainingLeak {
  /** The flow that enters the training sink. */
  flow: FlowData;
  /** Endpoint ids from where customer data enters to the sink, e.g. ['api', 'staging', 'trainer']. */
  path: string[];
  /** The flows between consecutive hops of `path`. */
  flows: FlowData[];
}

// Customer requests arrive at these kinds, so customer data they hold enters the graph there.
const ENTRY_KINDS: ReadonlySet<string> = new Set(['api', 'service', 'inference-endpoint']);

/**
 * Finds every flow that takes customer data into a training or fine-tuning sink along a path with no
 * tenant-opt-in flow on it. One breadth-first search over the flows that carry customer data and are not gated,
 * so time is linear in components + flows. Data may change class along the way: a class derived from a customer
 * class is itself customer data, so a store that receives documents and emits their embeddings carries the taint.
 * @example findTrainingPaths(model).map((leak) => leak.path.join(' → '))
 */
export function findTrainingPaths(model: Model): TrainingLeak[] {
  const customer = customerDataClasses(model);
  // One pass over the flows: who receives customer data at all, and the ungated customer-data edges to walk.
  const hasTaintedInput = new Set<string>();
  const openOut = new Map<string, FlowData[]>();
  for (const flow of model.map.flows) {
    if (!flow.dataClasses.some((id) => customer.has(id))) continue;
    hasTaintedInput.add(flow.to);
    if (flow.condition?.kind === 'tenant-opt-in') continue;
    const list = openOut.get(flow.from);
    if (list) list.push(flow);
    else openOut.set(flow.from, [flow]);
  }

  const holdsCustomerData = (classes: readonly string[]) => classes.some((id) => customer.has(id));
  const origins: string[] = [];
  for (const component of model.map.components) {
    if (!holdsCustomerData(component.dataClasses)) continue;
    if (ENTRY_KINDS.has(component.kind) || !hasTaintedInput.has(component.id)) origins.push(component.id);
  }
  for (const subprocessor of model.map.subprocessors) {
    if (holdsCustomerData(subprocessor.dataClasses) && !hasTaintedInput.has(subprocessor.id))
      origins.push(subprocessor.id);
  }
  // Data that appears with no declared holder (an importer, say) still enters the graph.
  for (const from of openOut.keys()) if (!hasTaintedInput.has(from)) origins.push(from);

  const parent = new Map<string, FlowData | null>();
  const queue: string[] = [];
  for (const id of origins) {
    if (parent.has(id)) continue;
    parent.set(id, null);
    queue.push(id);
  }
  const leaks: TrainingLeak[] = [];
  // A customer training a model of its own, in its own account, from what it runs itself, is no training of ours on
  // its data (Kiln: each user's fine-tune at Fireworks or Together, with its own key, from the desktop app on its own
  // machine, was a critical "no tenant opt-in" and an audit blocker).
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as string;
    for (const flow of openOut.get(node) ?? []) {
      if (entersTraining(model, flow)) {
        const leak = trace(parent, flow);
        if (!leak.path.every((id) => customersOwnPlace(model, id))) leaks.push(leak);
      }
      if (parent.has(flow.to)) continue;
      parent.set(flow.to, flow);
      queue.push(flow.to);
    }
  }
  return leaks;
}

function trace(parent: Map<string, FlowData | null>, last: FlowData): TrainingLeak {
  const flows = [last];
  // Parent links form a breadth-first tree, so the walk ends at an origin; the bound is a guard, not a rule.
  for (let step = parent.get(last.from); step && flows.length <= parent.size; step = parent.get(step.from))
    flows.push(step);
  flows.reverse();
  return { flow: last, path: [flows[0]?.from ?? last.from, ...flows.map((flow) => flow.to)], flows };
}
