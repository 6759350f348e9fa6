// What the twenty-sixth session's second round of reviews found in discovery: chatbox, reor, turboseek and llamacoder.
// Each test is the smallest tree that shows its fault.
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

describe('a tracing proxy the code writes as its base URL is on for every request', () => {
  // turboseek `utils/clients.ts:6-12`: `new Together({ baseURL: "https://together.helicone.ai/v1", … })`: every call to
  // Together passes Helicone, and the flow was proposed "when configured as the tracing service".
  const client = (baseURL: string) =>
    [
      'import Together from "together-ai";',
      'export const together = new Together({',
      '  apiKey: process.env.TOGETHER_API_KEY,',
      `  baseURL: ${baseURL},`,
      '  defaultHeaders: { "Helicone-Auth": "Bearer " + process.env.HELICONE_API_KEY },',
      '});',
      'export async function answer(question: string) {',
      '  return together.chat.completions.create({ model: "meta-llama/Llama-3-70b-chat-hf", messages: [{ role: "user", content: question }] });',
      '}',
      '',
    ].join('\n');
  const files = (baseURL: string) => ({
    'package.json': '{"dependencies":{"together-ai":"0.6.0"}}',
    'utils/clients.ts': client(baseURL),
  });

  it('proposes the flow to Helicone under no condition', async () => {
    const { entry } = await proposalsFor(files('"https://together.helicone.ai/v1"'));
    const flow = entry('flows', 'app-to-helicone');
    expect(flow).toBeDefined();
    expect(flow).not.toHaveProperty('condition');
  });

  it('keeps the condition where the line chooses the proxy by a setting', async () => {
    const { entry } = await proposalsFor(
      files('process.env.HELICONE_API_KEY ? "https://together.helicone.ai/v1" : undefined'),
    );
    expect(entry('flows', 'app-to-helicone')).toMatchObject({
      condition: { description: 'when configured as the tracing service' },
    });
  });
});

describe('the embedding role is optional only where there is a choice of embedder', () => {
  // reor: chat with Anthropic, OpenAI or Ollama, as the user chooses; embeddings only in-process with Transformers.js
  // (`electron/main/vector-database/embeddings.ts`), proposed "when configured as the embedding provider".
  const chat = [
    'import Anthropic from "@anthropic-ai/sdk";',
    'import OpenAI from "openai";',
    'import { Ollama } from "ollama";',
    'export function client(kind: string) {',
    '  if (kind === "anthropic") return new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });',
    '  if (kind === "ollama") return new Ollama({ host: "http://localhost:11434" });',
    '  return new OpenAI({ apiKey: process.env.OPENAI_API_KEY });',
    '}',
    '',
  ].join('\n');
  const embed = [
    'import { pipeline } from "@xenova/transformers";',
    'export async function embed(texts: string[]) {',
    '  const extractor = await pipeline("feature-extraction", "Xenova/bge-small-en-v1.5");',
    '  return extractor(texts, { pooling: "mean", normalize: true });',
    '}',
    '',
  ].join('\n');
  const manifest = JSON.stringify({
    dependencies: {
      '@anthropic-ai/sdk': '0.20.0',
      openai: '4.0.0',
      ollama: '0.5.0',
      '@xenova/transformers': '2.17.0',
    },
  });

  it('proposes the only embedder under no condition beside three chat providers', async () => {
    const { entry } = await proposalsFor({
      'package.json': manifest,
      'src/llm/client.ts': chat,
      'src/vector-database/embeddings.ts': embed,
    });
    const flow = entry('flows', 'app-to-hf-transformers');
    expect(flow).toMatchObject({ purpose: 'embedding' });
    expect(flow).not.toHaveProperty('condition');
    expect(entry('flows', 'app-to-openai')).toMatchObject({ condition: { kind: 'other' } });
  });

  it('keeps the condition where a model provider embeds too', async () => {
    const { entry } = await proposalsFor({
      'package.json': manifest,
      'src/llm/client.ts': chat,
      'src/vector-database/embeddings.ts': embed,
      'src/vector-database/openaiEmbeddings.ts': [
        'import OpenAI from "openai";',
        'const openai = new OpenAI();',
        'export async function embedRemote(texts: string[]) {',
        '  return openai.embeddings.create({ model: "text-embedding-3-small", input: texts });',
        '}',
        '',
      ].join('\n'),
    });
    expect(entry('flows', 'app-to-hf-transformers')).toMatchObject({
      condition: { description: 'when configured as the embedding provider' },
    });
  });
});

