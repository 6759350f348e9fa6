import { describe, expect, it } from 'vitest';
import { type DiscoveryReport, discover } from '../../src/discover/index.js';
import { tree } from './fixture.js';

async function scan(files: Record<string, string | Uint8Array>): Promise<DiscoveryReport> {
  return discover([await tree(files)]);
}

/** `file:line:signal` of each proof of one provider. */
function proofs(report: DiscoveryReport, id: string): string[] {
  return (
    report.findings.find((f) => f.id === id)?.evidence.map((e) => `${e.file}:${e.line}:${e.signal}`) ?? []
  );
}

describe('manifests and lockfiles', () => {
  it('reads a package.json whose masked values would not parse, and a pin in overrides is no dependency', async () => {
    // LibreChat's root package.json: a "reset-password" script (masked as a secret) and langsmith pinned in
    // `overrides` for its workspaces; LangSmith was "used" on that line.
    const report = await scan({
      'package.json': JSON.stringify(
        {
          name: 'app',
          scripts: { 'reset-password': 'node config/reset-password.js', token: 12 },
          devDependencies: { openai: '^4' },
          overrides: { langsmith: '^0.6.0' },
        },
        null,
        2,
      ),
    });
    expect(report.findings.map((finding) => finding.id)).toEqual(['openai']);
  });

  it('reads dependencies of every ecosystem, not other fields', async () => {
    const report = await scan({
      'package.json': JSON.stringify(
        {
          name: 'app',
          scripts: { cohere: 'node x' },
          dependencies: { openai: '^4.0.0' },
          devDependencies: { '@pinecone-database/pinecone': '^3' },
        },
        null,
        2,
      ),
      'requirements-dev.txt': '# tools\nanthropic[vertex]>=0.30\nrequests==2.0\nQdrant_Client==1.9\n',
      'pyproject.toml':
        '[project]\nname = "svc"\ndependencies = [\n  "langsmith>=0.1",\n  "httpx",\n]\n[tool.poetry.dependencies]\nmistralai = "^1.0"\n',
      Pipfile: '[packages]\ngroq = "*"\n',
      'go.mod':
        'module x\n\nrequire (\n\tgithub.com/sashabaranov/go-openai v1.20.0\n\tgithub.com/pgvector/pgvector-go v0.1.1\n)\n',
      'Cargo.toml': '[dependencies]\nasync-openai = "0.20"\n[dependencies.lancedb]\nversion = "0.4"\n',
      Gemfile: "source 'https://rubygems.org'\ngem 'ruby-openai'\ngem 'neighbor'\n",
      'pom.xml':
        '<project><dependencies><dependency>\n<groupId>com.anthropic</groupId>\n<artifactId>anthropic-java</artifactId>\n</dependency></dependencies></project>\n',
      'build.gradle': "dependencies {\n  implementation 'dev.langchain4j:langchain4j-open-ai:0.35.0'\n}\n",
      'web/yarn.lock': '"voyageai@^0.0.3":\n  version "0.0.3"\n',
    });
    expect(proofs(report, 'openai')).toEqual([
      'Cargo.toml:2:manifest',
      'Gemfile:2:manifest',
      'build.gradle:2:manifest',
      'go.mod:4:manifest',
      'package.json:7:manifest',
    ]);
    expect(proofs(report, 'cohere')).toEqual([]);
    expect(proofs(report, 'pinecone')).toEqual(['package.json:10:manifest']);
    expect(proofs(report, 'anthropic')).toEqual(['pom.xml:3:manifest', 'requirements-dev.txt:2:manifest']);
    expect(proofs(report, 'qdrant')).toEqual(['requirements-dev.txt:4:manifest']);
    expect(proofs(report, 'langsmith')).toEqual(['pyproject.toml:4:manifest']);
    expect(proofs(report, 'mistral')).toEqual(['pyproject.toml:8:manifest']);
    expect(proofs(report, 'groq')).toEqual(['Pipfile:2:manifest']);
    expect(proofs(report, 'pgvector')).toEqual(['Gemfile:3:manifest', 'go.mod:5:manifest']);
    expect(proofs(report, 'lancedb')).toEqual(['Cargo.toml:3:manifest']);
    const voyage = report.findings.find((f) => f.id === 'voyage');
    expect(voyage?.confidence).toBe('low');
    expect(voyage?.evidence[0]?.detail).toMatch(/lockfile/);
  });
});

