import { describe, expect, it } from 'vitest';
import { discover, findProvider } from '../../src/discover/index.js';
import { tree } from './fixture.js';

/** One real-looking proof per vendor added from the corpora, each in the form its docs show. */
const PROOFS: [string, string, string][] = [
  [
    'couchbase',
    'a.py',
    'from langchain_couchbase import CouchbaseSearchVectorStore\nuse(CouchbaseSearchVectorStore)\n',
  ],
  ['meilisearch', 'a.ts', "import { MeiliSearch } from 'meilisearch';\n"],
  ['singlestore', 'a.py', 'import singlestoredb as s2\n'],
  ['vectara', '.env', 'VECTARA_API_KEY=x\n'],
  ['zep', 'a.py', 'from zep_cloud.client import Zep\n'],
  ['lunary', 'a.py', 'import lunary\n'],
  ['langwatch', 'a.py', 'import langwatch\n'],
  ['opik', 'a.py', 'from opik import track\n'],
  ['baidu-qianfan', 'a.py', 'import qianfan\n'],
  ['cometapi', 'a.py', 'client = OpenAI(base_url="https://api.cometapi.com/v1")\n'],
  ['gtts', 'a.py', 'from gtts import gTTS\n'],
  [
    'mongodb-atlas-vector-search',
    'a.py',
    'pipeline = [{"$vectorSearch": {"index": "v", "path": "embedding"}}]\n',
  ],
  ['redis-vector-search', 'a.py', 'from redisvl.index import SearchIndex\n'],
  ['neo4j', 'a.py', 'from neo4j import GraphDatabase\n'],
  ['tavily', 'a.py', 'from tavily import TavilyClient\n'],
  ['exa', 'a.py', 'from exa_py import Exa\n'],
  ['unstructured-api', 'a.py', 'from unstructured_client import UnstructuredClient\n'],
  ['firecrawl', 'a.py', 'from firecrawl import FirecrawlApp\n'],
  ['gigachat', 'a.py', 'from langchain_gigachat.chat_models import GigaChat\nuse(GigaChat)\n'],
  ['siliconflow', 'a.py', 'BASE = "https://api.siliconflow.cn/v1"\n'],
  ['volcengine-ark', 'a.py', 'from volcenginesdkarkruntime import Ark\n'],
  ['infinity', 'a.py', 'import infinity\n'],
  ['agentops', 'a.py', 'import agentops\n'],
];

describe('catalog growth', () => {
  it.each(PROOFS)('recognises %s', async (id, file, content) => {
    expect(findProvider(id)?.website).toMatch(/^https:\/\//);
    const report = await discover([await tree({ [file]: content })]);
    expect(report.findings.find((f) => f.id === id)?.status).toBe('used');
  });

  it('keeps Redis the cache apart from Redis vector search', async () => {
    const cache = await discover([await tree({ 'a.py': 'import redis\nr = redis.Redis()\n' })]);
    expect(cache.findings.map((f) => f.id)).toEqual(['redis']);
    const vectors = await discover([
      await tree({ 'a.py': 'import redis\nfrom redis.commands.search.field import VectorField\n' }),
    ]);
    expect(vectors.findings.map((f) => f.id)).toEqual(['redis', 'redis-vector-search']);
  });
});
