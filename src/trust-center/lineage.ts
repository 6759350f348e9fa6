import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { entersTraining } from '../core/vocabulary.js';
import { buildLineageGraph, type LineageGraph, renderDot } from '../lineage/index.js';
import type { Model } from '../model/index.js';
import { componentLabel } from '../model/index.js';

/**
 * The lineage of the first opt-in training dataset (where training data comes from), fit for the public
 * site: internal components described rather than named, and free-text flow conditions (which may name code
 * paths) replaced by a neutral phrase. Undefined when nothing trains on customer data through an opt-in.
 * @example const graph = publicTrainingLineage(model)
 */
export function publicTrainingLineage(model: Model): LineageGraph | undefined {
  // Opted in to training, not to a feature: linkwarden's users switching on AI tagging (an inference flow, opt-in)
  // drew "Where training data comes from" on a site of a product that trains nothing.
  const optIn = new Set(
    model.map.flows
      .filter(
        (flow) =>
          flow.condition?.kind === 'tenant-opt-in' &&
          entersTraining(flow, model.index.components.get(flow.to)?.kind),
      )
      .flatMap((flow) => flow.dataClasses),
  );
  const dataset = model.map.dataClasses.find((entry) => optIn.has(entry.id));
  if (!dataset) return undefined;
  const graph = buildLineageGraph(model, { dataClass: dataset.id });
  return {
    ...graph,
    nodes: graph.nodes.map((node) => {
      const component = model.index.components.get(node.id);
      const label = component ? componentLabel(component) : node.label;
      const { tenantBoundary, ...rest } = node;
      return {
        ...rest,
        label,
        ...(tenantBoundary ? { tenantBoundary: { model: tenantBoundary.model } } : {}),
      };
    }),
    edges: graph.edges.map((edge) =>
      edge.condition && !edge.gated
        ? { ...edge, condition: { kind: edge.condition.kind, description: 'a stated condition' } }
        : edge,
    ),
  };
}

let graphviz: Promise<Graphviz> | undefined;

/**
 * The public training lineage drawn as SVG (the lineage module's DOT, laid out by Graphviz in WebAssembly),
 * or undefined when there is none. The drawing's own legend is left out: it is as large as the graph and
 * would shrink the text below reading size at page width; the page explains the line styles in words.
 */
export async function renderTrainingLineage(model: Model): Promise<string | undefined> {
  const graph = publicTrainingLineage(model);
  if (!graph) return undefined;
  const dot = renderDot(graph).replace(/\n {2}subgraph cluster_legend \{[\s\S]*?\n {2}\}/, '');
  graphviz ??= Graphviz.load();
  const svg = (await graphviz).dot(dot, 'svg');
  return `${svg
    .replace(/<\?xml[^>]*\?>\s*/, '')
    .replace(/<!DOCTYPE[^>]*>\s*/, '')
    .replace(/<!--[\s\S]*?-->\s*/g, '')
    .trim()}\n`;
}