describe('imports', () => {
  it('finds TypeScript, Python and Go imports, including sub-paths and multi-line forms', async () => {
    const report = await scan({
      'src/a.ts':
        "import {\n  Anthropic,\n} from '@anthropic-ai/sdk';\nconst { Pinecone } = require('@pinecone-database/pinecone');\nconst m = await import('openai/resources');\n// import nothing from 'cohere-ai' in a comment is still a line without an import statement\n",
      'src/b.py':
        'import os, cohere\nfrom langchain_openai import ChatOpenAI\nfrom google.generativeai import GenerativeModel\nimport boto3\nrt = boto3.client("bedrock-runtime")\n',
      'cmd/main.go':
        'package main\n\nimport (\n\t"fmt"\n\topenai "github.com/sashabaranov/go-openai"\n\t"github.com/qdrant/go-client/qdrant"\n)\n',
    });
    expect(proofs(report, 'anthropic')).toEqual(['src/a.ts:3:import']);
    expect(proofs(report, 'pinecone')).toEqual(['src/a.ts:4:import']);
    expect(proofs(report, 'openai')).toEqual([
      'cmd/main.go:5:import',
      'src/a.ts:5:import',
      'src/b.py:2:import',
    ]);
    // The commented-out import is kept as a mention, after the real one.
    expect(proofs(report, 'cohere')).toEqual(['src/b.py:1:import', 'src/a.ts:6:import']);
    expect(report.findings.find((f) => f.id === 'cohere')?.evidence[1]?.proofClass).toBe('comment');
    expect(proofs(report, 'gemini-developer-api')).toEqual(['src/b.py:3:import']);
    expect(proofs(report, 'aws')).toEqual(['src/b.py:4:import']);
    expect(proofs(report, 'aws-bedrock')).toEqual(['src/b.py:5:import']);
    expect(proofs(report, 'qdrant')).toEqual(['cmd/main.go:6:import']);
  });
});

describe('environment variables', () => {
  it('finds names in .env files, Compose, Kubernetes, Helm values and source, never their values', async () => {
    const report = await scan({
      '.env.example':
        'PINECONE_API_KEY=pcsk_abcdefghijklmnopqrstuvwxyz123\nexport OPENAI_API_KEY="sk-proj-1234567890abcdefghij"\n',
      'docker-compose.yml':
        // biome-ignore lint/suspicious/noTemplateCurlyInString: Compose interpolation, written as Compose reads it
        'services:\n  api:\n    environment:\n      - ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}\n',
      'k8s/deploy.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          env:\n            - name: LANGFUSE_SECRET_KEY\n',
      'chart/values.yaml': 'env:\n  HELICONE_API_KEY: ""\n',
      'src/x.py': 'key = os.environ["MISTRAL_API_KEY"]\n',
    });
    expect(proofs(report, 'pinecone')).toEqual(['.env.example:1:env-var']);
    expect(proofs(report, 'openai')).toEqual(['.env.example:2:env-var']);
    expect(proofs(report, 'anthropic')).toEqual(['docker-compose.yml:4:env-var']);
    expect(proofs(report, 'langfuse')).toEqual(['k8s/deploy.yaml:9:env-var']);
    expect(proofs(report, 'helicone')).toEqual(['chart/values.yaml:2:env-var']);
    expect(proofs(report, 'mistral')).toEqual(['src/x.py:1:env-var']);
    const snippets = report.findings.flatMap((f) => f.evidence.map((e) => e.snippet));
    expect(snippets.join('\n')).not.toMatch(/pcsk_|sk-proj/);
    expect(snippets).toContain('PINECONE_API_KEY=***');
  });
});

describe('API hosts and model identifiers', () => {
  it('matches exact and wildcard hosts and gateway-style model ids', async () => {
    const report = await scan({
      'config/llm.yaml':
        'azure:\n  endpoint: https://acme-prod.openai.azure.com/\nbedrock: https://bedrock-runtime.eu-west-1.amazonaws.com\ngemini: https://generativelanguage.googleapis.com/v1beta\n',
      'src/route.ts':
        "const model = 'anthropic/claude-3-5-sonnet';\nconst other = \"gpt-4o-mini\";\nconst notAModel = 'gptx';\n",
    });
    expect(proofs(report, 'azure-openai')).toEqual(['config/llm.yaml:2:api-host']);
    expect(proofs(report, 'aws-bedrock')).toEqual(['config/llm.yaml:3:api-host']);
    expect(proofs(report, 'gemini-developer-api')).toEqual(['config/llm.yaml:4:api-host']);
    expect(proofs(report, 'anthropic')).toEqual(['src/route.ts:1:model-id']);
    expect(proofs(report, 'openai')).toEqual(['src/route.ts:2:model-id']);
    expect(report.findings.find((f) => f.id === 'anthropic')?.confidence).toBe('low');
  });
});

