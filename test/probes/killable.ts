// Child process for the kill-mid-run test: runs a probe and stops forever once the canaries are planted, so
// the parent can SIGKILL it at exactly that point.
import pg from 'pg';
import { probePostgres, sqlClient } from '../../src/probes/index.js';

const [url, schema, role, mode] = process.argv.slice(2);
const client = new pg.Client({ connectionString: url, application_name: `trustmap-kill-${schema}` });
await client.connect();
await client.query(`SET search_path TO ${schema}, public`);
await probePostgres({
  client: sqlClient(client),
  tables: ['docs_ok', 'chunks_ok'],
  tenantColumn: 'tenant_id',
  tenantContext: { kind: 'setting', name: 'app.tenant_id' },
  embeddingColumn: 'embedding',
  role,
  mode: mode as 'transaction' | 'committed',
  onPlanted: async ({ runId }) => {
    process.stdout.write(`planted ${runId}\n`);
    await new Promise(() => undefined);
  },
});
