// The labelled questionnaire corpus as the training script, the accuracy benchmark and the tests read it: every
// source file of data/questionnaire/corpus/, in name order (the folds depend on the order). Repository data, not
// user input, so it is read directly.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type CorpusSource, parseCorpus } from '../src/questionnaire/model/corpus.js';

export const CORPUS_FOLDER = path.resolve('data/questionnaire/corpus');

export function readCorpus(folder = CORPUS_FOLDER): CorpusSource[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => parseCorpus(readFileSync(path.join(folder, name), 'utf8')));
}
