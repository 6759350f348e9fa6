import { CohereClientV2 } from 'cohere-ai';
import { config } from '../config.js';
import type { RetrievedChunk } from '../retrieval/search.js';

const client = new CohereClientV2({ token: config.CO_API_KEY });

export const RERANK_MODEL = 'rerank-english-v3.0';

/** Orders retrieved chunks by relevance to the question and keeps the best `topN`. */
export async function rerank(
  question: string,
  chunks: RetrievedChunk[],
  topN = 4,
): Promise<RetrievedChunk[]> {
  if (chunks.length <= 1) return chunks;
  const response = await client.rerank({
    model: RERANK_MODEL,
    query: question,
    documents: chunks.map((chunk) => chunk.content),
    topN: Math.min(topN, chunks.length),
  });
  return response.results.flatMap((result) => {
    const chunk = chunks[result.index];
    return chunk ? [chunk] : [];
  });
}
