import type { TopicModel } from './softmax.js';

/** The model as shipped: int8 weights with one scale per class, idf as uint8 steps. Compact and exact to load. */
export interface PackedModel {
  classes: readonly string[];
  buckets: number;
  /** Per-class weight scale: weight = int8 * scale. */
  scales: readonly number[];
  bias: readonly number[];
  /** base64 of a Uint8Array: idf = byte / IDF_STEPS. */
  idf: string;
  /** base64 of an Int8Array, bucket-major. */
  weights: string;
}

const IDF_STEPS = 24;

/** Rounds a model to what its packed form holds, so evaluation measures the model that ships. */
export function packModel(model: TopicModel): PackedModel {
  const count = model.classes.length;
  const buckets = model.idf.length;
  const scales = model.classes.map((_, c) => {
    let max = 0;
    for (let b = 0; b < buckets; b++) max = Math.max(max, Math.abs(model.weights[b * count + c]!));
    return max / 127 || 1;
  });
  const weights = new Int8Array(buckets * count);
  for (let b = 0; b < buckets; b++)
    for (let c = 0; c < count; c++)
      weights[b * count + c] = Math.round(model.weights[b * count + c]! / scales[c]!);
  const idf = new Uint8Array(buckets);
  for (let b = 0; b < buckets; b++) idf[b] = Math.min(255, Math.round(model.idf[b]! * IDF_STEPS));
  return {
    classes: model.classes,
    buckets,
    scales: scales.map((scale) => Number(scale.toPrecision(7))),
    bias: [...model.bias].map((value) => Number(value.toPrecision(7))),
    idf: Buffer.from(idf).toString('base64'),
    weights: Buffer.from(weights.buffer).toString('base64'),
  };
}

/** Unpacks a shipped model for inference: the int8 weights are used as they are, scaled per class. */
export function unpackModel(packed: PackedModel): TopicModel {
  const raw = Buffer.from(packed.weights, 'base64');
  const weights = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  const idfBytes = Buffer.from(packed.idf, 'base64');
  const idf = new Float32Array(packed.buckets);
  for (let b = 0; b < packed.buckets; b++) idf[b] = idfBytes[b]! / IDF_STEPS;
  return {
    classes: packed.classes,
    idf,
    weights,
    scales: Float32Array.from(packed.scales),
    bias: Float32Array.from(packed.bias),
  };
}
