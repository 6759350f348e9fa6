import { describe, expect, it } from 'vitest';
import { scan, statusOf } from './fixture.js';

/** A vendor manifest in the shape of LangBot's requesters: a form of settings, the base URL with its default. */
const manifest = (label: string, url: string) =>
  `kind: LLMAPIRequester\nmetadata:\n  name: ${label}-chat-completions\nspec:\n  config:\n  - name: base_url\n    label:\n      en_US: Base URL\n    type: string\n    required: true\n    default: ${url}\n  - name: timeout\n    type: integer\n    default: 120\n  support_type:\n  - llm\n  - text-embedding\n`;

describe('rules from the sixth accuracy round (issue 13)', () => {
  it("a base-URL setting's default in a vendor manifest is where that vendor's client sends prompts", async () => {
    const report = await scan({
      'requesters/mimochatcmpl.yaml': manifest('mimo', 'https://api.xiaomimimo.com/v1'),
      'requesters/lmstudiochatcmpl.yaml': manifest('lmstudio', 'http://127.0.0.1:1234/v1'),
      'requesters/deepseekchatcmpl.yaml': manifest('deepseek', 'https://api.deepseek.com'),
      'settings/schema.json':
        '{"fields": [{"name": "baseURL", "label": "Base URL", "default": "https://llm.acme-models.dev/v1"}], "model": "chat"}\n',
    });
    const mimo = report.findings.find((f) => f.id === 'endpoint:api.xiaomimimo.com');
    expect(mimo?.status).toBe('used');
    expect(mimo?.sends).toEqual(['outputs', 'prompts']);
    expect(statusOf(report, 'lmstudio')).toBe('used');
    expect(statusOf(report, 'deepseek')).toBe('used');
    expect(statusOf(report, 'endpoint:llm.acme-models.dev')).toBe('used');
  });

  it('a default belongs to its own setting, and a manifest that serves no model names no endpoint', async () => {
    const report = await scan({
      // The base URL has no default; the next setting's URL default is a web hook, not the vendor.
      'requesters/custom.yaml':
        'spec:\n  config:\n  - name: base_url\n    type: string\n  - name: callback\n    default: https://hooks.acme.dev/in\n  support_type:\n  - llm\n',
      // A CI job's base URL: nothing here is a model.
      'ci/deploy.yaml': 'inputs:\n  - name: base_url\n    default: https://deploy.acme.dev/api\n',
    });
    expect(report.findings.filter((f) => f.id.startsWith('endpoint:')).map((f) => f.id)).toEqual([]);
  });

  it("a local runtime's setting named after it is read though no API key names it (LLAMACPP_HOST)", async () => {
    const report = await scan({
      'gollm/llamacpp.go':
        'package gollm\n\nimport "os"\n\nfunc host() string {\n\th := os.Getenv("LLAMACPP_HOST")\n\treturn h\n}\n',
    });
    expect(statusOf(report, 'llama-cpp')).toBe('used');
  });

  it('the Google Gen AI SDK told to use Vertex AI is Vertex AI (Go and Python)', async () => {
    const report = await scan({
      'gollm/gemini.go':
        'package gollm\n\nimport "google.golang.org/genai"\n\nvar cfg = genai.ClientConfig{\n\tBackend: genai.BackendVertexAI,\n}\n',
      'app/vertex.py':
        'from google import genai\n\nclient = genai.Client(vertexai=True, project=p, location=l)\n',
    });
    const vertex = report.findings.find((f) => f.id === 'vertex-ai');
    expect(vertex?.status).toBe('used');
    expect(vertex?.evidence.map((e) => e.file).sort()).toEqual(['app/vertex.py', 'gollm/gemini.go']);
  });

  it('SeekDB, Valkey Search and Tbox are catalog entries', async () => {
    const report = await scan({
      'vdbs/seekdb.py': 'import pyseekdb\n\nclient = pyseekdb.Client(path=path, database=db)\n',
      'vdbs/valkey_search.py':
        'from glide import ft\n\nasync def make(client, index, schema, options):\n    await ft.create(client, index, schema, options)\n',
      'runners/tboxapi.py': 'from tboxsdk.tbox import TboxClient\n\nclient = TboxClient(authorization=key)\n',
    });
    for (const id of ['seekdb', 'valkey-search', 'tbox']) expect(statusOf(report, id), id).toBe('used');
  });

  it('a key name standing alone in a list of settings is mentioned unless something else names the vendor', async () => {
    const report = await scan({
      'src/lib/env-config.ts':
        "const CONF_ENV = [\n  'OPENAI_API_KEY',\n\n  'ANTHROPIC_API_KEY',\n\n  'REPLICATE_API_KEY',\n] as const;\n",
      'src/llm.ts': "import OpenAI from 'openai';\n\nexport const client = new OpenAI();\n",
      // Read as a variable, the same name is a use.
      'src/speech.ts': 'export const key = process.env.ELEVENLABS_API_KEY;\n',
    });
    expect(statusOf(report, 'openai')).toBe('used');
    expect(statusOf(report, 'elevenlabs')).toBe('used');
    expect(statusOf(report, 'anthropic')).toBe('mentioned');
    expect(statusOf(report, 'replicate')).toBe('mentioned');
    const listed = report.findings.find((f) => f.id === 'anthropic')?.evidence[0];
    expect(listed?.detail).toBe('key name in a list');
  });

  it("a base URL's literal fallback is resolved, and a sample setting printed as text makes no client", async () => {
    const report = await scan({
      'llm/clients.py':
        'from openai import OpenAI\n\ndef requesty(key, proxy_url=None):\n    return OpenAI(api_key=key, base_url=proxy_url or "https://router.requesty.ai/v1")\n',
      'src/client.ts':
        "import OpenAI from 'openai';\n\nexport const client = new OpenAI({ baseURL: settings.url ?? 'https://llm.acme-models.dev/v1' });\n",
      'cli/util.py':
        'import click\n\ndef hint():\n    click.echo("Configure an OpenAI-compatible provider:")\n    click.echo(\'base_url = "http://localhost:8000/v1"\')\n',
    });
    expect(statusOf(report, 'endpoint:router.requesty.ai')).toBe('used');
    expect(statusOf(report, 'endpoint:llm.acme-models.dev')).toBe('used');
    expect(statusOf(report, 'endpoint:localhost:8000')).toBeUndefined();
  });
});
