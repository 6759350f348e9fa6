import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { InputError } from '../../src/errors/index.js';
import { assembleModel } from '../../src/model/index.js';
import { sealProbeResult } from '../../src/probes/result.js';
import { tempTree } from '../helpers/tempTree.js';
import { NOW, ragMap } from './fixtures.js';

function mapWithFiles() {
  const map = ragMap();
  map.evidence?.push(
    { id: 'policy', title: 'Policy', path: 'evidence/policy.md' },
    { id: 'gone', title: 'Gone', path: 'evidence/gone.md' },
  );
  map.dataClasses?.push({
    id: 'corpus',
    name: 'Corpus',
    category: 'training-data',
    tenantScoped: false,
    provenance: { manifest: 'data/manifest.json' },
  });
  return stringify(map);
}

const probe = sealProbeResult({
  format: 'trustmap.probe/v1',
  kind: 'postgres',
  component: 'vectors',
  target: 'postgres://app@db:5432/app',
  startedAt: '2026-11-25T10:00:00.000Z',
  finishedAt: '2026-11-25T10:00:05.000Z',
  trustmapVersion: '0.1.0',
  verdict: 'pass',
  steps: [{ name: 'cross-tenant read', verdict: 'pass', detail: 'no rows' }],
});

describe('assembleModel', () => {
  it('reads the map, stored probe results, evidence files and manifests, and takes the clock', async () => {
    const dir = await tempTree({
      'trustmap.yaml': mapWithFiles(),
      'evidence/policy.md': 'policy text',
      'data/manifest.json': '{"files":[]}',
      '.trustmap/evidence/probe-postgres-vectors-1.json': JSON.stringify(probe),
      '.trustmap/evidence/notes.json': '{"not":"a probe"}',
    });
    const model = await assembleModel(dir, { now: NOW, discover: false });
    expect(model.now).toEqual(NOW);
    expect(model.discovery).toBeUndefined();
    expect(model.probes.map((stored) => [stored.file, stored.result.component])).toEqual([
      ['.trustmap/evidence/probe-postgres-vectors-1.json', 'vectors'],
    ]);
    expect(model.evidenceFiles.policy).toMatchObject({
      exists: true,
      bytes: 11,
      sha256: expect.stringMatching(/^[a-f0-9]{64}$/),
    });
    expect(model.evidenceFiles.gone).toEqual({ exists: false });
    expect(model.manifests.corpus).toEqual({ file: 'data/manifest.json', text: '{"files":[]}' });
  });

  it('passes the map folder to the discovery function', async () => {
    const dir = await tempTree({ 'trustmap.yaml': mapWithFiles() });
    const seen: string[][] = [];
    const model = await assembleModel(dir, {
      now: NOW,
      discover: async (roots) => {
        seen.push(roots);
        return {
          root: roots[0] ?? '',
          findings: [],
          facts: [],
          tables: [],
          skipped: [],
          stats: { files: 0, bytes: 0, durationMs: 0 },
        };
      },
    });
    expect(seen).toEqual([[path.resolve(dir)]]);
    expect(model.discovery?.findings).toEqual([]);
  });

  it('refuses a corrupt stored probe result with a located error', async () => {
    const dir = await tempTree({
      'trustmap.yaml': mapWithFiles(),
      '.trustmap/evidence/probe-postgres-vectors-1.json': '{ not json',
    });
    const error = await assembleModel(dir, { now: NOW, discover: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems[0]).toMatchObject({
      location: { file: expect.stringMatching(/probe-postgres-vectors-1\.json$/), line: 1, col: 1 },
      message: expect.stringContaining('not valid JSON'),
    });
  });
});
