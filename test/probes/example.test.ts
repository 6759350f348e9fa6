import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { probeExampleOnPglite } from '../../src/demo/probeExample.js';
import { loadMap } from '../../src/map/index.js';
import { probeMapComponent, readProbeResults, withMigratedPglite } from '../../src/probes/index.js';

const EXAMPLE = path.resolve('examples/acme-ai');
const now = new Date('2026-11-26T12:00:00Z');
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('the example company', () => {
  it('probeExampleOnPglite: live, passing probes of both stores from the migrations, on one PGlite', async () => {
    const [result, appDb] = await probeExampleOnPglite(EXAMPLE, {
      now: () => now,
      components: ['vector-index', 'app-db'],
    });
    if (!result || !appDb) throw new Error('expected two results');
    expect(appDb).toMatchObject({ component: 'app-db', verdict: 'pass' });
    expect(appDb.tables?.map((table) => table.table)).toEqual(['users', 'documents']);
    expect(result.verdict).toBe('pass');
    expect(result.component).toBe('vector-index');
    expect(result.tables?.map((table) => `${table.table} ${table.verdict}`)).toEqual([
      'documents pass',
      'document_chunks pass',
    ]);
    expect(result.steps.map((step) => step.name)).toContain('document_chunks: similarity search as tenant A');
  }, 120_000);

  it('catches a migration that turns row-level security off on document_chunks', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'trustmap-migrations-'));
    dirs.push(dir);
    await cp(path.join(EXAMPLE, 'services/api/migrations'), dir, { recursive: true });
    await writeFile(
      path.join(dir, '999_regression.sql'),
      'ALTER TABLE document_chunks DISABLE ROW LEVEL SECURITY;\n',
    );
    const map = await loadMap(EXAMPLE);
    const result = await withMigratedPglite(dir, (client) => probeMapComponent(map, 'vector-index', client));
    expect(result.verdict).toBe('fail');
    const chunks = result.tables?.find((table) => table.table === 'document_chunks');
    expect(chunks?.reasons).toContain('document_chunks: row-level security is off');
    expect(chunks?.reasons.join('\n')).toContain(
      "document_chunks: similarity search (ORDER BY embedding <-> $1 LIMIT 5) with tenant B's canary vector returned tenant B's row to tenant A",
    );
    expect(result.tables?.find((table) => table.table === 'documents')?.verdict).toBe('pass');
  }, 120_000);

  it('ships one verified, passing probe result for vector-index', async () => {
    const stored = await readProbeResults(EXAMPLE);
    const probes = stored.filter((entry) => entry.result.component === 'vector-index');
    expect(probes.length).toBeGreaterThanOrEqual(1);
    expect(probes.at(-1)?.result.verdict).toBe('pass');
    const raw = JSON.parse(await readFile(path.join(EXAMPLE, probes.at(-1)!.file), 'utf8'));
    expect(raw.target).toBe('pglite (in-memory) from acme-ai/services/api/migrations');
  });
});