describe('infrastructure as code', () => {
  it('parses Terraform with attribute conditions and plan JSON', async () => {
    const report = await scan({
      'infra/main.tf': [
        'provider "aws" {',
        '  region = "us-east-1"',
        '}',
        'resource "aws_db_instance" "app" {',
        '  engine = "postgres"',
        '}',
        'resource "aws_db_instance" "legacy" {',
        '  engine = "mysql"',
        '}',
        'resource "aws_sagemaker_endpoint" "ft" {',
        '  name = "ft"',
        '}',
        'resource "azurerm_cognitive_account" "oai" {',
        '  kind = "OpenAI"',
        '}',
        '',
      ].join('\n'),
      'infra/broken.tf': 'resource "aws_s3_bucket" "docs" {\n  bucket = "x"\n',
      'plan.json': JSON.stringify({
        format_version: '1.2',
        planned_values: {
          root_module: {
            child_modules: [{ resources: [{ type: 'google_vertex_ai_endpoint', name: 'e', values: {} }] }],
          },
        },
      }),
    });
    expect(proofs(report, 'aws')).toEqual(['infra/main.tf:1:terraform']);
    expect(proofs(report, 'postgres')).toEqual(['infra/main.tf:4:terraform']);
    expect(proofs(report, 'mysql')).toEqual(['infra/main.tf:7:terraform']);
    expect(proofs(report, 'aws-sagemaker')).toEqual(['infra/main.tf:10:terraform']);
    expect(proofs(report, 'azure-openai')).toEqual(['infra/main.tf:13:terraform']);
    expect(proofs(report, 'azure-ai-services')).toEqual([]);
    expect(proofs(report, 'aws-s3')).toEqual(['infra/broken.tf:1:terraform']);
    expect(proofs(report, 'vertex-ai')).toEqual(['plan.json:1:terraform']);
  });

  it('reads a one-line Terraform plan of any length, but not a one-line JSON export', async () => {
    // gpt-researcher (5d84d2f) commits issue exports (`.triage/*.json`, one line each, 40-160 KB) whose bug reports
    // name Supabase; discovery proposed it as a vendor.
    const issues = Array.from({ length: 80 }, (_, i) => ({
      number: i,
      body: `Self-hosting with my own Supabase project at https://abc.supabase.co fails on step ${i}, with a long trace that goes on.`,
    }));
    const padding = Array.from({ length: 200 }, (_, i) => ({
      type: 'null_resource',
      name: `r${i}`,
      values: {},
    }));
    const report = await scan({
      '.triage/issues.json': JSON.stringify(issues),
      'plan.json': JSON.stringify({
        format_version: '1.2',
        planned_values: {
          root_module: {
            resources: padding,
            child_modules: [{ resources: [{ type: 'google_vertex_ai_endpoint', name: 'e', values: {} }] }],
          },
        },
      }),
      'config.json': '{ "vectorStore": { "url": "https://abc.supabase.co" } }\n',
    });
    expect(JSON.stringify(issues).length).toBeGreaterThan(5000);
    expect(proofs(report, 'supabase')).toEqual(['config.json:1:api-host']);
    expect(proofs(report, 'vertex-ai')).toEqual(['plan.json:1:terraform']);
    expect(report.skipped.find((entry) => entry.file === '.triage/issues.json')?.reason).toMatch(
      /data, not configuration/,
    );
  });

  it('reads Compose, Kubernetes and Dockerfile images without registry or tag', async () => {
    const report = await scan({
      'compose.yaml':
        'services:\n  db:\n    image: pgvector/pgvector:pg16\n  vec:\n    image: "docker.io/chromadb/chroma:0.5"\n  llm:\n    image: ollama/ollama@sha256:abc\n  cache:\n    image: redis:7-alpine\n',
      'k8s/vllm.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: vllm\n          image: vllm/vllm-openai:v0.6.0\n',
      'docker/Dockerfile': 'FROM --platform=linux/amd64 ghcr.io/huggingface/text-generation-inference:2.0\n',
    });
    expect(proofs(report, 'pgvector')).toEqual(['compose.yaml:3:compose-image']);
    expect(proofs(report, 'chroma')).toEqual(['compose.yaml:5:compose-image']);
    expect(proofs(report, 'ollama')).toEqual(['compose.yaml:7:compose-image']);
    expect(proofs(report, 'redis')).toEqual(['compose.yaml:9:compose-image']);
    expect(proofs(report, 'vllm')).toEqual(['k8s/vllm.yaml:8:kubernetes']);
    expect(proofs(report, 'tgi')).toEqual(['docker/Dockerfile:1:compose-image']);
  });
});

