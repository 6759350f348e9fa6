import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { runChecks } from '../src/controls/index.js';
import { discover } from '../src/discover/index.js';
import { assembleModel } from '../src/model/index.js';
import { buyerFinding } from '../src/questionnaire/answers/buyerFinding.js';

const now = new Date('2026-12-03T12:00:00Z');
type Edit = (doc: any) => void;
const variants: Record<string, Edit> = {
  as: () => {},
  broken: (doc) => {
    const comps = doc.get('components');
    for (const c of comps.items) {
      const id = c.get('id');
      if (id === 'vector-index') {
        c.delete('tenancy');
        c.delete('encryption');
      }
      if (id === 'app-db') c.setIn(['tenancy', 'model'], 'application-filter');
      if (id === 'response-cache') c.delete('logging');
    }
    const flows = doc.get('flows');
    for (const f of flows.items) if (f.get('id') === 'export-opt-in') f.delete('condition');
    for (const e of doc.get('evidence').items)
      if (e.get('id') === 'ir-plan' || String(e.get('kind')) === 'incident-response-plan')
        e.set('expires', '2026-01-01');
    const dcs = doc.get('dataClasses');
    for (const d of dcs.items) if (d.get('id') === 'opt-in-training-set') d.delete('provenance');
    for (const s of doc.get('subprocessors').items)
      if (s.get('id') === 'datadog') s.setIn(['terms', 'retention'], '400d');
  },
};
for (const [name, edit] of Object.entries(variants)) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sweep-'));
  cpSync('examples/acme-ai', dir, { recursive: true });
  const file = path.join(dir, 'trustmap.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  edit(doc);
  writeFileSync(file, doc.toString());
  let model;
  try {
    model = await assembleModel(dir, {
      now,
      discover: name === 'as' ? (roots: string[]) => discover(roots) : false,
    });
  } catch (e) {
    console.log(name, 'load failed', (e as Error).message);
    continue;
  }
  const { results } = runChecks(model);
  console.log(`## ${name}`);
  for (const r of results)
    if (r.status === 'fail') console.log(`- [${r.checkId}] ${r.message}\n    => ${buyerFinding(r, model)}`);
}
