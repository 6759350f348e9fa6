import { MODEL_PURPOSES, runByCustomer, SERVING_KINDS, STORE_KINDS } from '../core/vocabulary.js';
import { joinList } from '../core/words.js';
import { findProvider } from '../discover/catalog/index.js';
import type { ComponentData, SubprocessorData } from '../map/index.js';
import type { Model } from './model.js';
import { componentLabel } from './names.js';

/**
 * Serving components (models, inference endpoints, hosted model layers) no AI sub-processor entry stands for. One run
 * on a host of ours that is no AI service (Cloud Run, under `subprocessor: google-cloud`) is ours, not the host's
 * (superagent: its guard endpoint, every request's default, was in neither the models we run nor the AI vendors).
 */
export function servingParts(model: Model) {
  return model.map.components.filter(
    (component) =>
      SERVING_KINDS.has(component.kind) &&
      (!component.subprocessor || model.index.subprocessors.get(component.subprocessor)?.ai !== true) &&
      component.hosting !== 'vendor',
  );
}

/** Serving components of ours: we run them, on our hosts or in our cloud account. */
export function servingOurs(model: Model) {
  return servingParts(model).filter(
    (component) =>
      (component.hosting === 'self-hosted' || component.hosting === 'cloud-managed') &&
      !runByCustomer(component, model.map.subprocessors),
  );
}

/** Serving components each customer runs in its own environment: their models, with the weights they load. */
export function modelsCustomersRun(model: Model) {
  return servingParts(model).filter((component) => runByCustomer(component, model.map.subprocessors));
}

/** Serving components whose `hosting` the map does not give: whether we run them is not on record. */
export function hostingUnsaid(model: Model) {
  // One on a host the map names (`subprocessor`) runs there: who runs it is on record.
  return servingParts(model).filter(
    (component) => component.hosting === undefined && !component.subprocessor,
  );
}

/**
 * A serving component that sends its model calls on to a vendor is a gateway, not a model (FastGPT's AI Proxy, mapped
 * as a hosted model layer, was "a model we run ourselves" in 16 answers).
 */
export function forwardsToVendor(model: Model, id: string): boolean {
  return model.map.flows.some(
    (flow) => flow.from === id && MODEL_PURPOSES.has(flow.purpose) && model.index.subprocessors.has(flow.to),
  );
}

/**
 * The models we serve ourselves: serving components of ours that do not pass their calls on to a vendor. The
 * model-provider answer and the trust center's provider table both list them (acme: "Models we run ourselves:
 * Fine-tuned model endpoint" in the answer, absent from the trust center's table of AI services that see customer data).
 */
export function modelsWeRun(model: Model) {
  return servingOurs(model).filter((component) => !forwardsToVendor(model, component.id));
}

/**
 * Serving parts nobody said who runs, passing their calls on to no provider on record: they may be ours and may call
 * one, so which providers stand behind them, and on what terms, is not on record. The one reading the model-provider,
 * provider-terms and sub-processor answers and the trust center's count share (obsidian-copilot: "We use no
 * third-party AI service under our own account" beside its company's own model service; browser-use: "We use 1
 * sub-processor" and every provider "reached only under a customer's own account" beside the default model gateway
 * every prompt goes to).
 */
export function upstreamUnsaid(model: Model) {
  return [
    ...hostingUnsaid(model).filter((component) => !forwardsToVendor(model, component.id)),
    ...modelCallsReceived(model),
  ];
}

/**
 * Services of ours that are sent model calls (a flow for inference or embedding, not a training job's data) but are no model, model
 * endpoint or model layer in the map, and pass the calls on to no provider on record: what answers them there is not
 * on record (LangBot's and Open Interpreter's own model APIs, proposed by discovery as `kind: api`: "We use no
 * third-party AI service under our own account" beside every prompt they received).
 */
function modelCallsReceived(model: Model) {
  return model.map.components.filter(
    (component) =>
      !SERVING_KINDS.has(component.kind) &&
      !STORE_KINDS.has(component.kind) &&
      !component.subprocessor &&
      !runByCustomer(component, model.map.subprocessors) &&
      model.map.flows.some(
        (flow) => flow.to === component.id && (flow.purpose === 'inference' || flow.purpose === 'embedding'),
      ) &&
      !forwardsToVendor(model, component.id) &&
      !forwardsToModel(model, component.id),
  );
}

/**
 * A service that sends its model calls on to a model of the map's own (a model server, an endpoint): what answers them
 * is on record (LLocalSearch: its backend, calling only the Ollama the map names, was "Which providers, if any, stand
 * behind Agent backend is not yet on record" in ten answers and a row of the trust center's provider table).
 */
function forwardsToModel(model: Model, id: string): boolean {
  return model.map.flows.some(
    (flow) =>
      flow.from === id &&
      MODEL_PURPOSES.has(flow.purpose) &&
      SERVING_KINDS.has(model.index.components.get(flow.to)?.kind ?? ''),
  );
}

/**
 * What is said of `upstreamUnsaid`'s parts, mid-sentence, and asked of the reviewer: the one wording of the
 * model-provider, provider-terms and sub-processor answers and the trust center's count.
 * @example upstreamWords([gateway], { terms: true }).said // 'which providers, if any, stand behind Model gateway, and on what terms, is not yet on record'
 */
export function upstreamWords(
  parts: readonly ComponentData[],
  { terms = false }: { terms?: boolean } = {},
): { said: string; review: string } {
  return {
    said: `which providers, if any, stand behind ${joinList(parts.map(componentLabel))}${terms ? ', and on what terms,' : ''} is not yet on record`,
    review: `the map does not say which providers stand behind ${joinList(parts.map((part) => `\`${part.id}\``))}: add a flow to each, or set \`hosting\``,
  };
}

/**
 * The models the map names at an AI vendor (a serving component whose `subprocessor` is that vendor): what a buyer's
 * model inventory asks for beside the vendor (realtime-agents: five OpenAI model ids on record, and every inventory
 * answer named only "OpenAI API").
 */
export function vendorModels(model: Model): { vendor: string; models: ComponentData[] }[] {
  const byVendor = new Map<string, ComponentData[]>();
  for (const component of model.map.components) {
    if (!SERVING_KINDS.has(component.kind) || !component.subprocessor) continue;
    if (model.index.subprocessors.get(component.subprocessor)?.ai !== true) continue;
    byVendor.set(component.subprocessor, [...(byVendor.get(component.subprocessor) ?? []), component]);
  }
  return [...byVendor].map(([vendor, models]) => ({ vendor, models }));
}

/**
 * Whether an AI vendor runs models for us (the model-provider answers and the failover answer read it alike). Where the flows say which vendors do (inference, embedding, training),
 * those are the model providers, and a web-search API or a tracing tool is said apart: a buyer counting model vendors
 * counts these. A speech service reads text aloud or transcribes audio: not a model provider to a buyer counting LLM
 * vendors, though its flow's purpose is inference (Open WebUI's ElevenLabs and Deepgram were listed as model
 * providers).
 */
export function modelProviderTest(model: Model): (vendor: SubprocessorData) => boolean {
  const runsModels = new Set(
    model.map.flows.filter((flow) => MODEL_PURPOSES.has(flow.purpose)).map((flow) => flow.to),
  );
  return (vendor) =>
    runsModels.has(vendor.id) && findProvider(vendor.provider ?? vendor.id)?.serves !== 'speech';
}
