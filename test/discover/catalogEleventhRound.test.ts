import { describe, expect, it } from 'vitest';
import { findProvider } from '../../src/discover/index.js';
import { scan, statusOf } from './fixture.js';

// The vendors real app reviews found unrecognised: monitoring and session replay, GPU clouds, hosted databases, bank
// data aggregators, notification platforms, search and uploads, background jobs. One proof each, in the form the
// vendor's own docs or README show it, then a second signal (a key name or an API host) and the look-alikes that must
// not name a vendor.
const PROOFS: [id: string, files: Record<string, string>][] = [
  ['new-relic', { 'server/index.js': "require('newrelic');\nconst express = require('express');\n" }],
  [
    'honeycomb',
    {
      'app/tracing.py':
        'import os\nfrom honeycomb.opentelemetry import configure_opentelemetry, HoneycombOptions\n\nconfigure_opentelemetry(HoneycombOptions(apikey=os.getenv("HONEYCOMB_API_KEY")))\n',
    },
  ],
  [
    'better-stack',
    {
      'src/logger.ts':
        'import { Logtail } from "@logtail/node";\n\nexport const logtail = new Logtail(process.env.SOURCE_TOKEN!);\n',
    },
  ],
  [
    'axiom',
    {
      'lib/axiom.ts': "import { Axiom } from '@axiomhq/js';\n\nexport const axiom = new Axiom({ token });\n",
    },
  ],
  ['highlight', { 'web/src/main.tsx': "import { H } from 'highlight.run';\n\nH.init('1jdkeo52');\n" }],
  ['logrocket', { 'web/src/main.ts': "import LogRocket from 'logrocket';\n\nLogRocket.init('app/id');\n" }],
  ['runpod', { 'worker/handler.py': 'import runpod\n\nrunpod.serverless.start({"handler": handler})\n' }],
  [
    'modal',
    {
      'inference/app.py':
        'import modal\n\napp = modal.App("embedder")\n\n@app.function(gpu="A10G")\ndef embed(texts):\n    return model.encode(texts)\n',
    },
  ],
  [
    'fal',
    {
      'src/images.ts':
        'import { fal } from "@fal-ai/client";\n\nexport const run = (prompt: string) => fal.subscribe("fal-ai/flux/dev", { input: { prompt } });\n',
    },
  ],
  [
    'tinybird',
    {
      'lib/tinybird.ts':
        'import { Tinybird } from "@chronark/zod-bird";\n\nconst tb = new Tinybird({ token: process.env.TB_KEY! });\n',
    },
  ],
  [
    'neon',
    {
      'src/db.ts':
        "import { neon } from '@neondatabase/serverless';\n\nexport const sql = neon(process.env.DATABASE_URL!);\n",
    },
  ],
  [
    'planetscale',
    {
      'src/db.ts':
        "import { connect } from '@planetscale/database';\n\nexport const conn = connect(config);\n",
    },
  ],
  [
    'turso',
    {
      'src/db.ts':
        'import { connect } from "@tursodatabase/serverless";\n\nexport const db = connect({ url: process.env.TURSO_DATABASE_URL! });\n',
    },
  ],
  [
    'plaid',
    {
      'server/plaid.ts':
        "import { Configuration, PlaidApi, PlaidEnvironments } from 'plaid';\n\nexport const client = new PlaidApi(new Configuration({ basePath: PlaidEnvironments.sandbox }));\n",
    },
  ],
  [
    'gocardless-bank-account-data',
    {
      'banking/sync.py':
        'from nordigen import NordigenClient\n\nclient = NordigenClient(secret_id=sid, secret_key=skey)\n',
    },
  ],
  [
    'teller',
    {
      // Teller publishes no SDK package: its Connect script is the client.
      'web/src/teller.ts':
        "const script = document.createElement('script');\nscript.src = 'https://cdn.teller.io/connect/connect.js';\n",
    },
  ],
  [
    'customer-io',
    {
      'src/crm.ts':
        "import { TrackClient, RegionUS } from 'customerio-node';\n\nexport const cio = new TrackClient(site, key);\n",
    },
  ],
  [
    'novu',
    { 'src/notify.ts': 'import { Novu } from "@novu/api";\n\nconst novu = new Novu({ secretKey });\n' },
  ],
  ['knock', { 'app/notify.py': 'from knockapi import Knock\n\nclient = Knock(api_key=key)\n' }],
  [
    'algolia',
    {
      'src/search.ts':
        "import { algoliasearch } from 'algoliasearch';\n\nexport const client = algoliasearch(appId, key);\n",
    },
  ],
  ['cloudinary', { 'server/upload.js': "const cloudinary = require('cloudinary').v2;\n" }],
  [
    'uploadthing',
    {
      'app/api/uploadthing/core.ts':
        'import { createUploadthing, type FileRouter } from "uploadthing/next";\n\nconst f = createUploadthing();\n',
    },
  ],
  [
    'trigger-dev',
    {
      'trigger/summarise.ts':
        'import { task } from "@trigger.dev/sdk";\n\nexport const summarise = task({ id: "summarise", run });\n',
    },
  ],
  [
    'inngest',
    {
      'src/inngest/client.ts':
        'import { Inngest } from "inngest";\n\nexport const inngest = new Inngest({ id: "app" });\n',
    },
  ],
];

