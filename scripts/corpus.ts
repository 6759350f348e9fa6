// The labelled questionnaire corpus as the training script, the accuracy benchmark and the tests read it: every
// source file of data/questionnaire/corpus/, in name order (the folds depend on the order). Repository data, not
// user input, so it is read directly.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type CorpusSource, parseCorpus } from '../src/questionnaire/model/corpus.js';
import { encodeSentences } from '../src/questionnaire/sentenceEncoder.js';
import type { Topic } from '../src/questionnaire/topics/index.js';

export const CORPUS_FOLDER = path.resolve('data/questionnaire/corpus');

export function readCorpus(folder = CORPUS_FOLDER): CorpusSource[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => parseCorpus(readFileSync(path.join(folder, name), 'utf8')));
}

/**
 * Sentence vectors of every text the models train or are tested on (the topic titles and phrasings and every corpus
 * question), by text: about a minute on this machine for the 3,400 texts.
 */
export async function corpusSentenceVectors(
  sources: readonly CorpusSource[],
  topics: readonly Topic[],
): Promise<Map<string, Float32Array>> {
  const texts = [
    ...new Set([
      ...topics.flatMap((topic) => [topic.title, ...topic.phrasings]),
      ...sources.flatMap((source) => source.questions.map((question) => question.text)),
    ]),
  ];
  const vectors = await encodeSentences(texts);
  return new Map(texts.map((text, i) => [text, vectors[i]!]));
}
