import { describe, expect, it } from 'vitest';
import { computeDrift, discover, planAdditions } from '../../src/discover/index.js';
import { indexPaths } from '../../src/discover/scan/gitIndex.js';
import { USERS_RUN_FACT } from '../../src/discover/scan/usersRun.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { scan, statusOf, tree } from './fixture.js';

/** The status of each of `ids` in the report of a tree of `files`. */
const statuses = async (files: Record<string, string>, ids: readonly string[]) => {
  const report = await scan(files);
  return Object.fromEntries(ids.map((id) => [id, statusOf(report, id)]));
};

/** What `init` would propose from `files` into an empty map. */
async function proposalsFor(files: Record<string, string>) {
  const report = await scan(files);
  const loaded = loadMapFromFiles(
    [{ file: 'trustmap.yaml', content: 'version: 1\norganization: { name: Tiny, stage: seed }\n' }],
    { root: '/tmp/map' },
  );
  if (!loaded.ok) throw new Error('map does not load');
  const additions = planAdditions(loaded.map, computeDrift(loaded.map, report), report.facts);
  const entry = (section: string, id: string) =>
    additions.find((addition) => addition.section === section && addition.entry.id === id);
  return { report, additions, entry };
}

describe('a tracer pinned only because its framework needs it', () => {
  // opencopilot (llm-server/requirements.txt:73-75): a `pip freeze` with `langsmith==0.0.63` under langchain's pins,
  // and no tracing set up anywhere; LangSmith was proposed as a sub-processor receiving prompts.
  const code = { 'app.py': 'from langchain.chat_models import ChatOpenAI\nllm = ChatOpenAI()\n' };

  it('is installed, not used, beside its framework’s pin', async () => {
    const files = {
      ...code,
      'requirements.txt': 'langchain==0.0.341\nlangchain-core==0.0.6\nlangsmith==0.0.63\n',
    };
    const report = await scan(files);
    expect(statusOf(report, 'langsmith')).toBe('mentioned');
    const proof = report.findings.find((finding) => finding.id === 'langsmith')!.evidence[0]!;
    expect(proof.detail).toBe('requirements: pinned beside langchain, which requires it');
  });

  it('stays used where tracing is set up, or where the project asks for it alone', async () => {
    const traced = {
      ...code,
      'requirements.txt': 'langchain==0.0.341\nlangsmith==0.0.63\n',
      'config.py': 'import os\nos.environ["LANGCHAIN_TRACING_V2"] = os.getenv("TRACE", "true")\n',
    };
    expect(await statuses(traced, ['langsmith'])).toEqual({ langsmith: 'used' });
    const alone = { ...code, 'requirements.txt': 'langchain>=0.1\nlangsmith>=0.1\n' };
    expect(await statuses(alone, ['langsmith'])).toEqual({ langsmith: 'used' });
  });
});

