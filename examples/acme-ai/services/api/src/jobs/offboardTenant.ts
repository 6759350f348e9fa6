import { parseArgs } from 'node:util';
import { z } from 'zod';
import { deleteTenantCache, redis } from '../cache.js';
import { pool, withTenant } from '../db.js';
import { deleteTenantObjects } from '../storage.js';

export interface OffboardResult {
  tenantId: string;
  chunks: number;
  documents: number;
  users: number;
  objects: number;
  cacheKeys: number;
}

/**
 * Deletes everything DocuMind holds for a tenant: chunks, documents, users, the tenant row, its
 * S3 prefix and its cached answers. Idempotent, so a failed run is simply run again.
 * Prompts in the LLM request log expire with the log group's retention; training exports are
 * rebuilt without the tenant by the next export run.
 */
export async function offboardTenant(tenantId: string): Promise<OffboardResult> {
  const rows = await withTenant(tenantId, async (client) => {
    // Explicit deletes (not only the cascade) so each count can be reported to the customer.
    const chunks = await client.query('DELETE FROM document_chunks WHERE tenant_id = $1', [tenantId]);
    const documents = await client.query('DELETE FROM documents WHERE tenant_id = $1', [tenantId]);
    const users = await client.query('DELETE FROM users WHERE tenant_id = $1', [tenantId]);
    await client.query('DELETE FROM tenants WHERE id = $1', [tenantId]);
    return { chunks: chunks.rowCount ?? 0, documents: documents.rowCount ?? 0, users: users.rowCount ?? 0 };
  });
  const objects = await deleteTenantObjects(tenantId);
  const cacheKeys = await deleteTenantCache(tenantId);
  return { tenantId, ...rows, objects, cacheKeys };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { tenant: { type: 'string' } } });
  const tenantId = z.string().uuid().parse(values.tenant);
  const result = await offboardTenant(tenantId);
  console.log(JSON.stringify({ level: 'info', msg: 'tenant offboarded', ...result }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main()
    .catch((error: unknown) => {
      console.error(JSON.stringify({ level: 'error', msg: 'offboarding failed', error: String(error) }));
      process.exitCode = 1;
    })
    .finally(() => Promise.allSettled([pool.end(), redis.quit()]));
}
