// What the twenty-second session's reviews of real apps found in discovery: mfts/papermark (7ff2e65),
// Skyvern-AI/skyvern, Mintplex-Labs/anything-llm, openai/openai-realtime-agents and Portkey-AI/gateway.
import { describe, expect, it } from 'vitest';
import { scan } from './fixture.js';

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
