import { describe, expect, it } from 'vitest';
import { computeDrift, planAdditions } from '../../src/discover/index.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { scan, statusOf } from './fixture.js';

/** Discovery on `files`, and what `init` would propose from it into an empty map. */
async function proposalsFor(files: Record<string, string>) {
  const report = await scan(files);
  const loaded = loadMapFromFiles(
    [{ file: 'trustmap.yaml', content: 'version: 1\norganization: { name: Tiny, stage: seed }\n' }],
    { root: '/tmp/map' },
  );
  if (!loaded.ok) throw new Error('map does not load');
  return { report, additions: planAdditions(loaded.map, computeDrift(loaded.map, report), report.facts) };
}

/** The shape of linkwarden's `authProviders.ts`: a table of Auth.js providers, each built from its settings. */
const MENU = [
  'import AppleProvider from "next-auth/providers/apple";',
  'import Auth0Provider from "next-auth/providers/auth0";',
  'import CognitoProvider from "next-auth/providers/cognito";',
  'import GitHubProvider from "next-auth/providers/github";',
  'import GoogleProvider from "next-auth/providers/google";',
  'export const authProviders = [',
  '  { id: "auth0", flagEnvs: ["NEXT_PUBLIC_AUTH0_ENABLED"],',
  '    build: oauth(Auth0Provider, "AUTH0_CLIENT_ID", "AUTH0_CLIENT_SECRET", { issuer: process.env.AUTH0_ISSUER }) },',
  '  { id: "github", build: () => GitHubProvider({ clientId: process.env.GITHUB_ID }) },',
  '];',
].join('\n');

describe('a sign-in vendor that is one of several account providers offered', () => {
  // linkwarden (7550ebb): users sign in through the app's own NextAuth (`[...nextauth].ts`); Auth0 is one of ~58
  // Auth.js providers, each switched on by a setting (`apps/web/lib/api/authProviders.ts`), and `init -y` proposed
  // `identityProvider: auth0` and Auth0 as a sub-processor.
  it('is mentioned, not proposed as the identity provider or a sub-processor; the methods and the choice are', async () => {
    const { report, additions } = await proposalsFor({
      'apps/web/lib/api/authProviders.ts': MENU,
      'apps/web/pages/api/auth/[...nextauth].ts':
        'import CredentialsProvider from "next-auth/providers/credentials";\nproviders.push(CredentialsProvider({ credentials: {}, async authorize(c) { return check(c.password); } }));\n',
      'apps/web/lib/llm.ts': 'import OpenAI from "openai";\nconst client = new OpenAI();\n',
    });
    expect(statusOf(report, 'auth0')).toBe('mentioned');
    expect(
      report.findings.find((f) => f.id === 'auth0')?.evidence.find((e) => e.proofClass === 'code')?.detail,
    ).toBe('one of the sign-in providers the code offers (5, Auth.js)');
    expect(additions.some((a) => a.entry.id === 'auth0')).toBe(false);
    const app = additions.find((a) => a.section === 'components' && a.entry.id === 'app');
    expect(app?.entry.userAuthentication).toEqual({ methods: ['password', 'social'] });
    expect(app?.comment).toContain(
      '5 account providers are set up (Auth.js: apple, auth0, cognito, github, google) (apps/web/lib/api/authProviders.ts:1): users choose among them, so none is proposed as the identity provider',
    );
  });

  it('stays the identity provider where it is the only one, or its own SDK is used', async () => {
    const only = await proposalsFor({
      'web/auth.ts':
        'import Auth0Provider from "next-auth/providers/auth0";\nimport GitHubProvider from "next-auth/providers/github";\nexport const providers = [Auth0Provider({ clientId: process.env.AUTH0_CLIENT_ID }), GitHubProvider({ clientId })];\n',
      'web/llm.ts': 'import OpenAI from "openai";\n',
    });
    expect(statusOf(only.report, 'auth0')).toBe('used');
    const app = only.additions.find((a) => a.section === 'components' && a.entry.id === 'app');
    expect(app?.entry.userAuthentication).toMatchObject({ identityProvider: 'auth0' });
    const sdk = await scan({
      'apps/web/lib/api/authProviders.ts': MENU,
      'apps/web/middleware.ts': 'import { withMiddlewareAuthRequired } from "@auth0/nextjs-auth0/edge";\n',
    });
    expect(statusOf(sdk, 'auth0')).toBe('used');
  });
});
