import type { RetrievedChunk } from '../retrieval/search.js';

export interface AnswerRequest {
  tenantId: string;
  question: string;
  chunks: RetrievedChunk[];
}

export interface Answer {
  text: string;
  model: string;
  /** Ids of the documents the answer cites. */
  sources: string[];
}

export const SYSTEM_PROMPT = [
  "You answer questions about the user's company using only the numbered sources below.",
  'Cite sources as [n]. If the sources do not contain the answer, say so; do not guess.',
].join(' ');

/** The sources block shared by every model, numbered so answers can cite them. */
export function formatSources(chunks: RetrievedChunk[]): string {
  return chunks.map((chunk, index) => `[${index + 1}] ${chunk.title}\n${chunk.content}`).join('\n\n');
}

export function userMessage(request: AnswerRequest): string {
  return `Sources:\n${formatSources(request.chunks)}\n\nQuestion: ${request.question}`;
}

export function sourcesOf(request: AnswerRequest): string[] {
  return [...new Set(request.chunks.map((chunk) => chunk.documentId))];
}
