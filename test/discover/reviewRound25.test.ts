// What the twenty-fifth session's reviews of real apps found in discovery: social-media-agent, assistants-quickstart
// and coai. Each test is the smallest tree that shows its fault.
import { describe, expect, it } from 'vitest';
import { productDomain } from '../../src/discover/catalog/compile.js';
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

const signIns = (facts: readonly { kind: string }[]) =>
  facts.filter((fact) => fact.kind.startsWith('sign-in:')).map((fact) => fact.kind);

describe('a helper run on a developer’s machine to fetch our own tokens is no sign-in of our users', () => {
  // social-media-agent `src/clients/auth-server.ts`: a Passport Twitter flow on localhost, run by `yarn start:auth`,
  // printing the tokens of the company's own accounts; proposed as the product's users signing in with `social`.
  const helper = (callback: string, start: string) =>
    [
      'import express from "express";',
      'import passport from "passport";',
      'import { Strategy as TwitterStrategy } from "passport-twitter";',
      'const app = express();',
      'passport.use(new TwitterStrategy({',
      '  consumerKey: process.env.TWITTER_API_KEY,',
      `  callbackURL: ${callback},`,
      '}, (token, tokenSecret, profile, done) => { console.dir({ token, tokenSecret }); done(null, profile); }));',
      'app.get("/auth/twitter", passport.authenticate("twitter"));',
      'app.listen(3000);',
      start,
      '',
    ].join('\n');

  it('proposes no sign-in from a script with a loopback callback that starts itself', async () => {
    const report = await scan({
      'src/clients/auth-server.ts': helper(
        `\`http://localhost:\${port}/auth/twitter/callback\``,
        `if (import.meta.url === \`file://\${process.argv[1]}\`) main();`,
      ),
    });
    expect(signIns(report.facts)).toEqual([]);
  });

  it('still reads the sign-in of a server whose callback is configured', async () => {
    const report = await scan({
      'src/auth/twitter.ts': helper(
        'process.env.CALLBACK_URL || "http://localhost:3000/auth/twitter/callback"',
        `if (import.meta.url === \`file://\${process.argv[1]}\`) main();`,
      ),
    });
    expect(signIns(report.facts)).toEqual(['sign-in:social']);
  });

  it('still reads a loopback callback in a module the server imports', async () => {
    const report = await scan({
      'src/auth/twitter.ts': helper('"http://localhost:3000/auth/twitter/callback"', 'export default app;'),
    });
    expect(signIns(report.facts)).toEqual(['sign-in:social']);
  });
});

