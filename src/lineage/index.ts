export { buildLineageGraph } from './buildLineageGraph.js';
export { journeyClasses } from './dataClasses.js';
export { renderDot } from './renderDot.js';
export { renderMermaid } from './renderMermaid.js';
export { renderSvg } from './renderSvg.js';
export {
  type LineageClass,
  type LineageEdge,
  type LineageGraph,
  type LineageNode,
  type LineageOptions,
  STOP_KINDS,
  type StopKind,
} from './types.js';
