import { customersTitle, edgeLines, graphTitle, legendRows, nodeLines, outsideTitle } from './describe.js';
import { mermaidText } from './escape.js';
import { describeEdgeStyle, describeNodeStyle, type NodeStyle } from './styles.js';
import type { LineageGraph, LineageNode } from './types.js';

// Ids are `[a-z0-9-]`; the prefix keeps Mermaid keywords such as `end` from ever being a node id.
const nodeId = (id: string) => `n_${id.replace(/-/g, '_')}`;
const label = (lines: readonly string[]) => `"${lines.map(mermaidText).join('<br/>')}"`;

const SHAPES: Record<NodeStyle['shape'], [string, string]> = {
  hexagon: ['{{', '}}'],
  cylinder: ['[(', ')]'],
  component: ['[[', ']]'],
  box: ['(', ')'],
};

function nodeLine(node: LineageNode): string {
  const [open, close] = SHAPES[describeNodeStyle(node).shape];
  return `    ${nodeId(node.id)}${open}${label(nodeLines(node))}${close}`;
}

function nodeStyleLine(node: LineageNode): string {
  const style = describeNodeStyle(node);
  // Mermaid has no double border: a tenant boundary gets a heavy one instead.
  const width = node.tenantBoundary ? 4 : style.strokeWidth;
  return `  style ${nodeId(node.id)} fill:${style.fill},stroke:${style.stroke},stroke-width:${width}px`;
}

/**
 * Renders the graph as a Mermaid flowchart for Markdown: same content as the DOT output, with the legend
 * as its own subgraph. Every label is quoted and entity-escaped.
 * @example renderMermaid(graph) // 'flowchart LR\n  subgraph company["Acme AI"]\n ...'
 */
export function renderMermaid(graph: LineageGraph): string {
  const title = graphTitle(graph);
  // Titles hold only ids (`[a-z0-9-]`), so JSON quoting is enough for the YAML front matter.
  const out = title ? ['---', `title: ${JSON.stringify(title)}`, '---'] : [];
  out.push('flowchart LR');
  const internal = graph.nodes.filter((node) => node.boundary === 'internal');
  const external = graph.nodes.filter((node) => node.boundary === 'external');
  if (internal.length > 0) {
    out.push(`  subgraph company[${label([graph.organization])}]`, ...internal.map(nodeLine), '  end');
  }
  if (external.length > 0) {
    out.push(
      `  subgraph outside[${label([outsideTitle(graph, external)])}]`,
      ...external.map(nodeLine),
      '  end',
    );
  }
  const theirs = graph.nodes.filter((node) => node.boundary === 'customer');
  if (theirs.length > 0) {
    out.push(`  subgraph customers[${label([customersTitle(theirs)])}]`, ...theirs.map(nodeLine), '  end');
  }
  const linkStyles: string[] = [];
  graph.edges.forEach((edge, index) => {
    const style = describeEdgeStyle(edge);
    const arrow = style.line === 'solid' ? '-->' : '-.->';
    out.push(`  ${nodeId(edge.from)} ${arrow}|${label(edgeLines(edge))}| ${nodeId(edge.to)}`);
    const dash =
      style.line === 'dashed'
        ? ',stroke-dasharray:6 4'
        : style.line === 'dotted'
          ? ',stroke-dasharray:2 3'
          : '';
    linkStyles.push(`  linkStyle ${index} stroke:${style.stroke},stroke-width:${style.strokeWidth}px${dash}`);
  });
  const legend = legendRows(graph, 'heaviest border (4 px)');
  out.push('  subgraph legend["Legend"]', '    direction TB');
  for (const [index, row] of legend.entries()) {
    out.push(`    legend_${index}[${label([`${row.key}: ${row.text}`])}]`);
  }
  out.push('  end');
  out.push(...graph.nodes.map(nodeStyleLine));
  legend.forEach((row, index) => {
    if (row.fill) out.push(`  style legend_${index} fill:${row.fill}`);
  });
  out.push(...linkStyles);
  return `${out.join('\n')}\n`;
}