describe('a framework’s document loader named for a service is a use of that service', () => {
  // social-media-agent `src/agents/shared/nodes/verify-general.ts:45`: `new FireCrawlLoader({…})` from LangChain's
  // community loaders, with `@mendable/firecrawl-js` in package.json; Firecrawl was "only mentioned".
  it('finds Firecrawl used through LangChain.js’s web loader', async () => {
    const report = await scan({
      'package.json': '{"dependencies":{"@langchain/community":"1","@mendable/firecrawl-js":"4"}}',
      'src/verify.ts': [
        'import { FireCrawlLoader } from "@langchain/community/document_loaders/web/firecrawl";',
        'const loader = new FireCrawlLoader({ url, mode: "scrape" });',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'firecrawl')).toBe('used');
  });

  it('finds Firecrawl used through LangChain’s Python loader, by module or by class', async () => {
    const byModule = await scan({
      'app/crawl.py':
        'from langchain_community.document_loaders.firecrawl import FireCrawlLoader\nloader = FireCrawlLoader(url=url)\n',
    });
    expect(statusOf(byModule, 'firecrawl')).toBe('used');
    const byClass = await scan({
      'app/crawl.py':
        'from langchain_community.document_loaders import (\n    FireCrawlLoader,\n)\nloader = FireCrawlLoader(url=url)\n',
    });
    expect(statusOf(byClass, 'firecrawl')).toBe('used');
  });

  it('reads no service from a loader of local files', async () => {
    const report = await scan({
      'app/load.py':
        'from langchain_community.document_loaders.unstructured import UnstructuredFileLoader\nUnstructuredFileLoader(path)\n',
    });
    expect(statusOf(report, 'unstructured-api')).toBeUndefined();
  });
});

describe('a hosted agent app the operator may choose is one of the model providers', () => {
  // coai `adapter/adapter.go:43`: Dify is one channel type of 15 the administrator picks, proposed under no condition
  // while 13 model APIs beside it were "when configured as the model provider".
  it('proposes Dify under the same condition as the model APIs beside it', async () => {
    const { entry } = await proposalsFor({
      'adapters/claude.py': 'import anthropic\nclient = anthropic.Anthropic()\n',
      'adapters/gpt.py': 'from openai import OpenAI\nclient = OpenAI()\n',
      'adapters/mistral_chat.py': 'from mistralai import Mistral\nclient = Mistral()\n',
      'adapters/dify.py':
        'import requests\ndef chat(query, key):\n    return requests.post("https://api.dify.ai/v1/chat-messages", json={"query": query})\n',
    });
    expect(entry('flows', 'app-to-dify')?.condition).toEqual({
      kind: 'other',
      description: 'when configured as the model provider',
    });
    expect(entry('flows', 'app-to-openai')?.condition).toBeDefined();
  });
});

describe('a catalog host’s product domain is the vendor’s too', () => {
  // coai `adapter/hunyuan/sdk.go:40`: `defaultHost = "hunyuan.cloud.tencent.com"`, while the catalog lists
  // `api.hunyuan.cloud.tencent.com`; discovery found no trace of Tencent Hunyuan.
  it('finds Tencent Hunyuan at the parent of its API host', async () => {
    const report = await scan({
      'adapter/hunyuan/sdk.go': [
        'package hunyuan',
        '',
        'const (',
        '\tdefaultProtocol = "https"',
        '\tdefaultHost     = "hunyuan.cloud.tencent.com"',
        ')',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'tencent-hunyuan')).toBe('used');
  });

  it('takes no shared or short parent: a product’s web app is no API host', () => {
    expect(productDomain('api.hunyuan.cloud.tencent.com')).toBe('hunyuan.cloud.tencent.com');
    expect(productDomain('api.smith.langchain.com')).toBeUndefined();
    expect(productDomain('api.sagemaker.*.amazonaws.com')).toBeUndefined();
    expect(productDomain('api.runtime.us-east-1.amazonaws.com')).toBeUndefined();
  });
});

describe('a model API’s own vector stores are a store at the vendor', () => {
  // assistants-quickstart: the client is built once in `app/openai.ts`; `app/api/assistants/files/route.tsx:17,66-75`
  // uploads each user's files into an OpenAI vector store. Only "openai / llm-api" was proposed.
  const files = {
    'package.json': '{"dependencies":{"openai":"4"}}',
    'app/openai.ts': 'import OpenAI from "openai";\nexport const openai = new OpenAI();\n',
    'app/api/files/route.ts': [
      'import { openai } from "@/app/openai";',
      'export async function POST(request) {',
      '  const file = await openai.files.create({ file: request.body, purpose: "assistants" });',
      '  const store = await openai.beta.vectorStores.create({ name: "uploads" });',
      '  await openai.beta.vectorStores.files.create(store.id, { file_id: file.id });',
      '}',
      '',
    ].join('\n'),
  };

  it('reads the vector stores of a client the app builds in its own module', async () => {
    const { report } = await proposalsFor(files);
    expect(report.facts.some((fact) => fact.evidence[0]?.file === 'app/api/files/route.ts')).toBe(true);
  });

  it('proposes the vector store, at the vendor, under the sub-processor', async () => {
    const { entry } = await proposalsFor(files);
    expect(entry('components', 'openai-vector-store')).toMatchObject({
      kind: 'vector-store',
      provider: 'openai',
      hosting: 'vendor',
      subprocessor: 'openai',
      dataClasses: ['document-embeddings', 'customer-documents'],
    });
    expect(entry('subprocessors', 'openai')).toBeDefined();
  });

  it('proposes no store where only the Files API is used', async () => {
    const { entry } = await proposalsFor({
      ...files,
      'app/api/files/route.ts':
        'import { openai } from "@/app/openai";\nexport const upload = (file) => openai.files.create({ file, purpose: "batch" });\n',
    });
    expect(entry('components', 'openai-vector-store')).toBeUndefined();
  });
});

describe('a model client built with a model named in the code is a task of its own', () => {
  // social-media-agent: `new ChatOpenAI({ model: "o1", streaming: false })` in seven files
  // (`group-tweets-by-content.ts:69`, `generate-report.ts:81`), beside Anthropic and Gemini called the same way, was
  // proposed "when configured as the model provider"; nothing chooses it.
  const others = {
    'agents/claude.ts':
      'import { ChatAnthropic } from "@langchain/anthropic";\nexport const m = new ChatAnthropic({ model: process.env.MODEL });\n',
    'agents/gemini.ts':
      'import { ChatGoogleGenerativeAI } from "@langchain/google-genai";\nexport const g = new ChatGoogleGenerativeAI({ model: process.env.GEMINI });\n',
  };
  const condition = async (group: string) =>
    (await proposalsFor({ ...others, 'agents/group.ts': group })).entry('flows', 'app-to-openai')?.condition;

  it('proposes the flow under no condition', async () => {
    const group = [
      'import { ChatOpenAI } from "@langchain/openai";',
      'export async function group(state) {',
      '  const model = new ChatOpenAI({',
      '    model: "o1",',
      '    streaming: false,',
      '  });',
      '  return model.invoke(state.prompt);',
      '}',
      '',
    ].join('\n');
    expect(await condition(group)).toBeUndefined();
  });

  it('keeps the condition where a setting names the model, or the client points elsewhere', async () => {
    const configured =
      'import { ChatOpenAI } from "@langchain/openai";\nexport const m = new ChatOpenAI({ model: process.env.OPENAI_MODEL });\n';
    expect(await condition(configured)).toBeDefined();
    const borrowed =
      'import { ChatOpenAI } from "@langchain/openai";\nexport const m = new ChatOpenAI({ model: "o1", configuration: { baseURL: url } });\n';
    expect(await condition(borrowed)).toBeDefined();
  });
});
