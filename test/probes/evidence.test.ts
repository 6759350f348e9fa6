import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildProbeResult,
  type ProbeResult,
  readProbeResults,
  redactUrl,
  verifyProbeResult,
  writeProbeResult,
} from '../../src/probes/index.js';
import { VERSION } from '../../src/version.js';

const now = new Date('2026-11-26T12:00:00Z');
const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function tempRoot(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'trustmap-evidence-'));
  dirs.push(dir);
  return dir;
}

function sample(verdict: 'pass' | 'fail' = 'pass', startedAt = now): ProbeResult {
  return buildProbeResult({
    kind: 'postgres',
    component: 'vector-index',
    target: 'postgres://app@db:5432/acme',
    startedAt,
    finishedAt: startedAt,
    steps: [
      {
        name: 'documents: catalog',
        verdict,
        detail: 'row-level security enabled and forced',
        subject: 'documents',
      },
    ],
    tables: [{ table: 'documents', verdict, reasons: [] }],
  });
}

describe('probe evidence files', () => {
  it('writes a sealed result under .trustmap/evidence and reads it back', async () => {
    const root = await tempRoot();
    const file = await writeProbeResult(root, sample());
    expect(path.relative(root, file)).toBe(
      path.join('.trustmap', 'evidence', 'probe-postgres-vector-index-2026-11-26T12-00-00-000Z.json'),
    );
    const stored = await readProbeResults(root);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.file).toBe(
      '.trustmap/evidence/probe-postgres-vector-index-2026-11-26T12-00-00-000Z.json',
    );
    expect(stored[0]?.result).toMatchObject({
      format: 'trustmap.probe/v1',
      trustmapVersion: VERSION,
      verdict: 'pass',
    });
    expect(stored[0]?.result.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects an edited result, junk and non-results, and says why', async () => {
    const root = await tempRoot();
    const file = await writeProbeResult(root, sample('fail'));
    const edited = JSON.parse(await readFile(file, 'utf8'));
    edited.verdict = 'pass';
    await writeFile(file, JSON.stringify(edited));
    const evidence = path.dirname(file);
    await writeFile(path.join(evidence, 'probe-http-x-1.json'), '{ not json');
    await writeFile(path.join(evidence, 'probe-http-x-2.json'), '{"format":"other"}');
    await writeFile(path.join(evidence, 'notes.txt'), 'ignored');
    const rejected: string[] = [];
    const stored = await readProbeResults(root, { onRejected: (entry) => rejected.push(entry.reason) });
    expect(stored).toEqual([]);
    expect(rejected.sort()).toEqual([
      'SHA-256 does not match the content (edited after the run?)',
      'not a trustmap.probe/v1 result',
      'not valid JSON',
    ]);
  });

  it('returns results oldest first and nothing when the folder is missing', async () => {
    const root = await tempRoot();
    expect(await readProbeResults(root)).toEqual([]);
    await writeProbeResult(root, sample('pass', new Date('2026-11-20T00:00:00Z')));
    await writeProbeResult(root, sample('fail', new Date('2026-11-01T00:00:00Z')));
    const stored = await readProbeResults(root);
    expect(stored.map((entry) => entry.result.verdict)).toEqual(['fail', 'pass']);
  });

  it('the hash covers every field: any change is detected', () => {
    const result = sample();
    expect(verifyProbeResult(result)).toBe(true);
    fc.assert(
      fc.property(
        fc.constantFrom('target', 'startedAt', 'verdict', 'component'),
        fc.string(),
        (key, value) => {
          const changed = { ...result, [key]: value } as ProbeResult;
          return (result as unknown as Record<string, unknown>)[key] === value || !verifyProbeResult(changed);
        },
      ),
    );
  });
});

describe('redactUrl', () => {
  it('drops passwords and query strings', () => {
    expect(redactUrl('postgres://app:s3cret@db.internal:5432/acme?sslmode=require&password=x')).toBe(
      'postgres://app@db.internal:5432/acme',
    );
    expect(redactUrl('https://user:tok@rag.example/v1')).toBe('https://user@rag.example/v1');
    expect(redactUrl('not a url s3cret')).toBe('(unparsable URL)');
  });
});
