import { describe, expect, it } from 'vitest';
import { scan, statusOf } from './fixture.js';

describe('rules from the third accuracy round (issue 13)', () => {
  it("LangChain's tools, utilities and retrievers reach search APIs, not databases", async () => {
    const report = await scan({
      'app/tools.py': [
        'from langchain_community.tools.tavily_search import TavilySearchResults\nuse(TavilySearchResults)',
        'from langchain_community.retrievers.you import YouRetriever\nuse(YouRetriever)',
        'from langchain_community.retrievers.kay import KayAiRetriever\nuse(KayAiRetriever)',
        'from langchain.utilities.redis import get_client\nuse(get_client)',
      ].join('\n'),
      'web/search.ts': 'import { TavilySearchResults } from "@langchain/community/tools/tavily_search";\n',
    });
    expect(statusOf(report, 'tavily')).toBe('used');
    expect(statusOf(report, 'you-com')).toBe('used');
    expect(statusOf(report, 'kay')).toBe('used');
    // `langchain.utilities.redis` is a Redis client helper: no vector search.
    expect(report.findings.find((f) => f.id === 'redis-vector-search')).toBeUndefined();
  });

  it('a setting named after a provider in several words, after a purpose word or with a qualifier names it', async () => {
    const report = await scan({
      'server/providers.js': [
        'const kobold = new OpenAI({ baseURL: process.env.KOBOLD_CPP_BASE_PATH });',
        'const ui = new OpenAI({ baseURL: process.env.TEXT_GEN_WEB_UI_BASE_PATH });',
        'const nim = new OpenAI({ baseURL: process.env.NVIDIA_NIM_LLM_BASE_PATH });',
        'const lite = new OpenAI({ baseURL: process.env.LITE_LLM_BASE_PATH });',
        'const dmr = new OpenAI({ baseURL: process.env.DOCKER_MODEL_RUNNER_BASE_PATH });',
        'const tts = new OpenAI({ baseURL: process.env.TTS_KOKORO_ENDPOINT });',
        'const bedrockKey = process.env.AWS_BEDROCK_LLM_API_KEY;',
      ].join('\n'),
    });
    for (const id of [
      'koboldcpp',
      'text-generation-webui',
      'nvidia-nim',
      'litellm',
      'docker-model-runner',
      'kokoro',
      'aws-bedrock',
    ])
      expect(statusOf(report, id), id).toBe('used');
    // A generic OpenAI-compatible setting names no provider, whatever words it contains.
    const generic = await scan({
      'server/tts.js': 'const c = new OpenAI({ baseURL: process.env.TTS_OPEN_AI_COMPATIBLE_ENDPOINT });\n',
    });
    expect(generic.findings.find((f) => f.id === 'openai')).toBeUndefined();
  });

  // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the subject of the test
  it('a host with a templated label is matched (`bedrock-mantle.${region}.api.aws`, `{resource}.openai.azure.com`)', async () => {
    const report = await scan({
      'server/bedrock.js':
        // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source with a template literal, as text
        'const c = new OpenAI({ baseURL: `https://bedrock-mantle.${this.region}.api.aws/v1` });\n',
      'app/azure.py': 'url = f"https://{resource}.openai.azure.com/openai/deployments/{name}"\n',
    });
    expect(statusOf(report, 'aws-bedrock')).toBe('used');
    expect(statusOf(report, 'azure-openai')).toBe('used');
  });

  it('vendors of this round are in the catalog by host, client class or image', async () => {
    const report = await scan({
      'server/llm.js': [
        'const a = new OpenAI({ baseURL: "https://apipie.ai/v1" });',
        'const b = new OpenAI({ baseURL: "https://api.ppinfra.com/v3/openai/" });',
        'const c = new OpenAI({ baseURL: "https://ai.gitee.com/v1" });',
        'const d = new OpenAI({ baseURL: "https://api.z.ai/api/paas/v4" });',
        'const e = await fetch("https://ydc-index.io/v1/search?q=" + q);',
        'let crw = "https://fastcrw.com/api";',
        'const { CloudClient } = require("chromadb");',
        'const client = new CloudClient({ apiKey: key });',
      ].join('\n'),
      'tools/reader.py': 'import requests\nrequests.get("https://r.jina.ai/{url}".format(url=url))\n',
      'docker-compose.yml':
        'services:\n  proxy:\n    image: ghcr.io/edgelesssys/privatemode/privatemode-proxy:latest\n',
    });
    for (const id of [
      'apipie',
      'ppio',
      'gitee-ai',
      'zhipu',
      'you-com',
      'fastcrw',
      'chroma-cloud',
      'jina-reader',
      'privatemode',
    ])
      expect(statusOf(report, id), id).toBe('used');
    expect(report.findings.filter((f) => f.kind === 'endpoint')).toEqual([]);
  });

  it('local runtimes on their own default port (Docker Model Runner 12434, Kokoro 8880); 5001 is shared', async () => {
    const report = await scan({
      'app/clients.py': [
        'from openai import OpenAI',
        'llm = OpenAI(base_url="http://localhost:12434/engines/v1")',
        'tts = OpenAI(base_url="http://localhost:8880/v1")',
        'docling = OpenAI(base_url="http://localhost:5001/v1")',
      ].join('\n'),
    });
    expect(statusOf(report, 'docker-model-runner')).toBe('used');
    expect(statusOf(report, 'kokoro')).toBe('used');
    expect(report.findings.find((f) => f.id === 'koboldcpp')).toBeUndefined();
  });

  it('a script named as a test in words is a test (`compatibility-test-script.cjs`, `tests.py`)', async () => {
    const report = await scan({
      'server/endpoints/api/openai/compatibility-test-script.cjs':
        'const client = new OpenAI({ baseURL: "http://localhost:3001/api/v1/openai" });\n',
      'app/tests.py':
        'from openai import OpenAI\nclient = OpenAI(base_url="https://api.groq.com/openai/v1")\n',
    });
    expect(report.findings.find((f) => f.id === 'endpoint:localhost:3001')?.status ?? 'mentioned').toBe(
      'mentioned',
    );
    expect(statusOf(report, 'groq')).toBe('mentioned');
  });

  it("LiteLLM's Azure variables (AZURE_API_BASE, AZURE_API_VERSION) name Azure OpenAI; AZURE_API_KEY alone does not", async () => {
    const report = await scan({
      'app/config/server.ts':
        'export const azure = { url: process.env.AZURE_URL, version: process.env.AZURE_API_VERSION };\n',
    });
    expect(statusOf(report, 'azure-openai')).toBe('used');
    const keyOnly = await scan({ 'app/speech.py': 'import os\nkey = os.getenv("AZURE_API_KEY")\n' });
    expect(keyOnly.findings.find((f) => f.id === 'azure-openai')).toBeUndefined();
  });
});
