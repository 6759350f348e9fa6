import Anthropic from '@anthropic-ai/sdk';
import { config } from '../config.js';
import { type Answer, type AnswerRequest, SYSTEM_PROMPT, sourcesOf, userMessage } from './prompt.js';

// Plain Messages calls only: no prompt caching, Files API or batches, which our zero-retention
// agreement with Anthropic does not cover.
const client = new Anthropic({ apiKey: config.ANTHROPIC_API_KEY });

export const LONG_CONTEXT_MODEL = 'claude-sonnet-4-5';

export async function answerWithAnthropic(request: AnswerRequest): Promise<Answer> {
  const message = await client.messages.create({
    model: LONG_CONTEXT_MODEL,
    max_tokens: 1_024,
    system: SYSTEM_PROMPT,
    messages: [{ role: 'user', content: userMessage(request) }],
  });
  const text = message.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('\n');
  return { text, model: LONG_CONTEXT_MODEL, sources: sourcesOf(request) };
}
