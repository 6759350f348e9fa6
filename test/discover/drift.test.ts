import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeDrift, discover, findingsInForce, writeProposedEntries } from '../../src/discover/index.js';
import { loadMap } from '../../src/map/index.js';
import { tree } from './fixture.js';

const MAP = `# Our map: comments must survive --write
version: 1
organization:
  name: Test Co
  stage: seed
components:
  # the vector index
  - id: chunks
    kind: vector-store
    provider: pgvector
  - id: cache
    kind: cache
    provider: redis
subprocessors:
  - id: aws
    vendor: Amazon Web Services
    service: Hosting
    provider: aws
    purpose: Runs everything
  - id: openai
    vendor: OpenAI
    service: API
    provider: openai
    purpose: Answers
    ai: true
  - id: cohere
    vendor: Cohere
    service: Rerank
    provider: cohere
    purpose: Rerank
    ai: true
`;

const CODE = {
  'src/llm.ts': "import OpenAI from 'openai';\nimport { Client } from 'langsmith';\n",
  'src/aws.ts':
    "import { S3Client } from '@aws-sdk/client-s3';\nimport { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';\n",
  'compose.yaml':
    'services:\n  db:\n    image: pgvector/pgvector:pg16\n  q:\n    image: qdrant/qdrant\n  llm:\n    image: ollama/ollama\n',
  'src/model.ts': "const m = 'mistral/mistral-large-latest';\n",
};

async function setUp(map = MAP) {
  const root = await tree({ ...CODE, 'trustmap.yaml': map });
  const loaded = await loadMap(path.join(root, 'trustmap.yaml'));
  const report = await discover([root]);
  return { root, map: loaded, report, drift: computeDrift(loaded, report) };
}

