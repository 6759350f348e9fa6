import { describe, expect, it } from 'vitest';
import { computeDrift, planAdditions } from '../../src/discover/index.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { scan, statusOf } from './fixture.js';

/** The status of each of `ids` in the report of a tree of `files`. */
const statuses = async (files: Record<string, string>, ids: readonly string[]) => {
  const report = await scan(files);
  return Object.fromEntries(ids.map((id) => [id, statusOf(report, id)]));
};

/** The sign-in facts' kinds of a tree of `files`, sorted. */
const signInKinds = async (files: Record<string, string>) =>
  (await scan(files)).facts
    .map((fact) => fact.kind)
    .filter((kind) => kind.startsWith('sign-in'))
    .sort();

describe('sign-in read from the code that signs users in', () => {
  // helix (frontend/src/components/dashboard/OAuthProvidersTable.tsx:130): presets of the OAuth apps an admin registers
  // for agents' tools, proposed as social sign-in.
  it('reads no social sign-in from presets that include work tools’ OAuth apps', async () => {
    const kinds = await signInKinds({
      'frontend/src/components/dashboard/OAuthProvidersTable.tsx': [
        'export const PROVIDER_DEFAULTS = {',
        "  github: { auth_url: 'https://github.com/login/oauth/authorize', type: 'github' },",
        "  slack: { auth_url: 'https://slack.com/oauth/v2/authorize', type: 'slack' },",
        "  atlassian: { auth_url: 'https://auth.atlassian.com/authorize', type: 'atlassian' },",
        '}',
        '',
      ].join('\n'),
    });
    expect(kinds).toEqual([]);
  });

  it('still reads GitHub’s sign-in address in sign-in code', async () => {
    const kinds = await signInKinds({
      'api/auth/github.ts': "export const AUTHORIZE = 'https://github.com/login/oauth/authorize'\n",
    });
    expect(kinds).toEqual(['sign-in:social']);
  });

  // helix (frontend/src/pages/HelixOrgTopicDetail.tsx:675): prose in JSX read as Auth.js's `GitHub({…})`.
  it('reads no provider call from prose in JSX', async () => {
    const kinds = await signInKinds({
      'src/pages/Topic.tsx': [
        'export const Note = ({ unknownNote }) => (',
        "  <Typography>Couldn't confirm against GitHub ({unknownNote}); showing last-known state.</Typography>",
        ')',
        '',
      ].join('\n'),
    });
    expect(kinds).toEqual([]);
  });

  // cohere-toolkit (src/backend/services/auth/strategies/oidc.py:27, google_oauth.py:18): only the password strategy
  // beside them was proposed.
  it('reads OpenID Connect from a discovery-document setting and Google from its own document', async () => {
    const kinds = await signInKinds({
      'backend/services/auth/strategies/oidc.py': [
        'class OpenIDConnect(BaseOAuthStrategy):',
        '    def __init__(self):',
        '        self.settings = Settings().get("auth.oidc")',
        '        self.WELL_KNOWN_ENDPOINT = self.settings.well_known_endpoint',
        '        self.client = OAuth2Session(client_id=self.settings.client_id)',
        '',
        '    async def get_endpoints(self):',
        '        endpoints = requests.get(self.WELL_KNOWN_ENDPOINT).json()',
        '        self.AUTHORIZATION_ENDPOINT = endpoints["authorization_endpoint"]',
        '',
      ].join('\n'),
      'backend/services/auth/strategies/google_oauth.py': [
        'class GoogleOAuth(BaseOAuthStrategy):',
        '    NAME = "Google"',
        '    WELL_KNOWN_ENDPOINT = "https://accounts.google.com/.well-known/openid-configuration"',
        '',
        '    async def get_endpoints(self):',
        '        endpoints = requests.get(self.WELL_KNOWN_ENDPOINT).json()',
        '        self.AUTHORIZATION_ENDPOINT = endpoints["authorization_endpoint"]',
        '',
      ].join('\n'),
    });
    expect(kinds).toEqual(['sign-in:oidc', 'sign-in:social']);
  });
});

