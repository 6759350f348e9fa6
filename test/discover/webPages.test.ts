import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProvider } from '../../src/discover/catalog/index.js';
import { computeDrift, discover, writeProposedEntries } from '../../src/discover/index.js';
import { SEMANTIC_CACHE } from '../../src/discover/signals/semanticCache.js';
import { USER_FILES, WEB_PAGES_INDEXED } from '../../src/discover/signals/webContent.js';
import { loadMap } from '../../src/map/index.js';
import { scan, tree } from './fixture.js';

const EMPTY = 'version: 1\norganization:\n  name: Test Co\n  stage: seed\n';

/** What `--write` adds to a map (`map`, empty by default) from the code in `files`, and the file's text. */
async function written(files: Record<string, string>, map = EMPTY) {
  const root = await tree({ 'trustmap.yaml': map, ...files });
  const file = path.join(root, 'trustmap.yaml');
  const loaded = await loadMap(file);
  const report = await discover([root]);
  await writeProposedEntries(file, computeDrift(loaded, report), loaded, report.facts);
  return { map: await loadMap(file), text: await readFile(file, 'utf8') };
}

const classesTo = (map: Awaited<ReturnType<typeof loadMap>>, to: string) =>
  map.flows.filter((flow) => flow.to === to).flatMap((flow) => flow.dataClasses);

// llm-answer-engine (168c5d7): Serper finds pages for the question, `get10BlueLinksContents` fetches them and reads
// them with cheerio, `processAndVectorizeContent` splits them into a `MemoryVectorStore` with OpenAI's embeddings and
// passes the closest chunks to the model. Every model, the embedder and the store were proposed as receiving
// "customer documents", which every answer then said the company stores.
const ANSWER_ENGINE = {
  'app/tools/searchProviders.tsx': [
    'export async function serperSearch(message: string) {',
    "  const response = await fetch('https://google.serper.dev/search', {",
    "    method: 'POST',",
    "    headers: { 'X-API-KEY': process.env.SERPER_API as string },",
    '    body: JSON.stringify({ q: message }),',
    '  });',
    '  return (await response.json()).organic;',
    '}',
    '',
  ].join('\n'),
  'app/tools/contentProcessing.tsx': [
    "import cheerio from 'cheerio';",
    "import { RecursiveCharacterTextSplitter } from 'langchain/text_splitter';",
    "import { MemoryVectorStore } from 'langchain/vectorstores/memory';",
    "import { OpenAIEmbeddings } from '@langchain/openai';",
    "const embeddings = new OpenAIEmbeddings({ modelName: 'text-embedding-3-small' });",
    'export async function get10BlueLinksContents(sources: { link: string }[]) {',
    '  return Promise.all(sources.map(async (source) => {',
    '    const html = await (await fetch(source.link)).text();',
    "    return { ...source, html: cheerio.load(html)('body').text() };",
    '  }));',
    '}',
    'export async function processAndVectorizeContent(contents: { html: string }[], query: string) {',
    '  const splitter = new RecursiveCharacterTextSplitter({ chunkSize: 800 });',
    '  const texts = await splitter.splitText(contents[0].html);',
    '  const store = await MemoryVectorStore.fromTexts(texts, {}, embeddings);',
    '  return store.similaritySearch(query, 4);',
    '}',
    '',
  ].join('\n'),
  'app/action.tsx': [
    "import OpenAI from 'openai';",
    'const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });',
    'export async function answer(messages: any[]) {',
    "  return openai.chat.completions.create({ model: 'gpt-4o', messages, stream: true });",
    '}',
    '',
  ].join('\n'),
};

