import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildLineageGraph, renderDot, renderMermaid, renderSvg } from '../../src/lineage/index.js';
import { modelOf, trainingMap } from './fixtures.js';

const HOSTILE = '<script>alert(1)</script> "q" [b] {c} & &foo; \\n';

function hostileModel() {
  const parts = trainingMap({ gated: true });
  return modelOf({
    ...parts,
    organization: `Evil ${HOSTILE}`,
    dataClasses: parts.dataClasses?.map((entry) =>
      entry.id === 'docs' ? { ...entry, name: HOSTILE } : entry,
    ),
    components: parts.components?.map((entry) =>
      entry.id === 'store' ? { ...entry, name: HOSTILE } : entry,
    ),
    subprocessors: parts.subprocessors?.map((entry) => ({ ...entry, vendor: HOSTILE })),
  });
}

/** Every text node under an element, flattened. */
function texts(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const item of node) texts(item, out);
  else if (node && typeof node === 'object') for (const value of Object.values(node)) texts(value, out);
  return out;
}

describe('renderMermaid', () => {
  it('draws a small map with stops, gated flows and a legend', () => {
    const graph = buildLineageGraph(modelOf(trainingMap({ gated: true })), { dataClass: 'docs' });
    expect(renderMermaid(graph)).toMatchInlineSnapshot(`
      "---
      title: "Journey of docs"
      ---
      flowchart LR
        subgraph company["Example Co"]
          n_api("api<br/>api · api")
          n_store[("Document store<br/>datastore · store<br/>tenant boundary: row-level-security<br/>stops here: docs")]
          n_relay[("relay<br/>queue · relay")]
          n_trainer{{"trainer<br/>training-pipeline · trainer<br/>TRAINING SINK<br/>stops here: docs"}}
        end
        subgraph outside["Outside Example Co: sub-processors"]
          n_llm[["LLM Co: Chat API<br/>sub-processor #40;external#41;<br/>stops here: docs"]]
        end
        n_api -->|"storage<br/>docs"| n_store
        n_store -.->|"opt-in: training<br/>docs"| n_relay
        n_relay -->|"training<br/>docs"| n_trainer
        n_api -->|"inference<br/>docs"| n_llm
        subgraph legend["Legend"]
          direction TB
          legend_0["internal: customer data stops here, inside the company"]
          legend_1["external: customer data stops at a sub-processor"]
          legend_2["training-opt-in: training sink reached only through opt-in flows"]
          legend_3["training: training sink reached without opt-in"]
          legend_4["hexagon: training sink #40;training, fine-tuning#41;"]
          legend_5["heaviest border #40;4 px#41;: tenant boundary: tenants separated below the application"]
          legend_6["outside box: sub-processor: outside the company boundary"]
          legend_7["- - -#62;: dashed: only for tenants that opted in"]
          legend_8["· · ·#62;: dotted: under another condition"]
          legend_9["label: edge label: purpose, then the data classes carried"]
          legend_10["docs: Customer documents; stops at store #40;internal#41;, trainer #40;training-opt-in#41;, llm #40;external#41;"]
        end
        style n_api fill:#ffffff,stroke:#757575,stroke-width:1px
        style n_store fill:#e8f5e9,stroke:#2e7d32,stroke-width:4px
        style n_relay fill:#ffffff,stroke:#757575,stroke-width:1px
        style n_trainer fill:#f3e5f5,stroke:#6a1b9a,stroke-width:2px
        style n_llm fill:#fff3e0,stroke:#b26a00,stroke-width:2px
        style legend_0 fill:#e8f5e9
        style legend_1 fill:#fff3e0
        style legend_2 fill:#f3e5f5
        style legend_3 fill:#ffebee
        style legend_10 fill:#f3e5f5
        linkStyle 0 stroke:#6a1b9a,stroke-width:1.8px
        linkStyle 1 stroke:#6a1b9a,stroke-width:1.8px,stroke-dasharray:6 4
        linkStyle 2 stroke:#6a1b9a,stroke-width:1.8px
        linkStyle 3 stroke:#b26a00,stroke-width:1.8px
      "
    `);
  });
});

describe('renderDot', () => {
  it('draws opt-in flows dashed and labelled, and tenant boundaries with a double border', () => {
    const dot = renderDot(buildLineageGraph(modelOf(trainingMap({ gated: true }))));
    expect(dot).toMatch(
      /"store" -> "relay" \[id="flow-export", label="opt-in: training\\ndocs", [^\]]*style=dashed\]/,
    );
    expect(dot).toMatch(/"api" -> "store" \[[^\]]*\]/);
    expect(dot).not.toMatch(/"api" -> "store" \[[^\]]*style=dashed/);
    expect(dot).toMatch(/"store" \[[^\]]*peripheries=2\]/);
    expect(dot).toMatch(
      /"trainer" \[label="trainer\\ntraining-pipeline · trainer\\nTRAINING SINK\\nstops here: docs", shape=hexagon/,
    );
    expect(dot).toContain('subgraph cluster_external');
  });
});

describe('escaping hostile names', () => {
  const graph = buildLineageGraph(hostileModel());

  it('Mermaid: no raw markup, quotes or brackets inside labels', () => {
    const mermaid = renderMermaid(graph);
    expect(mermaid).not.toContain('<script>');
    expect(mermaid).toContain(
      '#60;script#62;alert#40;1#41;#60;/script#62; #34;q#34; #91;b#93; #123;c#125; #38; #38;foo;',
    );
    // Each node line holds exactly one quoted label: the hostile quotes never close it early.
    for (const line of mermaid.split('\n').filter((l) => l.includes('n_store'))) {
      if (line.trim().startsWith('style')) continue;
      expect(line.match(/"/g)?.length).toBe(2);
    }
  });

  it('DOT: quotes and backslashes escaped, ampersands as entities', () => {
    const dot = renderDot(graph);
    expect(dot).toContain(
      'label="<script>alert(1)</script> \\"q\\" [b] {c} &amp; &amp;foo; \\\\n\\ndatastore · store',
    );
    // In the legend's HTML-like table the class name is HTML-escaped.
    expect(dot).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot;');
  });

  it('SVG: parses as XML, has no script element, shows the name as text', async () => {
    const svg = await renderSvg(graph);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/&foo;/);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      processEntities: true,
      htmlEntities: true,
    }).parse(svg);
    const allText = texts(parsed).join('\n');
    expect(allText).toContain('<script>alert(1)</script> "q" [b] {c} & &foo; \\n');
    // No node was injected: six places and the legend, whatever the hostile label holds.
    expect(svg.match(/class="node"/g)?.length).toBe(6 + 1);
  });
});

describe('renderSvg', () => {
  it('is self-contained: no prolog, doctype, external references or scripts', async () => {
    const svg = await renderSvg(buildLineageGraph(modelOf(trainingMap({ gated: false }))));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('<!DOCTYPE');
    expect(svg).not.toMatch(/<(script|image|foreignObject|link|style)\b/i);
    expect(svg).not.toMatch(/(href|src)="(https?:|\/\/)/);
    expect(svg).toContain('font-family="Helvetica,Arial,sans-serif"');
    expect(svg).toContain('stroke-dasharray'); // the cluster outside the company is dashed
  });
});
