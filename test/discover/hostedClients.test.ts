import { describe, expect, it } from 'vitest';
import { computeDrift, findProvider, planAdditions } from '../../src/discover/index.js';
import { templatedHostOf } from '../../src/discover/resolveEndpoints.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { scan, statusOf } from './fixture.js';

// Clients of hosted services read as something else: an OpenAI client pointed at a vendor's per-model host read as
// OpenAI, a vector database's cloud client read as a self-hosted database too, a Prisma datasource on Vercel's
// Postgres read as a database of ours, and the upload service that keeps every uploaded file not found at all.

/** Discovery on `files`, and what `init` would propose from it into an empty map. */
async function proposalsFor(files: Record<string, string>) {
  const report = await scan(files);
  const loaded = loadMapFromFiles(
    [{ file: 'trustmap.yaml', content: 'version: 1\norganization: { name: Tiny, stage: seed }\n' }],
    { root: '/tmp/map' },
  );
  if (!loaded.ok) throw new Error('map does not load');
  const additions = planAdditions(loaded.map, computeDrift(loaded.map, report), report.facts);
  const ids = (section: string) => additions.filter((a) => a.section === section).map((a) => a.entry.id);
  return { report, additions, ids };
}

describe('an OpenAI-compatible client on a templated host', () => {
  it('is the vendor whose domain the template leaves fixed, not OpenAI (search_with_lepton)', async () => {
    // leptonai/search_with_lepton (0a2fe37, search_with_lepton.py:361-370): `openai.OpenAI(base_url=
    // f"https://{self.model}.lepton.run/api/v1/")` was proposed as OpenAI at high confidence, with a flow to it.
    const { report, ids } = await proposalsFor({
      'search_with_lepton.py': [
        'import os',
        'class RAG:',
        '    def local_client(self):',
        '        import openai',
        '        return openai.OpenAI(',
        '            base_url=f"https://{self.model}.lepton.run/api/v1/",',
        '            api_key=os.environ.get("LEPTON_WORKSPACE_TOKEN"),',
        '        )',
        '    def answer(self, query):',
        '        return self.local_client().chat.completions.create(model=self.model, messages=[query])',
      ].join('\n'),
    });
    expect(statusOf(report, 'openai')).toBe('mentioned');
    const lepton = report.findings.find((finding) => finding.id === 'leptonai');
    expect(lepton?.evidence.some((proof) => proof.detail === 'OpenAI-compatible base URL')).toBe(true);
    expect(ids('subprocessors')).toEqual(['leptonai']);
    expect(ids('flows')).toEqual(['app-to-leptonai']);
  });

  it('is an unidentified endpoint named by its fixed domain when the catalog knows no vendor there', async () => {
    const report = await scan({
      'llm.ts': [
        "import OpenAI from 'openai';",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source with a template literal, as text
        'const client = new OpenAI({ baseURL: `https://${deployment}.inference.acme-ai.dev/v1` });',
        'await client.chat.completions.create({ model, messages });',
      ].join('\n'),
    });
    expect(statusOf(report, 'openai')).toBe('mentioned');
    expect(report.findings.find((finding) => finding.kind === 'endpoint')).toMatchObject({
      id: 'endpoint:*.inference.acme-ai.dev',
      hosting: 'vendor-hosted',
      sends: ['outputs', 'prompts'],
    });
  });

  it("is the cloud's model service where a template fills part of a label (Vertex AI's regional hosts)", async () => {
    const report = await scan({
      'llm.py': [
        'from openai import OpenAI',
        'client = OpenAI(base_url=f"https://{location}-aiplatform.googleapis.com/v1/projects/{project}/locations/{location}/endpoints/openapi")',
        'client.chat.completions.create(model=model, messages=messages)',
      ].join('\n'),
    });
    expect(statusOf(report, 'openai')).toBe('mentioned');
    expect(statusOf(report, 'vertex-ai')).toBe('used');
    expect(report.findings.filter((finding) => finding.kind === 'endpoint')).toEqual([]);
  });

  it('names no host when the domain itself is templated', () => {
    expect(templatedHostOf('https://{model}.lepton.run/api/v1/')).toBe('*.lepton.run');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a JavaScript template literal, as text
    expect(templatedHostOf('https://api.${region}.vendor.example:8443/v1')).toBe('api.*.vendor.example:8443');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a JavaScript template literal, as text
    expect(templatedHostOf('https://${location}-aiplatform.googleapis.com/v1')).toBe(
      '*-aiplatform.googleapis.com',
    );
    expect(templatedHostOf('https://{host}/v1')).toBeUndefined();
    expect(templatedHostOf('https://api.{domain}')).toBeUndefined();
    expect(templatedHostOf('https://{name}.com/v1')).toBeUndefined();
    expect(templatedHostOf('https://api.openai.com/v1')).toBeUndefined();
  });
});