describe('retrieval over public web pages', () => {
  it('proposes web pages, not customer documents, where the code embeds the pages it searched and takes no files (llm-answer-engine)', async () => {
    const { map, text } = await written(ANSWER_ENGINE);
    expect(map.dataClasses.map((entry) => entry.id)).not.toContain('customer-documents');
    expect(map.dataClasses.find((entry) => entry.id === 'web-pages')).toMatchObject({
      name: 'Public web pages',
      category: 'internal',
      sensitivity: 'public',
      tenantScoped: false,
    });
    // The model answers from the chunks retrieved; the embedder embeds the pages and the question.
    expect(map.flows.find((flow) => flow.id === 'app-to-openai')?.dataClasses).toEqual([
      'prompts',
      'model-outputs',
      'web-pages',
    ]);
    expect(map.flows.find((flow) => flow.id === 'app-to-openai-embedding')?.dataClasses).toEqual([
      'web-pages',
      'prompts',
    ]);
    expect(text).toContain('with passages of public web pages retrieved into its prompts');
    expect(text).toContain('also embeds text (app/tools/contentProcessing.tsx:');
    expect(text).toContain('the web pages indexed, and the questions searched with');
    expect(text).toContain(
      'the code reads web pages or search results (app/tools/contentProcessing.tsx:1) and embeds, indexes or reranks them (app/tools/contentProcessing.tsx:3)',
    );
    expect(text).toContain("no code takes files users upload: if customers' own documents are retrieved too");
  });

  it('proposes a store the page-reading code reaches as holding web pages and their vectors (open_deep_research)', async () => {
    // open_deep_research (408da44): `src/legacy/utils.py` fetches the pages Tavily finds, reads them with
    // BeautifulSoup, splits them into an `InMemoryVectorStore`, and also queries an Azure AI Search index as one of
    // its search APIs: the index and every model were proposed as holding customer documents. (Its `legacy` folder,
    // which nothing served reaches, is read as an example now: the same code sits in a served folder here.)
    const utils = [
      'import os',
      'import httpx',
      'from bs4 import BeautifulSoup',
      'from tavily import AsyncTavilyClient',
      'from azure.search.documents.aio import SearchClient as AsyncAzureAISearchClient',
      'from langchain.embeddings import init_embeddings',
      'from langchain_core.vectorstores import InMemoryVectorStore',
      '',
      'async def fetch(url):',
      '    async with httpx.AsyncClient() as client:',
      '        return BeautifulSoup((await client.get(url)).text, "html.parser").get_text()',
      '',
      'def split_and_rerank_search_results(embeddings, query, results):',
      '    store = InMemoryVectorStore(embeddings)',
      '    return store.similarity_search(query)',
      '',
      'async def azureaisearch_search(index_name, credential):',
      '    endpoint = os.getenv("AZURE_AI_SEARCH_ENDPOINT")',
      '    async with AsyncAzureAISearchClient(endpoint, index_name, credential) as client:',
      '        return await client.search("q")',
      '',
      'embeddings = init_embeddings("openai:text-embedding-3-small")',
      '',
    ].join('\n');
    const model =
      'from langchain_anthropic import ChatAnthropic\nllm = ChatAnthropic(model="claude-sonnet-4")\n';
    const { map, text } = await written({ 'src/research/utils.py': utils, 'src/research/graph.py': model });
    expect(map.dataClasses.map((entry) => entry.id).sort()).toEqual(
      expect.not.arrayContaining(['customer-documents', 'document-embeddings']),
    );
    expect(map.dataClasses.find((entry) => entry.id === 'web-page-embeddings')).toMatchObject({
      category: 'embeddings',
      tenantScoped: false,
      derivedFrom: ['web-pages'],
    });
    expect(classesTo(map, 'azure-ai-search')).toEqual(['web-page-embeddings', 'web-pages']);
    expect(classesTo(map, 'anthropic')).toEqual(['prompts', 'model-outputs', 'web-pages']);
    expect(text).toContain(
      'src/research/utils.py, which reads web pages and indexes them (lines 3 and 7), reaches it, so it is proposed holding them',
    );
  });

  it('proposes both where the code also takes files users upload (gpt-researcher)', async () => {
    // gpt-researcher (5d84d2f): its chat splits what Tavily finds into an `InMemoryVectorStore`, and its server takes
    // documents users upload (`UploadFile`) to research over them as well.
    const { map, text } = await written({
      'backend/chat/chat.py': [
        'from langchain_community.vectorstores import InMemoryVectorStore',
        'from langchain_openai import OpenAIEmbeddings',
        'from tavily import TavilyClient',
        'store = InMemoryVectorStore(OpenAIEmbeddings(model="text-embedding-3-small"))',
        '',
      ].join('\n'),
      'backend/server/app.py': [
        'from fastapi import FastAPI, File, UploadFile',
        'app = FastAPI()',
        '@app.post("/upload/")',
        'async def upload_file(file: UploadFile = File(...)):',
        '    return {"filename": file.filename}',
        '',
      ].join('\n'),
      'backend/llm.py': 'from openai import OpenAI\nclient = OpenAI()\n',
    });
    const ids = map.dataClasses.map((entry) => entry.id);
    expect(ids).toEqual(expect.arrayContaining(['customer-documents', 'web-pages']));
    expect(classesTo(map, 'openai')).toEqual(expect.arrayContaining(['customer-documents', 'web-pages']));
    expect(text).toContain(
      'code also takes files users upload or loads their documents (backend/server/app.py:1)',
    );
  });

  it('keeps customer documents where the web search and the index are apart (quivr, AgentGPT)', async () => {
    // quivr (947a785) indexes uploaded files and offers Tavily as an agent's tool; AgentGPT (18b073a) keeps its agents'
    // tasks in Pinecone beside a Serper tool. Neither embeds what it finds on the web.
    const { map } = await written({
      'core/llm_tools/web_search_tools.py':
        'from langchain_community.tools import TavilySearchResults\ntool = TavilySearchResults(max_results=5)\n',
      'core/memory/pinecone.py': [
        'from pinecone import Index',
        'from langchain.embeddings import OpenAIEmbeddings',
        'index = Index("tasks")',
        'vectors = OpenAIEmbeddings().embed_documents(["a task"])',
        '',
      ].join('\n'),
    });
    const ids = map.dataClasses.map((entry) => entry.id);
    expect(ids).toContain('customer-documents');
    expect(ids).not.toContain('web-pages');
    expect(classesTo(map, 'pinecone')).toEqual(['document-embeddings', 'customer-documents']);
  });

  it('proposes both where a store the page-reading code does not reach holds documents beside them', async () => {
    const { map, text } = await written({
      ...ANSWER_ENGINE,
      'api/search.ts':
        "import { Pinecone } from '@pinecone-database/pinecone';\nconst index = new Pinecone().index('docs');\n",
    });
    expect(classesTo(map, 'pinecone')).toEqual(['document-embeddings', 'customer-documents']);
    expect(map.flows.find((flow) => flow.id === 'app-to-openai')?.dataClasses).toEqual([
      'prompts',
      'model-outputs',
      'customer-documents',
      'web-pages',
    ]);
    expect(text).toContain(
      'Pinecone (reached from api/search.ts) is proposed holding customer documents beside them',
    );
    expect(text).toContain(
      'with passages of customer documents and public web pages retrieved into its prompts',
    );
  });

  it('reuses a public web class the map already has, and never takes its vectors for customer embeddings', async () => {
    const map = `${EMPTY}dataClasses:
  - id: crawled-pages
    name: Crawled web pages
    category: internal
    sensitivity: public
    tenantScoped: false
  - id: page-vectors
    name: Page vectors
    category: embeddings
    tenantScoped: false
    derivedFrom: [crawled-pages]
`;
    const { map: after } = await written(ANSWER_ENGINE, map);
    expect(after.dataClasses.map((entry) => entry.id)).toEqual([
      'crawled-pages',
      'page-vectors',
      'prompts',
      'model-outputs',
    ]);
    expect(classesTo(after, 'openai')).toContain('crawled-pages');
    // A store of customers' documents beside them gets classes of its own, not the pages' vectors.
    const store = await written(
      {
        'api/search.ts':
          "import { Pinecone } from '@pinecone-database/pinecone';\nconst index = new Pinecone().index('docs');\n",
      },
      map,
    );
    expect(classesTo(store.map, 'pinecone')).toEqual(['document-embeddings', 'customer-documents']);
  });
});