describe('drift against the map', () => {
  it('applies the severity rules, matching sub-processors by provider id or vendor', async () => {
    const { drift } = await setUp();
    expect(drift.map((d) => `${d.severity} ${d.kind} ${d.provider}`)).toEqual([
      'critical undeclared-subprocessor langsmith',
      'high vector-store-without-tenancy pgvector',
      'high vector-store-without-tenancy qdrant',
      'info subprocessor-not-found cohere',
      'info undeclared-component ollama',
      'info component-not-found redis',
    ]);
    const langsmith = drift[0]!;
    expect(langsmith.message).toMatch(/receives prompts/);
    expect(langsmith.evidence[0]).toMatchObject({ file: 'src/llm.ts', line: 2, signal: 'import' });
    const cohere = drift.find((d) => d.provider === 'cohere')!;
    expect(cohere.pointer).toBe('subprocessors/cohere');
    expect(cohere.location?.line).toBe(26);
    const pgvector = drift.find((d) => d.provider === 'pgvector')!;
    expect(pgvector.pointer).toBe('components/chunks');
    expect(pgvector.proposal).toBeUndefined();
  });

  it('asks no tenancy of a vector store the map says each customer runs (vector-admin)', async () => {
    // vector-admin (5cd91c3): its customers' own Chroma, Qdrant and Weaviate failed for want of a tenancy model.
    const { drift } = await setUp(
      MAP.replace(
        '  - id: cache\n',
        '  - id: theirs\n    kind: vector-store\n    provider: qdrant\n    hosting: customer-hosted\n  - id: cache\n',
      ),
    );
    expect(drift.map((d) => `${d.kind} ${d.provider}`)).not.toContain('vector-store-without-tenancy qdrant');
    expect(drift.map((d) => `${d.kind} ${d.provider}`)).toContain('vector-store-without-tenancy pgvector');
  });

  it('expects no trace in the code of a vendor the map says only another vendor sends data to (vercel/ai-chatbot)', async () => {
    // The models behind Vercel's AI Gateway are called by the gateway: "not found there: Anthropic Claude API" was
    // said in a lineage answer sent without review.
    const { drift } = await setUp(
      `${MAP}dataClasses:\n  - { id: q, name: Questions, category: prompts, tenantScoped: true }\nflows:\n  - { id: f1, from: openai, to: cohere, dataClasses: [q], purpose: inference }\n`,
    );
    expect(drift.some((d) => d.kind === 'subprocessor-not-found' && d.provider === 'cohere')).toBe(false);
  });

  it('expects no trace in the code of a platform that runs a service of ours (sec-insights)', async () => {
    // sec-insights (a9b6da0): Vercel, hosting the frontend, "declared but discovery found no trace of vercel".
    const hosted = MAP.replace(
      'components:\n',
      'components:\n  - id: web\n    kind: service\n    subprocessor: cohere\n',
    );
    const { drift } = await setUp(hosted);
    expect(drift.some((d) => d.kind === 'subprocessor-not-found' && d.provider === 'cohere')).toBe(false);
    // Sent data by a flow of its own, the code should reach it: still asked.
    const sent = await setUp(
      `${hosted}dataClasses:\n  - { id: q, name: Questions, category: prompts, tenantScoped: true }\nflows:\n  - { id: f1, from: web, to: cohere, dataClasses: [q], purpose: inference }\n`,
    );
    expect(sent.drift.some((d) => d.kind === 'subprocessor-not-found' && d.provider === 'cohere')).toBe(true);
  });

  it('says a component names a hosted service without saying who runs it (linkwarden)', async () => {
    // linkwarden (7550ebb): its file store, `provider: aws-s3` with no hosting, read "not a declared sub-processor",
    // and the fix offered "sub-processor or component" to a map that had the component.
    const map = MAP.replace(
      '  - id: aws\n    vendor: Amazon Web Services\n    service: Hosting\n    provider: aws\n    purpose: Runs everything\n',
      '',
    ).replace(
      '  - id: cache\n',
      '  - id: files\n    kind: object-store\n    provider: aws-s3\n  - id: cache\n',
    );
    const { drift } = await setUp(map);
    const s3 = drift.find((d) => d.kind === 'undeclared-subprocessor' && d.provider === 'aws-s3');
    expect(s3?.message).toContain(
      "`files` names it without saying who runs it: link it to the vendor's sub-processor (`subprocessor:`), or set `hosting: self-hosted` where you run it yourself",
    );
    // Said to be each customer's own, it is declared (WrenAI: the customer's own warehouse read by connector code).
    const theirs = await setUp(
      map.replace('    provider: aws-s3\n', '    provider: aws-s3\n    hosting: customer-hosted\n'),
    );
    expect(theirs.drift.some((d) => d.kind === 'undeclared-subprocessor' && d.provider === 'aws-s3')).toBe(
      false,
    );
    // Linked to a sub-processor of the map, as the hint says, it is declared (excalidraw: its Firebase file store run
    // by the `google-firebase` sub-processor stayed "not a declared sub-processor").
    const linked = await setUp(
      map.replace(
        '    provider: aws-s3\n',
        '    provider: aws-s3\n    hosting: vendor\n    subprocessor: cohere\n',
      ),
    );
    expect(linked.drift.some((d) => d.kind === 'undeclared-subprocessor' && d.provider === 'aws-s3')).toBe(
      false,
    );
  });

  it("finds a declared vendor in the code of that vendor's own sample app (pinecone-vercel-starter)", async () => {
    // pinecone-vercel-starter (cb53b81), its organisation named Pinecone: the declared Pinecone, our own product in our
    // own code, was "declared but discovery found no trace of pinecone".
    const root = await tree({
      'trustmap.yaml': MAP.replace('  name: Test Co\n', '  name: Cohere\n'),
      'src/rerank.py': 'import cohere\nclient = cohere.Client()\n',
    });
    const loaded = await loadMap(path.join(root, 'trustmap.yaml'));
    const drift = computeDrift(loaded, await discover([root]));
    expect(drift.some((d) => d.kind === 'subprocessor-not-found' && d.provider === 'cohere')).toBe(false);
  });

  it("finds the parts of the company's own platform that its own code uses (search_with_lepton)", async () => {
    // leptonai/search_with_lepton (0a2fe37), mapped as Lepton AI: its LLM endpoint, KV store and search API named
    // `provider: leptonai` were each "not found in the code" beside three proofs of leptonai (search_with_lepton.py:368).
    const root = await tree({
      'trustmap.yaml': MAP.replace('  name: Test Co\n', '  name: Cohere\n').replace(
        '  - id: cache\n',
        '  - id: reranker\n    kind: inference-endpoint\n    provider: cohere\n    hosting: self-hosted\n  - id: cache\n',
      ),
      'src/rerank.py': 'import cohere\nclient = cohere.Client()\n',
    });
    const drift = computeDrift(await loadMap(path.join(root, 'trustmap.yaml')), await discover([root]));
    expect(drift.some((d) => d.kind === 'component-not-found' && d.provider === 'cohere')).toBe(false);
    // Another company's map naming Cohere's endpoint with no Cohere in its code is still told.
    const other = await tree({
      'trustmap.yaml': MAP.replace(
        '  - id: cache\n',
        '  - id: reranker\n    kind: inference-endpoint\n    provider: cohere\n    hosting: self-hosted\n  - id: cache\n',
      ),
      'src/app.py': 'print(1)\n',
    });
    const told = computeDrift(await loadMap(path.join(other, 'trustmap.yaml')), await discover([other]));
    expect(told.some((d) => d.kind === 'component-not-found' && d.provider === 'cohere')).toBe(true);
  });

  it('never reports a finding that is only mentioned (a model name, a test, a comment)', async () => {
    const { report, drift } = await setUp();
    expect(report.findings.find((f) => f.id === 'mistral')?.status).toBe('mentioned');
    expect(drift.some((d) => d.provider === 'mistral')).toBe(false);
    const root = await tree({
      'trustmap.yaml': MAP,
      'tests/test_llm.py': 'import anthropic\n',
      'src/app.py': '# import groq\nimport openai\n',
      'docs/setup.py': 'from pinecone import Pinecone\n',
    });
    const mentioned = await discover([root]);
    const items = computeDrift(await loadMap(path.join(root, 'trustmap.yaml')), mentioned);
    expect(mentioned.findings.filter((f) => f.status === 'mentioned').map((f) => f.id)).toEqual([
      'anthropic',
      'groq',
      'pinecone',
    ]);
    expect(items.map((d) => d.provider)).not.toContain('anthropic');
    expect(items.map((d) => d.provider)).not.toContain('groq');
    expect(items.map((d) => d.provider)).not.toContain('pinecone');
  });

  it('is quiet when the map declares tenancy and every vendor', async () => {
    const complete = MAP.replace(
      '    provider: pgvector\n',
      '    provider: pgvector\n    tenancy: { model: row-level-security }\n',
    );
    const { drift } = await setUp(complete);
    expect(drift.some((d) => d.provider === 'pgvector')).toBe(false);
    expect(drift.some((d) => d.provider === 'aws-bedrock' || d.provider === 'aws-s3')).toBe(false);
  });

  it('--write adds proposed entries and keeps comments, order and existing entries', async () => {
    const { root, drift, map } = await setUp();
    const file = path.join(root, 'trustmap.yaml');
    const result = await writeProposedEntries(file, drift, map);
    // Vendors and stores come with what the code shows reaching them: the calling component, the data
    // classes and a flow, all proposed.
    expect(result.added.map((entry) => `${entry.section}/${entry.id}`)).toEqual([
      'dataClasses/prompts',
      'dataClasses/model-outputs',
      'subprocessors/langsmith',
      'components/app',
      'flows/app-to-langsmith',
      'dataClasses/customer-documents',
      'dataClasses/document-embeddings',
      'components/qdrant',
      'flows/app-to-qdrant',
      'components/ollama',
      'flows/app-to-ollama',
    ]);
    const written = await readFile(file, 'utf8');
    expect(written.startsWith(MAP.slice(0, MAP.indexOf('  - id: cache')))).toBe(true);
    expect(written).toContain('# the vector index');
    expect(written).toMatch(
      /# proposed by trustmap discover: LangSmith is used in code .*\(src\/llm\.ts:2\); confirm, then delete `status: proposed`\n {2}- id: langsmith\n {4}status: proposed/,
    );
    const reloaded = await loadMap(file);
    expect(reloaded.subprocessors.map((s) => s.id)).toEqual(['aws', 'openai', 'cohere', 'langsmith']);
    expect(reloaded.components.find((c) => c.id === 'ollama')).toMatchObject({
      kind: 'inference-endpoint',
      provider: 'ollama',
      hosting: 'self-hosted',
      status: 'proposed',
    });
    expect(reloaded.subprocessors.find((s) => s.id === 'langsmith')).toMatchObject({
      status: 'proposed',
      dataClasses: ['prompts', 'model-outputs'],
    });
    expect(reloaded.flows.find((f) => f.id === 'app-to-langsmith')).toMatchObject({
      from: 'app',
      to: 'langsmith',
      status: 'proposed',
    });
    const again = await writeProposedEntries(file, computeDrift(reloaded, await discover([root])), reloaded);
    expect(again.added).toEqual([]);
  });
});

