import { describe, expect, it } from 'vitest';
import { computeDrift, findProvider, planAdditions, renderDiscoveryText } from '../../src/discover/index.js';
import { conventionalClass } from '../../src/discover/proof/pathClass.js';
import { SEARCHERS, SPEECH } from '../../src/discover/proposeData.js';
import type { DiscoveryReport } from '../../src/discover/types.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { scan, statusOf } from './fixture.js';

// Onboarding problems the reviews of real apps found in `init -y` proposals: OAuth registrations read as AI endpoints
// (Open WebUI), vendors named only in deprecated, reproduction or docs-site code proposed as used (LightRAG, FastGPT),
// and speech and search vendors proposed as model providers receiving customer documents.

/** Discovery on `files`, and what `init` would propose from it into an empty map (with the report's facts, as init). */
async function proposalsFor(files: Record<string, string>) {
  const report = await scan(files);
  const loaded = loadMapFromFiles(
    [{ file: 'trustmap.yaml', content: 'version: 1\norganization: { name: Tiny, stage: seed }\n' }],
    { root: '/tmp/map' },
  );
  if (!loaded.ok) throw new Error('map does not load');
  return { report, additions: planAdditions(loaded.map, computeDrift(loaded.map, report), report.facts) };
}

const endpoints = (report: DiscoveryReport) =>
  report.findings.filter((finding) => finding.kind === 'endpoint').map((finding) => finding.id);

describe('OAuth registrations are no AI endpoints', () => {
  // The shape of Open WebUI's `config.py`: the file names OpenAI (its settings), and registers logins with authlib.
  const CONFIG = [
    'from authlib.integrations.starlette_client import OAuth',
    'OPENAI_API_BASE_URLS = PersistentConfig("OPENAI_API_BASE_URLS", "openai.api_base_urls", [])',
    '',
    'def load_oauth_providers(oauth: OAuth):',
    '    oauth.register(',
    '        name="github",',
    '        client_id=GITHUB_CLIENT_ID.value,',
    '        client_secret=GITHUB_CLIENT_SECRET.value,',
    '        access_token_url="https://github.com/login/oauth/access_token",',
    '        authorize_url="https://github.com/login/oauth/authorize",',
    '        api_base_url="https://api.github.com",',
    '        userinfo_endpoint="https://api.github.com/user",',
    '        client_kwargs={"scope": "user:email"},',
    '    )',
    '    oauth.register(',
    '        name="feishu",',
    '        client_id=FEISHU_CLIENT_ID.value,',
    '        access_token_url="https://open.feishu.cn/open-apis/authen/v2/oauth/token",',
    '        authorize_url="https://accounts.feishu.cn/open-apis/authen/v1/authorize",',
    '        api_base_url="https://open.feishu.cn/open-apis",',
    '        client_kwargs={"scope": "contact:user.base:readonly"},',
    '    )',
    '',
  ].join('\n');

  it("reads authlib's api_base_url next to OAuth endpoints as the identity provider's API (Open WebUI)", async () => {
    const report = await scan({ 'backend/open_webui/config.py': CONFIG });
    expect(endpoints(report)).toEqual([]);
  });

  it('reads a dict of OAuth parameters the same way, and an OAuth provider on a host of its own', async () => {
    const report = await scan({
      'app/auth.py': [
        'import openai',
        'params = {',
        '    "name": "acme",',
        '    "api_base_url": "https://sso.acme-corp.dev/api",',
        '    "authorize_url": "https://sso.acme-corp.dev/authorize",',
        '    "access_token_url": "https://sso.acme-corp.dev/token",',
        '}',
        'oauth.register(**params)',
        '',
      ].join('\n'),
    });
    expect(endpoints(report)).toEqual([]);
  });

  it('never makes a well-known non-AI API host an AI endpoint, OAuth words or not', async () => {
    const report = await scan({
      'app/gh.py': 'from openai import OpenAI\nclient = OpenAI(base_url="https://api.github.com")\n',
    });
    expect(endpoints(report)).toEqual([]);
  });

  it("still resolves an OpenAI-compatible client's base URL, also next to an OAuth registration", async () => {
    const report = await scan({
      'backend/open_webui/config.py': `${CONFIG}\nclient = OpenAI(api_key=key, base_url="https://llm.acme-corp.dev/v1")\n`,
      'app/llm.py':
        'from openai import OpenAI\nclient = OpenAI(api_base_url="https://gpu.acme-corp.dev/v1")\n',
    });
    expect(endpoints(report).sort()).toEqual(['endpoint:gpu.acme-corp.dev', 'endpoint:llm.acme-corp.dev']);
  });
});

describe('deprecated, reproduction and docs-site paths are not production', () => {
  it('classes them by folder: deprecated and reproduce as examples, a top-level document/ as docs', () => {
    expect(conventionalClass('lightrag/llm/deprecated/siliconcloud.py')).toBe('example');
    expect(conventionalClass('lightrag/kg/deprecated/chroma_impl.py')).toBe('example');
    expect(conventionalClass('reproduce/Step_1_openai_compatible.py')).toBe('example');
    // CI, development containers and folders of one kind of tests (inbox-zero's Playwright workflow and S3, karakeep's
    // `packages/e2e_tests` Compose file with MinIO and a mock model server).
    expect(conventionalClass('.github/workflows/playwright.yml')).toBe('test');
    expect(conventionalClass('.devcontainer/setup.sh')).toBe('test');
    expect(conventionalClass('packages/e2e_tests/docker-compose.yml')).toBe('test');
    expect(conventionalClass('backend/integration-tests/conftest_data.py')).toBe('test');
    expect(conventionalClass('apps/unittests/x.py')).toBe('test');
    // Coding agents' skills (agenta's `.agents/skills/` QA scripts).
    expect(conventionalClass('.agents/skills/qa/run.py')).toBe('example');
    expect(conventionalClass('.claude/commands/check.ts')).toBe('example');
    expect(conventionalClass('src/contest/entries.py')).toBeUndefined();
    expect(conventionalClass('document/lib/tokenizer.ts')).toBe('docs');
    expect(conventionalClass('document/i18n.js')).toBe('docs');
    expect(conventionalClass('Document/app/page.tsx')).toBe('docs');
  });

  it('keeps a document module inside an app production', () => {
    // An app whose domain object is a document: its `document` module is code, wherever it sits below the top.
    expect(conventionalClass('src/document/service.ts')).toBeUndefined();
    expect(conventionalClass('packages/service/core/dataset/document/controller.ts')).toBeUndefined();
    expect(conventionalClass('app/documents/upload.py')).toBeUndefined();
    expect(conventionalClass('document.ts')).toBeUndefined();
  });

  it('finds a vendor named only there mentioned, not used (LightRAG, FastGPT)', async () => {
    const report = await scan({
      'lightrag/llm/deprecated/siliconcloud.py':
        'SILICONFLOW = "https://api.siliconflow.cn/v1"\nimport requests\n',
      'lightrag/kg/deprecated/chroma_impl.py': 'import chromadb\n',
      'reproduce/Step_3_openai_compatible.py': 'from zhipuai import ZhipuAI\n',
      'document/lib/tokenizer.ts': "import { Tiktoken } from 'js-tiktoken';\nimport OpenAI from 'openai';\n",
      'lightrag/llm/openai.py': 'from openai import AsyncOpenAI\n',
    });
    expect(statusOf(report, 'chroma')).toBe('mentioned');
    expect(statusOf(report, 'zhipu')).toBe('mentioned');
    expect(statusOf(report, 'siliconflow')).toBe('mentioned');
    expect(statusOf(report, 'openai')).toBe('used');
  });
});

