// Experiment (not shipped): uses of pretrained word vectors in the questionnaire topic model, each measured with
// the nested cross-validation of bench/questionnaire-accuracy.ts on the same nine folds. Needs the table written by
// scripts/extract-word-vectors.ts. `npx tsx bench/questionnaire-word-vectors.ts <variant> [seed]`:
//   base         the shipped features
//   dense05/10   the idf-weighted mean word vector as 100 dense features, scaled to length 0.5 / 1
//   densecopy05  dense05, plus a dense-only copy of every training example
//   oov          each question word whose term no training text has lights the word features of its 3 nearest
//                training words (cosine >= 0.6), weighted by cosine; the weights are those of `base`
//   oov7         the same with 1 neighbour at cosine >= 0.7
//   every        every question word (training ones too) lights its 3 nearest training words (>= 0.6)
//   reach        training only: each training word lights its 3 nearest new frequent words (>= 0.6), so the
//                model learns weights for words it never saw; prediction uses plain features
//   oovdense     oov and dense05 together
// Figures in docs/questionnaire.md ("Pretrained word vectors").
import { readFileSync, writeFileSync } from 'node:fs';
import { readCorpus } from '../scripts/corpus.js';
import { analyze } from '../src/questionnaire/match/analyze.js';
import { crossValidate, scorePredictions } from '../src/questionnaire/model/crossValidate.js';
import type { WordKnowledge } from '../src/questionnaire/model/features.js';
import { DEFAULT_TRAIN_OPTIONS } from '../src/questionnaire/model/softmax.js';
import {
  nearestNeighbours,
  surfaceWords,
  termOfWord,
  wordVectorsFrom,
} from '../src/questionnaire/model/wordVectors.js';
import { TOPICS } from '../src/questionnaire/topics/index.js';

const [variant = 'base', seedArg = String(DEFAULT_TRAIN_OPTIONS.seed)] = process.argv.slice(2);
const seed = Number(seedArg);
const sources = readCorpus();
const dir = 'data/questionnaire/word-vectors';
const table = wordVectorsFrom(readFileSync(`${dir}/words.txt`, 'utf8'), readFileSync(`${dir}/vectors.bin`));
const allWords = new Set<string>();
for (const s of sources) for (const q of s.questions) for (const w of surfaceWords(q.text)) allWords.add(w);
for (const t of TOPICS)
  for (const p of [t.title, ...t.phrasings]) for (const w of surfaceWords(p)) allWords.add(w);

let global: Map<string, [string, number][]> | undefined;
const neighbours = () => (global ??= nearestNeighbours(table, allWords, allWords, 30, 0.45));

function expansion(oovOnly: boolean, tau: number, k: number) {
  return (texts: readonly string[]): WordKnowledge => {
    const surf = new Set(texts.flatMap((t) => surfaceWords(t)));
    const terms = new Set(texts.flatMap((t) => analyze(t)));
    const g = neighbours();
    const memo = new Map<string, [string, number][] | undefined>();
    return {
      expand: (w) => {
        if (memo.has(w)) return memo.get(w);
        let out: [string, number][] | undefined;
        const own = termOfWord(w);
        if (own !== null && !(oovOnly && terms.has(own))) {
          out = [];
          for (const [n, c] of g.get(w) ?? []) {
            if (c < tau) break;
            if (!surf.has(n)) continue;
            const t = termOfWord(n);
            if (t && t !== own && terms.has(t) && !out.some(([x]) => x === t)) out.push([t, c]);
            if (out.length === k) break;
          }
        }
        memo.set(w, out);
        return out;
      },
    };
  };
}

// Train-side reach: each training word lights soft features of its nearest *new* words (frequent GloVe words whose
// term the training texts lack), so the model learns weights for words it never saw; prediction uses plain features.
// The rows of the table that are GloVe's most frequent words (its README says how many).
const FREQUENT_ROWS = Number(process.env.FREQUENT_ROWS ?? 29_961);
let reachGlobal: Map<string, [string, number][]> | undefined;
function reach(tau: number, k: number) {
  return (texts: readonly string[]): WordKnowledge => {
    reachGlobal ??= nearestNeighbours(
      table,
      allWords,
      [...table.words.slice(0, FREQUENT_ROWS), ...allWords],
      40,
      0.5,
    );
    const frequent = new Set(table.words.slice(0, FREQUENT_ROWS));
    const surf = new Set(texts.flatMap((t) => surfaceWords(t)));
    const terms = new Set(texts.flatMap((t) => analyze(t)));
    const memo = new Map<string, [string, number][] | undefined>();
    const expand = (w: string) => {
      if (memo.has(w)) return memo.get(w);
      const own = termOfWord(w);
      const out: [string, number][] = [];
      if (own !== null)
        for (const [n, c] of reachGlobal!.get(w) ?? []) {
          if (c < tau) break;
          if (!frequent.has(n) && !surf.has(n)) continue;
          const t = termOfWord(n);
          if (t && t !== own && !terms.has(t) && !out.some(([x]) => x === t)) out.push([t, c]);
          if (out.length === k) break;
        }
      memo.set(w, out.length ? out : undefined);
      return memo.get(w);
    };
    return { training: { expand } };
  };
}

const variants: Record<string, TrainOptionsKnowledge> = {
  base: undefined,
  dense05: () => ({ dense: { table, scale: 0.5 } }),
  dense10: () => ({ dense: { table, scale: 1.0 } }),
  oov: expansion(true, 0.6, 3),
  every: expansion(false, 0.6, 3),
  reach: reach(0.6, 3),
  oov7: expansion(true, 0.7, 1),
  oovdense: (texts) => ({ ...expansion(true, 0.6, 3)(texts), dense: { table, scale: 0.5 } }),
  densecopy05: () => ({ dense: { table, scale: 0.5 }, denseCopies: true }),
};
type TrainOptionsKnowledge = ((texts: readonly string[]) => WordKnowledge | undefined) | undefined;
if (!(variant in variants)) throw new Error(`unknown variant ${variant}`);
const started = performance.now();
const predictions = crossValidate(sources, TOPICS, {
  ...DEFAULT_TRAIN_OPTIONS,
  seed,
  knowledge: variants[variant],
});
const card = scorePredictions(predictions);
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
const line = (name: string, t: typeof card.all) =>
  `${name}: right ${pct(t.rightTopic, t.inScope)} (${t.rightTopic}/${t.inScope}) best ${pct(t.rightClosest, t.inScope)} (${t.rightClosest}) blank ${pct(t.outOfScopeBlank, t.outOfScope)} (${t.outOfScopeBlank}/${t.outOfScope}) high ${t.high} at ${pct(t.highRight, t.high)}`;
console.log(`${variant} seed ${seed} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(line('ALL', card.all));
for (const [s, t] of [...card.bySource].sort()) console.log(line(s, t));
if (process.env.SAVE_PREDICTIONS)
  writeFileSync(
    `${process.env.SAVE_PREDICTIONS}/pred-${variant}-${seed}.json`,
    JSON.stringify(
      predictions.map((p) => ({
        id: p.question.id,
        source: p.question.source,
        labels: p.question.labels,
        ranked: p.ranked,
        bm25: p.bm25,
        thresholds: p.thresholds,
      })),
    ),
  );
