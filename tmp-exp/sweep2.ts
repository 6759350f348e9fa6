import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { runChecks } from '../src/controls/index.js';
import { buyerFinding } from '../src/questionnaire/answers/buyerFinding.js';
import { modelOf } from '../test/controls/fixtures.js';

const input = parse(readFileSync('examples/acme-ai/trustmap.yaml', 'utf8'));
const model = modelOf(input);
const seen = new Set<string>();
for (const r of runChecks(model).results)
  if (r.status === 'fail') {
    const k = r.checkId;
    if (seen.has(k + r.message.slice(0, 30))) continue;
    seen.add(k + r.message.slice(0, 30));
    console.log(`- [${k}] ${r.message}\n    => ${buyerFinding(r, model)}`);
  }