describe('--write on an app that lets its operator choose among vendors', () => {
  const CHOOSER = [
    'import os',
    'from openai import OpenAI',
    'from anthropic import Anthropic',
    'from groq import Groq',
    '',
    'def client(name):',
    '    if name == "openai":',
    '        return OpenAI()',
    '    if name == "anthropic":',
    '        return Anthropic()',
    '    return Groq()',
    '',
  ].join('\n');
  const EMPTY = 'version: 1\norganization:\n  name: Test Co\n  stage: seed\n';

  it('proposes each of three model providers under the condition that it is the one configured', async () => {
    const root = await tree({ 'trustmap.yaml': EMPTY, 'server/llm.py': CHOOSER });
    const file = path.join(root, 'trustmap.yaml');
    const map = await loadMap(file);
    await writeProposedEntries(file, computeDrift(map, await discover([root])), map);
    const written = await readFile(file, 'utf8');
    expect(written).toMatch(
      /# proposed by trustmap discover: what the code sends to Groq API, one of 3 model providers found, so only when the app is configured to use it; delete the condition if every request reaches it/,
    );
    const flows = (await loadMap(file)).flows;
    expect(flows.map((flow) => flow.to).sort()).toEqual(['anthropic', 'groq', 'openai']);
    for (const flow of flows)
      expect(flow.condition, flow.id).toEqual({
        kind: 'other',
        description: 'when configured as the model provider',
      });
  });

  it('proposes a gateway server we run as the way to every provider, and a library called in-process as none (SurfSense, unstract: LiteLLM)', async () => {
    const written = async (files: Record<string, string>) => {
      const root = await tree({ 'trustmap.yaml': EMPTY, ...files });
      const file = path.join(root, 'trustmap.yaml');
      const map = await loadMap(file);
      await writeProposedEntries(file, computeDrift(map, await discover([root])), map);
      return loadMap(file);
    };
    // Its proxy's image in the Compose file: a server of ours every request passes through.
    const proxy = await written({
      'server/llm.py': `import litellm\n${CHOOSER}`,
      'docker-compose.yml': 'services:\n  litellm:\n    image: ghcr.io/berriai/litellm:main-latest\n',
    });
    expect(proxy.flows.find((flow) => flow.to === 'litellm')).toBeDefined();
    expect(proxy.flows.find((flow) => flow.to === 'litellm')?.condition).toBeUndefined();
    expect(proxy.flows.find((flow) => flow.to === 'groq')?.condition).toBeDefined();
    // Imported only: a library in our process (unstract had it proposed as a service of ours holding prompts).
    const library = await written({ 'server/llm.py': `import litellm\n${CHOOSER}` });
    expect(library.components.map((component) => component.provider)).not.toContain('litellm');
    expect(library.flows.find((flow) => flow.to === 'litellm')).toBeUndefined();
    expect(library.flows.find((flow) => flow.to === 'groq')?.condition).toBeDefined();
  });

  it('proposes a vendor-hosted vector store once as the place data goes: one flow, to the vendor that runs the index', async () => {
    // Verba and the onboarding fixture read "to Pinecone and Pinecone" in every lineage answer.
    const code =
      "import { Pinecone } from '@pinecone-database/pinecone';\nconst index = new Pinecone().index('docs');\n";
    const root = await tree({ 'trustmap.yaml': EMPTY, 'api/search.ts': code });
    const file = path.join(root, 'trustmap.yaml');
    const map = await loadMap(file);
    await writeProposedEntries(file, computeDrift(map, await discover([root])), map);
    const written = await loadMap(file);
    expect(written.flows.map((flow) => flow.to)).toEqual(['pinecone']);
    expect(written.components.find((c) => c.kind === 'vector-store')).toMatchObject({
      hosting: 'vendor',
      subprocessor: 'pinecone',
      dataClasses: ['document-embeddings', 'customer-documents'],
    });
  });

  it('in an app that retrieves, a model answering prompts receives document passages; a parser receives files to ingest', async () => {
    // Verba and kotaemon: every generator got the retrieved chunks; Unstructured got whole uploads, not prompts.
    const code = [
      'import chromadb',
      'from openai import OpenAI',
      'from unstructured_client import UnstructuredClient',
      'store = chromadb.PersistentClient(path="data")',
      'parser = UnstructuredClient()',
      'llm = OpenAI()',
      '',
    ].join('\n');
    const root = await tree({ 'trustmap.yaml': EMPTY, 'app/rag.py': code });
    const file = path.join(root, 'trustmap.yaml');
    const map = await loadMap(file);
    await writeProposedEntries(file, computeDrift(map, await discover([root])), map);
    const written = await readFile(file, 'utf8');
    expect(written).toContain(
      'what the code sends to OpenAI API, with passages of customer documents retrieved into its prompts',
    );
    const flows = (await loadMap(file)).flows;
    expect(flows.find((flow) => flow.to === 'openai')?.dataClasses).toEqual([
      'prompts',
      'model-outputs',
      'customer-documents',
    ]);
    expect(flows.find((flow) => flow.to === 'unstructured-api')).toMatchObject({
      dataClasses: ['customer-documents'],
      purpose: 'ingestion',
    });
  });

  it("says a vendor found only in connector code may be a source of customers' data, not a sub-processor (Onyx)", async () => {
    const root = await tree({
      'trustmap.yaml': EMPTY,
      'backend/onyx/connectors/hubspot/connector.py':
        'from hubspot import HubSpot\nclient = HubSpot(access_token=token)\n',
      'backend/onyx/auth/email.py':
        'from sendgrid import SendGridAPIClient\nSendGridAPIClient(key).send(message)\n',
      // A connector named by its file (SurfSense's reads the customer's own cluster).
      'app/connectors_v2/elasticsearch_connector.py': 'from elasticsearch import Elasticsearch\n',
    });
    const file = path.join(root, 'trustmap.yaml');
    const map = await loadMap(file);
    await writeProposedEntries(file, computeDrift(map, await discover([root])), map);
    const written = await readFile(file, 'utf8');
    const comment = (id: string) =>
      written.split('\n').find((_line, i, lines) => lines[i + 1]?.trim() === `- id: ${id}`) ?? '';
    expect(comment('hubspot')).toMatch(
      /found only in connector code, .* so proposed under the customer's own account/,
    );
    expect(comment('elasticsearch')).toMatch(/found only in connector code/);
    expect(comment('sendgrid')).not.toMatch(/connector/);
  });

  it("proposes a vendor's own server that the repository's Compose file runs as our component, not a sub-processor (cognita)", async () => {
    const root = await tree({
      'trustmap.yaml': EMPTY,
      'backend/parse.py':
        'import os, requests\nurl = os.environ["UNSTRUCTURED_API_URL"]\nrequests.post(url + "/general/v0/general", files=files)\n',
      'docker-compose.yaml':
        'services:\n  parser:\n    image: downloads.unstructured.io/unstructured-io/unstructured-api:0.0.73\n  traces:\n    image: langfuse/langfuse:3\n  gateway:\n    image: ghcr.io/labring/aiproxy:v0.2.2\n',
      'backend/trace.py': 'from langfuse import Langfuse\nLangfuse().trace(name="chat")\n',
    });
    const report = await discover([root]);
    const found = (id: string) => report.findings.find((finding) => finding.provider === id);
    expect(found('unstructured-api')).toMatchObject({
      hosting: 'self-hosted',
      name: 'Unstructured API (self-hosted)',
    });
    expect(found('langfuse')).toMatchObject({ hosting: 'self-hosted', name: 'Langfuse (self-hosted)' });
    // FastGPT's gateway to every model vendor, run in its Compose file.
    expect(found('aiproxy')).toMatchObject({ hosting: 'self-hosted', category: 'llm-gateway' });
    const file = path.join(root, 'trustmap.yaml');
    const map = await loadMap(file);
    await writeProposedEntries(file, computeDrift(map, report), map);
    const written = await loadMap(file);
    expect(written.subprocessors).toEqual([]);
    expect(written.components.find((component) => component.id === 'langfuse')).toMatchObject({
      kind: 'log-sink',
      hosting: 'self-hosted',
    });
    expect(written.flows.find((flow) => flow.to === 'unstructured-api')).toMatchObject({
      dataClasses: ['customer-documents'],
      purpose: 'ingestion',
    });
    // The same vendor's cloud, with no image of its server in the repository, stays a sub-processor.
    const cloud = await tree({
      'backend/trace.py': 'from langfuse import Langfuse\nLangfuse().trace(name="chat")\n',
    });
    expect((await discover([cloud])).findings.find((f) => f.provider === 'langfuse')?.hosting).toBe(
      'vendor-hosted',
    );
  });

  it("proposes one of an SDK's services, not the SDK beside it, and the service declares the SDK (LightRAG: Google's Gen AI SDK)", async () => {
    const root = await tree({
      'trustmap.yaml': EMPTY,
      'app/gemini.py':
        'import os\nfrom google import genai\nclient = genai.Client(api_key=os.environ["GEMINI_API_KEY"])\n',
    });
    const report = await discover([root]);
    expect(report.findings.map((finding) => finding.provider)).toEqual(
      expect.arrayContaining(['google-genai', 'gemini-developer-api']),
    );
    const file = path.join(root, 'trustmap.yaml');
    const map = await loadMap(file);
    await writeProposedEntries(file, computeDrift(map, report), map);
    const written = await loadMap(file);
    expect(written.subprocessors.map((entry) => entry.provider)).toEqual(['gemini-developer-api']);
    expect(computeDrift(written, report).filter((item) => item.kind === 'undeclared-subprocessor')).toEqual(
      [],
    );
  });

  it("takes a cloud account seen only by its credentials for the credential of the vendor's service beside it (LightRAG: Google Cloud beside Vertex AI)", async () => {
    const code =
      'import os\nimport vertexai\ncred = os.environ.get("GOOGLE_APPLICATION_CREDENTIALS")\nvertexai.init(project=os.getenv("GOOGLE_CLOUD_PROJECT"))\n';
    const root = await tree({ 'trustmap.yaml': EMPTY, 'app/llm.py': code });
    const report = await discover([root]);
    expect(report.findings.find((finding) => finding.provider === 'gcp')?.covers).toEqual(['vertex-ai']);
    const file = path.join(root, 'trustmap.yaml');
    const map = await loadMap(file);
    await writeProposedEntries(file, computeDrift(map, report), map);
    const written = await loadMap(file);
    expect(written.subprocessors.map((entry) => entry.provider)).toEqual(['vertex-ai']);
    expect(computeDrift(written, report).filter((item) => item.kind === 'undeclared-subprocessor')).toEqual(
      [],
    );
    // Vertex AI dismissed instead, the account it stood for goes with it (rag_api: Google Cloud came back as a gap).
    const dismissed = await loadMap(file);
    const without = {
      ...dismissed,
      subprocessors: [],
      flows: [],
      dismissals: [{ id: 'vertex-ai', reason: 'an optional embedding backend we do not deploy' }],
    } as typeof dismissed;
    expect(computeDrift(without, report).filter((item) => item.kind === 'undeclared-subprocessor')).toEqual(
      [],
    );
    // The account with proof of its own (a Terraform project), or alone, is still a sub-processor.
    const hosted = await tree({
      'app/llm.py': code,
      'infra/main.tf': 'resource "google_project" "main" {\n  name = "prod"\n}\n',
    });
    const gcp = (await discover([hosted])).findings.find((finding) => finding.provider === 'gcp');
    expect(gcp?.covers).toBeUndefined();
    // The account's SDK imported in the service's own file is that service's client (MaxKB: botocore in Bedrock).
    const bedrock = await tree({
      'app/bedrock.py':
        'import boto3\nfrom botocore.config import Config\nclient = boto3.client("bedrock-runtime", config=Config())\n',
      'requirements.txt': 'boto3\n',
    });
    expect((await discover([bedrock])).findings.find((f) => f.provider === 'aws')?.covers).toEqual([
      'aws-bedrock',
    ]);
    // Its error classes imported elsewhere, to catch a service's failures, are no use of another service (openui).
    const errors = await tree({
      'app/storage.py': 'import boto3\ns3 = boto3.client("s3")\n',
      'app/server.py': 'from botocore.exceptions import ClientError\n',
    });
    expect((await discover([errors])).findings.find((f) => f.provider === 'aws')?.covers).toEqual(['aws-s3']);
    const elsewhere = await tree({
      'app/bedrock.py': 'import boto3\nclient = boto3.client("bedrock-runtime")\n',
      'app/queue.py': 'import boto3\nsqs = boto3.resource("sqs")\n',
    });
    expect((await discover([elsewhere])).findings.find((f) => f.provider === 'aws')?.covers).toBeUndefined();
    const alone = await tree({ 'app/keys.py': 'import os\nos.environ["GOOGLE_APPLICATION_CREDENTIALS"]\n' });
    expect((await discover([alone])).findings.find((f) => f.provider === 'gcp')?.covers).toBeUndefined();
  });

  it('proposes a lone embedding service under a condition where the operator chooses among model providers (AnythingLLM: Voyage)', async () => {
    // AnythingLLM embeds with the model APIs too (`server/utils/EmbeddingEngines/openAi`): the operator chooses the
    // embedder as well. With Voyage the only embedder, it would be every request's (reor's Transformers.js).
    const embed = [
      'import voyageai',
      'from openai import OpenAI',
      'vo = voyageai.Client()',
      'def embed_with_openai(texts):',
      '    return OpenAI().embeddings.create(model="text-embedding-3-small", input=texts)',
      '',
    ].join('\n');
    const root = await tree({ 'trustmap.yaml': EMPTY, 'server/llm.py': CHOOSER, 'server/embed.py': embed });
    const file = path.join(root, 'trustmap.yaml');
    const map = await loadMap(file);
    await writeProposedEntries(file, computeDrift(map, await discover([root])), map);
    const voyage = (await loadMap(file)).flows.find((flow) => flow.to === 'voyage');
    expect(voyage?.condition?.description).toBe('when configured as the embedding provider');
    expect(await readFile(file, 'utf8')).toContain(
      'an embedding provider in an app whose operator chooses among 3 model providers',
    );
    // Two model vendors split the work: the embedding service beside them is not read as a choice.
    const two = CHOOSER.replace('from groq import Groq\n', '').replace('    return Groq()\n', '');
    const split = await tree({ 'trustmap.yaml': EMPTY, 'server/llm.py': two, 'server/embed.py': embed });
    const splitFile = path.join(split, 'trustmap.yaml');
    const splitMap = await loadMap(splitFile);
    await writeProposedEntries(splitFile, computeDrift(splitMap, await discover([split])), splitMap);
    expect((await loadMap(splitFile)).flows.find((flow) => flow.to === 'voyage')?.condition).toBeUndefined();
  });

  it('proposes two vendors that split the work (chat and embeddings) with no condition', async () => {
    const two = CHOOSER.replace('from groq import Groq\n', '').replace('    return Groq()\n', '');
    const root = await tree({ 'trustmap.yaml': EMPTY, 'server/llm.py': two });
    const file = path.join(root, 'trustmap.yaml');
    const map = await loadMap(file);
    await writeProposedEntries(file, computeDrift(map, await discover([root])), map);
    const flows = (await loadMap(file)).flows;
    expect(flows.map((flow) => flow.to).sort()).toEqual(['anthropic', 'openai']);
    expect(flows.filter((flow) => flow.condition)).toEqual([]);
  });
});

