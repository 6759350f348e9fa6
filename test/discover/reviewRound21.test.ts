import { describe, expect, it } from 'vitest';
import { computeDrift, planAdditions } from '../../src/discover/index.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { scan, statusOf } from './fixture.js';

/** The sub-processor `init` would propose for `id` from a tree of `files`, into an empty map. */
async function proposedVendor(files: Record<string, string>, id: string) {
  const report = await scan(files);
  const loaded = loadMapFromFiles(
    [{ file: 'trustmap.yaml', content: 'version: 1\norganization: { name: Tiny, stage: seed }\n' }],
    { root: '/tmp/map' },
  );
  if (!loaded.ok) throw new Error('map does not load');
  return planAdditions(loaded.map, computeDrift(loaded.map, report), report.facts).find(
    (addition) => addition.section === 'subprocessors' && addition.entry.id === id,
  );
}

/** The finding `id` of the report of a tree of `files`. */
const findingOf = async (files: Record<string, string>, id: string) =>
  (await scan(files)).findings.find((finding) => finding.id === id);

describe('Neo4j as the graph store or as a vector index', () => {
  // pipeshub-ai (backend/python/app/connectors_main.py:702): its knowledge graph, proposed as its vector store.
  it('is a datastore where the code only queries its graph', async () => {
    const neo4j = await findingOf(
      {
        'app/graph.py': [
          'from neo4j import AsyncGraphDatabase',
          'driver = AsyncGraphDatabase.driver(uri, auth=(user, password))',
          'await session.run("MATCH (r:Record)-[:BELONGS_TO]->(k:KB) RETURN r")',
          '',
        ].join('\n'),
      },
      'neo4j',
    );
    expect({ status: neo4j?.status, category: neo4j?.category }).toEqual({
      status: 'used',
      category: 'datastore',
    });
  });

  it('is a vector store where the code uses its vector index', async () => {
    for (const line of [
      'CALL db.index.vector.queryNodes("chunks", 5, $embedding) YIELD node, score',
      'RETURN vector.similarity.cosine(n.embedding, $query) AS score',
    ]) {
      const neo4j = await findingOf(
        {
          'app/graph.py': `from neo4j import GraphDatabase\nquery = """${line}"""\n`,
        },
        'neo4j',
      );
      expect(neo4j?.category).toBe('vector-store');
    }
    const langchain = await findingOf(
      {
        'app/store.py':
          'from langchain_neo4j import Neo4jVector\nstore = Neo4jVector.from_existing_index(embeddings, url=url)\n',
      },
      'neo4j',
    );
    expect(langchain?.category).toBe('vector-store');
  });
});

describe('a request body’s field default', () => {
  const request = [
    'from pydantic import BaseModel, Field',
    '',
    'class ChatRequest(BaseModel):',
    '    provider: str = "openai"',
    '    model: str = Field(default="gpt-4o", description="default model")',
    '    question: str',
    '',
  ].join('\n');

  it('is no default choice of the configuration', async () => {
    const openai = await findingOf({ 'app/api/schemas.py': request }, 'openai');
    expect(openai?.status).toBe('used');
    expect(openai?.defaultChoice).toBeUndefined();
  });

  it('keeps a settings class’s default as the default choice', async () => {
    const settings = request.replace('class ChatRequest(BaseModel)', 'class AppSettings(BaseSettings)');
    const openai = await findingOf({ 'app/settings.py': settings }, 'openai');
    expect(openai?.defaultChoice?.length).toBeGreaterThan(0);
  });
});

