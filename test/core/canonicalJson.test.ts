import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Of } from '../../src/core/canonicalJson.js';
import { seededRandom } from '../../src/core/random.js';

/** The definition: JSON.stringify of a copy with keys sorted at every depth and undefined members dropped. */
function reference(value: unknown): string {
  const sortKeys = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(sortKeys);
    if (item && typeof item === 'object')
      return Object.fromEntries(
        Object.entries(item as Record<string, unknown>)
          .filter(([, entry]) => entry !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([key, entry]) => [key, sortKeys(entry)]),
      );
    return item;
  };
  return JSON.stringify(sortKeys(value));
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops what JSON drops', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, undefined, () => 1], c: undefined }, e: () => 1 })).toBe(
      '{"a":{"d":[3,null,null]},"b":1}',
    );
    expect(canonicalJson({ z: 'é\u2028"\n', '\u00e9': -0, n: Number.NaN, d: new Date(0) })).toBe(
      reference({ z: 'é\u2028"\n', '\u00e9': -0, n: Number.NaN, d: new Date(0) }),
    );
    expect(() => canonicalJson({ big: 1n })).toThrow(TypeError);
  });

  it('matches the definition on random nested values', () => {
    const random = seededRandom(42);
    const alphabet = ['a', 'B', 'é', '0', '_', '\u{1F600}', '"', '\\', ' ', 'Z'];
    const word = () =>
      Array.from(
        { length: Math.floor(random() * 4) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
    const value = (depth: number): unknown => {
      const pick = Math.floor(random() * (depth > 3 ? 5 : 7));
      if (pick === 0) return null;
      if (pick === 1) return random() < 0.5;
      if (pick === 2) return Math.round((random() - 0.5) * 1e6) / 100;
      if (pick === 3) return word();
      if (pick === 4) return undefined;
      if (pick === 5) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      return Object.fromEntries(
        Array.from({ length: Math.floor(random() * 5) }, () => [word(), value(depth + 1)]),
      );
    };
    for (let round = 0; round < 500; round++) {
      const sample = { root: value(0) };
      expect(canonicalJson(sample)).toBe(reference(sample));
    }
  });

  it('hashes equal values equally whatever their key order', () => {
    expect(sha256Of({ a: 1, b: [{ x: 1, y: 2 }] })).toBe(sha256Of({ b: [{ y: 2, x: 1 }], a: 1 }));
    expect(sha256Of({ a: 1 })).not.toBe(sha256Of({ a: 2 }));
  });
});
