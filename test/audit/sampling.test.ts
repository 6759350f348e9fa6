import { describe, expect, it } from 'vitest';
import { checkSample, drawSample, type Population, uniform } from '../../src/audit/index.js';
import { UsageError } from '../../src/errors/index.js';

const pop = (n: number): Population => ({
  kind: 'changes',
  title: 'Changes',
  window: { start: '2026-01-01', end: '2026-03-31' },
  items: Array.from({ length: n }, (_, i) => ({
    id: `deploy-${String(i + 1).padStart(3, '0')}`,
    at: '2026-02-01T00:00:00.000Z',
    summary: 'deploy',
    details: {},
    sources: [{ kind: 'ledger' as const, org: 'o', seq: i + 1, hash: 'h' }],
  })),
});

describe('sampling', () => {
  it('uses the documented number: the first 6 bytes of SHA-256("seed:i") over 2^48', () => {
    // `printf fieldwork:0 | sha256sum` starts with 0fee2ba777ba: an auditor can redo this with any tool.
    expect(uniform('fieldwork', 0)).toBe(0x0fee2ba777ba / 2 ** 48);
    expect(uniform('fieldwork', 1)).not.toBe(uniform('fieldwork', 0));
  });

  it('draws the same items from the same seed, other items from another seed, without replacement', () => {
    const population = pop(200);
    const first = drawSample(population, { seed: 'fieldwork-1', method: 'random', size: 25 });
    const again = drawSample(population, { seed: 'fieldwork-1', method: 'random', size: 25 });
    expect(again).toEqual(first);
    expect(new Set(first.items).size).toBe(25);
    expect(drawSample(population, { seed: 'fieldwork-2', method: 'random', size: 25 }).items).not.toEqual(
      first.items,
    );
    // Order of the listing does not matter: items are ordered by id before drawing.
    const shuffled = { ...population, items: [...population.items].reverse() };
    expect(drawSample(shuffled, { seed: 'fieldwork-1', method: 'random', size: 25 }).items).toEqual(
      first.items,
    );
    expect(first).toMatchObject({ seed: 'fieldwork-1', method: 'random', populationSize: 200, size: 25 });
    expect(first.populationHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('draws systematically at a fixed interval from a seeded start', () => {
    const sample = drawSample(pop(100), { seed: 's', method: 'systematic', size: 10 });
    const positions = sample.items.map((id) => Number(id.slice(-3)) - 1);
    const start = Math.floor(uniform('s', 0) * 10);
    expect(positions).toEqual(Array.from({ length: 10 }, (_, i) => start + i * 10));
  });

  it('takes every item when asked for more than there are, and refuses bad requests', () => {
    expect(drawSample(pop(3), { seed: 's', method: 'random', size: 10 }).items.sort()).toEqual([
      'deploy-001',
      'deploy-002',
      'deploy-003',
    ]);
    expect(() => drawSample(pop(3), { seed: '', method: 'random', size: 1 })).toThrow(UsageError);
    expect(() => drawSample(pop(3), { seed: 's', method: 'random', size: 0 })).toThrow(UsageError);
    expect(() => drawSample(pop(3), { seed: 's', method: 'magic' as 'random', size: 1 })).toThrow(UsageError);
  });

  it('tells when a recorded sample can no longer be reproduced', () => {
    const population = pop(50);
    const sample = drawSample(population, { seed: 'x', method: 'random', size: 5 });
    expect(checkSample(population, sample)).toBeUndefined();
    expect(checkSample(pop(51), sample)).toBe('the population has changed since the sample was drawn');
    expect(checkSample(population, { ...sample, items: [...sample.items].reverse() })).toBe(
      'drawing again with the same seed gives other items',
    );
  });
});
