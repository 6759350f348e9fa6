import { describe, expect, it } from 'vitest';
import type { DiscoveryReport } from '../../src/discover/types.js';
import { scan } from './fixture.js';

const find = (report: DiscoveryReport, id: string) => report.findings.find((f) => f.id === id);

describe('OpenAI-compatible base URLs and direct AI calls', () => {
  it('resolves literal base URLs to providers by host, and unknown hosts to an endpoint', async () => {
    const report = await scan({
      'llm.py': [
        'from openai import OpenAI',
        'a = OpenAI(base_url="https://api.deepseek.com/v1")',
        'b = OpenAI(base_url="https://api.together.xyz/v1")',
        'c = OpenAI(base_url="https://llm.acme-internal.example/v1", api_key=k)',
      ].join('\n'),
      'embed.ts':
        "import OpenAI from 'openai';\nconst e = new OpenAI({ baseURL: 'https://embed.vendor.example/v1' });\nawait e.embeddings.create({ input });\n",
    });
    expect(find(report, 'deepseek')?.evidence.some((e) => e.signal === 'api-call')).toBe(true);
    expect(find(report, 'together')?.status).toBe('used');
    const endpoint = find(report, 'endpoint:llm.acme-internal.example')!;
    expect(endpoint).toMatchObject({
      kind: 'endpoint',
      host: 'llm.acme-internal.example',
      provider: 'llm.acme-internal.example',
      hosting: 'vendor-hosted',
      status: 'used',
      sends: ['outputs', 'prompts'],
    });
    expect(endpoint.name).toBe('Unidentified AI endpoint (llm.acme-internal.example)');
    expect(find(report, 'endpoint:embed.vendor.example')?.sends).toEqual(['documents']);
  });

  it('reads what a client sends from its own construction and use, not its neighbours (llm-answer-engine)', async () => {
    // llm-answer-engine (168c5d7): Groq's `new OpenAI({ baseURL })` beside `new OpenAIEmbeddings()` was proposed as
    // receiving documents only, never the prompts it answers.
    const report = await scan({
      'express-api/index.js': [
        "import OpenAI from 'openai';",
        "import { OpenAIEmbeddings } from '@langchain/openai';",
        'let openai = new OpenAI({',
        "  baseURL: 'https://api.groq.com/openai/v1',",
        '  apiKey: process.env.GROQ_API_KEY,',
        '});',
        'const embeddings = new OpenAIEmbeddings();',
        "app.post('/', async (req, res) => {",
        '  const answer = await openai.chat.completions.create({ messages, model });',
        '});',
      ].join('\n'),
    });
    expect(find(report, 'groq')?.sends).toEqual(['outputs', 'prompts']);
  });

  it('follows an env var to its default in code, .env.example, Compose and Dockerfiles', async () => {
    const report = await scan({
      'app/llm.py':
        'import os\nfrom openai import OpenAI\nclient = OpenAI(base_url=os.getenv("LLM_BASE_URL"))\nother = OpenAI(base_url=os.environ.get("GATEWAY_URL", "http://litellm:4000"))\n',
      'web/llm.ts':
        "import OpenAI from 'openai';\nconst c = new OpenAI({ baseURL: process.env.MODEL_API_BASE ?? 'http://localhost:11434/v1' });\n",
      '.env.example': 'LLM_BASE_URL=https://api.fireworks.ai/inference/v1\n',
      'docker-compose.yml':
        'services:\n  api:\n    environment:\n      - LLM_BASE_URL=http://vllm.internal:8000/v1\n',
      Dockerfile: 'FROM python:3.12\nENV OPENAI_BASE_URL=https://api.groq.com/openai/v1\n',
    });
    expect(find(report, 'fireworks')?.evidence.some((e) => /LLM_BASE_URL/.test(e.detail ?? ''))).toBe(true);
    expect(find(report, 'endpoint:vllm.internal:8000')).toMatchObject({
      hosting: 'self-hosted',
      kind: 'endpoint',
    });
    expect(find(report, 'litellm')?.status).toBe('used');
    expect(find(report, 'ollama')?.status).toBe('used');
    expect(find(report, 'groq')?.evidence[0]).toMatchObject({ file: 'Dockerfile', proofClass: 'config' });
  });

  it('follows a base URL through a constant in the same file, and loads named optional backends', async () => {
    const report = await scan({
      'llm/hosted.py': [
        'from openai import OpenAI',
        'HOSTED_BASE_URL = "https://llm.vendor-own.example"',
        'class Hosted:',
        '    def __init__(self, base_url=None):',
        '        self.client = OpenAI(api_key=k, base_url=HOSTED_BASE_URL)',
      ].join('\n'),
      'store/lance.py': 'import importlib\nlancedb = importlib.import_module("lancedb")\n',
    });
    expect(find(report, 'endpoint:llm.vendor-own.example')?.evidence[0]).toMatchObject({
      file: 'llm/hosted.py',
      line: 5,
    });
    expect(find(report, 'lancedb')?.status).toBe('used');
  });

  it('states a fact when the base URL comes from a variable nothing sets', async () => {
    const report = await scan({
      'llm.py': 'import os\nfrom openai import OpenAI\nc = OpenAI(base_url=os.environ["PRIVATE_LLM_URL"])\n',
    });
    const fact = report.facts.find((f) => f.kind === 'ai-endpoint-from-environment');
    expect(fact?.message).toMatch(/PRIVATE_LLM_URL/);
    expect(report.findings.some((f) => f.kind === 'endpoint')).toBe(false);
  });

  it('reports direct POSTs to AI paths on hard-coded hosts, with what they send', async () => {
    const report = await scan({
      'client.py': [
        'import requests',
        'r = requests.post("https://models.acme.example/v1/chat/completions", json={"messages": m})',
        'e = requests.post("https://models.acme.example/v1/embeddings", json={"input": docs})',
        'x = requests.post("https://hooks.slack.com/services/T000/B000", json=payload)',
        'c = requests.post("https://claude-proxy.acme.example/v1/messages", json={"messages": m})',
      ].join('\n'),
      // A chat service's messages are no model's (postiz 74b01ad: Twitch proposed as an AI endpoint sent prompts).
      'social/twitch.ts':
        "const response = await fetch('https://api.twitch.tv/helix/chat/messages', { method: 'POST', body });\n",
      'social/discord.ts':
        // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source with a template literal, as text
        'await fetch(`https://discord.com/api/v10/channels/${id}/messages`, { method: "POST", body });\n',
      'tests/test_client.py': 'requests.post("https://mock.example/v1/chat/completions")\n',
    });
    expect(find(report, 'endpoint:models.acme.example')?.sends).toEqual(['documents', 'outputs', 'prompts']);
    expect(report.findings.filter((f) => f.kind === 'endpoint').map((f) => f.id)).toEqual([
      'endpoint:claude-proxy.acme.example',
      'endpoint:models.acme.example',
    ]);
  });
});
