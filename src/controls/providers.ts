import { AI_SERVICE_CATEGORIES } from '../core/vocabulary.js';
import { findProvider } from '../discover/catalog/index.js';
import type { Finding } from '../discover/types.js';
import type { Model } from '../model/index.js';

/** True when the finding is a vendor-hosted AI service (model API, embeddings, gateway, prompt-receiving tracing). */
export function isAiService(model: Model, finding: Finding): boolean {
  if (finding.hosting !== 'vendor-hosted') return false;
  const entry = findProvider(finding.provider);
  // Prompts reaching a messaging platform (a chat bot's Telegram) make it no AI service: only a tracing service or a
  // gateway is one for the prompts it receives (chatgpt_telegram_bot: "AI sub-processor `telegram` has no DPA").
  if (entry)
    return (
      entry.ai ||
      ((entry.category === 'llm-observability' || AI_SERVICE_CATEGORIES.has(entry.category)) &&
        receivesPrompts(model, finding.provider))
    );
  return AI_SERVICE_CATEGORIES.has(finding.category) || receivesPrompts(model, finding.provider);
}

/** True when prompts and completions reach this provider: the catalog says so, or a discovery fact shows it. */
export function receivesPrompts(model: Model, provider: string): boolean {
  if (findProvider(provider)?.receivesPrompts) return true;
  return (model.discovery?.facts ?? []).some(
    (fact) => fact.kind === 'prompts-to-observability' && fact.provider === provider,
  );
}

export { isDeclared } from '../core/declared.js';
