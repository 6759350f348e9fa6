import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors/index.js';
import { buildLineageGraph, renderDot, renderMermaid } from '../../src/lineage/index.js';
import { customerDocs, modelOf, trainingMap } from './fixtures.js';

describe("the customer's own systems", () => {
  it('are neither ours nor sub-processors, in the graph and every format (WrenAI, postiz)', () => {
    // WrenAI (f2841bc): each customer's own PostgreSQL, read by connector code, was drawn "vendor-hosted" in "Outside
    // WrenAI: sub-processors", where scope and the trust center said "run by each customer". postiz (74b01ad): HeyGen,
    // reached only with each organisation's own key, was a "sub-processor (external)".
    const model = modelOf({
      organization: 'Wren',
      dataClasses: [customerDocs],
      components: [
        { id: 'api', kind: 'api', dataClasses: ['docs'], retention: 'zero' },
        {
          id: 'warehouse',
          name: 'Customer warehouse',
          kind: 'datastore',
          hosting: 'customer-hosted',
          dataClasses: ['docs'],
        },
      ],
      subprocessors: [
        {
          id: 'heygen',
          vendor: 'HeyGen',
          service: 'Video API',
          purpose: 'videos',
          account: 'customer',
          dataClasses: ['docs'],
        },
      ],
      flows: [
        { id: 'read', from: 'warehouse', to: 'api', dataClasses: ['docs'], purpose: 'retrieval' },
        {
          id: 'video',
          from: 'api',
          to: 'heygen',
          dataClasses: ['docs'],
          purpose: 'inference',
          condition: { kind: 'other', description: 'when an organisation connects its own HeyGen key' },
        },
      ],
    });
    const graph = buildLineageGraph(model);
    expect(graph.nodes.find((node) => node.id === 'warehouse')?.boundary).toBe('customer');
    expect(graph.nodes.find((node) => node.id === 'heygen')?.boundary).toBe('customer');
    expect(graph.classes.find((entry) => entry.id === 'docs')?.stops).toEqual([
      { node: 'heygen', kind: 'customer' },
    ]);
    const mermaid = renderMermaid(graph);
    expect(mermaid).not.toContain('vendor-hosted');
    expect(mermaid).not.toContain('sub-processor (external)');
    expect(mermaid).not.toContain('Outside Wren: sub-processors');
    expect(mermaid).toContain("Each customer's own systems and accounts");
    expect(mermaid).toContain('run by each customer');
    // A condition worded as one is not "if when …".
    expect(mermaid).toContain('when an organisation connects its own HeyGen key: inference');
    expect(mermaid).not.toContain('if when');
    expect(renderDot(graph)).toContain('cluster_customers');
    // No tenant boundary in the graph, none in the legend (briefer, Dataherald).
    expect(mermaid).not.toContain('tenant boundary');
  });
});

