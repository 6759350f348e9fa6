import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/errors/index.js';
import {
  buildTrustCenter,
  readPublishedSubprocessors,
  readTrustCenterInputs,
  writeTrustCenter,
} from '../../src/trust-center/index.js';
import { tempTree } from '../helpers/tempTree.js';
import { companyMap, modelOf, resultsFor } from './fixtures.js';

describe('writeTrustCenter', () => {
  it('writes the site and replaces a previous one as a whole, leaving no temporary folders', async () => {
    const dir = await tempTree({
      'site/index.html': 'old',
      'site/subprocessors.json': '{}',
      'site/stale.html': 'x',
    });
    const out = path.join(dir, 'site');
    const site = buildTrustCenter(modelOf(companyMap()), resultsFor('pass'));
    const index = await writeTrustCenter(out, site);
    expect(index).toBe(path.join(out, 'index.html'));
    expect((await readdir(out)).sort()).toEqual(
      [
        // The marker that keeps discovery from reading our own pages as the project's code.
        '.trustmap-output',
        ...Object.keys(site.files)
          .map((name) => name.split('/')[0]!)
          .filter((name, i, all) => all.indexOf(name) === i),
      ].sort(),
    );
    expect(await readFile(index, 'utf8')).toBe(site.files['index.html']);
    expect(await readdir(dir)).toEqual(['site']);
  });

  it('leaves the previous site intact when writing fails', async () => {
    const dir = await tempTree({ 'site/index.html': 'previous', 'site/subprocessors.json': '{}' });
    const out = path.join(dir, 'site');
    // a file path that cannot be created (a folder and a file of the same name) makes the write fail midway
    const files = { 'a.html': 'x', 'a.html/b.html': 'y' };
    await expect(writeTrustCenter(out, { files })).rejects.toThrow();
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('previous');
    expect(await readdir(dir)).toEqual(['site']);
  });

  it('refuses to replace a folder that holds something other than a trust center', async () => {
    const dir = await tempTree({ 'src/main.ts': 'code' });
    await expect(
      writeTrustCenter(path.join(dir, 'src'), { files: { 'index.html': 'x' } }),
    ).rejects.toBeInstanceOf(UsageError);
    expect(await readFile(path.join(dir, 'src/main.ts'), 'utf8')).toBe('code');
  });
});

describe('reading what the last build published', () => {
  it('returns nothing on first publish and the list afterwards', async () => {
    const dir = await tempTree();
    const out = path.join(dir, 'site');
    expect(await readPublishedSubprocessors(out)).toBeUndefined();
    const site = buildTrustCenter(modelOf(companyMap()), resultsFor('pass'));
    await writeTrustCenter(out, site);
    expect(await readPublishedSubprocessors(out)).toEqual(
      JSON.parse(String(site.files['subprocessors.json'])),
    );
  });

  it('rejects a corrupt subprocessors.json with a located error instead of dropping the history', async () => {
    const dir = await tempTree({ 'site/subprocessors.json': '{"format": "other"' });
    const error = await readPublishedSubprocessors(path.join(dir, 'site')).catch((caught) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems[0]?.location?.file).toBe(
      path.join(dir, 'site', 'subprocessors.json'),
    );
    const wrongShape = await tempTree({ 'site/subprocessors.json': '{"format": "other"}' });
    await expect(readPublishedSubprocessors(path.join(wrongShape, 'site'))).rejects.toThrow(
      /not in the expected form/,
    );
  });
});

describe('readTrustCenterInputs', () => {
  it('reads the logo and public documents from the map folder, and refuses paths outside it', async () => {
    const parent = await tempTree({ 'secret.txt': 'do not publish' });
    const root = path.join(parent, 'company');
    await tempTreeAt(root, {
      'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'evidence/policy.md': '# Policy',
    });
    const map = companyMap();
    map.evidence!.push({ id: 'escape', title: 'Escape', path: '../secret.txt', visibility: 'public' });
    const inputs = await readTrustCenterInputs(modelOf(map, { root }));
    expect(inputs.logo?.name).toBe('logo.svg');
    expect(Object.keys(inputs.documents)).toEqual(['security-policy']);
    expect(inputs.warnings).toEqual(["public document escape: ../secret.txt is outside the map's folder"]);
  });
});

async function tempTreeAt(root: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
}
