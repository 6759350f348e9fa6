import { DEFAULT_ON } from '../model/index.js';
import { LEGEND, STOP_STYLE } from './palette.js';
import { type LineageEdge, type LineageGraph, type LineageNode, STOP_KINDS } from './types.js';

/** The plain-text lines of a node's label, before any format's escaping. */
export function nodeLines(node: LineageNode): string[] {
  const lines = [node.label];
  lines.push(
    node.role === 'component'
      ? `${node.kind} · ${node.id}`
      : node.anonymous
        ? 'reached anonymously: no account'
        : node.boundary === 'customer'
          ? "the customer's own account"
          : 'sub-processor (external)',
  );
  if (node.role === 'component' && node.boundary === 'customer')
    lines.push(
      node.subprocessor
        ? `under each customer's own account with ${node.subprocessor}`
        : 'run by each customer',
    );
  else if (node.role === 'component' && node.boundary === 'external')
    lines.push(`vendor-hosted${node.subprocessor ? ` by ${node.subprocessor}` : ''}`);
  // A managed service of ours on a vendor's cloud is ours, and the vendor runs it (sample-app-aoai-chatGPT: its chat
  // history and search index drawn as ours with no word of Azure, whose box had no edge).
  else if (node.role === 'component' && node.subprocessor) lines.push(`run for us by ${node.subprocessor}`);
  if (node.trainingSink) lines.push('TRAINING SINK');
  if (node.tenantBoundary) lines.push(`tenant boundary: ${node.tenantBoundary.model}`);
  if (node.stops.length > 0) lines.push(`stops here: ${node.stops.map((stop) => stop.dataClass).join(', ')}`);
  return lines;
}

/**
 * The dashed box's title: sub-processors, and, where parts of ours run on a vendor's infrastructure sit in it too,
 * those parts named as ours (ai-town: its backend, database and logs on Convex Cloud sat under "Outside ai-town:
 * sub-processors", where `describe` and `scope` put them inside the system).
 */
export function outsideTitle(graph: LineageGraph, external: readonly LineageNode[]): string {
  return external.some((node) => node.role === 'component')
    ? `Outside ${graph.organization}'s own infrastructure: sub-processors, and our parts they host`
    : `Outside ${graph.organization}: sub-processors`;
}

/**
 * The dotted box's title: the customer's own systems and accounts, and the services each customer's installation
 * reaches with no account at all, named as such (refact's Jina Reader, QAnything's DuckDuckGo sat under "Each
 * customer's own systems and accounts").
 */
export function customersTitle(theirs: readonly LineageNode[]): string {
  const anonymous = theirs.filter((node) => node.anonymous).length;
  if (anonymous === 0) return "Each customer's own systems and accounts";
  return anonymous === theirs.length
    ? "Services each customer's installation reaches anonymously"
    : "Each customer's own systems and accounts, and services its installation reaches anonymously";
}

/** A condition that opens with its own conjunction ("when …", "only if …", "unless …"), or holds by default. */
// "only for attached files", "only in the tweet-curation graph" open themselves too (coai, social-media-agent: "if only
// for …").
const CONDITION_WORD =
  /^(?:only\s+(?:for|in|on|with|by|from|to|during|through|via)\b|(?:only\s+)?(?:when|whenever|where|if|unless|while|once|after|before)\b)/i;
const opensItself = (condition: string) => CONDITION_WORD.test(condition) || DEFAULT_ON.test(condition);

/** The plain-text lines of an edge's label: purpose (marked when gated), then the classes. */
export function edgeLines(edge: LineageEdge): string[] {
  // A condition already worded as one is not preceded by "if" (postiz, WrenAI: "if when …", "if only when …").
  const condition = edge.condition?.description.trim();
  const purpose = edge.gated
    ? `opt-in: ${edge.purpose}`
    : condition
      ? `${opensItself(condition) ? condition : `if ${condition}`}: ${edge.purpose}`
      : edge.purpose;
  return [purpose, edge.classes.join(', ')];
}

/** A title for one-class views. */
export function graphTitle(graph: LineageGraph): string | undefined {
  if (!graph.focus) return undefined;
  const others = graph.focus.journey.filter((id) => id !== graph.focus?.dataClass);
  return `Journey of ${graph.focus.dataClass}${others.length > 0 ? ` with ${others.join(', ')}` : ''}`;
}

/** Legend rows as [swatch colour or undefined, text], in the order every format shows them. */
export function legendRows(
  graph: LineageGraph,
  tenantKey = 'double border',
): { fill?: string; key: string; text: string }[] {
  // The customer's own systems only where the graph has some: most maps have none.
  const theirs = graph.nodes.some((node) => node.boundary === 'customer');
  const anonymous = graph.nodes.some((node) => node.anonymous);
  const rows: { fill?: string; key: string; text: string }[] = STOP_KINDS.filter(
    (kind) => kind !== 'customer' || theirs,
  ).map((kind) => ({
    fill: STOP_STYLE[kind].fill,
    key: kind,
    text:
      kind === 'customer' && anonymous
        ? `${STOP_STYLE[kind].legend}, or at a service its installation reaches anonymously`
        : STOP_STYLE[kind].legend,
  }));
  rows.push(
    { key: 'hexagon', text: LEGEND.trainingSink },
    // Only where a node has one (briefer, Dataherald: "thick border: tenant boundary" beside no such node, read against
    // the 2 px border every place where customer data stops has).
    ...(graph.nodes.some((node) => node.tenantBoundary)
      ? [{ key: tenantKey, text: LEGEND.tenantBoundary }]
      : []),
    { key: 'outside box', text: LEGEND.subprocessor },
    ...(theirs
      ? [{ key: "customer's box", text: anonymous ? LEGEND.customerRunOrAnonymous : LEGEND.customerRun }]
      : []),
    { key: '- - ->', text: LEGEND.gated },
    { key: '· · ·>', text: LEGEND.conditional },
    { key: 'label', text: LEGEND.edgeLabel },
  );
  for (const dataClass of graph.classes.filter((entry) => entry.customer)) {
    const where = dataClass.stops.map((stop) => `${stop.node} (${stop.kind})`).join(', ');
    rows.push({
      ...(dataClass.stopKind ? { fill: STOP_STYLE[dataClass.stopKind].fill } : {}),
      key: dataClass.id,
      text: `${dataClass.name}; stops at ${where || 'no place in this view'}`,
    });
  }
  return rows;
}
