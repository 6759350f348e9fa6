// What the twenty-second session's reviews of real apps found in discovery: mfts/papermark (7ff2e65),
// Skyvern-AI/skyvern, Mintplex-Labs/anything-llm, openai/openai-realtime-agents and Portkey-AI/gateway.
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

/** The files a scan of `files` reads OpenID Connect sign-in from. */
const oidcFiles = async (files: Record<string, string>) =>
  (await scan(files)).facts
    .filter((fact) => fact.kind === 'sign-in:oidc')
    .flatMap((fact) => fact.evidence.map((proof) => proof.file));

describe('openid-client imported only so the bundler keeps it', () => {
  // papermark (7ff2e65): `app/(ee)/api/auth/saml/token/route.ts:8-12` imports openid-client and jose only to keep
  // them in the bundle for Jackson's SAML token endpoint; "OpenID Connect single sign-on" was in 6 stamped answers.
  it('is no OpenID Connect sign-in', async () => {
    expect(
      await oidcFiles({
        'app/(ee)/api/auth/saml/token/route.ts': [
          'import { jackson } from "@/lib/jackson";',
          'import * as jose from "jose";',
          'import * as openidClient from "openid-client";',
          "// Reference the imports so they aren't removed by tree-shaking",
          'const _dependencies = [jose, openidClient];',
          'export async function POST(req: Request) {',
          '  const { oauthController } = await jackson();',
          '  return Response.json(await oauthController.token(Object.fromEntries((await req.formData()).entries())));',
          '}',
          '',
        ].join('\n'),
      }),
    ).toEqual([]);
  });

  it('is one where the file discovers an issuer and exchanges a code', async () => {
    expect(
      await oidcFiles({
        'src/auth/client.ts': [
          "import * as client from 'openid-client';",
          'const config = await client.discovery(new URL(issuer), clientId, clientSecret);',
          'const tokens = await client.authorizationCodeGrant(config, currentUrl);',
          '',
        ].join('\n'),
      }),
    ).toEqual(['src/auth/client.ts']);
  });
});

describe('what an agent signs in to for its users is not how its users sign in', () => {
  // skyvern (Skyvern-AI/skyvern, reviewed this session): `methods: [oidc]`, `mfa: optional`, `identityProvider: clerk`
  // were proposed and said in 4 stamped answers; its users sign in with API keys.
  const files = {
    'skyvern/forge/app.py': 'from openai import AsyncOpenAI\nclient = AsyncOpenAI()\n',
    // The Outlook connector's consent (`microsoft_oauth_service.py:140`).
    'skyvern/forge/sdk/services/microsoft_oauth_service.py': [
      'MICROSOFT_TOKEN_ENDPOINT_TEMPLATE = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"',
      'OUTLOOK_MAIL_SCOPES = ("Mail.Read", "offline_access", "openid", "profile", "User.Read")',
      'def email_from_id_token(id_token: str) -> str | None:',
      '    return None',
      'data = {"grant_type": "authorization_code", "code": code}',
      '',
    ].join('\n'),
    // Codes for the websites the agent logs in to (`routes/credentials.py:40`).
    'skyvern/forge/sdk/routes/credentials.py':
      'import pyotp\ndef totp(secret):\n    return pyotp.TOTP(secret).now()\n',
    // A Clerk hook in a component nothing mounts (`OnboardingProvider.tsx:3`).
    'skyvern-frontend/src/store/onboarding/OnboardingProvider.tsx':
      'import { useAuth } from "@clerk/clerk-react";\nexport function OnboardingProvider() {\n  const { isSignedIn } = useAuth();\n  return isSignedIn;\n}\n',
    'skyvern-frontend/src/main.tsx': 'import { App } from "./App";\ncreateRoot(root).render(<App />);\n',
  };

  it('proposes no sign-in from a mail connector’s OAuth, an agent’s TOTP codes or an unmounted Clerk hook', async () => {
    const { report, entry } = await proposalsFor(files);
    expect(report.facts.filter((fact) => fact.kind.startsWith('sign-in:')).map((fact) => fact.kind)).toEqual(
      [],
    );
    expect(statusOf(report, 'clerk')).toBe('mentioned');
    expect(entry('components', 'app')?.userAuthentication).toBeUndefined();
    expect(entry('subprocessors', 'clerk')).toBeUndefined();
  });

  it('still reads Clerk where a ClerkProvider mounts it, and TOTP in sign-in code', async () => {
    const report = await scan({
      ...files,
      'skyvern-frontend/src/App.tsx':
        'import { ClerkProvider } from "@clerk/clerk-react";\nexport const App = () => <ClerkProvider publishableKey={key} />;\n',
      'backend/auth/mfa.py': 'import pyotp\nok = pyotp.TOTP(user.secret).verify(code)\n',
    });
    expect(statusOf(report, 'clerk')).toBe('used');
    expect(report.facts.filter((fact) => fact.kind.startsWith('sign-in:')).map((fact) => fact.kind)).toEqual([
      'sign-in:mfa',
    ]);
  });
});

