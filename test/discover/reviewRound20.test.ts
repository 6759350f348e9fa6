import { describe, expect, it } from 'vitest';
import { scan, statusOf } from './fixture.js';

/** The status of each of `ids` in the report of a tree of `files`. */
const statuses = async (files: Record<string, string>, ids: readonly string[]) => {
  const report = await scan(files);
  return Object.fromEntries(ids.map((id) => [id, statusOf(report, id)]));
};

describe('Go stores and document services the twentieth session’s reviews found unread', () => {
  // one-api (model/main.go:12-14): `gorm.Open(postgres.New(…))`, `mysql.Open`, `sqlite.Open`, with go.mod listing
  // the GORM drivers directly and the drivers they wrap as indirect: all three were "only mentioned".
  it('reads GORM’s drivers as their databases', async () => {
    const found = await statuses(
      {
        'go.mod': [
          'module example.com/app',
          '',
          'require (',
          '\tgorm.io/driver/mysql v1.5.6',
          '\tgorm.io/driver/postgres v1.5.7',
          '\tgorm.io/driver/sqlite v1.5.1',
          '\tgorm.io/gorm v1.25.10',
          '\tgithub.com/mattn/go-sqlite3 v1.14.24 // indirect',
          ')',
          '',
        ].join('\n'),
        'model/main.go': [
          'package model',
          '',
          'import (',
          '\t"gorm.io/driver/mysql"',
          '\t"gorm.io/driver/postgres"',
          '\t"gorm.io/driver/sqlite"',
          '\t"gorm.io/gorm"',
          ')',
          '',
          'func open(kind, dsn string) (*gorm.DB, error) {',
          '\tswitch kind {',
          '\tcase "postgres":',
          '\t\treturn gorm.Open(postgres.New(postgres.Config{DSN: dsn}), &gorm.Config{})',
          '\tcase "mysql":',
          '\t\treturn gorm.Open(mysql.Open(dsn), &gorm.Config{})',
          '\t}',
          '\treturn gorm.Open(sqlite.Open(dsn), &gorm.Config{})',
          '}',
          '',
        ].join('\n'),
      },
      ['postgres', 'mysql', 'sqlite'],
    );
    expect(found).toEqual({ postgres: 'used', mysql: 'used', sqlite: 'used' });
  });

  // paperless-gpt (ocr/google_docai_provider.go:38, ocr/azure_provider.go:145): Document AI's Go client, and Azure
  // Document Intelligence called by its REST path on the resource's own host, neither found.
  it('reads Google Document AI’s Go client and Azure Document Intelligence’s REST path', async () => {
    const found = await statuses(
      {
        'ocr/google.go': [
          'package ocr',
          '',
          'import documentai "cloud.google.com/go/documentai/apiv1"',
          '',
          'func client(ctx context.Context) { documentai.NewDocumentProcessorClient(ctx) }',
          '',
        ].join('\n'),
        'ocr/azure.go': [
          'package ocr',
          '',
          'func submit(endpoint, model string) string {',
          '\treturn fmt.Sprintf("%s/documentintelligence/documentModels/%s:analyze?api-version=%s", endpoint, model, v)',
          '}',
          '',
        ].join('\n'),
      },
      ['google-document-ai', 'azure-ai-services'],
    );
    expect(found).toEqual({ 'google-document-ai': 'used', 'azure-ai-services': 'used' });
  });
});

