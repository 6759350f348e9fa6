import { describe, expect, it } from 'vitest';
import { scan } from './fixture.js';

const at = (report: Awaited<ReturnType<typeof scan>>, kind: string) =>
  report.facts
    .filter((fact) => fact.kind === kind)
    .map((fact) => `${fact.provider}@${fact.evidence[0]!.file}:${fact.evidence[0]!.line}`);

describe('configuration facts need the feature itself, not a name that contains it', () => {
  it("says OpenAI's vector stores are used only where OpenAI's own API is called", async () => {
    // sec-insights (a9b6da0): backend/app/chat/engine.py imports
    // `llama_index.core.vector_stores.types` beside LlamaIndex's OpenAI model, and was said to use OpenAI's
    // Files or vector stores, which it never calls.
    const report = await scan({
      'app/engine.py': [
        'from llama_index.llms.openai import OpenAI',
        'from llama_index.core.vector_stores.types import VectorStore',
        'from llama_index.core.vector_stores.types import (',
        '    MetadataFilters,',
        ')',
        'from llama_index.vector_stores.qdrant import QdrantVectorStore',
        'store = self.vector_stores.get(name)',
        '',
      ].join('\n'),
      'app/typed.py':
        'from openai import OpenAI\nfrom openai.types.beta.vector_stores import VectorStoreFile\n',
      'src/oa.ts': [
        "import OpenAI from 'openai';",
        'const store = await client.vectorStores.create({ name });',
        'await client.beta.vector_stores.files.create(store.id, { file_id });',
        '',
      ].join('\n'),
      'src/rest.py': 'import requests\nrequests.post("https://api.openai.com/v1/vector_stores", json=body)\n',
    });
    expect(at(report, 'zdr-excluded-feature')).toEqual([
      'openai@src/oa.ts:2',
      'openai@src/oa.ts:3',
      'openai@src/rest.py:2',
    ]);
  });

  it('says "the Gemini Developer API (not Vertex AI)" only where Vertex AI is not found in use too', async () => {
    // jina reader (f289e5d): an AI Studio client in src/3rd-party/google-gemini.ts and
    // a Vertex AI one beside it, which the hosted path uses (src/services/alt-text.ts, lm.ts); the report said "the
    // Gemini Developer API is used (not Vertex AI)".
    const studio =
      'const BASE = "https://generativelanguage.googleapis.com/v1beta";\nexport const studio = (key: string) => fetch(BASE + "/models?key=" + key);\n';
    const vertex =
      'export const vertex = (project: string) =>\n  fetch("https://us-central1-aiplatform.googleapis.com/v1beta1/projects/" + project + "/locations/us-central1/publishers/google");\n';
    const both = await scan({ 'src/gemini.ts': studio + vertex });
    const alone = await scan({ 'src/gemini.ts': studio });
    const message = (report: Awaited<ReturnType<typeof scan>>) =>
      report.facts.find((fact) => fact.kind === 'gemini-developer-api')?.message;
    expect(message(both)).not.toContain('not Vertex AI');
    expect(message(both)).toContain('beside Vertex AI');
    expect(message(alone)).toContain('(not Vertex AI)');
  });
});
