/**
 * A realistic small AI app as a new user's repository: a TypeScript API calling OpenAI and Pinecone, a Python
 * worker embedding documents with Cohere, a lockfile where a framework lists other vendors as optional peers,
 * tests and docs that mention vendors the app does not use, Docker Compose and SQL migrations.
 */
export const APP: Record<string, string> = {
  'package.json': JSON.stringify({
    name: 'docs-assistant',
    dependencies: { openai: '^4.0.0', '@pinecone-database/pinecone': '^2.0.0', langchain: '^0.3.0' },
  }),
  'package-lock.json': JSON.stringify({
    name: 'docs-assistant',
    lockfileVersion: 3,
    packages: {
      '': {
        name: 'docs-assistant',
        dependencies: { openai: '^4.0.0', '@pinecone-database/pinecone': '^2.0.0', langchain: '^0.3.0' },
      },
      'node_modules/openai': { version: '4.0.0' },
      'node_modules/@pinecone-database/pinecone': { version: '2.0.0' },
      'node_modules/langchain': {
        version: '0.3.0',
        peerDependencies: { '@anthropic-ai/sdk': '*', '@mistralai/mistralai': '*', 'cohere-ai': '*' },
        peerDependenciesMeta: {
          '@anthropic-ai/sdk': { optional: true },
          '@mistralai/mistralai': { optional: true },
          'cohere-ai': { optional: true },
        },
      },
      'node_modules/@anthropic-ai/sdk': { version: '0.20.0', optional: true, peer: true },
      'node_modules/@mistralai/mistralai': { version: '0.1.0', optional: true, peer: true },
    },
  }),
  'api/src/answer.ts': [
    "import OpenAI from 'openai';",
    "import { Pinecone } from '@pinecone-database/pinecone';",
    'const openai = new OpenAI();',
    "const index = new Pinecone().index('docs');",
    'export async function answer(tenant: string, question: string) {',
    '  const hits = await index.namespace(tenant).query({ topK: 5, vector: [] });',
    "  return openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: question }] });",
    '}',
    '',
  ].join('\n'),
  'api/test/answer.test.ts':
    "import Anthropic from '@anthropic-ai/sdk';\n// compare answers with Claude in tests only\n",
  'worker/requirements.txt': 'cohere==5.0.0\npsycopg[binary]==3.1.0\n',
  'worker/embed.py': [
    'import cohere',
    'co = cohere.Client()',
    'def embed(chunks):',
    "    return co.embed(texts=chunks, model='embed-english-v3.0').embeddings",
    '',
  ].join('\n'),
  'docs/providers.md': 'We evaluated Mistral and Groq before choosing OpenAI.\n',
  'compose.yaml':
    'services:\n  db:\n    image: postgres:16\n  api:\n    build: ./api\n    environment:\n      - OPENAI_API_KEY=sk-not-a-real-key-000000000000000000000\n',
  'migrations/001_init.sql':
    'CREATE TABLE documents (id uuid primary key, tenant_id uuid not null, body text);\nALTER TABLE documents ENABLE ROW LEVEL SECURITY;\n',
};
