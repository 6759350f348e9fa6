import { z } from 'zod';
import { Text } from './common.js';

const TenantContext = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('setting'),
    name: Text.meta({ description: 'Session setting the application sets, e.g. `app.tenant_id`.' }),
  }),
  z.strictObject({
    kind: z.literal('role'),
    rolePattern: Text.meta({
      description: 'Role per tenant, with `{tenant}` in its name, e.g. `tenant_{tenant}`.',
    }),
  }),
  z.strictObject({
    kind: z.literal('jwt-claims'),
    setting: z.string().default('request.jwt.claims'),
    claim: Text.meta({ description: 'Claim that carries the tenant id, e.g. `tenant_id`.' }),
    role: z.string().optional().meta({ description: 'Role to assume, e.g. `authenticated` on Supabase.' }),
  }),
]);

export const PostgresProbe = z.strictObject({
  urlEnv: Text.meta({ description: 'Environment variable holding the connection URL (never printed).' }),
  tables: z.array(Text).min(1),
  tenantColumn: Text,
  tenantContext: TenantContext,
  embeddingColumn: z.string().optional(),
  role: z
    .string()
    .optional()
    .meta({ description: 'Role the application connects as, if not the URL’s user.' }),
  searchQuery: z.string().optional().meta({
    description:
      'The application’s similarity search when it is not `ORDER BY <embedding> <-> $1 LIMIT $2` on the table, e.g. `SELECT * FROM match_chunks($1, $2)` ($1 the query vector, $2 k).',
  }),
  mode: z.enum(['transaction', 'committed']).optional().meta({
    description:
      '`transaction` (default): canaries live in a transaction that is always rolled back. `committed`: canaries are committed and deleted afterwards.',
  }),
});

export const HttpProbe = z.strictObject({
  config: Text.meta({ description: 'Path (relative to the map) of the HTTP probe definition.' }),
});

export const ProbeConfig = z
  .strictObject({
    postgres: PostgresProbe.optional(),
    http: HttpProbe.optional(),
    maxAge: z
      .string()
      .regex(/^\d+(h|d|w|y)$/)
      .optional()
      .meta({ description: 'How old a passing probe result may be and still count, e.g. `30d`.' }),
  })
  .meta({ description: 'How `trustmap probe` tests this component’s tenant isolation.' });
