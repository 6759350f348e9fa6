import { describe, expect, it } from 'vitest';
import { findProvider } from '../../src/discover/index.js';
import { scan, statusOf } from './fixture.js';

// The twelfth round's vendors that real app reviews found unrecognised: newsletters, file processing, short links, a
// Farcaster API, an AI chatbot platform, web analytics, Meta's Conversions API, SigNoz Cloud and Temporal. One proof
// each, in the form the vendor's own docs or README show it, then a second signal (a key name or an API host) and the
// look-alikes that must not name a vendor.
const PROOFS: [id: string, files: Record<string, string>][] = [
  [
    'beehiiv',
    {
      'src/newsletter.ts':
        'import { BeehiivClient } from "@beehiiv/sdk";\n\nconst client = new BeehiivClient({ token: process.env.NEWSLETTER_TOKEN! });\n',
    },
  ],
  [
    'listmonk',
    {
      'docker-compose.yml':
        'services:\n  app:\n    image: listmonk/listmonk:latest\n    ports:\n      - "9000:9000"\n',
    },
  ],
  [
    'transloadit',
    {
      'server/media.ts':
        "import { Transloadit } from 'transloadit';\n\nexport const tl = new Transloadit({ authKey, authSecret });\n",
    },
  ],
  [
    'dub',
    {
      'lib/dub.ts':
        'import { Dub } from "dub";\n\nexport const dub = new Dub({ token: process.env.LINKS_TOKEN });\n',
    },
  ],
  [
    'short-io',
    {
      'src/links.ts':
        'import { client } from "@short.io/client-node";\n\nclient.setConfig({ headers: { Authorization: key } });\n',
    },
  ],
  [
    'neynar',
    {
      'src/farcaster.ts':
        'import { NeynarAPIClient, Configuration } from "@neynar/nodejs-sdk";\n\nconst client = new NeynarAPIClient(new Configuration({ apiKey }));\n',
    },
  ],
  [
    'chatbase',
    {
      'src/support.ts':
        "export const ask = (messages: unknown[]) =>\n  fetch('https://www.chatbase.co/api/v1/chat', { method: 'POST', body: JSON.stringify({ messages, chatbotId }) });\n",
    },
  ],
  [
    'datafast',
    {
      'app/layout.tsx':
        '<script defer data-website-id="dfid_abc123" data-domain="example.com" src="https://datafa.st/js/script.js"></script>\n',
    },
  ],
  [
    'meta-conversions-api',
    {
      'server/capi.js':
        "const bizSdk = require('facebook-nodejs-business-sdk');\nconst EventRequest = bizSdk.EventRequest;\n",
    },
  ],
  [
    'signoz',
    {
      '.env': 'OTEL_EXPORTER_OTLP_ENDPOINT=https://ingest.us.signoz.cloud:443\n',
    },
  ],
  [
    'temporal',
    {
      'src/client.ts':
        "import { Connection, Client } from '@temporalio/client';\n\nconst connection = await Connection.connect({ address: 'localhost:7233' });\n",
    },
  ],
  [
    'temporal-cloud',
    {
      'worker/main.py':
        'from temporalio.client import Client\n\nclient = await Client.connect("payments.a1b2c.tmprl.cloud:7233", namespace="payments.a1b2c")\n',
    },
  ],
];

const ALL = PROOFS.map(([id]) => id);

/** A template literal's placeholder as the scanned code writes it: `v('token')` is `${token}`. */
const v = (name: string) => ['$', '{', name, '}'].join('');