describe('services used, not only mentioned', () => {
  // cohere-toolkit (src/backend/model_deployments/bedrock.py:28).
  it('reads Cohere’s Bedrock client as Bedrock used', async () => {
    const found = await statuses(
      {
        'backend/model_deployments/bedrock.py': [
          'import cohere',
          '',
          'client = cohere.BedrockClient(aws_region="us-east-1")',
          '',
        ].join('\n'),
      },
      ['aws-bedrock'],
    );
    expect(found).toEqual({ 'aws-bedrock': 'used' });
  });

  // helix (api/pkg/notification/notification_email.go:16, api/pkg/filestore/gcs.go:14).
  it('reads notify’s Mailgun service and the Go Cloud Storage client as used', async () => {
    const found = await statuses(
      {
        'pkg/notification/email.go': [
          'package notification',
          '',
          'import (',
          '\t"github.com/nikoksr/notify"',
          '\t"github.com/nikoksr/notify/service/mailgun"',
          ')',
          '',
          'func send() { _ = mailgun.New("domain", "key"); _ = notify.New() }',
          '',
        ].join('\n'),
        'pkg/filestore/gcs.go': [
          'package filestore',
          '',
          'import (',
          '\t"cloud.google.com/go/storage"',
          ')',
          '',
          'type GCS struct { client *storage.Client }',
          '',
        ].join('\n'),
      },
      ['mailgun', 'gcs'],
    );
    expect(found).toEqual({ mailgun: 'used', gcs: 'used' });
  });
});

describe('no vendor read from what only looks like a call', () => {
  // helix (api/pkg/server/server.go:1007): an Azure OpenAI-compatible route it serves.
  it('reads no Azure OpenAI from a route the app serves', async () => {
    const found = await statuses(
      {
        'api/server.go': [
          'package server',
          '',
          'func routes(router *mux.Router) {',
          '\trouter.HandleFunc("/openai/deployments/{model}/chat/completions", createChatCompletion)',
          '}',
          '',
        ].join('\n'),
      },
      ['azure-openai'],
    );
    expect(found).toEqual({ 'azure-openai': undefined });
  });

  // helix (.drone.yml:2241): CI uploads desktop builds to R2.
  it('reads a CI pipeline file as no part of the app', async () => {
    const found = await statuses(
      {
        '.drone.yml': [
          'steps:',
          '  - name: upload',
          '    environment:',
          '      R2_ENDPOINT: https://f0150e619c6dc08f55aea6d2248b1c6c.r2.cloudflarestorage.com',
          '',
        ].join('\n'),
      },
      ['cloudflare-r2'],
    );
    expect(found['cloudflare-r2']).not.toBe('used');
  });

  // helix (api/pkg/oauth/oauth2.go:311): which parser reads a connected account's user info.
  it('reads no vendor from an OAuth address', async () => {
    const found = await statuses(
      {
        'pkg/oauth/oauth2.go': [
          'package oauth',
          '',
          'func parse(userInfoURL string, body []byte) {',
          '\tif strings.Contains(userInfoURL, "https://api.hubapi.com") {',
          '\t\treturn',
          '\t}',
          '}',
          '',
        ].join('\n'),
      },
      ['hubspot'],
    );
    expect(found).toEqual({ hubspot: undefined });
  });

  // helix (frontend/src/api/api.ts:8115): the product's own API, as a generated client's default base URL.
  it('reads no endpoint from a client generated from an OpenAPI document', async () => {
    const report = await scan({
      'src/api/api.ts': [
        '/* eslint-disable */',
        '/*',
        ' * ## THIS FILE WAS GENERATED VIA SWAGGER-TYPESCRIPT-API        ##',
        ' */',
        "import axios from 'axios'",
        'export interface OpenAIChatRequest { model: string }',
        'export class HttpClient {',
        '  constructor(axiosConfig = {}) {',
        '    this.instance = axios.create({ ...axiosConfig, baseURL: axiosConfig.baseURL || "https://app.acme-ml.dev" })',
        '  }',
        '  chat = (body) => this.instance.post(`/v1/chat/completions`, body)',
        '}',
        '',
      ].join('\n'),
    });
    expect(report.findings.filter((finding) => finding.kind === 'endpoint')).toEqual([]);
  });
});