describe('buildLineageGraph', () => {
  it('flags a multi-hop training path through an intermediate store as training without opt-in', () => {
    const graph = buildLineageGraph(modelOf(trainingMap({ gated: false })));
    const docs = graph.classes.find((entry) => entry.id === 'docs');
    expect(docs?.stops).toEqual([
      { node: 'store', kind: 'internal' },
      { node: 'trainer', kind: 'training' },
      { node: 'llm', kind: 'external' },
    ]);
    expect(docs?.stopKind).toBe('training');
    const trainer = graph.nodes.find((node) => node.id === 'trainer');
    expect(trainer).toMatchObject({ trainingSink: true, stopKind: 'training' });
    // Every hop of the path is coloured by the training stop it leads to.
    const kinds = Object.fromEntries(graph.edges.map((edge) => [edge.id, edge.stopKind]));
    expect(kinds).toEqual({
      save: 'training',
      export: 'training',
      train: 'training',
      ask: 'external',
      stats: undefined,
    });
  });

  it('treats a path gated by tenant opt-in as opt-in training and marks the flow gated', () => {
    const graph = buildLineageGraph(modelOf(trainingMap({ gated: true })));
    expect(graph.nodes.find((node) => node.id === 'trainer')?.stopKind).toBe('training-opt-in');
    const gated = graph.edges.filter((edge) => edge.gated).map((edge) => edge.id);
    expect(gated).toEqual(['export']);
    expect(graph.edges.find((edge) => edge.id === 'save')?.stopKind).toBe('training-opt-in');
  });

  it('still reports training when one path is gated and another is not', () => {
    const parts = trainingMap({ gated: true });
    parts.flows?.push({
      id: 'shortcut',
      from: 'api',
      to: 'trainer',
      dataClasses: ['docs'],
      purpose: 'training',
    });
    const graph = buildLineageGraph(modelOf(parts));
    expect(graph.nodes.find((node) => node.id === 'trainer')?.stopKind).toBe('training');
  });

  it('does not count a pass-through as a stop, but counts a store that forwards a copy', () => {
    const graph = buildLineageGraph(modelOf(trainingMap({ gated: false })));
    const stops = graph.classes.find((entry) => entry.id === 'docs')?.stops.map((stop) => stop.node);
    expect(stops).toContain('store');
    expect(stops).not.toContain('relay');
    expect(stops).not.toContain('api');
  });

  it('finds where data rests in a cycle (retrieval back from a vector store)', () => {
    const graph = buildLineageGraph(
      modelOf({
        dataClasses: [{ id: 'vectors', name: 'Vectors', category: 'embeddings', tenantScoped: true }],
        components: [
          { id: 'api', kind: 'api', retention: 'zero' },
          { id: 'index', kind: 'vector-store', dataClasses: ['vectors'] },
        ],
        flows: [
          { id: 'put', from: 'api', to: 'index', dataClasses: ['vectors'], purpose: 'storage' },
          { id: 'get', from: 'index', to: 'api', dataClasses: ['vectors'], purpose: 'retrieval' },
        ],
      }),
    );
    expect(graph.classes[0]?.stops).toEqual([{ node: 'index', kind: 'internal' }]);
  });

  it('marks tenant boundaries, sub-processors and vendor-hosted components', () => {
    const parts = trainingMap({ gated: false });
    parts.components?.push({
      id: 'hosted',
      kind: 'inference-endpoint',
      hosting: 'vendor',
      subprocessor: 'llm',
    });
    const graph = buildLineageGraph(modelOf(parts));
    const byId = new Map(graph.nodes.map((node) => [node.id, node]));
    expect(byId.get('store')?.tenantBoundary).toEqual({ model: 'row-level-security' });
    expect(byId.get('dash')?.tenantBoundary).toBeUndefined();
    expect(byId.get('llm')).toMatchObject({
      role: 'subprocessor',
      boundary: 'external',
      label: 'LLM Co: Chat API',
    });
    expect(byId.get('hosted')).toMatchObject({
      role: 'component',
      boundary: 'external',
      subprocessor: 'llm',
    });
    expect(byId.get('api')?.boundary).toBe('internal');
  });

  it('treats classes derived from customer data as customer data, and telemetry as not', () => {
    const graph = buildLineageGraph(
      modelOf({
        dataClasses: [
          { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true },
          {
            id: 'pairs',
            name: 'Pairs',
            category: 'training-data',
            tenantScoped: true,
            derivedFrom: ['prompts'],
          },
          { id: 'metrics', name: 'Metrics', category: 'telemetry', tenantScoped: false },
        ],
        components: [
          { id: 'api', kind: 'api' },
          { id: 'eval', kind: 'evaluation-pipeline' },
        ],
        flows: [
          { id: 'f1', from: 'api', to: 'eval', dataClasses: ['pairs', 'metrics'], purpose: 'evaluation' },
          { id: 'f2', from: 'api', to: 'eval', dataClasses: ['prompts'], purpose: 'evaluation' },
        ],
      }),
    );
    const customer = Object.fromEntries(graph.classes.map((entry) => [entry.id, entry.customer]));
    expect(customer).toEqual({ prompts: true, pairs: true, metrics: false });
  });

  describe('one class at a time', () => {
    const parts = {
      dataClasses: [
        customerDocs,
        { id: 'chunks', name: 'Chunks', category: 'embeddings', tenantScoped: true, derivedFrom: ['docs'] },
        { id: 'metrics', name: 'Metrics', category: 'telemetry', tenantScoped: false },
      ],
      components: [
        { id: 'api', kind: 'api', dataClasses: ['docs'] },
        { id: 'index', kind: 'vector-store', dataClasses: ['chunks'] },
        { id: 'archive', kind: 'object-store', dataClasses: ['docs'] },
        { id: 'dash', kind: 'service' },
      ],
      flows: [
        { id: 'embed', from: 'api', to: 'index', dataClasses: ['chunks'], purpose: 'storage' },
        { id: 'stats', from: 'api', to: 'dash', dataClasses: ['metrics', 'docs'], purpose: 'analytics' },
        { id: 'only-metrics', from: 'index', to: 'dash', dataClasses: ['metrics'], purpose: 'analytics' },
      ],
    } as const;

    it('keeps the class, the classes derived from it, and the places that hold them', () => {
      const graph = buildLineageGraph(modelOf(structuredClone(parts) as never), { dataClass: 'docs' });
      expect(graph.focus).toEqual({ dataClass: 'docs', journey: ['docs', 'chunks'] });
      expect(graph.edges.map((edge) => [edge.id, edge.classes])).toEqual([
        ['embed', ['chunks']],
        ['stats', ['docs']],
      ]);
      expect(graph.nodes.map((node) => node.id)).toEqual(['api', 'index', 'archive', 'dash']);
      expect(graph.classes.map((entry) => entry.id)).toEqual(['docs', 'chunks']);
    });

    it('rejects an unknown class with the closest id as a hint', () => {
      const model = modelOf(structuredClone(parts) as never);
      expect(() => buildLineageGraph(model, { dataClass: 'doc' })).toThrow(UsageError);
      try {
        buildLineageGraph(model, { dataClass: 'chunk' });
      } catch (error) {
        expect((error as UsageError).message).toBe('unknown data class `chunk`');
        expect((error as UsageError).hint).toBe('did you mean `chunks`?');
      }
      expect.assertions(3);
    });
  });
});