const ALL = PROOFS.map(([id]) => id);

describe('eleventh catalog round: vendors real app reviews found unrecognised', () => {
  it.each(PROOFS)('recognises %s from its SDK or loader', async (id, files) => {
    expect(findProvider(id), id).toBeDefined();
    expect(statusOf(await scan(files), id)).toBe('used');
  });

  it('finds each one from a second signal: a key name, an API host or a loader', async () => {
    const report = await scan({
      '.env': [
        'NEW_RELIC_LICENSE_KEY=',
        'HONEYCOMB_API_KEY=',
        'BETTER_STACK_SOURCE_TOKEN=',
        'AXIOM_TOKEN=',
        'RUNPOD_API_KEY=',
        'FAL_KEY=',
        'TINYBIRD_TOKEN=',
        'TURSO_AUTH_TOKEN=',
        'PLAID_CLIENT_ID=',
        'NOVU_SECRET_KEY=',
        'KNOCK_API_KEY=',
        'ALGOLIA_API_KEY=',
        'CLOUDINARY_URL=',
        'UPLOADTHING_TOKEN=',
        'TRIGGER_SECRET_KEY=',
        'INNGEST_EVENT_KEY=',
        'DATABASE_URL=postgresql://app:secret@ep-cool-darkness-a1b2c3d4-pooler.us-east-2.aws.neon.tech/neondb',
        'PLANETSCALE_URL=mysql://app:secret@aws.connect.psdb.cloud/shop',
        '',
      ].join('\n'),
      'src/hosts.ts': [
        "const HIGHLIGHT = 'https://pub.highlight.io';",
        "const LOGROCKET = 'https://cdn.logr-in.com/LogRocket.min.js';",
        "const GOCARDLESS = 'https://bankaccountdata.gocardless.com/api/v2/requisitions/';",
        "const TELLER = 'https://api.teller.io/accounts';",
        "const CUSTOMERIO = 'https://track.customer.io/api/v1/customers/5';",
        "const EMBEDDER = 'https://acme--embedder-embed.modal.run';",
        '',
      ].join('\n'),
    });
    expect(ALL.filter((id) => statusOf(report, id) !== 'used')).toEqual([]);
  });

  it('takes a vendor for its API, not for a word, a neighbour, a dashboard or a page asset', async () => {
    const report = await scan({
      // A modal dialog is not Modal, and the words plaid, teller, knock and axiom name nothing.
      'web/src/Dialog.tsx': [
        "import Modal from './Modal';",
        "import ReactModal from 'react-modal';",
        "import { Modal as AntModal } from 'antd';",
        '',
        'export const Dialog = () => <Modal isOpen className="plaid modal-teller" title="Knock knock" />;',
        'export const open = (ui: { modal: { run(): void } }) => ui.modal.run();',
        '',
      ].join('\n'),
      'web/src/dialog.css': '.modal { display: none; }\n.plaid { background: tartan; }\n',
      'prover/rules.py': 'from .axiom import Axiom\n\nAXIOMS = [Axiom("a = a")]\n',
      // InstantSearch runs on Typesense here; `@libsql/client` opens a local SQLite file; `mysql2` and `pg` reach a
      // server of ours through a generic URL.
      'web/src/search.ts':
        "import { InstantSearch } from 'react-instantsearch';\nimport TypesenseInstantSearchAdapter from 'typesense-instantsearch-adapter';\n",
      'src/local.ts':
        "import { createClient } from '@libsql/client';\n\nexport const db = createClient({ url: 'file:local.db' });\n",
      'src/db.ts':
        "import mysql from 'mysql2/promise';\nimport pg from 'pg';\n\nexport const a = mysql.createPool(process.env.DATABASE_URL!);\nexport const b = new pg.Pool({ connectionString: process.env.DATABASE_URL });\n",
      // Images served from the vendors' delivery hosts are page assets, and these are links to read.
      'web/src/assets.ts': [
        "export const LOGO = 'https://res.cloudinary.com/demo/image/upload/sample.jpg';",
        "export const HERO = 'https://x1y2z3.ufs.sh/f/abc123';",
        "export const OLD = 'https://utfs.io/f/abc123';",
        "export const DOCS = 'https://docs.modal.com/guide';",
        "export const NEON = 'https://neon.tech/docs/serverless/serverless-driver';",
        "export const CONSOLE = 'https://console.neon.tech/app/projects';",
        "export const PORTAL = 'https://bankaccountdata.gocardless.com/user-secrets/';",
        "export const PLAID_DASH = 'https://dashboard.plaid.com/developers/keys';",
        "export const TELLER_SITE = 'https://teller.io/docs';",
        "export const INNGEST_DOCS = 'https://www.inngest.com/docs';",
        "export const NR = 'https://one.newrelic.com/launcher';",
        '',
      ].join('\n'),
      '.env': 'DATABASE_URL=\nSECRET_ID=\nSECRET_KEY=\nAPI_KEY=\n',
    });
    expect(ALL.filter((id) => statusOf(report, id) !== undefined)).toEqual([]);
  });

  it('moves Neon’s serverless driver from self-hosted PostgreSQL to Neon, the service it connects to', async () => {
    const report = await scan({
      'src/db.ts': "import { neon } from '@neondatabase/serverless';\n\nexport const sql = neon(url);\n",
    });
    expect(statusOf(report, 'neon')).toBe('used');
    expect(statusOf(report, 'postgres')).toBeUndefined();
    expect(report.findings.find((finding) => finding.id === 'neon')).toMatchObject({
      category: 'datastore',
      hosting: 'vendor-hosted',
    });
  });

  it('files monitoring, hosting, data, payments and messaging vendors as services that are sent no prompts', () => {
    const groups = new Map<string, string[]>();
    for (const id of ALL) {
      const entry = findProvider(id)!;
      groups.set(entry.category, [...(groups.get(entry.category) ?? []), id]);
      if (entry.category !== 'llm-api' && entry.category !== 'vector-store')
        expect(entry, id).toMatchObject({ hosting: 'vendor-hosted', ai: false });
      if (
        entry.category === 'product-analytics' ||
        entry.category === 'messaging' ||
        entry.category === 'payments'
      )
        expect(entry.receivesPrompts, id).toBe(false);
    }
    expect(Object.fromEntries(groups)).toEqual({
      'product-analytics': ['new-relic', 'honeycomb', 'better-stack', 'axiom', 'highlight', 'logrocket'],
      'llm-api': ['runpod', 'modal', 'fal'],
      datastore: ['tinybird', 'neon', 'planetscale', 'turso', 'cloudinary', 'uploadthing'],
      payments: ['plaid', 'gocardless-bank-account-data', 'teller'],
      messaging: ['customer-io', 'novu', 'knock'],
      'vector-store': ['algolia'],
      'ml-platform': ['trigger-dev', 'inngest'],
    });
    // APM, tracing and logs receive requests' logs and errors, for logging; session replay is usage, like HyperDX.
    expect(ALL.filter((id) => findProvider(id)?.serves === 'errors')).toEqual([
      'new-relic',
      'honeycomb',
      'better-stack',
      'axiom',
    ]);
    expect(findProvider('cloudinary')?.serves).toBe('files');
    expect(findProvider('uploadthing')?.serves).toBe('files');
  });

  it('models the GPU clouds like Replicate and Baseten, and Algolia like Meilisearch Cloud', () => {
    const like = (id: string) => {
      const { category, hosting, ai, receivesPrompts } = findProvider(id)!;
      return { category, hosting, ai, receivesPrompts };
    };
    for (const id of ['runpod', 'modal', 'fal']) expect(like(id), id).toEqual(like('replicate'));
    expect(like('runpod')).toEqual(like('baseten'));
    const { searchEngine, category, hosting, ai } = findProvider('algolia')!;
    const cloud = findProvider('meilisearch-cloud')!;
    expect({ searchEngine, category, hosting, ai }).toEqual({
      searchEngine: cloud.searchEngine,
      category: cloud.category,
      hosting: cloud.hosting,
      ai: cloud.ai,
    });
  });

  it('keeps Algolia a search index where no vector search is used', async () => {
    const report = await scan({
      'src/search.ts':
        "import { algoliasearch } from 'algoliasearch';\n\nconst client = algoliasearch(appId, key);\nawait client.saveObjects({ indexName: 'products', objects });\n",
    });
    expect(report.findings.find((finding) => finding.id === 'algolia')).toMatchObject({
      status: 'used',
      category: 'datastore',
      ai: false,
    });
  });
});