describe('SQL migrations', () => {
  it('records vector columns, indexes, RLS and policies per table', async () => {
    const report = await scan({
      'migrations/001.sql': 'CREATE EXTENSION IF NOT EXISTS "vector";\n',
      'migrations/002.sql': [
        'CREATE TABLE app.document_chunks (',
        '  id bigserial PRIMARY KEY,',
        '  tenant_id uuid NOT NULL,',
        '  embedding vector(1536) NOT NULL',
        ');',
        'CREATE INDEX chunks_hnsw ON app.document_chunks USING hnsw (embedding vector_cosine_ops);',
        'ALTER TABLE notes ADD COLUMN summary_embedding halfvec(768);',
        'CREATE INDEX ON notes USING ivfflat (summary_embedding) WITH (lists = 100);',
        '',
      ].join('\n'),
      'migrations/003.sql': [
        'ALTER TABLE app.document_chunks ENABLE ROW LEVEL SECURITY;',
        'ALTER TABLE app.document_chunks FORCE ROW LEVEL SECURITY;',
        'CREATE POLICY tenant_isolation ON app.document_chunks FOR ALL',
        "  USING (tenant_id = current_setting('app.tenant_id')::uuid)",
        "  WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);",
        '',
      ].join('\n'),
    });
    // Where each statement is, and the policies' own places, are checked below.
    const facts = report.tables.map(({ evidence, rlsAt, createdAt, ...rest }) => ({
      ...rest,
      policies: rest.policies.map(({ evidence: _at, ...policy }) => policy),
    }));
    expect(facts).toEqual([
      {
        table: 'document_chunks',
        vectorColumns: ['embedding'],
        vectorIndexes: ['chunks_hnsw (hnsw)'],
        rlsEnabled: true,
        rlsForced: true,
        ownerColumns: ['tenant_id'],
        policies: [
          {
            name: 'tenant_isolation',
            command: 'ALL',
            using: "tenant_id = current_setting('app.tenant_id')::uuid",
            withCheck: "tenant_id = current_setting('app.tenant_id')::uuid",
          },
        ],
      },
      {
        table: 'notes',
        vectorColumns: ['summary_embedding'],
        vectorIndexes: ['ivfflat(summary_embedding) (ivfflat)'],
        rlsEnabled: false,
        rlsForced: false,
        policies: [],
      },
    ]);
    const place = (e: { file: string; line: number }) => `${e.file}:${e.line}`;
    expect(report.tables[0]!.createdAt?.map(place)).toEqual(['migrations/002.sql:1']);
    expect(report.tables[0]!.rlsAt?.map(place)).toEqual(['migrations/003.sql:1', 'migrations/003.sql:2']);
    expect(report.tables[0]!.policies.map((policy) => policy.evidence && place(policy.evidence))).toEqual([
      'migrations/003.sql:3',
    ]);
    expect(report.tables[0]!.evidence.map((e) => `${e.file}:${e.line}`)).toEqual([
      'migrations/002.sql:4',
      'migrations/002.sql:6',
      'migrations/003.sql:1',
      'migrations/003.sql:2',
      'migrations/003.sql:3',
    ]);
    expect(proofs(report, 'pgvector')).toContain('migrations/001.sql:1:sql');
  });
});

describe('model files', () => {
  it('lists weights by name and size without reading them', async () => {
    const report = await scan({
      'models/tiny.gguf': new Uint8Array([0, 1, 2, 3]),
      'models/clf.pkl': 'x',
      'notes.md': 'gguf',
    });
    expect(report.models).toEqual([
      { file: 'models/clf.pkl', format: 'pickle', bytes: 1 },
      { file: 'models/tiny.gguf', format: 'gguf', bytes: 4 },
    ]);
    expect(report.skipped).toEqual([]);
  });
});

