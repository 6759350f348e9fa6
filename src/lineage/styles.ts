import { NEUTRAL, STOP_STYLE, STORE_KINDS } from './palette.js';
import type { LineageEdge, LineageNode } from './types.js';

/** How a node looks, in terms every renderer can translate. */
export interface NodeStyle {
  shape: 'hexagon' | 'cylinder' | 'component' | 'box';
  /** Graphviz `style` value. */
  dotStyle: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
}

export function describeNodeStyle(node: LineageNode): NodeStyle {
  const colours = node.stopKind ? STOP_STYLE[node.stopKind] : NEUTRAL;
  const shape = node.trainingSink
    ? 'hexagon'
    : node.role === 'subprocessor'
      ? 'component'
      : STORE_KINDS.has(node.kind)
        ? 'cylinder'
        : 'box';
  return {
    shape,
    dotStyle: shape === 'box' ? 'rounded,filled' : 'filled',
    fill: colours.fill,
    stroke: colours.stroke,
    strokeWidth: node.stopKind || node.trainingSink ? 2 : 1,
  };
}

export interface EdgeStyle {
  line: 'solid' | 'dashed' | 'dotted';
  stroke: string;
  strokeWidth: number;
}

export function describeEdgeStyle(edge: LineageEdge): EdgeStyle {
  return {
    line: edge.gated ? 'dashed' : edge.condition ? 'dotted' : 'solid',
    stroke: edge.stopKind ? STOP_STYLE[edge.stopKind].stroke : NEUTRAL.stroke,
    strokeWidth: edge.customer ? 1.8 : 1,
  };
}