describe('parts of ours a vendor hosts', () => {
  it('sit in a box that names them as ours, not under "sub-processors" alone (ai-town)', () => {
    // a16z-infra/ai-town (2693ed6): its backend, database and logs on Convex Cloud were drawn in "Outside ai-town:
    // sub-processors", where describe and scope put them inside the system.
    const hosted = modelOf({
      organization: 'Town',
      dataClasses: [customerDocs],
      components: [
        { id: 'backend', kind: 'service', hosting: 'vendor', subprocessor: 'convex', dataClasses: ['docs'] },
      ],
      subprocessors: [{ id: 'convex', vendor: 'Convex', service: 'Cloud', purpose: 'runs the backend' }],
      flows: [],
    });
    const title = "Outside Town's own infrastructure: sub-processors, and our parts they host";
    expect(renderMermaid(buildLineageGraph(hosted))).toContain(title);
    expect(renderDot(buildLineageGraph(hosted))).toContain(title);
    // Vendors alone keep the short title.
    const vendorsOnly = modelOf({
      organization: 'Town',
      dataClasses: [customerDocs],
      components: [{ id: 'api', kind: 'api', dataClasses: ['docs'], retention: 'zero' }],
      subprocessors: [{ id: 'openai', vendor: 'OpenAI', service: 'API', purpose: 'answers', ai: true }],
      flows: [{ id: 'ask', from: 'api', to: 'openai', dataClasses: ['docs'], purpose: 'inference' }],
    });
    expect(renderMermaid(buildLineageGraph(vendorsOnly))).toContain('Outside Town: sub-processors');
  });
});
