/**
 * The lineage graph: the map's flows as nodes and edges, annotated with what an auditor needs to follow
 * customer data (where each class comes to rest, which flows are gated by opt-in, what is outside the company).
 */

/** Where customer data comes to rest, worst last: the order drives colours and the legend. */
export const STOP_KINDS = ['customer', 'internal', 'external', 'training-opt-in', 'training'] as const;
/**
 * - `customer`: a place each customer runs, or a vendor runs under each customer's own account: back in the customer's
 *   hands, not a sub-processor of ours.
 * - `internal`: a place of ours that is not a training sink.
 * - `external`: a sub-processor or a vendor-hosted component.
 * - `training-opt-in`: a training sink reached only through flows gated by tenant opt-in.
 * - `training`: a training sink reached by at least one path without opt-in.
 */
export type StopKind = (typeof STOP_KINDS)[number];

export interface LineageNode {
  id: string;
  /** Display name (the map's `name`, a sub-processor's vendor and service, or the id). */
  label: string;
  /** Component kind, or `subprocessor`. */
  kind: string;
  role: 'component' | 'subprocessor';
  /**
   * `external`: outside the company boundary (sub-processors and vendor-hosted components); `customer`: run by each
   * customer, or by a vendor under each customer's own account (not a sub-processor of ours).
   */
  boundary: 'internal' | 'external' | 'customer';
  /** A training or fine-tuning component, or a place a flow into training reaches (`entersTraining`). */
  trainingSink: boolean;
  /** Set when the component's tenancy separates tenants below the application (RLS, namespaces, ...). */
  tenantBoundary?: { model: string; mechanism?: string };
  /** A vendor each customer's installation reaches with no account or agreement (`account: none`). */
  anonymous?: true;
  /** For vendor-hosted components: the sub-processor that runs it. */
  subprocessor?: string;
  /** Customer data classes that come to rest here, with how. */
  stops: { dataClass: string; kind: StopKind }[];
  /** The worst stop kind here, if customer data rests here. */
  stopKind?: StopKind;
}

export interface LineageEdge {
  /** The flow id. */
  id: string;
  from: string;
  to: string;
  purpose: string;
  /** Data classes carried (in a one-class view, only the classes of that journey). */
  classes: string[];
  /** The flow only moves data for tenants that opted in. */
  gated: boolean;
  /** Any condition on the flow, opt-in or other. */
  condition?: { kind: string; description: string };
  /** Carries customer data. */
  customer: boolean;
  /** The worst stop kind among the customer classes it carries (drives its colour). */
  stopKind?: StopKind;
}

export interface LineageClass {
  id: string;
  name: string;
  category: string;
  /** Customer data: content, prompts, outputs, embeddings, or derived from one of them. */
  customer: boolean;
  derivedFrom: string[];
  /** Nodes that receive the class and send it nowhere further. */
  stops: { node: string; kind: StopKind }[];
  /** The worst place it comes to rest, for customer classes that move at all. */
  stopKind?: StopKind;
}

export interface LineageGraph {
  /** Organisation name: the label of the company boundary. */
  organization: string;
  nodes: LineageNode[];
  edges: LineageEdge[];
  /** Classes that appear on the edges shown. */
  classes: LineageClass[];
  /** Set for a one-class view: the class asked for, and every class in its journey. */
  focus?: { dataClass: string; journey: string[] };
}

export interface LineageOptions {
  /** Show one class's journey (it and the classes derived from it). Unknown ids throw `UsageError`. */
  dataClass?: string;
}
