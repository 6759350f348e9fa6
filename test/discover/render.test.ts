import { describe, expect, it } from 'vitest';
import {
  discover,
  renderDiscoveryCycloneDx,
  renderDiscoveryJson,
  renderDiscoveryMarkdown,
  renderDiscoveryText,
} from '../../src/discover/index.js';
import { tree } from './fixture.js';

const FILES = {
  'package.json': '{\n  "dependencies": {\n    "openai": "^4.0.0",\n    "langsmith": "^0.1.0"\n  }\n}\n',
  'src/app.ts':
    "import OpenAI from 'openai';\nconst r = await client.responses.create({ model: 'gpt-4.1', input });\n",
  'compose.yaml': 'services:\n  db:\n    image: pgvector/pgvector:pg16\n',
  'db/001.sql':
    'CREATE TABLE chunks (id int, embedding vector(3));\nALTER TABLE chunks ENABLE ROW LEVEL SECURITY;\n',
  'models/m.onnx': 'onnx',
  'big.json': `{"a": "${'x'.repeat(3000)}"}`,
};

async function report() {
  const root = await tree(FILES);
  return discover([root], { maxFileSize: 2048, clock: () => 0 });
}

describe('renderers', () => {
  it('text: findings grouped by category, then facts, tables, models and skipped files', async () => {
    expect(renderDiscoveryText(await report())).toMatchInlineSnapshot(`
      "Discovery: 3 providers in 4 files (0.0 MB, 0 ms)

      Model APIs
        openai     vendor-hosted  high    3 proofs   src/app.ts:1 (import)

      Vector stores
        pgvector   self-hosted    high    2 proofs   compose.yaml:3 (compose-image)

      LLM observability
        langsmith  vendor-hosted  high    1 proof    package.json:4 (manifest)

      Configuration facts
        openai-store-not-disabled OpenAI Responses API call without \`store: false\`: responses are stored by OpenAI for 30 days  src/app.ts:2
        prompts-to-observability LangSmith receives prompts and completions  package.json:4

      Tables (SQL migrations)
        chunks                  vector: embedding; RLS enabled; no policy

      Model files
        models/m.onnx  onnx, 4 bytes

      Skipped 1 file
        big.json  larger than 2048 bytes (3009 bytes)
      "
    `);
  });

  it('text: a count of proofs as wide as its column does not run into the place (LibreChat: "1260 proofsapi/…")', async () => {
    const base = await report();
    const findings = base.findings.map((finding) =>
      finding.provider === 'openai' ? { ...finding, evidenceCount: 1260 } : finding,
    );
    const text = renderDiscoveryText({ ...base, findings });
    expect(text).toMatch(/1260 proofs +src\/app\.ts:1/);
  });

  it('text: a provider a person dismissed is marked, and its facts are set aside', async () => {
    // LibreChat's confirmed map dismissed Helicone and Portkey; the facts still said they receive prompts.
    const text = renderDiscoveryText(await report(), { dismissed: new Set(['langsmith']) });
    expect(text).toContain('langsmith (dismissed)');
    expect(text).not.toContain('LangSmith receives prompts');
    expect(text).toContain('Facts about dismissed providers left out: langsmith');
  });

  it('markdown and JSON: a dismissed provider is marked beside what was found', async () => {
    const found = await report();
    const dismissed = new Set(['langsmith']);
    const markdown = renderDiscoveryMarkdown(found, { dismissed });
    expect(markdown).toContain('| LangSmith (`langsmith`) (dismissed) |');
    expect(markdown).not.toContain('LangSmith receives prompts');
    expect(markdown).toContain('Facts about dismissed providers left out: `langsmith`.');
    const json = JSON.parse(renderDiscoveryJson(found, { dismissed }));
    expect(json.dismissed).toEqual(['langsmith']);
    // The JSON keeps the report as found, facts included; without a map there is no `dismissed` key.
    expect(json.facts.some((fact: { provider?: string }) => fact.provider === 'langsmith')).toBe(true);
    expect(JSON.parse(renderDiscoveryJson(found)).dismissed).toBeUndefined();
  });

  it('markdown: tables with escaped cells', async () => {
    expect(renderDiscoveryMarkdown(await report())).toMatchInlineSnapshot(`
      "# Discovery report

      3 providers found in 4 files.

      | Provider | Category | Hosting | Confidence | Evidence |
      | --- | --- | --- | --- | --- |
      | LangSmith (\`langsmith\`) | LLM observability | vendor-hosted | high | package.json:4 (manifest) |
      | OpenAI API (\`openai\`) | Model APIs | vendor-hosted | high | src/app.ts:1 (import)<br>src/app.ts:2 (model-id)<br>package.json:3 (manifest) |
      | pgvector (PostgreSQL) (\`pgvector\`) | Vector stores | self-hosted | high | compose.yaml:3 (compose-image)<br>db/001.sql:1 (sql) |

      ## Configuration facts

      | Fact | Message | Where |
      | --- | --- | --- |
      | openai-store-not-disabled | OpenAI Responses API call without \\\`store: false\\\`: responses are stored by OpenAI for 30 days | src/app.ts:2 |
      | prompts-to-observability | LangSmith receives prompts and completions | package.json:4 |

      ## Tables

      | Table | Vector columns | Vector indexes | RLS | Policies |
      | --- | --- | --- | --- | --- |
      | chunks | embedding |  | enabled |  |

      ## Skipped (1)

      - big.json: larger than 2048 bytes (3009 bytes)
      "
    `);
  });

  it('json: stable, tagged, round-trips the report', async () => {
    const first = await report();
    const parsed = JSON.parse(renderDiscoveryJson(first));
    expect(parsed.format).toBe('trustmap.discovery/v1');
    expect(parsed.findings.map((f: { id: string }) => f.id)).toEqual(['langsmith', 'openai', 'pgvector']);
    const { root, roots, ...rest } = parsed;
    const again = JSON.parse(renderDiscoveryJson(await report()));
    expect({ ...again, root: undefined, roots: undefined }).toEqual({
      ...rest,
      root: undefined,
      roots: undefined,
    });
  });

  it('cyclonedx: vendor APIs as services with endpoints, self-hosted parts, models and datasets as components', async () => {
    const bom = JSON.parse(
      renderDiscoveryCycloneDx(await report(), {
        now: new Date('2026-11-26T12:00:00Z'),
        toolVersion: '0.1.0',
      }),
    );
    expect(bom).toMatchObject({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      metadata: { timestamp: '2026-11-26T12:00:00.000Z' },
    });
    expect(bom.serialNumber).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(bom.services.map((s: { name: string; endpoints?: string[] }) => [s.name, s.endpoints])).toEqual([
      [
        'LangSmith',
        [
          'https://api.smith.langchain.com',
          'https://eu.api.smith.langchain.com',
          'https://smith.langchain.com',
        ],
      ],
      ['OpenAI API', ['https://api.openai.com']],
    ]);
    expect(bom.services[1].data).toEqual([{ flow: 'bi-directional', classification: 'prompts-and-outputs' }]);
    expect(bom.components.map((c: { type: string; name: string }) => `${c.type}:${c.name}`)).toEqual([
      'application:pgvector (PostgreSQL)',
      'machine-learning-model:m.onnx',
      'data:chunks',
    ]);
  });
});
