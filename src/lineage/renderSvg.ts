import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { renderDot } from './renderDot.js';
import type { LineageGraph } from './types.js';

let graphviz: Promise<Graphviz> | undefined;

/**
 * Renders the graph as a self-contained SVG with Graphviz compiled to WebAssembly (no system binary, no
 * external fonts or scripts). The first call loads the wasm module; later calls reuse it.
 * @example await writeFileAtomic('lineage.svg', await renderSvg(buildLineageGraph(model)));
 */
export async function renderSvg(graph: LineageGraph): Promise<string> {
  graphviz ??= Graphviz.load();
  const svg = (await graphviz).dot(renderDot(graph), 'svg');
  // Drop the XML prolog, doctype and comments so the SVG can be inlined in HTML as it is; it stays valid XML.
  return `${svg
    .replace(/<\?xml[^>]*\?>\s*/, '')
    .replace(/<!DOCTYPE[^>]*>\s*/, '')
    .replace(/<!--[\s\S]*?-->\s*/g, '')
    .trim()}\n`;
}
