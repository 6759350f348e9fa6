import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { config } from './config.js';
import type { Answer } from './llm/prompt.js';

export const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });

// ioredis reconnects on its own; log the outage once per error instead of crashing the process.
redis.on('error', (error: Error) => {
  console.error(JSON.stringify({ level: 'error', msg: 'redis error', error: error.message }));
});

/** Cached answers are model outputs: one hour, then Redis drops them. */
export const ANSWER_TTL_SECONDS = 3600;

/**
 * The only way to build a cache key, so every key carries its tenant's namespace.
 *
 * @example
 * cacheKey('6f1c…', 'ab12…') // 'tenant:6f1c…:answer:ab12…'
 */
export function cacheKey(tenantId: string, hash: string): string {
  return `tenant:${tenantId}:answer:${hash}`;
}

/** Hash of what determines an answer: the normalised question and the model preference. */
export function questionHash(question: string, preference: string): string {
  const normalised = question.trim().replace(/\s+/g, ' ').toLowerCase();
  return createHash('sha256').update(`${preference}\n${normalised}`).digest('hex');
}

export async function getCachedAnswer(tenantId: string, hash: string): Promise<Answer | undefined> {
  const cached = await redis.get(cacheKey(tenantId, hash));
  return cached ? (JSON.parse(cached) as Answer) : undefined;
}

export async function cacheAnswer(tenantId: string, hash: string, answer: Answer): Promise<void> {
  await redis.set(cacheKey(tenantId, hash), JSON.stringify(answer), 'EX', ANSWER_TTL_SECONDS);
}

/** Removes every cached answer of a tenant (offboarding); SCAN so Redis is never blocked. */
export async function deleteTenantCache(tenantId: string): Promise<number> {
  let deleted = 0;
  const stream = redis.scanStream({ match: `${cacheKey(tenantId, '*')}`, count: 500 });
  for await (const keys of stream as AsyncIterable<string[]>) {
    if (keys.length > 0) deleted += await redis.unlink(...keys);
  }
  return deleted;
}
