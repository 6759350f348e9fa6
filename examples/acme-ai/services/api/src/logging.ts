import { hostname } from 'node:os';
import {
  CloudWatchLogsClient,
  CreateLogStreamCommand,
  type InputLogEvent,
  PutLogEventsCommand,
  ResourceAlreadyExistsException,
} from '@aws-sdk/client-cloudwatch-logs';
import { config } from './config.js';

/** One LLM call as the on-call engineer needs it to debug a bad answer. */
export interface LlmRequestRecord {
  tenant_id: string;
  user_id: string;
  model: string;
  prompt: string;
  answer: string;
  sources: string[];
  latency_ms: number;
  cached: boolean;
}

const client = new CloudWatchLogsClient({ region: config.AWS_REGION });
const logStream = `api-${hostname()}-${process.pid}`;
const FLUSH_EVERY_MS = 5_000;
const MAX_BATCH = 500;

let buffer: InputLogEvent[] = [];
let streamReady: Promise<void> | undefined;

function ensureStream(): Promise<void> {
  streamReady ??= client
    .send(new CreateLogStreamCommand({ logGroupName: config.LLM_LOG_GROUP, logStreamName: logStream }))
    .then(
      () => undefined,
      (error: unknown) => {
        if (error instanceof ResourceAlreadyExistsException) return;
        streamReady = undefined;
        throw error;
      },
    );
  return streamReady;
}

/** Queues one structured JSON record for the `/acme/llm-requests` log group. */
export function logLlmRequest(record: LlmRequestRecord): void {
  buffer.push({ timestamp: Date.now(), message: JSON.stringify({ type: 'llm_request', ...record }) });
  if (buffer.length >= MAX_BATCH) void flushLlmLog();
}

/** Sends the queued records; called on a timer and on shutdown. */
export async function flushLlmLog(): Promise<void> {
  if (buffer.length === 0) return;
  const batch = buffer;
  buffer = [];
  try {
    await ensureStream();
    await client.send(
      new PutLogEventsCommand({
        logGroupName: config.LLM_LOG_GROUP,
        logStreamName: logStream,
        logEvents: batch,
      }),
    );
  } catch (error) {
    // Keep the records for the next attempt rather than dropping the audit trail.
    buffer = batch.concat(buffer).slice(-10 * MAX_BATCH);
    console.error(JSON.stringify({ level: 'error', msg: 'llm log flush failed', error: String(error) }));
  }
}

setInterval(() => void flushLlmLog(), FLUSH_EVERY_MS).unref();
