// What the twenty-third session's second round of reviews found in discovery: hoppscotch (afc2cf1), babyagi, llmware
// and openagents. Each test is the smallest tree that shows its fault.
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

/** The sign-in methods a scan of `files` reads, sorted. */
const signIns = async (files: Record<string, string>) =>
  (await scan(files)).facts
    .filter((fact) => fact.kind.startsWith('sign-in:'))
    .map((fact) => fact.kind.slice('sign-in:'.length))
    .sort();

describe('a hash library’s comparison is a password check only beside a password', () => {
  // hoppscotch `packages/hoppscotch-backend/src/auth/auth.service.ts:344`: argon2.verify of a stored refresh token's
  // hash; "users sign in with a password" was false in five stamped answers.
  it('is no password sign-in when it checks a refresh token', async () => {
    expect(
      await signIns({
        'src/auth/auth.service.ts': [
          "import * as argon2 from 'argon2';",
          'export async function refreshAuthTokens(hashedRefreshToken: string, user: { refreshToken: string }) {',
          '  // Check the refresh token received against the one saved',
          '  const isTokenMatched = await argon2.verify(user.refreshToken, hashedRefreshToken);',
          '  return isTokenMatched;',
          '}',
          '',
        ].join('\n'),
      }),
    ).toEqual([]);
  });

  it('is one where the password is named', async () => {
    expect(
      await signIns({
        'src/auth/auth.service.ts': [
          "import * as argon2 from 'argon2';",
          'export async function logIn(email: string, password: string) {',
          '  const user = await findUser(email);',
          '  return argon2.verify(user.passwordHash, password);',
          '}',
          '',
        ].join('\n'),
      }),
    ).toEqual(['password']);
  });
});

describe('an API client’s OAuth flows for the requests its users build', () => {
  // hoppscotch `packages/hoppscotch-common/src/services/oauth/flows/authCode.ts:33`: the authorization-code flow users
  // set up for the APIs they call; read as OpenID Connect sign-in, which Hoppscotch does not offer.
  const flow = [
    'const params = z.object({',
    '  authEndpoint: z.string(),',
    '  tokenType: z.enum(["access_token", "id_token"]).optional(),',
    '})',
    'export async function exchange(code: string) {',
    '  const body = { grant_type: "authorization_code", code }',
    '  const token = await post(params.tokenEndpoint, body)',
    '  return token.id_token',
    '}',
    '',
  ].join('\n');

  it('is no OpenID Connect sign-in in a folder of OAuth flows', async () => {
    expect(
      await signIns({ 'src/services/oauth/flows/authCode.ts': flow.replace(/, "id_token"/, '') }),
    ).toEqual([]);
  });

  it('is none where the user picks the access token or the ID token to send', async () => {
    expect(await signIns({ 'src/services/oauth/authCode.ts': flow })).toEqual([]);
  });

  it('leaves an ID token from the app’s own code exchange OpenID Connect', async () => {
    expect(await signIns({ 'src/services/oauth/authCode.ts': flow.replace(/, "id_token"/, '') })).toEqual([
      'oidc',
    ]);
  });
});

describe('a sign-in link built by hand', () => {
  // hoppscotch `packages/hoppscotch-backend/src/auth/auth.service.ts:242` (routes at `auth.controller.ts:51,76`): its
  // email sign-in link, unproposed.
  it('is magic-link sign-in, and proposed', async () => {
    const files = {
      'src/auth/auth.service.ts': [
        'export async function signInMagicLink(email: string, origin: string) {',
        '  const generatedTokens = await createTokens(email);',
        '  await mailer.send(email, {',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the app's own template literal, as text
        '    magicLink: `${origin}/enter?token=${generatedTokens.token}`,',
        '  });',
        '}',
        '',
      ].join('\n'),
      'src/llm.ts': 'import OpenAI from "openai";\nconst client = new OpenAI();\n',
    };
    expect(await signIns(files)).toEqual(['magic-link']);
    const { entry } = await proposalsFor(files);
    expect(entry('components', 'app')?.userAuthentication).toEqual({ methods: ['magic-link'] });
  });
});