describe("a vector database's cloud client", () => {
  const CHROMA_CLOUD = [
    "import { CloudClient } from 'chromadb';",
    'export function createChromaClient(): CloudClient {',
    '  return new CloudClient({',
    '    tenant: process.env.CHROMA_TENANT!,',
    '    database: process.env.CHROMA_DATABASE!,',
    '    apiKey: process.env.CHROMA_API_KEY!,',
    '  });',
    '}',
    'export async function add(docs: string[]) {',
    "  const collection = await createChromaClient().getOrCreateCollection({ name: 'docs' });",
    '  await collection.add({ ids, documents: docs });',
    '}',
  ].join('\n');

  it("is the vendor's cloud, with no self-hosted store beside it (pdftochat)", async () => {
    // Nutlope/pdftochat (ab8cfd0, app/api/utils/vector_store/chroma.ts:55-60): `new CloudClient(…)` from `chromadb`
    // was proposed as Chroma Cloud and as a self-hosted `chroma` component, with a flow to each.
    const { report, ids } = await proposalsFor({
      'app/api/utils/vector_store/chroma.ts': CHROMA_CLOUD,
      'package.json': '{ "dependencies": { "chromadb": "^3.3.1" } }\n',
      '.env.example': 'CHROMA_API_KEY=\nCHROMA_TENANT=\nCHROMA_DATABASE=\n',
    });
    expect(report.findings.find((finding) => finding.id === 'chroma')?.covers).toEqual(['chroma-cloud']);
    expect(ids('components')).not.toContain('chroma');
    expect(ids('subprocessors')).toContain('chroma-cloud');
    expect(ids('flows')).toEqual(['app-to-chroma-cloud']);
  });

  it('leaves a Chroma of ours where the code also reaches a server by its address, or elsewhere', async () => {
    const beside = await scan({
      'store/chroma.ts': `${CHROMA_CLOUD}\nexport const local = new ChromaClient({ path: process.env.CHROMA_URL });\n`,
    });
    expect(beside.findings.find((finding) => finding.id === 'chroma')?.covers).toBeUndefined();
    const elsewhere = await scan({
      'store/cloud.ts': CHROMA_CLOUD,
      'store/local.py': 'import chromadb\nclient = chromadb.HttpClient(host="chroma", port=8000)\n',
    });
    expect(elsewhere.findings.find((finding) => finding.id === 'chroma')?.covers).toBeUndefined();
  });

  it('is Weaviate Cloud alone where the code only connects to it', async () => {
    const report = await scan({
      'store.py':
        'import weaviate\nclient = weaviate.connect_to_weaviate_cloud(cluster_url=url, auth_credentials=key)\n',
    });
    expect(statusOf(report, 'weaviate-cloud')).toBe('used');
    expect(report.findings.find((finding) => finding.id === 'weaviate')?.covers).toEqual(['weaviate-cloud']);
  });
});

describe("a Prisma datasource on Vercel's Postgres", () => {
  const SCHEMA = [
    'generator client {',
    '  provider = "prisma-client-js"',
    '}',
    '',
    'datasource db {',
    '  provider  = "postgresql"',
    '  url       = env("POSTGRES_PRISMA_URL") // uses connection pooling',
    '  directUrl = env("POSTGRES_URL_NON_POOLING") // uses a direct connection',
    '}',
  ].join('\n');

  it('is Neon, not a PostgreSQL of ours (pdftochat)', async () => {
    // Nutlope/pdftochat (ab8cfd0, prisma/schema.prisma:5-9, package.json:31, README.md:28,40): Prisma's
    // `provider = "postgresql"`, read from the variables Vercel's Postgres integration sets, was proposed as a
    // self-hosted PostgreSQL.
    const { report, ids } = await proposalsFor({
      'prisma/schema.prisma': SCHEMA,
      'package.json': '{ "dependencies": { "@prisma/client": "^5.2.0", "@vercel/postgres": "^0.5.0" } }\n',
      '.env.example': 'POSTGRES_URL=\nPOSTGRES_URL_NON_POOLING=\nPOSTGRES_PRISMA_URL=\n',
    });
    expect(statusOf(report, 'neon')).toBe('used');
    expect(report.findings.find((finding) => finding.id === 'neon')?.evidence[0]).toMatchObject({
      file: 'prisma/schema.prisma',
      line: 7,
      signal: 'env-var',
    });
    expect(report.findings.find((finding) => finding.id === 'postgres')?.covers).toEqual(['neon']);
    expect(ids('components')).not.toContain('postgres');
    expect(ids('subprocessors')).toContain('neon');
  });

  it('stays a PostgreSQL of ours when the datasource reads a variable of no vendor', async () => {
    const report = await scan({
      'prisma/schema.prisma': SCHEMA.replace('POSTGRES_PRISMA_URL', 'DATABASE_URL').replace(
        'POSTGRES_URL_NON_POOLING',
        'DIRECT_URL',
      ),
    });
    expect(statusOf(report, 'postgres')).toBe('used');
    expect(report.findings.find((finding) => finding.id === 'postgres')?.covers).toBeUndefined();
    expect(statusOf(report, 'neon')).toBeUndefined();
  });
});

