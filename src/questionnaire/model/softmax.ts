import { seededRandom, shuffleInPlace } from '../../core/random.js';
import { type SparseVector, vectorize } from './features.js';

/** The class a question outside every topic gets. */
export const OUT_OF_SCOPE = 'out-of-scope';

/**
 * A multinomial logistic regression over hashed tf-idf features. Weights are bucket-major (`[bucket * C + c]`)
 * and scaled per class: the weight of class `c` is `weights[i] * scales[c]`, so a shipped model keeps its int8
 * weights as they are instead of expanding them on load.
 */
export interface TopicModel {
  classes: readonly string[];
  idf: Float32Array;
  weights: Float32Array | Int8Array;
  scales: Float32Array;
  bias: Float32Array;
}

/** One labelled text to learn from. */
export interface TrainingExample {
  text: string;
  label: string;
}

export interface TrainOptions {
  /** Hash table rows, a power of two. */
  buckets: number;
  epochs: number;
  /** L2 penalty per update on the touched weights (1e-4 cross-validated better than 1e-5 and 3e-4). */
  l2: number;
  learningRate: number;
  seed: number;
  /**
   * Ship the average of the weights after each epoch instead of the last ones (epoch averaging, a Polyak-style
   * average of the SGD path): a smoother model that generalises better to questionnaires it never saw.
   */
  averageEpochs?: boolean;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  buckets: 1 << 15,
  epochs: 10,
  l2: 1e-4,
  learningRate: 0.5,
  seed: 20261201,
  averageEpochs: true,
};

function inverseDocumentFrequency(texts: readonly string[], buckets: number): Float32Array {
  const df = new Float32Array(buckets);
  const ones = new Float32Array(buckets).fill(1);
  for (const text of texts) for (const bucket of vectorize(text, ones).indices) df[bucket]! += 1;
  const idf = new Float32Array(buckets);
  for (let i = 0; i < buckets; i++) idf[i] = Math.log((1 + texts.length) / (1 + df[i]!)) + 1;
  return idf;
}

function scores(model: TopicModel, vector: SparseVector, out: Float64Array): void {
  const count = model.classes.length;
  out.fill(0);
  for (let k = 0; k < vector.indices.length; k++) {
    const row = vector.indices[k]! * count;
    const value = vector.values[k]!;
    for (let c = 0; c < count; c++) out[c]! += model.weights[row + c]! * value;
  }
  for (let c = 0; c < count; c++) out[c] = out[c]! * model.scales[c]! + model.bias[c]!;
}

/** Turns scores into probabilities in place (max-shifted, so large scores do not overflow). */
export function softmaxInPlace(values: Float64Array): void {
  let max = -Infinity;
  for (const value of values) max = Math.max(max, value);
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    values[i] = Math.exp(values[i]! - max);
    sum += values[i]!;
  }
  for (let i = 0; i < values.length; i++) values[i]! /= sum;
}

/**
 * Trains the model with stochastic gradient descent and AdaGrad steps, in a seeded order: the same examples and
 * options give the same weights.
 * @example const model = trainTopicModel([{ text: 'Is MFA enforced?', label: 'mfa' }, …])
 */
export function trainTopicModel(
  examples: readonly TrainingExample[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): TopicModel {
  const classes = [...new Set(examples.map((example) => example.label))].sort();
  const classIndex = new Map(classes.map((name, i) => [name, i]));
  const count = classes.length;
  const idf = inverseDocumentFrequency(
    examples.map((example) => example.text),
    options.buckets,
  );
  const model: TopicModel = {
    classes,
    idf,
    weights: new Float32Array(options.buckets * count),
    scales: new Float32Array(count).fill(1),
    bias: new Float32Array(count),
  };
  const vectors = examples.map((example) => vectorize(example.text, idf));
  const targets = examples.map((example) => classIndex.get(example.label)!);
  const squared = new Float32Array(options.buckets * count);
  const biasSquared = new Float32Array(count);
  const next = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  const probabilities = new Float64Array(count);
  const sum = options.averageEpochs
    ? { weights: new Float64Array(model.weights.length), bias: new Float64Array(count) }
    : undefined;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, next);
    for (const index of order) {
      const vector = vectors[index]!;
      scores(model, vector, probabilities);
      softmaxInPlace(probabilities);
      probabilities[targets[index]!]! -= 1;
      for (let c = 0; c < count; c++) {
        const gradient = probabilities[c]!;
        biasSquared[c]! += gradient * gradient;
        model.bias[c]! -= (options.learningRate * gradient) / Math.sqrt(biasSquared[c]! + 1e-8);
      }
      for (let k = 0; k < vector.indices.length; k++) {
        const row = vector.indices[k]! * count;
        const value = vector.values[k]!;
        for (let c = 0; c < count; c++) {
          const at = row + c;
          const gradient = probabilities[c]! * value + options.l2 * model.weights[at]!;
          squared[at]! += gradient * gradient;
          model.weights[at]! -= (options.learningRate * gradient) / Math.sqrt(squared[at]! + 1e-8);
        }
      }
    }
    if (sum) {
      for (let i = 0; i < sum.weights.length; i++) sum.weights[i]! += model.weights[i]!;
      for (let c = 0; c < count; c++) sum.bias[c]! += model.bias[c]!;
    }
  }
  if (sum && options.epochs > 0) {
    for (let i = 0; i < sum.weights.length; i++) model.weights[i] = sum.weights[i]! / options.epochs;
    for (let c = 0; c < count; c++) model.bias[c] = sum.bias[c]! / options.epochs;
  }
  return model;
}

/** A class and its probability. */
export interface ClassScore {
  label: string;
  probability: number;
}

/**
 * The classes for a question, most probable first. Pure and deterministic.
 * @example classify(model, 'Do you train on our data?')[0] // { label: 'ai-training-on-customer-data', probability: 0.93 }
 */
export function classify(model: TopicModel, question: string): ClassScore[] {
  return rankClasses(model.classes, classProbabilities(model, question));
}

/** The probability of every class for a question, in the model's class order (what `classify` ranks). */
export function classProbabilities(model: TopicModel, question: string): Float64Array {
  const values = new Float64Array(model.classes.length);
  scores(model, vectorize(question, model.idf), values);
  softmaxInPlace(values);
  return values;
}

/** Probabilities in `classes` order as class scores, most probable first (ties by label). */
export function rankClasses(classes: readonly string[], values: ArrayLike<number>): ClassScore[] {
  return classes
    .map((label, i) => ({ label, probability: values[i]! }))
    .sort((a, b) => b.probability - a.probability || a.label.localeCompare(b.label));
}