describe('twelfth catalog round: vendors real app reviews found unrecognised', () => {
  it.each(PROOFS)('recognises %s from its SDK, loader, API call or server image', async (id, files) => {
    expect(findProvider(id), id).toBeDefined();
    expect(statusOf(await scan(files), id)).toBe('used');
  });

  it('finds each one from a second signal: a key name, an API host or a header', async () => {
    const report = await scan({
      '.env': [
        'TRANSLOADIT_KEY=',
        'DUB_API_KEY=',
        'NEYNAR_API_KEY=',
        'NEXT_PUBLIC_DATAFAST_WEBSITE_ID=',
        'LISTMONK_ADMIN_USER=admin',
        'TEMPORAL_ADDRESS=temporal:7233',
        'TEMPORAL_API_KEY=',
        '',
      ].join('\n'),
      'src/hosts.ts': [
        "const BEEHIIV = 'https://api.beehiiv.com/v2/publications';",
        "const SHORT = 'https://api.short.io/links';",
        `const CHATBASE = \`https://www.chatbase.co/api/v2/agents/${v('agentId')}/chat\`;`,
        "const DATAFAST = 'https://datafa.st/api/v1/goals';",
        `const CAPI = \`https://graph.facebook.com/${v('version')}/${v('pixelId')}/events?access_token=${v('token')}\`;`,
        "const HEADERS = { 'signoz-ingestion-key': process.env.KEY };",
        '',
      ].join('\n'),
    });
    expect(ALL.filter((id) => statusOf(report, id) !== 'used')).toEqual([]);
  });

  it('reads the Conversions API from its events path, with or without the token in the query', async () => {
    const query = await scan({
      'server/capi.ts':
        "await fetch('https://graph.facebook.com/v21.0/1234567890/events?access_token=' + token, { method: 'POST' });\n",
    });
    const body = await scan({
      'server/capi.ts': `await fetch(\`https://graph.facebook.com/v21.0/${v('PIXEL_ID')}/events\`, { method: "POST", body });\n`,
    });
    expect(statusOf(query, 'meta-conversions-api')).toBe('used');
    expect(statusOf(body, 'meta-conversions-api')).toBe('used');
  });

  it('takes a vendor for its API, not for a word, a dashboard, a docs page or a look-alike package', async () => {
    const report = await scan({
      // Dubbing, a beehive, a short link, temporal logic and a chat base are words; `./dub` is the app's own module.
      'src/dubbing.ts': [
        "import { dub } from './dub';",
        "import { Temporal } from '@js-temporal/polyfill';",
        "import 'temporal-polyfill/global';",
        '',
        '// Dub the video, then post a short link to the beehive. Temporal logic over a chat base of signals.',
        'export const run = () => dub(Temporal.Now.instant());',
        '',
      ].join('\n'),
      'app/dubbing.py': 'from .dub import dub_video\nfrom dub_tools import align\n',
      // Sign-in's Graph API calls are no conversion events.
      'src/auth.ts': `const me = await fetch(\`https://graph.facebook.com/v21.0/me?access_token=${v('token')}&fields=id,name\`);\n`,
      // Dashboards and docs pages are links to read.
      'web/src/links.ts': [
        "export const BEEHIIV_APP = 'https://app.beehiiv.com/settings/integrations';",
        "export const BEEHIIV_DOCS = 'https://developers.beehiiv.com/api-reference';",
        "export const DUB_APP = 'https://app.dub.co/links';",
        "export const DUB_DOCS = 'https://dub.co/docs/api-reference/introduction';",
        "export const SHORT_APP = 'https://app.short.io/settings/integrations/api-key';",
        "export const SHORT_DOCS = 'https://developers.short.io/docs';",
        "export const NEYNAR_DEV = 'https://dev.neynar.com/app';",
        "export const NEYNAR_DOCS = 'https://docs.neynar.com/reference/quickstart';",
        "export const CHATBASE_DASH = 'https://www.chatbase.co/dashboard';",
        "export const CHATBASE_DOCS = 'https://www.chatbase.co/docs/api-v2/overview';",
        "export const DATAFAST_DASH = 'https://datafa.st/dashboard';",
        "export const DATAFAST_DOCS = 'https://datafa.st/docs/api-introduction';",
        "export const TRANSLOADIT_DOCS = 'https://transloadit.com/docs/api/authentication/';",
        "export const SIGNOZ_DASH = 'https://acme.us.signoz.cloud/services';",
        "export const SIGNOZ_DOCS = 'https://signoz.io/docs/ingestion/signoz-cloud/overview/';",
        "export const TEMPORAL_UI = 'https://cloud.temporal.io/namespaces';",
        "export const TEMPORAL_DOCS = 'https://docs.temporal.io/develop/typescript/temporal-client';",
        "export const CAPI_DOCS = 'https://developers.facebook.com/docs/marketing-api/conversions-api';",
        "export const LISTMONK = 'https://listmonk.app/docs/installation/';",
        '',
      ].join('\n'),
      '.env': 'API_KEY=\nSECRET_KEY=\nWEBSITE_ID=\n',
    });
    expect(ALL.filter((id) => statusOf(report, id) !== undefined)).toEqual([]);
  });

  it('files each one by what it receives', () => {
    const groups = new Map<string, string[]>();
    for (const id of ALL) {
      const entry = findProvider(id)!;
      groups.set(entry.category, [...(groups.get(entry.category) ?? []), id]);
      if (entry.category !== 'llm-api') expect(entry.ai, id).toBe(false);
      if (
        entry.category === 'product-analytics' ||
        entry.category === 'messaging' ||
        entry.category === 'datastore'
      )
        expect(entry.receivesPrompts ?? false, id).toBe(false);
    }
    expect(Object.fromEntries(groups)).toEqual({
      messaging: ['beehiiv', 'listmonk', 'neynar'],
      datastore: ['transloadit'],
      'product-analytics': ['dub', 'short-io', 'datafast', 'meta-conversions-api', 'signoz'],
      'llm-api': ['chatbase'],
      'ml-platform': ['temporal', 'temporal-cloud'],
    });
    // Files users upload, like Cloudinary; SigNoz's traces and logs are for logging, like Honeycomb's.
    expect(findProvider('transloadit')?.serves).toBe('files');
    expect(findProvider('signoz')?.serves).toBe('errors');
    // The self-hosted components, like MinIO and Qdrant; the clouds are the vendors'.
    expect(ALL.filter((id) => findProvider(id)?.hosting === 'self-hosted')).toEqual(['listmonk', 'temporal']);
    // Chatbase answers the user's messages with its model, like Coze; Temporal is modelled like Inngest.
    const like = (id: string) => {
      const { category, hosting, ai } = findProvider(id)!;
      return { category, hosting, ai };
    };
    expect(like('chatbase')).toEqual(like('coze'));
    expect(like('temporal-cloud')).toEqual(like('inngest'));
  });

  it('runs SigNoz self-hosted where the repository runs its images, and Temporal Cloud apart from a Temporal of ours', async () => {
    const signoz = await scan({
      'deploy/docker-compose.yaml':
        'services:\n  signoz:\n    image: signoz/signoz:v0.119.0\n  otel-collector:\n    image: signoz/signoz-otel-collector:v0.144.2\n',
    });
    expect(signoz.findings.find((finding) => finding.id === 'signoz')).toMatchObject({
      hosting: 'self-hosted',
    });
    const local = await scan({
      'docker-compose.yml': 'services:\n  temporal:\n    image: temporalio/auto-setup:1.25\n',
      'src/client.ts': "import { Client } from '@temporalio/client';\n",
    });
    expect(statusOf(local, 'temporal')).toBe('used');
    expect(statusOf(local, 'temporal-cloud')).toBeUndefined();
  });
});

// bisheng (0172fb2): its web-search tool posts to Bocha's other domain, `api.bochaai.com`, unfound.
describe('Bocha on its other domain', () => {
  it('finds Bocha from api.bochaai.com', async () => {
    const report = await scan({
      'tools/web_search.py':
        "class BoChaSearch:\n    def __init__(self, base_url=None):\n        self.base_url = base_url or 'https://api.bochaai.com/v1/web-search'\n",
    });
    expect(statusOf(report, 'bocha')).toBe('used');
  });
});