describe('upload services that keep the files users upload', () => {
  it('finds Bytescale by its Upload.io-era widget and its key (pdftochat)', async () => {
    // Nutlope/pdftochat (ab8cfd0, app/dashboard/dashboard-client.tsx:3-16): every uploaded PDF goes to Bytescale
    // through `react-uploader` and `uploader`, read later from its URL (app/api/ingestPdf/route.ts:35); not found.
    const { report, additions } = await proposalsFor({
      'app/dashboard/dashboard-client.tsx': [
        "'use client';",
        "import { UploadDropzone } from 'react-uploader';",
        "import { Uploader } from 'uploader';",
        'const uploader = Uploader({',
        '  apiKey: process.env.NEXT_PUBLIC_BYTESCALE_API_KEY!,',
        '});',
      ].join('\n'),
    });
    expect(statusOf(report, 'bytescale')).toBe('used');
    const flow = additions.find((a) => a.section === 'flows' && a.entry.to === 'bytescale');
    expect(flow?.entry.purpose).toBe('storage');
  });

  it('finds each by its SDK as its docs show it, and its API host', async () => {
    const proofs: [string, Record<string, string>][] = [
      [
        'bytescale',
        {
          'src/upload.ts':
            "import * as Bytescale from '@bytescale/sdk';\nconst url = Bytescale.UrlBuilder.url({ accountId, filePath });\n",
        },
      ],
      [
        'bytescale',
        {
          'api/upload.py':
            'r = requests.post(f"https://api.bytescale.com/v2/accounts/{acc}/uploads/binary", data=body)\n',
        },
      ],
      [
        'filestack',
        {
          'src/picker.ts':
            "import * as filestack from 'filestack-js';\nconst client = filestack.init(key);\n",
        },
      ],
      ['filestack', { 'app/files.py': 'from filestack import Client\nclient = Client(key)\n' }],
      [
        'uploadcare',
        {
          'src/upload.ts':
            "import { UploadClient } from '@uploadcare/upload-client';\nconst client = new UploadClient({ publicKey });\n",
        },
      ],
      [
        'uploadcare',
        {
          'app/files.py':
            'import requests\nrequests.post("https://upload.uploadcare.com/base/", files=files)\n',
        },
      ],
      [
        'imagekit',
        {
          'lib/imagekit.ts':
            "import ImageKit from 'imagekit';\nexport const ik = new ImageKit({ publicKey, privateKey, urlEndpoint });\n",
        },
      ],
      [
        'imagekit',
        {
          'app/api/upload.ts':
            "await fetch('https://upload.imagekit.io/api/v1/files/upload', { method: 'POST', body });\n",
        },
      ],
    ];
    for (const [id, files] of proofs)
      expect(statusOf(await scan(files), id), `${id} ${Object.keys(files)[0]}`).toBe('used');
  });

  it('files them as stores of uploaded files, not as anything reached by a delivery link', async () => {
    for (const id of ['bytescale', 'filestack', 'uploadcare', 'imagekit']) {
      const entry = findProvider(id)!;
      expect(
        { category: entry.category, hosting: entry.hosting, ai: entry.ai, serves: entry.serves },
        id,
      ).toEqual({
        category: 'datastore',
        hosting: 'vendor-hosted',
        ai: false,
        serves: 'files',
      });
    }
    const links = await scan({
      'app/page.tsx': [
        "const a = 'https://upcdn.io/W142hJk/raw/demo/logo.png';",
        "const b = 'https://cdn.filestackcontent.com/AbCdEf';",
        "const c = 'https://ucarecdn.com/0b6c5b0e-1a2b-4c3d-9e8f-000000000000/';",
        "const d = 'https://ik.imagekit.io/demo/logo.png';",
      ].join('\n'),
    });
    expect(links.findings).toEqual([]);
  });
});
