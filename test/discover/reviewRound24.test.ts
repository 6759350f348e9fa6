// What the twenty-fourth session's reviews of real apps found in `init`'s proposals: chat-langchain,
// anthropic-quickstarts, lollms-webui, aws-genai-llm-chatbot and localGPT. Each test is the smallest tree that shows
// its fault.
import { describe, expect, it } from 'vitest';
import { computeDrift, planAdditions } from '../../src/discover/index.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { scan, statusOf } from './fixture.js';

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
    additions.find((addition) => addition.section === section && addition.entry.id === id)?.entry;
  return { report, additions, entry };
}

describe("the application's paths cover where its providers are called from", () => {
  // chat-langchain: `paths: [frontend]`, its sign-in and analytics, while every model call is in `src/agent/config.py`.
  it('lists each folder a provider is called from', async () => {
    const { entry } = await proposalsFor({
      'frontend/lib/analytics.ts': 'import posthog from "posthog-js";\nposthog.capture("asked");\n',
      'frontend/lib/auth.ts':
        'import * as Sentry from "@sentry/nextjs";\nSentry.init({ dsn: process.env.DSN });\n',
      'src/agent/config.py': 'from langchain_openai import ChatOpenAI\nmodel = ChatOpenAI(model="gpt-4o")\n',
    });
    expect(entry('components', 'app')?.paths).toEqual(['frontend', 'src']);
  });

  // lollms-webui: `paths: [zoos]`, a plug-in folder, where its server is `app.py` at the top.
  it('is the whole tree where a provider is called from a file at the top', async () => {
    const { entry } = await proposalsFor({
      'app.py': 'from openai import OpenAI\nclient = OpenAI()\n',
      'zoos/tti/imagen.py': 'import anthropic\nclient = anthropic.Anthropic()\n',
    });
    expect(entry('components', 'app')?.paths).toEqual(['.']);
  });

  // anthropic-quickstarts: four apps side by side, proposed as `paths: [computer-use-demo]`.
  it('is the whole tree where the calls spread over more than three folders', async () => {
    const claude = 'import anthropic\nclient = anthropic.Anthropic()\n';
    const { entry } = await proposalsFor({
      'agents/agent.py': claude,
      'computer-use-demo/loop.py': claude,
      'customer-support-agent/app/api/chat/route.ts': 'import Anthropic from "@anthropic-ai/sdk";\n',
      'financial-data-analyst/app/api/finance/route.ts': 'import Anthropic from "@anthropic-ai/sdk";\n',
    });
    expect(entry('components', 'app')?.paths).toEqual(['.']);
  });
});

