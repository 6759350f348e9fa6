import { describe, expect, it } from 'vitest';
import { computeDrift, planAdditions } from '../../src/discover/index.js';
import { reachesFolder } from '../../src/discover/scan/retiredFolders.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { scan, statusOf } from './fixture.js';

/** What `init` would propose from `files` into an empty map, and the flow to a provider among it. */
async function proposalsFor(files: Record<string, string>) {
  const report = await scan(files);
  const loaded = loadMapFromFiles(
    [{ file: 'trustmap.yaml', content: 'version: 1\norganization: { name: Tiny, stage: seed }\n' }],
    { root: '/tmp/map' },
  );
  if (!loaded.ok) throw new Error('map does not load');
  const additions = planAdditions(loaded.map, computeDrift(loaded.map, report), report.facts);
  const flow = (id: string) => additions.find((a) => a.section === 'flows' && a.entry.id === id);
  return { report, additions, flow };
}

const ALTERNATIVE = (role: string) => ({ kind: 'other', description: `when configured as the ${role}` });

describe("a configuration's defaults are the providers every request reaches", () => {
  // open_deep_research (408da44): its `Configuration` gives Tavily as `search_api`'s default and OpenAI models as every
  // model setting's, each over several lines (`Field(\n default=…`); both were proposed "only when configured".
  const CONFIGURATION = [
    'from enum import Enum',
    'from pydantic import BaseModel, Field',
    '',
    'class SearchAPI(Enum):',
    '    ANTHROPIC = "anthropic"',
    '    OPENAI = "openai"',
    '    TAVILY = "tavily"',
    '    NONE = "none"',
    '',
    'class Configuration(BaseModel):',
    '    max_structured_output_retries: int = Field(',
    '        default=3,',
    '    )',
    '    search_api: SearchAPI = Field(',
    '        default=SearchAPI.TAVILY,',
    '        metadata={"x_oap_ui_config": {"type": "select", "default": "tavily"}}',
    '    )',
    '    summarization_model: str = Field(',
    '        default="openai:gpt-4.1-mini",',
    '    )',
    '    research_model: str = Field(',
    '        default="openai:gpt-4.1",',
    '    )',
    '    final_report_model: str = Field(',
    '        default="openai:gpt-4.1",',
    '    )',
    '',
  ].join('\n');
  const UTILS = [
    'from langchain.chat_models import init_chat_model',
    'from tavily import AsyncTavilyClient',
    'from exa_py import Exa',
    'from anthropic import Anthropic',
    'from groq import Groq',
    'import openai',
    '',
  ].join('\n');

  it("reads a configuration class's enum and model defaults over several lines (open_deep_research)", async () => {
    const { flow } = await proposalsFor({
      'src/open_deep_research/configuration.py': CONFIGURATION,
      'src/open_deep_research/utils.py': UTILS,
    });
    expect(flow('app-to-tavily')?.entry.condition).toBeUndefined();
    expect(flow('app-to-tavily')?.comment).toContain(
      "the app's default search provider (src/open_deep_research/configuration.py:15)",
    );
    expect(flow('app-to-openai')?.entry.condition).toBeUndefined();
    expect(flow('app-to-openai')?.comment).toContain(
      "the app's default model provider (src/open_deep_research/configuration.py:19)",
    );
    // The others stay alternatives an operator picks.
    expect(flow('app-to-exa')?.entry.condition).toEqual(ALTERNATIVE('search provider'));
    expect(flow('app-to-anthropic')?.entry.condition).toEqual(ALTERNATIVE('model provider'));
  });

  it("reads a configuration object's selector and base URL, and keeps embeddings apart (llm-answer-engine)", async () => {
    // llm-answer-engine (168c5d7): `app/config.tsx` picks Serper for search and Groq's base URL for answers, OpenAI for
    // embeddings; each was proposed "only when configured" (the embedding default had cancelled Groq's).
    const { flow } = await proposalsFor({
      'app/config.tsx': [
        'export const config = {',
        '    useOllamaInference: false,',
        "    searchProvider: 'serper', // 'serper', 'google' // 'serper' is the default",
        "    inferenceModel: 'llama-3.1-70b-versatile', // Groq: 'mixtral-8x7b-32768' // OpenAI: 'gpt-4'",
        '    inferenceAPIKey: process.env.GROQ_API_KEY,',
        "    embeddingsModel: 'text-embedding-3-small', // OpenAI 'text-embedding-3-large'",
        "    nonOllamaBaseURL: 'https://api.groq.com/openai/v1', //Groq: https://api.groq.com/openai/v1",
        '}',
        '',
      ].join('\n'),
      'app/tools/searchProviders.tsx': [
        "const brave = await fetch('https://api.search.brave.com/res/v1/web/search?q=' + q, { headers: { 'X-Subscription-Token': process.env.BRAVE_SEARCH_API_KEY } });",
        "const google = await fetch('https://www.googleapis.com/customsearch/v1?key=' + process.env.GOOGLE_SEARCH_API_KEY + '&q=' + q);",
        "const serper = await fetch('https://google.serper.dev/search', { headers: { 'X-API-KEY': process.env.SERPER_API }, body });",
        '',
      ].join('\n'),
      'app/action.tsx': [
        "import { OpenAI } from 'openai';",
        "import Anthropic from '@anthropic-ai/sdk';",
        "import { OpenAIEmbeddings } from '@langchain/openai';",
        "import { config } from './config';",
        'const openai = new OpenAI({ baseURL: config.nonOllamaBaseURL, apiKey: config.inferenceAPIKey });',
        "const local = new OpenAI({ baseURL: 'http://localhost:11434/v1', apiKey: 'ollama' });",
        'const embeddings = new OpenAIEmbeddings({ modelName: config.embeddingsModel });',
        '',
      ].join('\n'),
    });
    expect(flow('app-to-serper')?.entry.condition).toBeUndefined();
    expect(flow('app-to-serper')?.comment).toContain("the app's default search provider (app/config.tsx:3)");
    expect(flow('app-to-brave-search')?.entry.condition).toEqual(ALTERNATIVE('search provider'));
    expect(flow('app-to-groq')?.entry.condition).toBeUndefined();
    expect(flow('app-to-groq')?.comment).toContain("the app's default model provider (app/config.tsx:7)");
    expect(flow('app-to-openai')?.entry.condition).toEqual(ALTERNATIVE('model provider'));
    expect(flow('app-to-openai-embedding')?.entry.condition).toBeUndefined();
  });

  it('reads a hostile configuration line in one pass, and the settings beside it still', async () => {
    // Found in the review of this change: a field line of 8,000 spaces after `a:` kept a backtracking pattern busy for
    // 130 s, and an object line of unclosed quotes went quadratic (2 s at 64 KB). Each is now read in one pass.
    const { report } = await proposalsFor({
      'app/config.py': [
        'from pydantic import BaseModel',
        'class Configuration(BaseModel):',
        `    a: ${' '.repeat(20_000)}x`,
        '    search_provider: str = "tavily"',
        '',
      ].join('\n'),
      'app/config.ts': [
        'export const config = {',
        `  a: ${"'a\\".repeat(40_000)}`,
        "  searchProvider: 'serper',",
        '  searchAPIKey: process.env.SERPER_API_KEY,',
        '}',
        // Enough written lines beside the long one that the file is read as a person's, not a bundle.
        ...Array.from(
          { length: 4_000 },
          (_, i) => `// a note a person wrote about the settings above, line ${i}`,
        ),
        '',
      ].join('\n'),
      'app/search.ts':
        "export const search = (q: string) => fetch('https://google.serper.dev/search', { body: q });\n",
    });
    const defaults = report.findings.filter((finding) =>
      finding.evidence.some((proof) => proof.detail?.startsWith('default choice')),
    );
    expect(defaults.map((finding) => finding.provider).sort()).toEqual(['serper', 'tavily']);
  });

  it('reads no default where the setting is a feature’s, an option’s, unset by default or a helper’s', async () => {
    const app = {
      'server/llm.py': 'from openai import OpenAI\nfrom anthropic import Anthropic\nfrom groq import Groq\n',
    };
    // gptme (its context selector's `ContextSelectorConfig.llm_model`): one feature's model, not the app's.
    const feature = await proposalsFor({
      ...app,
      'gptme/context/selector/config.py':
        '@dataclass\nclass ContextSelectorConfig:\n    enabled: bool = True\n    llm_model: str = "openai/gpt-4o-mini"\n',
    });
    expect(feature.flow('app-to-openai')?.comment).not.toContain("the app's default");
    // A lone model setting named for a task (`summarization_model`) is that task's.
    const task = await proposalsFor({
      ...app,
      'server/configuration.py':
        'class Configuration(BaseModel):\n    summarization_model: str = "gpt-4.1-mini"\n',
    });
    expect(task.flow('app-to-openai')?.entry.condition).toBeDefined();
    // mem0: `reranker: Optional[RerankerConfig] = Field(default=None)`: reranking is off until set, so Cohere, the
    // reranker's default, does not rerank every query; `LLMRerankerConfig(BaseRerankerConfig)` is one option's own.
    const optional = await scan({
      ...app,
      'mem0/configs/base.py': [
        'from mem0.configs.rerankers.config import RerankerConfig',
        'from mem0.embeddings.configs import EmbedderConfig',
        '',
        'class MemoryConfig(BaseModel):',
        '    reranker: Optional[RerankerConfig] = Field(',
        '        description="Configuration for the reranker",',
        '        default=None,',
        '    )',
        '',
      ].join('\n'),
      'mem0/configs/rerankers/config.py':
        'import cohere\nclass RerankerConfig(BaseModel):\n    provider: str = Field(description="Reranker provider", default="cohere")\n',
      'mem0/configs/rerankers/llm.py':
        'class LLMRerankerConfig(BaseRerankerConfig):\n    provider: str = Field(\n        default="anthropic",\n    )\n',
    });
    expect(optional.findings.find((finding) => finding.id === 'cohere')?.defaultChoice).toBeUndefined();
    expect(optional.findings.find((finding) => finding.id === 'anthropic')?.defaultChoice).toBeUndefined();
    // gptme's `search(query, engine: str = "duckduckgo")`: a helper's parameter, while its browser tool tries
    // Perplexity first.
    const helper = await scan({
      'gptme/tools/_browser_lynx.py':
        'from duckduckgo_search import DDGS\ndef search(query: str, engine: str = "duckduckgo") -> str:\n    return DDGS().text(query)\n',
    });
    expect(helper.findings.find((finding) => finding.id === 'duckduckgo')?.defaultChoice).toBeUndefined();
  });
});