/** What `init` would propose from `files` into an empty map: the flow to `provider`'s entry. */
async function flowTo(files: Record<string, string>, provider: string) {
  const report = await scan(files);
  const loaded = loadMapFromFiles(
    [{ file: 'trustmap.yaml', content: 'version: 1\norganization: { name: Tiny, stage: seed }\n' }],
    { root: '/tmp/map' },
  );
  if (!loaded.ok) throw new Error('map does not load');
  const additions = planAdditions(loaded.map, computeDrift(loaded.map, report), report.facts);
  const target = additions.find(
    (addition) => addition.section !== 'flows' && addition.entry.provider === provider,
  );
  return additions.find((addition) => addition.section === 'flows' && addition.entry.to === target?.entry.id);
}

describe('a Telegram bot and its plugins', () => {
  // chatgpt-telegram-bot (requirements.txt:6, bot/telegram_bot.py; bot/plugin_manager.py:26-44).
  const BOT = {
    'requirements.txt':
      'python-telegram-bot==21.0\nduckduckgo_search==6.0\nspotipy==2.23\nwolframalpha==5.0\n',
    'bot/telegram_bot.py': [
      'from telegram import Update',
      'from telegram.ext import Application',
      '',
      'app = Application.builder().token(token).build()',
      '',
    ].join('\n'),
    'bot/plugins/ddg_web_search.py': [
      'from duckduckgo_search import DDGS',
      '',
      'def search(query):',
      '    return DDGS().text(query)',
      '',
    ].join('\n'),
    'bot/plugins/spotify.py': [
      'import spotipy',
      'from spotipy import SpotifyOAuth',
      '',
      'sp = spotipy.Spotify(auth_manager=SpotifyOAuth(scope="user-top-read"))',
      '',
    ].join('\n'),
    'bot/plugins/wolfram_alpha.py': [
      'import wolframalpha',
      '',
      'client = wolframalpha.Client(app_id)',
      '',
    ].join('\n'),
  };

  it('finds the Telegram Bot API in use', async () => {
    expect(await statuses(BOT, ['telegram'])).toEqual({ telegram: 'used' });
  });

  it('proposes each plugin’s service when its plugin is enabled, not as one of several search providers', async () => {
    for (const provider of ['duckduckgo', 'spotify', 'wolfram-alpha']) {
      const flow = await flowTo(BOT, provider);
      expect(flow?.entry.condition).toEqual({ kind: 'other', description: 'when its plugin is enabled' });
      expect(flow?.comment).not.toContain('search providers');
    }
  });
});

describe('a browser extension’s chat web apps', () => {
  // chathub (src/app/bots/bing/index.ts:258, src/app/bots/lmsys/index.ts:7, src/app/bots/baichuan/index.ts:45).
  it('reads WebSocket hosts and another host on a catalog vendor’s domain', async () => {
    const report = await scan({
      'src/bots/bing.ts': "export const url = () => 'wss://sydney.bing.com/sydney/ChatHub'\n",
      'src/bots/lmsys.ts': "export const socket = new WebSocket('wss://chat.lmsys.org/queue/join')\n",
      'src/bots/baichuan.ts': [
        'export async function ask(prompt: string) {',
        "  return fetch('https://www.baichuan-ai.com/api/chat/v1/chat', { method: 'POST', body: prompt })",
        '}',
        "export const MODEL = 'Baichuan2-53B'",
        '',
      ].join('\n'),
    });
    expect(['bing-chat', 'lmarena', 'baichuan'].map((id) => statusOf(report, id))).toEqual([
      'used',
      'used',
      'used',
    ]);
    expect(report.findings.filter((finding) => finding.kind === 'endpoint')).toEqual([]);
  });
});