describe('speech and search vendors get their own data and role', () => {
  async function additionsFor(files: Record<string, string>) {
    const { additions } = await proposalsFor(files);
    const flowTo = (id: string) => additions.find((a) => a.section === 'flows' && a.entry.to === id);
    return { additions, flowTo };
  }

  // An app that retrieves (Chroma), answers with three model APIs, speaks with three voices and searches with three
  // search APIs: each kind is its own set of alternatives.
  const APP = {
    'server/rag.py': 'import chromadb\nstore = chromadb.PersistentClient(path="data")\n',
    'server/llm.py': 'from openai import OpenAI\nfrom anthropic import Anthropic\nfrom groq import Groq\n',
    'server/voice.py':
      'from elevenlabs.client import ElevenLabs\nfrom deepgram import DeepgramClient\nimport assemblyai as aai\n',
    'server/search.py':
      'from tavily import TavilyClient\nfrom exa_py import Exa\nfrom firecrawl import FirecrawlApp\n',
  };

  it('proposes a lone tracing service as switched on by its keys (Langchain-Chatchat: Langfuse with three variables set)', async () => {
    const { flowTo } = await additionsFor({
      'server/chat.py':
        'from openai import OpenAI\nif os.environ.get("LANGFUSE_SECRET_KEY"):\n    from langfuse.callback import CallbackHandler\n',
    });
    expect(flowTo('langfuse')?.entry.condition).toEqual({
      kind: 'other',
      description: 'when configured as the tracing service',
    });
    expect(flowTo('langfuse')?.comment).toContain(
      'a tracing service, which a deployment switches on with its keys',
    );
  });

  it("proposes the app's default model provider under no condition, the others as alternatives (mem0, dialoqbase)", async () => {
    const app = {
      'server/llm.py': 'from openai import OpenAI\nfrom anthropic import Anthropic\nfrom groq import Groq\n',
      // The adapter's own default model chooses nothing among vendors.
      'server/llms/anthropic.py': 'DEFAULT_MODEL = "claude-3-5-sonnet-latest"\n',
    };
    const settings =
      'DEFAULT_LLM_MODEL = os.environ.get("DEFAULT_LLM_MODEL", "gpt-4o-mini")\nDEFAULT_EMBEDDER_MODEL = os.environ.get("DEFAULT_EMBEDDER_MODEL", "text-embedding-3-small")\nclient.embeddings.create(model=DEFAULT_EMBEDDER_MODEL, input=texts)\n';
    const { flowTo, additions } = await additionsFor({ ...app, 'server/main.py': settings });
    expect(flowTo('openai')?.entry.condition).toBeUndefined();
    expect(flowTo('openai')?.comment).toContain("the app's default model provider (server/main.py:1)");
    const embedding = additions.find(
      (a) => a.section === 'flows' && a.entry.id === 'app-to-openai-embedding',
    );
    expect(embedding?.entry.condition).toBeUndefined();
    for (const id of ['anthropic', 'groq'])
      expect(flowTo(id)?.entry.condition, id).toEqual({
        kind: 'other',
        description: 'when configured as the model provider',
      });
    // A settings file of defaults says so without the word on the line (gpt-researcher's `variables/default.py`).
    const file = await additionsFor({
      ...app,
      'app/config/variables/default.py':
        'DEFAULTS = {\n    "EMBEDDING": "openai:text-embedding-3-small",\n    "FAST_LLM": "openai:gpt-4o-mini",\n}\n',
    });
    expect(file.flowTo('openai')?.comment).toContain(
      "the app's default model provider (app/config/variables/default.py:3)",
    );
    // A class field's own default is a library's, not the app's (Langchain-Chatchat's chat model class).
    const field = await additionsFor({
      ...app,
      'libs/chat_models/base.py':
        'class ChatPlatform(BaseModel):\n    model_name: str = Field(default="gpt-4o-mini")\n',
    });
    expect(field.flowTo('openai')?.entry.condition).toBeDefined();
    // Two defaults say nothing of which one is: every provider stays an alternative.
    const two = await additionsFor({
      ...app,
      'server/main.py': settings,
      'server/other.py': 'model = settings.default_model or "claude-3-5-haiku-latest"\n',
    });
    expect(two.flowTo('openai')?.entry.condition).toBeDefined();
    // A setting named for a vendor is that vendor's own default model (Onyx's `constants.py`: DEFAULT_VOYAGE_MODEL
    // beside DEFAULT_OPENAI_MODEL and others made Voyage the provider every request reaches).
    const named = await additionsFor({
      ...app,
      'server/constants.py': 'DEFAULT_ANTHROPIC_MODEL = "claude-3-5-haiku-latest"\n',
    });
    expect(named.flowTo('anthropic')?.entry.condition).toBeDefined();
    expect(named.flowTo('anthropic')?.comment).not.toContain("the app's default");
    // A feature's default model is that feature's, not the app's (lunary: its opt-in dataset evaluators' default made
    // OpenAI the provider every request reaches).
    const feature = await additionsFor({
      ...app,
      'api/datasets/index.ts': 'const DEFAULT_EVALUATOR_MODEL = "gpt-5-mini";\n',
    });
    expect(feature.flowTo('openai')?.entry.condition).toBeDefined();
    expect(feature.flowTo('openai')?.comment).not.toContain("the app's default");
  });

  it("reads a vendor's class name as the app's own type where the file imports it from the app or declares it (karakeep)", async () => {
    // karakeep (7ca5ee2): its own `InferenceClient` interface over OpenAI and Ollama, imported from its workspace
    // package, was proposed as Hugging Face's inference API with 17 proofs.
    const own = await scan({
      'packages/shared/inference.ts':
        'export interface InferenceClient {\n  inferFromText(p: string): Promise<string>;\n}\n',
      'apps/workers/summarize.ts':
        'import { InferenceClient } from "@acme/shared/inference";\nimport {\n  InferenceClient as Client,\n} from "../shared/inference";\nexport function run(inferenceClient: InferenceClient) {}\n',
      'apps/workers/tags.py': 'from .inference import InferenceClient\nclient = InferenceClient()\n',
    });
    expect(own.findings.map((finding) => finding.provider)).not.toContain('huggingface-inference');
    // Imported from the vendor's own package, it is the vendor's client.
    const vendor = await scan({
      'apps/workers/tags.py': 'from huggingface_hub import InferenceClient\nclient = InferenceClient()\n',
    });
    expect(statusOf(vendor, 'huggingface-inference')).toBe('used');
  });

  it('proposes a provider called by name for a task of its own under no condition (midday, firecrawl)', async () => {
    // midday (47d252a): the assistant always runs on OpenAI and CSV imports on Anthropic, each called with its model
    // named; with four providers found, all were proposed as "only when configured".
    const app = {
      'server/llm.py': 'from openai import OpenAI\nfrom anthropic import Anthropic\nfrom groq import Groq\n',
      'server/chat.ts': 'import { openai } from "@ai-sdk/openai";\nconst model = openai("gpt-4o-mini");\n',
      'server/menu.ts':
        'import { groq } from "@ai-sdk/groq";\nimport { anthropic } from "@ai-sdk/anthropic";\nconst models = [groq("llama-3.1-8b-instant"), anthropic("claude-3-5-haiku-latest")];\n',
    };
    const { flowTo } = await additionsFor(app);
    expect(flowTo('openai')?.entry.condition).toBeUndefined();
    expect(flowTo('openai')?.comment).toContain('called by name for a task of its own (server/chat.ts:2)');
    // A file naming two vendors' models is a menu of choices: each stays an alternative.
    for (const id of ['anthropic', 'groq']) expect(flowTo(id)?.entry.condition, id).toBeDefined();
    // A string's own method given a model's name is no call to the vendor (Flowise: `isReasoningModelOpenAI`).
    const test = await additionsFor({
      ...app,
      'server/chat.ts':
        'import { openai } from "@ai-sdk/openai";\nconst reasoning = name.startsWith("o1-mini");\n',
    });
    expect(test.flowTo('openai')?.entry.condition).toBeDefined();
    // A model's name given to a tokenizer is counted here, not sent (unstract's token counter).
    const counted = await additionsFor({
      ...app,
      'server/chat.ts':
        'import tiktoken\ncount = len(tiktoken.encoding_for_model("gpt-3.5-turbo").encode(text))\n',
    });
    expect(counted.flowTo('openai')?.entry.condition).toBeDefined();
    // Nor is a schema's default for a request's field (lunary: `model: z.string().default("gpt-5-mini")`).
    const field = await additionsFor({
      ...app,
      'server/chat.ts':
        'import { openai } from "@ai-sdk/openai";\nconst Body = z.object({ model: z.string().default("gpt-5-mini") });\n',
    });
    expect(field.flowTo('openai')?.entry.condition).toBeDefined();
    // Nor is code in a string named as an example, shown to users (lunary's onboarding page).
    const shown = await additionsFor({
      ...app,
      'server/chat.ts': 'const x = 1;\n',
      'web/Empty.tsx':
        'const telemetryExample = `import { openai } from "@ai-sdk/openai";\nconst result = await generateText({\n  model: openai("gpt-5"),\n});\n`;\n',
    });
    expect(shown.flowTo('openai')?.entry.condition).toBeDefined();
  });

  it('proposes a code sandbox as run only when an agent runs code, sent the code a model wrote (Phoenix, RAGFlow)', async () => {
    // Phoenix (9478f95), RAGFlow (b1b8cd6): E2B and Daytona were model providers receiving prompts, under no condition.
    const alone = await additionsFor({
      'server/llm.py': 'from openai import OpenAI\n',
      'server/sandbox.py': 'from e2b_code_interpreter import Sandbox\nsandbox = Sandbox()\n',
    });
    expect(alone.flowTo('e2b')?.entry).toMatchObject({
      dataClasses: ['model-outputs'],
      purpose: 'code-execution',
      condition: { kind: 'other', description: 'when an agent runs code' },
    });
    // letta (56ba9c2): Modal, a GPU platform that also runs sandboxes, imported mostly in its tool sandbox, was one of
    // 24 model providers receiving prompts and retrieved passages.
    const modal = await additionsFor({
      'server/llm.py': 'from openai import OpenAI\n',
      'server/services/tool_sandbox/modal_sandbox.py': 'import modal\n',
      'server/services/tool_sandbox/modal_deploy.py': 'import modal\n',
      'server/services/tool_manager.py': 'import modal\n',
    });
    expect(modal.flowTo('modal')?.entry).toMatchObject({
      dataClasses: ['model-outputs'],
      purpose: 'code-execution',
    });
    // Used for its GPUs, it runs models on what it is sent.
    const gpu = await additionsFor({
      'server/llm.py': 'from openai import OpenAI\n',
      'server/inference/modal_app.py': 'import modal\n',
    });
    expect(gpu.flowTo('modal')?.entry.purpose).toBe('inference');
    const two = await additionsFor({
      'server/llm.py': 'from openai import OpenAI\n',
      'server/sandbox.py': 'from e2b_code_interpreter import Sandbox\nfrom daytona import Daytona\n',
    });
    expect(two.flowTo('daytona')?.entry.condition).toEqual({
      kind: 'other',
      description: 'when configured as the code sandbox',
    });
    expect(two.flowTo('daytona')?.comment).toContain('one of 2 code sandboxes found');
  });

  it('proposes analytics and error tracking read by their key from the environment as switched on by it (Onyx)', async () => {
    // Onyx (a7d66a8): PostHog only with POSTHOG_API_KEY set, proposed as always receiving usage events.
    const keyed = await additionsFor({
      ...APP,
      'server/analytics.py':
        'import os\nfrom posthog import Posthog\nPOSTHOG_API_KEY = os.environ.get("POSTHOG_API_KEY")\nclient = Posthog(POSTHOG_API_KEY)\n',
    });
    expect(keyed.flowTo('posthog')?.entry.condition).toEqual({
      kind: 'other',
      description: 'when its keys are set',
    });
    // Hard-coded into the app, it is on.
    const fixed = await additionsFor({
      ...APP,
      'server/analytics.py':
        'from posthog import Posthog\nclient = Posthog("phc_abc123", host="https://eu.posthog.com")\n',
    });
    expect(fixed.flowTo('posthog')).toBeDefined();
    expect(fixed.flowTo('posthog')?.entry.condition).toBeUndefined();
    // Read from the environment with a built-in key as the fallback, it is on unless a deployment overrides it
    // (skyvern 07222e7: `os.getenv("POSTHOG_API_KEY", "phc_…")`, proposed "when its keys are set").
    const conditionOf = async (read: string) =>
      (
        await additionsFor({
          ...APP,
          'server/analytics.py': `import os\nfrom posthog import Posthog\n${read}\nclient = Posthog(POSTHOG_API_KEY)\n`,
        })
      ).flowTo('posthog')?.entry.condition;
    for (const read of [
      'POSTHOG_API_KEY = os.getenv("POSTHOG_API_KEY", "phc_bf8NCQ2zOyC8W4AAwX9H")',
      'POSTHOG_API_KEY = os.environ.get("POSTHOG_API_KEY") or "phc_bf8NCQ2zOyC8W4AAwX9H"',
    ])
      expect(await conditionOf(read), read).toBeUndefined();
    // A placeholder or an empty fallback switches nothing on.
    for (const read of [
      'POSTHOG_API_KEY = os.getenv("POSTHOG_API_KEY", "")',
      'POSTHOG_API_KEY = os.getenv("POSTHOG_API_KEY", "your-posthog-key")',
    ])
      expect(await conditionOf(read), read).toEqual({ kind: 'other', description: 'when its keys are set' });
  });

  it('proposes an error tracker told to record model calls as receiving prompts and answers (postiz)', async () => {
    // postiz (74b01ad): Sentry's OpenAI integration with `recordInputs: true`, proposed as receiving error reports only.
    const recording = await additionsFor({
      'server/llm.ts': 'import OpenAI from "openai";\n',
      'server/sentry.ts': [
        "import * as Sentry from '@sentry/node';",
        'Sentry.init({',
        '  dsn: "https://abc@o1.ingest.sentry.io/1",',
        '  integrations: [',
        '    Sentry.openAIIntegration({',
        '      recordInputs: true,',
        '      recordOutputs: true,',
        '    }),',
        '  ],',
        '});',
      ].join('\n'),
    });
    expect(recording.flowTo('sentry')?.entry.dataClasses).toEqual(
      expect.arrayContaining(['error-reports', 'prompts', 'model-outputs']),
    );
    expect(
      recording.additions.find(
        (addition) => addition.section === 'subprocessors' && addition.entry.id === 'sentry',
      )?.comment,
    ).toContain('records the inputs and outputs of the model calls it traces (server/sentry.ts:5)');
    // Python: `include_prompts=True`.
    const python = await additionsFor({
      'server/llm.py': 'from openai import OpenAI\n',
      'server/obs.py':
        'import sentry_sdk\nfrom sentry_sdk.integrations.openai import OpenAIIntegration\nsentry_sdk.init(dsn="https://abc@o1.ingest.sentry.io/1", send_default_pii=True, integrations=[OpenAIIntegration(include_prompts=True)])\n',
    });
    expect(python.flowTo('sentry')?.entry.dataClasses).toContain('prompts');
    // Tracing without recording them: errors only.
    const tracing = await additionsFor({
      'server/llm.ts': 'import OpenAI from "openai";\n',
      'server/sentry.ts':
        "import * as Sentry from '@sentry/node';\nSentry.init({ dsn: 'https://abc@o1.ingest.sentry.io/1', integrations: [Sentry.openAIIntegration({ recordInputs: false })] });\n",
    });
    expect(tracing.flowTo('sentry')?.entry.dataClasses).toEqual(['error-reports']);
  });

  it('proposes a sentence embedding model run in our process for embedding, not for answers (Onyx)', async () => {
    // Onyx (a7d66a8): its model server loads SentenceTransformer, a CrossEncoder reranker and tokenizers, and was
    // proposed as an optional model producing answers.
    const server = [
      'from sentence_transformers import SentenceTransformer',
      'from transformers import AutoTokenizer',
      'model = SentenceTransformer(name)',
      'vectors = model.encode(texts)',
    ].join('\n');
    const { flowTo } = await additionsFor({ ...APP, 'model_server/encoders.py': `${server}\n` });
    expect(flowTo('hf-transformers')?.entry).toMatchObject({ purpose: 'embedding' });
    expect(flowTo('hf-transformers')?.entry.dataClasses).not.toContain('model-outputs');
    // One that writes text answers prompts.
    const writer = await additionsFor({
      ...APP,
      'model_server/chat.py': `${server}\nfrom transformers import AutoModelForCausalLM\nllm = AutoModelForCausalLM.from_pretrained(name)\n`,
    });
    expect(writer.flowTo('hf-transformers')?.entry).toMatchObject({ purpose: 'inference' });
  });

  it('counts a platform serving models (Vertex AI) among the model providers (open-notebook, gpt-researcher)', async () => {
    const { flowTo } = await additionsFor({
      ...APP,
      'server/vertex.py':
        'from langchain_google_vertexai import ChatVertexAI\nllm = ChatVertexAI(model=name)\n',
    });
    expect(flowTo('vertex-ai')?.entry).toMatchObject({
      dataClasses: ['prompts', 'model-outputs', 'customer-documents'],
      purpose: 'inference',
      condition: { kind: 'other', description: 'when configured as the model provider' },
    });
    expect(flowTo('vertex-ai')?.comment).toMatch(/one of 4 model providers found/);
  });

  it("reads a selector setting's default as the app's choice, and the others of its kind as alternatives (rag-web-ui)", async () => {
    const { flowTo } = await additionsFor({
      'backend/app/core/config.py':
        'import os\nclass Settings:\n    CHAT_PROVIDER: str = os.getenv("CHAT_PROVIDER", "openai")\n    VECTOR_STORE_TYPE: str = os.getenv("VECTOR_STORE_TYPE", "chroma")\n',
      'backend/app/services/llm.py':
        'from openai import OpenAI\nfrom anthropic import Anthropic\nfrom groq import Groq\n',
      'backend/app/services/stores.py': 'import chromadb\nfrom qdrant_client import QdrantClient\n',
    });
    expect(flowTo('openai')?.entry.condition).toBeUndefined();
    expect(flowTo('openai')?.comment).toContain(
      "the app's default model provider (backend/app/core/config.py:3)",
    );
    expect(flowTo('anthropic')?.entry.condition).toEqual({
      kind: 'other',
      description: 'when configured as the model provider',
    });
    // Two vector stores, one the default: the other is the alternative.
    expect(flowTo('chroma')?.entry.condition).toBeUndefined();
    expect(flowTo('qdrant')?.entry.condition).toEqual({
      kind: 'other',
      description: 'when configured as the vector store',
    });
    expect(flowTo('qdrant')?.comment).toContain('one of 2 vector stores found, another being the default');
  });

  it('proposes a speech vendor with prompts and outputs, no retrieved passages, among the speech providers', async () => {
    const { flowTo, additions } = await additionsFor(APP);
    for (const id of ['elevenlabs', 'deepgram', 'assemblyai']) {
      const flow = flowTo(id);
      expect(flow?.entry, id).toMatchObject({
        // AssemblyAI only listens: it hears the user's spoken prompt and reads no answer aloud.
        dataClasses: id === 'assemblyai' ? ['prompts'] : ['prompts', 'model-outputs'],
        purpose: 'inference',
        condition: { kind: 'other', description: 'when configured as the speech provider' },
      });
      expect(flow?.comment, id).toMatch(/one of 3 speech providers found/);
      expect(flow?.comment, id).not.toMatch(/passages/);
    }
    // The model APIs keep their passages and are three model providers, not six.
    expect(flowTo('openai')?.entry.dataClasses).toEqual(['prompts', 'model-outputs', 'customer-documents']);
    expect(flowTo('openai')?.comment).toMatch(/one of 3 model providers found/);
    expect(additions.some((a) => a.section === 'dataClasses' && a.entry.id === 'customer-documents')).toBe(
      true,
    );
  });

  it('reads which way a speech service works where the code says it (open-notebook: podcasts spoken, recordings ingested)', async () => {
    const { flowTo } = await additionsFor({
      'app/podcasts/tts.py': 'from elevenlabs.client import ElevenLabs\n',
      'app/ingest/sources/transcribe.py': 'from deepgram import DeepgramClient\n',
      'app/voice/speech_to_text.py': 'import assemblyai as aai\n',
    });
    // Text-to-speech receives the answers it reads aloud; speech-to-text the user's question, or a recording to ingest.
    expect(flowTo('elevenlabs')?.entry).toMatchObject({
      dataClasses: ['model-outputs'],
      purpose: 'inference',
    });
    expect(flowTo('deepgram')?.entry).toMatchObject({
      dataClasses: ['customer-documents'],
      purpose: 'ingestion',
    });
    expect(flowTo('assemblyai')?.entry).toMatchObject({ dataClasses: ['prompts'], purpose: 'inference' });
  });

  it('proposes a search or crawl API with prompts only, for retrieval, among the search providers', async () => {
    const { flowTo } = await additionsFor(APP);
    for (const id of ['tavily', 'exa', 'firecrawl']) {
      const flow = flowTo(id);
      expect(flow?.entry, id).toMatchObject({
        dataClasses: ['prompts'],
        purpose: 'retrieval',
        condition: { kind: 'other', description: 'when configured as the search provider' },
      });
      expect(flow?.comment, id).toMatch(/one of 3 search providers found/);
    }
  });

  it('proposes usage events to product analytics, for analytics (AnythingLLM, Onyx: PostHog had no data and no flow)', async () => {
    const { additions, flowTo } = await additionsFor({
      'server/telemetry.js':
        'const { PostHog } = require("posthog-node");\nconst client = new PostHog(key);\n',
    });
    expect(flowTo('posthog')?.entry).toMatchObject({ dataClasses: ['usage-events'], purpose: 'analytics' });
    expect(additions.find((a) => a.entry.id === 'usage-events')?.entry).toMatchObject({
      category: 'telemetry',
    });
  });

  it('proposes error reports to an error tracker, for logging (R2R: Sentry was proposed usage events, for analytics)', async () => {
    const { additions, flowTo } = await additionsFor({
      'core/telemetry/sentry.py': 'import sentry_sdk\nsentry_sdk.init(dsn=dsn, traces_sample_rate=1.0)\n',
    });
    expect(flowTo('sentry')?.entry).toMatchObject({ dataClasses: ['error-reports'], purpose: 'logging' });
    expect(additions.find((a) => a.entry.id === 'error-reports')?.entry).toMatchObject({
      category: 'telemetry',
    });
  });

  it('proposes an embedding flow beside the inference flow of a model API the code also embeds with (Chatbot UI, R2R)', async () => {
    const { additions, flowTo } = await additionsFor({
      'server/rag.py': 'import chromadb\nstore = chromadb.PersistentClient(path="data")\n',
      'server/llm.py': [
        'from openai import OpenAI',
        'client = OpenAI()',
        'def answer(q): return client.chat.completions.create(model="gpt-4o", messages=q)',
        'def embed(texts): return client.embeddings.create(model="text-embedding-3-small", input=texts)',
      ].join('\n'),
    });
    const flows = additions.filter((a) => a.section === 'flows' && a.entry.to === 'openai');
    expect(flows.map((a) => a.entry.purpose)).toEqual(['inference', 'embedding']);
    expect(flows[1]?.entry).toMatchObject({ dataClasses: ['customer-documents', 'prompts'] });
    expect(flows[1]?.comment).toMatch(/also embeds text \(server\/llm\.py:4\)/);
    expect(additions.find((a) => a.entry.id === 'openai')?.entry.dataClasses).toContain('customer-documents');
    // A model API only asked for answers gets no embedding flow.
    const chat = await additionsFor({
      'server/llm.py':
        'from openai import OpenAI\nclient = OpenAI()\nclient.chat.completions.create(model="gpt-4o")\n',
    });
    expect(chat.additions.filter((a) => a.section === 'flows').map((a) => a.entry.purpose)).toEqual([
      'inference',
    ]);
    expect(flowTo('openai')).toBeDefined();
  });

  it('proposes a model API used only in OCR code as receiving documents, for ingestion (R2R: Mistral OCR was a model provider)', async () => {
    const { flowTo } = await additionsFor({
      'core/providers/ocr/mistral.py': 'from mistralai import Mistral\nclient = Mistral(api_key=key)\n',
    });
    expect(flowTo('mistral')?.entry).toMatchObject({
      dataClasses: ['customer-documents'],
      purpose: 'ingestion',
    });
  });

  it('proposes a document-intelligence API used in parser code as receiving documents, for ingestion (SurfSense)', async () => {
    const { flowTo } = await additionsFor({
      'app/etl_pipeline/parsers/azure_doc_intelligence.py':
        'from azure.ai.documentintelligence.aio import DocumentIntelligenceClient\n',
    });
    expect(flowTo('azure-ai-services')?.entry).toMatchObject({
      dataClasses: ['customer-documents'],
      purpose: 'ingestion',
    });
  });

  it("proposes LlamaCloud's parser as receiving whole documents, for ingestion, wherever it is called (SurfSense)", async () => {
    const { flowTo } = await additionsFor({
      'app/services/etl.py':
        'from llama_cloud_services import LlamaParse\nparser = LlamaParse(api_key=key)\n',
    });
    expect(flowTo('llamacloud')?.entry).toMatchObject({
      dataClasses: ['customer-documents'],
      purpose: 'ingestion',
    });
    // refly (71f8b87): Datalab's hosted Marker API, sent whole PDFs, was proposed as answering prompts.
    const marker = await additionsFor({
      'app/parsers/marker.py': 'from datalab_sdk import DatalabClient\nclient = DatalabClient()\n',
    });
    expect(marker.flowTo('datalab')?.entry).toMatchObject({
      dataClasses: ['customer-documents'],
      purpose: 'ingestion',
    });
  });

  it('proposes a sign-in vendor as a sub-processor keeping accounts, and asks the app how its users sign in', async () => {
    const { additions } = await additionsFor({
      'web/middleware.ts':
        "import { clerkMiddleware } from '@clerk/nextjs/server';\nexport default clerkMiddleware();\n",
      'web/lib/llm.ts': "import OpenAI from 'openai';\nconst client = new OpenAI();\n",
    });
    const clerk = additions.find((a) => a.section === 'subprocessors' && a.entry.id === 'clerk');
    expect(clerk?.entry).toMatchObject({ dataClasses: ['user-accounts'] });
    expect(additions.some((a) => a.section === 'flows' && a.entry.to === 'clerk')).toBe(false);
    const app = additions.find((a) => a.section === 'components' && a.entry.id === 'app');
    expect(app?.comment).toContain("say how each one's users sign in (`userAuthentication`");
    expect(app?.comment).toContain(
      'Clerk (sign-in and user management) signs them in (web/middleware.ts:1), so `identityProvider: clerk`',
    );
  });

  it('proposes a Keycloak server the app signs users in with as a component of ours that signs them in (OpenHands)', async () => {
    const { additions } = await additionsFor({
      'enterprise/server/auth/token_manager.py':
        'from keycloak import KeycloakOpenID\nkeycloak = KeycloakOpenID(server_url=KEYCLOAK_SERVER_URL, realm_name=KEYCLOAK_REALM_NAME)\n',
      'enterprise/server/llm.py': 'from openai import OpenAI\nclient = OpenAI()\n',
    });
    // Run by us, so no sub-processor of its own.
    expect(additions.some((a) => a.section === 'subprocessors' && a.entry.id === 'keycloak')).toBe(false);
    const server = additions.find((a) => a.section === 'components' && a.entry.id === 'keycloak');
    expect(server?.entry.name).toBe('Keycloak (sign-in server)');
    const app = additions.find((a) => a.section === 'components' && a.entry.id === 'app');
    expect(app?.comment).toContain('`identityProvider: keycloak`');
  });

  it("reads Supabase's sign-in calls as its sign-in service, beside its database (open-canvas)", async () => {
    const { additions } = await additionsFor({
      'web/auth/login.ts':
        "import { createClient } from '@supabase/supabase-js';\nconst { error } = await supabase.auth.signInWithPassword({ email, password });\n",
      'web/lib/llm.ts': "import OpenAI from 'openai';\n",
      // Its database, used outside the sign-in code: Supabase found only there is the sign-in's client
      // (`reviewRound24.test.ts`, chat-langchain).
      'web/lib/threads.ts':
        "import { createClient } from '@supabase/supabase-js';\nexport const db = createClient(url, key);\n",
    });
    expect(additions.map((a) => a.entry.id)).toEqual(expect.arrayContaining(['supabase', 'supabase-auth']));
    // Its sign-in call proposes the method, and the sign-in service as who signs users in.
    const app = additions.find((a) => a.entry.id === 'app');
    expect(app?.entry.userAuthentication).toEqual({
      methods: ['password'],
      identityProvider: 'supabase-auth',
    });
    expect(app?.comment).toContain('Supabase Auth (sign-in) signs them in (web/auth/login.ts:2)');
  });

  it('proposes a store a LangGraph checkpointer writes to as keeping prompts and answers (SurfSense)', async () => {
    const { additions, flowTo } = await additionsFor({
      'app/agents/checkpointer.py':
        'from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver\nimport psycopg\n',
      'pyproject.toml': '[project]\ndependencies = ["langgraph-checkpoint-postgres>=2", "psycopg[binary]"]\n',
    });
    const store = additions.find((a) => a.section === 'components' && a.entry.id === 'postgres');
    expect(store?.entry.dataClasses).toEqual(['prompts', 'model-outputs']);
    expect(store?.comment).toContain("it keeps each agent conversation's state (a LangGraph checkpointer");
    expect(flowTo('postgres')?.entry).toMatchObject({ purpose: 'storage' });
    // The checkpointer's import alone proves the store (SurfSense's, whose driver imports lay elsewhere).
    const alone = await additionsFor({
      'app/agents/checkpointer.py': 'from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver\n',
    });
    expect(alone.additions.find((a) => a.entry.id === 'postgres')?.entry.dataClasses).toEqual([
      'prompts',
      'model-outputs',
    ]);
    // Without a checkpointer, a database keeps what nobody has said yet.
    const plain = await additionsFor({ 'app/db.py': 'import psycopg\n' });
    expect(plain.additions.find((a) => a.entry.id === 'postgres')?.entry.dataClasses).toBeUndefined();
  });

  it("proposes pgvector reached through Supabase's vector store as an index Supabase holds (ai-pdf-chatbot)", async () => {
    const { additions, flowTo } = await additionsFor({
      'backend/src/shared/retrieval.ts':
        "import { SupabaseVectorStore } from '@langchain/community/vectorstores/supabase';\nimport { createClient } from '@supabase/supabase-js';\nconst client = createClient(process.env.SUPABASE_URL ?? '', key);\nconst store = new SupabaseVectorStore(embeddings, { client });\n",
      'backend/src/llm.ts': "import OpenAI from 'openai';\n",
    });
    const index = additions.find((a) => a.section === 'components' && a.entry.provider === 'pgvector');
    expect(index?.entry).toMatchObject({ kind: 'vector-store', hosting: 'vendor', subprocessor: 'supabase' });
    expect(
      additions.find((a) => a.section === 'subprocessors' && a.entry.id === 'supabase')?.entry.dataClasses,
    ).toEqual(['document-embeddings', 'customer-documents']);
    expect(flowTo('supabase')?.entry).toMatchObject({ purpose: 'retrieval' });
    expect(flowTo('pgvector')).toBeUndefined();
  });

  /** MaxKB's shape: a provider adapter with its chat module and one more module, `module`. */
  const zhipuFlows = async (module: string) => {
    const client = 'from zhipuai import ZhipuAI\nclient = ZhipuAI()\n';
    const { additions } = await additionsFor({
      'apps/models_provider/impl/zhipu_model_provider/model/llm.py': client,
      [`apps/models_provider/impl/zhipu_model_provider/model/${module}`]: client,
    });
    return additions.filter((a) => a.section === 'flows' && a.entry.to === 'zhipu');
  };

  it("proposes an embedding flow for a provider whose adapter has an embedding module (MaxKB's providers)", async () => {
    const flows = await zhipuFlows('embedding.py');
    expect(flows.map((a) => a.entry.purpose)).toEqual(['inference', 'embedding']);
    expect(flows[1]?.comment).toMatch(
      /also embeds text \(apps\/models_provider\/impl\/zhipu_model_provider\/model\/embedding\.py:1\)/,
    );
  });

  it("proposes a rerank flow for a model provider whose adapter has a rerank module (MaxKB's Xinference, Ollama)", async () => {
    const flows = await zhipuFlows('reranker.py');
    expect(flows.map((a) => a.entry.purpose)).toEqual(['inference', 'retrieval']);
    expect(flows[1]?.entry.dataClasses).toEqual(['prompts', 'customer-documents']);
    expect(flows[1]?.comment).toMatch(
      /also reranks \(apps\/models_provider\/impl\/zhipu_model_provider\/model\/reranker\.py:1\)/,
    );
  });

  it("proposes a model API used only to embed as receiving documents, for embedding (dialoqbase's Cohere)", async () => {
    const { additions } = await additionsFor({
      'server/src/utils/embeddings.ts':
        'import { CohereEmbeddings } from "@langchain/cohere";\nexport const cohere = () => new CohereEmbeddings({});\n',
      'server/src/utils/validate.ts': 'export const hasKey = () => process.env.COHERE_API_KEY;\n',
    });
    const flows = additions.filter((a) => a.section === 'flows' && a.entry.to === 'cohere');
    expect(flows.map((a) => [a.entry.purpose, a.entry.dataClasses])).toEqual([
      ['embedding', ['customer-documents']],
    ]);
  });

  it("reads an SDK import in a file naming only embedding models as embedding (vector-admin's OpenAI)", async () => {
    const embedder =
      'const { Configuration, OpenAIApi } = require("openai");\nclass OpenAi {\n  async embed(input) {\n    return this.openai.createEmbedding({\n      model: "text-embedding-ada-002",\n      input,\n    });\n  }\n}\nmodule.exports = { OpenAi };\n';
    const { additions } = await additionsFor({ 'backend/utils/openAi/index.js': embedder });
    const flows = additions.filter((a) => a.section === 'flows' && a.entry.to === 'openai');
    expect(flows.map((a) => a.entry.purpose)).toEqual(['embedding']);
    // The same file naming a chat model too answers prompts.
    const chat = embedder.replace('module.exports', 'const CHAT = { model: "gpt-4o-mini" };\nmodule.exports');
    const both = await additionsFor({ 'backend/utils/openAi/index.js': chat });
    expect(
      both.additions
        .filter((a) => a.section === 'flows' && a.entry.to === 'openai')
        .map((a) => a.entry.purpose),
    ).toContain('inference');
  });

  it("proposes a rerank flow for an embedding API whose adapter has a rerank module too (TaskingAI's Jina)", async () => {
    const { additions } = await additionsFor({
      'inference/providers/jina/text_embedding.py': 'API_URL = "https://api.jina.ai/v1/embeddings"\n',
      'inference/providers/jina/rerank.py': 'API_URL = "https://api.jina.ai/v1/rerank"\n',
    });
    const flows = additions.filter((a) => a.section === 'flows' && a.entry.to === 'jina');
    expect(flows.map((a) => a.entry.purpose)).toEqual(['embedding', 'retrieval']);
    expect(flows[1]?.comment).toContain('also reranks (inference/providers/jina/rerank.py:1)');
  });

  it("reads a schema's documented example as no call: no rerank flow from it (TaskingAI's rerank schema)", async () => {
    const { additions } = await additionsFor({
      'inference/llm.py': 'from openai import OpenAI\nclient = OpenAI()\n',
      'inference/app/routes/rerank/schema.py':
        'class RerankRequest(BaseModel):\n    credentials: Optional[Dict] = Field(\n        None,\n        examples=[{"OPENAI_API_KEY": "YOUR_OPENAI_API_KEY"}],\n    )\n    model_schema_id: str = Field(examples=["openai/gpt-4"])\n',
    });
    const flows = additions.filter((a) => a.section === 'flows' && a.entry.to === 'openai');
    expect(flows.map((a) => a.entry.purpose)).toEqual(['inference']);
  });

  it('proposes an object store as keeping the files users upload, for storage (vercel/ai-chatbot, R2R: no data)', async () => {
    const { flowTo } = await additionsFor({
      'app/api/files/upload/route.ts':
        'import { put } from "@vercel/blob";\nexport async function POST(file: File) { return put(file.name, file, { access: "public" }); }\n',
    });
    expect(flowTo('vercel-blob')?.entry).toMatchObject({
      dataClasses: ['customer-documents'],
      purpose: 'storage',
    });
  });

  it('proposes each of several file stores as used only when configured (LibreChat: S3, Azure Blob, Firebase)', async () => {
    const { flowTo } = await additionsFor({
      'api/files/s3.js': "const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');\n",
      'api/files/azure.js': "const { BlobServiceClient } = require('@azure/storage-blob');\n",
    });
    for (const id of ['aws-s3', 'azure-blob-storage'])
      expect(flowTo(id)?.entry, id).toMatchObject({
        purpose: 'storage',
        condition: { kind: 'other', description: 'when configured as the file store' },
      });
    // One is no choice.
    const one = await additionsFor({
      'api/files/s3.js': "const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');\n",
    });
    expect(one.flowTo('aws-s3')?.entry.condition).toBeUndefined();
  });

  it('proposes a model API used only to rerank as receiving the query and passages, for retrieval (quivr, LibreChat)', async () => {
    const { flowTo } = await additionsFor({
      'core/rag.py':
        'from langchain_cohere import CohereRerank\nfrom langchain_community.document_compressors import JinaRerank\nuse(JinaRerank)\nreranker = CohereRerank(model="rerank-v3.5")\n',
      'core/llm.py': 'from openai import OpenAI\n',
    });
    expect(flowTo('cohere')?.entry).toMatchObject({
      dataClasses: ['prompts', 'customer-documents'],
      purpose: 'retrieval',
    });
    // A chat model from the same vendor elsewhere keeps it a model provider.
    const chat = await additionsFor({
      'core/rag.py': 'from langchain_cohere import CohereRerank\nuse(CohereRerank)\n',
      'core/chat.py': 'import cohere\nco = cohere.ClientV2()\nco.chat(model="command-r")\n',
    });
    expect(chat.flowTo('cohere')?.entry.purpose).toBe('inference');
  });

  it('counts one speech vendor alone as no alternative, and still proposes it', async () => {
    const { flowTo } = await additionsFor({
      'server/llm.py': 'from openai import OpenAI\n',
      'server/voice.py': 'from elevenlabs.client import ElevenLabs\n',
    });
    expect(flowTo('elevenlabs')?.entry).toMatchObject({ dataClasses: ['prompts', 'model-outputs'] });
    expect(flowTo('elevenlabs')?.entry.condition).toBeUndefined();
  });

  it('names only catalog providers, speech services and search or crawl APIs, none a model API', () => {
    for (const id of [...SPEECH, ...SEARCHERS]) expect(findProvider(id), id).toBeDefined();
    // The agents' search and crawl APIs, and the classic web search APIs beside them (both read the public web).
    for (const id of SEARCHERS)
      expect(['ml-platform', 'web-search'], id).toContain(findProvider(id)?.category);
    for (const id of SPEECH)
      expect(findProvider(id)?.name, id).toMatch(
        /speech|TTS|ElevenLabs|Deepgram|AssemblyAI|Kokoro|Transcribe|gTTS/i,
      );
  });
});

