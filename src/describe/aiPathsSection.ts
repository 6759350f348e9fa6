import { asCondition, type Model, vendorLabel } from '../model/index.js';
import { type AiPath, type AiPathKind, findAiPaths } from './aiPaths.js';
import type { DescriptionBlock, DescriptionSection, Statement } from './types.js';

const TITLES: Record<AiPathKind, string> = {
  inference: 'Inference path',
  // Embedding and ingestion too: an embedding job is no retrieval (langwatch's topic clustering, sample-app-aoai-chatGPT's
  // ingestion scripts).
  retrieval: 'Retrieval and embedding path',
  training: 'Training path',
};

const NONE: Record<AiPathKind, string> = {
  inference: 'The map records no flow that sends data to a model for inference.',
  retrieval: 'The map records no retrieval or embedding flow.',
  training: 'The map records no flow that carries data into training or fine-tuning.',
};

/**
 * A hop by the name a buyer knows: a component's, or a vendor's service where the vendor has several (suna: "→ Amazon
 * Web Services … only when the user's model is Kortix Basic" of Bedrock, beside AWS hosting everything).
 */
function endpointName(model: Model, id: string): string {
  const vendor = model.index.subprocessors.get(id);
  return model.index.components.get(id)?.name ?? (vendor ? vendorLabel(model, vendor) : id);
}

function describePath(model: Model, path: AiPath): Statement {
  // What reaches the end: the last hop's data, not every hop's (agenta: provider keys, sent only from the API to its
  // services, read as reaching every model provider at the end of the path).
  const data = path.delivered.map((id) => model.index.dataClasses.get(id)?.name ?? id).join(', ');
  // The map's own words may start with "only" already (retrieval-plugin: "Only when: only when …"), or say "while"
  // (Open-LLM-VTuber: "Only when: only while …").
  const stripped = path.conditions.map((text) =>
    asCondition(text.replace(/\.$/, '').replace(/^only\s+/i, '')),
  );
  const condition =
    stripped.length === 0
      ? ''
      : stripped.every((text) => /^(?:when|if)\s+/i.test(text))
        ? ` Only when: ${stripped.map((text) => text.replace(/^(?:when|if)\s+/i, '')).join('; ')}.`
        : ` Only ${stripped.join('; or ')}.`;
  return {
    text: `${path.hops.map((hop) => endpointName(model, hop)).join(' → ')} (carries ${data}).${condition}`,
    sources: path.sources,
  };
}

/** How data reaches models: the inference, retrieval and training paths derived from the map's flows. */
export function aiPathsSection(model: Model): DescriptionSection {
  const paths = findAiPaths(model);
  const blocks: DescriptionBlock[] = [];
  // Retrieval alone where nothing is embedded (sqlchat: "Retrieval and embedding path" over its query to the customer's
  // database).
  const embeds = model.map.flows.some((flow) => flow.purpose === 'embedding');
  for (const kind of ['inference', 'retrieval', 'training'] as const) {
    blocks.push({
      kind: 'heading',
      text: kind === 'retrieval' && !embeds ? 'Retrieval path' : TITLES[kind],
      level: 3,
    });
    if (paths[kind].length === 0) {
      blocks.push({
        kind: 'paragraph',
        statement: { text: NONE[kind], sources: [{ kind: 'map', pointer: 'flows' }] },
      });
      continue;
    }
    blocks.push({ kind: 'list', items: paths[kind].map((path) => describePath(model, path)) });
  }
  return { id: 'ai-paths', title: 'AI inference, retrieval and training paths', blocks };
}
