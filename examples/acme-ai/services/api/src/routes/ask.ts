import { Router } from 'express';
import { z } from 'zod';
import type { ModelPreference } from '../answer.js';
import { sessionOf } from '../auth.js';
import { cacheAnswer, getCachedAnswer, questionHash } from '../cache.js';
import { HttpError } from '../errors.js';
import { embed } from '../llm/openai.js';
import type { Answer } from '../llm/prompt.js';
import { logLlmRequest } from '../logging.js';
import { tracedAnswer } from '../observability/tracing.js';
import { rerank } from '../rerank/cohere.js';
import { documentChunks, searchChunks } from '../retrieval/search.js';

const askBody = z.object({
  question: z.string().trim().min(3).max(2_000),
  /** Ask about one whole document instead of searching all of them. */
  documentId: z.string().uuid().optional(),
  model: z.enum(['auto', 'fine-tuned']).default('auto'),
});

export const askRouter = Router();

/** Retrieves (or loads the whole document), reranks, and asks the chosen model. */
async function answerFresh(
  tenantId: string,
  question: string,
  documentId: string | undefined,
  preference: ModelPreference,
): Promise<Answer> {
  const chunks = documentId
    ? await documentChunks(tenantId, documentId)
    : await rerank(question, await searchChunks(tenantId, (await embed([question]))[0]!));
  if (chunks.length === 0) throw new HttpError(404, 'no documents to answer from');
  return tracedAnswer({ tenantId, question, chunks }, preference);
}

askRouter.post('/', async (req, res) => {
  const { tenantId, userId } = sessionOf(req);
  const { question, documentId, model } = askBody.parse(req.body);
  const preference: ModelPreference = model;
  const started = Date.now();

  const hash = questionHash(`${documentId ?? '*'}\n${question}`, preference);
  const cached = await getCachedAnswer(tenantId, hash);
  const answer = cached ?? (await answerFresh(tenantId, question, documentId, preference));
  if (!cached) await cacheAnswer(tenantId, hash, answer);

  logLlmRequest({
    tenant_id: tenantId,
    user_id: userId,
    model: answer.model,
    prompt: question,
    answer: answer.text,
    sources: answer.sources,
    latency_ms: Date.now() - started,
    cached: cached !== undefined,
  });
  res.json({ ...answer, cached: cached !== undefined });
});