describe('the facts that say what retrieval reads', () => {
  it('reads web pages only where the file fetches them, and a search API only by its client', async () => {
    // R2R's `html_parser.py` reads uploaded HTML files with BeautifulSoup; khoj's database adapters name Exa's host in
    // a list of scrapers 800 lines before they embed a chat memory.
    const report = await scan({
      'parsers/html_parser.py':
        'from bs4 import BeautifulSoup\nfrom openai import OpenAI\ndef parse(data):\n    text = BeautifulSoup(data, "html.parser").get_text()\n    return OpenAI().embeddings.create(input=text, model="text-embedding-3-small")\n',
      'adapters.py':
        'import os\nscrapers = [os.getenv("EXA_API_URL", "https://api.exa.ai")]\ndef remember(model, memory):\n    return model.embed_query(memory)\n',
    });
    expect(report.facts.filter((fact) => fact.kind === WEB_PAGES_INDEXED)).toEqual([]);
    const fetched = await scan({
      'web/pages.py':
        'import requests\nfrom bs4 import BeautifulSoup\nfrom langchain_community.vectorstores import FAISS\ndef index(url, embeddings):\n    text = BeautifulSoup(requests.get(url).text, "html.parser").get_text()\n    return FAISS.from_texts([text], embeddings)\n',
    });
    expect(
      fetched.facts.find((fact) => fact.kind === WEB_PAGES_INDEXED)?.evidence.map((proof) => proof.line),
    ).toEqual([2, 6]);
  });

  it('names the files users upload only beside web pages indexed, once, at its first places', async () => {
    const upload = (n: number) => ({
      [`api/upload${n}.ts`]:
        "import multer from 'multer';\nexport const upload = multer({ dest: 'uploads/' });\n",
    });
    const alone = await scan({ ...upload(1), ...upload(2) });
    expect(alone.facts.some((fact) => fact.kind === USER_FILES)).toBe(false);
    const beside = await scan({ ...upload(1), ...upload(2), ...ANSWER_ENGINE });
    expect(
      beside.facts.filter((fact) => fact.kind === USER_FILES).map((fact) => fact.evidence.length),
    ).toEqual([2]);
  });
});

