import { z } from 'zod';

// Parsed once at start-up so a missing key fails the deploy, not the first customer request.
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().positive().default(8080),
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url(),
  SESSION_JWT_SECRET: z.string().min(32),
  OPENAI_API_KEY: z.string().min(1),
  ANTHROPIC_API_KEY: z.string().min(1),
  CO_API_KEY: z.string().min(1),
  AWS_REGION: z.string().default('us-east-1'),
  DOCUMENT_BUCKET: z.string().default('acme-documind-uploads'),
  TRAINING_BUCKET: z.string().default('acme-opt-in-training'),
  SAGEMAKER_ENDPOINT: z.string().default('acme-documind-ft'),
  LLM_LOG_GROUP: z.string().default('/acme/llm-requests'),
});

export type Config = z.infer<typeof envSchema>;

export const config: Config = envSchema.parse(process.env);
