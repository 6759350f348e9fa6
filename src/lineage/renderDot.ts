import { customersTitle, edgeLines, graphTitle, legendRows, nodeLines, outsideTitle } from './describe.js';
import { dotText, htmlText } from './escape.js';
import { FONT } from './palette.js';
import { describeEdgeStyle, describeNodeStyle } from './styles.js';
import type { LineageGraph, LineageNode } from './types.js';

const quote = (text: string) => `"${dotText(text)}"`;
const label = (lines: readonly string[]) => `"${lines.map(dotText).join('\\n')}"`;

function nodeStatement(node: LineageNode): string {
  const style = describeNodeStyle(node);
  const attributes = [
    `label=${label(nodeLines(node))}`,
    `shape=${style.shape}`,
    `style="${style.dotStyle}"`,
    `fillcolor="${style.fill}"`,
    `color="${style.stroke}"`,
    `penwidth=${style.strokeWidth}`,
    ...(node.tenantBoundary ? ['peripheries=2'] : []),
  ];
  return `    ${quote(node.id)} [${attributes.join(', ')}];`;
}

function legendTable(graph: LineageGraph): string {
  const rows = legendRows(graph)
    .map(
      (row) =>
        `<TR><TD${row.fill ? ` BGCOLOR="${row.fill}"` : ''}>${htmlText(row.key)}</TD>` +
        `<TD ALIGN="LEFT">${htmlText(row.text)}</TD></TR>`,
    )
    .join('');
  return `<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="3"><TR><TD COLSPAN="2"><B>Legend</B></TD></TR>${rows}</TABLE>>`;
}

/**
 * Renders the graph as Graphviz DOT: the company boundary and the outside world as clusters, customer data
 * coloured by where it comes to rest, opt-in flows dashed, and a legend.
 * @example renderDot(buildLineageGraph(model)) // 'digraph lineage {\n  rankdir=LR; ...'
 */
export function renderDot(graph: LineageGraph): string {
  const title = graphTitle(graph);
  const internal = graph.nodes.filter((node) => node.boundary === 'internal');
  const external = graph.nodes.filter((node) => node.boundary === 'external');
  const out = [
    'digraph lineage {',
    '  rankdir=LR;',
    `  graph [fontname="${FONT}", fontsize=12, nodesep=0.35, ranksep=0.7${title ? `, label=${quote(title)}, labelloc=t` : ''}];`,
    `  node [fontname="${FONT}", fontsize=10, margin="0.12,0.06"];`,
    `  edge [fontname="${FONT}", fontsize=8, arrowsize=0.7];`,
  ];
  if (internal.length > 0) {
    out.push(
      '  subgraph cluster_company {',
      `    label=${quote(graph.organization)}; style="rounded"; color="#1f4e79"; penwidth=1.5;`,
      ...internal.map(nodeStatement),
      '  }',
    );
  }
  if (external.length > 0) {
    out.push(
      '  subgraph cluster_external {',
      `    label=${quote(outsideTitle(graph, external))}; style="rounded,dashed"; color="#b26a00";`,
      ...external.map(nodeStatement),
      '  }',
    );
  }
  const theirs = graph.nodes.filter((node) => node.boundary === 'customer');
  if (theirs.length > 0) {
    out.push(
      '  subgraph cluster_customers {',
      `    label=${quote(customersTitle(theirs))}; style="rounded,dotted"; color="#1565c0";`,
      ...theirs.map(nodeStatement),
      '  }',
    );
  }
  for (const edge of graph.edges) {
    const style = describeEdgeStyle(edge);
    const attributes = [
      `id=${quote(`flow-${edge.id}`)}`,
      `label=${label(edgeLines(edge))}`,
      `color="${style.stroke}"`,
      `fontcolor="${style.stroke}"`,
      `penwidth=${style.strokeWidth}`,
      ...(style.line === 'solid' ? [] : [`style=${style.line}`]),
    ];
    out.push(`  ${quote(edge.from)} -> ${quote(edge.to)} [${attributes.join(', ')}];`);
  }
  out.push(
    '  subgraph cluster_legend {',
    '    label=""; color="#bdbdbd";',
    `    legend [shape=plaintext, margin=0, label=${legendTable(graph)}];`,
    '  }',
    '}',
  );
  return `${out.join('\n')}\n`;
}
