import { describe, expect, it } from 'vitest';
import { findProvider } from '../../src/discover/index.js';
import { scan, statusOf } from './fixture.js';

// Services the RAGFlow and LibreChat reviews found that the catalog did not know: web search APIs, DeepL,
// Wolfram|Alpha, Black Forest Labs, Google Tag Manager, HyperDX, MinIO, Alibaba Cloud OSS and Cloud Storage for
// Firebase, and RAGFlow's `from azure.storage.blob import …`. One realistic proof each, in the form the vendor's
// docs or the apps show it, and a near miss that must not name the service.
const PROOFS: [id: string, files: Record<string, string>][] = [
  [
    'serper',
    {
      'search.py': 'import requests\nr = requests.post("https://google.serper.dev/search", json={"q": q})\n',
    },
  ],
  ['serpapi', { 'agent/tools/google.py': 'from serpapi import GoogleSearch\n' }],
  [
    'brave-search',
    { 'src/brave.ts': "const res = await fetch('https://api.search.brave.com/res/v1/web/search?q=' + q);\n" },
  ],
  [
    'google-custom-search',
    {
      'tools/GoogleSearch.js':
        "const url = 'https://www.googleapis.com/customsearch/v1?key=' + this.apiKey + '&cx=' + this.cx;\n",
    },
  ],
  ['duckduckgo', { 'agent/tools/duckduckgo.py': 'from duckduckgo_search import DDGS\n' }],
  ['searxng', { 'docker-compose.yml': 'services:\n  searxng:\n    image: searxng/searxng:latest\n' }],
  [
    'wolfram-alpha',
    { 'tools/Wolfram.js': "const baseURL = 'https://www.wolframalpha.com/api/v1/llm-api';\n" },
  ],
  ['deepl', { 'agent/tools/deepl.py': 'import deepl\n\ntranslator = deepl.Translator(auth_key)\n' }],
  [
    'black-forest-labs',
    { 'tools/FluxAPI.js': "this.baseUrl = process.env.FLUX_API_BASE_URL || 'https://api.us1.bfl.ai';\n" },
  ],
  [
    'google-tag-manager',
    {
      'client/src/useAppStartup.ts':
        "import TagManager from 'react-gtm-module';\n\nTagManager.initialize({ gtmId });\n",
    },
  ],
  ['hyperdx', { 'client/src/rum.ts': "const module = await import('@hyperdx/browser');\n" }],
  ['minio', { 'rag/utils/minio_conn.py': 'from minio import Minio\nfrom minio.error import S3Error\n' }],
  [
    'aliyun-oss',
    {
      'storage.py':
        "import oss2\n\nbucket = oss2.Bucket(auth, 'https://oss-cn-hangzhou.aliyuncs.com', 'docs')\n",
    },
  ],
  ['firebase-storage', { 'src/cdn/firebase.ts': "import { getStorage } from 'firebase/storage';\n" }],
  [
    'azure-blob-storage',
    { 'rag/utils/azure_sas_conn.py': 'from azure.storage.blob import ContainerClient\n' },
  ],
  // The app's own database file: mem0's history store, Django's default engine.
  ['sqlite', { 'mem0/memory/storage.py': 'import sqlite3\nconn = sqlite3.connect(path)\n' }],
  ['sqlite', { 'app/settings.py': "DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3'}}\n" }],
  ['sqlite', { 'flowsettings.py': 'KH_DATABASE = f"sqlite:///{KH_USER_DATA_DIR / \'sql.db\'}"\n' }],
];

