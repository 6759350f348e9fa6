import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadMapFromFiles } from '../../src/map/index.js';
import { MINIMAL_MAP } from './fixtures.js';

const base = parse(MINIMAL_MAP) as Record<string, unknown>;

/** Every refusal is a list of problems, each located inside the file with a message; nothing throws. */
function assertCleanOutcome(content: string | Uint8Array) {
  const result = loadMapFromFiles([
    { file: 'map.yaml', content: typeof content === 'string' ? new TextEncoder().encode(content) : content },
  ]);
  if (result.ok) return 'ok';
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.message).not.toMatch(/\n\s+at /); // no stack trace
    expect(problem.location?.file).toBe('map.yaml');
    expect(problem.location!.line).toBeGreaterThanOrEqual(1);
    expect(problem.location!.col).toBeGreaterThanOrEqual(1);
  }
  return 'refused';
}

/** Paths to every node of a JSON-like value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object')
    return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

const allPaths = paths(base);

describe('the loader on random and mutated maps (property-based)', () => {
  it('loads or refuses arbitrary text and bytes cleanly', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.uint8Array({ maxLength: 400 })), (content) => {
        assertCleanOutcome(content);
      }),
      { numRuns: 400 },
    );
  });

  it('loads or refuses maps with one node replaced by an arbitrary value', () => {
    const anyValue = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constantFrom('', 'zero', '30d', 'api', 'openai', -1, null),
    );
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), anyValue, (path, value) => {
        assertCleanOutcome(stringify(setAt(base, path, value)));
      }),
      { numRuns: 400 },
    );
  });

  it('loads or refuses the map text with random edits (deletions, insertions, swapped lines)', () => {
    const lines = MINIMAL_MAP.split('\n');
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat(lines.length - 1),
            fc.oneof(
              fc.constant(''),
              fc.string({ maxLength: 20 }),
              fc.constantFrom('\t', '  - ', '*a', '&a x', '{', ']', ': :'),
            ),
          ),
          { maxLength: 4 },
        ),
        (edits) => {
          const copy = [...lines];
          for (const [line, insert] of edits)
            copy[line] = insert === '' ? '' : `${copy[line]!.slice(0, 4)}${insert}${copy[line]!.slice(4)}`;
          assertCleanOutcome(copy.join('\n'));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never reports an unknown reference for ids that exist (valid renames load)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), (id) => {
        fc.pre(!['api', 'vectors'].includes(id));
        const renamed = MINIMAL_MAP.replaceAll('openai', id).replaceAll('dpa-openai', `dpa-${id}`);
        expect(assertCleanOutcome(renamed)).toBe('ok');
      }),
      { numRuns: 200 },
    );
  });
});