describe('settings templates, mocks and debugging scripts are not production (LibreChat, Onyx)', () => {
  it('classes stand-in data files and debugging scripts, and keeps look-alike names production', () => {
    expect(conventionalClass('client/src/components/Chat/Menus/Models/fakeData.ts')).toBe('test');
    expect(conventionalClass('web/src/mockProviders.tsx')).toBe('test');
    expect(conventionalClass('backend/fake_llm.py')).toBe('test');
    expect(conventionalClass('backend/scripts/debugging/litellm/call_litellm.py')).toBe('example');
    expect(conventionalClass('src/facade.ts')).toBeUndefined();
    expect(conventionalClass('src/mockingbird.ts')).toBeUndefined();
  });

  it('finds a vendor named only in an example settings file mentioned, as in .env.example', async () => {
    const report = await scan({
      'librechat.example.yaml':
        'endpoints:\n  custom:\n    - name: groq\n      baseURL: https://api.groq.com/openai/v1/\n      apiKey: groq-key\n',
      'config/settings.yaml': 'endpoints:\n  openai:\n    baseURL: https://api.openai.com/v1\n',
    });
    expect(statusOf(report, 'groq')).toBe('mentioned');
    expect(statusOf(report, 'openai')).toBe('used');
  });
});

describe("a Prisma schema's datasource is the app's database (AnythingLLM)", () => {
  it('finds the database it names, not one in a commented-out block', async () => {
    const report = await scan({
      'server/prisma/schema.prisma': [
        'generator client {',
        '  provider = "prisma-client-js"',
        '}',
        '// Uncomment to use PostgreSQL',
        '// datasource db {',
        '//   provider = "postgresql"',
        '//   url      = env("DATABASE_URL")',
        '// }',
        'datasource db {',
        '  provider = "sqlite"',
        '  url      = "file:../storage/anythingllm.db"',
        '}',
        'model workspace_chats {',
        '  id     Int    @id @default(autoincrement())',
        '  prompt String',
        '}',
        '',
      ].join('\n'),
    });
    const sqlite = report.findings.find((finding) => finding.provider === 'sqlite');
    expect(sqlite?.status).toBe('used');
    expect(sqlite?.evidence[0]).toMatchObject({
      file: 'server/prisma/schema.prisma',
      line: 10,
      signal: 'config',
    });
    expect(report.findings.find((finding) => finding.provider === 'postgres')).toBeUndefined();
  });

  it('reads PostgreSQL, MySQL and MongoDB datasources, and a schema among examples as mentioned', async () => {
    const schema = (provider: string) =>
      `datasource db {\n  provider = "${provider}"\n  url = env("DATABASE_URL")\n}\n`;
    const report = await scan({
      'prisma/schema.prisma': schema('postgresql'),
      'apps/web/schema.prisma': schema('mongodb'),
      'examples/blog/schema.prisma': schema('mysql'),
    });
    expect(statusOf(report, 'postgres')).toBe('used');
    expect(statusOf(report, 'mongodb')).toBe('used');
    expect(statusOf(report, 'mysql')).toBe('mentioned');
  });
});