describe('Google Cloud backends imported beside other names', () => {
  // skyvern: `from google.cloud import secretmanager_v1, storage` (`skyvern/forge/sdk/api/real_gcp.py:18`), its
  // artifact store and credential vault, were "only mentioned".
  it('finds Cloud Storage and Secret Manager used', async () => {
    const report = await scan({
      'skyvern/forge/sdk/api/real_gcp.py':
        'from google.cloud import secretmanager_v1, storage\nclient = storage.Client()\nsecrets = secretmanager_v1.SecretManagerServiceClient()\n',
    });
    expect([statusOf(report, 'gcs'), statusOf(report, 'gcp')]).toEqual(['used', 'used']);
  });
});

describe('analytics on by default with a built-in key', () => {
  // skyvern: `POSTHOG_PROJECT_API_KEY: str = "phc_…"` and `SKYVERN_TELEMETRY: bool = True` (`skyvern/config.py:346-352`);
  // the only key read was the docs site's (`fern/docs.yml`), and PostHog was proposed "when its keys are set".
  it('is proposed under no condition, the docs site’s settings being no setting of the app', async () => {
    const { entry } = await proposalsFor({
      'skyvern/analytics.py':
        'from posthog import Posthog\nposthog = Posthog(settings.POSTHOG_PROJECT_API_KEY, host="https://app.posthog.com")\nposthog.capture(distinct_id=user, event=event)\n',
      'fern/docs.yml': 'analytics:\n  posthog:\n    api-key: $POSTHOG_API_KEY\n',
    });
    expect(entry('flows', 'app-to-posthog')).toBeDefined();
    expect(entry('flows', 'app-to-posthog')?.condition).toBeUndefined();
  });
});

describe("Baidu's AI Search API on the Qianfan host", () => {
  // anything-llm (72aabbd): `fetch("https://qianfan.baidubce.com/v2/ai_search/web_search", …)` with the agent's query
  // (`server/utils/agents/aibitat/plugins/web-browsing.js:622-640`) was proposed as Baidu Qianfan's ERNIE models.
  it('is a web search, not a model provider', async () => {
    const report = await scan({
      'server/utils/agents/web-browsing.js':
        'const { response } = await fetch("https://qianfan.baidubce.com/v2/ai_search/web_search", { method: "POST" });\n',
    });
    expect([statusOf(report, 'baidu-ai-search'), statusOf(report, 'baidu-qianfan')]).toEqual([
      'used',
      undefined,
    ]);
  });
});

describe('documents uploaded to a model API’s own Files and vector stores', () => {
  // papermark (7ff2e65): `openai.files.create(…)` then `openai.vectorStores.files.create(…)` for document chat
  // (`ee/features/ai/lib/trigger/process-pdf-for-ai.ts:69-73`, `add-file-to-vector-store.ts:34-40`); discovery reported
  // that OpenAI keeps them, and the proposed flow carried only prompts and outputs.
  it('are proposed as reaching it', async () => {
    const chat =
      'import OpenAI from "openai";\nconst openai = new OpenAI();\nconst answer = await openai.responses.create({ model: "gpt-4o", input });\n';
    const upload =
      'import OpenAI from "openai";\nconst openai = new OpenAI();\nconst file = await openai.files.create({ file: pdf, purpose: "assistants" });\nawait openai.vectorStores.files.create(storeId, { file_id: file.id });\n';
    const { entry } = await proposalsFor({
      'lib/chat.ts': chat,
      'lib/trigger/process-pdf-for-ai.ts': upload,
    });
    expect(entry('flows', 'app-to-openai')?.dataClasses).toContain('customer-documents');
    const without = await proposalsFor({ 'lib/chat.ts': chat });
    expect(without.entry('flows', 'app-to-openai')?.dataClasses).not.toContain('customer-documents');
  });
});

