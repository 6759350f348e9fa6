import path from 'node:path';
import { z } from 'zod';
import { InputError } from '../../errors/index.js';
import { readUserFile } from '../../io/index.js';
import { decodeMapText, parseYaml, singleSource, validateWith } from '../../map/index.js';

const Template = z.strictObject({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).default('POST'),
  path: z.string().startsWith('/', 'paths start with `/`, e.g. `/documents/{{id}}`'),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.unknown().optional(),
});

const Tenant = z.strictObject({
  tokenEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name, e.g. `RAG_TOKEN_A`'),
});

/** The YAML an HTTP probe is described in (see docs/probes.md). */
export const HttpProbeConfigSchema = z
  .strictObject({
    baseUrl: z.url().optional(),
    baseUrlEnv: z.string().optional(),
    tenants: z.strictObject({ a: Tenant, b: Tenant }),
    timeoutMs: z.number().int().min(100).max(300_000).default(10_000),
    retries: z.number().int().min(0).max(5).default(2),
    /** Wait after ingesting, for services that index asynchronously. */
    settleMs: z.number().int().min(0).max(120_000).default(0),
    requests: z.strictObject({
      ingest: Template.extend({
        id: z.string().meta({ description: 'JSON path to the created id, e.g. `id`.' }),
      }),
      query: Template.extend({
        answer: z.string().meta({ description: 'JSON path to the answer text, e.g. `answer`.' }),
        sources: z
          .string()
          .optional()
          .meta({ description: 'JSON path to cited sources, e.g. `sources[*]`.' }),
      }),
      delete: Template,
    }),
  })
  .refine((config) => config.baseUrl || config.baseUrlEnv, {
    message: 'give `baseUrl` or `baseUrlEnv`',
    path: ['baseUrl'],
  });

export type HttpProbeConfig = z.infer<typeof HttpProbeConfigSchema>;
export type RequestTemplate = z.infer<typeof Template>;

const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Reads and validates an HTTP probe definition, with `file:line:col` for every problem.
 * @example const config = await loadHttpProbeConfig('probes/rag.yaml');
 * @throws InputError when the file is missing, not YAML, or not a valid definition
 */
export async function loadHttpProbeConfig(file: string): Promise<HttpProbeConfig> {
  // The definition is named by the user or by the map; it is read bounded, regular files only, inside the
  // folder that holds it (symlinks may not lead elsewhere).
  const bytes = readUserFile(path.basename(file), {
    root: path.dirname(path.resolve(file)),
    maxBytes: MAX_CONFIG_BYTES,
    what: 'HTTP probe definition',
  });
  const decoded = decodeMapText(file, bytes);
  if ('problem' in decoded) throw new InputError([decoded.problem]);
  const parsed = parseYaml(file, decoded.text);
  if ('problems' in parsed) throw new InputError(parsed.problems);
  const result = validateWith(HttpProbeConfigSchema, singleSource(parsed.parsed), 'the probe definition');
  if ('problems' in result) throw new InputError(result.problems);
  return result.data;
}