describe('a tokenizer is no model (quivr)', () => {
  it('finds Transformers mentioned where every import loads a tokenizer only, used where one loads a model', async () => {
    const tokenizers = {
      'core/llm_endpoint.py':
        'from transformers import GPT2TokenizerFast\nfrom transformers import AutoTokenizer\ntok = AutoTokenizer.from_pretrained("gpt2")\n',
    };
    expect(statusOf(await scan(tokenizers), 'hf-transformers')).toBe('mentioned');
    const model = { ...tokenizers, 'core/generate.py': 'from transformers import AutoModelForCausalLM\n' };
    expect(statusOf(await scan(model), 'hf-transformers')).toBe('used');
    const both = { 'core/run.py': 'from transformers import AutoTokenizer, pipeline\n' };
    expect(statusOf(await scan(both), 'hf-transformers')).toBe('used');
  });
});

describe('a store proposed with nothing said of what it keeps asks for it (dialoqbase, Cheshire Cat)', () => {
  it("asks what the app's database keeps and for how long, not what a vector store does", async () => {
    const { additions } = await proposalsFor({
      'server/db.py': 'import psycopg\nconn = psycopg.connect(DSN)\n',
      'server/rag.py': 'import chromadb\nstore = chromadb.PersistentClient(path="data")\n',
    });
    const comment = (provider: string) =>
      additions.find((addition) => addition.section === 'components' && addition.entry.provider === provider)
        ?.comment;
    expect(comment('postgres')).toContain('say what it keeps (`dataClasses`');
    expect(comment('chroma')).not.toContain('say what it keeps');
  });
});

describe("the application's folders are where providers are called from (dialoqbase)", () => {
  // Once the folder of most calls alone; the twenty-fourth session's reviews found that one folder arbitrary
  // (chat-langchain's model calls outside it, `reviewRound24.test.ts`): each folder with a call is listed.
  it('proposes the app with each folder of calls, not the first one alone', async () => {
    const { additions } = await proposalsFor({
      'app/ui/src/BotForm.tsx': 'import Anthropic from "@anthropic-ai/sdk";\n',
      'server/src/chat.ts': 'import OpenAI from "openai";\n',
      'server/src/embed.ts': 'import { CohereClient } from "cohere-ai";\n',
    });
    const app = additions.find(
      (addition) => addition.section === 'components' && addition.entry.id === 'app',
    );
    expect(app?.entry.paths).toEqual(['app', 'server']);
  });
});

describe('who runs a model server the code reaches by URL is left open (Perplexica, MaxKB)', () => {
  const componentFor = async (files: Record<string, string>, provider: string) =>
    (await proposalsFor(files)).additions.find(
      (addition) => addition.section === 'components' && addition.entry.provider === provider,
    )?.entry;

  it('proposes no hosting for a runtime only reached by URL, self-hosted for one the repository runs or in-process', async () => {
    const client = { 'server/llm.py': 'import ollama\nclient = ollama.Client(host=settings.url)\n' };
    const byUrl = await componentFor(client, 'ollama');
    expect(byUrl).toBeDefined();
    expect(byUrl?.hosting).toBeUndefined();
    const comment = (await proposalsFor(client)).additions.find(
      (addition) => addition.entry.provider === 'ollama',
    )?.comment;
    expect(comment).toContain('say who runs it');
    const composed = await componentFor(
      { ...client, 'docker-compose.yml': 'services:\n  ollama:\n    image: ollama/ollama:latest\n' },
      'ollama',
    );
    expect(composed?.hosting).toBe('self-hosted');
    const inProcess = await componentFor(
      { 'server/embed.py': 'from transformers import AutoModel\nmodel = AutoModel.from_pretrained("x")\n' },
      'hf-transformers',
    );
    expect(inProcess?.hosting).toBe('self-hosted');
  });
});

describe('what the reviews of R2R, PrivateGPT, Chatbot UI and Casibase found discovery missing', () => {
  it("a web framework's Redis session store, imported for its side effect, is Redis (Casibase)", async () => {
    // Casibase (7757288): `_ "github.com/beego/beego/session/redis"` in main.go; Redis was "not found in the code".
    const report = await scan({
      'main.go':
        'package main\n\nimport (\n\t"fmt"\n\t_ "github.com/beego/beego/session/redis"\n)\n\nfunc main() { fmt.Println(1) }\n',
    });
    expect(statusOf(report, 'redis')).toBe('used');
  });

  it('a database SQLAlchemy reaches by its URL is used, though the driver is never imported (Autoflow)', async () => {
    // Autoflow (7eb3e1c): TiDB through `mysql+pymysql://`; MySQL was "not found in the code".
    const report = await scan({
      'backend/app/core/config.py':
        'from pydantic_core import MultiHostUrl\nurl = MultiHostUrl.build(scheme="mysql+pymysql", username=user, host=host)\n',
      'backend/app/core/db.py': 'async_url = f"postgresql+asyncpg://{user}@{host}/{name}"\n',
    });
    expect(statusOf(report, 'mysql')).toBe('used');
    expect(statusOf(report, 'postgres')).toBe('used');
  });
});

describe('a key that row-level security does not apply to', () => {
  it("reports each Supabase client made with the service-role key in production code (Chatbot UI's retrieval route)", async () => {
    const route = [
      'import { createClient } from "@supabase/supabase-js"',
      'export async function POST(request: Request) {',
      '  const supabaseAdmin = createClient(',
      '    process.env.NEXT_PUBLIC_SUPABASE_URL!,',
      '    process.env.SUPABASE_SERVICE_ROLE_KEY!',
      '  )',
      '}',
    ].join('\n');
    const report = await scan({
      'app/api/retrieval/retrieve/route.ts': route,
      // The browser's client with the anon key, and the same words in a test, are not such a path.
      'lib/supabase/browser-client.ts':
        'import { createClient } from "@supabase/supabase-js"\nexport const supabase = createClient(url, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!)\n',
      '__tests__/admin.test.ts': route,
    });
    const facts = report.facts.filter((fact) => fact.kind === 'rls-bypass-key');
    expect(facts.map((fact) => `${fact.evidence[0]!.file}:${fact.evidence[0]!.line}`)).toEqual([
      'app/api/retrieval/retrieve/route.ts:5',
    ]);
    // Beside tables whose row-level security discovery reports, the terminal report says it does not cover that path.
    const withTables = await scan({
      'app/api/retrieval/retrieve/route.ts': route,
      'supabase/migrations/001_items.sql':
        'create table file_items (id uuid primary key, user_id uuid, local_embedding vector(384));\nalter table file_items enable row level security;\n',
    });
    expect(renderDiscoveryText(withTables)).toContain(
      'row-level security does not apply to the service-role key the code also connects with',
    );
  });
});

describe('what the reviews of SurfSense and LibreChat found discovery reading as use', () => {
  it("an icon switch over provider names is no provider type the code dispatches on (SurfSense's provider-icons.tsx)", async () => {
    const report = await scan({
      'web/lib/provider-icons.tsx':
        'export function ProviderIcon({ name }) {\n  switch (name) {\n    case "AI21":\n      return <Ai21Logo />;\n    case "GROQ":\n      return <GroqLogo />;\n  }\n}\n',
      'src/llm.ts': "switch (provider) {\n  case 'lmstudio':\n    return lm();\n}\n",
    });
    expect(statusOf(report, 'ai21')).toBeUndefined();
    expect(statusOf(report, 'groq')).toBeUndefined();
    expect(statusOf(report, 'lmstudio')).toBe('used');
  });

  it("a domain listed as data is no host the code reaches (SurfSense's e-mail domains to skip: Sentry)", async () => {
    const listed = await scan({
      'app/utils/crawl/contacts.py':
        '_NOISE_EMAIL_DOMAINS = {\n    "example.com",\n    "sentry.io",\n    "wixpress.com",\n}\n',
    });
    expect(statusOf(listed, 'sentry')).toBe('mentioned');
    const reached = await scan({
      'app/errors.py': 'SENTRY_HOST = "sentry.io"\nrequests.post(f"https://sentry.io/api/{id}/store/")\n',
    });
    expect(statusOf(reached, 'sentry')).toBe('used');
  });

  it('a setting given a value that turns it off is no proof of use (SurfSense: LANGCHAIN_TRACING_V2=false)', async () => {
    const off = await scan({
      'docker/docker-compose.dev.yml':
        'services:\n  backend:\n    environment:\n      - LANGCHAIN_TRACING_V2=false\n      - LANGSMITH_TRACING=false\n',
    });
    expect(statusOf(off, 'langsmith')).toBeUndefined();
    const on = await scan({
      'docker/docker-compose.dev.yml':
        'services:\n  backend:\n    environment:\n      - LANGCHAIN_TRACING_V2=true\n',
    });
    expect(statusOf(on, 'langsmith')).toBeDefined();
  });
});

