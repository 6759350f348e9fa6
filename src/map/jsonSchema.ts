import { z } from 'zod';
import { SystemMapSchema } from './schema/map.js';

/** Where the committed schema is published; editors resolve `$schema` / modeline references to it. */
export const SCHEMA_ID = 'https://trustmap.dev/schema/trustmap.schema.json';

/**
 * The JSON Schema of `trustmap.yaml`, generated from the zod schema (draft-07, which yaml-language-server
 * and ajv read by default). The committed `trustmap.schema.json` must equal this; a test guards it.
 */
export function mapJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(SystemMapSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
  return { ...schema, $id: SCHEMA_ID };
}
