import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runCli } from '../helpers/runCli.js';
import { tempTree } from '../helpers/tempTree.js';
import { trainingMap } from './fixtures.js';

const smallMap = () =>
  stringify({
    version: 1,
    organization: { name: 'Small Co', stage: 'seed' },
    ...trainingMap({ gated: true }),
  });

describe('trustmap lineage', () => {
  it('prints Mermaid by default', async () => {
    const dir = await tempTree({ 'trustmap.yaml': smallMap() });
    const run = runCli(['lineage'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      'flowchart LR',
      '  subgraph company["Small Co"]',
      '    n_api("api<br/>api · api")',
    ]);
    expect(run.stdout).toContain('n_store -.->|"opt-in: training<br/>docs"| n_relay');
  });

  it('prints DOT for one class of the example company', () => {
    const run = runCli([
      'lineage',
      'examples/acme-ai',
      '--format',
      'dot',
      '--data-class',
      'customer-documents',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^digraph lineage \{/);
    expect(run.stdout).toContain(
      'label="Journey of customer-documents with document-embeddings, opt-in-training-set"',
    );
    expect(run.stdout).toMatch(
      /"app-db" -> "training-bucket" \[[^\]]*label="opt-in: training[^\]]*style=dashed\]/,
    );
    expect(run.stdout).not.toContain('send-telemetry');
  });

  it('prints the graph as JSON for other tools', () => {
    const run = runCli(['lineage', 'examples/acme-ai', '--format', 'json', '--data-class', 'prompts']);
    expect(run.code).toBe(0);
    const graph = JSON.parse(run.stdout);
    expect(graph.focus).toEqual({ dataClass: 'prompts', journey: ['prompts', 'opt-in-training-set'] });
    expect(graph.nodes.find((node: { id: string }) => node.id === 'ft-pipeline')).toMatchObject({
      trainingSink: true,
      stopKind: 'training-opt-in',
    });
  });

  it('writes an SVG file with --out and reports on stderr', async () => {
    const dir = await tempTree({ 'trustmap.yaml': smallMap() });
    const run = runCli(['lineage', '--format', 'svg', '--out', 'out/../lineage.svg'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('✓ wrote out/../lineage.svg (6 places, 5 flows)\n');
    const svg = await readFile(path.join(dir, 'lineage.svg'), 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('<title>trainer</title>');
  });

  it('exits 2 on an unknown data class, with the closest id as a hint', () => {
    const run = runCli(['lineage', 'examples/acme-ai', '--data-class', 'customer-document']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'error unknown data class `customer-document`\n  hint: did you mean `customer-documents`?\n',
    );
  });

  it('exits 2 on a bad format, an unwritable --out, and a broken map', async () => {
    const dir = await tempTree({ 'trustmap.yaml': smallMap().replace('kind: queue', 'kind: queu') });
    expect(runCli(['lineage', 'examples/acme-ai', '--format', 'png']).code).toBe(2);
    const unwritable = runCli(['lineage', 'examples/acme-ai', '--out', 'no/such/folder/x.md']);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/^error cannot write no\/such\/folder\/x\.md: ENOENT\n/);
    const broken = runCli(['lineage'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(
      /^error trustmap\.yaml:\d+:\d+: components\[relay\]\.kind: `queu` is not one of the allowed values/,
    );
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });
});
