import {
  entersTraining,
  reachedAnonymously,
  runByCustomer,
  underCustomersAccount,
} from '../core/vocabulary.js';
import { UsageError } from '../errors/index.js';
import { DATASTORE_ENFORCED_TENANCY, didYouMean, keptAt, TRAINING_KINDS } from '../map/index.js';
import { customersClasses, type Model, sameName, searchesOnly } from '../model/index.js';
import { journeyClasses } from './dataClasses.js';
import { type FlowFacts, findRestingPlaces, type PlaceFacts, worse } from './stops.js';
import type { LineageClass, LineageEdge, LineageGraph, LineageNode, LineageOptions } from './types.js';

/**
 * Builds the lineage graph from the model: every component, sub-processor and flow, or, with `dataClass`,
 * only the journey of that class. Pure; renderers take the result.
 * @example
 * const graph = buildLineageGraph(model, { dataClass: 'customer-documents' });
 * graph.classes.find((c) => c.id === 'customer-documents')?.stops; // [{ node: 'app-db', kind: 'external' }, ...]
 */
export function buildLineageGraph(model: Model, options: LineageOptions = {}): LineageGraph {
  const journey = options.dataClass === undefined ? undefined : journeyOf(model, options.dataClass);
  // The customers' own data, their people's personal data and what the map scopes to a tenant with it (lunary,
  // SurfSense: end users' personal data drawn as going nowhere though flows took it to a store and to Stripe).
  const customer = customersClasses(model);

  const edges: LineageEdge[] = [];
  for (const flow of model.map.flows) {
    const classes = journey ? flow.dataClasses.filter((c) => journey.has(c)) : [...flow.dataClasses];
    if (classes.length === 0) continue;
    edges.push({
      id: flow.id,
      from: flow.from,
      to: flow.to,
      purpose: flow.purpose,
      classes,
      gated: flow.condition?.kind === 'tenant-opt-in',
      ...(flow.condition ? { condition: { ...flow.condition } } : {}),
      customer: classes.some((c) => customer.has(c)),
    });
  }

  const places = placeFacts(model);
  const shownClasses = new Set(edges.flatMap((edge) => edge.classes));
  const customerShown = [...shownClasses].filter((c) => customer.has(c));
  const trains = (edge: LineageEdge) => entersTraining(edge, model.index.components.get(edge.to)?.kind);
  const facts: FlowFacts[] = edges.map((edge) => ({
    ...edge,
    trains: trains(edge),
    searches: searchesOnly(model, edge),
  }));
  const resting = findRestingPlaces(facts, customerShown, places);
  const sinks = trainingSinks(model);

  for (const edge of edges) {
    for (const dataClass of edge.classes) {
      edge.stopKind = worse(edge.stopKind, resting.downstream.get(dataClass)?.get(edge.to));
    }
    if (!edge.stopKind) delete edge.stopKind;
  }

  const nodeIds = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
  if (journey) {
    for (const entry of [...model.map.components, ...model.map.subprocessors]) {
      if (entry.dataClasses.some((c) => journey.has(c))) nodeIds.add(entry.id);
    }
  } else {
    for (const entry of [...model.map.components, ...model.map.subprocessors]) nodeIds.add(entry.id);
  }
  const stopsAt = new Map<string, LineageNode['stops']>();
  for (const [dataClass, list] of resting.stops) {
    for (const { node, kind } of list) {
      const entries = stopsAt.get(node) ?? [];
      entries.push({ dataClass, kind });
      stopsAt.set(node, entries);
    }
  }
  // Map order, components first, so output is stable and reads like the map.
  const nodes = [...model.map.components, ...model.map.subprocessors]
    .filter((entry) => nodeIds.has(entry.id))
    .map((entry) => describeNode(model, entry.id, stopsAt.get(entry.id) ?? [], sinks.has(entry.id)));

  const classes: LineageClass[] = model.map.dataClasses
    .filter((entry) => shownClasses.has(entry.id))
    .map((entry) => {
      const stops = resting.stops.get(entry.id) ?? [];
      const stopKind = stops.reduce<LineageClass['stopKind']>(
        (acc, stop) => worse(acc, stop.kind),
        undefined,
      );
      return {
        id: entry.id,
        name: entry.name,
        category: entry.category,
        customer: customer.has(entry.id),
        derivedFrom: [...(entry.derivedFrom ?? [])],
        stops,
        ...(stopKind ? { stopKind } : {}),
      };
    });

  return {
    organization: model.map.organization.name,
    nodes,
    edges,
    classes,
    ...(journey && options.dataClass
      ? { focus: { dataClass: options.dataClass, journey: [...journey] } }
      : {}),
  };
}

