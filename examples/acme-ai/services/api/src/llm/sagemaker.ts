import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { z } from 'zod';
import { config } from '../config.js';
import { type Answer, type AnswerRequest, SYSTEM_PROMPT, sourcesOf, userMessage } from './prompt.js';

const client = new SageMakerRuntimeClient({ region: config.AWS_REGION });

// The serving container (text-generation-inference) answers with [{ generated_text }].
const responseSchema = z.array(z.object({ generated_text: z.string() })).min(1);

/** Answers with our fine-tuned model, trained only on opted-in tenants' data (pipelines/finetune). */
export async function answerWithFineTuned(request: AnswerRequest): Promise<Answer> {
  const body = JSON.stringify({
    inputs: `${SYSTEM_PROMPT}\n\n${userMessage(request)}\n\nAnswer:`,
    parameters: { max_new_tokens: 800, temperature: 0.2, return_full_text: false },
  });
  const response = await client.send(
    new InvokeEndpointCommand({
      EndpointName: config.SAGEMAKER_ENDPOINT,
      ContentType: 'application/json',
      Accept: 'application/json',
      Body: new TextEncoder().encode(body),
    }),
  );
  const parsed = responseSchema.parse(JSON.parse(new TextDecoder().decode(response.Body)));
  return {
    text: parsed[0]!.generated_text.trim(),
    model: config.SAGEMAKER_ENDPOINT,
    sources: sourcesOf(request),
  };
}
