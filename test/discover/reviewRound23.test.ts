// What the twenty-third session's reviews of real apps found in discovery: dyad-sh/dyad (b1e9d26), langflow (2f27401),
// fmaclen/hollama (776e500), toeverything/AFFiNE and AsyncFuncAI/deepwiki-open (04e7c13).
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

const chat = 'import OpenAI from "openai";\nconst client = new OpenAI();\n';

describe('code inside a prompt the app sends a model', () => {
  // dyad (b1e9d26): `src/prompts/supabase_prompt.ts` teaches the model to add Supabase Auth and row-level security to
  // the app it writes; Supabase Auth was proposed as dyad's sign-in, with a user-accounts class, and Postgres with RLS.
  const prompt = [
    'export function getSupabaseAvailableSystemPrompt(supabaseClientCode: string) {',
    '  return `',
    '# Supabase Instructions',
    '**File: \\`src/pages/Login.tsx\\`**',
    '\\`\\`\\`tsx',
    "import { Auth } from '@supabase/auth-ui-react';",
    '\\`\\`\\`',
    'Enable row-level security on every table:',
    'ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY;',
    'CREATE POLICY "profiles_select_policy" ON public.profiles',
    'FOR SELECT TO authenticated USING (auth.uid() = id);',
    '`;',
    '}',
    '',
  ].join('\n');

  it('names no sign-in, no accounts and no row-level security of the app', async () => {
    const { report, entry } = await proposalsFor({
      'src/main.ts': chat,
      'src/prompts/supabase_prompt.ts': prompt,
    });
    expect(statusOf(report, 'supabase-auth')).toBe('mentioned');
    expect(report.tables).toEqual([]);
    expect(report.facts.filter((fact) => fact.kind.startsWith('sign-in'))).toEqual([]);
    expect(entry('subprocessors', 'supabase-auth')).toBeUndefined();
    expect(entry('dataClasses', 'user-accounts')).toBeUndefined();
  });

  it('is text wherever a string bound to a prompt name holds it', async () => {
    const report = await scan({
      'src/main.ts': chat,
      'src/agent/build.ts': [
        'export const BUILD_SYSTEM_PROMPT = `',
        'Add login with:',
        "import { Auth } from '@supabase/auth-ui-react';",
        '`;',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'supabase-auth')).toBe('mentioned');
  });

  it('leaves a Markdown sample written with escaped fences as an example in any file', async () => {
    const report = await scan({
      'src/main.ts': chat,
      'src/help.ts': [
        'export const help = (code: string) => `',
        '\\`\\`\\`tsx',
        "import { Auth } from '@supabase/auth-ui-react';",
        '\\`\\`\\`',
        '`;',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'supabase-auth')).toBe('mentioned');
  });

  it('still reads the import of a file that uses it', async () => {
    const report = await scan({
      'src/pages/Login.tsx':
        "import { Auth } from '@supabase/auth-ui-react';\nexport const Login = () => <Auth />;\n",
    });
    expect(statusOf(report, 'supabase-auth')).toBe('used');
  });
});

describe('a deactivated component', () => {
  // langflow (2f27401): `lfx/components/deactivated/amazon_kendra.py`, which its loader skips
  // (`lfx/interface/components.py:343-345`), was the only code naming Amazon Kendra, proposed as its vector store.
  it('is read as an example', async () => {
    const report = await scan({
      'src/lfx/components/deactivated/amazon_kendra.py': [
        'from langchain_community.retrievers import AmazonKendraRetriever',
        'retriever = AmazonKendraRetriever(index_id=index_id)',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'aws-kendra')).toBe('mentioned');
  });
});

describe('a list of origins', () => {
  // langflow (2f27401): `frontend/src/controllers/API/api.tsx:141`, the origins its requests send no auth header to;
  // Segment is never loaded, yet was proposed as a sub-processor.
  it('is data, not a call', async () => {
    const report = await scan({
      'src/controllers/API/api.tsx': [
        'const isExternalURL = (url: string): boolean => {',
        '  const EXTERNAL_DOMAINS = [',
        '    "https://raw.githubusercontent.com",',
        '    "https://api.segment.io",',
        '  ];',
        '  return EXTERNAL_DOMAINS.some((domain) => new URL(url).origin === domain);',
        '};',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'segment')).toBe('mentioned');
  });

  it('is not an origin a call is given on its own line', async () => {
    // node-DeepResearch's reader (`src/tools/read.ts:41`).
    const report = await scan({
      'src/tools/read.ts': [
        'const { data } = await axiosClient.post<ReadResponse>(',
        "  'https://r.jina.ai/',",
        '  { url },',
        ');',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'jina-reader')).toBe('used');
  });
});

describe('Scarf', () => {
  // langflow (2f27401): usage telemetry on by default to `langflow.gateway.scarf.sh`
  // (`lfx/services/settings/base.py:236`), the one vendor a default install sends data to, was not found.
  it('is found at an app’s own gateway and proposed as a sub-processor', async () => {
    const { report, entry } = await proposalsFor({
      'src/lfx/services/settings/base.py': [
        'from pydantic_settings import BaseSettings',
        'class Settings(BaseSettings):',
        '    do_not_track: bool = False',
        '    telemetry_base_url: str = "https://langflow.gateway.scarf.sh"',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'scarf')).toBe('used');
    expect(entry('subprocessors', 'scarf')).toBeDefined();
  });
});

describe('an app with no sign-in of its own', () => {
  // hollama (776e500): the label of the field for the user's own OpenAI key, `label={$LL.apiKey()}`
  // (`src/routes/settings/Connection.svelte:122`), made `userAuthentication.methods: [api-key]`.
  it('has no API-key sign-in from a translation called apiKey', async () => {
    const report = await scan({
      'src/routes/settings/Connection.svelte': [
        '<FieldInput type="password" name="apiKey" label={$LL.apiKey()} bind:value={server.apiKey} />',
        '',
      ].join('\n'),
    });
    expect(report.facts.filter((fact) => fact.kind === 'sign-in:api-key')).toEqual([]);
  });

  it('still has one from better-auth’s plugin', async () => {
    const report = await scan({
      'src/lib/auth.ts': [
        'import { betterAuth } from "better-auth";',
        'import { apiKey } from "better-auth/plugins";',
        'export const auth = betterAuth({ plugins: [apiKey()] });',
        '',
      ].join('\n'),
    });
    expect(report.facts.filter((fact) => fact.kind === 'sign-in:api-key')).toHaveLength(1);
  });
});

describe('a platform the repository’s own CI deploys to', () => {
  // hollama (776e500): `.github/workflows/build.yml:30-35` deploys the hosted web app to Cloudflare Pages with
  // `secrets.CF_API_TOKEN`; as its desktop app each user runs, Cloudflare was proposed as "called with each user's own
  // key" (`account: customer`).
  it('is ours, even in an app each user runs', async () => {
    const { entry } = await proposalsFor({
      'package.json': JSON.stringify({
        name: 'hollama',
        main: 'electron/main.js',
        scripts: { electron: 'electron .' },
        devDependencies: { electron: '^30.0.0' },
        dependencies: { openai: '^4.0.0' },
      }),
      'src/lib/chat/openai.ts': chat,
      '.github/workflows/build.yml': [
        'on: push',
        'jobs:',
        '  web:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - name: Deploy',
        '        uses: cloudflare/wrangler-action@v3',
        '        with:',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow's expression, as the fixture's YAML spells it
        '          apiToken: ${{ secrets.CF_API_TOKEN }}',
        '          command: pages publish .svelte-kit/cloudflare --project-name hollama',
        '',
      ].join('\n'),
    });
    expect(entry('subprocessors', 'openai')?.account).toBe('customer');
    expect(entry('subprocessors', 'cloudflare-workers')).toBeDefined();
    expect(entry('subprocessors', 'cloudflare-workers')?.account).toBeUndefined();
  });
});

describe('an embedding model in a list of models a provider offers', () => {
  // AFFiNE: `plugins/copilot/providers/openai.ts:48`, 'text-embedding-3-large' in `availableModels`, made an
  // `app-to-openai-embedding` flow carrying customer documents; nothing asks the provider for embeddings.
  it('is no embedding flow', async () => {
    const { entry } = await proposalsFor({
      'src/plugins/copilot/providers/openai.ts': [
        'import OpenAI from "openai";',
        'export class OpenAIProvider {',
        '  readonly availableModels = [',
        "    'gpt-4o',",
        "    'text-embedding-3-large',",
        '  ];',
        '  private readonly instance = new OpenAI();',
        '}',
        '',
      ].join('\n'),
    });
    expect(entry('flows', 'app-to-openai')).toBeDefined();
    expect(entry('flows', 'app-to-openai-embedding')).toBeUndefined();
  });

  it('is one where the code asks for embeddings with it', async () => {
    const { entry } = await proposalsFor({
      'src/embed.ts': [
        'import OpenAI from "openai";',
        'const client = new OpenAI();',
        'await client.chat.completions.create({ model: "gpt-4o", messages });',
        'await client.embeddings.create({ model: "text-embedding-3-large", input: chunks });',
        '',
      ].join('\n'),
    });
    expect(entry('flows', 'app-to-openai-embedding')).toBeDefined();
  });
});

describe('AdalFlow’s FAISS retriever', () => {
  // deepwiki-open (04e7c13): `api/rag.py:41` retrieves code chunks from a FAISS index over adalflow's LocalDB; the store
  // was not found, so its answering flows were not given the retrieved documents.
  it('is a retrieval store whose passages reach the model', async () => {
    const { report, entry } = await proposalsFor({
      'api/rag.py': [
        'import adalflow as adal',
        'from adalflow.components.retriever.faiss_retriever import FAISSRetriever',
        'from openai import OpenAI',
        'client = OpenAI()',
        'retriever = FAISSRetriever(top_k=20, embedder=embedder, documents=documents)',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'faiss')).toBe('used');
    expect(entry('flows', 'app-to-openai')?.dataClasses).toContain('customer-documents');
  });
});
