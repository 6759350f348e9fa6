import type { FlowData } from '../map/index.js';
import type { Model } from '../model/index.js';
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
 * Finds every flow that takes customer data into a training, fine-tuning or evaluation sink along a path with no
 * tenant-opt-in flow on it. One breadth-first search over the flows that carry customer data and are not gated,
 * so time is linear in components + flows. Data may change class along the way: a class derived from a customer
 * class is itself customer data, so a store that receives documents and emits their embeddings carries the taint.
 * @example findTrainingPaths(model).map((leak) => leak.path.join(' → '))
 */
export function findTrainingPaths(model: Model): TrainingLeak[] {
  const customer = customerDataClasses(model);
  const carries = (flow: FlowData) => flow.dataClasses.some((id) => customer.has(id));
  const open = (flow: FlowData) => carries(flow) && flow.condition?.kind !== 'tenant-opt-in';

  const hasTaintedInput = new Set<string>();
  for (const flow of model.map.flows) if (carries(flow)) hasTaintedInput.add(flow.to);

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
  for (const flow of model.map.flows)
    if (open(flow) && !hasTaintedInput.has(flow.from)) origins.push(flow.from);

  const parent = new Map<string, FlowData | null>();
  const queue: string[] = [];
  for (const id of origins) {
    if (parent.has(id)) continue;
    parent.set(id, null);
    queue.push(id);
  }
  const leaks: TrainingLeak[] = [];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as string;
    for (const flow of model.index.outgoing.get(node) ?? []) {
      if (!open(flow)) continue;
      if (entersTraining(model, flow)) leaks.push(trace(parent, flow));
      if (parent.has(flow.to)) continue;
      parent.set(flow.to, flow);
      queue.push(flow.to);
    }
  }
  return leaks;
}

function trace(parent: Map<string, FlowData | null>, last: FlowData): TrainingLeak {
  const flows = [last];
  const seen = new Set<string>([last.to]);
  let node = last.from;
  for (let step = parent.get(node); step && !seen.has(node); step = parent.get(node)) {
    seen.add(node);
    flows.push(step);
    node = step.from;
  }
  flows.reverse();
  return { flow: last, path: [flows[0]?.from ?? last.from, ...flows.map((flow) => flow.to)], flows };
}