describe('a default argument or a default model name is no default provider', () => {
  // Three model providers, the app's alternatives.
  const providers = {
    'adapters/claude.py': 'import anthropic\nclient = anthropic.Anthropic()\n',
    'adapters/gpt.py': 'from openai import OpenAI\nclient = OpenAI()\n',
    'adapters/mistral_chat.py': 'from mistralai import Mistral\nclient = Mistral()\n',
  };
  const condition = async (files: Record<string, string>, to: string) =>
    (await proposalsFor({ ...providers, ...files })).entry('flows', `app-to-${to}`)?.condition;

  // aws-genai-llm-chatbot `adapters/genaieh/base.py:117`: a helper's parameter, while users choose a model per chat.
  it('is not a function parameter’s default', async () => {
    const helper = [
      'class GatewayAdapter:',
      '    def build_inference_config(',
      '        self,',
      '        provider: str = "openai",',
      '        temperature: float = 0.5,',
      '    ):',
      '        return {"provider": provider}',
      '',
    ].join('\n');
    expect(await condition({ 'adapters/gateway.py': helper }, 'openai')).toBeDefined();
  });

  // aws-genai-llm-chatbot `genai_core/model_providers/genaieh/types.py:119`: the provider a request's data names.
  it('is not a request field’s fallback', async () => {
    const read =
      'def parse(data):\n    provider_name = data.get("modelProviderName", "openai")\n    return provider_name\n';
    expect(await condition({ 'core/types.py': read }, 'openai')).toBeDefined();
  });

  it('is still a setting’s default', async () => {
    const setting = 'import os\nLLM_PROVIDER = os.getenv("LLM_PROVIDER", "openai")\n';
    expect(await condition({ 'core/settings.py': setting }, 'openai')).toBeUndefined();
  });

  // localGPT `rag_system/main.py:33`: a default model name read with the environment, used only when
  // `LLM_BACKEND=watsonx`.
  it('is not a model name an environment setting falls back to', async () => {
    const main = [
      'import os',
      'WATSONX_CONFIG = {',
      '    "generation_model": os.getenv("WATSONX_GENERATION_MODEL", "ibm/granite-13b-chat-v2"),',
      '}',
      '',
    ].join('\n');
    const client = 'from ibm_watsonx_ai.foundation_models import ModelInference\n';
    expect(
      await condition(
        { 'rag_system/main.py': main, 'rag_system/utils/ibm_client.py': client },
        'ibm-watsonx',
      ),
    ).toBeDefined();
  });

  // chat-langchain `agent.py:57`: the agent every request runs, on Gemini, was proposed "when configured".
  it('is a task of its own where a call is given the model by keyword', async () => {
    const agent = [
      'from managed_deepagents import define_deep_agent',
      'agent = define_deep_agent(',
      '    name="docs_agent",',
      '    model="google_genai:gemini-2.5-flash",',
      ')',
      '',
    ].join('\n');
    const files = {
      'agent.py': agent,
      'pyproject.toml': '[project]\ndependencies = ["langchain-google-genai>=4.0.0"]\n',
    };
    expect(await condition(files, 'gemini-developer-api')).toBeUndefined();
  });

  it('is no task where a function gives the model as its own default', async () => {
    const helper = 'def answer(question, model="google_genai:gemini-2.5-flash"):\n    return question\n';
    const files = {
      'core/answer.py': helper,
      'pyproject.toml': '[project]\ndependencies = ["langchain-google-genai>=4.0.0"]\n',
    };
    expect(await condition(files, 'gemini-developer-api')).toBeDefined();
  });
});

describe('a dependency alone, or a second name for one service, is no proposal', () => {
  // chat-langchain `pyproject.toml:19`: `langchain-baseten` declared beside a table of Claude, GPT and Gemini models,
  // none of them Baseten's.
  it("is no model provider from a framework's integration package where the code names only other vendors' models", async () => {
    const report = await scan({
      'pyproject.toml': '[project]\ndependencies = ["langchain-baseten>=0.2.0", "langchain-openai>=0.3.0"]\n',
      'src/agent/config.py':
        'MODELS = {\n    "gpt": ModelConfig(\n        id="openai:gpt-4.1-mini",\n    ),\n}\n',
    });
    expect(statusOf(report, 'baseten')).toBe('mentioned');
    expect(statusOf(report, 'openai')).toBe('used');
  });

  it('keeps the integration package used where the code names no model', async () => {
    const report = await scan({
      'pyproject.toml': '[project]\ndependencies = ["langchain-baseten>=0.2.0"]\n',
      'src/agent/config.py': 'import os\nMODEL = os.environ["MODEL"]\n',
    });
    expect(statusOf(report, 'baseten')).toBe('used');
  });

  // chat-langchain: Supabase used only to sign users in, proposed as `supabase` beside `supabase-auth`.
  const signIn = {
    'frontend/lib/auth/supabase.ts': [
      'import { createBrowserClient } from "@supabase/ssr"',
      'import type { SupabaseClient } from "@supabase/supabase-js"',
      'export const client: SupabaseClient = createBrowserClient(url, key)',
      '',
    ].join('\n'),
    'frontend/lib/auth/AuthProvider.tsx': [
      'import type { Session } from "@supabase/supabase-js"',
      'export async function signIn(email: string, password: string) {',
      '  return client.auth.signInWithPassword({ email, password })',
      '}',
      '',
    ].join('\n'),
  };

  it('proposes Supabase once where it only signs users in', async () => {
    const { entry } = await proposalsFor(signIn);
    expect(entry('subprocessors', 'supabase-auth')).toBeDefined();
    expect(entry('subprocessors', 'supabase')).toBeUndefined();
  });

  it('keeps Supabase where its database is used too', async () => {
    const db =
      'import { createClient } from "@supabase/supabase-js"\nconst supabase = createClient(url, key)\n';
    const { entry } = await proposalsFor({ ...signIn, 'frontend/lib/db/chats.ts': db });
    expect(entry('subprocessors', 'supabase')).toBeDefined();
  });

  // aws-genai-llm-chatbot `genai_core/aurora/`: one Aurora cluster proposed as `postgres` and as `pgvector`.
  it('proposes PostgreSQL once where its driver is used only in the folder of pgvector', async () => {
    const { entry } = await proposalsFor({
      'core/aurora/connection.py': 'import psycopg2\nfrom pgvector.psycopg2 import register_vector\n',
      'core/aurora/query.py':
        'from psycopg2 import sql\ndef query(cursor):\n    cursor.execute(sql.SQL("SELECT 1"))\n',
    });
    expect(entry('components', 'pgvector')).toBeDefined();
    expect(entry('components', 'postgres')).toBeUndefined();
  });

  it('keeps PostgreSQL where its driver is used elsewhere', async () => {
    const { entry } = await proposalsFor({
      'core/aurora/connection.py': 'import psycopg2\nfrom pgvector.psycopg2 import register_vector\n',
      'api/users.py': 'import psycopg2\nconn = psycopg2.connect(DSN)\n',
    });
    expect(entry('components', 'postgres')).toBeDefined();
  });
});

