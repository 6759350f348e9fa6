import type { CompiledCatalog } from '../catalog/compile.js';
import { normaliseSlug, slugProvider } from './integrations.js';
import { UMBRELLA_SLUGS } from './lineSignals.js';

// A folder that holds one module or folder per vendor: `providers/`, `AiProviders/`, `vectorDbProviders/`,
// `model_providers/`, `vendors/`, `llms/`, `vector_stores/`. Not `vendor/`, where Go, PHP and Ruby keep copies of
// their dependencies.
// Also `ai/`, where an app keeps a folder per model vendor it calls (Chat2DB's `controller/ai/claude/`, `ai/wenxin/`).
const VENDOR_FOLDER = /providers?$|^vendors$|^llms?$|^ai$|^vector[-_]?(?:stores?|dbs?)$/i;
// A folder or module named for its vendor with a suffix that says so: `kimi_model_provider`, `ollama-provider`,
// `elevenlabs.vendor.ts`.
const VENDOR_SUFFIX = /[-_.](?:model[-_]?)?(?:provider|vendor)$/i;
// The same in Java and C# class names, after capability words: `MinimaxEmbeddingProvider`, `OllamaVendor`.
const CAPABILITY_WORDS =
  'Chat|Embedding|Embed|Rerank|Model|Image|Audio|Video|Generation|Completion|Multi|Base|Llm|LLM';
const CAMEL_VENDOR_SUFFIX = new RegExp(`(?<=[a-z0-9])(?:${CAPABILITY_WORDS})*(?:Provider|Vendor)$`);
// Inside a folder of vendors, a class named for its vendor and its role: `DeepseekServiceImpl`,
// `ZhiPuChatServiceImpl`, `OpenAiImageGenerationServiceImpl`.
const CAMEL_ROLE_SUFFIX = new RegExp(
  `(?<=[a-z0-9])(?:${CAPABILITY_WORDS})*(?:ServiceImpl|Service|Impl|Client|Adapter)$`,
);
const EXTENSION = /\.[A-Za-z0-9]+$/;
// What a module that talks to its vendor names: a key, a base URL or endpoint, a URL, an AI path. A module that
// only names the vendor (private-gpt's `model_discovery/providers/vllm.py` classifies model lists) sends nothing.
const CONNECTS =
  /api[-_]?key|api[-_]?token|base[-_]?url|api[-_]?base|base[-_]?path|endpoint|https?:\/\/|wss?:\/\/|\/chat\/completions|\/embeddings|_host\b|_url\b/i;
// The same in camel case: `oaiKey`, `apiHost`, `cerebrasKey`.
const CONNECTS_CAMEL = /[a-z](?:Key|Host|Url|URL)\b/;

const AI_IDS = new WeakMap<CompiledCatalog, Map<string, string>>();

/** AI providers by their catalog id without separators (`elevenlabs`, `nvidianim`): names no framework spells. */
function aiIds(catalog: CompiledCatalog): Map<string, string> {
  let ids = AI_IDS.get(catalog);
  if (!ids) {
    ids = new Map();
    for (const [id, entry] of catalog.providers) if (entry.ai) ids.set(normaliseSlug(id), id);
    AI_IDS.set(catalog, ids);
  }
  return ids;
}

/**
 * The provider a source file is an adapter for, by where it sits: apps keep one module or folder per vendor
 * (`inference/providers/lm_studio/chat_completion.py`, `server/utils/AiProviders/openAi/index.js`,
 * `superagi/llms/replicate.py`, `models_provider/impl/kimi_model_provider/model/llm.py`), and such a module
 * often names its vendor nowhere else: the URL and key come from settings a user fills in. Names that are
 * umbrellas or generic (`google`, `huggingface`, `openai_compatible`, `custom_host`) name none, and only a
 * module whose `text` names a connection (a key, base URL, endpoint, URL or AI path) counts.
 * @example adapterProvider(catalog, 'providers/lm_studio/chat.py', 'post(f"{host}/v1/chat/completions")') // { provider: 'lmstudio', … }
 */
export function adapterProvider(
  catalog: CompiledCatalog,
  file: string,
  text: () => string,
): { provider: string; folder: string } | undefined {
  const segments = file.split('/');
  for (let i = 1; i < segments.length; i++) {
    const segment = i === segments.length - 1 ? segments[i]!.replace(EXTENSION, '') : segments[i]!;
    let name: string | undefined;
    if (VENDOR_SUFFIX.test(segment)) name = segment.replace(VENDOR_SUFFIX, '');
    else if (CAMEL_VENDOR_SUFFIX.test(segment)) name = segment.replace(CAMEL_VENDOR_SUFFIX, '');
    else if (VENDOR_FOLDER.test(segments[i - 1]!)) name = segment.replace(CAMEL_ROLE_SUFFIX, '');
    if (!name) continue;
    const slug = normaliseSlug(name);
    const provider =
      slugProvider(catalog.integrations.slugs, name, UMBRELLA_SLUGS) ??
      (UMBRELLA_SLUGS.has(slug) ? undefined : aiIds(catalog).get(slug));
    if (!provider) continue;
    const body = text();
    return CONNECTS.test(body) || CONNECTS_CAMEL.test(body)
      ? { provider, folder: segments.slice(0, i + 1).join('/') }
      : undefined;
  }
  return undefined;
}
