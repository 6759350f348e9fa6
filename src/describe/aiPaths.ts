import type { SourceRef } from '../controls/types.js';
import { entersTraining, RETRIEVAL_KINDS, SERVING_KINDS, TRAINING_KINDS } from '../core/vocabulary.js';
import { findProvider } from '../discover/catalog/index.js';
import type { FlowData } from '../map/index.js';
import type { Model } from '../model/index.js';
import { mapSource } from './sources.js';

export type AiPathKind = 'inference' | 'retrieval' | 'training';

/** A chain of flows through which data reaches or leaves a model. */
export interface AiPath {
  kind: AiPathKind;
  /** Endpoints in order, e.g. `['app-db', 'training-bucket', 'ft-pipeline']`. */
  hops: string[];
  /** The flows along it, in order; where several flows make the same hops, each of them. */
  flows: string[];
  dataClasses: string[];
  /** What reaches the end: the classes the last hop carries. */
  delivered: string[];
  /** Conditions on any of the flows (e.g. tenant opt-in), in words. */
  conditions: string[];
  sources: SourceRef[];
}

const MAX_PATHS = 100;

function belongs(model: Model, flow: FlowData, kind: AiPathKind): boolean {
  const kindOf = (id: string) => model.index.components.get(id)?.kind ?? '';
  switch (kind) {
    case 'inference':
      // A model run for an evaluation or at ingestion is inference too, where a model answers it (lunary: its
      // evaluators sending logged prompts to OpenAI and its ML service, left off every path).
      return (
        flow.purpose === 'inference' ||
        ((flow.purpose === 'evaluation' || flow.purpose === 'ingestion') &&
          (SERVING_KINDS.has(kindOf(flow.to)) || model.index.subprocessors.get(flow.to)?.ai === true))
      );
    case 'retrieval':
      // Writes into a vector index are part of the path even though their purpose says `storage`; so are writes into
      // a vendor's vector store the map names only as a sub-processor (retrieval-plugin: Pinecone, Zilliz and Azure AI
      // Search, each left off the retrieval path while the self-hosted stores were on it).
      return flow.purpose === 'retrieval' || flow.purpose === 'embedding' || retrievalStore(model, flow.to);
    case 'training':
      // What the no-training check calls training (a training purpose, or a training job at the end), and models
      // leaving a training job; not an evaluation (zep: its eval harness's calls to Gemini were a "Training path").
      return entersTraining(flow, kindOf(flow.to)) || TRAINING_KINDS.has(kindOf(flow.from));
  }
}

/** A vector index of ours, or a vendor's vector store the map names only as a sub-processor. */
function retrievalStore(model: Model, id: string): boolean {
  if (RETRIEVAL_KINDS.has(model.index.components.get(id)?.kind ?? '')) return true;
  const vendor = model.index.subprocessors.get(id);
  return vendor !== undefined && findProvider(vendor.provider ?? vendor.id)?.category === 'vector-store';
}

/**
 * Data moves on from `previous` into `next` when `next` carries what `previous` delivered (or something derived
 * from it), or when `previous` fed a training job, whose output (a model) is new data. What a store of vectors
 * returns is not embedded again: chunks are embedded on their way in, so a search's results do not continue into an
 * embedding flow (pipeshub-ai, pdfGPT: "Vector store → App → OpenAI embeddings", chunks read as embedded after
 * retrieval).
 */
function continues(model: Model, previous: FlowData, next: FlowData): boolean {
  if (next.from !== previous.to) return false;
  if (next.purpose === 'embedding' && retrievalStore(model, previous.from)) return false;
  if (TRAINING_KINDS.has(model.index.components.get(previous.to)?.kind ?? '')) return true;
  return next.dataClasses.some(
    (id) =>
      previous.dataClasses.includes(id) ||
      (model.index.dataClasses.get(id)?.derivedFrom ?? []).some((source) =>
        previous.dataClasses.includes(source),
      ),
  );
}

function chains(model: Model, flows: readonly FlowData[]): FlowData[][] {
  const result: FlowData[][] = [];
  const covered = new Set<string>();
  const extend = (chain: FlowData[]) => {
    if (result.length >= MAX_PATHS) return;
    const last = chain[chain.length - 1]!;
    const next = flows.filter((flow) => !chain.includes(flow) && continues(model, last, flow));
    if (next.length === 0) {
      result.push(chain);
      for (const flow of chain) covered.add(flow.id);
      return;
    }
    for (const flow of next) extend([...chain, flow]);
  };
  const starts = flows.filter(
    (flow) => !flows.some((other) => other !== flow && continues(model, other, flow)),
  );
  for (const start of starts) extend([start]);
  // Cycles have no natural start: begin at each flow no chain has reached yet.
  for (const flow of flows) if (!covered.has(flow.id)) extend([flow]);
  return result;
}

/**
 * The AI inference, retrieval and training paths of the system, derived from the map's flows: each path is a
 * chain of flows of that kind, in order.
 * @example findAiPaths(model).training[0].hops // ['app-db', 'training-bucket', 'ft-pipeline', 'ft-endpoint']
 */
export function findAiPaths(model: Model): Record<AiPathKind, AiPath[]> {
  const paths = {} as Record<AiPathKind, AiPath[]>;
  for (const kind of ['inference', 'retrieval', 'training'] as const) {
    const flows = model.map.flows.filter((flow) => belongs(model, flow, kind));
    const found = chains(model, flows).map(
      (chain): AiPath => ({
        kind,
        hops: [chain[0]!.from, ...chain.map((flow) => flow.to)],
        flows: chain.map((flow) => flow.id),
        dataClasses: [...new Set(chain.flatMap((flow) => flow.dataClasses))],
        delivered: [...chain.at(-1)!.dataClasses],
        conditions: chain.flatMap((flow) => (flow.condition ? [flow.condition.description] : [])),
        sources: chain.map((flow) => mapSource(model, `flows/${flow.id}`)),
      }),
    );
    paths[kind] = onceEach(found);
  }
  return paths;
}

/**
 * One path for each sequence of hops: chains through parallel flows (an embedding and a retrieval flow from the app to
 * the same store) are the same path, carrying what any of them does (pdftochat: "App → Chroma" twice on the retrieval
 * path). It is conditional only where every one of them is.
 */
function onceEach(paths: readonly AiPath[]): AiPath[] {
  const byHops = new Map<string, AiPath[]>();
  for (const path of paths) {
    const key = path.hops.join('\u0000');
    byHops.set(key, [...(byHops.get(key) ?? []), path]);
  }
  return [...byHops.values()].map((same) => {
    const [first] = same as [AiPath, ...AiPath[]];
    if (same.length === 1) return first;
    const union = (pick: (path: AiPath) => readonly string[]) => [...new Set(same.flatMap(pick))];
    const ways = [...new Set(same.map((path) => path.conditions.join('; ')))];
    return {
      ...first,
      flows: union((path) => path.flows),
      dataClasses: union((path) => path.dataClasses),
      delivered: union((path) => path.delivered),
      conditions: ways.includes('') ? [] : ways.length === 1 ? first.conditions : [ways.join(', or ')],
      sources: [
        ...new Map(
          same.flatMap((path) => path.sources).map((source) => [JSON.stringify(source), source]),
        ).values(),
      ],
    };
  });
}

/** Every component or sub-processor id on any of the given paths. */
export function endpointsOf(paths: readonly AiPath[]): Set<string> {
  return new Set(paths.flatMap((path) => path.hops));
}