describe('a Netlify file publishing a package the tree no longer has', () => {
  // hoppscotch `netlify.toml:1`: publishes `packages/hoppscotch-web/dist`, and `packages/hoppscotch-web/` is gone.
  const netlify = (publish: string) => `[build]\n  base = "/"\n  publish = "${publish}"\n`;

  it('is stale, and proves no use of Netlify', async () => {
    const report = await scan({
      'netlify.toml': netlify('packages/web/dist'),
      'packages/app/package.json': '{ "name": "app" }\n',
    });
    expect(statusOf(report, 'netlify')).toBe('mentioned');
  });

  it('is in use where the package is there', async () => {
    const report = await scan({
      'netlify.toml': netlify('packages/web/dist'),
      'packages/web/package.json': '{ "name": "web" }\n',
    });
    expect(statusOf(report, 'netlify')).toBe('used');
  });
});

describe('drafts and solutions folders nothing served reaches', () => {
  // babyagi `babyagi/functionz/packs/drafts/user_db.py:50`: a draft pack only the examples load proposed MySQL.
  it('are examples', async () => {
    const { report, entry } = await proposalsFor({
      'app/main.py': 'from app.core import run\nrun()\n',
      'app/core.py': 'def run():\n    pass\n',
      'app/packs/drafts/user_db.py': [
        'from sqlalchemy import create_engine',
        'def connect(host, user, pw, db):',
        '    return create_engine(f"mysql+pymysql://{user}:{pw}@{host}/{db}")',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'mysql')).not.toBe('used');
    expect(entry('components', 'mysql')).toBeUndefined();
  });

  // llmware `solutions/gguf/using-azure-openai.py:9`: example scripts beside the library proposed Azure OpenAI.
  it('make a top-level solutions folder’s scripts examples', async () => {
    const report = await scan({
      'lib/models.py': 'def run():\n    pass\n',
      'solutions/gguf/using-azure-openai.py': 'from openai import AzureOpenAI\nclient = AzureOpenAI()\n',
    });
    expect(statusOf(report, 'azure-openai')).not.toBe('used');
  });

  // anything-llm's Gmail plugin keeps its draft actions in `drafts/`, which its `index.js` loads: live code.
  it('leave a drafts folder the app loads as code', async () => {
    const report = await scan({
      'server/plugins/mail/index.js': "const { createDraft } = require('./drafts/create-draft.js');\n",
      'server/plugins/mail/drafts/create-draft.js':
        "const { Pinecone } = require('@pinecone-database/pinecone');\n",
    });
    expect(statusOf(report, 'pinecone')).toBe('used');
  });
});

describe('a logo’s address in a plugin manifest', () => {
  // openagents `real_agents/plugins_agent/plugins/*/ai-plugin.json:19`: `logo_url` on Alibaba Cloud OSS and Firebase
  // Storage, each proposed as receiving customer documents.
  it('proves no data sent to its host', async () => {
    const report = await scan({
      'plugins/papers/ai-plugin.json': [
        '{',
        '  "name_for_human": "Papers",',
        '  "logo_url": "https://xsearchlogo.oss-us-west-1.aliyuncs.com/logo.png",',
        '  "api": { "type": "openapi", "url": "https://papers.example.org/openapi.yaml" }',
        '}',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'aliyun-oss')).not.toBe('used');
  });

  it('leaves an upload to the same host in use', async () => {
    const report = await scan({
      'src/upload.ts':
        'await fetch("https://bucket.oss-us-west-1.aliyuncs.com/doc.pdf", { method: "PUT", body });\n',
    });
    expect(statusOf(report, 'aliyun-oss')).toBe('used');
  });
});