describe('code in a retired folder nothing served reaches is no use', () => {
  // open_deep_research (408da44): `src/legacy/`, its first version, which nothing its `langgraph.json` serves imports
  // (its `pyproject.toml` lists it as a package beside `tests`); five search vendors and an Azure index were proposed
  // from it.
  const LEGACY = {
    'pyproject.toml':
      '[project]\nname = "odr"\ndependencies = ["tavily-python"]\n[tool.setuptools]\npackages = ["open_deep_research", "legacy", "tests"]\n[tool.setuptools.package-dir]\n"legacy" = "src/legacy"\n',
    'langgraph.json':
      '{ "graphs": { "Deep Researcher": "./src/open_deep_research/deep_researcher.py:deep_researcher" } }\n',
    'src/open_deep_research/deep_researcher.py':
      'from tavily import AsyncTavilyClient\nclient = AsyncTavilyClient()\n',
    'src/legacy/utils.py': [
      'from exa_py import Exa',
      'from duckduckgo_search import DDGS',
      'exa = Exa(api_key=os.getenv("EXA_API_KEY"))',
      'endpoint = os.getenv("AZURE_AI_SEARCH_ENDPOINT")',
      'r = requests.post("https://api.perplexity.ai/chat/completions", json=body)',
      '',
    ].join('\n'),
  };

  it('reads a legacy folder no production file imports as an example (open_deep_research)', async () => {
    const report = await scan(LEGACY);
    for (const id of ['exa', 'duckduckgo', 'perplexity', 'azure-ai-search'])
      expect(statusOf(report, id), id).not.toBe('used');
    expect(statusOf(report, 'tavily')).toBe('used');
    // A commented-out path and another folder of that name reach nothing (LangBot: `#  'templates/legacy/…'`,
    // `f'data/legacy/{dir_name}'`); a test importing it serves nothing either.
    const unreached = await scan({
      ...LEGACY,
      'src/open_deep_research/migrate.py':
        "# 'src/legacy/utils.py'\nos.makedirs(f'data/legacy/{name}')\nself.legacy_token = ''\n",
      'tests/test_legacy.py': 'from legacy.utils import exa\n',
    });
    expect(statusOf(unreached, 'exa')).not.toBe('used');
  });

  it('keeps a legacy folder that served code imports or names by path', async () => {
    // Live code under an old name: routes kept for old clients, imported by the app.
    const imported = await scan({
      ...LEGACY,
      'src/open_deep_research/deep_researcher.py': 'from legacy.utils import exa\n',
    });
    expect(statusOf(imported, 'exa')).toBe('used');
    const routes = await scan({
      'api/main.ts': "import { legacyRouter } from './legacy/routes';\napp.use('/v1', legacyRouter);\n",
      'api/legacy/routes.ts': "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n",
    });
    expect(statusOf(routes, 'anthropic')).toBe('used');
    // Reached only through another legacy folder that is itself live.
    const chained = await scan({
      'app/server.py': 'from app.old import handlers\n',
      'app/old/handlers.py': 'from app.archive import search\n',
      'app/archive/search.py': 'from exa_py import Exa\n',
    });
    expect(statusOf(chained, 'exa')).toBe('used');
    // Started by a deployment file.
    const started = await scan({
      Dockerfile: 'FROM python:3.12\nCMD ["python", "legacy/server.py"]\n',
      'legacy/server.py': 'from anthropic import Anthropic\n',
    });
    expect(statusOf(started, 'anthropic')).toBe('used');
  });

  it('reads a hostile path line in one pass', () => {
    // A line of `a/a/a/…legacy` had every separator tried as a path's start (2 s at 64 KB).
    expect(reachesFolder(`x = "${'a/'.repeat(100_000)}legacy!"`, 'legacy', 'src')).toBe(false);
    expect(reachesFolder(`x = "${'a/'.repeat(100_000)}src/legacy/graph"`, 'legacy', 'src')).toBe(true);
  });

  it('tells a reference to the folder from another of its name or a word', () => {
    expect(reachesFolder('from .legacy.graph import build', 'legacy', 'src')).toBe(true);
    expect(reachesFolder('from pkg import a, legacy', 'legacy', 'src')).toBe(true);
    expect(reachesFolder("import x from '@/legacy/a'", 'legacy', 'src')).toBe(true);
    expect(reachesFolder("open('templates/legacy/provider.json')", 'legacy', 'templates')).toBe(true);
    expect(reachesFolder("os.makedirs(f'data/legacy/{dir_name}')", 'legacy', 'templates')).toBe(false);
    expect(reachesFolder("#   'templates/legacy/provider.json',", 'legacy', 'templates')).toBe(false);
    expect(reachesFolder('Fall back to the legacy two-card behavior.', 'legacy', 'sources')).toBe(false);
  });
});