describe('search APIs of the public web', () => {
  it('serve search, as the agents’ search and scraping APIs do; a catalog search or a computation does not', () => {
    for (const id of [
      'serper',
      'bing-search',
      'serpapi',
      'brave-search',
      'google-custom-search',
      'duckduckgo',
      'searxng',
      'tavily',
    ])
      expect(findProvider(id)?.serves, id).toBe('search');
    for (const id of ['spotify', 'wolfram-alpha']) expect(findProvider(id)?.serves, id).toBeUndefined();
  });
});

describe('a semantic cache', () => {
  // llm-answer-engine (168c5d7): `app/tools/semanticCache.tsx` keeps each question and the answer given to it in an
  // Upstash Vector index through `@upstash/semantic-cache`; the index was proposed as a store of customer documents and
  // their embeddings, for retrieval.
  const CACHE = {
    'app/tools/semanticCache.tsx': [
      'import { SemanticCache } from "@upstash/semantic-cache";',
      'import { Index } from "@upstash/vector";',
      'const index = new Index();',
      'export const semanticCache = new SemanticCache({ index, minProximity: 0.95 });',
      'export async function setInSemanticCache(userMessage: string, data: any) {',
      '  await semanticCache.set(userMessage, JSON.stringify(data));',
      '}',
      '',
    ].join('\n'),
  };

  it('is proposed keeping prompts and answers, and no retrieval store (llm-answer-engine)', async () => {
    const { map, text } = await written({ ...ANSWER_ENGINE, ...CACHE });
    expect(map.dataClasses.map((entry) => entry.id)).not.toContain('customer-documents');
    expect(map.components.find((component) => component.provider === 'upstash-vector')?.dataClasses).toEqual([
      'prompts',
      'model-outputs',
    ]);
    expect(map.flows.find((flow) => flow.to === 'upstash-vector')).toMatchObject({
      dataClasses: ['prompts', 'model-outputs'],
      purpose: 'storage',
    });
    expect(classesTo(map, 'openai')).not.toContain('customer-documents');
    expect(text).toContain(
      'it is a semantic cache (app/tools/semanticCache.tsx:1): it keeps the questions asked and the answers given to them',
    );
  });

  it('is read from LangChain’s set-up too, and not from a vector store alone', async () => {
    const langchain = await scan({
      'app/cache.py':
        'from langchain.globals import set_llm_cache\nfrom langchain_community.cache import RedisSemanticCache\nfrom langchain_openai import OpenAIEmbeddings\nset_llm_cache(RedisSemanticCache(redis_url="redis://localhost:6379", embedding=OpenAIEmbeddings()))\n',
    });
    expect(
      langchain.facts.filter((fact) => fact.kind === SEMANTIC_CACHE).map((fact) => fact.evidence[0]?.line),
    ).toEqual([2]);
    const store = await scan({
      'api/search.ts': "import { Index } from '@upstash/vector';\nconst index = new Index();\n",
    });
    expect(store.facts.some((fact) => fact.kind === SEMANTIC_CACHE)).toBe(false);
  });
});
