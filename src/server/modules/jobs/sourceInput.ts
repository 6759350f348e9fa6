import path from 'node:path';
import { z } from 'zod';
import type { SourceSpec } from '../../../jobs/index.js';
import { HttpProbeConfigSchema } from '../../../probes/index.js';

const EnvName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,100}$/, 'the name of a variable, not its value');
const Identifier = z.string().min(1).max(200);

const TenantContext = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('setting'), name: Identifier }),
  z.strictObject({ kind: z.literal('role'), rolePattern: Identifier }),
  z.strictObject({
    kind: z.literal('jwt-claims'),
    setting: Identifier.optional(),
    claim: Identifier,
    role: Identifier.optional(),
  }),
]);

const Repository = z.strictObject({
  url: z.string().min(1).max(1000),
  branch: z.string().min(1).max(200).default('main'),
  mapPath: z.string().max(500).optional(),
});

/** What `POST /api/orgs/:org/sources` accepts: names of secrets, never secrets. */
export const SourceBody = z.strictObject({
  name: z.string().min(1).max(200),
  schedule: z.string().max(100).optional(),
  source: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('repository'), config: Repository }),
    z.strictObject({
      kind: z.literal('postgres'),
      config: z.strictObject({
        urlEnv: EnvName,
        probe: z.strictObject({
          tables: z.array(Identifier).min(1).max(50),
          tenantColumn: Identifier,
          tenantContext: TenantContext,
          embeddingColumn: Identifier.optional(),
          searchQuery: z.string().max(2000).optional(),
          role: Identifier.optional(),
          readOnly: z.boolean().optional(),
          mode: z.enum(['transaction', 'committed']).optional(),
          component: Identifier.optional(),
        }),
      }),
    }),
    z.strictObject({ kind: z.literal('http'), config: z.strictObject({ probe: HttpProbeConfigSchema }) }),
  ]),
});

/**
 * Why a repository URL may not be registered, or undefined. Credentials in a URL would be stored with the
 * source (use the worker's SSH key or credential helper instead); a local path must sit under one of the
 * folders the operator listed in `TRUSTMAP_REPOSITORY_ROOTS`, so one organisation cannot make the server read
 * another's checkout or its own files.
 */
export function repositoryProblem(url: string, env: Record<string, string | undefined>): string | undefined {
  if (/^[a-z]+:\/\/[^/@]*:[^/@]*@/i.test(url))
    return 'the URL holds credentials; give the worker an SSH key or credential helper instead';
  const local = url.startsWith('file://')
    ? url.slice('file://'.length)
    : path.isAbsolute(url)
      ? url
      : undefined;
  if (local === undefined)
    return /^(https|ssh|git):\/\//.test(url) || /^[\w.-]+@[\w.-]+:/.test(url)
      ? undefined
      : 'use https://, ssh://, git@host: or an absolute path';
  const roots = (env.TRUSTMAP_REPOSITORY_ROOTS ?? '')
    .split(':')
    .filter(Boolean)
    .map((root) => path.resolve(root));
  const resolved = path.resolve(local);
  return roots.some((root) => resolved === root || resolved.startsWith(root + path.sep))
    ? undefined
    : 'local paths must be under a folder listed in TRUSTMAP_REPOSITORY_ROOTS';
}

export type SourceBodyData = z.infer<typeof SourceBody>;

export function specOf(body: SourceBodyData): SourceSpec {
  return body.source as SourceSpec;
}