describe('Python imports the twentieth session’s reviews found read as only mentioned', () => {
  /** A project whose lockfile lists only `requests`: an import of anything else cannot be installed from it. */
  const locked = {
    'pyproject.toml': '[project]\nname = "bot"\ndependencies = ["requests"]\n',
    'uv.lock': 'version = 1\n\n[[package]]\nname = "requests"\nversion = "2.32.3"\n',
  };

  // AstrBot (astrbot/core/db/sqlite.py:1): Python's own `sqlite3` needs no manifest.
  it('reads a module of Python’s standard library as installed', async () => {
    const found = await statuses(
      {
        ...locked,
        'bot/db/sqlite.py': 'import sqlite3\n\n\ndef open_db(path):\n    return sqlite3.connect(path)\n',
      },
      ['sqlite'],
    );
    expect(found).toEqual({ sqlite: 'used' });
  });

  // AstrBot: its edge-tts source says `pip install edge_tts` in its docstring, and its knowledge bases log that
  // chromadb may not be installed where the Chroma store fails to import; neither is in uv.lock. Optional packages
  // the operator installs, used where they are.
  it('reads a package the code tells the operator to install as optional, not uninstallable', async () => {
    const found = await statuses(
      {
        ...locked,
        'bot/tts/edge_tts_source.py': [
          'import edge_tts',
          '',
          '',
          'class EdgeTTS:',
          '    """Free speech. Install first:',
          '    pip install edge_tts',
          '    """',
          '',
          '    async def speak(self, text):',
          '        await edge_tts.Communicate(text).save("out.mp3")',
          '',
        ].join('\n'),
        'bot/rag/store/chroma_db.py': [
          'import chromadb',
          '',
          '',
          'class ChromaStore:',
          '    def __init__(self):',
          '        self.client = chromadb.PersistentClient(path="data/chroma.db")',
          '',
        ].join('\n'),
        'bot/rag/manager.py': [
          'def load():',
          '    try:',
          '        from .store.chroma_db import ChromaStore',
          '    except ImportError as error:',
          '        logger.error(f"{error}: chromadb may not be installed")',
          '        return None',
          '    return ChromaStore()',
          '',
        ].join('\n'),
        // Still uninstallable: imported, and named nowhere as a package to install.
        'bot/tools/composio_tools.py': 'from composio import ComposioToolSet\n\ntools = ComposioToolSet()\n',
      },
      ['microsoft-edge-tts', 'chroma', 'composio'],
    );
    expect(found).toEqual({ 'microsoft-edge-tts': 'used', chroma: 'used', composio: 'mentioned' });
  });

  it('takes no install command alone for a use', async () => {
    const found = await statuses(
      { ...locked, 'bot/setup.py': 'def hint():\n    print("run: pip install chromadb")\n' },
      ['chroma'],
    );
    expect(found).toEqual({ chroma: 'mentioned' });
  });

  // agent-zero (python/helpers/kokoro_tts.py:42-43): the Kokoro model run in-process by its own package.
  it('reads hexgrad’s kokoro package as Kokoro', async () => {
    const found = await statuses(
      {
        'requirements.txt': 'kokoro>=0.9.2\n',
        'python/helpers/kokoro_tts.py': [
          'async def load():',
          '    from kokoro import KPipeline',
          '    return KPipeline(lang_code="a", repo_id="hexgrad/Kokoro-82M")',
          '',
        ].join('\n'),
      },
      ['kokoro'],
    );
    expect(found).toEqual({ kokoro: 'used' });
  });
});

