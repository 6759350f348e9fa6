import OpenAI from 'openai';
import { config } from '../config.js';
import { type Answer, type AnswerRequest, SYSTEM_PROMPT, sourcesOf, userMessage } from './prompt.js';

// Our OpenAI organisation has zero data retention; `store: false` keeps Responses out of
// OpenAI's stored-response history as well, so nothing outlives the request.
const client = new OpenAI({ apiKey: config.OPENAI_API_KEY });

export const EMBEDDING_MODEL = 'text-embedding-3-small';
export const ANSWER_MODEL = 'gpt-4.1-mini';

/** Embeds texts in one request; the result keeps the input order. */
export async function embed(texts: string[]): Promise<number[][]> {
  if (texts.length === 0) return [];
  const response = await client.embeddings.create({ model: EMBEDDING_MODEL, input: texts });
  return [...response.data].sort((a, b) => a.index - b.index).map((item) => item.embedding);
}

export async function answerWithOpenAI(request: AnswerRequest): Promise<Answer> {
  const response = await client.responses.create({
    model: ANSWER_MODEL,
    store: false,
    instructions: SYSTEM_PROMPT,
    input: userMessage(request),
    max_output_tokens: 800,
  });
  return { text: response.output_text, model: ANSWER_MODEL, sources: sourcesOf(request) };
}
