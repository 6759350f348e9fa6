import { lineAt, lineStarts, lineText } from '../scan/hits.js';
import { cleanSnippet } from '../scan/snippet.js';
import type { ConfigFact } from '../types.js';

/**
 * A file that keeps model answers in a semantic cache: questions embedded as the keys, the answers given to them as the
 * values, looked up by similarity (llm-answer-engine's `@upstash/semantic-cache` on an Upstash Vector index, proposed
 * as a store of customer documents and their embeddings). A vector store reached only from such files keeps prompts
 * and answers.
 */
export const SEMANTIC_CACHE = 'semantic-cache';

/** Upstash's `SemanticCache`, LangChain's `RedisSemanticCache` and `set_llm_cache`, GPTCache. */
const CACHES =
  /\b\w*SemanticCache\b|@upstash\/semantic-cache|\bsemantic_cache\b|\bgptcache\b|\bset_llm_cache\s*\(/i;

/** Words that make a file a candidate where it names no provider. */
export const SEMANTIC_CACHE_KEYWORDS: readonly string[] = [
  'semanticcache',
  'semantic_cache',
  'gptcache',
  'set_llm_cache',
];

/**
 * The semantic-cache fact of one production source file, if it keeps answers in one. Pure.
 * @example semanticCacheFacts('const cache = new SemanticCache({ index })', 'cache.ts')[0].kind // 'semantic-cache'
 */
export function semanticCacheFacts(text: string, file: string): ConfigFact[] {
  const match = CACHES.exec(text);
  if (!match) return [];
  const starts = lineStarts(text);
  const { line, col } = lineAt(starts, match.index);
  return [
    {
      kind: SEMANTIC_CACHE,
      message: 'a semantic cache keeps questions and the answers given to them, found again by similarity',
      evidence: [
        { file, line, col, signal: 'config', snippet: cleanSnippet(lineText(text, starts, line), col - 1) },
      ],
    },
  ];
}
