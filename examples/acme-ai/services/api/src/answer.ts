import { answerWithAnthropic } from './llm/anthropic.js';
import { answerWithOpenAI } from './llm/openai.js';
import { type Answer, type AnswerRequest, formatSources } from './llm/prompt.js';
import { answerWithFineTuned } from './llm/sagemaker.js';

export type ModelPreference = 'auto' | 'fine-tuned';

/** Above this many characters of sources, Claude's longer context answers better. */
const LONG_CONTEXT_CHARS = 24_000;

/**
 * Picks the model for one question: the fine-tuned endpoint when asked for, Claude for long
 * contexts, GPT-4.1 mini otherwise.
 */
export async function generateAnswer(request: AnswerRequest, preference: ModelPreference): Promise<Answer> {
  if (preference === 'fine-tuned') return answerWithFineTuned(request);
  if (formatSources(request.chunks).length > LONG_CONTEXT_CHARS) return answerWithAnthropic(request);
  return answerWithOpenAI(request);
}
