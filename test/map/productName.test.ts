import { describe, expect, it } from 'vitest';
import { productNameFrom } from '../../src/map/index.js';

describe("the product's name for `init -y`", () => {
  it('reads the root manifest, skipping the words a workspace is named with', () => {
    expect(productNameFrom({ packageJson: '{ "name": "lunary", "private": true }' })).toBe('lunary');
    // typebot (830ba71): its root package is `@typebot.io/root`.
    expect(productNameFrom({ packageJson: '{ "name": "@typebot.io/root" }' })).toBe('typebot.io');
    // Nx's default root name (Reactive-Resume: "source").
    expect(productNameFrom({ packageJson: '{ "name": "@reactive-resume/source" }' })).toBe('reactive-resume');
    expect(productNameFrom({ pyproject: '[project]\nname = "arize-phoenix"\nversion = "1.0"\n' })).toBe(
      'arize-phoenix',
    );
    // Another table's name is not the project's; a broken manifest and a workspace word name nothing.
    expect(productNameFrom({ pyproject: '[tool.poetry]\nname = "x"\n' })).toBeUndefined();
    expect(productNameFrom({ packageJson: '{ "name": ' })).toBeUndefined();
    expect(productNameFrom({ packageJson: '{ "name": "monorepo" }' })).toBeUndefined();
  });
});