describe('a catalogue of servers users may install names no vendor the app calls', () => {
  // chatbox `src/renderer/components/settings/mcp/registries.ts`: MCP servers a user may add (Brave Search, E2B, Exa,
  // Firecrawl…), each with its package, homepage and key name; each was proposed as a sub-processor with a flow.
  const entry = (name: string, pkg: string, key: string) =>
    [
      '  {',
      `    name: '${name}',`,
      `    description: 'A Model Context Protocol server for ${name}.',`,
      `    homepage: 'https://github.com/example/${name}-mcp',`,
      `    configuration: { command: 'npx', args: ['-y', '${pkg}'], env: { ${key}: 'YOUR_API_KEY_HERE' } },`,
      '  },',
    ].join('\n');
  const catalogue = [
    'export interface MCPRegistryEntry { name: string; description: string; homepage: string }',
    'export const MCP_ENTRIES: MCPRegistryEntry[] = [',
    entry('brave-search', '@modelcontextprotocol/server-brave-search', 'BRAVE_API_KEY'),
    entry('e2b', '@e2b/mcp-server', 'E2B_API_KEY'),
    entry('exa', 'exa-mcp-server', 'EXA_API_KEY'),
    entry('firecrawl', 'firecrawl-mcp', 'FIRECRAWL_API_KEY'),
    ']',
    '',
  ].join('\n');

  it('finds the vendors listed only mentioned, and proposes none of them', async () => {
    const { report, entry: proposed } = await proposalsFor({
      'package.json': '{"dependencies":{"react":"18"}}',
      'src/settings/mcp/registries.ts': catalogue,
    });
    for (const id of ['e2b', 'exa', 'firecrawl']) {
      expect(statusOf(report, id)).toBe('mentioned');
      expect(proposed('subprocessors', id)).toBeUndefined();
    }
  });

  it('reads the same entries as use in a file not named a catalogue', async () => {
    const report = await scan({
      'package.json': '{"dependencies":{"react":"18"}}',
      'src/agent/tools.ts': catalogue,
    });
    expect(statusOf(report, 'exa')).toBe('used');
  });
});

describe('electron-builder’s configuration publishes releases, and is not the app at run time', () => {
  // chatbox `electron-builder.yml:82-86`: `publish: provider: s3, endpoint: https://….r2.cloudflarestorage.com`, the
  // release bucket, proposed as Cloudflare R2 receiving customer data.
  it('finds Cloudflare R2 only mentioned where electron-builder.yml names it', async () => {
    const { report, entry } = await proposalsFor({
      'package.json': '{"name":"app","dependencies":{"electron":"30"}}',
      'electron-builder.yml': [
        'appId: xyz.example.app',
        'publish:',
        '  - provider: s3',
        '    bucket: app',
        '    endpoint: https://0123456789abcdef.r2.cloudflarestorage.com',
        '    path: /releases',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'cloudflare-r2')).toBe('mentioned');
    expect(entry('subprocessors', 'cloudflare-r2')).toBeUndefined();
  });
});

describe('a Prisma schema that keeps conversations says what its database holds', () => {
  // llamacoder `prisma/schema.prisma:21-48`: models `Chat` (its `prompt`) and `Message` (its `content`) on a PostgreSQL
  // reached through Neon's driver (`lib/prisma.ts`): Neon was proposed with no data and no flow.
  const schema = [
    'datasource db {',
    '  provider = "postgresql"',
    '  url      = env("DATABASE_URL")',
    '}',
    'model Chat {',
    '  id       String    @id',
    '  prompt   String',
    '  messages Message[]',
    '}',
    'model Message {',
    '  id      String @id',
    '  role    String',
    '  content String',
    '  chatId  String',
    '  chat    Chat   @relation(fields: [chatId], references: [id])',
    '}',
    '',
  ].join('\n');
  const client = [
    'import { PrismaClient } from "@prisma/client";',
    'import { PrismaNeon } from "@prisma/adapter-neon";',
    'import { Pool } from "@neondatabase/serverless";',
    'const adapter = new PrismaNeon(new Pool({ connectionString: process.env.DATABASE_URL }));',
    'export const prisma = new PrismaClient({ adapter });',
    '',
  ].join('\n');
  const manifest = JSON.stringify({
    dependencies: { '@prisma/client': '6', '@prisma/adapter-neon': '6', '@neondatabase/serverless': '1' },
  });

  it('proposes Neon keeping prompts and model outputs, with a storage flow', async () => {
    const { entry } = await proposalsFor({
      'package.json': manifest,
      'prisma/schema.prisma': schema,
      'lib/prisma.ts': client,
    });
    expect(entry('subprocessors', 'neon')).toMatchObject({ dataClasses: ['prompts', 'model-outputs'] });
    expect(entry('flows', 'app-to-neon')).toMatchObject({
      dataClasses: ['prompts', 'model-outputs'],
      purpose: 'storage',
    });
  });

  it('proposes no data where the schema keeps no conversation', async () => {
    const { entry } = await proposalsFor({
      'package.json': manifest,
      'prisma/schema.prisma': schema.replace('  prompt   String\n', '').replace('  content String\n', ''),
      'lib/prisma.ts': client,
    });
    expect(entry('subprocessors', 'neon')).not.toHaveProperty('dataClasses');
    expect(entry('flows', 'app-to-neon')).toBeUndefined();
  });
});