describe('Lepton’s shared API host', () => {
  // portkey-gateway: `src/providers/lepton/api.ts:3` (`const LEPTON_API_URL = 'https://api.lepton.ai'`) was missed, and
  // `check` said the declared Lepton had no trace in the code.
  it('finds Lepton', async () => {
    const report = await scan({
      'src/providers/lepton/api.ts':
        "const LEPTON_API_URL = 'https://api.lepton.ai';\nexport const config = { getBaseURL: () => LEPTON_API_URL };\n",
    });
    expect(statusOf(report, 'leptonai')).toBe('used');
  });

  // portkey-gateway: 26 of its provider adapters named hosts no catalog entry had (`src/providers/nebius/api.ts`,
  // `api.studio.nebius.ai`; `src/providers/lambda/api.ts`, `api.lambdalabs.com`…).
  it('and the model APIs of a gateway’s other adapters', async () => {
    const report = await scan({
      'src/providers/nebius/api.ts': "export const base = 'https://api.studio.nebius.ai/v1';\n",
      'src/providers/lambda/api.ts': "export const base = 'https://api.lambdalabs.com/v1';\n",
      'src/providers/ovhcloud/api.ts':
        "export const base = 'https://oai.endpoints.kepler.ai.cloud.ovh.net/v1';\n",
      'src/providers/aibadgr/api.ts': "export const base = 'https://aibadgr.com/api/v1';\n",
    });
    expect(
      ['nebius-ai-studio', 'lambda-labs', 'ovhcloud-ai-endpoints', 'aibadgr'].map((id) =>
        statusOf(report, id),
      ),
    ).toEqual(['used', 'used', 'used', 'used']);
  });
});

describe('the default model provider, cited where the code picks it', () => {
  // anything-llm (72aabbd): a telemetry event's label, `LLMSelection: workspace.chatProvider ?? process.env.LLM_PROVIDER
  // ?? "openai",` (`server/endpoints/api/openai/index.js:147`), was cited as the app's default model provider; the
  // provider is picked in `server/utils/helpers/index.js:137`. A speech setting's default is none either.
  it('cites the assignment, not a property reporting it, nor a speech default', async () => {
    const { additions } = await proposalsFor({
      'server/endpoints/api/chat.js': [
        'const OpenAI = require("openai");',
        'await Telemetry.sendTelemetry("sent_chat", {',
        '  LLMSelection: process.env.LLM_PROVIDER || "openai",',
        '});',
        '',
      ].join('\n'),
      'server/utils/TextToSpeech/index.js': 'const provider = process.env.TTS_PROVIDER || "openai";\n',
      'server/utils/helpers/index.js': [
        'function getLLMProvider({ provider = null } = {}) {',
        '  const LLMSelection = provider ?? process.env.LLM_PROVIDER ?? "openai";',
        '  switch (LLMSelection) { case "openai": return new OpenAiLLM(); case "anthropic": return new AnthropicLLM(); }',
        '}',
        '',
      ].join('\n'),
      'server/utils/AiProviders/openAi/index.js':
        'const { OpenAI } = require("openai");\nnew OpenAI({ apiKey: process.env.OPEN_AI_KEY });\n',
      'server/utils/AiProviders/anthropic/index.js':
        'const Anthropic = require("@anthropic-ai/sdk");\nnew Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });\n',
    });
    const flow = additions.find(
      (addition) => addition.section === 'flows' && addition.entry.id === 'app-to-openai',
    );
    expect(flow?.comment).toContain("the app's default model provider (server/utils/helpers/index.js:2)");
  });
});
