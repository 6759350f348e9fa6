import { STOP_KINDS, type StopKind } from './types.js';

/** What stop analysis needs to know about a place. */
export interface PlaceFacts {
  trainingSink: boolean;
  external: boolean;
  /** Run by each customer, or by a vendor under each customer's own account. */
  customer?: boolean;
  /** Classes it stores (listed in its `dataClasses` and not declared `retention: zero`). */
  keeps: ReadonlySet<string>;
}

export interface FlowFacts {
  from: string;
  to: string;
  classes: readonly string[];
  gated: boolean;
  /** The flow feeds a model's training (`entersTraining`): what it carries and sends no further rests in training. */
  trains?: boolean;
  /** The flow only searches a store (`searchesOnly`): the query does not rest there unless the store keeps the class. */
  searches?: boolean;
}

export interface RestingPlaces {
  /** Per class: the places where it comes to rest. */
  stops: Map<string, { node: string; kind: StopKind }[]>;
  /** Per class, per place: the worst stop reachable from there (the place itself included). */
  downstream: Map<string, Map<string, StopKind>>;
}

export const worse = (a: StopKind | undefined, b: StopKind | undefined): StopKind | undefined =>
  a === undefined ? b : b === undefined ? a : STOP_KINDS.indexOf(a) >= STOP_KINDS.indexOf(b) ? a : b;

/**
 * Where each class comes to rest: places that receive it and either send it nowhere further, store it
 * (so a database that is also backed up still counts), or train on it. Training sinks are split by whether
 * some path reaches them without passing an opt-in-gated flow. Linear in the flows per class.
 */
export function findRestingPlaces(
  flows: readonly FlowFacts[],
  classes: Iterable<string>,
  places: ReadonlyMap<string, PlaceFacts>,
): RestingPlaces {
  const byClass = new Map<string, FlowFacts[]>();
  for (const flow of flows) {
    for (const dataClass of flow.classes) {
      const list = byClass.get(dataClass);
      if (list) list.push(flow);
      else byClass.set(dataClass, [flow]);
    }
  }
  const stops = new Map<string, { node: string; kind: StopKind }[]>();
  const downstream = new Map<string, Map<string, StopKind>>();
  for (const dataClass of classes) {
    const carrying = byClass.get(dataClass) ?? [];
    const senders = new Set(carrying.map((flow) => flow.from));
    const receivers = new Set(carrying.map((flow) => flow.to));
    const ungated = reachableWithoutOptIn(carrying, senders, receivers);
    const classStops: { node: string; kind: StopKind }[] = [];
    for (const node of receivers) {
      const facts = places.get(node);
      // A training job, or where a flow into training takes this class and it goes no further (a vendor's fine-tuning
      // API, not a bucket staging it for our own job); the same vendor answering prompts by inference is no training.
      // A customer's own training, from parts it runs into an account of its own, is the customer's, not a training
      // sink of ours (Kiln: each user's fine-tune at Fireworks drawn red, "reached without opt-in").
      const own =
        (facts?.customer ?? false) &&
        carrying.filter((flow) => flow.to === node).every((flow) => places.get(flow.from)?.customer === true);
      const training =
        !own &&
        ((facts?.trainingSink ?? false) ||
          (!senders.has(node) && carrying.some((flow) => flow.to === node && flow.trains === true)));
      if (!training && senders.has(node) && !facts?.keeps.has(dataClass)) continue;
      // A question sent to a store as a search does not rest there (QAnything: "stops here: prompts" at its vector and
      // keyword indexes), unless the store keeps it.
      if (
        !training &&
        !facts?.keeps.has(dataClass) &&
        carrying.filter((flow) => flow.to === node).every((flow) => flow.searches === true)
      )
        continue;
      const kind: StopKind = training
        ? ungated.has(node)
          ? 'training'
          : 'training-opt-in'
        : facts?.customer
          ? 'customer'
          : facts?.external
            ? 'external'
            : 'internal';
      classStops.push({ node, kind });
    }
    stops.set(dataClass, classStops);
    downstream.set(dataClass, worstDownstream(carrying, classStops));
  }
  return { stops, downstream };
}

/** Places reachable from where the class originates along flows that are not gated by opt-in. */
function reachableWithoutOptIn(
  carrying: readonly FlowFacts[],
  senders: ReadonlySet<string>,
  receivers: ReadonlySet<string>,
): Set<string> {
  const origins = [...senders].filter((node) => !receivers.has(node));
  // In a pure cycle nothing originates: start everywhere, which can only over-report training exposure.
  const start = origins.length > 0 ? origins : [...senders];
  const next = new Map<string, string[]>();
  for (const flow of carrying) {
    if (flow.gated) continue;
    const list = next.get(flow.from);
    if (list) list.push(flow.to);
    else next.set(flow.from, [flow.to]);
  }
  const seen = new Set(start);
  const queue = [...start];
  for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
    for (const to of next.get(node) ?? []) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

/** Walks backwards from the stops, worst kind first, so each place gets the worst stop it leads to. */
function worstDownstream(
  carrying: readonly FlowFacts[],
  classStops: readonly { node: string; kind: StopKind }[],
): Map<string, StopKind> {
  const previous = new Map<string, string[]>();
  for (const flow of carrying) {
    const list = previous.get(flow.to);
    if (list) list.push(flow.from);
    else previous.set(flow.to, [flow.from]);
  }
  const result = new Map<string, StopKind>();
  for (const kind of [...STOP_KINDS].reverse()) {
    const queue = classStops
      .filter((stop) => stop.kind === kind && !result.has(stop.node))
      .map((s) => s.node);
    for (const node of queue) result.set(node, kind);
    for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
      for (const from of previous.get(node) ?? []) {
        if (!result.has(from)) {
          result.set(from, kind);
          queue.push(from);
        }
      }
    }
  }
  return result;
}