describe('a search engine is a vector store only where the code searches vectors (LibreChat, kotaemon)', () => {
  const proposed = async (files: Record<string, string>, provider: string) => {
    const { report, additions } = await proposalsFor(files);
    return {
      finding: report.findings.find((entry) => entry.provider === provider),
      addition: additions.find(
        (entry) => entry.section === 'components' && entry.entry.provider === provider,
      ),
    };
  };

  it("proposes LibreChat's Meilisearch of chat messages as a search index, holding no embeddings", async () => {
    const { finding, addition } = await proposed(
      {
        'api/models/plugins/mongoMeili.js':
          "const { MeiliSearch } = require('meilisearch');\nconst client = new MeiliSearch({ host: process.env.MEILI_HOST });\n",
        'docker-compose.yml': 'services:\n  meilisearch:\n    image: getmeili/meilisearch:v1.12.3\n',
      },
      'meilisearch',
    );
    expect(finding).toMatchObject({ category: 'datastore', ai: false, status: 'used' });
    expect(addition?.entry.kind).toBe('datastore');
    expect(addition?.comment).toContain(
      'no vector search was found in the code, so it is proposed as a datastore',
    );
  });

  it("proposes open-notebook's SurrealDB as a datastore, and as a vector store where the code searches vectors", async () => {
    const client = { 'open_notebook/database/repository.py': 'from surrealdb import AsyncSurreal\n' };
    const datastore = await proposed(client, 'surrealdb');
    expect(datastore.finding).toMatchObject({ category: 'datastore', status: 'used' });
    expect(datastore.addition?.entry.kind).toBe('datastore');
    const vectors = await proposed(
      {
        ...client,
        'open_notebook/domain/search.py':
          'from surrealdb import AsyncSurreal\nQUERY = "SELECT *, vector::similarity::cosine(embedding, $vec) AS score FROM chunk"\n',
      },
      'surrealdb',
    );
    expect(vectors.finding?.category).toBe('vector-store');
    expect(vectors.addition?.entry.kind).toBe('vector-store');
  });

  it('keeps one in a vector store module, through a LangChain vector store or with a vector mapping a vector store', async () => {
    for (const files of <Record<string, string>[]>[
      { 'mem0/vector_stores/elasticsearch.py': 'from elasticsearch import Elasticsearch\n' },
      {
        'kb/es_service.py':
          'from langchain_community.vectorstores.elasticsearch import ElasticsearchStore\nuse(ElasticsearchStore)\n',
      },
      {
        'rag/es_conn.py':
          'from elasticsearch import Elasticsearch\nMAPPING = {"properties": {"q_vec": {"type": "dense_vector", "dims": 1024}}}\n',
      },
    ]) {
      const { finding, addition } = await proposed(files, 'elasticsearch');
      expect(finding?.category).toBe('vector-store');
      expect(addition?.entry.kind).toBe('vector-store');
    }
    const docstore = await proposed(
      { 'kotaemon/storages/docstores/elasticsearch.py': 'from elasticsearch import Elasticsearch\n' },
      'elasticsearch',
    );
    expect(docstore.finding?.category).toBe('datastore');
  });
});

describe('how users sign in, proposed from the sign-in set-up in the code', () => {
  /** What `init` would propose for the application component of `files`. */
  async function application(files: Record<string, string>) {
    const { additions } = await proposalsFor({ 'server/llm.ts': "import OpenAI from 'openai';\n", ...files });
    return additions.find((a) => a.section === 'components' && a.entry.id === 'app');
  }

  it("reads no sign-in from a tool's login elsewhere: a CLI's device flow, a schema generator's config, a workflow tool", async () => {
    // cognee (a8f9760): Auth0 only in the CLI's device login to its cloud; sim (0b232eb): Clerk only as a workflow
    // tool; latitude-llm (10c6c2d): passwords on only in `auth.cli.ts`, read by Better Auth's schema generator.
    const app = await application({
      'cognee/api/v1/serve/device_auth.py':
        'from auth0.authentication import GetToken\nAUTH0_DOMAIN = "x.auth0.com"\n',
      'apps/sim/tools/clerk/add_member.ts': "import { createClerkClient } from '@clerk/backend';\n",
      'packages/db/auth.cli.ts': 'export const auth = betterAuth({ emailAndPassword: { enabled: true } });\n',
      'server/auth.ts': 'export const auth = betterAuth({ socialProviders: { google: { clientId } } });\n',
    });
    expect(app?.entry.userAuthentication).not.toHaveProperty('identityProvider');
    expect((app?.entry.userAuthentication as { methods?: string[] } | undefined)?.methods).not.toContain(
      'password',
    );
  });

  it("reads Passport's OAuth 2.0 sign-in to an identity provider the deployment configures (tiledesk-server)", async () => {
    // tiledesk-server (b70caa4): `middleware/passport.js` signs users in with passport-oauth2 against
    // OAUTH2_AUTH_URL and OAUTH2_USER_INFO_URL; only password and social were proposed, and three SSO answers said No.
    const app = await application({
      'middleware/passport.js': [
        "const LocalStrategy = require('passport-local').Strategy;",
        "const OAuth2Strategy = require('passport-oauth2');",
        'this._oauth2.get(process.env.OAUTH2_USER_INFO_URL, accessToken, done);',
        'passport.use(new OAuth2Strategy({ authorizationURL: process.env.OAUTH2_AUTH_URL }));',
      ].join('\n'),
    });
    expect((app?.entry.userAuthentication as { methods?: string[] } | undefined)?.methods).toEqual(
      expect.arrayContaining(['password', 'oidc']),
    );
  });

  it('reads Better Auth: passwords off, social, single sign-on and SCIM on (inbox-zero)', async () => {
    const app = await application({
      'server/auth.ts': [
        'import { sso } from "@better-auth/sso";',
        'import { scim } from "@better-auth/scim";',
        'const socialProviders = { google: googleSocialProvider };',
        'export const auth = betterAuth({',
        '  emailAndPassword: {',
        '    enabled: false,',
        '  },',
        '  plugins: [sso({ disableImplicitSignUp: false }), scim({ storeSCIMToken: "hashed" })],',
        '  socialProviders,',
        '});',
      ].join('\n'),
      // A React context named like Auth.js's email provider, and an icon named like its Google provider.
      'web/providers/EmailProvider.tsx':
        'export function EmailProvider(props: { children: React.ReactNode }) {}\n',
      'web/icons.tsx': 'export function Google({ className }: Props) { return null; }\n',
    });
    expect(app?.entry.userAuthentication).toEqual({ methods: ['social', 'oidc', 'saml'], scim: true });
    expect(app?.comment).toContain('saml (server/auth.ts:8)');
  });

  it('reads Auth.js credentials and an OpenID Connect provider (karakeep), and FastAPI Users with SAML (Onyx)', async () => {
    const next = await application({
      'web/server/auth.ts': [
        'import CredentialsProvider from "next-auth/providers/credentials";',
        'const providers = [',
        '  CredentialsProvider({ name: "Credentials", credentials: { email: {}, password: { type: "password" } } }),',
        '  { id: "custom", type: "oauth", wellKnown: oauth.wellKnownUrl },',
        '];',
      ].join('\n'),
    });
    expect(next?.entry.userAuthentication).toEqual({ methods: ['password', 'oidc'] });
    const python = await application({
      'backend/auth/users.py': 'from fastapi_users import FastAPIUsers\nimport pyotp\n',
      'backend/server/saml.py': 'from onelogin.saml2.auth import OneLogin_Saml2_Auth\n',
    });
    expect(python?.entry.userAuthentication).toEqual({ methods: ['password', 'saml'], mfa: 'optional' });
    expect(python?.comment).toContain('`mfa: optional`');
  });

  it('tells a code sent by email from a link (midday: Supabase’s one call sends either)', async () => {
    const form = 'await supabase.auth.signInWithOtp({ email });\n';
    const code = await application({
      'web/otp-sign-in.tsx': form,
      'web/actions/verify-otp.ts': 'await supabase.auth.verifyOtp({ email, token, type: "email" });\n',
    });
    expect(code?.entry.userAuthentication).toEqual({
      methods: ['email-code'],
      identityProvider: 'supabase-auth',
    });
    const link = await application({ 'web/sign-in.tsx': form });
    expect(link?.entry.userAuthentication).toEqual({
      methods: ['magic-link'],
      identityProvider: 'supabase-auth',
    });
  });

  it("tells Auth.js's email provider sending a code of its own from one sending a link (sourcebot)", async () => {
    // sourcebot (7f7be84): `EmailProvider({ generateVerificationToken: … six digits … })`, mailed as "Log in to Sourcebot
    // using this code", was proposed as a link sent by email and rubber-stamped into six answers.
    const code = await application({
      'web/src/auth.ts': [
        "import EmailProvider from 'next-auth/providers/nodemailer';",
        'export const providers = [',
        '  EmailProvider({',
        '    server: smtp,',
        '    generateVerificationToken: async () => String(Math.floor(100000 + Math.random() * 900000)),',
        '    sendVerificationRequest: async ({ identifier, provider, token }) => send(identifier, token),',
        '  }),',
        '];',
        '',
      ].join('\n'),
    });
    expect(code?.entry.userAuthentication).toMatchObject({ methods: ['email-code'] });
    // One whose email carries the link is a link, its token generator or not.
    for (const setUp of [
      'EmailProvider({ server: smtp });',
      'EmailProvider({ generateVerificationToken: () => code(), sendVerificationRequest: async ({ identifier, url, token }) => send(url) });',
    ]) {
      const link = await application({
        'web/src/auth.ts': `import EmailProvider from 'next-auth/providers/nodemailer';\n${setUp}\n`,
      });
      expect(link?.entry.userAuthentication).toMatchObject({ methods: ['magic-link'] });
    }
  });

  it('reads SuperTokens recipes: passwords, third-party accounts and a code by email (agenta)', async () => {
    const app = await application({
      'api/auth/config.py': [
        'from supertokens_python.recipe import emailpassword, passwordless, thirdparty',
        'recipes = [',
        '    emailpassword.init(),',
        '    passwordless.init(flow_type="USER_INPUT_CODE", contact_config=ContactEmailOnlyConfig()),',
        '    thirdparty.init(sign_in_and_up_feature=providers),',
        ']',
      ].join('\n'),
    });
    expect(app?.entry.userAuthentication).toEqual({ methods: ['password', 'email-code', 'social'] });
  });

  it('reads no password from a credentials provider that takes a code, nor from a share link’s password (papermark)', async () => {
    // papermark (7ff2e65): its credentials provider takes the identity provider's code (SAML started there), and a
    // share link's password is checked with bcrypt; "password" was proposed and, stamped, told to buyers.
    const app = await application({
      'pages/api/auth/nextauth.ts':
        'GoogleProvider({ clientId, clientSecret }),\nCredentialsProvider({\n  id: "saml-idp",\n  credentials: { code: { type: "text" } },\n}),\n',
      'lib/utils.ts': 'const match = await bcrypt.compare(password, hashedPassword);\n',
      'app/api/scim/v2.0/[...directory]/route.ts':
        'import type { DirectorySyncEvent } from "@boxyhq/saml-jackson";\n',
    });
    expect(app?.entry.userAuthentication).toEqual({ methods: ['social', 'saml'], scim: true });
  });

  it('reads sign-in built by hand in the sign-in code, and the same calls nowhere else (Plane)', async () => {
    // Plane (4ca6d6c): its own credentials and OAuth providers check a password with Django's `check_password` and
    // send users to Google's and GitHub's authorize addresses; `init` had proposed no way to sign in.
    const plane = await application({
      'apps/api/plane/authentication/provider/credentials/email.py':
        'class EmailProvider(CredentialAdapter):\n    def set_user_data(self):\n        if not user.check_password(self.code):\n            raise AuthenticationException()\n',
      'apps/api/plane/authentication/provider/oauth/google.py':
        'auth_url = f"https://accounts.google.com/o/oauth2/v2/auth?{urlencode(url_params)}"\n',
    });
    expect(plane?.entry.userAuthentication).toEqual({ methods: ['password', 'social'] });
    expect(plane?.comment).toContain(
      'password (apps/api/plane/authentication/provider/credentials/email.py:3)',
    );
    // lunary (a86d698): its sign-in route calls its own helper.
    const lunary = await application({
      'packages/backend/src/api/v1/auth/index.ts':
        'const passwordCorrect = await verifyPassword(password, user.passwordHash);\n',
    });
    expect(lunary?.entry.userAuthentication).toEqual({ methods: ['password'] });
    // The same calls outside sign-in: a share link's password, a connector reading a user's Google Drive, and the
    // helper's own definition.
    const elsewhere = await application({
      'lib/links/verify.ts': 'const ok = await bcrypt.compare(password, link.password);\n',
      'backend/connectors/google_drive/auth.py': 'AUTH_URL = "https://accounts.google.com/o/oauth2/auth"\n',
      'backend/auth/passwords.py':
        'def verify_password(plain, hashed):\n    return ctx.hash(plain) == hashed\n',
    });
    expect(elsewhere?.entry.userAuthentication).toBeUndefined();
    // skyvern (07222e7): an integration's consent for a user's Sheets and Drive, in a file named for OAuth, and one-time
    // codes made for the websites its agent logs in to, were read as social sign-in and a second factor.
    const integration = await application({
      'skyvern/services/google_oauth_service.py':
        'AUTH_URL = "https://accounts.google.com/o/oauth2/v2/auth"\nSCOPES = ["https://www.googleapis.com/auth/spreadsheets", "https://www.googleapis.com/auth/drive.file"]\n',
      'skyvern/routes/credentials.py': 'import pyotp\ncode = pyotp.TOTP(secret).now()\n',
    });
    expect(integration?.entry.userAuthentication).toBeUndefined();
    // Kiln (66cbe9d): a GitHub App's user-access flow that syncs a project to the user's repository, in `git_sync/oauth.py`,
    // was read as social sign-in; the app has no accounts, and the rubber stamp said users sign in with GitHub.
    const gitSync = await application({
      'app/desktop/git_sync/oauth.py':
        'GITHUB_APP_NAME = "kiln-ai-github-sync"\nbase = f"https://github.com/apps/{GITHUB_APP_NAME}/installations/new"\nreturn "https://github.com/login/oauth/authorize?" + urlencode(params)\n',
      'app/desktop/github/oauth.py':
        'url = f"https://github.com/apps/{APP}/installations/new"\nauth = "https://github.com/login/oauth/authorize?" + q\n',
    });
    expect(gitSync?.entry.userAuthentication).toBeUndefined();
    // gpt-pilot (186f98e): the password sign-in of an app it generates for its users, in its templates, was proposed as
    // its own, and a rubber stamp said so in five answers.
    const scaffold = await application({
      'core/templates/tree/node_express_mongoose/routes/authRoutes.js':
        "router.post('/login', async (req, res) => {\n  const ok = await bcrypt.compare(req.body.password, user.password);\n});\n",
    });
    expect(scaffold?.entry.userAuthentication).toBeUndefined();
    // postiz (74b01ad): a generic OpenID Connect provider each deployment configures by its addresses; the rubber stamp
    // answered "No" to "SAML or OIDC?".
    const generic = await application({
      'apps/backend/src/services/auth/providers/oauth.provider.ts':
        "const { POSTIZ_OAUTH_AUTH_URL, POSTIZ_OAUTH_USERINFO_URL } = process.env;\nconst params = new URLSearchParams({ scope: 'openid profile email' });\n",
      'apps/backend/src/services/auth/auth.service.ts':
        'const ok = await bcrypt.compare(body.password, user.password);\n',
    });
    expect(generic?.entry.userAuthentication).toEqual({ methods: ['password', 'oidc'] });
    // onlook (ab9333d): a development login signing in a seeded account's password, beside its real GitHub and Google
    // sign-in; the rubber stamp said users sign in with a password.
    const seeded = await application({
      'apps/web/src/app/login/actions.tsx': [
        "const { error } = await supabase.auth.signInWithOAuth({ provider: 'github' });",
        "if (env.NODE_ENV !== 'development') throw new Error('Dev login is only available in development');",
        'const { data } = await supabase.auth.signInWithPassword({',
        '  email: SEED_USER.EMAIL,',
        '  password: SEED_USER.PASSWORD,',
        '});',
      ].join('\n'),
    });
    expect((seeded?.entry.userAuthentication as { methods?: string[] } | undefined)?.methods).toEqual([
      'social',
    ]);
    // The same setting names outside sign-in code (a connector's own OAuth) say nothing of how users sign in.
    const connector = await application({
      'src/integrations/crm/client.ts': 'const url = process.env.CRM_OAUTH_USERINFO_URL;\n',
    });
    expect(connector?.entry.userAuthentication).toBeUndefined();
  });

  it('reads Django, django-allauth, Devise with OmniAuth, and Spring Security set-ups', async () => {
    const django = await application({
      'web/settings.py':
        'INSTALLED_APPS = [\n    "allauth",\n    "allauth.account",\n    "allauth.socialaccount.providers.github",\n    "allauth.socialaccount.providers.openid_connect",\n    "allauth.mfa",\n]\n',
    });
    expect(django?.entry.userAuthentication).toEqual({
      methods: ['password', 'social', 'oidc'],
      mfa: 'optional',
    });
    const rails = await application({
      'app/models/user.rb':
        'class User < ApplicationRecord\n  devise :database_authenticatable, :registerable,\n         :omniauthable, omniauth_providers: [:google_oauth2, :saml]\nend\n',
      'config/initializers/omniauth.rb':
        'Rails.application.config.middleware.use OmniAuth::Builder do\n  provider :saml, idp_cert: ENV["SAML_CERT"]\nend\n',
    });
    expect(rails?.entry.userAuthentication).toEqual({ methods: ['password', 'social', 'saml'] });
    const spring = await application({
      'src/main/java/app/SecurityConfig.java':
        'http.formLogin(Customizer.withDefaults()).saml2Login(withDefaults());\n',
    });
    expect(spring?.entry.userAuthentication).toEqual({ methods: ['password', 'saml'] });
  });

  it("reads Better Auth's client calls where the server's set-up is elsewhere (supermemory)", async () => {
    // supermemory (3487666): its login page signs in by link, password and Google or GitHub; only the link was read.
    const app = await application({
      'web/app/login/page.tsx': [
        'const { error } = await signIn.magicLink({ email });',
        'const { error: e2 } = await signIn.email({ email, password });',
        'await authClient.signIn',
        '  .social({ provider: "google" });',
      ].join('\n'),
    });
    expect(app?.entry.userAuthentication).toEqual({ methods: ['password', 'magic-link', 'social'] });
  });

  it('proposes no methods where the code sets none up, and asks instead', async () => {
    const app = await application({ 'web/icons.tsx': 'export function Google({ className }: Props) {}\n' });
    expect(app?.entry.userAuthentication).toBeUndefined();
    expect(app?.comment).toContain("say how each one's users sign in");
  });
});

