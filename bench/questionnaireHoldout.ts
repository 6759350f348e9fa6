// `npm run bench:questionnaire-holdout`: the shipped questionnaire path, end to end (the built CLI, `questionnaire
// answer --format json` on a CSV), on the held-out sets in data/questionnaire/holdout/ — questions nothing was ever
// trained or tuned on (see each file's header). Prints, per set: in-scope questions given the right topic, out-of-
// scope questions left without one, and how many "high" answers had the right topic. The cross-validated figures
// (`npm run bench:questionnaire-accuracy`) are the ones to tune against; these say whether they carry.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { parseCorpus } from '../src/questionnaire/index.js';
import { OUT_OF_SCOPE } from '../src/questionnaire/model/softmax.js';
import { pct } from './questionnaireTables.js';

const FOLDER = path.resolve('data/questionnaire/holdout');
const CLI = path.resolve('bin/trustmap.js');
const MAP = path.resolve('examples/acme-ai');

interface Answer {
  topic: string | null;
  confidence: string;
}

const work = mkdtempSync(path.join(tmpdir(), 'trustmap-holdout-'));
try {
  for (const file of readdirSync(FOLDER)
    .filter((name) => name.endsWith('.yaml'))
    .sort()) {
    const set = parseCorpus(readFileSync(path.join(FOLDER, file), 'utf8'));
    const csv = path.join(work, `${set.source}.csv`);
    writeFileSync(
      csv,
      stringify([['Question', 'Answer'], ...set.questions.map((question) => [question.text, ''])]),
    );
    const run = spawnSync(
      process.execPath,
      [CLI, 'questionnaire', 'answer', csv, '--map', MAP, '--no-discover', '--no-record', '--format', 'json'],
      { encoding: 'utf8', env: { ...process.env, TRUSTMAP_NOW: '2026-11-26' }, maxBuffer: 64 * 1024 * 1024 },
    );
    if (run.status !== 0) throw new Error(`questionnaire answer failed on ${file}: ${run.stderr}`);
    const answers = JSON.parse(run.stdout) as Answer[];
    let inScope = 0;
    let right = 0;
    let outOfScope = 0;
    let blank = 0;
    let high = 0;
    let highRight = 0;
    const misses: string[] = [];
    set.questions.forEach((question, index) => {
      const answer = answers[index];
      const topic = answer?.topic ?? null;
      const oos = question.labels[0] === OUT_OF_SCOPE;
      const correct = oos ? topic === null : topic !== null && question.labels.includes(topic);
      if (oos) {
        outOfScope++;
        blank += correct ? 1 : 0;
      } else {
        inScope++;
        right += correct ? 1 : 0;
      }
      if (answer?.confidence === 'high' && topic !== null) {
        high++;
        highRight += correct ? 1 : 0;
      }
      if (!correct)
        misses.push(`  ${question.id} ${question.labels.join('+')} → ${topic ?? 'none'}: ${question.text}`);
    });
    console.log(
      `${set.source}: right topic ${right}/${inScope} (${pct(right, inScope)}), out of scope left blank ${blank}/${outOfScope} (${pct(blank, outOfScope)}), high ${highRight}/${high} right (${pct(highRight, high)})`,
    );
    if (process.argv.includes('--misses')) console.log(misses.join('\n'));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