describe('Perplexity used as a search API', () => {
  it('is its search API where a file only searches with it', async () => {
    const report = await scan({
      'app/tools/web_search.py': [
        'import os, requests',
        'def search(query):',
        '    key = os.environ["PERPLEXITY_API_KEY"]',
        '    return requests.post("https://api.perplexity.ai/search", json={"query": query},',
        '                         headers={"Authorization": f"Bearer {key}"}).json()',
        '',
      ].join('\n'),
      'app/tools/sdk_search.py':
        'from perplexity import Perplexity\nclient = Perplexity()\nresults = client.search.create(query="x")\n',
    });
    expect({
      models: statusOf(report, 'perplexity'),
      search: statusOf(report, 'perplexity-search'),
    }).toEqual({ models: undefined, search: 'used' });
    expect(report.findings.find((finding) => finding.id === 'perplexity-search')?.category).toBe(
      'web-search',
    );
  });

  it('stays the model provider where the code chats with its models', async () => {
    const report = await scan({
      'app/llm.py': [
        'import os, requests',
        'key = os.environ["PERPLEXITY_API_KEY"]',
        'requests.post("https://api.perplexity.ai/chat/completions", json={"model": "sonar-pro", "messages": m})',
        '',
      ].join('\n'),
      'app/tools/sdk.py': [
        'from perplexity import Perplexity',
        'client = Perplexity()',
        'client.search.create(query="x")',
        'client.chat.completions.create(model="sonar", messages=m)',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'perplexity')).toBe('used');
    expect(statusOf(report, 'perplexity-search')).toBeUndefined();
  });
});

describe('a module only a commented-out import reaches', () => {
  // AIHawk (79155b5): `src/libs/llm_manager.py`, whose only importer, main.py:27, has the import commented out.
  const aihawk = {
    'requirements.txt': 'langchain-anthropic\nlangchain-openai==0.1.17\n',
    'main.py': [
      'from src.libs.resume import build_resume',
      '# from ai_hawk.llm.llm_manager import GPTAnswerer',
      '',
      'build_resume()',
      '',
    ].join('\n'),
    'src/libs/resume.py': [
      'from langchain_openai import ChatOpenAI',
      'def build_resume():',
      '    return ChatOpenAI(model_name="gpt-4o-mini").invoke("…")',
      '',
    ].join('\n'),
    'src/libs/llm_manager.py': [
      'from langchain_anthropic import ChatAnthropic',
      'from langchain_community.chat_models import ChatPerplexity',
      'class GPTAnswerer:',
      '    def __init__(self):',
      '        self.llm = ChatAnthropic(model="claude-3") if a else ChatPerplexity()',
      '',
    ].join('\n'),
    'src/utils/constants.py': '# Constants in llm_manager.py\nLIMIT = 3\n',
  };

  it('makes none of its providers used, its framework packages included', async () => {
    const report = await scan(aihawk);
    expect({
      openai: statusOf(report, 'openai'),
      anthropic: statusOf(report, 'anthropic'),
      perplexity: statusOf(report, 'perplexity'),
    }).toEqual({ openai: 'used', anthropic: 'mentioned', perplexity: 'mentioned' });
    const proof = report.findings
      .find((finding) => finding.id === 'perplexity')
      ?.evidence.find((item) => item.file === 'src/libs/llm_manager.py');
    expect(proof?.proofClass).toBe('example');
    expect(proof?.detail).toContain('only a commented-out import reaches');
  });

  it('keeps a module any live line names', async () => {
    for (const live of [
      'from src.libs import llm_manager\n',
      'import importlib\nimportlib.import_module("src.libs.llm_manager")\n',
    ]) {
      const report = await scan({ ...aihawk, 'src/app.py': live });
      expect(statusOf(report, 'perplexity')).toBe('used');
    }
  });

  it('keeps a module no import names at all, commented or not (a script run by itself)', async () => {
    const report = await scan({ ...aihawk, 'main.py': 'print("run src/libs scripts by hand")\n' });
    expect(statusOf(report, 'perplexity')).toBe('used');
  });

  it('reads a JavaScript module the same way', async () => {
    const report = await scan({
      'src/index.ts': "// import { ask } from './groqClient'\nexport const ok = 1;\n",
      'src/groqClient.ts':
        "import Groq from 'groq-sdk';\nexport const ask = () => new Groq().chat.completions.create(x);\n",
    });
    expect(statusOf(report, 'groq')).toBe('mentioned');
  });
});

describe('a consumer chat app a browser extension reaches', () => {
  // chathub (1e41add): src/app/bots/bing/index.ts:258 and src/app/bots/lmsys/index.ts:7, the user's own Bing and LMArena
  // sessions in their browser, proposed as vendors of ours receiving prompts.
  const chathub = {
    'manifest.config.ts':
      "import { defineManifest } from '@crxjs/vite-plugin'\nexport default defineManifest(async () => ({ manifest_version: 3, name: 'x' }))\n",
    'src/app/bots/bing/index.ts': [
      'export function socketUrl(signature?: string) {',
      "  if (!signature) return 'wss://sydney.bing.com/sydney/ChatHub'",
      "  return 'wss://sydney.bing.com/sydney/ChatHub?sec_access_token=' + encodeURIComponent(signature)",
      '}',
      '',
    ].join('\n'),
    'src/app/bots/claude-api/index.ts':
      "export const ask = (key: string) => fetch('https://api.anthropic.com/v1/complete', { headers: { 'x-api-key': key } })\n",
  };

  it('is proposed under the user’s own account', async () => {
    const bing = await proposedVendor(chathub, 'bing-chat');
    expect(bing?.entry.account).toBe('customer');
    expect(bing?.comment).toContain('signed-in session');
    // The vendor's API, called with a key, is not a web app's session.
    expect((await proposedVendor(chathub, 'anthropic'))?.entry.account).toBeUndefined();
  });

  it('is left as it is outside a browser extension (a session of the operator’s may be used)', async () => {
    const { 'manifest.config.ts': _, ...server } = chathub;
    expect((await proposedVendor(server, 'bing-chat'))?.entry.account).toBeUndefined();
  });
});

describe('a file store each user links with their own token', () => {
  // Tandoor (d206edd): cookbook/provider/dropbox.py:15, each space's Dropbox, listed with the token its user linked.
  const tandoor = {
    'recipes/provider/dropbox.py': [
      'from recipes.helper.HelperFunctions import safe_request',
      '',
      'class Dropbox(Provider):',
      '    @staticmethod',
      '    def import_all(monitor):',
      '        url = "https://api.dropboxapi.com/2/files/list_folder"',
      '        headers = {"Authorization": "Bearer " + monitor.storage.token}',
      '        return safe_request("POST", url, headers=headers)',
      '',
    ].join('\n'),
  };

  it('is found and proposed under the user’s own account', async () => {
    const report = await scan(tandoor);
    expect(statusOf(report, 'dropbox')).toBe('used');
    const dropbox = await proposedVendor(tandoor, 'dropbox');
    expect(dropbox?.entry.account).toBe('customer');
    expect(dropbox?.comment).toContain('the token each user linked');
  });

  it('is ours where the token is a setting of ours', async () => {
    const ours = {
      'app/backup.py': [
        'import os, requests',
        'token = os.environ["DROPBOX_TOKEN"]',
        'requests.post("https://content.dropboxapi.com/2/files/upload", headers={"Authorization": f"Bearer {token}"})',
        '',
      ].join('\n'),
    };
    expect((await proposedVendor(ours, 'dropbox'))?.entry.account).toBeUndefined();
  });
});

describe('connector clients built from each connector instance’s settings', () => {
  // pipeshub-ai (95d655b): app/sources/client/zendesk/zendesk.py reads `/services/connectors/{connector_instance_id}/config`
  // for each customer's own subdomain and token; app/sources/external/s3/s3.py wraps the S3 client built so; each
  // folder holds an `example.py` run by hand with a developer's keys. All were proposed as our vendors.
  const pipeshub = {
    'app/sources/client/zendesk/zendesk.py': [
      'class ZendeskClient:',
      '    @classmethod',
      '    async def build_from_services(cls, config_service, connector_instance_id=None):',
      '        config = await config_service.get_config(f"/services/connectors/{connector_instance_id}/config")',
      '        auth = config.get("auth", {})',
      '        return cls(f"https://{auth[\'subdomain\']}.zendesk.com/api/v2", auth["apiToken"])',
      '',
    ].join('\n'),
    'app/sources/client/s3/s3.py': [
      'import aioboto3',
      'class S3Client:',
      '    @classmethod',
      '    async def build_from_services(cls, config_service, connector_instance_id=None):',
      '        config = await config_service.get_config(f"/services/connectors/{connector_instance_id}/config")',
      "        return aioboto3.Session(**config['auth']).client('s3')",
      '',
    ].join('\n'),
    'app/sources/external/s3/s3.py': [
      'from app.sources.client.s3.s3 import S3Client',
      'class S3DataSource:',
      '    async def list_buckets(self):',
      "        async with self.session.client('s3') as s3_client:",
      '            return await s3_client.list_buckets()',
      '',
    ].join('\n'),
    'app/sources/external/s3/example.py': [
      'import os',
      'from app.sources.client.s3.s3 import S3Client',
      'key = os.getenv("AWS_ACCESS_KEY_ID")',
      'if __name__ == "__main__":',
      '    asyncio.run(main())',
      '',
    ].join('\n'),
  };

  it('proposes their services under each customer’s own account', async () => {
    for (const id of ['zendesk', 'aws-s3'])
      expect((await proposedVendor(pipeshub, id))?.entry.account, id).toBe('customer');
  });

  it('keeps a client built from our own settings as ours', async () => {
    const ours = {
      'app/storage/s3.py':
        "import os, boto3\nclient = boto3.client('s3', aws_access_key_id=os.environ['AWS_ACCESS_KEY_ID'])\n",
    };
    expect((await proposedVendor({ ...pipeshub, ...ours }, 'aws-s3'))?.entry.account).toBeUndefined();
  });

  it('keeps a module named example.py that the app imports as code', async () => {
    const report = await scan({
      'app/misc/example.py': 'from groq import Groq\nclient = Groq()\n',
    });
    expect(statusOf(report, 'groq')).toBe('used');
  });
});