describe('the platform an app is deployed on', () => {
  it('is found by its deployment file, and only mentioned by a test’s (inbox-zero, midday, firecrawl)', async () => {
    // inbox-zero (4f70dce) deploys its web app on Vercel and an image proxy on Cloudflare Workers; midday (47d252a)
    // its API on Railway. None was proposed: a sub-processor list without the host that runs the app.
    const report = await scan({
      'apps/web/vercel.json': '{ "crons": [] }\n',
      'apps/image-proxy/wrangler.jsonc': '{ "name": "image-proxy" }\n',
      'apps/api/railway.json': '{ "build": {} }\n',
      'tests/e2e/fly.toml': 'app = "e2e"\n',
    });
    expect(statusOf(report, 'vercel')).toBe('used');
    expect(statusOf(report, 'cloudflare-workers')).toBe('used');
    expect(statusOf(report, 'railway')).toBe('used');
    expect(statusOf(report, 'fly-io')).toBe('mentioned');
    expect(report.findings.find((finding) => finding.id === 'vercel')).toMatchObject({
      confidence: 'medium',
      evidence: [{ file: 'apps/web/vercel.json', line: 1, signal: 'deploy-file' }],
    });
  });
});

describe("a customer's own data source, reached by connector code", () => {
  it("is each customer's store, not ours; Databricks' SQL connector is not its vector search (WrenAI)", async () => {
    // WrenAI (f2841bc) reads the customer's warehouse through `connector/*.py`: MySQL, ClickHouse and PostgreSQL were
    // proposed as stores of ours, and `from databricks import sql` as Databricks Vector Search, holding embeddings.
    const { report, additions } = await proposalsFor({
      'core/wren/src/wren/connector/mysql.py': 'import pymysql\n',
      'core/wren/src/wren/connector/databricks.py':
        'from databricks import sql as dbsql\nfrom databricks.sdk.core import Config\n',
      'core/wren/tests/unit/test_mysql_helpers.py': 'import pymysql\n',
      'core/wren/src/wren/memory/store.py': 'import redis\n',
    });
    const entry = (id: string) => additions.find((addition) => addition.entry.id === id);
    expect(entry('mysql')?.entry.hosting).toBe('customer-hosted');
    expect(entry('mysql')?.comment).toContain("found only in connector code, so each customer's own");
    expect(entry('redis')?.entry.hosting).toBe('self-hosted');
    expect(statusOf(report, 'databricks')).toBe('used');
    expect(statusOf(report, 'databricks-vector-search')).toBeUndefined();
    expect(entry('databricks')?.comment).toContain(
      "found only in connector code, where each customer connects their own account: a source of their data, not our sub-processor, so proposed under the customer's own account (`account: customer`)",
    );
    // A data-source folder is one too (Briefer's `apps/api/src/datasources/`, one module per database customers connect).
    const sources = await proposalsFor({
      'apps/api/src/datasources/mysql.ts': "import { createConnection } from 'mysql2/promise';\n",
    });
    expect(sources.additions.find((addition) => addition.entry.id === 'mysql')?.entry.hosting).toBe(
      'customer-hosted',
    );
    const vector = await scan({
      'app/store.py': 'from databricks.vector_search.client import VectorSearchClient\n',
    });
    expect(statusOf(vector, 'databricks-vector-search')).toBe('used');
  });
});

describe('a list of database kinds to choose from', () => {
  it("is the database each customer connects, not ours; one dialect in a config is the app's own (Dataherald)", async () => {
    // Dataherald (f894618): its connection form's list of nine databases named MariaDB by `driver: 'mysql+pymysql'`,
    // proposed as a MySQL database of ours keeping data unsaid.
    const { additions } = await proposalsFor({
      'admin-console/src/constants/database-providers.ts': [
        'const DATABASE_PROVIDERS = [',
        "  { name: 'PostgreSQL', driver: 'postgresql+psycopg2' },",
        "  { name: 'BigQuery', driver: 'bigquery' },",
        "  { name: 'MariaDB', driver: 'mysql+pymysql' },",
        ']',
        'export default DATABASE_PROVIDERS',
        '',
      ].join('\n'),
    });
    const mysql = additions.find((addition) => addition.entry.id === 'mysql');
    expect(mysql?.entry.hosting).toBe('customer-hosted');
    expect(mysql?.comment).toContain(
      'found only in a list of database kinds to choose from (admin-console/src/constants/database-providers.ts:4)',
    );
    expect(mysql?.comment).not.toContain('say what it keeps');
    // One database named by its dialect is the one the app runs (Autoflow's TiDB).
    const own = await proposalsFor({
      'backend/app/core/db.py': 'engine = create_engine(f"mysql+pymysql://{user}@{host}/app")\n',
    });
    expect(own.additions.find((addition) => addition.entry.id === 'mysql')?.entry.hosting).toBe(
      'self-hosted',
    );
  });
});

describe('an integration catalogue', () => {
  it("is each customer's own accounts, not our sub-processors; an agent's few tools are not one (sim)", async () => {
    // sim (0b232eb): 34 services found only in `tools/<service>/` and `blocks/`, each proposed as our sub-processor.
    const tools = {
      'apps/sim/tools/sendgrid/send.ts': "import sgMail from '@sendgrid/mail';\n",
      'apps/sim/tools/mailgun/send.ts': "import Mailgun from 'mailgun.js';\n",
      'apps/sim/tools/postmark/send.ts': "import { ServerClient } from 'postmark';\n",
      'apps/sim/tools/resend/send.ts': "import { Resend } from 'resend';\n",
      'apps/sim/blocks/blocks/twilio.ts': "import twilio from 'twilio';\n",
    };
    const { additions } = await proposalsFor(tools);
    const sendgrid = additions.find((a) => a.section === 'subprocessors' && a.entry.id === 'sendgrid');
    expect(sendgrid?.entry.account).toBe('customer');
    expect(sendgrid?.comment).toContain('found only in integration code, one of 5 services found so');
    const few = await proposalsFor({
      'apps/sim/tools/sendgrid/send.ts': "import sgMail from '@sendgrid/mail';\n",
      'apps/sim/tools/mailgun/send.ts': "import Mailgun from 'mailgun.js';\n",
    });
    const one = few.additions.find((a) => a.section === 'subprocessors' && a.entry.id === 'sendgrid');
    expect(one?.entry.account).toBeUndefined();
  });

  it('is not the services whose keys the server reads from its own environment (docmost)', async () => {
    // docmost (549cf7c): `integrations/environment/environment.service.ts` reads OpenAI's, Stripe's, Gemini's and
    // turbopuffer's keys from the server's environment; with its mail and storage drivers, seven services were proposed
    // as each customer's own account, Stripe (billing docmost's own customers) among them.
    const env = (name: string) => `  get${name}() { return this.configService.get('${name}'); }`;
    const { additions } = await proposalsFor({
      'apps/server/src/integrations/environment/environment.service.ts': [
        'export class EnvironmentService {',
        env('OPENAI_API_KEY'),
        env('STRIPE_SECRET_KEY'),
        env('GEMINI_API_KEY'),
        env('TURBOPUFFER_API_KEY'),
        env('TYPESENSE_API_KEY'),
        '}',
      ].join('\n'),
      'apps/server/src/integrations/mail/drivers/postmark.driver.ts':
        "import { ServerClient } from 'postmark';\n",
    });
    const stripe = additions.find((a) => a.section === 'subprocessors' && a.entry.id === 'stripe');
    expect(stripe).toBeDefined();
    expect(stripe?.entry.account).toBeUndefined();
    expect(stripe?.comment ?? '').not.toContain('found only in integration code');
  });
});

describe("a database behind Drizzle, and the AI SDK's Baseten", () => {
  it('are used, not only mentioned in package.json (scira)', async () => {
    // scira (7215d53): `drizzle(process.env.DATABASE_URL)` from `drizzle-orm/node-postgres` was its one database, said
    // only mentioned; `@ai-sdk/baseten` was not found at all.
    const report = await scan({
      'lib/db/index.ts':
        "import { drizzle } from 'drizzle-orm/node-postgres';\nexport const db = drizzle(url);\n",
      'ai/providers.ts': "import { baseten } from '@ai-sdk/baseten';\n",
    });
    expect(statusOf(report, 'postgres')).toBe('used');
    expect(statusOf(report, 'baseten')).toBe('used');
  });
});

describe('deployment recipes side by side', () => {
  it('are alternatives for one service, not each a host of it (cognee); apart, each deploys its own app', async () => {
    // cognee (a8f9760) ships `distributed/deploy/` with fly.toml, railway.toml and render.yaml, each proposed as a
    // sub-processor hosting the service.
    const { additions } = await proposalsFor({
      'distributed/deploy/fly.toml': 'app = "cognee"\n',
      'distributed/deploy/railway.toml': '[build]\n',
      'distributed/deploy/render.yaml': 'services: []\n',
      'apps/web/vercel.json': '{ "crons": [] }\n',
    });
    const comment = (id: string) => additions.find((addition) => addition.entry.id === id)?.comment ?? '';
    for (const id of ['fly-io', 'railway', 'render'])
      expect(comment(id)).toContain(
        'deployment files for 3 hosting platforms sit side by side (Fly.io (hosting), Railway (hosting) and Render (hosting)): keep the one the service runs on',
      );
    expect(comment('vercel')).not.toContain('side by side');
  });
});

describe('a table keyed by model names', () => {
  it('is data the code holds, not a call (firecrawl: a price list of a thousand models)', async () => {
    const prices = await scan({
      'src/usage/model-prices.ts':
        'export const prices = {\n  "claude-instant-1": {\n    input: 0.8,\n  },\n};\n',
    });
    const proofClasses = (report: Awaited<ReturnType<typeof scan>>) =>
      report.findings
        .find((finding) => finding.id === 'anthropic')
        ?.evidence.map((proof) => proof.proofClass);
    expect(proofClasses(prices)).toEqual(['data']);
    const called = await scan({ 'src/llm.ts': 'const model = getModel("claude-3-5-haiku-latest");\n' });
    expect(proofClasses(called)).toEqual(['code']);
  });
});

describe('tables of models and endpoints an observability product keeps', () => {
  it('are data, not calls: prices by model, a file of prices, hosts beside their ports (openlit)', async () => {
    // openlit (ad20b7b): `assets/pricing.json` (`"text-embedding-3-small": 2e-05,`), the CLI's `pricing.go` and the
    // controller's watch list (`{Host: "api.groq.com", Port: 443}`) made OpenAI, xAI, Groq and the rest vendors it calls.
    const report = await scan({
      'assets/pricing.json': '{\n  "embeddings": {\n    "text-embedding-3-small": 2e-05\n  }\n}\n',
      'cli/internal/coding/pricing/pricing.go':
        'var rates = []entry{\n\t{\n\t\tmatch: []string{"grok-4", "grok-4-fast"},\n\t},\n}\n',
      'openlit-controller/internal/scanner/hosts.go':
        'var builtinTargets = []llmTarget{\n\t{Host: "api.groq.com", Port: 443, ProviderID: 6},\n}\n',
      'sdk/python/src/openlit/__helpers.py': 'HOSTS = {\n    "together": ("api.together.xyz", 443),\n}\n',
    });
    for (const id of ['openai', 'xai', 'groq', 'together']) expect(statusOf(report, id)).toBe('mentioned');
    // A call still counts.
    const called = await scan({
      'src/llm.ts': 'const client = new OpenAI({ baseURL: "https://api.groq.com/openai/v1" });\n',
    });
    expect(statusOf(called, 'groq')).toBe('used');
  });

  it('proposes no data sent to the vendors an SDK instruments, and no documents for their stores (openlit)', async () => {
    const wrappers = Object.fromEntries(
      [
        ['ai21', 'from ai21 import AI21Client\n'],
        ['elevenlabs', 'from elevenlabs import ElevenLabs\n'],
        ['reka', 'from reka.client import Reka\n'],
        ['qdrant', 'from qdrant_client import QdrantClient\n'],
        ['mistral', 'from mistralai import Mistral\n'],
        ['cohere', 'import cohere\n'],
      ].map(([name, text]) => [`sdk/python/src/openlit/instrumentation/${name}/__init__.py`, text!]),
    );
    const { additions } = await proposalsFor(wrappers);
    const entry = (section: string, id: string) =>
      additions.find((a) => a.section === section && a.entry.id === id)?.entry;
    expect(entry('subprocessors', 'ai21')?.account).toBe('customer');
    expect(entry('subprocessors', 'ai21')?.dataClasses).toBeUndefined();
    expect(additions.filter((a) => a.section === 'flows')).toEqual([]);
    expect(additions.some((a) => a.entry.id === 'customer-documents')).toBe(false);
    const qdrant = additions.find((a) => a.section === 'components' && a.entry.provider === 'qdrant')?.entry;
    expect(qdrant?.hosting).toBe('customer-hosted');
    expect(qdrant?.dataClasses).toBeUndefined();
  });
});

