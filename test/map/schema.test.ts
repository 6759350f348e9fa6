import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mapJsonSchema } from '../../src/map/index.js';
import { ROOT, runCli } from '../helpers/runCli.js';
import { MINIMAL_MAP } from './fixtures.js';

const committed = JSON.parse(readFileSync(path.join(ROOT, 'trustmap.schema.json'), 'utf8'));

describe('the JSON Schema of trustmap.yaml', () => {
  it('is committed and current (regenerate with `node bin/trustmap.js schema > trustmap.schema.json`)', () => {
    expect(committed).toEqual(mapJsonSchema());
  });

  it('is what `trustmap schema` prints', () => {
    const run = runCli(['schema']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(committed);
  });

  it('compiles with ajv and accepts the example map and the minimal map', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(committed);
    const example = parse(readFileSync(path.join(ROOT, 'examples/acme-ai/trustmap.yaml'), 'utf8'));
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(parse(MINIMAL_MAP)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects in ajv what the loader rejects in shape', () => {
    const validate = new Ajv({ strict: false }).compile(committed);
    const map = parse(MINIMAL_MAP);
    map.components[0].kind = 'mainframe';
    expect(validate(map)).toBe(false);
    map.components[0].kind = 'service';
    map.components[0].colour = 'blue';
    expect(validate(map)).toBe(false);
  });

  it('describes fields so that editors can show help', () => {
    const text = JSON.stringify(committed);
    expect(text).toContain('Environment variable holding the connection URL');
    expect((text.match(/"description"/g) ?? []).length).toBeGreaterThan(60);
  });
});