describe('an app each user runs', () => {
  // shell_gpt (a082bd5): `sgpt` in `[project.scripts]`, the key asked for with `getpass` (sgpt/config.py:64-67).
  const shellGpt = {
    'pyproject.toml':
      '[project]\nname = "shell_gpt"\ndependencies = ["openai >= 1.34.0", "typer >= 0.7.0"]\n\n[project.scripts]\nsgpt = "sgpt:cli"\n',
    'sgpt/config.py':
      'from getpass import getpass\n\napi_key = getpass(prompt="Please enter your OpenAI API key: ")\n',
    'sgpt/handler.py': 'from openai import OpenAI\n\nclient = OpenAI(api_key=cfg.get("OPENAI_API_KEY"))\n',
  };

  it('calls model APIs with each user’s own key, and is run by them', async () => {
    const { report, entry } = await proposalsFor(shellGpt);
    const fact = report.facts.find((item) => item.kind === USERS_RUN_FACT);
    expect(fact?.message).toBe('each user runs the app: a command each user installs (pyproject.toml:5)');
    expect(entry('subprocessors', 'openai')?.entry.account).toBe('customer');
    expect(entry('subprocessors', 'openai')?.comment).toContain("each user's own key");
    expect(entry('components', 'app')?.entry.hosting).toBe('customer-hosted');
  });

  it('runs its in-process database at each user (mods: SQLite through modernc, a cobra command)', async () => {
    const mods = {
      'go.mod':
        'module github.com/charmbracelet/mods\n\nrequire (\n\tgithub.com/spf13/cobra v1.10.2\n\tmodernc.org/sqlite v1.34.0\n)\n',
      'main.go':
        'package main\n\nimport "github.com/spf13/cobra"\n\nvar root = &cobra.Command{Use: "mods"}\n',
      'db.go':
        'package main\n\nimport (\n\t"database/sql"\n\t_ "modernc.org/sqlite"\n)\n\nfunc open() { sql.Open("sqlite", "mods.db") }\n',
    };
    const { entry } = await proposalsFor({
      ...mods,
      'ollama.go': 'package main\n\nvar ollamaURL = "http://localhost:11434/api"\n',
    });
    expect(entry('components', 'sqlite')?.entry.hosting).toBe('customer-hosted');
    expect(entry('components', 'ollama')?.entry.hosting).toBe('customer-hosted');
    expect(entry('components', 'sqlite')?.comment).toContain('it runs at each user');
  });

  it('reads a GitHub Action’s key as its user’s (ai-pr-reviewer: action.yml with `runs:`)', async () => {
    const action = {
      'action.yml':
        "name: 'AI-based PR reviewer'\ninputs:\n  openai_light_model:\n    default: 'gpt-3.5-turbo'\nruns:\n  using: 'node16'\n  main: 'dist/index.js'\n",
      'src/bot.ts':
        "import { ChatGPTAPI } from 'chatgpt'\nimport OpenAI from 'openai'\nconst api = new OpenAI({ apiKey: process.env.OPENAI_API_KEY })\n",
      'src/octokit.ts':
        "import { getOctokit } from '@actions/github'\nexport const octokit = getOctokit(token)\n",
      'package.json': '{ "dependencies": { "openai": "^4.0.0", "@actions/github": "^5.1.1" } }\n',
    };
    const { entry, report } = await proposalsFor(action);
    expect(report.facts.find((item) => item.kind === USERS_RUN_FACT)?.message).toContain(
      'a GitHub Action (action.yml:5)',
    );
    expect(entry('subprocessors', 'openai')?.entry.account).toBe('customer');
    expect(statusOf(report, 'github-api')).toBe('used');
  });

  it('is no verdict for a server that also installs a command', async () => {
    const server = {
      ...shellGpt,
      'pyproject.toml':
        '[project]\nname = "x"\ndependencies = ["openai", "fastapi"]\n\n[project.scripts]\nx = "x:cli"\n',
    };
    expect((await scan(server)).facts.some((item) => item.kind === USERS_RUN_FACT)).toBe(false);
    // chatgpt-on-wechat: a `cow` command that manages a bot its Compose file runs as a service.
    const composed = { ...shellGpt, 'docker/docker-compose.yml': 'services:\n  bot:\n    image: x\n' };
    expect((await scan(composed)).facts.some((item) => item.kind === USERS_RUN_FACT)).toBe(false);
    const { entry } = await proposalsFor(server);
    expect(entry('subprocessors', 'openai')?.entry.account).toBeUndefined();
  });
});

describe('Swift code', () => {
  // enchanted (AugustDev/enchanted, Enchanted/Services/OllamaService.swift:17): OllamaKit pointed at Ollama's port.
  it('is read for hosts and endpoints', async () => {
    const files = {
      'Enchanted/Services/OllamaService.swift': [
        'import OllamaKit',
        '',
        'class OllamaService {',
        '    init() {',
        '        // ollamaKit = OllamaKit(baseURL: URL(string: "http://example.invalid")!)',
        '        ollamaKit = OllamaKit(baseURL: URL(string: "http://localhost:11434")!)',
        '    }',
        '}',
      ].join('\n'),
    };
    const report = await scan(files);
    expect(statusOf(report, 'ollama')).toBe('used');
    expect(report.findings.find((finding) => finding.id === 'ollama')!.evidence[0]!.line).toBe(6);
  });
});

/** A git index (version 2) listing `paths`, as git writes it: 62 bytes of stat data and flags, the path, NUL padding. */
function gitIndex(paths: readonly string[]): Buffer {
  const entries = [...paths].sort().map((name) => {
    const path = Buffer.from(name, 'utf8');
    const length = Math.ceil((62 + path.length + 1) / 8) * 8;
    const entry = Buffer.alloc(length);
    entry.writeUInt32BE(0o100644, 24);
    entry.writeUInt16BE(Math.min(path.length, 0xfff), 60);
    path.copy(entry, 62);
    return entry;
  });
  const header = Buffer.alloc(12);
  header.write('DIRC', 0, 'latin1');
  header.writeUInt32BE(2, 4);
  header.writeUInt32BE(paths.length, 8);
  return Buffer.concat([header, ...entries, Buffer.alloc(20)]);
}