describe('where a CI workflow deploys the app, and the vendors farfalle reaches', () => {
  it('finds the cloud a workflow deploys to, and says a platform named only by its file may be a recipe (farfalle)', async () => {
    // farfalle (a9dd493): its API deployed to Azure Container Apps by a workflow, Azure "only mentioned"; Render
    // proposed from the render.yaml behind its README's one-click button.
    const files = {
      '.github/workflows/deploy-backend.yml':
        'jobs:\n  deploy:\n    steps:\n      - name: Build and push\n        uses: azure/container-apps-deploy-action@v2\n',
      'render.yaml': 'services:\n  - type: web\n',
      '.github/workflows/test.yml': 'jobs:\n  test:\n    steps:\n      - uses: actions/checkout@v4\n',
    };
    const { report, additions } = await proposalsFor(files);
    expect(statusOf(report, 'azure')).toBe('used');
    const render = additions.find((a) => a.entry.id === 'render');
    expect(render?.comment).toContain(
      'only its deployment file names it, while a CI workflow deploys the app to Microsoft Azure (.github/workflows/deploy-backend.yml:5)',
    );
    // Without a deploying workflow, nothing is said of it.
    const alone = await proposalsFor({ 'render.yaml': 'services:\n  - type: web\n' });
    expect(alone.additions.find((a) => a.entry.id === 'render')?.comment).not.toContain('CI workflow');
  });

  it('finds Logfire, and that it records the chat requests it instruments; and the Bing Web Search API (farfalle)', async () => {
    const { report, additions } = await proposalsFor({
      'src/backend/main.py': 'import logfire\nlogfire.configure()\nlogfire.instrument_fastapi(app)\n',
      'src/backend/schemas.py':
        'from logfire.integrations.pydantic import PluginSettings\nrecord_all = PluginSettings(logfire={"record": "all"})\n',
      'src/backend/search/bing.py': 'HOST = "https://api.bing.microsoft.com/v7.0"\n',
      'src/backend/llm.py': 'from openai import OpenAI\nclient = OpenAI()\n',
    });
    expect(statusOf(report, 'logfire')).toBe('used');
    expect(statusOf(report, 'bing-search')).toBe('used');
    const logfire = additions.find((a) => a.section === 'subprocessors' && a.entry.id === 'logfire');
    expect(logfire?.comment).toContain('so it receives prompts and answers');
  });
});

describe('a vector store known only by an adapter file of ours', () => {
  it('is no retrieval pipeline: no documents proposed for it or the model flows (portkey-gateway)', async () => {
    // portkey-gateway (669825c): `src/providers/qdrant/api.ts` forwards each caller's request to the host it names;
    // Qdrant and Milvus were proposed as our stores, and 41 flows carried "passages of customer documents".
    const { additions } = await proposalsFor({
      'src/providers/qdrant/api.ts':
        "const QdrantAPIConfig = { getBaseURL: ({ providerOptions }) => providerOptions.customHost || '' };\nexport default QdrantAPIConfig;\n",
      'src/providers/openai/api.ts': "import OpenAI from 'openai';\nconst client = new OpenAI();\n",
    });
    const qdrant = additions.find((a) => a.section === 'components' && a.entry.provider === 'qdrant');
    expect(qdrant?.entry.dataClasses).toBeUndefined();
    expect(qdrant?.comment).toContain('found only as an adapter of ours (src/providers/qdrant/api.ts)');
    expect(additions.some((a) => a.entry.id === 'customer-documents')).toBe(false);
  });
});

describe("openui's database and sign-in", () => {
  it('finds a Peewee database and fastapi-sso sign-in (openui)', async () => {
    // openui (f9d8f0e): users and sessions in `SqliteDatabase(…)` and GitHub sign-in through `GithubSSO(…)`, both
    // unfound.
    const report = await scan({
      'backend/openui/db/models.py':
        'from peewee import SqliteDatabase, Model\ndatabase = SqliteDatabase(config.DB)\n',
      'backend/openui/server.py':
        'from fastapi_sso.sso.github import GithubSSO\ngithub_sso = GithubSSO(client_id, client_secret)\n',
    });
    expect(statusOf(report, 'sqlite')).toBe('used');
    expect(report.facts.some((fact) => fact.kind === 'sign-in:social')).toBe(true);
  });

  it('proposes a database found only where its own vector search is used as that one store (retrieval-plugin: Redis)', async () => {
    const { report, additions } = await proposalsFor({
      'datastore/providers/redis_datastore.py':
        'import redis.asyncio as redis\nfrom redis.commands.search.field import VectorField\nfrom redis.commands.search.query import Query\nclient = redis.Redis(host=host)\n',
    });
    expect(report.findings.find((finding) => finding.provider === 'redis')?.covers).toEqual([
      'redis-vector-search',
    ]);
    const stores = additions.filter((a) => a.section === 'components').map((a) => a.entry.provider);
    expect(stores).toContain('redis-vector-search');
    expect(stores).not.toContain('redis');
    // Used elsewhere too, it stays a store of its own.
    const both = await scan({
      'datastore/providers/redis_datastore.py':
        'import redis.asyncio as redis\nfrom redis.commands.search.field import VectorField\n',
      'app/cache.py': 'import redis\ncache = redis.Redis()\n',
    });
    expect(both.findings.find((finding) => finding.provider === 'redis')?.covers).toBeUndefined();
  });

  it("reads a store's cloud from variables named for its vendor (retrieval-plugin: Zilliz as self-hosted Milvus)", async () => {
    const report = await scan({
      'datastore/providers/zilliz_datastore.py':
        'import os\nfrom pymilvus import connections\nZILLIZ_URI = os.environ.get("ZILLIZ_URI")\n',
    });
    expect(statusOf(report, 'zilliz-cloud')).toBe('used');
  });
});

describe('a tracer declared and never called', () => {
  it('is mentioned, unless the environment alone switches it on (screenshot-to-code: Langfuse; LangSmith)', async () => {
    // screenshot-to-code (0dbb768): `langfuse = "^3.0.2"` in pyproject.toml, no import anywhere, proposed as receiving
    // prompts and outputs.
    const report = await scan({
      'backend/pyproject.toml': '[tool.poetry.dependencies]\nlangfuse = "^3.0.2"\nlangsmith = "^0.1"\n',
      'backend/main.py': 'import os\nprint(os.getcwd())\n',
    });
    expect(statusOf(report, 'langfuse')).toBe('mentioned');
    expect(statusOf(report, 'langsmith')).toBe('used');
  });
});

describe('a Python import its file never uses', () => {
  it('is a mention, and any use in the file keeps the vendor used (QAnything: Tavily and Google search)', async () => {
    // QAnything (974f933): `from langchain_community.tools.tavily_search import TavilySearchResults` and Google's search
    // wrapper imported in its web-search tool and never called, proposed, raised as a critical drift and said "under
    // review" in thirty answers; its DuckDuckGo wrapper, imported the same way, is called.
    const report = await scan({
      'kernel/tools/web_search_tool.py': [
        'from langchain_community.utilities import GoogleSearchAPIWrapper',
        'from langchain_community.tools.tavily_search import TavilySearchResults',
        'from langchain_community.utilities import DuckDuckGoSearchAPIWrapper as DDG',
        'api_wrapper = DDG(max_results=3)',
      ].join('\n'),
      'kernel/llm.py': 'import openai\n',
      'kernel/chat.py': 'from langchain_anthropic import ChatAnthropic\nllm = ChatAnthropic(model=name)\n',
      'kernel/__init__.py': 'from langchain_groq import ChatGroq\n',
    });
    expect(statusOf(report, 'tavily')).toBe('mentioned');
    expect(statusOf(report, 'google-custom-search')).toBe('mentioned');
    // An SDK imported directly is the app's choice of vendor.
    expect(statusOf(report, 'openai')).toBe('used');
    // Called, it is used.
    expect(statusOf(report, 'anthropic')).toBe('used');
    // A package's `__init__.py` imports what it exports.
    expect(statusOf(report, 'groq')).toBe('used');
  });

  it('reads names and aliases of one-line imports only, in linear time', async () => {
    const { importedNames, usedElsewhere } = await import('../../src/discover/signals/lineSignals.js');
    expect(importedNames('from langchain_community.tools import C as D, E')).toEqual(['D', 'E']);
    expect(importedNames('from llama_index.llms.openai import OpenAI')).toEqual(['OpenAI']);
    // An SDK imported directly is the app's own choice, not judged.
    expect(importedNames('import openai')).toBeUndefined();
    expect(importedNames('from anthropic import Anthropic')).toBeUndefined();
    expect(importedNames('from langchain_community.tools import (')).toBeUndefined();
    expect(importedNames('from langchain_community.tools import *')).toBeUndefined();
    expect(usedElsewhere('import x\ny = x.z\n', 'x', 1)).toBe(true);
    expect(usedElsewhere('import x\nxx = 1\n', 'x', 1)).toBe(false);
    const huge = `import x\n${'xy '.repeat(200_000)}\n`;
    expect(usedElsewhere(huge, 'x', 1)).toBe(false);
  });
});

describe('a list of variable names', () => {
  it('names settings and sets none (Plane: turbo.json made Sentry a vendor it never calls)', async () => {
    const report = await scan({
      'turbo.json': '{\n  "globalEnv": [\n    "SENTRY_DSN",\n    "NODE_ENV"\n  ]\n}\n',
      'compose.yaml': 'services:\n  api:\n    environment:\n      - OPENAI_API_KEY\n',
    });
    expect(statusOf(report, 'sentry')).toBe('mentioned');
    expect(statusOf(report, 'openai')).toBe('mentioned');
    const set = await scan({ 'apps/api/sentry.ts': 'const dsn = process.env.SENTRY_DSN;\n' });
    expect(statusOf(set, 'sentry')).toBe('used');
  });
});

describe('whose key a provider is called with', () => {
  async function subprocessor(files: Record<string, string>, id: string) {
    const { additions } = await proposalsFor(files);
    return additions.find((a) => a.section === 'subprocessors' && a.entry.id === id);
  }

  it("proposes a customer's account where the code takes the key from a customer's saved credential (Flowise, inbox-zero)", async () => {
    // Flowise (ababf4c): every model node reads its key from the customer's saved credential, and 135 integrations
    // were proposed as Flowise's own vendors, each asked for a DPA.
    const node = [
      "import { ChatAnthropic } from '@langchain/anthropic';",
      'const credentialData = await getCredentialData(nodeData.credential ?? "", options);',
      'const anthropicApiKey = getCredentialParam("anthropicApiKey", credentialData, nodeData);',
      'const model = new ChatAnthropic({ apiKey: anthropicApiKey });',
    ].join('\n');
    const flowise = await subprocessor({ 'nodes/chatmodels/ChatAnthropic.ts': `${node}\n` }, 'anthropic');
    expect(flowise?.entry.account).toBe('customer');
    expect(flowise?.comment).toContain(
      "a key from a customer's saved credential (nodes/chatmodels/ChatAnthropic.ts:2)",
    );
    // inbox-zero (4f70dce): a user's own key where set, else ours.
    const either = await subprocessor(
      {
        'utils/llms/model.ts':
          "import { createOpenAI } from '@ai-sdk/openai';\nconst own = userAi.aiApiKey ? 'user' : 'default';\nconst openai = createOpenAI({ apiKey: resolve(userAi, env.OPENAI_API_KEY) });\n",
      },
      'openai',
    );
    expect(either?.entry.account).toBe('ours-or-customer');
    // Our key alone: ours, said by no field.
    const ours = await subprocessor(
      {
        'server/llm.ts':
          "import OpenAI from 'openai';\nconst client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n",
      },
      'openai',
    );
    expect(ours?.entry.account).toBeUndefined();
    // pr-agent (0e37fc8): an Azure AD credential object's `get_token(…)` is no customer's saved key.
    const token = await subprocessor(
      {
        'pr_agent/algo/ai_handlers/helpers.py':
          'import openai\nfrom azure.identity import ClientSecretCredential\ncredential = ClientSecretCredential(tenant, client, secret)\ntoken = credential.get_token("https://cognitiveservices.azure.com/.default")\n',
      },
      'openai',
    );
    expect(token?.entry.account).toBeUndefined();
  });

  it("reads a saved key the secret mask would hide, and a row of a providers' table (typebot, lunary)", async () => {
    // typebot (830ba71): a model block with no comment, `apiKey: credentials.apiKey` masked as a secret's value
    // before any rule read it: only OpenAI of its nine bring-your-own-key vendors was proposed the customer's.
    const typebot = await subprocessor(
      {
        'blocks/anthropic/src/actions/generateVariables.ts':
          'import { createAnthropic } from "@ai-sdk/anthropic";\nexport const getModel = ({ credentials, model }) =>\n  createAnthropic({\n    apiKey: credentials.apiKey,\n  })(model);\n',
      },
      'anthropic',
    );
    expect(typebot?.entry.account).toBe('customer');
    expect(typebot?.comment).toContain('(blocks/anthropic/src/actions/generateVariables.ts:4)');
    // lunary (a86d698): a project's saved provider settings, read from its table, beside keys of ours.
    const lunary = await subprocessor(
      {
        'utils/playground.ts': [
          'import AzureOpenAI from "openai";',
          '[providerConfig] = await sql`select * from provider_config where id = $1`;',
          'const client = new AzureOpenAI({ apiKey: providerConfig.apiKey || process.env.OPENAI_API_KEY });',
        ].join('\n'),
      },
      'openai',
    );
    expect(lunary?.entry.account).toBe('ours-or-customer');
  });

  it('reads a key of ours from a settings class, also behind hundreds of other proofs (letta)', async () => {
    // letta (56ba9c2): `anthropic_api_key: Optional[str] = None` in a pydantic settings class reads ANTHROPIC_API_KEY,
    // and the customer's saved key overrides it; Anthropic was proposed as reached only with customers' keys.
    const client =
      'import anthropic\n\ndef client(llm_config):\n    is_byok = llm_config.provider_category == ProviderCategory.byok\n    return anthropic.Anthropic()\n';
    const settings =
      'from typing import Optional\nfrom pydantic_settings import BaseSettings\n\nclass ModelSettings(BaseSettings):\n    anthropic_api_key: Optional[str] = None\n';
    const files: Record<string, string> = { 'server/llm/anthropic_client.py': client };
    const alone = await subprocessor(files, 'anthropic');
    expect(alone?.entry.account).toBe('customer');
    files['server/settings.py'] = settings;
    // 60 more modules importing the SDK put the settings' key after the 50 proofs a finding keeps.
    for (let i = 0; i < 60; i++) files[`server/agents/agent_${i}.py`] = 'import anthropic\n';
    const both = await subprocessor(files, 'anthropic');
    expect(both?.entry.account).toBe('ours-or-customer');
  });
});