describe('configuration facts', () => {
  it('flags Responses calls without store: false, and not those with it', async () => {
    const report = await scan({
      'src/good.ts':
        "import OpenAI from 'openai';\nawait client.responses.create({\n  model: 'gpt-4.1',\n  store: false,\n  input,\n});\n",
      'src/bad.ts':
        "import OpenAI from 'openai';\nawait client.responses.create({ model: 'gpt-4.1', input });\nawait client.responses.create(params);\n",
      'src/bad.py':
        'from openai import OpenAI\nclient.responses.create(model="gpt-4.1", input=q, store=True)\n',
      'src/other.ts': '// not OpenAI\nawait thing.responses.create({ input });\n',
    });
    const facts = report.facts.filter((f) => f.kind === 'openai-store-not-disabled');
    expect(facts.map((f) => `${f.evidence[0]!.file}:${f.evidence[0]!.line}:${f.heuristic ?? false}`)).toEqual(
      ['src/bad.py:2:false', 'src/bad.ts:2:false', 'src/bad.ts:3:true'],
    );
  });

  it('flags features zero-data-retention excludes, per provider', async () => {
    const report = await scan({
      'src/oa.ts':
        "import OpenAI from 'openai';\nconst a = await client.beta.assistants.create({});\nawait client.files.create({ file });\n",
      'src/an.py':
        'import anthropic\nclient.beta.files.upload(file=f)\nmsg = client.messages.create(system=[{"type": "text", "text": s, "cache_control": {"type": "ephemeral"}}])\nclient.messages.batches.create(requests=r)\n',
      'src/mi.py': 'from mistralai import Mistral\nclient.files.upload(file=f)\n',
      'src/plain.ts': 'await storage.files.create({ name });\n',
    });
    const zdr = report.facts.filter((f) => f.kind === 'zdr-excluded-feature');
    expect(zdr.map((f) => `${f.provider}@${f.evidence[0]!.file}:${f.evidence[0]!.line}`)).toEqual([
      'anthropic@src/an.py:2',
      'anthropic@src/an.py:3',
      'anthropic@src/an.py:4',
      'mistral@src/mi.py:2',
      'openai@src/oa.ts:2',
      'openai@src/oa.ts:3',
    ]);
  });

  it('derives Gemini, Azure OpenAI, Bedrock logging and prompt-receiving observability facts', async () => {
    const report = await scan({
      'src/g.ts': "import { GoogleGenerativeAI } from '@google/generative-ai';\n",
      '.env': 'AZURE_OPENAI_ENDPOINT=https://x.openai.azure.com\nLANGSMITH_TRACING=true\nDD_SERVICE=api\n',
      'infra/bedrock.tf':
        'resource "aws_bedrock_model_invocation_logging_configuration" "main" {\n  logging_config {\n    text_data_delivery_enabled = true\n  }\n}\n',
      'infra/quiet.tf':
        'resource "aws_bedrock_model_invocation_logging_configuration" "quiet" {\n  logging_config {\n    text_data_delivery_enabled = false\n  }\n}\n',
      'src/log.py':
        'import boto3\nbedrock = boto3.client("bedrock")\nbedrock.put_model_invocation_logging_configuration(loggingConfig={"textDataDeliveryEnabled": True})\n',
    });
    const kinds = report.facts.map((f) => `${f.kind}@${f.evidence[0]!.file}:${f.evidence[0]!.line}`);
    expect(kinds).toEqual([
      'azure-openai-resource@.env:1',
      'bedrock-invocation-logging-text@infra/bedrock.tf:1',
      'bedrock-invocation-logging-text@src/log.py:3',
      'gemini-developer-api@src/g.ts:1',
      'prompts-to-observability@.env:2',
    ]);
  });

  it('tells the Gemini Developer API from Vertex AI behind the one Google Gen AI SDK', async () => {
    const report = await scan({
      'src/dev.ts': "import { GoogleGenAI } from '@google/genai';\nconst ai = new GoogleGenAI({ apiKey });\n",
      'src/vertex.ts':
        "import { GoogleGenAI } from '@google/genai';\nconst ai = new GoogleGenAI({ vertexai: true, project, location });\n",
      'src/dev.py': 'from google import genai\nclient = genai.Client(api_key=key)\n',
      'src/vertex.py':
        'from google import genai\nclient = genai.Client(vertexai=True, project=p, location=l)\n',
      // RAGFlow (b1b8cd6) builds the arguments first and splats them: the setting is in the file, not the call.
      'src/splat.py':
        'from google import genai\nclient_kwargs = {"vertexai": True, "project": p}\nclient = genai.Client(**client_kwargs)\n',
      'src/splat_dev.py': 'from google import genai\nkw = {"api_key": k}\nclient = genai.Client(**kw)\n',
    });
    expect(report.findings.find((f) => f.provider === 'google-genai')?.vendor).toBe('google');
    const gemini = report.facts.filter((f) => f.kind === 'gemini-developer-api');
    expect(gemini.map((f) => `${f.evidence[0]!.file}:${f.evidence[0]!.line}:${f.heuristic}`)).toEqual([
      'src/dev.py:2:true',
      'src/dev.ts:2:true',
      'src/splat_dev.py:3:true',
    ]);
  });

  it('flags vector queries without a tenant filter as a heuristic', async () => {
    const report = await scan({
      'src/pc.ts':
        "import { Pinecone } from '@pinecone-database/pinecone';\nawait index.query({ vector, topK: 5 });\nawait index.query({ vector, topK: 5, filter: { tenant_id: t } });\n",
      'src/qd.py':
        'from qdrant_client import QdrantClient\nclient.search(collection_name="c", query_vector=v)\nclient.search(collection_name="c", query_vector=v, query_filter=f)\n',
      'src/sql.ts':
        'const q = `SELECT id FROM chunks ORDER BY embedding <=> $1 LIMIT 5`;\nconst r = `SELECT id FROM chunks WHERE tenant_id = $2 ORDER BY embedding <=> $1 LIMIT 5`;\n',
    });
    const facts = report.facts.filter((f) => f.kind === 'vector-query-without-tenant-filter');
    expect(facts.map((f) => `${f.provider}@${f.evidence[0]!.file}:${f.evidence[0]!.line}`)).toEqual([
      'pinecone@src/pc.ts:2',
      'qdrant@src/qd.py:2',
      'pgvector@src/sql.ts:1',
    ]);
    expect(facts.every((f) => f.heuristic && /heuristic/.test(f.message))).toBe(true);
  });
});

