import { describe, expect, it } from 'vitest';
import { productNameFrom } from '../../src/map/index.js';
import { readmeTitle } from '../../src/map/readmeTitle.js';

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

  // make-real (51c412c): package.json names it `draw-a-ui`, its README's title is "Make Real" (README.md:1), and init
  // named the organisation "draw-a-ui".
  it("takes the README's title over a code name the folder does not share", () => {
    const packageJson = '{ "name": "draw-a-ui", "private": true }';
    const readme = '```sh\n# install\nnpm i\n```\n## Make Real\n\nTry it out at makereal.tldraw.com\n';
    expect(productNameFrom({ packageJson, readme, folder: 'make-real' })).toBe('Make Real');
    expect(
      productNameFrom({
        packageJson: '{ "name": "multimodal_rag" }',
        readme: '<h1 align="center">LocalGPT - Private Document Intelligence Platform</h1>\n',
        folder: 'localGPT',
      }),
    ).toBe('LocalGPT');
    // A package named like the product, or a title the folder does not share, keeps the package's name.
    expect(
      productNameFrom({
        packageJson: '{ "name": "llamacoder-new" }',
        readme: '# Llama Coder\n',
        folder: 'llamacoder',
      }),
    ).toBe('llamacoder-new');
    expect(productNameFrom({ packageJson, readme: '# Table of Contents\n', folder: 'make-real' })).toBe(
      'draw-a-ui',
    );
    // pinecone-vercel-starter (cb53b81), copied to a folder named `app`: a tutorial's step is no title, and a generic
    // folder agrees with nothing.
    expect(
      productNameFrom({
        packageJson: '{ "name": "vercel-pinecone-template" }',
        readme: 'Intro.\n\n## Step 1: Setting Up Your Next.js Application\n',
        folder: 'app',
      }),
    ).toBe('vercel-pinecone-template');
    expect(
      productNameFrom({
        packageJson: '{ "name": "vercel-pinecone-template" }',
        readme: '# Application Builder\n',
        folder: 'app',
      }),
    ).toBe('vercel-pinecone-template');
    // A hostile heading line is cut before it is read (it cost half a second uncut): no title in it.
    expect(readmeTitle(`# ${'#'.repeat(19_000)}x\n`)).toBeUndefined();
  });
});
