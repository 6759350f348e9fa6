import { createHash } from 'node:crypto';
import { UsageError } from '../errors/index.js';
import { type Population, type PopulationKind, populationHash } from './populations.js';

/** How a sample is drawn. Both are documented in docs/audit.md so anyone can redraw it with other tools. */
export const SAMPLE_METHODS = ['random', 'systematic'] as const;
export type SampleMethod = (typeof SAMPLE_METHODS)[number];

/** The version of the drawing algorithm; a sample records it so a later change cannot silently redraw. */
export const SAMPLE_ALGORITHM = 'trustmap-sample/1 (sha256 counter, Fisher-Yates / fixed interval)';

/** What the auditor asks for. */
export interface SampleRequest {
  seed: string;
  method: SampleMethod;
  size: number;
}

/** A drawn sample: enough to redraw it and to prove which population it came from. */
export interface Sample {
  algorithm: string;
  seed: string;
  method: SampleMethod;
  populationKind: PopulationKind;
  populationHash: string;
  populationSize: number;
  size: number;
  /** Item ids in the order they were drawn. */
  items: string[];
}

const MAX_SEED = 200;
const MAX_SIZE = 10_000;

/**
 * The i-th uniform number in [0, 1) of a seed: the first 6 bytes of SHA-256(`<seed>:<i>`) as an integer, over
 * 2^48. Chosen over a PRNG library because an auditor can recompute it in any language with a hash function.
 */
export function uniform(seed: string, index: number): number {
  const digest = createHash('sha256').update(`${seed}:${index}`).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}

/**
 * Draws a sample from a population (pure and repeatable: the same seed, method and population give the same
 * items). Items are first ordered by id, so the draw does not depend on the order items were listed in.
 * - `random`: without replacement, a partial Fisher-Yates shuffle: for i = 0..n-1, j = i + floor(u(i) * (N - i)),
 *   swap items i and j, keep item i.
 * - `systematic`: interval k = N / n, start s = u(0) * k, items floor(s + i * k) for i = 0..n-1.
 * A size at or above the population takes every item.
 * @example drawSample(population, { seed: 'fieldwork-1', method: 'random', size: 25 }).items
 */
export function drawSample(population: Population, request: SampleRequest): Sample {
  if (typeof request.seed !== 'string' || request.seed.length === 0 || request.seed.length > MAX_SEED)
    throw new UsageError(`a sample seed is 1 to ${MAX_SEED} characters`, 'pass --seed with a short text');
  if (!Number.isInteger(request.size) || request.size < 1 || request.size > MAX_SIZE)
    throw new UsageError(`a sample size is a whole number from 1 to ${MAX_SIZE}`, 'pass --size 25');
  if (!(SAMPLE_METHODS as readonly string[]).includes(request.method))
    throw new UsageError(
      `unknown sample method "${String(request.method)}"`,
      `use one of ${SAMPLE_METHODS.join(', ')}`,
    );
  const ids = population.items.map((item) => item.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const n = Math.min(request.size, ids.length);
  let items: string[];
  if (request.method === 'random') {
    const pool = [...ids];
    for (let i = 0; i < n; i += 1) {
      const j = i + Math.floor(uniform(request.seed, i) * (pool.length - i));
      [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
    }
    items = pool.slice(0, n);
  } else {
    const interval = ids.length / Math.max(n, 1);
    const start = uniform(request.seed, 0) * interval;
    items = Array.from({ length: n }, (_, i) => ids[Math.floor(start + i * interval)] as string);
  }
  return {
    algorithm: SAMPLE_ALGORITHM,
    seed: request.seed,
    method: request.method,
    populationKind: population.kind,
    populationHash: populationHash(population),
    populationSize: ids.length,
    size: n,
    items,
  };
}

/** Why a recorded sample cannot be reproduced from this population, or undefined when it can. */
export function checkSample(population: Population, sample: Sample): string | undefined {
  if (sample.algorithm !== SAMPLE_ALGORITHM) return `drawn with ${sample.algorithm}, not ${SAMPLE_ALGORITHM}`;
  if (sample.populationHash !== populationHash(population))
    return 'the population has changed since the sample was drawn';
  const again = drawSample(population, { seed: sample.seed, method: sample.method, size: sample.size });
  return again.items.join('\n') === sample.items.join('\n')
    ? undefined
    : 'drawing again with the same seed gives other items';
}
