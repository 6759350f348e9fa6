import type { ProviderHit } from '../scan/hits.js';

/**
 * Model vendors that also sell a search API apart (Perplexity's Search API): where a file calls the search API and never
 * the models, its proofs of the vendor (the SDK's import, the key) are the search API's. The search call is its path
 * after the host (`api.perplexity.ai/search`, found by the catalog's path host) or the SDK's method; the model call a
 * chat path or method, a chat class or a model's name.
 */
const SEARCH_APIS: readonly { models: string; search: string; call: RegExp; chat: RegExp }[] = [
  {
    models: 'perplexity',
    search: 'perplexity-search',
    // The SDKs' `client.search.create(…)` (perplexity-py, @perplexity-ai/perplexity_ai).
    call: /\.search\.create\s*\(/,
    chat: /chat[./]completions|ChatPerplexity|\bsonar\b|\bcreatePerplexity\b/i,
  },
];

/**
 * Moves the proofs of a model vendor in a file that only searches with it to its search API (a web search tool
 * calling Perplexity's `/search` had Perplexity proposed as a model provider receiving prompts and the passages
 * retrieved into them). A file that also chats with its models keeps them the model vendor's. Pure over the hits.
 * @example moveSearchOnly(hits, 'client = Perplexity()\nclient.search.create(query=q)') // perplexity hits → perplexity-search
 */
export function moveSearchOnly(hits: ProviderHit[], codeText: string): void {
  for (const { models, search, call, chat } of SEARCH_APIS) {
    const own = hits.filter((hit) => hit.provider === models);
    if (own.length === 0) continue;
    const searches =
      hits.some((hit) => hit.provider === search) ||
      (own.some((hit) => hit.evidence.signal === 'import') && call.test(codeText));
    if (!searches || chat.test(codeText) || own.some((hit) => hit.evidence.signal === 'model-id')) continue;
    for (const hit of own) hit.provider = search;
  }
}
