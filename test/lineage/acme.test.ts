import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLineageGraph, renderMermaid, renderSvg } from '../../src/lineage/index.js';
import { loadMap } from '../../src/map/index.js';
import { buildModel, type Model } from '../../src/model/index.js';
import { now } from './fixtures.js';

let model: Model;
beforeAll(async () => {
  model = buildModel(await loadMap('examples/acme-ai'), { now });
});

describe('lineage of examples/acme-ai', () => {
  it('renders an SVG that parses as XML and names every component and sub-processor', async () => {
    const svg = await renderSvg(buildLineageGraph(model));
    const parsed = new XMLParser({
      ignoreAttributes: false,
      processEntities: true,
      htmlEntities: true,
    }).parse(svg);
    const groups = [parsed.svg.g.g].flat() as { '@_class': string; title: string }[];
    const nodeTitles = groups.filter((g) => g['@_class'] === 'node').map((g) => g.title);
    const expected = [...model.map.components, ...model.map.subprocessors].map((entry) => entry.id);
    expect(nodeTitles.sort()).toEqual([...expected, 'legend'].sort());
    const edgeTitles = groups.filter((g) => g['@_class'] === 'edge').length;
    expect(edgeTitles).toBe(model.map.flows.length);
    expect(svg.length).toBeLessThan(150_000);
  });

  it('shows customer documents reaching training only through the gated opt-in export', () => {
    const graph = buildLineageGraph(model, { dataClass: 'customer-documents' });
    const exportFlow = graph.edges.find((edge) => edge.id === 'export-opt-in');
    expect(exportFlow).toMatchObject({ gated: true, stopKind: 'training-opt-in' });
    const sinks = graph.nodes.filter((node) => node.trainingSink);
    expect(sinks.map((node) => [node.id, node.stopKind])).toEqual([['ft-pipeline', 'training-opt-in']]);
    // No training stop without opt-in anywhere on the journey.
    expect(graph.classes.flatMap((entry) => entry.stops).some((stop) => stop.kind === 'training')).toBe(
      false,
    );
    // Flows that do not carry the journey are left out.
    expect(graph.edges.map((edge) => edge.id)).not.toContain('send-telemetry');
    expect(graph.edges.map((edge) => edge.id)).not.toContain('log-requests');
    const mermaid = renderMermaid(graph);
    expect(mermaid).toContain('n_app_db -.->|"opt-in: training<br/>opt-in-training-set"| n_training_bucket');
  });

  it('says where each customer class stops', () => {
    const graph = buildLineageGraph(model);
    const stops = Object.fromEntries(
      graph.classes.filter((entry) => entry.customer).map((entry) => [entry.id, entry.stopKind]),
    );
    expect(stops).toEqual({
      // Tenants' people's personal data too: backed up to AWS with the database (lunary, SurfSense: personal data drawn
      // as going nowhere).
      'account-data': 'external',
      'customer-documents': 'external',
      'document-embeddings': 'internal',
      prompts: 'external',
      'model-outputs': 'internal',
      'opt-in-training-set': 'training-opt-in',
    });
    expect(graph.classes.find((entry) => entry.id === 'account-data')?.stops).toEqual([
      { node: 'app-db', kind: 'internal' },
      { node: 'aws', kind: 'external' },
    ]);
    expect(graph.classes.find((entry) => entry.id === 'document-embeddings')?.stops).toEqual([
      { node: 'vector-index', kind: 'internal' },
    ]);
  });
});
