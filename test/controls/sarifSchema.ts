import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { ROOT } from '../helpers/runCli.js';

/**
 * A validator for the official SARIF 2.1.0 schema (test/schemas/sarif-schema-2.1.0.json, draft-04).
 * Ajv 8 reads it once the draft-04 `id` and `$schema` keys are dropped; its language-tag pattern is not valid
 * with the `u` flag, so patterns compile without it.
 */
export function sarifValidator() {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/schemas/sarif-schema-2.1.0.json'), 'utf8'));
  delete schema.$schema;
  delete schema.id;
  return new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }).compile(schema);
}