describe('a vendor found only in connector code', () => {
  it("is proposed under each customer's own account, not as our sub-processor (WrenAI: Athena and Databricks)", async () => {
    // WrenAI (f2841bc) reads each customer's own warehouse: `import boto3` only in `connector/athena.py`, the AWS keys
    // only as fields of `AthenaConnectionInfo` (a pydantic model of what the customer gives to connect, read as
    // settings of ours from the environment), Databricks only in `connector/databricks.py`. Both were proposed as our
    // sub-processors, and a map confirmed as proposed told buyers "2 sub-processors".
    const { report, additions } = await proposalsFor({
      'core/wren/src/wren/connector/athena.py': 'def connect(info):\n    import boto3\n    return boto3\n',
      'core/wren/src/wren/connector/databricks.py': 'from databricks import sql as dbsql\n',
      'core/wren/src/wren/model/__init__.py': [
        'from pydantic import BaseModel, Field, SecretStr',
        '',
        'class BaseConnectionInfo(BaseModel):',
        '    model_config = {"populate_by_name": True}',
        '',
        'class AthenaConnectionInfo(BaseConnectionInfo):',
        '    s3_staging_dir: SecretStr = Field(examples=["s3://my-bucket/athena-staging/"])',
        '    aws_access_key_id: SecretStr | None = Field(default=None)',
        '    aws_secret_access_key: SecretStr | None = Field(default=None)',
        '',
      ].join('\n'),
    });
    const entry = (id: string) =>
      additions.find((addition) => addition.section === 'subprocessors' && addition.entry.id === id);
    const field = report.findings
      .find((finding) => finding.provider === 'aws')
      ?.evidence.find((proof) => proof.file.endsWith('model/__init__.py'));
    expect(field).toMatchObject({
      signal: 'config',
      detail: expect.stringContaining('AthenaConnectionInfo'),
    });
    const said =
      ", where each customer connects their own account: a source of their data, not our sub-processor, so proposed under the customer's own account (`account: customer`): delete that line if the app reaches it with an account of ours";
    expect(entry('databricks')?.entry.account).toBe('customer');
    expect(entry('databricks')?.comment).toContain(`found only in connector code${said}`);
    expect(entry('aws')?.entry.account).toBe('customer');
    expect(entry('aws')?.comment).toContain(
      `found only in connector code and the parameters of AthenaConnectionInfo (core/wren/src/wren/model/__init__.py:8)${said}`,
    );
    // The same field in a settings class of ours is our key, read from the environment (letta's `ModelSettings`).
    const ours = await proposalsFor({
      'app/connector/athena.py': 'import boto3\n',
      'app/settings.py':
        'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    aws_access_key_id: str | None = None\n',
    });
    const aws = ours.additions.find((addition) => addition.entry.id === 'aws');
    expect(aws?.entry.account).toBeUndefined();
    expect(aws?.comment).not.toContain('connector code');
  });
});

describe('a chat model listed beside embedding models', () => {
  it('receives prompts and answers, whatever its neighbour in the list serves (refly)', async () => {
    // refly (the reviewed commit): a UI's list of providers, each item with its base URL and categories. Anthropic's
    // item (`categories: ['llm']`) was read with OpenAI's above it (`['llm', 'embedding']`), and the server's seed of
    // OpenAI (`categories: 'llm,embedding'`) as embedding only: seven chat models were proposed as sent customer
    // documents alone, no prompts and no answers, while 24 others were sent prompts.
    const list = [
      'export const mockCommunityProviders = {',
      '  providers: [',
      '    {',
      "      providerId: 'openai-gpt',",
      "      name: 'OpenAI',",
      "      baseUrl: 'https://api.openai.com/v1',",
      "      categories: ['llm', 'embedding'],",
      '    },',
      '    {',
      "      providerId: 'anthropic-claude',",
      "      name: 'Anthropic',",
      "      baseUrl: 'https://api.anthropic.com',",
      "      categories: ['llm'],",
      '    },',
      '  ],',
      '};',
      '',
    ].join('\n');
    const seed = [
      "import OpenAI from 'openai';",
      'const provider = await prisma.provider.create({',
      '  data: {',
      "    providerKey: 'openai',",
      "    baseUrl: 'https://api.openai.com/v1',",
      "    categories: 'llm,embedding',",
      '  },',
      '});',
      '',
    ].join('\n');
    const { report, additions } = await proposalsFor({
      'packages/ai-workspace-common/src/requests/provider-community-mock.ts': list,
      'apps/api/src/modules/provider/provider.service.ts': seed,
    });
    const sends = (provider: string) =>
      report.findings.find((finding) => finding.provider === provider)?.sends;
    expect(sends('anthropic')).toEqual(['outputs', 'prompts']);
    expect(sends('openai')).toEqual(['documents', 'outputs', 'prompts']);
    const flow = (to: string) => additions.find((addition) => addition.entry.id === `app-to-${to}`)?.entry;
    for (const to of ['openai', 'anthropic'])
      expect(flow(to)?.dataClasses).toEqual(expect.arrayContaining(['prompts', 'model-outputs']));
  });

  it('is sent prompts even where its one client in view embeds (dialoqbase: Fireworks)', async () => {
    // dialoqbase (the bench's copy): Fireworks' base URL is set only in its embeddings module, inside
    // `new OpenAIEmbeddings({ configuration: { baseURL } })`; its chat model is a class of its own. The inference flow
    // was proposed carrying documents only. The embedder's base URL still says documents.
    const { report, additions } = await proposalsFor({
      'server/src/utils/embeddings.ts': [
        'import { OpenAIEmbeddings } from "@langchain/openai";',
        'export const embeddings = (modelName) =>',
        '  new OpenAIEmbeddings({',
        '    modelName,',
        '    configuration: {',
        '      baseURL: "https://api.fireworks.ai/inference/v1",',
        '      apiKey: process.env.FIREWORKS_API_KEY!,',
        '    },',
        '  });',
        '',
      ].join('\n'),
      'server/src/models/fireworks.ts': [
        'export class ChatFireworks {',
        '  async call(messages) {',
        '    const baseURL = "https://api.fireworks.ai/inference/v1";',
        '    return fetchChat(baseURL, process.env.FIREWORKS_API_KEY, messages);',
        '  }',
        '}',
        '',
      ].join('\n'),
    });
    expect(report.findings.find((finding) => finding.provider === 'fireworks')?.sends).toEqual(['documents']);
    const inference = additions.find((addition) => addition.entry.id === 'app-to-fireworks')?.entry;
    expect(inference?.dataClasses).toEqual(expect.arrayContaining(['prompts', 'model-outputs']));
  });

  it('a reranker among them is sent the query with the passages, and no answer comes back (LangBot: Cohere)', async () => {
    // LangBot (the bench's copy): Cohere's requester manifest for reranking, its base URL's default read as sending
    // documents; the query it ranks them for was left out.
    const { additions } = await proposalsFor({
      'src/langbot/pkg/provider/modelmgr/requesters/coherererank.yaml': [
        'kind: LLMAPIRequester',
        'spec:',
        '  config:',
        '    - name: base_url',
        '      default: https://api.cohere.com/v2',
        '  support_type:',
        '    - rerank',
        '',
      ].join('\n'),
    });
    const flow = additions.find((addition) => addition.entry.id === 'app-to-cohere')?.entry;
    expect(flow).toMatchObject({ purpose: 'retrieval' });
    expect(flow?.dataClasses).toEqual(expect.arrayContaining(['prompts', 'customer-documents']));
    expect(flow?.dataClasses).not.toContain('model-outputs');
  });
});

describe("a store the Compose file runs for another vendor's server", () => {
  it("is that server's, not a store of the app's (postiz: Temporal's Elasticsearch; refly: Langfuse's ClickHouse)", async () => {
    // postiz (74b01ad): `temporal-elasticsearch` is Temporal's visibility store (`depends_on`, `ES_SEEDS`), on
    // Temporal's network; the app never calls Elasticsearch, and it was proposed as the app's datastore keeping data
    // unsaid. refly's Langfuse Compose file runs ClickHouse for Langfuse alone (`CLICKHOUSE_URL` in its environment).
    const compose = [
      'services:',
      '  postiz:',
      '    image: ghcr.io/gitroomhq/postiz-app:latest',
      '    depends_on:',
      '      postiz-postgres:',
      '        condition: service_healthy',
      '  postiz-postgres:',
      '    image: postgres:17-alpine',
      '  temporal-elasticsearch:',
      '    image: elasticsearch:7.17.27',
      '    environment:',
      '      - discovery.type=single-node',
      '  temporal-postgresql:',
      '    image: postgres:16',
      '  temporal:',
      '    image: temporalio/auto-setup:1.28.1',
      '    depends_on:',
      '      - temporal-postgresql',
      '      - temporal-elasticsearch',
      '    environment:',
      '      - ES_SEEDS=temporal-elasticsearch',
      '',
    ].join('\n');
    const langfuse = [
      'services:',
      '  langfuse-web:',
      '    image: langfuse/langfuse:3',
      '    environment:',
      '      CLICKHOUSE_URL: http://langfuse-clickhouse:8123',
      '  langfuse-clickhouse:',
      '    image: clickhouse/clickhouse-server:24.3',
      '',
    ].join('\n');
    const { report, additions } = await proposalsFor({
      'docker-compose.yaml': compose,
      'deploy/docker/langfuse/docker-compose.yml': langfuse,
      'apps/backend/src/temporal.ts': "import { Connection } from '@temporalio/client';\n",
    });
    expect(statusOf(report, 'elasticsearch')).toBe('mentioned');
    expect(statusOf(report, 'clickhouse')).toBe('mentioned');
    // Temporal's own PostgreSQL is its too; the app's PostgreSQL beside it is the app's.
    expect(statusOf(report, 'postgres')).toBe('used');
    const proposed = additions.map((addition) => addition.entry.id);
    expect(proposed).not.toContain('elasticsearch');
    expect(proposed).not.toContain('clickhouse');
    expect(proposed).toContain('postgres');
    // A store the app's own service uses beside such a server is the app's (one PostgreSQL for both).
    const shared = await scan({
      'docker-compose.yml': [
        'services:',
        '  api:',
        '    build: .',
        '    depends_on: [db]',
        '  db:',
        '    image: postgres:16',
        '  langfuse:',
        '    image: langfuse/langfuse:3',
        '    environment:',
        '      DATABASE_URL: postgresql://postgres:postgres@db:5432/langfuse',
        '',
      ].join('\n'),
    });
    expect(statusOf(shared, 'postgres')).toBe('used');
  });
});

describe("a vendor's cloud known only by its key, beside the vendor's server the repository runs", () => {
  it('is proposed as what a deployment reaches only where it sets the key (postiz: Temporal Cloud)', async () => {
    // postiz (74b01ad): the client passes `TEMPORAL_API_KEY` only where it is set, and the Compose file runs Temporal
    // itself; Temporal Cloud was proposed as a sub-processor every deployment uses, with nothing said.
    const { additions } = await proposalsFor({
      'libraries/nestjs-libraries/src/temporal/temporal.module.ts': [
        "import { Connection } from '@temporalio/client';",
        'export const connection = Connection.connect({',
        "  address: process.env.TEMPORAL_ADDRESS || 'localhost:7233',",
        '  ...(process.env.TEMPORAL_API_KEY',
        '    ? { apiKey: process.env.TEMPORAL_API_KEY }',
        '    : {}),',
        '});',
        '',
      ].join('\n'),
      'docker-compose.yaml': 'services:\n  temporal:\n    image: temporalio/auto-setup:1.28.1\n',
    });
    const cloud = additions.find((addition) => addition.entry.id === 'temporal-cloud');
    expect(cloud?.comment).toContain(
      'the code reads only its key, TEMPORAL_API_KEY (libraries/nestjs-libraries/src/temporal/temporal.module.ts:4), and the repository runs Temporal (workflow engine) itself (docker-compose.yaml:3): a deployment reaches Temporal Cloud (workflows) only where it sets TEMPORAL_API_KEY',
    );
    // Without the server in the repository, the key is the one way the code reaches Temporal: nothing more is said.
    const alone = await proposalsFor({
      'src/temporal.ts':
        "import { Connection } from '@temporalio/client';\nConnection.connect({ apiKey: process.env.TEMPORAL_API_KEY });\n",
    });
    expect(alone.additions.find((addition) => addition.entry.id === 'temporal-cloud')?.comment).not.toContain(
      'reads only its key',
    );
  });
});

describe('the Compose, connection-class and list-item readers on hostile input', () => {
  it('read megabyte lines and deep nesting in linear time', async () => {
    const n = 1_400_000;
    const started = performance.now();
    const report = await scan({
      'docker-compose.yml': [
        'services:',
        '  db:',
        '    image: postgres:16',
        '  temporal:',
        '    image: temporalio/auto-setup:1.28.1',
        `    depends_on: ${'['.repeat(n)}`,
        `    environment:${' '.repeat(100)}`,
        `      - X=${'db-'.repeat(100_000)}`,
        '',
      ].join('\n'),
      'app/model.py': [
        'import boto3',
        'class AthenaConnectionInfo(BaseModel):',
        ' '.repeat(n),
        ...Array.from({ length: 10_000 }, (_, i) => `    aws_access_key_id_${i}: str | None = None`),
        '',
      ].join('\n'),
      'web/providers.ts': [
        "import OpenAI from 'openai';",
        `const deep = ${'{\n'.repeat(30_000)} baseURL: 'https://api.openai.com/v1' ${'}\n'.repeat(30_000)};`,
        'export const providers = [',
        ...Array.from(
          { length: 2_000 },
          () => "  { name: 'OpenAI', baseUrl: 'https://api.openai.com/v1', categories: ['llm'] },",
        ),
        '];',
        '',
      ].join('\n'),
    });
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(report.findings.map((finding) => finding.id)).toEqual(expect.arrayContaining(['aws', 'openai']));
  }, 60_000);
});
