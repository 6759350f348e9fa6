import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadDirectory,
  matchForModel,
  type ProfileOverrides,
  renderMatchText,
} from '../../src/auditors/index.js';
import { runChecks } from '../../src/controls/index.js';
import { loadMap } from '../../src/map/index.js';
import { assembleFromMap } from '../../src/model/index.js';
import { ROOT } from '../helpers/runCli.js';
import { TODAY } from './fixtures.js';

const NOW = new Date(`${TODAY}T00:00:00Z`);
const DOC = readFileSync(path.join(ROOT, 'docs', 'auditors.md'), 'utf8');

const RUNS: [string, string, ProfileOverrides][] = [
  ['the example company', 'examples/acme-ai', {}],
  ['seed startup', 'data/auditors/profiles/seed-startup', {}],
  ['Series B', 'data/auditors/profiles/series-b', { reportType: 'type2' }],
  ['EU company', 'data/auditors/profiles/eu-company', {}],
];

describe('docs/auditors.md shows what the matcher says today', () => {
  const directory = loadDirectory(undefined, ROOT);
  it.each(RUNS)('%s', async (_name, dir, overrides) => {
    const map = await loadMap(path.join(ROOT, dir));
    const model = await assembleFromMap(map, { now: NOW, discover: false });
    const { result } = matchForModel(model, runChecks(model).results, directory, overrides, NOW);
    const text = renderMatchText(result)
      .split('\n')
      .filter((line) => !line.startsWith('Hard requirements first'))
      .join('\n')
      .trimEnd();
    expect(DOC).toContain(text);
  });
});