describe('ninth catalog round', () => {
  it('leaves SQLite mentioned where only a lockfile or a test names it', async () => {
    const report = await scan({
      'tests/test_cache.py': 'import sqlite3\n',
      'poetry.lock': '[[package]]\nname = "aiosqlite"\nversion = "0.20.0"\noptional = true\n',
    });
    expect(statusOf(report, 'sqlite')).toBe('mentioned');
  });

  it.each(PROOFS)('recognises %s', async (id, files) => {
    expect(findProvider(id), id).toBeDefined();
    expect(statusOf(await scan(files), id)).toBe('used');
  });

  it('finds each one from a second signal: a key name, an SDK or a framework class', async () => {
    const report = await scan({
      '.env': [
        'SERPER_API_KEY=x',
        'SERPAPI_API_KEY=x',
        'BRAVE_API_KEY=x',
        'GOOGLE_CSE_ID=x',
        'SEARXNG_URL=http://searxng:8080',
        'WOLFRAM_ALPHA_APPID=x',
        'DEEPL_AUTH_KEY=x',
        'BFL_API_KEY=x',
        'HYPERDX_API_KEY=x',
        'MINIO_ROOT_USER=x',
        'OSS_ACCESS_KEY_ID=x',
        '',
      ].join('\n'),
      'agent/search.py':
        'from langchain_community.tools import DuckDuckGoSearchRun\nuse(DuckDuckGoSearchRun)\nfrom langchain_community.utilities import SearxSearchWrapper\nuse(SearxSearchWrapper)\n',
      'web/layout.tsx':
        'import { GoogleTagManager } from "@next/third-parties/google";\n\nexport const Tags = () => <GoogleTagManager gtmId="GTM-X" />;\n',
      'admin/storage.py': 'from firebase_admin import storage\n\nbucket = storage.bucket()\n',
    });
    for (const id of [
      'serper',
      'serpapi',
      'brave-search',
      'google-custom-search',
      'searxng',
      'wolfram-alpha',
      'deepl',
      'black-forest-labs',
      'hyperdx',
      'minio',
      'aliyun-oss',
      'duckduckgo',
      'google-tag-manager',
      'firebase-storage',
    ])
      expect(statusOf(report, id), id).toBe('used');
  });

  it('does not take a vendor web site, console link or neighbouring product for the API', async () => {
    const report = await scan({
      'src/links.ts': [
        "export const KEY_HELP = 'https://serpapi.com/manage-api-key';",
        "export const SITE = 'https://serper.dev';",
        "export const BRAVE = 'https://search.brave.com/search?q=x';",
        "export const DRIVE = 'https://www.googleapis.com/drive/v3/files';",
        "export const DDG = 'https://duckduckgo.com/?q=x';",
        "export const WA = 'https://www.wolframalpha.com/input?i=2%2B2';",
        "export const TRANSLATE = 'https://www.deepl.com/translator';",
        "export const MODEL = 'black-forest-labs/FLUX.1-schnell';",
        "export const QWEN = 'https://dashscope.aliyuncs.com/compatible-mode/v1';",
        "const rum = process.env.RUM_PROVIDER || 'hyperdx';",
        '',
      ].join('\n'),
      'package.json': JSON.stringify({ dependencies: { firebase: '^11.0.0' } }),
      'src/auth.ts': "import { getAuth } from 'firebase/auth';\n",
      'rag/svr/task_executor.py':
        'from rag.utils.minio_conn import RAGFlowMinio\n\nasync with minio_limiter:\n    pass\n',
      'docker-compose.yml': 'services:\n  minio:\n    image: pgsty/silo:RELEASE.2026-08-06T00-00-00Z\n',
      'rag/utils/lake.py': 'from azure.storage.filedatalake import DataLakeServiceClient\n',
    });
    for (const id of [
      'serpapi',
      'serper',
      'brave-search',
      'google-custom-search',
      'duckduckgo',
      'wolfram-alpha',
      'deepl',
      'black-forest-labs',
      'aliyun-oss',
      'hyperdx',
      'firebase-storage',
      'minio',
      'azure-blob-storage',
    ])
      expect(statusOf(report, id), id).toBeUndefined();
    expect(statusOf(report, 'alibaba-dashscope')).toBe('used');
  });

  it('tells Tag Manager from Google Analytics on the host they share', async () => {
    const gtm = await scan({
      'src/App.java':
        'String head = "j.src=\'https://www.googletagmanager.com/gtm.js?id=\'+i+dl;";\nString body = "<iframe src=\\"https://www.googletagmanager.com/ns.html?id=%s\\"></iframe>";\n',
    });
    expect(statusOf(gtm, 'google-tag-manager')).toBe('used');
    expect(statusOf(gtm, 'google-analytics')).toBeUndefined();
    const ga = await scan({
      'docs/.vitepress/config.ts':
        'head: [["script", { src: "https://www.googletagmanager.com/gtag/js?id=G-1" }]],\n',
      'app/layout.tsx':
        'import { GoogleAnalytics } from "@next/third-parties/google";\n\nexport const A = () => <GoogleAnalytics gaId="G-1" />;\n',
    });
    expect(statusOf(ga, 'google-analytics')).toBe('used');
    expect(statusOf(ga, 'google-tag-manager')).toBeUndefined();
  });

  it('files classic web search as vendor-hosted services that are not AI, and SearXNG as self-hosted', () => {
    for (const id of [
      'serper',
      'serpapi',
      'brave-search',
      'google-custom-search',
      'duckduckgo',
      'wolfram-alpha',
    ])
      expect(findProvider(id), id).toMatchObject({
        category: 'web-search',
        hosting: 'vendor-hosted',
        ai: false,
      });
    expect(findProvider('searxng')).toMatchObject({
      category: 'web-search',
      hosting: 'self-hosted',
      ai: false,
    });
    expect(findProvider('deepl')).toMatchObject({ hosting: 'vendor-hosted', ai: true });
    expect(findProvider('black-forest-labs')?.category).toBe(findProvider('stability')?.category);
    expect(findProvider('minio')).toMatchObject({ category: 'datastore', hosting: 'self-hosted' });
    expect(findProvider('google-tag-manager')).toMatchObject({
      category: 'product-analytics',
      vendor: 'google',
    });
  });
});