describe('proposal ids', () => {
  it('are valid map ids for any provider name, host names included, and the same on every run', async () => {
    const { mapIdFor } = await import('../../src/map/index.js');
    expect(mapIdFor('api.aimlapi.com')).toBe('api-aimlapi-com');
    expect(mapIdFor('Weird__Name!!')).toBe('weird-name');
    expect(mapIdFor('x'.repeat(80))).toHaveLength(63);
  });
});

describe('the company’s own product', () => {
  it('is no third party where its own code names it (Langfuse traces itself with Langfuse)', async () => {
    const root = await tree({
      'trustmap.yaml': 'version: 1\norganization: { name: Langfuse, stage: seed }\n',
      'web/src/tracing.ts': "import { Langfuse } from 'langfuse';\nnew Langfuse();\n",
      'web/src/llm.ts': "import OpenAI from 'openai';\n",
    });
    const report = await discover([root]);
    expect(report.findings.map((finding) => finding.provider)).toContain('langfuse');
    const map = await loadMap(path.join(root, 'trustmap.yaml'));
    const providers = computeDrift(map, report).map((item) => item.provider);
    expect(providers).toContain('openai');
    expect(providers).not.toContain('langfuse');
  });

  it('says a declared provider the map also dismisses as dismissed, not as missing from the code (Onyx: MinIO)', async () => {
    const { report } = await setUp();
    const map = await loadMap(
      path.join(
        await tree({
          'trustmap.yaml': `${MAP.replace('components:\n', 'components:\n  - { id: vectors, kind: vector-store, provider: qdrant }\n')}dismissals:\n  - { id: qdrant, reason: declared as our index already }\n`,
        }),
        'trustmap.yaml',
      ),
    );
    const cache = computeDrift(map, report).find((item) => item.provider === 'qdrant');
    expect(cache?.message).toMatch(
      /^Component vectors names provider qdrant; discovery found it in the code \(.+:\d+\), but the map dismisses it/,
    );
    expect(cache?.message).not.toContain('did not find');
  });

  it("reports no endpoint at the company's own site or the app's own address (inbox-zero)", async () => {
    // inbox-zero (4f70dce): email templates' `baseUrl = "https://www.getinboxzero.com"` and `.env.example`'s
    // `NEXT_PUBLIC_BASE_URL=http://localhost:3000` were proposed as unidentified AI endpoints.
    const root = await tree({
      'trustmap.yaml': 'version: 1\norganization: { name: Inbox Zero, stage: seed }\n',
      'emails/action.tsx': 'const props = {\n  baseUrl = "https://www.getinboxzero.com",\n};\n',
      'apps/web/.env.example': 'NEXT_PUBLIC_BASE_URL=http://localhost:3000\n',
      'apps/web/llm.ts':
        "import OpenAI from 'openai';\nconst client = new OpenAI({ baseURL: process.env.NEXT_PUBLIC_BASE_URL });\nconst other = new OpenAI({ baseURL: 'https://inference.gpuhost.io/v1' });\n",
    });
    const report = await discover([root]);
    const map = await loadMap(path.join(root, 'trustmap.yaml'));
    const endpoints = computeDrift(map, report)
      .filter((item) => item.finding?.kind === 'endpoint')
      .map((item) => item.provider);
    expect(endpoints).not.toContain('www.getinboxzero.com');
    expect(endpoints).not.toContain('localhost:3000');
    expect(endpoints).toContain('inference.gpuhost.io');
    // skyvern (07222e7): its CLI's heartbeat to its own cloud API, `api.skyvern.com`.
    const own = await tree({
      'trustmap.yaml': 'version: 1\norganization: { name: skyvern, stage: seed }\n',
      'cli/doctor.ts':
        "import OpenAI from 'openai';\nconst client = new OpenAI({ baseURL: 'https://api.skyvern.com/v1' });\n",
    });
    const ownMap = await loadMap(path.join(own, 'trustmap.yaml'));
    const ownReport = await discover([own]);
    expect(ownReport.findings.map((finding) => finding.provider)).toContain('api.skyvern.com');
    // Not a sub-processor; a service of ours the code sends model requests to, proposed as a component (cline
    // 21cb8d2: api.cline.bot, its hosted provider, was dropped, the one path where prompts reach the company).
    const ownDrift = computeDrift(ownMap, ownReport).filter((item) => item.provider === 'api.skyvern.com');
    expect(ownDrift.map((item) => [item.kind, item.proposal?.section, item.proposal?.entry.kind])).toEqual([
      ['undeclared-component', 'components', 'api'],
    ]);
    // Nor do the checks, which read the same findings in force: its vendor-terms check had failed on it.
    expect(
      findingsInForce(ownMap, ownReport.findings, new Date()).map((finding) => finding.provider),
    ).not.toContain('api.skyvern.com');
  });

  it('reads no endpoint from a setting compared in a base URL expression (midday: POLAR_ENVIRONMENT)', async () => {
    const report = await discover([
      await tree({
        'api/probes.ts':
          'import OpenAI from "openai";\nconst baseUrl =\n  process.env.POLAR_ENVIRONMENT === "sandbox" ? "https://sandbox-api.polar.sh" : "https://api.polar.sh";\n',
      }),
    ]);
    expect(JSON.stringify(report)).not.toContain('POLAR_ENVIRONMENT');
  });

  it('asks no tenancy of a vector store each customer reaches with its own account (Flowise)', async () => {
    const root = await tree({
      'trustmap.yaml':
        "version: 1\norganization: { name: Builder, stage: seed }\nsubprocessors:\n  - { id: pinecone, vendor: Pinecone, service: Vector DB, provider: pinecone, purpose: the customer's own index, account: customer }\n",
      'server/store.ts':
        "import { Pinecone } from '@pinecone-database/pinecone';\nconst client = new Pinecone({ apiKey: credential.apiKey });\n",
    });
    const report = await discover([root]);
    const kinds = computeDrift(await loadMap(path.join(root, 'trustmap.yaml')), report)
      .filter((item) => item.provider === 'pinecone')
      .map((item) => item.kind);
    expect(kinds).toEqual([]);
  });
});
