import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { DeleteObjectsCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { z } from 'zod';
import { config } from '../config.js';
import { pool } from '../db.js';
import { s3 } from '../storage.js';

const logs = new CloudWatchLogsClient({ region: config.AWS_REGION });
const recordSchema = z.object({
  tenant_id: z.string(),
  prompt: z.string(),
  answer: z.string(),
  cached: z.boolean(),
});

/** The only place training data is written: s3://acme-opt-in-training/exports/<tenant>/. */
export function exportPrefix(tenantId: string): string {
  return `exports/${tenantId}/`;
}

/** Tenants whose admins turned on model improvement; everyone else is opted out by default. */
export async function optedInTenants(): Promise<string[]> {
  const result = await pool.query<{ id: string }>('SELECT id FROM tenants WHERE model_improvement = true');
  return result.rows.map((row) => row.id);
}

/** Question/answer pairs of one tenant from the LLM request log, oldest first. */
async function questionAnswerPairs(tenantId: string, since: Date): Promise<string[]> {
  const lines: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await logs.send(
      new FilterLogEventsCommand({
        logGroupName: config.LLM_LOG_GROUP,
        filterPattern: `{ $.tenant_id = "${tenantId}" && $.cached IS FALSE }`,
        startTime: since.getTime(),
        nextToken,
      }),
    );
    for (const event of page.events ?? []) {
      const record = recordSchema.safeParse(JSON.parse(event.message ?? '{}'));
      if (record.success && record.data.tenant_id === tenantId) {
        lines.push(JSON.stringify({ question: record.data.prompt, answer: record.data.answer }));
      }
    }
    nextToken = page.nextToken;
  } while (nextToken);
  return lines;
}

async function deletePrefix(prefix: string): Promise<void> {
  const page = await s3.send(new ListObjectsV2Command({ Bucket: config.TRAINING_BUCKET, Prefix: prefix }));
  const keys = (page.Contents ?? []).flatMap((object) => (object.Key ? [{ Key: object.Key }] : []));
  if (keys.length > 0) {
    await s3.send(new DeleteObjectsCommand({ Bucket: config.TRAINING_BUCKET, Delete: { Objects: keys } }));
  }
}

/**
 * Nightly export. Rebuilds each opted-in tenant's pairs, and removes the prefix of any tenant
 * that has withdrawn, so the next fine-tuning run cannot see their data.
 */
export async function exportOptIn(now: Date): Promise<{ exported: string[]; withdrawn: string[] }> {
  const optedIn = new Set(await optedInTenants());
  const listed = await s3.send(
    new ListObjectsV2Command({ Bucket: config.TRAINING_BUCKET, Prefix: 'exports/', Delimiter: '/' }),
  );
  const present = (listed.CommonPrefixes ?? []).flatMap((p) => (p.Prefix ? [p.Prefix.split('/')[1]!] : []));
  const withdrawn = present.filter((tenantId) => !optedIn.has(tenantId));
  for (const tenantId of withdrawn) await deletePrefix(exportPrefix(tenantId));

  const since = new Date(now.getTime() - 30 * 24 * 3600 * 1000);
  const day = now.toISOString().slice(0, 10);
  for (const tenantId of optedIn) {
    const lines = await questionAnswerPairs(tenantId, since);
    if (lines.length === 0) continue;
    await s3.send(
      new PutObjectCommand({
        Bucket: config.TRAINING_BUCKET,
        Key: `${exportPrefix(tenantId)}${day}/part-0000.jsonl`,
        Body: `${lines.join('\n')}\n`,
        ContentType: 'application/jsonl',
        ServerSideEncryption: 'aws:kms',
      }),
    );
  }
  return { exported: [...optedIn], withdrawn };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  exportOptIn(new Date())
    .then((result) => console.log(JSON.stringify({ level: 'info', msg: 'opt-in export done', ...result })))
    .catch((error: unknown) => {
      console.error(JSON.stringify({ level: 'error', msg: 'opt-in export failed', error: String(error) }));
      process.exitCode = 1;
    })
    .finally(() => pool.end());
}
