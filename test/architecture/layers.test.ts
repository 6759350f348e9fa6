import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../helpers/tempTree.js';

/**
 * The layer order of ARCHITECTURE.md, enforced: a module may import its own layer or lower ones, never a higher
 * one. Type-only imports count too, since a type is part of the contract that flows downwards.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['core', 'errors', 'io', 'paths.ts', 'version.ts'],
  ['map'],
  ['discover', 'probes'],
  ['model'],
  ['controls'],
  ['report', 'lineage', 'scope', 'describe'],
  ['trust-center', 'questionnaire', 'auditors', 'audit'],
  ['server', 'jobs', 'demo'],
  ['cli'],
  ['index.ts'],
];

const SRC = path.resolve(import.meta.dirname, '../../src');
const layerOf = new Map(LAYERS.flatMap((names, rank) => names.map((name) => [name, rank] as const)));

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (entry.name.endsWith('.ts')) yield full;
  }
}

const IMPORT = /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

function violations(root: string): string[] {
  const topOf = (file: string) => path.relative(root, file).split(path.sep)[0] ?? '';
  const found: string[] = [];
  for (const file of sourceFiles(root)) {
    const from = topOf(file);
    const rank = layerOf.get(from);
    if (rank === undefined) {
      found.push(
        `${path.relative(root, file)}: folder ${from} has no layer in this test and ARCHITECTURE.md`,
      );
      continue;
    }
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? '';
      if (!spec.startsWith('.')) continue;
      const target = topOf(path.resolve(path.dirname(file), spec));
      const targetRank = layerOf.get(target);
      if (targetRank !== undefined && targetRank > rank)
        found.push(`${path.relative(root, file)} (${from}) imports ${spec} (${target}, a higher layer)`);
    }
  }
  return found;
}

describe('layers', () => {
  it('no stage imports a higher one', () => {
    expect(violations(SRC)).toEqual([]);
  });

  it('catches a lower stage importing a higher one, type-only and dynamic imports included', async () => {
    const root = await tempTree({
      'model/a.ts': "import type { X } from '../controls/types.js';\nexport const a = 1;\n",
      'map/b.ts': "const m = await import('../cli/main.js');\n",
      'controls/c.ts': "import { a } from '../model/a.js';\n",
      'stray/d.ts': '',
    });
    expect(violations(root).sort()).toEqual([
      expect.stringContaining('map/b.ts (map) imports ../cli/main.js'),
      expect.stringContaining('model/a.ts (model) imports ../controls/types.js'),
      expect.stringContaining('stray/d.ts: folder stray has no layer'),
    ]);
  });
});
