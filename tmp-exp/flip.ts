import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { asksYesOrNo } from '../src/questionnaire/match/questionForm.js';
import { parseCorpus } from '../src/questionnaire/model/corpus.js';

const dir = 'data/questionnaire/corpus';
let n = 0,
  open = 0;
const flipped: string[] = [];
const oldSrc = execSync('git show HEAD:src/questionnaire/match/questionForm.ts').toString();

import { writeFileSync } from 'node:fs';

writeFileSync(
  'tmp-exp/oldForm.ts',
  oldSrc.replace(/from '\.\/analyze\.js'/, "from '../src/questionnaire/match/analyze.js'"),
);
const old = (await import('./oldForm.ts')).asksYesOrNo as (q: string) => boolean;
for (const f of readdirSync(dir)) {
  const c = parseCorpus(readFileSync(`${dir}/${f}`, 'utf8'));
  for (const q of (c as any).questions) {
    n++;
    const a = old(q.text),
      b = asksYesOrNo(q.text);
    if (!b) open++;
    if (a !== b) flipped.push(`${f}: ${q.text}`);
  }
}
console.log(n, open, flipped.length);
for (const x of flipped) console.log(x.slice(0, 200));