describe('a folder an ignore file lists and git tracks', () => {
  // text-generation-webui (1dcde41): `.gitignore` lists `/extensions` and `/user_data`, which git tracks.
  it('is read where the index lists its files; untracked files there stay ignored', async () => {
    const tracked = ['.gitignore', 'extensions/openai/script.py'];
    expect(indexPaths(gitIndex(tracked))).toEqual(tracked);
    const root = await tree({
      '.gitignore': '/extensions\n/user_data\n',
      'extensions/openai/script.py': 'import openai\nclient = openai.OpenAI()\n',
      'user_data/scratch.py': 'import anthropic\n',
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.git/index': gitIndex(tracked),
    });
    const report = await discover([root]);
    expect(statusOf(report, 'openai')).toBe('used');
    expect(statusOf(report, 'anthropic')).toBeUndefined();
  });

  it('is skipped without an index, as before', async () => {
    const report = await scan({
      '.gitignore': '/extensions\n',
      'extensions/openai/script.py': 'import openai\nclient = openai.OpenAI()\n',
    });
    expect(statusOf(report, 'openai')).toBeUndefined();
  });
});

describe('no use', () => {
  it('a key set to a stand-in value (chainlit’s `--ci` mode: "sk-FAKE-OPENAI-API-KEY")', async () => {
    const files = {
      'backend/chainlit/cli/__init__.py': [
        'import os',
        'def run(ci: bool):',
        '    if ci:',
        '        os.environ["OPENAI_API_KEY"] = "sk-FAKE-OPENAI-API-KEY"',
        '',
      ].join('\n'),
    };
    expect(await statuses(files, ['openai'])).toEqual({ openai: 'mentioned' });
    const real = { 'app.py': 'import os\nkey = os.environ["OPENAI_API_KEY"]\n' };
    expect(await statuses(real, ['openai'])).toEqual({ openai: 'used' });
  });

  it('an SDK imported only to replace its calls with no-ops (text-generation-webui’s `posthog.capture`)', async () => {
    const files = {
      'extensions/superbooga/chromadb.py': [
        'import chromadb',
        'import posthog',
        '',
        '# Intercept calls to posthog',
        'posthog.capture = lambda *args, **kwargs: None',
        '',
      ].join('\n'),
      'extensions/superbooga/requirements.txt': 'chromadb==0.3.18\nposthog==2.4.2\n',
    };
    expect(await statuses(files, ['posthog'])).toEqual({ posthog: 'mentioned' });
  });

  it('an OAuth address as a form field’s placeholder (bionic-gpt’s OAuth client form)', async () => {
    const files = {
      'crates/web-pages/oauth_clients/upsert.rs': [
        'Input {',
        '    input_type: InputType::Text,',
        '    name: "provider_url",',
        '    placeholder: "https://accounts.google.com/o/oauth2/v2/auth",',
        '}',
      ].join('\n'),
    };
    const report = await scan(files);
    expect(report.facts.filter((fact) => fact.kind.startsWith('sign-in:'))).toEqual([]);
  });
});

describe('catalog', () => {
  it('openai-go’s Azure package is Azure OpenAI (mods internal/openai/openai.go:12)', async () => {
    const files = {
      'internal/openai/openai.go':
        'package openai\n\nimport (\n\t"github.com/openai/openai-go"\n\t"github.com/openai/openai-go/azure"\n)\n',
    };
    expect(await statuses(files, ['azure-openai', 'openai'])).toEqual({
      'azure-openai': 'used',
      openai: 'used',
    });
  });

  it('finds ScrapingBee, Literal AI, the Google Docs viewer, Google Translate, ngrok and Cloudflare tunnels', async () => {
    const files = {
      'scrape.py':
        'from scrapingbee import ScrapingBeeClient\nclient = ScrapingBeeClient(api_key=key)\nclient.get(url)\n',
      'trace.py': 'from literalai import LiteralClient\nclient = LiteralClient()\n',
      'viewer.ts':
        'const src = "https://docs.google.com/gview?url=" + encodeURIComponent(file) + "&embedded=true";\n',
      'translate.py':
        'from deep_translator import GoogleTranslator\nGoogleTranslator(source="auto", target="en").translate(text)\n',
      'tunnel.py': 'from pyngrok import ngrok\nngrok.connect(7860)\n',
      'share.py': 'from flask_cloudflared import _run_cloudflared\n_run_cloudflared(5000)\n',
    };
    expect(
      await statuses(files, [
        'scrapingbee',
        'literal-ai',
        'google-docs-viewer',
        'google-translate',
        'ngrok',
        'cloudflare-tunnel',
      ]),
    ).toEqual({
      scrapingbee: 'used',
      'literal-ai': 'used',
      'google-docs-viewer': 'used',
      'google-translate': 'used',
      ngrok: 'used',
      'cloudflare-tunnel': 'used',
    });
  });
});
