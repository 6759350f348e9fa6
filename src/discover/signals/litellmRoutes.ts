import type { CompiledCatalog } from '../catalog/compile.js';
import type { ProviderHit } from '../scan/hits.js';
import { lineAt, lineStarts, lineText } from '../scan/hits.js';
import { cleanSnippet } from '../scan/snippet.js';
import { normaliseSlug } from './integrations.js';

/**
 * LiteLLM's provider prefixes, each with the catalog's id for the vendor it routes to: a model named
 * `bedrock/<model>` is sent to Amazon Bedrock. From LiteLLM's providers documentation (docs.litellm.ai/docs/providers,
 * read 2026-12-05).
 */
const ROUTES: Readonly<Record<string, string>> = {
  openai: 'openai',
  anthropic: 'anthropic',
  azure: 'azure-openai',
  azure_ai: 'azure-ai-services',
  bedrock: 'aws-bedrock',
  sagemaker: 'aws-sagemaker',
  vertex_ai: 'vertex-ai',
  gemini: 'gemini-developer-api',
  mistral: 'mistral',
  cohere: 'cohere',
  groq: 'groq',
  together_ai: 'together',
  fireworks_ai: 'fireworks',
  deepseek: 'deepseek',
  xai: 'xai',
  perplexity: 'perplexity',
  openrouter: 'openrouter',
  replicate: 'replicate',
  huggingface: 'huggingface-inference',
  deepinfra: 'deepinfra',
  cerebras: 'cerebras',
  sambanova: 'sambanova',
  nvidia_nim: 'nvidia-nim',
  watsonx: 'ibm-watsonx',
  voyage: 'voyage',
  jina_ai: 'jina',
  ollama: 'ollama',
  ollama_chat: 'ollama',
  cloudflare: 'cloudflare-workers-ai',
  ai21: 'ai21',
  nlp_cloud: 'nlp-cloud',
  baseten: 'baseten',
  friendliai: 'friendli',
};

/** A registry's `litellm_provider: groq` (a YAML or JSON setting naming LiteLLM's provider), its value. */
const PROVIDER_SETTING = /^\s*["']?litellm_provider["']?\s*:\s*["']?([a-z][\w-]{1,40})["']?\s*,?\s*(?:#.*)?$/;

/** The detail of a provider a registry of models names by LiteLLM's provider name. */
export const LITELLM_PROVIDER_DETAIL = "a provider of the app's model registry (LiteLLM's name)";

/**
 * The vendor a registry line routes models to by LiteLLM's provider name (agent-zero's `conf/model_providers.yaml`:
 * `litellm_provider: openrouter` under each provider the settings offer, OpenRouter the default; none had been found).
 * LiteLLM's prefixes first, then the catalog's slugs (`lm_studio`). Undefined for any other line.
 * @example litellmProviderOf('    litellm_provider: groq', catalog) // 'groq'
 */
export function litellmProviderOf(line: string, catalog: CompiledCatalog): string | undefined {
  const name = PROVIDER_SETTING.exec(line)?.[1];
  if (!name) return undefined;
  const routed = ROUTES[name];
  return routed && catalog.providers.has(routed)
    ? routed
    : catalog.integrations.slugs.get(normaliseSlug(name));
}

/** A string that opens with a route prefix and a slash: `"bedrock/"`, `f"bedrock/{model}"`, `` `gemini/${model}` ``. */
const ROUTE = new RegExp(String.raw`["'\`](${Object.keys(ROUTES).join('|')})/(?=["'\`{$]|[a-z0-9])`, 'g');

/** A string method's or an operator's argument: the prefix is looked for, not sent to. */
const TESTED =
  /(?:\.(?:split|rsplit|startswith|startsWith|endswith|endsWith|replace|replaceAll|removeprefix|lstrip|strip|partition|index|find|includes|indexOf)|\bin)\s*\(?\s*$/;

/**
 * The vendors a file routes models to through LiteLLM, where the file names LiteLLM: each adapter of unstract's builds
 * `f"bedrock/{model}"` or `f"anthropic/{model}"` for the library to send, and seven of its providers had been found
 * nowhere else. One hit per vendor, at its first route. Only in files that say "litellm": elsewhere `deepseek/…` is as
 * likely an OpenRouter model, sent to OpenRouter. `text` is the code with comments blanked, `whole` the file. Pure.
 * @example litellmRoutes('# litellm\nmodel = f"bedrock/{name}"', 'a.py', catalog)[0].provider // 'aws-bedrock'
 */
export function litellmRoutes(
  text: string,
  file: string,
  catalog: CompiledCatalog,
  whole: string = text,
): ProviderHit[] {
  // Named anywhere in the file, its comments and docstrings too (unstract's adapters cite LiteLLM's docs there).
  if (!/litellm/i.test(whole)) return [];
  const hits: ProviderHit[] = [];
  const seen = new Set<string>();
  let starts: number[] | undefined;
  for (const match of text.matchAll(ROUTE)) {
    // A prefix tested or stripped is no route (R2R's `rerank_model.split("huggingface/")[1]`, posted to its own server).
    if (TESTED.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    const provider = ROUTES[match[1]!]!;
    if (seen.has(provider) || !catalog.providers.has(provider)) continue;
    seen.add(provider);
    starts ??= lineStarts(text);
    const { line, col } = lineAt(starts, match.index);
    hits.push({
      provider,
      evidence: {
        file,
        line,
        col,
        // What LiteLLM sends to, not a model's name: a proof of use, as a base URL is.
        signal: 'api-call',
        snippet: cleanSnippet(lineText(text, starts, line), col - 1),
        detail: `a LiteLLM route (${match[1]}/…)`,
      },
    });
  }
  return hits;
}
