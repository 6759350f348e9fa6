import type { CompiledCatalog } from '../catalog/compile.js';
import type { ProviderHit } from '../scan/hits.js';
import { normaliseSlug } from './integrations.js';

/** A provider setting with a literal value (`chat_model_provider="openrouter"`, `provider: 'openrouter'`). */
const PROVIDER_SETTING = /\b\w{0,40}provider["'`]?\s*[:=]\s*["'`]([\w.-]{2,40})["'`]/gi;
/** Lines before a model's name where its provider is read: the same call or object's neighbouring arguments. */
const LINES_BEFORE = 2;

/** The detail of a maker-prefixed model name read as a gateway's model. */
export const gatewayModelDetail = (gateway: string) => `a model of ${gateway}'s, named by its maker`;

/**
 * Re-assigns a maker-prefixed model name (`"openai/gpt-4.1"`) to the gateway a provider setting just before it names
 * (`chat_model_provider="openrouter"` on the line above): OpenRouter's model slugs carry their maker's name, and the
 * request goes to OpenRouter, not to the maker (agent-zero's defaults, read as OpenAI). Only a hosted gateway (a
 * self-hosted one, LiteLLM's proxy, passes the call on to the maker with the app's own key), and only model names and
 * LiteLLM routes. `text` is the code with comments blanked. Pure; reads at
 * most `LINES_BEFORE` lines per hit.
 * @example gatewayModels(hits, 'provider="openrouter",\nmodel="openai/gpt-4.1"', catalog)
 */
export function gatewayModels(hits: readonly ProviderHit[], text: string, catalog: CompiledCatalog): void {
  let lines: string[] | undefined;
  for (const hit of hits) {
    const { evidence } = hit;
    const routed =
      evidence.signal === 'model-id' ||
      (evidence.signal === 'api-call' && evidence.detail?.startsWith('a LiteLLM route'));
    if (!routed) continue;
    lines ??= text.split('\n');
    const before = lines.slice(Math.max(0, evidence.line - 1 - LINES_BEFORE), evidence.line).join('\n');
    // The setting nearest the name wins.
    let gateway: string | undefined;
    for (const match of before.matchAll(PROVIDER_SETTING)) {
      const id = catalog.integrations.slugs.get(normaliseSlug(match[1]!));
      const entry = id ? catalog.providers.get(id) : undefined;
      gateway = entry?.category === 'llm-gateway' && entry.hosting === 'vendor-hosted' ? id : undefined;
    }
    if (!gateway || gateway === hit.provider) continue;
    hit.provider = gateway;
    evidence.detail = gatewayModelDetail(catalog.providers.get(gateway)?.name ?? gateway);
  }
}
