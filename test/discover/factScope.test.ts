import { describe, expect, it } from 'vitest';
import { scan } from './fixture.js';

const at = (report: Awaited<ReturnType<typeof scan>>, kind: string) =>
  report.facts
    .filter((fact) => fact.kind === kind)
    .map((fact) => `${fact.provider}@${fact.evidence[0]!.file}:${fact.evidence[0]!.line}`);

describe('configuration facts need the feature itself, not a name that contains it', () => {
  it("says OpenAI's vector stores are used only where OpenAI's own API is called", async () => {
    // sec-insights (commit not recorded, reviewed 2026-12): backend/app/chat/engine.py imports
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
});
