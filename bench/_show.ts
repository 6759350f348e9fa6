import { discover } from '../src/discover/index.js';

const [root, ...ids] = process.argv.slice(2);
const r = await discover([root!], { workers: 0 });
for (const f of r.findings) {
  if (ids.length && !ids.includes(f.id)) continue;
  console.log(f.id, f.status, f.category);
  for (const e of f.evidence.slice(0, 6))
    console.log('   ', `${e.file}:${e.line}`, e.proofClass, e.signal, (e.snippet ?? '').slice(0, 140));
}