describe('a training script and a link in help text are no use', () => {
  // lollms-webui `lollms_core/train/train.py:13`: a LoRA fine-tuning script the app never runs, its `wandb` logging
  // losses and metrics, proposed as a tracing service receiving prompts.
  const train = 'import wandb\nwandb.init(project="lora")\nwandb.log({"loss": 0.1})\n';
  it("reads a training folder nothing runs as the developers' own", async () => {
    const report = await scan({
      'lollms_core/train/train.py': train,
      'app.py': 'from datasets import load_dataset\nrows = load_dataset("corpus", split="train")\n',
      'zoos/personality/config.yaml': 'help: |\n  crafting a Q&A database to train\\\n',
    });
    expect(statusOf(report, 'weights-and-biases')).toBe('mentioned');
  });

  it('keeps a training folder the app imports', async () => {
    const report = await scan({
      'lollms_core/train/train.py': train,
      'app.py': 'from lollms_core.train.train import run\nrun()\n',
    });
    expect(statusOf(report, 'weights-and-biases')).toBe('used');
  });

  // lollms-webui `zoos/services_zoo/tti/google_imagen/config.yaml:14`: the console's page for enabling Vertex AI, while
  // the code calls the Gemini API.
  it('reads a host in another address’s path as no host called', async () => {
    const report = await scan({
      'zoos/imagen/config.yaml':
        'help: |\n  2. Enable API: [https://console.cloud.google.com/apis/library/aiplatform.googleapis.com](https://console.cloud.google.com/apis/library/aiplatform.googleapis.com)\n',
    });
    expect(statusOf(report, 'vertex-ai')).toBeUndefined();
    const called = await scan({
      'src/vertex.ts': 'const url = "https://us-central1-aiplatform.googleapis.com/v1";\n',
    });
    expect(statusOf(called, 'vertex-ai')).toBe('used');
  });
});

describe('a text analysis API is sent the text it labels, and answers nothing', () => {
  // aws-genai-llm-chatbot `genai_core/utils/comprehend.py:45`: `detect_dominant_language(Text=query)`, proposed as
  // receiving model outputs.
  it('proposes Amazon Comprehend receiving prompts only', async () => {
    const { entry } = await proposalsFor({
      'core/utils/comprehend.py': [
        'import boto3',
        'comprehend = boto3.client("comprehend")',
        'def get_query_language(query):',
        '    return comprehend.detect_dominant_language(Text=query)',
        '',
      ].join('\n'),
    });
    expect(entry('flows', 'app-to-aws-comprehend')?.dataClasses).toEqual(['prompts']);
  });
});