describe('what the accuracy bench found on the labelled apps (2026-12-05)', () => {
  it("reads a Google client library's versioned module as its service (LLMStack's speech_v2)", async () => {
    const report = await scan({
      'providers/google/speech_to_text.py': 'from google.cloud.speech_v2 import SpeechAsyncClient\n',
    });
    expect(proofs(report, 'google-cloud-speech')).toEqual(['providers/google/speech_to_text.py:1:import']);
  });

  it('reads no display type as a vendor: a survey shown in a modal is no Modal (formbricks)', async () => {
    const report = await scan({
      'apps/web/preview.tsx':
        'export const P = ({ previewType }) => (previewType === "modal" ? <Modal /> : <Page />);\n',
    });
    expect(proofs(report, 'modal')).toEqual([]);
  });

  it('reads no marker at the start of a longer name', async () => {
    // private-gpt (ab89a0d): its Qdrant store's `self.dense_vector_name` made Elasticsearch a vector store it uses.
    const qdrant = await scan({ 'store.py': 'self.dense_vector_name = DEFAULT_DENSE_VECTOR_NAME\n' });
    expect(proofs(qdrant, 'elasticsearch')).toEqual([]);
    const mapping = await scan({
      'index.py': 'mapping = {"embedding": {"type": "dense_vector", "dims": 768}}\n',
    });
    expect(proofs(mapping, 'elasticsearch')).toEqual(['index.py:1:api-call']);
    // trieve (66eca00): nor at the end of a snake_case one, its own `get_dense_vector` function.
    const own = await scan({
      'server/src/bin/update-worker.rs': 'use trieve_server::operators::model_operator::get_dense_vector;\n',
    });
    expect(proofs(own, 'elasticsearch')).toEqual([]);
    // Nor as a variable of its own: a search engine's vector field is a mapping's type, a string.
    const variable = await scan({
      'search_operator.rs': 'let (dense_vector, sparse_vector) = embed(query);\n',
    });
    expect(proofs(variable, 'elasticsearch')).toEqual([]);
  });

  it('reads a field that may hold one value as the tag of one option, not a default among them (quivr)', async () => {
    // quivr (947a785): `PGVectorConfig.vectordb_type: Literal["pgvector"] = "pgvector"` made PGVector its default
    // vector store; FAISS is.
    const tag = await scan({
      'serialization.py':
        'class PGVectorConfig(BaseModel):\n    vectordb_type: Literal["pgvector"] = "pgvector"\n',
    });
    expect(tag.findings.find((finding) => finding.id === 'pgvector')?.status ?? 'absent').not.toBe('used');
    const choice = await scan({
      'settings.py':
        'class Settings(BaseModel):\n    vectordb_type: Literal["pgvector", "faiss"] = "pgvector"\n',
    });
    expect(choice.findings.find((finding) => finding.id === 'pgvector')?.status).toBe('used');
  });
});