describe('false proposals the twentieth session’s reviews found', () => {
  // podcastfy (podcastfy/client.py:39): code that turns tracing off, beside `langsmith` in a requirements file.
  it('takes a tracer the code turns off for no use', async () => {
    const report = await scan({
      'requirements.txt': 'langchain==0.3.0\nlangsmith==0.1.141\n',
      'app/client.py': 'import os\n\nos.environ["LANGCHAIN_TRACING_V2"] = "False"\n',
    });
    expect(statusOf(report, 'langsmith')).toBe('mentioned');
    expect(report.facts.map((fact) => fact.kind)).not.toContain('prompts-to-observability');
  });

  // page-assist (src/libs/mcp/oauth.ts:62): the app's MCP client reading a tool server's discovery document.
  it('reads no sign-in of the app’s users in its MCP client’s OAuth', async () => {
    const report = await scan({
      'src/libs/mcp/oauth.ts': [
        'export async function discover(server: string) {',
        '  const meta = await fetchJson(server + "/.well-known/openid-configuration")',
        '  return { url: meta.authorization_endpoint, response_type: "code", code_verifier: verifier }',
        '}',
        '',
      ].join('\n'),
    });
    expect(report.facts.filter((fact) => fact.kind.startsWith('sign-in:'))).toEqual([]);
  });

  // page-assist (SettingsOptionLayout.tsx:63): `t("openai:settings")`, an i18next namespace and key.
  it('reads a translation key for no model', async () => {
    const report = await scan({
      'src/components/Layout.tsx': 'export const Nav = () => <Item name={t("openai:settings")} />\n',
    });
    expect(statusOf(report, 'openai')).toBeUndefined();
  });

  // agent-zero (python/helpers/mcp_server.py:5): the SDK's re-export of pydantic's `BaseModel`, to declare its own types.
  it('reads an import of an SDK’s data-model base as no use', async () => {
    const report = await scan({
      'requirements.txt': 'openai==1.0.0\n',
      'helpers/mcp_server.py':
        'from openai import BaseModel\n\n\nclass ToolResponse(BaseModel):\n    text: str\n',
    });
    expect(statusOf(report, 'openai')).toBe('mentioned');
  });

  // agent-zero (python/helpers/settings.py:1173-1174): OpenRouter's slugs name their maker.
  it('reads a maker’s model under a hosted gateway’s provider setting as the gateway’s', async () => {
    const report = await scan({
      'helpers/settings.py': [
        '# models are called through litellm',
        'def defaults():',
        '    return Settings(',
        '        chat_model_provider="openrouter",',
        '        chat_model_name="openai/gpt-4.1",',
        '    )',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'openrouter')).toBe('used');
    expect(statusOf(report, 'openai')).toBeUndefined();
  });
});

describe('providers the twentieth session’s reviews found missing', () => {
  // agent-zero (conf/model_providers.yaml): each provider the settings offer, by LiteLLM's provider name.
  it('reads a model registry’s LiteLLM provider names', async () => {
    const found = await statuses(
      {
        'conf/model_providers.yaml': [
          '# The provider ID (e.g., "anthropic") constructs the key variable (e.g., ANTHROPIC_API_KEY).',
          'chat:',
          '  groq:',
          '    name: Groq',
          '    litellm_provider: groq',
          '  lm_studio:',
          '    name: LM Studio',
          '    litellm_provider: lm_studio',
          '  openrouter:',
          '    name: OpenRouter',
          '    litellm_provider: openrouter',
          '    kwargs:',
          '      extra_headers:',
          '        "X-Title": "Agent Zero"',
          '',
        ].join('\n'),
      },
      ['groq', 'lmstudio', 'openrouter', 'anthropic'],
    );
    expect(found).toEqual({ groq: 'used', lmstudio: 'used', openrouter: 'used', anthropic: 'mentioned' });
  });

  // podcastfy (podcastfy/tts/providers/gemini.py:3,23): Google Cloud Text-to-Speech's versioned client.
  it('reads Google Cloud Text-to-Speech', async () => {
    const found = await statuses(
      {
        'pyproject.toml': '[tool.poetry.dependencies]\ngoogle-cloud-texttospeech = "^2.21.0"\n',
        'app/tts/gemini.py': [
          'from google.cloud import texttospeech_v1beta1',
          '',
          'client = texttospeech_v1beta1.TextToSpeechClient()',
          '',
        ].join('\n'),
      },
      ['google-cloud-tts'],
    );
    expect(found).toEqual({ 'google-cloud-tts': 'used' });
  });

  // AstrBot (astrbot/core/config/default.py:155): WeCom's bot API, set as its adapter's `api_base_url`.
  it('takes a chat platform’s bot API for no AI endpoint', async () => {
    const report = await scan({
      'bot/config/default.py': [
        'DEFAULT = {',
        '    "wecom": {',
        '        "corpid": "",',
        '        "api_base_url": "https://qyapi.weixin.qq.com/cgi-bin/",',
        '    },',
        '    "openai": {',
        '        "type": "openai_chat_completion",',
        '        "api_base": "https://api.openai.com/v1",',
        '    },',
        '}',
        '',
      ].join('\n'),
    });
    const ids = report.findings.map((finding) => finding.id);
    expect(ids).toContain('openai');
    expect(ids).not.toContain('endpoint:qyapi.weixin.qq.com');
  });
});
