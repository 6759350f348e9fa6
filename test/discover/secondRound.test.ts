import { describe, expect, it } from 'vitest';
import { scan, statusOf } from './fixture.js';

describe('rules from the second accuracy round (issue 13)', () => {
  it('a bundler-prefixed variable names its provider (NEXT_PUBLIC_, VITE_, REACT_APP_)', async () => {
    const report = await scan({
      'lib/chat.ts':
        'const r = await fetch(process.env.NEXT_PUBLIC_OLLAMA_URL + "/api/chat", { method: "POST" });\n',
      'web/main.ts': 'const url = import.meta.env.VITE_GROQ_API_URL;\n',
    });
    expect(statusOf(report, 'ollama')).toBe('used');
    expect(statusOf(report, 'groq')).toBe('used');
  });

  it('code that sets a provider base-URL variable points that client elsewhere: not proof of the provider', async () => {
    const report = await scan({
      'cli/run.py': [
        'import os',
        'def inject(base_url, key):',
        '    os.environ["ANTHROPIC_BASE_URL"] = base_url',
        '    os.environ["ANTHROPIC_API_KEY"] = key',
      ].join('\n'),
      'web/proxy.ts': 'process.env.OPENAI_BASE_URL = ownServer;\nprocess.env.OPENAI_API_KEY = "none";\n',
    });
    expect(report.findings.find((f) => f.id === 'anthropic')).toBeUndefined();
    expect(report.findings.find((f) => f.id === 'openai')).toBeUndefined();
    // Reading the same variables is a proof.
    const reading = await scan({ 'app.py': 'import os\nkey = os.environ["ANTHROPIC_API_KEY"]\n' });
    expect(statusOf(reading, 'anthropic')).toBe('used');
  });

  it('a shape-guessed variable name in code counts only when read as a variable, not as a constant', async () => {
    const constant = await scan({
      'scripts/specs.py':
        'VLLM_STATS_URL = "https://raw.githubusercontent.com/x/y/main/stats.yml"\nprint(VLLM_STATS_URL)\n',
    });
    expect(constant.findings.find((f) => f.id === 'vllm')).toBeUndefined();
    const read = await scan({ 'app.py': 'import os\nbase = os.getenv("VLLM_OPENAI_API_BASE")\n' });
    expect(statusOf(read, 'vllm')).toBe('used');
    const envFile = await scan({ '.env': 'VLLM_OPENAI_API_BASE=x\n', 'app.py': 'print(1)\n' });
    expect(statusOf(envFile, 'vllm')).toBe('used');
  });

  it('a declared SDK that no file names is installed, not used; framework packages and a lone manifest stay used', async () => {
    const report = await scan({
      'pyproject.toml':
        '[project]\ndependencies = ["unstructured-client>=0.35", "langchain-groq>=0.3", "langsmith>=0.2"]\n',
      'app/main.py': 'print("hello")\n',
    });
    expect(statusOf(report, 'unstructured-api')).toBe('mentioned');
    expect(statusOf(report, 'groq')).toBe('used');
    expect(statusOf(report, 'langsmith')).toBe('used');
    const imported = await scan({
      'pyproject.toml': '[project]\ndependencies = ["unstructured-client>=0.35"]\n',
      'app/parse.py': 'from unstructured_client import UnstructuredClient\n',
    });
    expect(statusOf(imported, 'unstructured-api')).toBe('used');
    const alone = await scan({
      'pyproject.toml': '[project]\ndependencies = ["unstructured-client>=0.35"]\n',
    });
    expect(statusOf(alone, 'unstructured-api')).toBe('used');
  });

  it('a provider:model string (LangChain init_chat_model) names the provider as a model route', async () => {
    const report = await scan({
      'pyproject.toml': '[project]\ndependencies = ["langchain-google-genai>=4"]\n',
      'agent/config.py':
        'MODEL = init_chat_model("google_genai:gemini-2.5-flash")\nOTHER = "fireworks:accounts/x"\n',
    });
    const gemini = report.findings.find((f) => f.id === 'gemini-developer-api')!;
    expect(gemini.evidence.some((e) => e.signal === 'model-id' && e.file === 'agent/config.py')).toBe(true);
    expect(report.findings.find((f) => f.id === 'fireworks')?.evidence[0]?.signal).toBe('model-id');
    // A URL scheme is no provider.
    const urls = await scan({ 'a.py': 'u = "http://example.com"\n' });
    expect(urls.findings).toEqual([]);
  });

  it('a Qdrant or Weaviate API key names the database, not its cloud; cloud hosts and cloud connect calls do', async () => {
    const keys = await scan({
      'settings.py':
        'import os\nQDRANT_API_KEY = os.getenv("QDRANT_API_KEY")\nWEAVIATE_API_KEY = os.getenv("WEAVIATE_API_KEY")\n',
    });
    expect(keys.findings.map((f) => f.id).sort()).toEqual(['qdrant', 'weaviate']);
    const cloud = await scan({
      'store.py': [
        'import weaviate',
        'client = weaviate.connect_to_weaviate_cloud(cluster_url=url, auth_credentials=key)',
        'QDRANT_URL = "https://abc-123.eu-central.aws.cloud.qdrant.io:6333"',
      ].join('\n'),
    });
    expect(statusOf(cloud, 'weaviate-cloud')).toBe('used');
    expect(statusOf(cloud, 'qdrant-cloud')).toBe('used');
  });

  it('Oracle AI Vector Search from its SQL functions, not from the Oracle driver alone', async () => {
    const vector = await scan({
      'store.py': 'import oracledb\nsql = f"SELECT id, VECTOR_DISTANCE(vector, :q, COSINE) d FROM {t}"\n',
    });
    expect(statusOf(vector, 'oracle-vector')).toBe('used');
    const driver = await scan({ 'db.py': 'import oracledb\nconn = oracledb.connect(dsn=dsn)\n' });
    expect(driver.findings.find((f) => f.id === 'oracle-vector')).toBeUndefined();
  });

  it('a parenthesised multi-line Python import names its module (LlamaIndex Milvus)', async () => {
    const report = await scan({
      'store.py':
        'def load():\n    from llama_index.vector_stores.milvus import (\n        MilvusVectorStore as LI,\n    )\n',
    });
    expect(statusOf(report, 'milvus')).toBe('used');
  });

  it('Adobe PDF Services from its SDK, and TEI from the framework clients that only talk to a TEI server', async () => {
    const report = await scan({
      'pdf.py': 'from adobe.pdfservices.operation.auth.credentials import Credentials\n',
      'embed.py':
        'from llama_index.embeddings.text_embeddings_inference import TextEmbeddingsInference\nm = TextEmbeddingsInference(base_url=url)\n',
    });
    expect(statusOf(report, 'adobe-pdf-services')).toBe('used');
    expect(statusOf(report, 'tei')).toBe('used');
  });

  it('raises facts about use only for used providers, not for ones a lockfile or a test mentions', async () => {
    const report = await scan({
      'package-lock.json': JSON.stringify({
        lockfileVersion: 3,
        packages: {
          '': { dependencies: { openai: '^4' } },
          'node_modules/openai': { version: '4.0.0' },
          'node_modules/langsmith': { version: '0.1.0' },
        },
      }),
      'src/app.ts': "import OpenAI from 'openai';\n",
      'tests/gemini.test.ts': "import { GoogleGenerativeAI } from '@google/generative-ai';\n",
    });
    expect(statusOf(report, 'langsmith')).toBe('mentioned');
    expect(report.facts.map((fact) => fact.kind)).not.toContain('prompts-to-observability');
    expect(report.facts.map((fact) => fact.kind)).not.toContain('gemini-developer-api');
    const used = await scan({ 'src/trace.ts': "import { Client } from 'langsmith';\n" });
    expect(used.facts.map((fact) => fact.kind)).toContain('prompts-to-observability');
  });

  it('a placeholder host in a template (mywebsite.com, example.com) is no AI endpoint; a real one is', async () => {
    const report = await scan({
      'k8s/cm.yaml': 'data:\n  OPENAI_API_BASE: "https://litellm.mywebsite.com/v1"\n',
      'app.py': 'from openai import OpenAI\nclient = OpenAI(base_url="https://llm.example.com/v1")\n',
      'other.py': 'from openai import OpenAI\nc = OpenAI(base_url="https://llm.acme.dev/v1")\n',
    });
    const endpoints = report.findings.filter((f) => f.id.startsWith('endpoint:')).map((f) => f.id);
    expect(endpoints).toEqual(['endpoint:llm.acme.dev']);
  });

  it('302.AI and the Edge read-aloud TTS service from their hosts and libraries', async () => {
    const report = await scan({
      'app/constant.ts': 'export const AI302_BASE_URL = "https://api.302.ai";\n',
      'app/tts.ts':
        'const SYNTH = `wss://speech.platform.bing.com/consumer/speech/synthesize/readaloud/edge/v1`;\n',
      'voice.py': 'import edge_tts\n',
    });
    expect(statusOf(report, 'ai302')).toBe('used');
    expect(
      report.findings
        .find((f) => f.id === 'microsoft-edge-tts')
        ?.evidence.map((e) => e.signal)
        .sort(),
    ).toEqual(['api-host', 'import']);
  });
});