/**
 * Training sinks: training jobs, and where a flow into training (`entersTraining`) ends with what it carries going no
 * further, such as a vendor's fine-tuning API; a bucket that stages the set for our own job passes it on.
 */
function trainingSinks(model: Model): Set<string> {
  const kindOf = (id: string) => model.index.components.get(id)?.kind;
  const sinks = new Set(
    model.map.components.filter((entry) => TRAINING_KINDS.has(entry.kind)).map((entry) => entry.id),
  );
  for (const flow of model.map.flows) {
    const onward = model.index.outgoing.get(flow.to) ?? [];
    const passedOn = onward.some((next) => next.dataClasses.some((c) => flow.dataClasses.includes(c)));
    if (entersTraining(flow, kindOf(flow.to)) && !passedOn) sinks.add(flow.to);
  }
  return sinks;
}

function journeyOf(model: Model, id: string): Set<string> {
  if (!model.index.dataClasses.has(id)) {
    throw new UsageError(
      `unknown data class \`${id}\``,
      didYouMean(id, model.index.dataClasses.keys()) ??
        `known data classes: ${[...model.index.dataClasses.keys()].join(', ') || '(none)'}`,
    );
  }
  return journeyClasses(model, id);
}

/** A component a vendor or the customer runs is outside our boundary. */
const outsideUs = (model: Model, component: { hosting?: string; subprocessor?: string }) =>
  component.hosting === 'vendor' || runByCustomer(component, model.map.subprocessors);

function placeFacts(model: Model): Map<string, PlaceFacts> {
  const places = new Map<string, PlaceFacts>();
  for (const component of model.map.components) {
    places.set(component.id, {
      trainingSink: TRAINING_KINDS.has(component.kind),
      external: outsideUs(model, component),
      customer: runByCustomer(component, model.map.subprocessors),
      keeps: new Set(component.dataClasses.filter((dataClass) => keptAt(component, dataClass) !== 'zero')),
    });
  }
  for (const subprocessor of model.map.subprocessors) {
    places.set(subprocessor.id, {
      trainingSink: false,
      external: true,
      customer: underCustomersAccount(subprocessor),
      keeps: new Set(subprocessor.dataClasses),
    });
  }
  return places;
}

function describeNode(
  model: Model,
  id: string,
  stops: LineageNode['stops'],
  trainingSink: boolean,
): LineageNode {
  const stopKind = stops.reduce<LineageNode['stopKind']>((acc, stop) => worse(acc, stop.kind), undefined);
  const common = { stops, ...(stopKind ? { stopKind } : {}) };
  const component = model.index.components.get(id);
  if (component) {
    const separating = component.tenancy && DATASTORE_ENFORCED_TENANCY.has(component.tenancy.model);
    return {
      id,
      label: component.name ?? id,
      kind: component.kind,
      role: 'component',
      // The customer's own parts are theirs, not sub-processors (WrenAI: each customer's own PostgreSQL, MySQL and
      // ClickHouse were "vendor-hosted" in "Outside WrenAI: sub-processors", where scope and the trust center said
      // "run by each customer").
      boundary: runByCustomer(component, model.map.subprocessors)
        ? 'customer'
        : outsideUs(model, component)
          ? 'external'
          : 'internal',
      trainingSink,
      ...(separating && component.tenancy
        ? {
            tenantBoundary: {
              model: component.tenancy.model,
              ...(component.tenancy.mechanism ? { mechanism: component.tenancy.mechanism } : {}),
            },
          }
        : {}),
      ...(component.subprocessor ? { subprocessor: component.subprocessor } : {}),
      ...common,
    };
  }
  const subprocessor = model.index.subprocessors.get(id);
  return {
    id,
    // Said once where the service names the vendor ("Anthropic Claude API", not "Anthropic Claude API: Anthropic Claude
    // API": langflow).
    label: subprocessor
      ? sameName(subprocessor.vendor, subprocessor.service)
        ? subprocessor.vendor
        : `${subprocessor.vendor}: ${subprocessor.service}`
      : id,
    kind: 'subprocessor',
    role: 'subprocessor',
    // Reached only under each customer's own account, it is theirs (postiz's HeyGen, "sub-processor (external)" in the
    // diagram, "not a sub-processor of Postiz" on the trust center).
    boundary: subprocessor && underCustomersAccount(subprocessor) ? 'customer' : 'external',
    trainingSink,
    ...(subprocessor && reachedAnonymously(subprocessor) ? { anonymous: true as const } : {}),
    ...common,
  };
}