describe('what a page may load is no proof it loads it', () => {
  it('reads the hosts of a Content-Security-Policy as data (unstract)', async () => {
    // unstract (6b916ea): its nginx.conf allows Google Analytics and Stripe, which no code loads; both were proposed
    // as sub-processors.
    const policy = await scan({
      'frontend/nginx.conf':
        'add_header Content-Security-Policy-Report-Only "default-src \'self\'; script-src https://www.googletagmanager.com https://js.stripe.com; connect-src https://api.stripe.com";\n',
    });
    for (const id of ['google-analytics', 'google-tag-manager', 'stripe'])
      expect(policy.findings.find((finding) => finding.id === id)?.status ?? 'absent', id).not.toBe('used');
    const call = await scan({ 'server/pay.ts': 'await fetch("https://api.stripe.com/v1/charges", init);\n' });
    expect(call.findings.find((finding) => finding.id === 'stripe')?.status).toBe('used');
  });
});

describe('names that open like a model but are none (supermemory)', () => {
  it("reads no model in a vendor's app name or a metadata key", async () => {
    const report = await scan({
      'web/connect.tsx': 'const clients = ["claude-code", "cursor"];\n',
      'mcp/metadata.ts': 'const meta = { "openai/widgetSessionId": id };\n',
    });
    expect(report.findings.map((finding) => finding.id)).not.toContain('anthropic');
    expect(report.findings.map((finding) => finding.id)).not.toContain('openai');
    const model = await scan({ 'server/chat.ts': 'const model = "claude-3-5-sonnet-latest";\n' });
    expect(proofs(model, 'anthropic')).toEqual(['server/chat.ts:1:model-id']);
  });
});

describe('models routed through LiteLLM by its provider prefixes (unstract)', () => {
  it('reads a route built for LiteLLM as the vendor it sends to, and not a prefix tested or stripped', async () => {
    // unstract (6b916ea): its adapters build `f"bedrock/{model}"` for LiteLLM; Bedrock, Gemini and five more were found
    // nowhere else. R2R strips "huggingface/" from a reranker's name and posts to its own server.
    const report = await scan({
      'adapters/base.py': [
        '"""See https://docs.litellm.ai/docs/providers."""',
        'def validate_model(model):',
        '    if model.startswith("bedrock/"):',
        '        return model',
        '    return f"bedrock/{model}"',
        'GEMINI = "gemini/"',
      ].join('\n'),
      'embeddings/litellm.py': 'payload = {"model-id": self.rerank_model.split("huggingface/")[1]}\n',
    });
    expect(proofs(report, 'aws-bedrock')).toContain('adapters/base.py:5:api-call');
    expect(proofs(report, 'aws-bedrock')).not.toContain('adapters/base.py:3:api-call');
    expect(report.findings.find((finding) => finding.id === 'aws-bedrock')?.status).toBe('used');
    expect(proofs(report, 'gemini-developer-api')).toContain('adapters/base.py:6:api-call');
    expect(report.findings.find((finding) => finding.id === 'huggingface-inference')?.status).not.toBe(
      'used',
    );
    // Without LiteLLM named in the file, `deepseek/…` may as well be an OpenRouter model.
    const router = await scan({ 'server/models.ts': 'const model = "deepseek/deepseek-chat";\n' });
    expect(proofs(router, 'deepseek').filter((proof) => proof.endsWith(':api-call'))).toEqual([]);
  });
});
